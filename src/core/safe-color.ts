/**
 * Colours from attributes and backend data reach CSS custom properties, where
 * a crafted value could smuggle in `url(...)` or break out of the declaration.
 * Only plain colour syntax passes.
 */
const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
const FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([-+\d.%\s,/a-z]*\)$/i;
/** No real colour is longer; capping first keeps every check linear on hostile input. */
const MAX_LENGTH = 100;
const NAMED = /^[a-z]{3,20}$/i;
const FORBIDDEN_WORDS = /url|var|expression|attr|env/i;

export function safeColor(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined;
  const color = value.trim();
  if (HEX.test(color)) return color;
  if (FORBIDDEN_WORDS.test(color)) return undefined;
  if (FUNCTION.test(color) || NAMED.test(color)) {
    return typeof CSS !== 'undefined' && !CSS.supports('color', color) ? undefined : color;
  }
  return undefined;
}
