/**
 * URLs from backend data are untrusted. Only http:, https:, mailto: and
 * relative URLs pass; anything else (javascript:, data:, vbscript:, blob:,
 * protocol tricks hidden in whitespace or entities) becomes undefined.
 */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Browsers strip these anywhere in a URL before parsing the scheme. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STRIPPED_BY_BROWSERS = /[\u0000-\u001F\u007F\s]/g;
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const compact = trimmed.replace(STRIPPED_BY_BROWSERS, '');
  if (compact.startsWith('//')) return isParsable(`https:${compact}`) ? trimmed : undefined;
  if (!HAS_SCHEME.test(compact)) {
    // Relative: a path, query or fragment. A colon before any slash would be
    // read by the browser as a scheme, so refuse it.
    const beforeSlash = compact.split(/[/?#]/, 1)[0] ?? '';
    return beforeSlash.includes(':') ? undefined : trimmed;
  }
  const scheme = compact.slice(0, compact.indexOf(':') + 1).toLowerCase();
  return ALLOWED_SCHEMES.has(scheme) && isParsable(compact) ? trimmed : undefined;
}

function isParsable(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
