/**
 * Tags in the domain are keyed by the name Discourse filters on (`tags:` in
 * search, `/tag/{name}.json`). With content localisation, `name` is the
 * translated display name and `original_name` the real one, so the real one
 * becomes `Tag.name` and the translation its `label`.
 */
import type { Tag } from '../../core/types.js';
import type { RawTag } from './shapes.js';

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
