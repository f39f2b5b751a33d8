/**
 * Every enumerated attribute value, in one place: the types derive from these
 * arrays, attribute parsing checks against them, and tests loop over them.
 */
export const SORTS = ['latest', 'top', 'new', 'unanswered'] as const;
export const STATUSES = ['any', 'solved', 'unsolved'] as const;
export const THREAD_LIST_LAYOUTS = ['list', 'compact', 'cards'] as const;
export const PINNED_LAYOUTS = ['banner', 'list', 'cards'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export const DENSITIES = ['comfortable', 'compact'] as const;
export const ADAPTER_NAMES = ['memory', 'rest', 'discourse'] as const;

export type ThreadListLayout = (typeof THREAD_LIST_LAYOUTS)[number];
export type PinnedLayout = (typeof PINNED_LAYOUTS)[number];
export type Theme = (typeof THEMES)[number];
export type Density = (typeof DENSITIES)[number];
export type AdapterName = (typeof ADAPTER_NAMES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
