import { describe, expect, it } from 'vitest';
import { SORTS, STATUSES } from '../../core/allowed-values.js';
import { isAbortError } from '../../core/errors.js';
import type { CommunityAdapter, Thread, ThreadQuery } from '../../core/types.js';
import { DEMO_THREAD_LANGUAGES, createDemoCommunity } from './demo-community.js';
import { createMemoryAdapter } from './memory-adapter.js';

const NOW = new Date('2025-03-01T12:00:00Z');
const demo = () => createMemoryAdapter({ now: () => NOW });

async function allThreads(adapter: CommunityAdapter, query: ThreadQuery = {}): Promise<Thread[]> {
  const threads: Thread[] = [];
  let cursor: string | undefined;
  do {
    const page = await adapter.listThreads({ ...query, cursor, pageSize: 7 });
    threads.push(...page.threads);
    cursor = page.nextCursor;
  } while (cursor);
  return threads;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the promise to reject'),
    (error: unknown) => error,
  );
}

describe('the demo community', () => {
  const community = createDemoCommunity(NOW);
  const { threads } = community;

  it('is big and varied enough to look real', () => {
    expect(threads.length).toBeGreaterThanOrEqual(64);
    expect(
      new Set(threads.flatMap((t) => t.tags.map((tag) => tag.name))).size,
    ).toBeGreaterThanOrEqual(14);
    expect(new Set(threads.map((t) => t.category?.id)).size).toBeGreaterThanOrEqual(5);
    expect(threads.every((t) => t.category?.color?.startsWith('#'))).toBe(true);
    expect(new Set(threads.map((t) => t.author?.id)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(threads.map((t) => t.author?.role))).toEqual(
      new Set(['staff', 'moderator', 'member']),
    );
    expect(threads.some((t) => t.solved)).toBe(true);
    expect(threads.some((t) => !t.solved && !t.closed)).toBe(true);
    expect(threads.some((t) => t.closed)).toBe(true);
    expect(threads.filter((t) => t.replyCount === 0 && !t.closed).length).toBeGreaterThanOrEqual(3);
    expect(new Set(threads.map((t) => t.id)).size).toBe(threads.length);
  });

  it('has threads written natively in Slovenian, Danish, Polish and Chinese', () => {
    const scripts = {
      sl: /[čšž]/i,
      da: /[æøå]/i,
      pl: /[ąęłńśźżć]/i,
      zh: /\p{Script=Han}/u,
    } as const;
    for (const [lang, letters] of Object.entries(scripts)) {
      const written = threads.filter((t) => DEMO_THREAD_LANGUAGES.get(t.id) === lang);
      expect(written.length, lang).toBeGreaterThanOrEqual(4);
      for (const t of written) expect(`${t.title} ${t.excerpt}`, t.id).toMatch(letters);
    }
  });

  it('pins 3 to 5 threads, with 1 or 2 announcements carrying markdown bodies', () => {
    const pinned = threads.filter((t) => t.pinned);
    expect(pinned.length).toBeGreaterThanOrEqual(3);
    expect(pinned.length).toBeLessThanOrEqual(5);
    const announcements = pinned.filter((t) => t.announcement);
    expect(announcements.length).toBeGreaterThanOrEqual(1);
    expect(announcements.length).toBeLessThanOrEqual(2);
    for (const t of pinned) {
      expect(t.body?.markdown, t.id).toBeTruthy();
      expect(t.updatedAt, t.id).toBeTruthy();
    }
    const markdown = announcements.map((t) => t.body?.markdown).join('\n');
    expect(markdown).toMatch(/^#{2,3} /m);
    expect(markdown).toMatch(/^- /m);
    expect(markdown).toMatch(/\]\(\/[^)]+\)/);
    expect(markdown).toContain('```');
    expect(markdown).toMatch(/^\| --- \|/m);
  });

  it('dates everything relative to the clock it is given', () => {
    for (const t of threads) {
      const created = Date.parse(t.createdAt);
      expect(created).toBeLessThanOrEqual(NOW.getTime());
      expect(Date.parse(t.lastActivityAt ?? t.createdAt)).toBeGreaterThanOrEqual(created);
    }
    const later = createDemoCommunity(new Date(NOW.getTime() + 3_600_000));
    expect(Date.parse(later.threads[0]!.createdAt) - Date.parse(threads[0]!.createdAt)).toBe(
      3_600_000,
    );
  });

  it('uses root-relative URLs and no avatar hosts', () => {
    for (const t of threads) {
      expect(t.url).toMatch(/^\/t\/[a-z0-9-]+\/\d+$/);
      expect(t.author?.avatarUrl).toBeUndefined();
    }
  });

  it('offers five onboarding steps from a named community manager', () => {
    const { onboarding } = community;
    expect(onboarding?.author?.name).toBeTruthy();
    expect(onboarding?.guidelines?.url).toBe('/guidelines');
    expect(onboarding?.steps.map((step) => step.id)).toEqual([
      'read-guidelines',
      'complete-profile',
      'introduce-yourself',
      'ask-first-question',
      'follow-tags',
    ]);
    for (const step of onboarding?.steps ?? []) {
      expect(step.actionUrl).toMatch(/^\//);
      expect(step.actionLabel).toBeTruthy();
    }
  });
});

describe('createMemoryAdapter with the demo', () => {
  it('lists threads from the demo community by default', async () => {
    const page = await demo().listThreads({});
    expect(page.threads).toHaveLength(10);
    expect(page.total).toBe(createDemoCommunity(NOW).threads.length);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it.each(SORTS)('pages through every %s thread exactly once', async (sort) => {
    const adapter = demo();
    const threads = await allThreads(adapter, { sort });
    const { total } = await adapter.listThreads({ sort });
    expect(threads).toHaveLength(total!);
    expect(new Set(threads.map((t) => t.id)).size).toBe(threads.length);
  });

  it.each(STATUSES)('filters by status %s', async (status) => {
    const threads = await allThreads(demo(), { status });
    expect(threads.length).toBeGreaterThan(0);
    if (status !== 'any') {
      expect(threads.every((t) => (t.solved === true) === (status === 'solved'))).toBe(true);
    }
  });

  it('keeps only open threads without replies for unanswered', async () => {
    const threads = await allThreads(demo(), { sort: 'unanswered' });
    expect(threads.length).toBeGreaterThan(0);
    expect(threads.every((t) => t.replyCount === 0 && !t.closed)).toBe(true);
  });

  it('finds threads by all of their tags and by category name', async () => {
    const adapter = demo();
    const synced = await allThreads(adapter, { tags: ['sync', 'ios'] });
    expect(synced.length).toBeGreaterThanOrEqual(3);
    for (const t of synced)
      expect(t.tags.map((tag) => tag.name)).toEqual(expect.arrayContaining(['sync', 'ios']));
    const ideas = await allThreads(adapter, { category: 'feature requests' });
    expect(ideas.length).toBeGreaterThan(0);
    expect(ideas.every((t) => t.category?.id === 'feature-requests')).toBe(true);
  });

  it('finds native-language threads without typing their diacritics', async () => {
    const adapter = demo();
    const title = async (text: string) =>
      (await adapter.listThreads({ text })).threads.map((t) => t.title);
    expect(await title('casovnice')).toEqual(['Izvoz časovnice v PDF se odreže po treh mesecih']);
    expect(await title('zelim si')).toEqual(['Predlog: slovenski vmesnik aplikacije']);
    expect(await title('blad 401')).toEqual(['Błąd 401 przy wywołaniu API mimo poprawnego tokena']);
    expect(await title('gaester')).toEqual(['Gæster kan ikke åbne vedhæftede filer']);
    expect(await title('批量创建')).toEqual(['如何通过 API 批量创建任务？']);
  });

  it('lists pinned threads, announcements first, filtered by category', async () => {
    const adapter = demo();
    const pinned = await adapter.listPinned({});
    const firstOrdinary = pinned.findIndex((t) => !t.announcement);
    expect(firstOrdinary).toBeGreaterThan(0);
    expect(pinned.slice(firstOrdinary).every((t) => !t.announcement)).toBe(true);
    expect(await adapter.listPinned({ limit: 1 })).toEqual(pinned.slice(0, 1));
    const help = await adapter.listPinned({ category: 'Help & Support' });
    expect(help.length).toBeGreaterThan(0);
    expect(help.every((t) => t.category?.id === 'help-support')).toBe(true);
  });

  it('suggests tags by prefix first, then by use, with counts from the threads', async () => {
    const uses = new Map<string, number>();
    for (const t of createDemoCommunity(NOW).threads) {
      for (const { name } of t.tags) uses.set(name, (uses.get(name) ?? 0) + 1);
    }
    const adapter = demo();
    const suggestions = await adapter.searchTags('IN');
    for (const tag of suggestions) expect(tag.count).toBe(uses.get(tag.name));
    const names = suggestions.map((tag) => tag.name);
    // Only 'integrations' starts with it; the more used 'getting-started' merely contains it.
    expect(names[0]).toBe('integrations');
    expect(uses.get('getting-started')).toBeGreaterThan(uses.get('integrations')!);
    expect(names.slice(1)).toContain('getting-started');
    const innerCounts = suggestions.slice(1).map((tag) => tag.count!);
    expect(innerCounts).toEqual([...innerCounts].sort((a, b) => b - a));

    const mostUsed = await adapter.searchTags('', { limit: 3 });
    const topCounts = [...uses.values()].sort((a, b) => b - a).slice(0, 3);
    expect(mostUsed.map((tag) => tag.count)).toEqual(topCounts);
    expect(await adapter.searchTags('ios')).toEqual([
      { name: 'ios', label: 'iOS', count: uses.get('ios') },
    ]);
  });

  it('welcomes new members and remembers their progress', async () => {
    const adapter = demo();
    expect((await adapter.getOnboarding()).steps).toHaveLength(5);
    expect(await adapter.getViewer?.()).toMatchObject({ id: 'viewer-demo', name: 'Sam Rivera' });
    expect(await adapter.getOnboardingProgress?.()).toBeNull();
    await adapter.saveOnboardingProgress?.({ completed: ['read-guidelines'], dismissed: false });
    expect(await adapter.getOnboardingProgress?.()).toEqual({
      completed: ['read-guidelines'],
      dismissed: false,
    });
    expect(await demo().getOnboardingProgress?.()).toBeNull();
  });
});

describe('createMemoryAdapter with the page’s own data', () => {
  const own: Thread = {
    id: 'own-1',
    title: 'Our only thread',
    url: '/forum/1',
    createdAt: '2025-01-01T00:00:00Z',
    replyCount: 0,
    tags: [{ name: 'hello' }],
  };

  it('serves that data instead of the demo', async () => {
    const adapter = createMemoryAdapter({ data: { threads: [own] } });
    expect(await adapter.listThreads({})).toEqual({ threads: [own], total: 1 });
    expect(await adapter.listPinned({})).toEqual([]);
    expect(await adapter.searchTags('')).toEqual([{ name: 'hello', count: 1 }]);
    expect(await adapter.getViewer?.()).toBeNull();
    expect((await adapter.getOnboarding()).title).toBeTruthy();
  });

  it('prefers counts the data supplies', async () => {
    const adapter = createMemoryAdapter({
      data: {
        threads: [own],
        tags: [
          { name: 'hello', count: 40 },
          { name: 'help', count: 3 },
        ],
      },
    });
    expect(await adapter.searchTags('hel')).toEqual([
      { name: 'hello', count: 40 },
      { name: 'help', count: 3 },
    ]);
  });

  it('returns copies, so callers cannot corrupt the store', async () => {
    const data = { threads: [structuredClone(own)] };
    const adapter = createMemoryAdapter({ data });
    data.threads[0]!.title = 'changed by the page later';

    const first = await adapter.listThreads({});
    first.threads[0]!.title = 'mutated';
    first.threads[0]!.tags.push({ name: 'injected' });
    (await adapter.searchTags(''))[0]!.count = 1000;
    const onboarding = await adapter.getOnboarding();
    onboarding.steps.push({ id: 'x', title: 'x' });
    const progress = { completed: ['a'], dismissed: false };
    await adapter.saveOnboardingProgress?.(progress);
    progress.completed.push('b');
    (await adapter.getOnboardingProgress?.())?.completed.push('c');

    expect((await adapter.listThreads({})).threads[0]).toEqual(own);
    expect(await adapter.searchTags('')).toEqual([{ name: 'hello', count: 1 }]);
    expect((await adapter.getOnboarding()).steps).toHaveLength(0);
    expect(await adapter.getOnboardingProgress?.()).toEqual({ completed: ['a'], dismissed: false });
  });

  it('rejects data without a threads array', () => {
    expect(() => createMemoryAdapter({ data: {} as never })).toThrow(TypeError);
  });

  it('rejects a malformed cursor with a RangeError', async () => {
    const adapter = createMemoryAdapter({ data: { threads: [own] } });
    expect(await rejection(adapter.listThreads({ cursor: 'garbage' }))).toBeInstanceOf(RangeError);
  });

  it('handles 20,000 tags with a fast, correct search', async () => {
    const tags = Array.from({ length: 20_000 }, (_, i) => ({
      name: `label-${i.toString(36)}`,
      count: (i * 7919) % 5000,
    }));
    const adapter = createMemoryAdapter({ data: { threads: [own], tags } });
    const expected = tags
      .filter((t) => t.name.startsWith('label-a'))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
      .slice(0, 10);
    expect(await adapter.searchTags('LABEL-A')).toEqual(expected);

    const timings: number[] = [];
    for (let i = 0; i < 51; i += 1) {
      const start = performance.now();
      await adapter.searchTags(`${(i * 37).toString(36)}`);
      timings.push(performance.now() - start);
    }
    timings.sort((a, b) => a - b);
    expect(timings[25]).toBeLessThan(5);
  });
});

describe('createMemoryAdapter latency and aborting', () => {
  const data = { threads: [] };

  it('waits for the configured latency', async () => {
    const adapter = createMemoryAdapter({ data, latencyMs: 40 });
    const start = performance.now();
    await adapter.listThreads({});
    expect(performance.now() - start).toBeGreaterThanOrEqual(35);
  });

  it('rejects with an AbortError when aborted during the wait', async () => {
    const adapter = createMemoryAdapter({ data, latencyMs: 5_000 });
    const controller = new AbortController();
    const pending = adapter.listThreads({}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('a custom reason')), 10);
    const start = performance.now();
    const error = await rejection(pending);
    expect(isAbortError(error)).toBe(true);
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('rejects with an AbortError when already aborted, whatever the method', async () => {
    const adapter = createMemoryAdapter({ data });
    const signal = AbortSignal.abort();
    const calls = [
      adapter.listThreads({}, { signal }),
      adapter.listPinned({}, { signal }),
      adapter.searchTags('a', { signal }),
      adapter.getOnboarding({ signal }),
      adapter.getViewer?.({ signal }),
      adapter.saveOnboardingProgress?.({ completed: [], dismissed: true }, { signal }),
      adapter.getOnboardingProgress?.({ signal }),
    ];
    for (const call of calls) expect(isAbortError(await rejection(call!))).toBe(true);
  });

  it('does not save progress when the save is aborted', async () => {
    const adapter = createMemoryAdapter({ data, latencyMs: 1_000 });
    const controller = new AbortController();
    const saving = adapter.saveOnboardingProgress?.(
      { completed: ['read-guidelines'], dismissed: false },
      { signal: controller.signal },
    );
    controller.abort();
    expect(isAbortError(await rejection(saving!))).toBe(true);
    const fast = createMemoryAdapter({ data });
    expect(await fast.getOnboardingProgress?.()).toBeNull();
  });
});

describe('the demo community across reloads', () => {
  it('keeps pinned posts’ edit times the same all day, so a dismissal survives a reload', () => {
    const morning = createDemoCommunity(new Date('2026-11-22T08:00:00Z'));
    const evening = createDemoCommunity(new Date('2026-11-22T20:30:00Z'));
    const editTimes = (data: ReturnType<typeof createDemoCommunity>) =>
      data.threads.filter((thread) => thread.pinned).map((thread) => thread.updatedAt);
    expect(editTimes(morning).every(Boolean)).toBe(true);
    expect(editTimes(evening)).toEqual(editTimes(morning));
  });
});
