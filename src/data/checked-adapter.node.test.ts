import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadResponseError } from '../core/errors.js';
import type { CommunityAdapter, Thread } from '../core/types.js';
import { withCheckedAnswers } from './checked-adapter.js';

const thread = (id: string): Thread => ({
  id,
  title: `Thread ${id}`,
  url: `/t/${id}`,
  createdAt: '2026-01-02T03:04:05Z',
  replyCount: 1,
  tags: [],
});

/** A host's own adapter, typed loosely as the page's JavaScript would be. */
function hostAdapter(overrides: Record<string, unknown>): CommunityAdapter {
  return {
    listThreads: async () => ({ threads: [] }),
    listPinned: async () => [],
    searchTags: async () => [],
    getOnboarding: async () => ({ title: 'Hi', message: {}, steps: [] }),
    ...overrides,
  } as CommunityAdapter;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the promise to reject');
    },
    (error: unknown) => error,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('withCheckedAnswers: the boundary every adapter answer crosses', () => {
  it('turns a null onboarding into a "could not read" error', async () => {
    const adapter = withCheckedAnswers(hostAdapter({ getOnboarding: async () => null }));
    const error = await failure(adapter.getOnboarding());
    expect(error).toBeInstanceOf(BadResponseError);
    expect((error as Error).message).toMatch(/expected object, got null/);
  });

  it('skips holes in a list and says so once in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const adapter = withCheckedAnswers(
      hostAdapter({
        listThreads: async () => ({ threads: [null, thread('1'), undefined, thread('2')] }),
      }),
    );
    const first = await adapter.listThreads({});
    await adapter.listThreads({});
    expect(first.threads.map((kept) => kept.id)).toEqual(['1', '2']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/threads had empty entries/);
  });

  it('makes getters that throw, and methods that throw instead of rejecting, errors a widget can show', async () => {
    const throwingGetter = withCheckedAnswers(
      hostAdapter({
        listThreads: async () => ({
          get threads(): never {
            throw new TypeError('boom');
          },
        }),
      }),
    );
    expect(await failure(throwingGetter.listThreads({}))).toBeInstanceOf(BadResponseError);

    const throwsSync = withCheckedAnswers(
      hostAdapter({
        listPinned: () => {
          throw new TypeError('not a promise');
        },
      }),
    );
    expect(await failure(throwsSync.listPinned({}))).toBeInstanceOf(TypeError);
  });

  it('rejects threads that are not an array, and gives a thread without tags an empty list', async () => {
    const notArray = withCheckedAnswers(
      hostAdapter({ listThreads: async () => ({ threads: {} }) }),
    );
    expect(await failure(notArray.listThreads({}))).toBeInstanceOf(BadResponseError);

    const untagged: Partial<Thread> = thread('3');
    delete untagged.tags;
    const noTags = withCheckedAnswers(
      hostAdapter({ listThreads: async () => ({ threads: [untagged] }) }),
    );
    expect((await noTags.listThreads({})).threads[0]!.tags).toEqual([]);
  });

  it('leaves a missing optional field absent, without reporting it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const adapter = withCheckedAnswers(
      hostAdapter({
        listThreads: async () => ({
          threads: [{ ...thread('4'), author: { id: 7, name: 'Ada' } }],
        }),
      }),
    );
    const [checked] = (await adapter.listThreads({})).threads;
    expect(checked!.author).toEqual({ id: '7', name: 'Ada' });
    expect('role' in checked!.author!).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads no more than was asked for, and a list of threads no more than 10,000', async () => {
    const manyTags = Array.from({ length: 100_000 }, (_, index) => ({ name: `tag-${index}` }));
    const manyThreads = Array.from({ length: 20_000 }, (_, index) => thread(String(index)));
    const adapter = withCheckedAnswers(
      hostAdapter({
        searchTags: async () => manyTags,
        listThreads: async () => ({ threads: manyThreads }),
        listPinned: async () => manyThreads,
      }),
    );
    expect(await adapter.searchTags('tag', { limit: 10 })).toHaveLength(10);
    expect(await adapter.searchTags('tag')).toHaveLength(100);
    expect(await adapter.listPinned({ limit: 3 })).toHaveLength(3);
    // A list shows what a page holds (page-size bounds what it asks); past
    // 200 rows it renders only those near the viewport.
    expect((await adapter.listThreads({ pageSize: 20 })).threads).toHaveLength(10_000);
  });

  it('cuts text and tag lists to what a widget could ever show', async () => {
    const huge = 'x'.repeat(5_000_000);
    const adapter = withCheckedAnswers(
      hostAdapter({
        listThreads: async () => ({
          threads: [
            {
              ...thread('5'),
              title: huge,
              excerpt: huge,
              tags: Array.from({ length: 100_000 }, (_, index) => ({ name: `t${index}` })),
            },
          ],
        }),
      }),
    );
    const [checked] = (await adapter.listThreads({})).threads;
    expect(checked!.title.length).toBeLessThanOrEqual(300);
    expect(checked!.excerpt!.length).toBeLessThanOrEqual(1_000);
    expect(checked!.tags.length).toBeLessThanOrEqual(30);
  });

  it('never cuts between the halves of a surrogate pair', async () => {
    const adapter = withCheckedAnswers(
      hostAdapter({
        listThreads: async () => ({ threads: [{ ...thread('6'), title: `a${'😀'.repeat(200)}` }] }),
      }),
    );
    const [checked] = (await adapter.listThreads({})).threads;
    // 300 units would end on the first half of the 150th emoji.
    expect(checked!.title).toBe(`a${'😀'.repeat(149)}`);
  });

  it('keeps optional methods optional and lets null mean "nobody" and "nothing saved"', async () => {
    const bare = withCheckedAnswers(hostAdapter({}));
    expect(bare.getViewer).toBeUndefined();
    expect(bare.saveOnboardingProgress).toBeUndefined();
    const withViewer = withCheckedAnswers(
      hostAdapter({ getViewer: async () => null, getOnboardingProgress: async () => undefined }),
    );
    expect(await withViewer.getViewer!()).toBeNull();
    expect(await withViewer.getOnboardingProgress!()).toBeNull();
  });
});
