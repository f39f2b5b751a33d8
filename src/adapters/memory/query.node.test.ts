import { describe, expect, it } from 'vitest';
import { SORTS, STATUSES } from '../../core/allowed-values.js';
import type { Tag, Thread, ThreadQuery } from '../../core/types.js';
import {
  collectTags,
  indexTags,
  indexThreads,
  queryThreads,
  searchTagIndex,
  selectPinned,
  threadScore,
  type IndexedThread,
} from './query.js';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();
const tags = (...names: string[]): Tag[] => names.map((name) => ({ name }));

function thread(id: string, fields: Partial<Thread> = {}): Thread {
  return {
    id,
    title: `Thread ${id}`,
    url: `/t/thread-${id}/${id}`,
    createdAt: hoursAgo(Number(id)),
    replyCount: 1,
    tags: [],
    ...fields,
  };
}

const HELP = { id: 'help-support', name: 'Help & Support' };
const IDEAS = { id: 'feature-requests', name: 'Feature Requests' };

const THREADS: Thread[] = [
  thread('10', {
    title: 'Sync stuck at 99% on iOS',
    tags: tags('sync', 'ios'),
    category: HELP,
    solved: true,
    replyCount: 4,
    likeCount: 10,
    viewCount: 900,
    lastActivityAt: hoursAgo(1),
  }),
  thread('20', {
    title: 'Predlog: slovenski vmesnik',
    excerpt: 'Želim si slovenskega vmesnika.',
    tags: tags('localization'),
    category: IDEAS,
    replyCount: 0,
  }),
  thread('30', {
    title: 'Błąd 401 przy wywołaniu API',
    tags: tags('api'),
    category: HELP,
    replyCount: 0,
    closed: true,
  }),
  thread('40', {
    title: 'iOS 更新到 4.2 后同步一直卡在 99%',
    tags: [{ name: 'sync', label: 'Synchronisation' }, { name: 'ios' }],
    category: HELP,
    replyCount: 2,
    likeCount: 1,
    viewCount: 50,
  }),
  thread('50', {
    title: 'Gæster kan ikke åbne vedhæftede filer',
    tags: tags('permissions'),
    replyCount: 0,
    body: { markdown: '## Steps\n\n1. Share a board with a **guest**' },
  }),
  thread('60', {
    title: 'Webhook signatures do not verify',
    tags: tags('webhooks', 'api', 'sync'),
    category: IDEAS,
    solved: true,
    replyCount: 9,
    likeCount: 30,
    viewCount: 4000,
    lastActivityAt: hoursAgo(2),
  }),
];
const INDEX = indexThreads(THREADS);

const ids = (query: ThreadQuery = {}, index: readonly IndexedThread[] = INDEX) =>
  queryThreads(index, { pageSize: 100, ...query }).threads.map((t) => t.id);

describe('queryThreads filters', () => {
  it('keeps threads carrying all of the tags, case-insensitively', () => {
    expect(ids({ tags: ['sync'] }).sort()).toEqual(['10', '40', '60']);
    expect(ids({ tags: ['sync', 'IOS'] }).sort()).toEqual(['10', '40']);
    expect(ids({ tags: ['sync', 'ios', 'api'] })).toEqual([]);
  });

  it('matches a category by id or name, case-insensitively', () => {
    expect(ids({ category: 'help-support' }).sort()).toEqual(['10', '30', '40']);
    expect(ids({ category: 'feature requests' }).sort()).toEqual(['20', '60']);
    expect(ids({ category: 'nope' })).toEqual([]);
  });

  it('finds text regardless of case and diacritics', () => {
    expect(ids({ text: 'zelim' })).toEqual(['20']);
    expect(ids({ text: 'BLAD 401' })).toEqual(['30']);
    expect(ids({ text: 'gaester abne' })).toEqual(['50']);
    expect(ids({ text: 'Błąd' })).toEqual(['30']);
  });

  it('finds a Chinese substring', () => {
    expect(ids({ text: '同步' })).toEqual(['40']);
    expect(ids({ text: '卡在 99%' })).toEqual(['40']);
  });

  it('searches excerpts, tag names and labels, and body markdown', () => {
    expect(ids({ text: 'slovenskega' })).toEqual(['20']);
    expect(ids({ text: 'webhooks' })).toEqual(['60']);
    expect(ids({ text: 'synchronisation' })).toEqual(['40']);
    expect(ids({ text: 'guest' })).toEqual(['50']);
  });

  it('needs every word, in any order', () => {
    expect(ids({ text: 'ios sync' }).sort()).toEqual(['10', '40']);
    expect(ids({ text: 'ios webhook' })).toEqual([]);
  });

  it('treats blank text, tags and category as no filter', () => {
    expect(ids({ text: '   ', tags: [' '], category: '' })).toHaveLength(THREADS.length);
  });

  it.each(STATUSES)('filters status %s', (status) => {
    const expected = THREADS.filter(
      (t) => status === 'any' || (status === 'solved') === (t.solved === true),
    ).map((t) => t.id);
    expect(ids({ status }).sort()).toEqual(expected.sort());
  });

  it('combines filters', () => {
    expect(ids({ tags: ['sync'], category: 'help-support', status: 'unsolved' })).toEqual(['40']);
  });

  it('rejects an unknown sort or status with a RangeError', () => {
    expect(() => queryThreads(INDEX, { sort: 'best' as never })).toThrow(RangeError);
    expect(() => queryThreads(INDEX, { status: 'open' as never })).toThrow(RangeError);
  });
});

