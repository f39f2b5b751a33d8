/**
 * What the tag search reads from Discourse, and how it ranks it: the tag
 * autocomplete endpoint, or the public tag index where that is missing. A
 * chunk of its own, downloaded beside the first tag request, so a page
 * without a tag search never pays for it.
 */
import type { Tag } from '../../core/types.js';
import {
  array,
  count,
  fail,
  object,
  optional,
  string,
  validator,
  type Guard,
} from '../../data/guards.js';

/**
 * A tag in `/tags.json` or `/tags/filter/search.json`. Older servers set `id`
 * and `text` to the name and have no `name`; current ones send all three.
 */
export interface RawTagEntry {
  name: string;
  count?: number;
  /** Set when this tag is a synonym: the tag it stands for. */
  targetTag?: string;
}

const tagEntryFields = object({
  name: optional(string),
  text: optional(string),
  count: optional(count),
  target_tag: optional(string),
});

export const tagEntry: Guard<RawTagEntry> = (value, path) => {
  const entry = tagEntryFields(value, path);
  const name = entry.name ?? entry.text;
  if (name === undefined) return fail(`${path}.name`, 'string', undefined);
  return {
    name,
    ...(entry.count !== undefined && { count: entry.count }),
    ...(entry.target_tag !== undefined && { targetTag: entry.target_tag }),
  };
};

export const tagIndex = validator(object({ tags: array(tagEntry) }));

export const tagFilterResults = validator(object({ results: array(tagEntry) }));

/**
 * Ranks tag index entries for a typed prefix: names starting with the text
 * first, then names containing it, each by how many topics use them.
 * Synonyms stand for their target tag, which is what filtering needs.
 */
export function matchTags(entries: readonly RawTagEntry[], text: string, limit: number): Tag[] {
  const needle = foldForMatching(text.trim());
  const byName = new Map<string, Tag & { rank: number }>();
  for (const entry of entries) {
    const name = entry.targetTag ?? entry.name;
    const haystack = foldForMatching(entry.name);
    const position = needle === '' ? 0 : haystack.indexOf(needle);
    if (position < 0 || name.trim() === '') continue;
    const rank = position === 0 ? 0 : 1;
    const known = byName.get(name);
    // A tag's own entry (with its count) beats a synonym pointing at it.
    if (known && (known.rank < rank || (known.rank === rank && known.count !== undefined)))
      continue;
    byName.set(name, {
      name,
      ...(entry.count !== undefined && entry.targetTag === undefined && { count: entry.count }),
      rank,
    });
  }
  return [...byName.values()]
    .sort(
      (a, b) => a.rank - b.rank || (b.count ?? 0) - (a.count ?? 0) || a.name.localeCompare(b.name),
    )
    .slice(0, limit)
    .map(({ rank: _rank, ...tag }) => tag);
}

/** Case and accents ignored, so "vticnik" finds "vtičnik" as people expect when typing. */
function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .toLocaleLowerCase();
}

/** Entries already ranked by the server: synonyms folded into their targets, order kept. */
export function rankedTags(entries: readonly RawTagEntry[], limit: number): Tag[] {
  const byName = new Map<string, Tag>();
  for (const entry of entries) {
    const name = entry.targetTag ?? entry.name;
    if (name.trim() === '' || byName.has(name)) continue;
    byName.set(name, {
      name,
      ...(entry.count !== undefined && entry.targetTag === undefined && { count: entry.count }),
    });
  }
  return [...byName.values()].slice(0, limit);
}
