/**
 * The tag search's value and settings as plain data: parsing what markup or
 * a framework hands it, changing the selection, and what a form receives.
 * Kept free of the DOM so Node tests can pin every rule down.
 */
import { normalizeSearchText } from '../../core/search-text.js';
import type { Tag } from '../../core/types.js';
import type { WholeNumberRange } from '../../core/whole-number.js';

export const DEFAULT_DEBOUNCE_MS = 150;

/**
 * Whole milliseconds from 0 to 5000. Too long a wait falls back to the default
 * rather than the longest: nobody means a search that answers seconds late.
 */
export const DEBOUNCE_MS: WholeNumberRange = { min: 0, max: 5000, fallback: DEFAULT_DEBOUNCE_MS };

/**
 * Tag names from a property a host set: an array of names, or (from
 * frameworks that pass attributes as properties) a space-separated string.
 * Blank and repeated names are dropped. Anything else is nonsense: undefined.
 */
export function toTagNames(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  const names =
    typeof value === 'string'
      ? value.split(/\s+/u)
      : Array.isArray(value) && value.every((name) => typeof name === 'string')
        ? (value as string[])
        : undefined;
  if (!names) return undefined;
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))];
}

/** `value="sync ios"` ⇄ ['sync', 'ios']. */
export const tagNamesConverter = {
  fromAttribute: (value: string | null): string[] => toTagNames(value) ?? [],
  toAttribute: (value: string[]): string => value.join(' '),
};

/** The selection after choosing `name`: added at the end, or the only one when not `multiple`. */
export function withTag(selection: readonly string[], name: string, multiple: boolean): string[] {
  if (!multiple) return [name];
  return selection.includes(name) ? [...selection] : [...selection, name];
}

export function withoutTag(selection: readonly string[], name: string): string[] {
  return selection.filter((selected) => selected !== name);
}

/** The tag whose name or label is exactly what was typed, ignoring case and accents. */
export function exactTag(tags: readonly Tag[], text: string): Tag | undefined {
  const typed = normalizeSearchText(text);
  if (!typed) return undefined;
  return tags.find(
    (tag) =>
      normalizeSearchText(tag.name) === typed ||
      (tag.label !== undefined && normalizeSearchText(tag.label) === typed),
  );
}

/**
 * What a surrounding form submits: one `name` entry per tag, like a
 * `<select multiple>`, so `formData.getAll(name)` lists them; nothing
 * without a name or a selection.
 */
export function toFormData(name: string | undefined, tags: readonly string[]): FormData | null {
  if (!name || !tags.length) return null;
  const data = new FormData();
  for (const tag of tags) data.append(name, tag);
  return data;
}

/** The selection saved for the browser to restore (back/forward, autofill): JSON, read back defensively. */
export function toSavedState(tags: readonly string[]): string {
  return JSON.stringify(tags);
}

export function fromSavedState(state: unknown): string[] | undefined {
  if (typeof state !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(state);
    return Array.isArray(parsed) ? toTagNames(parsed) : undefined;
  } catch {
    return undefined;
  }
}