describe('queryThreads sorts', () => {
  it('orders latest by last activity, falling back to creation', () => {
    expect(ids({ sort: 'latest' })).toEqual(['10', '60', '20', '30', '40', '50']);
  });

  it('orders new by creation', () => {
    expect(ids({ sort: 'new' })).toEqual(['10', '20', '30', '40', '50', '60']);
  });

  it('orders top by engagement score', () => {
    const result = ids({ sort: 'top' });
    expect(result[0]).toBe('60');
    const scores = result.map((id) => threadScore(THREADS.find((t) => t.id === id)!));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps only open threads without replies for unanswered, newest first', () => {
    expect(ids({ sort: 'unanswered' })).toEqual(['20', '50']);
  });

  it('defaults to latest', () => {
    expect(ids()).toEqual(ids({ sort: 'latest' }));
  });

  it.each(SORTS)('breaks ties by id so %s is stable', (sort) => {
    const twins = indexThreads(
      ['b', 'c', 'a'].map((id) => ({ ...thread('1'), id, replyCount: 0 })),
    );
    expect(ids({ sort }, twins)).toEqual(['a', 'b', 'c']);
  });
});

describe('queryThreads paging', () => {
  const many = indexThreads(
    Array.from({ length: 23 }, (_, i) => thread(String(i + 1), { replyCount: i % 3 })),
  );

  it.each(SORTS)('visits every %s match exactly once', (sort) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = queryThreads(many, { sort, pageSize: 5, cursor });
      seen.push(...page.threads.map((t) => t.id));
      expect(page.total).toBe(queryThreads(many, { sort, pageSize: 100 }).threads.length);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(cursor).toBeUndefined();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(queryThreads(many, { sort, pageSize: 100 }).threads.map((t) => t.id));
  });

  it('leaves nextCursor out when the page reaches the end exactly', () => {
    const page = queryThreads(many, { pageSize: 23 });
    expect(page.threads).toHaveLength(23);
    expect(page).not.toHaveProperty('nextCursor');
  });

  it('defaults to 10 per page and clamps the page size to 1..100', () => {
    expect(queryThreads(many, {}).threads).toHaveLength(10);
    expect(queryThreads(many, { pageSize: 0 }).threads).toHaveLength(1);
    expect(queryThreads(many, { pageSize: -5 }).threads).toHaveLength(1);
    expect(queryThreads(many, { pageSize: 2.7 }).threads).toHaveLength(2);
    expect(queryThreads(many, { pageSize: Number.NaN }).threads).toHaveLength(10);
    const big = indexThreads(Array.from({ length: 150 }, (_, i) => thread(String(i))));
    expect(queryThreads(big, { pageSize: 1000 }).threads).toHaveLength(100);
  });

  it('throws a RangeError for a malformed cursor', () => {
    for (const cursor of ['not a cursor', 'e30', btoa('{"offset":-1}'), btoa('[]'), '%%%']) {
      expect(() => queryThreads(many, { cursor })).toThrow(RangeError);
    }
  });

  it('counts total matches, not the page', () => {
    const page = queryThreads(many, { pageSize: 5, sort: 'unanswered' });
    expect(page.total).toBe(8);
    expect(page.threads).toHaveLength(5);
  });
});

