/** A `lang` value from backend data, only when it is a well-formed BCP 47 tag. */
export function safeLang(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}
