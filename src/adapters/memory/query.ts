/**
 * Filtering, sorting, paging and tag search over a community held in memory.
 * Pure functions: they never copy what they return, so the adapter decides
 * what leaves the store.
 */
import { SORTS, STATUSES, isOneOf } from '../../core/allowed-values.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../core/page-size.js';
import { normalizeSearchText } from '../../core/search-text.js';
import type {
  PinnedQuery,
  Tag,
  Thread,
  ThreadQuery,
  ThreadSort,
  ThreadStatus,
} from '../../core/types.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export const DEFAULT_TAG_LIMIT = 10;
export const MAX_TAG_LIMIT = 100;

/** A thread with everything a query needs worked out once per dataset. */
export interface IndexedThread {
  readonly thread: Thread;
  readonly searchText: string;
  readonly tagNames: ReadonlySet<string>;
  readonly createdTime: number;
  readonly lastActivityTime: number;
  readonly score: number;
}

export interface ThreadMatches {
  threads: Thread[];
  total: number;
  nextCursor?: string;
}

export function indexThreads(threads: readonly Thread[]): IndexedThread[] {
  return threads.map((thread) => {
    const createdTime = timeOf(thread.createdAt);
    const searchable = [
      thread.title,
      thread.excerpt,
      ...thread.tags.flatMap((tag) => [tag.name, tag.label]),
      thread.body?.markdown,
    ];
    return {
      thread,
      // Normalizing folds newlines into spaces, so no query word contains
      // one: joining fields with it keeps a match from spanning two of them.
      searchText: searchable
        .filter((field): field is string => Boolean(field))
        .map(normalizeSearchText)
        .join('\n'),
      tagNames: new Set(thread.tags.map((tag) => tag.name.toLowerCase())),
      createdTime,
      lastActivityTime: thread.lastActivityAt ? timeOf(thread.lastActivityAt) : createdTime,
      score: threadScore(thread),
    };
  });
}

/**
 * How "top" ranks. Replies and likes are deliberate acts; views are passive
 * and run to the tens of thousands, so they count on a log scale and one
 * widely read thread cannot outrank a real discussion.
 */
export function threadScore(thread: Thread): number {
  const views = Math.max(0, thread.viewCount ?? 0);
  return 3 * thread.replyCount + 2 * (thread.likeCount ?? 0) + 5 * Math.log10(1 + views);
}

/** One page of the threads matching `query`, in its sort order. */
export function queryThreads(
  index: readonly IndexedThread[],
  query: ThreadQuery = {},
): ThreadMatches {
  const sort = checkedSort(query.sort);
  const matching = index.filter(matcherFor(query, sort));
  matching.sort(COMPARATORS[sort]);
  const offset = query.cursor ? decodeCursor(query.cursor) : 0;
  const end = offset + clampPageSize(query.pageSize);
  const page: ThreadMatches = {
    threads: matching.slice(offset, end).map((entry) => entry.thread),
    total: matching.length,
  };
  if (end < matching.length) page.nextCursor = encodeCursor(end);
  return page;
}

