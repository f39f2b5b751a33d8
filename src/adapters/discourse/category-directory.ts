/**
 * Topics name their category only by id, and widgets name categories the way
 * people do ("Help & Support", "help-support", "5" or "help/setup"). The
 * directory knows every category the anonymous visitor may see and answers
 * both questions. It loads once per adapter, shared by all widgets on the
 * page; categories sideloaded with responses (sites that lazy-load
 * categories) are merged in as they arrive.
 */
import { safeColor } from '../../core/safe-color.js';
import type { Category } from '../../core/types.js';
import type { ForumUrls } from './forum-urls.js';
import type { RawCategory } from './shapes.js';

export interface CategoryEntry {
  id: string;
  name: string;
  /** Own slug and its parents', outermost first; `{id}-category` when the slug is empty. */
  slugPath: string[];
  category: Category;
}

export interface CategoryDirectory {
  /** Adds categories, with their nested subcategories. */
  add(categories: readonly RawCategory[]): void;
  byId(id: string | undefined): Category | undefined;
  /** By id, slug path (`parent/child`), slug, or name; case-insensitive. */
  find(reference: string): CategoryEntry | undefined;
}

/** Discourse stores colours as bare hex (`0088CC`). */
const BARE_HEX = /^[\da-f]{3}(?:[\da-f]{3})?$/i;

export function createCategoryDirectory(urls: ForumUrls): CategoryDirectory {
  const raw = new Map<string, RawCategory & { parentId?: string }>();
  let entries: Map<string, CategoryEntry> | undefined;

  function addOne(category: RawCategory, parentId: string | undefined): void {
    const known = raw.get(category.id);
    const parent = category.parent_category_id ?? parentId ?? known?.parentId;
    // Sideloaded categories can be slimmer than the full list: keep what is known.
    raw.set(category.id, {
      ...known,
      ...category,
      ...(parent !== undefined && { parentId: parent }),
    });
    for (const child of category.subcategory_list) addOne(child, category.id);
  }

  function slugPath(id: string, seen = new Set<string>()): string[] {
    const category = raw.get(id);
    if (!category || seen.has(id)) return [];
    seen.add(id);
    const own = category.slug ? category.slug : `${id}-category`;
    const parents = category.parentId ? slugPath(category.parentId, seen) : [];
    return [...parents, own];
  }

  function build(): Map<string, CategoryEntry> {
    entries ??= new Map(
      [...raw.values()].map((category) => {
        const path = slugPath(category.id);
        const color = toCssColor(category.color);
        const entry: CategoryEntry = {
          id: category.id,
          name: category.name,
          slugPath: path,
          category: {
            id: category.id,
            name: category.name,
            ...(color !== undefined && { color }),
            url: urls.category(path, category.id),
          },
        };
        return [category.id, entry];
      }),
    );
    return entries;
  }

  return {
    add(categories) {
      for (const category of categories) addOne(category, undefined);
      entries = undefined;
    },
    byId: (id) => (id === undefined ? undefined : build().get(id)?.category),
    find(reference) {
      const wanted = reference
        .trim()
        .replace(/^\/+|\/+$/g, '')
        .toLocaleLowerCase();
      if (wanted === '') return undefined;
      const all = [...build().values()];
      return (
        build().get(wanted) ??
        all.find((entry) => entry.slugPath.join('/').toLocaleLowerCase() === wanted) ??
        all.find((entry) => entry.slugPath.at(-1)?.toLocaleLowerCase() === wanted) ??
        all.find((entry) => entry.name.trim().toLocaleLowerCase() === wanted)
      );
    },
  };
}

function toCssColor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return safeColor(BARE_HEX.test(trimmed) ? `#${trimmed}` : trimmed);
}
