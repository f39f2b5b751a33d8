import { describe, expect, it } from 'vitest';
import { useFixtureServer } from '../../server/fixture-server.js';
import type { RestServer } from '../../server/rest-server.js';
import { createRestAdapter } from '../adapters/rest/rest-adapter.js';
import { isAbortError } from '../core/errors.js';
import type { CommunityAdapter } from '../core/types.js';
import { RequestCache } from './request-cache.js';
import { withRequestCache } from './with-request-cache.js';

let server: RestServer;

useFixtureServer((started) => (server = started));

function cachedRest(options: { freshMs?: number; now?: () => number } = {}): CommunityAdapter {
  return withRequestCache(
    createRestAdapter({ baseUrl: server.url, retryBaseMs: 5, fetch: globalThis.fetch }),
    options,
  );
}

function requestsTo(path: string): number {
  return server.stats.get().paths[path] ?? 0;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('withRequestCache over the REST adapter', () => {
  it('makes four widgets with the same query cost one request', async () => {
    const adapter = cachedRest();
    const pages = await Promise.all([
      adapter.listThreads({ tags: ['api', 'billing'], sort: 'latest' }),
      adapter.listThreads({ sort: 'latest', tags: ['billing', 'api'] }),
      adapter.listThreads({ tags: ['billing', 'api'], sort: 'latest', text: undefined }),
      adapter.listThreads({ tags: ['api', 'billing'], sort: 'latest' }),
    ]);
    expect(new Set(pages.map((page) => page.threads[0]?.id))).toEqual(new Set(['t1']));
    expect(requestsTo('/threads')).toBe(1);
  });

  it('answers from memory within the freshness window', async () => {
    const adapter = cachedRest({ freshMs: 60_000 });
    await adapter.listPinned({});
    await adapter.listPinned({});
    await adapter.searchTags('a', { limit: 5 });
    await adapter.searchTags('a', { limit: 5 });
    expect(server.stats.get().paths).toEqual({ '/pinned': 1, '/tags': 1 });
  });

  it('serves a stale answer at once and revalidates with exactly one request', async () => {
    let time = 0;
    const adapter = cachedRest({ freshMs: 1000, now: () => time });
    const first = await adapter.getOnboarding();
    time = 5000;
    const [second, third] = await Promise.all([adapter.getOnboarding(), adapter.getOnboarding()]);
    expect(second).toBe(first);
    expect(third).toBe(first);
    await expect.poll(() => server.stats.get().statuses['304'] ?? 0).toBe(1);
    expect(requestsTo('/onboarding')).toBe(2);
  });

  it('keeps a shared request alive for the widget that stays when another leaves', async () => {
    const adapter = cachedRest();
    server.faults.set({ latencyMs: 100 });
    const leaving = new AbortController();
    const left = rejection(adapter.listThreads({ category: 'c1' }, { signal: leaving.signal }));
    const staying = adapter.listThreads(
      { category: 'c1' },
      { signal: new AbortController().signal },
    );
    setTimeout(() => leaving.abort(), 20);
    expect(isAbortError(await left)).toBe(true);
    expect((await staying).threads.length).toBeGreaterThan(0);
    expect(server.stats.get().statuses).toEqual({ '200': 1 });
  });

  it('cancels the request when every widget has left', async () => {
    const adapter = cachedRest();
    server.faults.set({ latencyMs: 200, times: 1 });
    const controller = new AbortController();
    const pending = rejection(adapter.listThreads({ text: 'key' }, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(isAbortError(await pending)).toBe(true);
    // The next widget asks afresh instead of joining the cancelled request.
    expect((await adapter.listThreads({ text: 'key' })).threads.length).toBeGreaterThan(0);
    expect(requestsTo('/threads')).toBe(2);
  });

  it('does not cache failures, so Retry asks the server again', async () => {
    const adapter = cachedRest();
    server.faults.set({ status: 500, times: 1 });
    await expect(adapter.getOnboarding()).rejects.toMatchObject({ status: 500 });
    await expect(adapter.getOnboarding()).resolves.toMatchObject({ title: 'Welcome!' });
    expect(requestsTo('/onboarding')).toBe(2);
  });

  it('forgets saved progress after a save', async () => {
    const adapter = cachedRest();
    expect(await adapter.getOnboardingProgress?.()).toBeNull();
    await adapter.saveOnboardingProgress?.({ completed: ['profile'], dismissed: false });
    expect(await adapter.getOnboardingProgress?.()).toEqual({
      completed: ['profile'],
      dismissed: false,
    });
  });
});

describe('withRequestCache on any adapter', () => {
  const minimal: CommunityAdapter = {
    listThreads: async () => ({ threads: [] }),
    listPinned: async () => [],
    searchTags: async () => [],
    getOnboarding: async () => ({ title: 't', message: {}, steps: [] }),
  };

  it('keeps optional methods absent so widgets can feature-detect them', () => {
    const wrapped = withRequestCache(minimal);
    expect(wrapped.getViewer).toBeUndefined();
    expect(wrapped.saveOnboardingProgress).toBeUndefined();
    expect(wrapped.getOnboardingProgress).toBeUndefined();
  });

  it('does not wrap twice', () => {
    const wrapped = withRequestCache(minimal);
    expect(withRequestCache(wrapped)).toBe(wrapped);
  });

  it('can share one cache between adapters', async () => {
    const cache = new RequestCache();
    let calls = 0;
    const counting: CommunityAdapter = {
      ...minimal,
      listPinned: async () => {
        calls += 1;
        return [];
      },
    };
    await withRequestCache(counting, { cache }).listPinned({});
    await withRequestCache({ ...counting }, { cache }).listPinned({});
    expect(calls).toBe(1);
  });
});
