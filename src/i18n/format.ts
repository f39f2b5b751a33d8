/** Pure formatting helpers: placeholders, plurals, numbers and relative time, all through Intl. */
import type { Plural } from './messages.js';

// Building an Intl formatter costs far more than using one (a list row needs
// about eight), so each is built once per locale and options.
const formatters = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

export function formatNumber(locale: string, value: number, compact = false): string {
  const options: Intl.NumberFormatOptions = compact ? { notation: 'compact' } : {};
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(
    value,
  );
}

export function plural(locale: string, forms: Plural, count: number, compact = false): string {
  const rule = cached('plural', locale, {}, () => new Intl.PluralRules(locale)).select(count);
  return interpolate(forms[rule] ?? forms.other, { count: formatNumber(locale, count, compact) });
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago", "yesterday", "in 2 days": the largest unit that fits. */
export function formatRelativeTime(locale: string, date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  const format = cached(
    'relative',
    locale,
    options,
    () => new Intl.RelativeTimeFormat(locale, options),
  );
  if (Math.abs(seconds) < 45) return format.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}

export function formatDateTime(locale: string, date: Date): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(
    date,
  );
}