export function clampPageSize(pageSize: number | undefined): number {
  return clampCount(pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/** Pinned threads: announcements first, then the newest. All of them without a limit. */
export function selectPinned(index: readonly IndexedThread[], query: PinnedQuery = {}): Thread[] {
  const inCategory = categoryMatcher(query.category);
  const pinned = index
    .filter((entry) => entry.thread.pinned === true && inCategory(entry.thread))
    .sort(
      (a, b) =>
        Number(b.thread.announcement === true) - Number(a.thread.announcement === true) ||
        byNewest(a, b),
    )
    .map((entry) => entry.thread);
  const limit = query.limit;
  return limit === undefined || Number.isNaN(limit)
    ? pinned
    : pinned.slice(0, Math.max(0, Math.floor(limit)));
}

function checkedSort(sort: ThreadQuery['sort']): ThreadSort {
  if (sort === undefined) return 'latest';
  if (!isOneOf(SORTS, sort)) {
    throw new RangeError(`Unknown sort ${JSON.stringify(sort)}; use one of ${SORTS.join(', ')}.`);
  }
  return sort;
}

function checkedStatus(status: ThreadQuery['status']): ThreadStatus {
  if (status === undefined) return 'any';
  if (!isOneOf(STATUSES, status)) {
    throw new RangeError(
      `Unknown status ${JSON.stringify(status)}; use one of ${STATUSES.join(', ')}.`,
    );
  }
  return status;
}

function matcherFor(query: ThreadQuery, sort: ThreadSort): (entry: IndexedThread) => boolean {
  const status = checkedStatus(query.status);
  const requiredTags = (query.tags ?? []).map((tag) => tag.trim().toLowerCase()).filter(Boolean);
  // Each word must appear somewhere, so "sync ipad" finds "iPad … sync" too.
  const words = normalizeSearchText(query.text ?? '')
    .split(' ')
    .filter(Boolean);
  const inCategory = categoryMatcher(query.category);
  return ({ thread, tagNames, searchText }) =>
    inCategory(thread) &&
    requiredTags.every((tag) => tagNames.has(tag)) &&
    words.every((word) => searchText.includes(word)) &&
    (status === 'any' || (status === 'solved') === (thread.solved === true)) &&
    (sort !== 'unanswered' || (thread.replyCount === 0 && thread.closed !== true));
}

function categoryMatcher(category: string | undefined): (thread: Thread) => boolean {
  const wanted = normalizeSearchText(category ?? '');
  if (!wanted) return () => true;
  return ({ category: own }) =>
    own !== undefined &&
    (normalizeSearchText(own.id) === wanted || normalizeSearchText(own.name) === wanted);
}

type ThreadComparator = (a: IndexedThread, b: IndexedThread) => number;

const byId: ThreadComparator = (a, b) =>
  a.thread.id < b.thread.id ? -1 : a.thread.id > b.thread.id ? 1 : 0;
const byNewest: ThreadComparator = (a, b) => b.createdTime - a.createdTime || byId(a, b);

const COMPARATORS: Record<ThreadSort, ThreadComparator> = {
  latest: (a, b) => b.lastActivityTime - a.lastActivityTime || byId(a, b),
  new: byNewest,
  top: (a, b) => b.score - a.score || byId(a, b),
  unanswered: byNewest,
};

function timeOf(iso: string): number {
  const time = Date.parse(iso);
  // An unreadable date sorts as the oldest rather than poisoning the sort with NaN.
  return Number.isFinite(time) ? time : 0;
}

function clampCount(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(value)));
}

/* ----------------------------------------------------------------- tags -- */

interface IndexedTag {
  readonly tag: Tag;
  readonly name: string;
  readonly label: string;
}

/** Tags ordered by use, with names folded once so each search is a plain scan. */
export interface TagIndex {
  readonly byUse: readonly IndexedTag[];
}

/**
 * Every tag in the community with its count: counted from the threads, with
 * `supplied` tags adding labels, their own counts, and tags no thread uses.
 */
export function collectTags(threads: readonly Thread[], supplied: readonly Tag[] = []): Tag[] {
  const byName = new Map<string, Tag>();
  for (const thread of threads) {
    for (const { name, label } of thread.tags) {
      const key = name.toLowerCase();
      const known = byName.get(key);
      if (!known) byName.set(key, withLabel({ name, count: 1 }, label));
      else {
        known.count = (known.count ?? 0) + 1;
        known.label ??= label;
      }
    }
  }
  for (const { name, label, count } of supplied) {
    const key = name.toLowerCase();
    const derived = byName.get(key);
    byName.set(
      key,
      withLabel({ name, count: count ?? derived?.count ?? 0 }, label ?? derived?.label),
    );
  }
  return [...byName.values()];
}

function withLabel(tag: Tag, label: string | undefined): Tag {
  if (label !== undefined) tag.label = label;
  return tag;
}

export function indexTags(tags: readonly Tag[]): TagIndex {
  const entries = tags.map((tag) => ({
    tag,
    name: normalizeSearchText(tag.name),
    label: normalizeSearchText(tag.label ?? ''),
  }));
  entries.sort(
    (a, b) =>
      (b.tag.count ?? 0) - (a.tag.count ?? 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0),
  );
  return { byUse: entries };
}

/**
 * Tags whose name or label starts with `text`, then those containing it;
 * within each, the most used first, then by name. Empty text gives the most
 * used tags.
 */
export function searchTagIndex(index: TagIndex, text: string, limit?: number): Tag[] {
  const size = clampCount(limit, DEFAULT_TAG_LIMIT, MAX_TAG_LIMIT);
  const needle = normalizeSearchText(text);
  if (!needle) return index.byUse.slice(0, size).map((entry) => entry.tag);
  // The index is already in use order, so two buckets filled in one pass
  // come out ranked, and a full prefix bucket ends the scan early.
  const prefixMatches: Tag[] = [];
  const innerMatches: Tag[] = [];
  for (const { tag, name, label } of index.byUse) {
    if (name.startsWith(needle) || label.startsWith(needle)) {
      prefixMatches.push(tag);
      if (prefixMatches.length === size) break;
    } else if (innerMatches.length < size && (name.includes(needle) || label.includes(needle))) {
      innerMatches.push(tag);
    }
  }
  return prefixMatches.concat(innerMatches).slice(0, size);
}
