import { describe, expect, it } from 'vitest';
import { useFixtureServer } from '../../../server/fixture-server.js';
import { startRestServer, type RestServer } from '../../../server/rest-server.js';
import {
  BadResponseError,
  HttpStatusError,
  TimeoutError,
  isAbortError,
} from '../../core/errors.js';
import type { CommunityAdapter } from '../../core/types.js';
import { createMemoryAdapter } from '../memory/memory-adapter.js';
import { createRestAdapter, type RestAdapterOptions } from './rest-adapter.js';

let server: RestServer;

useFixtureServer((started) => (server = started));

function rest(options: Partial<RestAdapterOptions> = {}): CommunityAdapter {
  return createRestAdapter({
    baseUrl: server.url,
    retryBaseMs: 5,
    timeoutMs: 2000,
    fetch: globalThis.fetch,
    ...options,
  });
}

/** The REST adapter with every request carrying an `X-Fault` header. */
function faulty(fault: string, extra: Record<string, string> = {}): CommunityAdapter {
  return rest({ headers: { 'x-fault': fault, ...extra } });
}

describe('reading', () => {
  it('lists threads filtered by all tags, category, text and status', async () => {
    const adapter = rest();
    const byTags = await adapter.listThreads({ tags: ['billing', 'api'] });
    expect(byTags.threads.map((thread) => thread.id)).toEqual(['t1']);
    const solved = await adapter.listThreads({ status: 'solved' });
    expect(solved.threads.map((thread) => thread.id)).toEqual(['t1']);
    const search = await adapter.listThreads({ text: 'rotate', category: 'c1' });
    expect(search.threads.map((thread) => thread.id)).toEqual(['t1']);
  });

  it('pages with an opaque cursor', async () => {
    const adapter = rest();
    const first = await adapter.listThreads({ pageSize: 2, sort: 'new' });
    expect(first.threads).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await adapter.listThreads({
      pageSize: 2,
      sort: 'new',
      cursor: first.nextCursor,
    });
    expect(second.threads[0]?.id).not.toBe(first.threads[0]?.id);
  });

  it('drops unsafe URLs and colours, and threads whose own link is unsafe', async () => {
    const { threads } = await rest().listThreads({ pageSize: 10 });
    expect(threads.map((thread) => thread.id)).not.toContain('t3');
    const rotate = threads.find((thread) => thread.id === 't1');
    expect(rotate?.author).toEqual({ id: 'u1', name: 'Ada', url: '/u/ada', role: 'staff' });
    expect(rotate?.category).toEqual({ id: 'c1', name: 'Help', url: '/c/help' });
    expect(threads.find((thread) => thread.id === 't2')?.category?.color).toBe('#3366ff');
  });

  it('lists pinned posts with their bodies', async () => {
    const pinned = await rest().listPinned({ limit: 3 });
    expect(pinned).toEqual([
      expect.objectContaining({
        id: 't4',
        pinned: true,
        announcement: true,
        body: { markdown: '**Heads up:** maintenance on Sunday.' },
      }),
    ]);
  });

  it('searches tags', async () => {
    const tags = await rest().searchTags('bil', { limit: 5 });
    expect(tags).toEqual([{ name: 'billing', label: 'Billing', count: 2 }]);
  });

  it('reads onboarding, leaving out unsafe links', async () => {
    const onboarding = await rest().getOnboarding();
    expect(onboarding.title).toBe('Welcome!');
    expect(onboarding.guidelines).toBeUndefined();
    expect(onboarding.steps).toEqual([
      { id: 'profile', title: 'Fill in your profile', actionUrl: '/my/profile' },
      { id: 'intro', title: 'Introduce yourself' },
    ]);
  });
});

describe('viewer and progress', () => {
  it('reads the signed-in viewer', async () => {
    expect(await rest().getViewer?.()).toEqual({ id: 'u9', name: 'Grace', role: 'member' });
  });

  it.each(['204', '401', '404'])('treats %s from /viewer as nobody signed in', async (status) => {
    const anonymous = await startRestServer({
      adapter: createMemoryAdapter({ data: { threads: [] } }),
    });
    try {
      const adapter =
        status === '204'
          ? rest({ baseUrl: anonymous.url })
          : rest({ baseUrl: anonymous.url, headers: { 'x-fault': status } });
      expect(await adapter.getViewer?.()).toBeNull();
    } finally {
      await anonymous.close();
    }
  });

  it('saves progress and reads it back', async () => {
    const adapter = rest();
    await adapter.saveOnboardingProgress?.({ completed: ['profile', 'intro'], dismissed: true });
    expect(await adapter.getOnboardingProgress?.()).toEqual({
      completed: ['profile', 'intro'],
      dismissed: true,
    });
  });

  it('sends headers from an async callback, e.g. a fresh SSO token', async () => {
    let asked = 0;
    const adapter = rest({
      headers: async () => {
        asked += 1;
        return { authorization: `Bearer token-${asked}` };
      },
    });
    await adapter.getOnboarding();
    await adapter.getOnboarding();
    expect(asked).toBe(2);
  });
});

describe('failures become typed errors', () => {
  it.each([
    ['404', HttpStatusError, /answered 404/],
    ['500', HttpStatusError, /answered 500/],
    ['429', HttpStatusError, /answered 429/],
    ['html', BadResponseError, /got text\/html/],
    ['truncated', BadResponseError, /not valid JSON.*position \d+/],
    ['wrong-shape', BadResponseError, /threads\[0\]\.title: expected string, got number/],
  ] as const)('%s', async (fault, errorClass, message) => {
    const error = await faulty(fault)
      .listThreads({})
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errorClass);
    expect((error as Error).message).toMatch(message);
  });

  it('a hanging server becomes TimeoutError', async () => {
    const adapter = rest({ headers: { 'x-fault': 'hang' }, timeoutMs: 100 });
    await expect(adapter.listPinned({})).rejects.toBeInstanceOf(TimeoutError);
  });

  it('a wrong shape on tags names the tag path', async () => {
    await expect(faulty('wrong-shape').searchTags('a')).rejects.toThrow(
      /tags\[0\]\.name: expected string, got number/,
    );
  });

  it('a 503 with Retry-After is retried after the wait, then succeeds', async () => {
    server.faults.set({ status: 503, retryAfter: 0, times: 1 });
    expect((await rest().listPinned({})).length).toBe(1);
    expect(server.stats.get().paths['/pinned']).toBe(2);
  });

  it('an abort surfaces as AbortError', async () => {
    const controller = new AbortController();
    const pending = faulty('latency', { 'x-fault-ms': '1000' }).getOnboarding({
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
  });
});

describe('ETag', () => {
  it('revalidates with If-None-Match and gets the same threads from a 304', async () => {
    const adapter = rest();
    const first = await adapter.listThreads({ tags: ['api'] });
    const second = await adapter.listThreads({ tags: ['api'] });
    expect(second).toEqual(first);
    expect(server.stats.get().statuses).toEqual({ '200': 1, '304': 1 });
  });
});
