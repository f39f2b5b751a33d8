/**
 * Turns a thread list's attributes into the ThreadQuery its adapter gets.
 * Nonsense values fall back to the defaults, and the caller is told once so
 * it can warn; the list never shows an error for a typo in markup.
 */
import { isOneOf, SORTS, STATUSES } from '../../core/allowed-values.js';
import type { ThreadQuery, ThreadSort, ThreadStatus } from '../../core/types.js';

export const DEFAULT_SORT: ThreadSort = 'latest';
export const DEFAULT_STATUS: ThreadStatus = 'any';
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

export interface ThreadListFilters {
  tags: readonly string[];
  category?: string | null;
  query?: string | null;
  sort?: unknown;
  status?: unknown;
  pageSize?: unknown;
}

export type InvalidValueReporter = (attribute: string, value: unknown, fallback: unknown) => void;

export function toThreadQuery(
  filters: ThreadListFilters,
  report: InvalidValueReporter,
): ThreadQuery {
  const query: ThreadQuery = {
    sort: checked(SORTS, 'sort', filters.sort, DEFAULT_SORT, report),
    status: checked(STATUSES, 'status', filters.status, DEFAULT_STATUS, report),
    pageSize: pageSizeFrom(filters.pageSize, report),
  };
  const tags = [...new Set(filters.tags.map((tag) => tag.trim()).filter(Boolean))];
  if (tags.length) query.tags = tags;
  const category = filters.category?.trim();
  if (category) query.category = category;
  const text = filters.query?.trim();
  if (text) query.text = text;
  return query;
}

function checked<T extends string>(
  allowed: readonly T[],
  attribute: string,
  value: unknown,
  fallback: T,
  report: InvalidValueReporter,
): T {
  if (value === undefined || value === null || value === '') return fallback;
  if (isOneOf(allowed, value)) return value;
  report(attribute, value, fallback);
  return fallback;
}

function pageSizeFrom(value: unknown, report: InvalidValueReporter): number {
  if (value === undefined || value === null || value === '') return DEFAULT_PAGE_SIZE;
  const size = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(size) || size < 1) {
    report('page-size', value, DEFAULT_PAGE_SIZE);
    return DEFAULT_PAGE_SIZE;
  }
  if (size > MAX_PAGE_SIZE) {
    report('page-size', value, MAX_PAGE_SIZE);
    return MAX_PAGE_SIZE;
  }
  return size;
}

/** `tags="sync  ios"` ⇄ ['sync', 'ios']. */
export const tagListConverter = {
  fromAttribute: (value: string | null): string[] => value?.split(/\s+/u).filter(Boolean) ?? [],
  toAttribute: (value: string[]): string => value.join(' '),
};

/**
 * `page-size="20"` → 20; anything that is not a whole number stays the
 * author's own text, so the warning can quote what they wrote.
 */
export const pageSizeConverter = {
  fromAttribute: (value: string | null): number =>
    // The property is typed number for users; nonsense is caught by toThreadQuery.
    (value !== null && /^\s*-?\d+\s*$/u.test(value) ? Number(value) : value) as number,
  toAttribute: (value: number): string => String(value),
};