describe('selectPinned', () => {
  const pinned = indexThreads([
    thread('1', { pinned: true, category: HELP }),
    thread('2', { pinned: true, announcement: true, category: IDEAS }),
    thread('3'),
    thread('4', { pinned: true, announcement: true, category: HELP }),
    thread('5', { pinned: true, category: IDEAS }),
  ]);
  const pinnedIds = (query = {}) => selectPinned(pinned, query).map((t) => t.id);

  it('puts announcements first, then the newest', () => {
    expect(pinnedIds()).toEqual(['2', '4', '1', '5']);
  });

  it('filters by category id or name', () => {
    expect(pinnedIds({ category: 'help-support' })).toEqual(['4', '1']);
    expect(pinnedIds({ category: 'Feature Requests' })).toEqual(['2', '5']);
  });

  it('honours the limit', () => {
    expect(pinnedIds({ limit: 2 })).toEqual(['2', '4']);
    expect(pinnedIds({ limit: 0 })).toEqual([]);
  });
});

describe('tags', () => {
  it('derives counts from threads and merges supplied labels and counts', () => {
    const collected = collectTags(THREADS, [
      { name: 'api', label: 'API' },
      { name: 'billing', count: 7 },
      { name: 'sync', count: 99 },
    ]);
    const byName = new Map(collected.map((t) => [t.name, t]));
    expect(byName.get('api')).toEqual({ name: 'api', label: 'API', count: 2 });
    expect(byName.get('billing')).toEqual({ name: 'billing', count: 7 });
    expect(byName.get('sync')).toEqual({ name: 'sync', label: 'Synchronisation', count: 99 });
    expect(byName.get('ios')?.count).toBe(2);
  });

  const index = indexTags([
    { name: 'sync', count: 5 },
    { name: 'async-jobs', count: 50 },
    { name: 'synthetic', count: 1 },
    { name: 'calendar-sync', count: 5 },
    { name: 'zelo', count: 3 },
    { name: 'smučanje', label: 'Smučanje', count: 2 },
    { name: 'api', label: 'API', count: 80 },
  ]);
  const names = (text: string, limit?: number) =>
    searchTagIndex(index, text, limit).map((t) => t.name);

  it('ranks prefix matches before substring matches, then by count and name', () => {
    expect(names('syn')).toEqual(['sync', 'synthetic', 'async-jobs', 'calendar-sync']);
  });

  it('ignores case and diacritics on both sides', () => {
    expect(names('SMUC')).toEqual(['smučanje']);
    expect(names('želo')).toEqual(['zelo']);
  });

  it('returns the most used tags for empty text', () => {
    expect(names('')).toEqual([
      'api',
      'async-jobs',
      'calendar-sync',
      'sync',
      'zelo',
      'smučanje',
      'synthetic',
    ]);
  });

  it('honours the limit', () => {
    expect(names('', 2)).toEqual(['api', 'async-jobs']);
    expect(names('syn', 3)).toEqual(['sync', 'synthetic', 'async-jobs']);
  });

  it('finds the right top results among 20,000 tags quickly', () => {
    const generated = Array.from({ length: 20_000 }, (_, i) => ({
      name: `topic-${i}`,
      label: `Tópic ${i}`,
      count: i % 1000,
    }));
    const big = indexTags(generated);
    expect(searchTagIndex(big, 'topic-1999').map((t) => t.name)).toEqual([
      'topic-1999',
      'topic-19999',
      'topic-19998',
      'topic-19997',
      'topic-19996',
      'topic-19995',
      'topic-19994',
      'topic-19993',
      'topic-19992',
      'topic-19991',
    ]);
    const byUse = (a: Tag, b: Tag) => (b.count ?? 0) - (a.count ?? 0) || (a.name < b.name ? -1 : 1);
    // The label 'Tópic 12…' starts with the folded query; the name 'topic-12…' does not.
    expect(searchTagIndex(big, 'topic 12', 25)).toEqual(
      generated
        .filter((t) => t.label.startsWith('Tópic 12'))
        .sort(byUse)
        .slice(0, 25),
    );
    // Nothing starts with '12', so every match is an inner one.
    expect(searchTagIndex(big, '12', 25)).toEqual(
      generated
        .filter((t) => t.name.includes('12'))
        .sort(byUse)
        .slice(0, 25),
    );
    expect(searchTagIndex(big, '', 3).map((t) => t.count)).toEqual([999, 999, 999]);

    const timings = Array.from({ length: 41 }, (_, i) => {
      const start = performance.now();
      searchTagIndex(big, `pic ${i}9`);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    expect(timings[20]).toBeLessThan(5);
  });
});
