/**
 * Writes JSON-LD into a <script type="application/ld+json"> in the light DOM,
 * where search engines read it. Under Trusted Types a script's text needs a
 * TrustedScript, so this uses its own narrowly named policy that hosts allow
 * only when they turn structured data on: `trusted-types community-widgets-json-ld`.
 * The text is always serialised JSON with `<` escaped (see serializeJsonLd).
 */
export const JSON_LD_POLICY = 'community-widgets-json-ld';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScript(input: string): string },
  ): {
    createScript(input: string): unknown;
  };
}

let policy: { createScript(input: string): unknown } | null | undefined;

function scriptText(json: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return json;
  if (policy === undefined) {
    try {
      policy = trustedTypes.createPolicy(JSON_LD_POLICY, { createScript: (input) => input });
    } catch {
      policy = null;
      console.warn(
        `community-widgets: structured-data needs the Trusted Types policy "${JSON_LD_POLICY}" in your CSP; skipping it.`,
      );
    }
  }
  return policy ? policy.createScript(json) : undefined;
}

/** Puts the JSON into the host's own JSON-LD script, creating it once; removes it for null. */
export function writeJsonLd(host: HTMLElement, json: string | null): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-community-json-ld]');
  if (json === null) {
    script?.remove();
    return;
  }
  const text = scriptText(json);
  if (text === undefined) return;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.communityJsonLd = '';
    host.append(script);
  }
  // The DOM typings know only string, but this sink takes a TrustedScript too.
  script.textContent = text as string;
}
