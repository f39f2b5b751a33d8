/**
 * Tags in the domain are keyed by the name Discourse filters on (`tags:` in
 * search, `/tag/{name}.json`). With content localisation, `name` is the
 * translated display name and `original_name` the real one, so the real one
 * becomes `Tag.name` and the translation its `label`.
 */
import type { Tag } from '../../core/types.js';
import type { RawTag, RawTagEntry } from './shapes.js';

export function toTag(raw: RawTag): Tag {
  if (raw.originalName && raw.originalName !== raw.name) {
    return { name: raw.originalName, label: raw.name };
  }
  return { name: raw.name };
}

export function toTags(raw: readonly RawTag[]): Tag[] {
  const seen = new Set<string>();
  const tags: Tag[] = [];
  for (const tag of raw.map(toTag)) {
    if (tag.name.trim() === '' || seen.has(tag.name)) continue;
    seen.add(tag.name);
    tags.push(tag);
  }
  return tags;
}

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
