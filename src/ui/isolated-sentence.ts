/**
 * A translated sentence with backend or typed text in it ("Welcome, {name}!"),
 * each value in a `<bdi>`: an unterminated right-to-left override in a name
 * or title then stays inside its value instead of turning the rest of the
 * sentence around ("Welcome, Evil !exe.png"). The text a person reads, and
 * textContent, are exactly the interpolated sentence. Accessible names and
 * announcements, which are read in logical order, use plain `interpolate`.
 */
import { html, type TemplateResult } from 'lit';

const PLACEHOLDER = /\{(\w+)\}/;

export function isolatedSentence(
  template: string,
  values: Record<string, string>,
): Array<string | TemplateResult> {
  // split() with a capture group alternates text and placeholder names.
  return template
    .split(PLACEHOLDER)
    .map((part, index) =>
      index % 2 === 0 ? part : part in values ? html`<bdi>${values[part]}</bdi>` : `{${part}}`,
    );
}
