import { describe, expect, it, vi } from 'vitest';
import { isAbortError } from '../core/errors.js';
import { RequestCache, cacheKey } from './request-cache.js';

/** A load the test settles by hand, recording the signal it was given. */
function manualLoad<T>() {
  const calls: {
    signal: AbortSignal;
    resolve: (value: T) => void;
    reject: (error: unknown) => void;
  }[] = [];
  const load = vi.fn(
    (signal: AbortSignal) =>
      new Promise<T>((resolve, reject) => {
        calls.push({ signal, resolve, reject });
      }),
  );
  return { load, calls };
}

function clock(start = 1_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('freshness', () => {
  it('serves a fresh value without loading again', async () => {
    const time = clock();
    const cache = new RequestCache({ freshMs: 1000, now: time.now });
    const load = vi.fn(async () => 'first');
    expect(await cache.get('k', load)).toBe('first');
    time.advance(999);
    expect(await cache.get('k', load)).toBe('first');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again when told to reload, even inside the freshness window', async () => {
    const time = clock();
    const cache = new RequestCache({ freshMs: 1000, now: time.now });
    let answer = 'first';
    const load = vi.fn(async () => answer);
    expect(await cache.get('k', load)).toBe('first');
    answer = 'second';
    expect(await cache.get('k', load, { reload: true })).toBe('second');
    expect(await cache.get('k', load)).toBe('second');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('serves a stale value at once and revalidates exactly once in the background', async () => {
    const time = clock();
    const cache = new RequestCache({ freshMs: 1000, now: time.now });
    await cache.get('k', async () => 'old');
    time.advance(1000);
    const { load, calls } = manualLoad<string>();
    expect(await cache.get('k', load)).toBe('old');
    expect(await cache.get('k', load)).toBe('old');
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    calls[0]?.resolve('new');
    await flush();
    expect(await cache.get('k', load)).toBe('new');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('swallows a failed background revalidation and keeps the stale value', async () => {
    const time = clock();
    const cache = new RequestCache({ freshMs: 10, now: time.now });
    await cache.get('k', async () => 'old');
    time.advance(10);
    const failing = vi.fn(async () => {
      throw new Error('backend down');
    });
    expect(await cache.get('k', failing)).toBe('old');
    await flush();
    expect(failing).toHaveBeenCalledTimes(1);
    // Still stale, so the next read tries again.
    expect(await cache.get('k', async () => 'new')).toBe('old');
    await flush();
    expect(await cache.get('k', failing)).toBe('new');
  });
});

describe('dedupe', () => {
  it('shares one load between concurrent callers of the same key', async () => {
    const cache = new RequestCache();
    const { load, calls } = manualLoad<string>();
    const results = Promise.all([1, 2, 3, 4].map(() => cache.get('k', load)));
    await flush();
    calls[0]?.resolve('value');
    expect(await results).toEqual(['value', 'value', 'value', 'value']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not cache failures', async () => {
    const cache = new RequestCache();
    const error = await rejection(
      cache.get('k', async () => {
        throw new Error('nope');
      }),
    );
    expect(error).toMatchObject({ message: 'nope' });
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
  });

  it('turns a synchronous throw in load into a rejection', async () => {
    const cache = new RequestCache();
    const error = await rejection(
      cache.get('k', () => {
        throw new Error('sync');
      }),
    );
    expect(error).toMatchObject({ message: 'sync' });
  });
});

describe('aborting', () => {
  it('rejects an already aborted caller without loading', async () => {
    const cache = new RequestCache();
    const load = vi.fn(async () => 'value');
    const error = await rejection(cache.get('k', load, { signal: AbortSignal.abort() }));
    expect(isAbortError(error)).toBe(true);
    expect(load).not.toHaveBeenCalled();
  });

  it('rejects only the caller that aborted, at once, and keeps the shared load', async () => {
    const cache = new RequestCache();
    const { load, calls } = manualLoad<string>();
    const leaving = new AbortController();
    const left = cache.get('k', load, { signal: leaving.signal });
    const staying = cache.get('k', load, { signal: new AbortController().signal });
    await flush();
    leaving.abort();
    expect(isAbortError(await rejection(left))).toBe(true);
    expect(calls[0]?.signal.aborted).toBe(false);
    calls[0]?.resolve('value');
    expect(await staying).toBe('value');
  });

  it('aborts the shared load when every caller has aborted, and starts afresh next time', async () => {
    const cache = new RequestCache();
    const { load, calls } = manualLoad<string>();
    const first = new AbortController();
    const second = new AbortController();
    const results = [
      rejection(cache.get('k', load, { signal: first.signal })),
      rejection(cache.get('k', load, { signal: second.signal })),
    ];
    await flush();
    first.abort();
    second.abort();
    const errors = await Promise.all(results);
    expect(errors.every(isAbortError)).toBe(true);
    expect(calls[0]?.signal.aborted).toBe(true);
    calls[0]?.reject(calls[0].signal.reason);

    const next = cache.get('k', load);
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
    calls[1]?.resolve('again');
    expect(await next).toBe('again');
  });

  it('never aborts a load shared with a caller that passed no signal', async () => {
    const cache = new RequestCache();
    const { load, calls } = manualLoad<string>();
    const leaving = new AbortController();
    const left = rejection(cache.get('k', load, { signal: leaving.signal }));
    const staying = cache.get('k', load);
    await flush();
    leaving.abort();
    await left;
    expect(calls[0]?.signal.aborted).toBe(false);
    calls[0]?.resolve('value');
    expect(await staying).toBe('value');
  });
});

describe('bounds and invalidation', () => {
  it('forgets the least recently used key beyond maxEntries', async () => {
    const cache = new RequestCache({ maxEntries: 2 });
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('a', async () => 'unused');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a2')).toBe('a1');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });

  it('invalidates by prefix', async () => {
    const cache = new RequestCache();
    await cache.get('listThreads:{}', async () => 1);
    await cache.get('listPinned:{}', async () => 1);
    cache.invalidate('listThreads:');
    expect(await cache.get('listThreads:{}', async () => 2)).toBe(2);
    expect(await cache.get('listPinned:{}', async () => 2)).toBe(1);
    cache.invalidate();
    expect(await cache.get('listPinned:{}', async () => 3)).toBe(3);
  });

  it('does not store an answer that was in flight when the key was invalidated', async () => {
    const cache = new RequestCache();
    const { load, calls } = manualLoad<string>();
    const pending = cache.get('k', load);
    await flush();
    cache.invalidate();
    calls[0]?.resolve('before the change');
    expect(await pending).toBe('before the change');
    expect(await cache.get('k', async () => 'after the change')).toBe('after the change');
  });
});

describe('cacheKey', () => {
  it('ignores key order, tag order, duplicate tags and undefined fields', () => {
    expect(cacheKey('listThreads', { tags: ['b', 'a', 'b'], sort: 'top', text: undefined })).toBe(
      cacheKey('listThreads', { sort: 'top', tags: ['a', 'b'] }),
    );
  });

  it('treats an empty tag list as no tags, and keeps other arrays in order', () => {
    expect(cacheKey('q', { tags: [] })).toBe(cacheKey('q', {}));
    expect(cacheKey('q', { ids: ['b', 'a'] })).not.toBe(cacheKey('q', { ids: ['a', 'b'] }));
  });

  it('separates methods and values', () => {
    expect(cacheKey('listThreads', {})).not.toBe(cacheKey('listPinned', {}));
    expect(cacheKey('searchTags', { text: 'a' })).not.toBe(cacheKey('searchTags', { text: 'b' }));
  });
});
