/**
 * Small composable validators for untrusted JSON, shared by the REST and
 * Discourse adapters. A guard takes a value and the JSON path it came from,
 * and returns the typed value or throws a BadResponseError that names the
 * path: `threads[3].title: expected string, got number`.
 *
 * Why hand-written rather than a schema library: the REST adapter ships on
 * every page that uses it, inside a 20 kB gzip budget of which Lit takes
 * about 6.7 kB. These guards cost well under 1 kB; valibot's equivalent
 * pieces are about 1.5-2 kB and zod-mini over 5 kB, and both would still need
 * wrapping to produce our error class and path format. The shapes we check
 * are few and flat, so a library's breadth buys nothing here.
 */
import { BadResponseError } from '../core/errors.js';
import { safeColor } from '../core/safe-color.js';
import { safeUrl } from '../core/safe-url.js';
import { warnOnce } from '../core/warn-once.js';

/** Returns the value typed as T, or throws BadResponseError naming `path`. */
export type Guard<T> = (value: unknown, path: string) => T;

export type Infer<G> = G extends Guard<infer T> ? T : never;

type Shape = Record<string, Guard<unknown>>;

type OptionalKeys<S extends Shape> = {
  [K in keyof S]: undefined extends Infer<S[K]> ? K : never;
}[keyof S];

/** Keys whose guard may yield undefined become optional properties. */
export type InferShape<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]>;
} & {
  [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
};

export function fail(path: string, expected: string, value: unknown): never {
  throw new BadResponseError(`${path || 'response'}: expected ${expected}, got ${describe(value)}`);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

/** Takes anything: for what a later check reads (see withCheckedAnswers). */
export const unchecked: Guard<unknown> = (value) => value;

export const string: Guard<string> = (value, path) =>
  typeof value === 'string' ? value : fail(path, 'string', value);

/**
 * A string cut to at most `max` UTF-16 units (never between the two halves of
 * a surrogate pair): what a widget shows is bounded however much a backend
 * sends, so a 50 MB excerpt costs what a normal one does.
 */
export function text(max: number): Guard<string> {
  return (value, path) => {
    const whole = string(value, path);
    if (whole.length <= max) return whole;
    const cut = /[\uD800-\uDBFF]/.test(whole[max - 1] ?? '') ? max - 1 : max;
    return whole.slice(0, cut);
  };
}

export const number: Guard<number> = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(path, 'number', value);

/** Counts: whole numbers from zero up. */
export const count: Guard<number> = (value, path) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? value
    : fail(path, 'a whole number ≥ 0', value);

export const boolean: Guard<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'boolean', value);

/** Backends disagree on whether ids are numbers or strings; widgets want strings. */
export const id: Guard<string> = (value, path) => {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fail(path, 'id (non-empty string or number)', value);
};

/** An ISO 8601 date-time, kept as the original string. */
export const isoDate: Guard<string> = (value, path) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))
    ? value
    : fail(path, 'ISO 8601 date string', value);

export function oneOf<const T extends string>(values: readonly T[]): Guard<T> {
  const expected = values.map((value) => JSON.stringify(value)).join(' | ');
  return (value, path) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as T)
      : fail(path, expected, value);
}

/**
 * An absent value (missing or null: JSON backends use both) becomes
 * undefined; anything present must pass `guard`.
 */
export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (value, path) => (value === undefined || value === null ? undefined : guard(value, path));
}

/** Like optional, but an absent value becomes `fallback`. */
export function withDefault<T>(guard: Guard<T>, fallback: () => T): Guard<T> {
  return (value, path) => (value === undefined || value === null ? fallback() : guard(value, path));
}

/**
 * For decorative fields: a bad value is dropped instead of failing the whole
 * answer. An absent one never reaches the guard, so the ordinary case (no
 * role, say) costs no exception.
 */
export function dropInvalid<T>(guard: Guard<T>): Guard<T | undefined> {
  return (value, path) => {
    if (value === undefined || value === null) return undefined;
    try {
      return guard(value, path);
    } catch (error) {
      if (error instanceof BadResponseError) return undefined;
      throw error;
    }
  };
}

/**
 * An array of `item`. `max` bounds what is read (and so what any widget
 * renders): a backend that sends 100,000 tags where ten were asked for costs
 * ten, not a frozen page.
 */
export function array<T>(item: Guard<T>, max = Infinity): Guard<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'array', value);
    return value.slice(0, max).map((entry, index) => item(entry, `${path}[${index}]`));
  };
}

/**
 * Like array, but items that are undefined after validation are left out,
 * and so are holes (null or missing entries, which a host's own adapter may
 * leave): said once in the console, never a failed answer.
 */
export function compactArray<T>(item: Guard<T | undefined>, max = Infinity): Guard<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'array', value);
    const kept: T[] = [];
    for (let index = 0; index < value.length && kept.length < max; index++) {
      const entry: unknown = value[index];
      if (entry === undefined || entry === null) {
        warnOnce(
          `community-widgets: ${path || 'the answer'} had empty entries; they were skipped.`,
        );
        continue;
      }
      const checked = item(entry, `${path}[${index}]`);
      if (checked !== undefined) kept.push(checked);
    }
    return kept;
  };
}

/**
 * A plain object with the given fields. Unknown fields are dropped, so
 * backend-specific extras never leak into domain objects; fields whose guard
 * yields undefined are left out rather than set to undefined.
 */
export function object<S extends Shape>(shape: S): Guard<InferShape<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(path, 'object', value);
    }
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, guard] of Object.entries(shape)) {
      const field = guard(source[key], path ? `${path}.${key}` : key);
      if (field !== undefined) result[key] = field;
    }
    return result as InferShape<S>;
  };
}

/** Applies `convert` to what `guard` accepted, e.g. to rename or reshape. */
export function map<A, B>(guard: Guard<A>, convert: (value: A, path: string) => B): Guard<B> {
  return (value, path) => convert(guard(value, path), path);
}

/** Passes only safe URLs (see safeUrl); an unsafe or malformed one becomes undefined. */
export const url: Guard<string | undefined> = (value) => safeUrl(value);

/** Passes only plain CSS colours (see safeColor); anything else becomes undefined. */
export const color: Guard<string | undefined> = (value) => safeColor(value);

/** Runs `guard` on the root of a JSON answer; the entry point adapters hand to getJson. */
export function validator<T>(guard: Guard<T>): (raw: unknown) => T {
  return (raw) => guard(raw, '');
}
