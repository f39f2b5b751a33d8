/**
 * Turns a thread list's attributes into the ThreadQuery its adapter gets.
 * Nonsense values fall back to the defaults, and the caller is told once so
 * it can warn; the list never shows an error for a typo in markup.
 */
import { isOneOf, SORTS, STATUSES } from '../../core/allowed-values.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../core/page-size.js';
import type { ThreadQuery, ThreadSort, ThreadStatus } from '../../core/types.js';
import {
  checkedWholeNumber,
  wholeNumberConverter,
  type WholeNumberRange,
} from '../../core/whole-number.js';

// The view takes its default page size from here, with the rest of its query rules.
export { DEFAULT_PAGE_SIZE };
export const DEFAULT_SORT: ThreadSort = 'latest';
export const DEFAULT_STATUS: ThreadStatus = 'any';

/** Asking for more than a page may hold gets the most it may hold. */
const PAGE_SIZE: WholeNumberRange = {
  min: 1,
  max: MAX_PAGE_SIZE,
  fallback: DEFAULT_PAGE_SIZE,
  clampAbove: true,
};

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
    pageSize: checkedWholeNumber(filters.pageSize, PAGE_SIZE, (value, used) =>
      report('page-size', value, used),
    ),
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

/** `tags="sync  ios"` ⇄ ['sync', 'ios']. */
export const tagListConverter = {
  fromAttribute: (value: string | null): string[] => value?.split(/\s+/u).filter(Boolean) ?? [],
  toAttribute: (value: string[]): string => value.join(' '),
};

/** `page-size="20"` → 20, keeping nonsense as written so the warning can quote it. */
export const pageSizeConverter = wholeNumberConverter;
