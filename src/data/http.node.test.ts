import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFixtureServer } from '../../server/fixture-server.js';
import { startRestServer, type RestServer } from '../../server/rest-server.js';
import { createMemoryAdapter } from '../adapters/memory/memory-adapter.js';
import {
  BadResponseError,
  HttpStatusError,
  NetworkError,
  OfflineError,
  TimeoutError,
  isAbortError,
} from '../core/errors.js';
import { array, object, string, validator } from './guards.js';
import { buildUrl, createHttpClient, parseRetryAfter, type HttpClientOptions } from './http.js';

const threadTitles = validator(object({ threads: array(object({ title: string })) }));
type Titles = ReturnType<typeof threadTitles>;

let server: RestServer;

useFixtureServer((started) => (server = started));
afterEach(() => vi.unstubAllGlobals());

function client(options: Partial<HttpClientOptions> = {}) {
  return createHttpClient({
    baseUrl: server.url,
    retryBaseMs: 5,
    timeoutMs: 2000,
    fetch: globalThis.fetch,
    ...options,
  });
}

function getThreads(
  params: Record<string, string | string[] | undefined> = {},
  options: Partial<HttpClientOptions> = {},
  signal?: AbortSignal,
): Promise<Titles> {
  return client(options).getJson('/threads', params, threadTitles, { signal });
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

describe('successful requests', () => {
  it('sends params as a query string, arrays as repeated keys, and validates the JSON', async () => {
    const page = await getThreads({ tag: ['api', 'billing'], sort: 'latest', q: undefined });
    expect(page.threads.map((thread) => thread.title)).toEqual(['How do I rotate an API key?']);
  });

  it('resolves headers from an async callback before every attempt', async () => {
    const headers = vi.fn(async (): Promise<Record<string, string>> =>
      headers.mock.calls.length === 1 ? { 'x-fault': '503' } : {},
    );
    const page = await getThreads({}, { headers });
    expect(page.threads.length).toBeGreaterThan(0);
    expect(headers).toHaveBeenCalledTimes(2);
    expect(requestsTo('/threads')).toBe(2);
  });

  it('sends PUT bodies as JSON', async () => {
    const http = client();
    await http.sendJson('PUT', '/onboarding/progress', { completed: ['intro'], dismissed: false });
    const saved = await http.getJson('/onboarding/progress', {}, (raw) => raw);
    expect(saved).toEqual({ completed: ['intro'], dismissed: false });
  });

  it('hands null to the validator for a 204', async () => {
    const fresh = await startRestServer({
      adapter: createMemoryAdapter({ data: { threads: [] } }),
    });
    const validate = vi.fn(() => 'nothing saved');
    const result = await client({ baseUrl: fresh.url }).getJson(
      '/onboarding/progress',
      {},
      validate,
    );
    await fresh.close();
    expect(result).toBe('nothing saved');
    expect(validate).toHaveBeenCalledWith(null);
  });
});

describe('ETag', () => {
  it('sends If-None-Match and reuses the remembered body on 304', async () => {
    const http = client();
    const first = await http.getJson('/threads', { tag: 'api' }, threadTitles);
    const second = await http.getJson('/threads', { tag: 'api' }, threadTitles);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(server.stats.get().statuses).toEqual({ '200': 1, '304': 1 });
  });

  it('can be turned off for backends that do not allow If-None-Match', async () => {
    const http = client({ conditionalRequests: false });
    await http.getJson('/threads', {}, threadTitles);
    await http.getJson('/threads', {}, threadTitles);
    expect(server.stats.get().statuses).toEqual({ '200': 2 });
  });
});

describe('HTTP errors', () => {
  it.each([404, 500, 400])('%i becomes HttpStatusError without a retry', async (status) => {
    const error = await rejection(getThreads({ fault: String(status) }));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status, url: expect.stringContaining('/threads?fault=') });
    expect(requestsTo('/threads')).toBe(1);
  });

  it.each([502, 503, 504])('%i is retried, then reported', async (status) => {
    const error = await rejection(getThreads({ fault: String(status) }, { retries: 2 }));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status, retryable: true });
    expect(requestsTo('/threads')).toBe(3);
  });

  it('recovers when a 503 heals before the retries run out', async () => {
    server.faults.set({ status: 503, times: 2 });
    const page = await getThreads({}, { retries: 2 });
    expect(page.threads.length).toBeGreaterThan(0);
    expect(requestsTo('/threads')).toBe(3);
  });

  it('waits as long as a 503 Retry-After asks, then succeeds', async () => {
    server.faults.set({ status: 503, retryAfter: 1, times: 1 });
    const started = performance.now();
    const page = await getThreads({}, { retryBaseMs: 1 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(page.threads.length).toBeGreaterThan(0);
    expect(requestsTo('/threads')).toBe(2);
  });

  it('does not retry a 429 without Retry-After', async () => {
    const error = await rejection(getThreads({ fault: '429' }));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: undefined });
    expect(requestsTo('/threads')).toBe(1);
  });

  it('retries a 429 whose Retry-After is short', async () => {
    server.faults.set({ status: 429, retryAfter: 0, times: 1 });
    const page = await getThreads();
    expect(page.threads.length).toBeGreaterThan(0);
    expect(requestsTo('/threads')).toBe(2);
  });

  it('gives up at once on a long Retry-After and reports how long to wait', async () => {
    const error = await rejection(getThreads({ fault: '429', retry_after: '120' }));
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000 });
    const dated = new Date(Date.now() + 3_600_000).toUTCString();
    const unavailable = await rejection(getThreads({ fault: '503', retry_after: dated }));
    expect(unavailable).toBeInstanceOf(HttpStatusError);
    expect((unavailable as HttpStatusError).retryAfterMs).toBeGreaterThan(3_500_000);
    expect(requestsTo('/threads')).toBe(2);
  });
});

describe('bodies that are not the promised JSON', () => {
  it('names the content type of an HTML page answered with 200', async () => {
    const error = await rejection(getThreads({ fault: 'html' }));
    expect(error).toBeInstanceOf(BadResponseError);
    expect((error as Error).message).toMatch(/Expected JSON from .*\/threads.* got text\/html/);
    expect(requestsTo('/threads')).toBe(1);
  });

  it('reports the parse position of a truncated body', async () => {
    const error = await rejection(getThreads({ fault: 'truncated' }));
    expect(error).toBeInstanceOf(BadResponseError);
    expect((error as Error).message).toMatch(/not valid JSON \(application\/json.*position \d+/);
  });

  it('names the JSON path of a wrong shape', async () => {
    const error = await rejection(getThreads({ fault: 'wrong-shape' }));
    expect(error).toBeInstanceOf(BadResponseError);
    expect((error as Error).message).toMatch(
      /Unexpected response from .*\/threads.*: threads\[0\]\.title: expected string, got number/,
    );
  });
});

describe('network failures', () => {
  it('times out a server that never answers, without retrying', async () => {
    const started = performance.now();
    const error = await rejection(getThreads({ fault: 'hang' }, { timeoutMs: 150 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(requestsTo('/threads')).toBe(1);
  });

  it('times out a body that stalls after the headers arrived', async () => {
    server.faults.set({ latencyMs: 500 });
    const error = await rejection(getThreads({}, { timeoutMs: 100 }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('still times out when a host’s fetch wrapper drops the AbortSignal', async () => {
    const dropsSignal: typeof fetch = (url, init) => fetch(url, { ...init, signal: null });
    const error = await rejection(
      getThreads({ fault: 'hang' }, { timeoutMs: 150, fetch: dropsSignal }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('sends one origin at most four requests at a time, and does not time them out for waiting their turn', async () => {
    server.faults.set({ latencyMs: 200 });
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (url, init) => {
      most = Math.max(most, ++inFlight);
      try {
        const response = await fetch(url, init);
        // Read here, so the request counts until its body has arrived.
        return new Response(await response.text(), response);
      } finally {
        inFlight--;
      }
    };
    const http = client({ timeoutMs: 1000, fetch: counting });
    // Ten requests of 200 ms each: 600 ms in all at four a time, each within its 1 s.
    const pages = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        http.getJson('/threads', { q: `question ${index}` }, threadTitles),
      ),
    );
    expect(pages).toHaveLength(10);
    expect(most).toBe(4);
  });

  it('retries an unreachable server, then reports NetworkError', async () => {
    const closed = await startRestServer({
      adapter: createMemoryAdapter({ data: { threads: [] } }),
    });
    await closed.close();
    const http = client({ baseUrl: closed.url, retries: 1 });
    const error = await rejection(http.getJson('/threads', {}, threadTitles));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain(closed.url);
  });

  it('reports OfflineError without fetching when the browser says it is offline', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const error = await rejection(getThreads());
    expect(error).toBeInstanceOf(OfflineError);
    expect(requestsTo('/threads')).toBe(0);
  });
});

describe('aborting', () => {
  it('rejects with AbortError before any request when already aborted', async () => {
    const error = await rejection(getThreads({}, {}, AbortSignal.abort()));
    expect(isAbortError(error)).toBe(true);
    expect(requestsTo('/threads')).toBe(0);
  });

  it('rejects with AbortError mid-request', async () => {
    const controller = new AbortController();
    const pending = getThreads({ fault: 'latency', ms: '2000' }, {}, controller.signal);
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    const error = await rejection(pending);
    expect(isAbortError(error)).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stops a retry wait when aborted mid-backoff', async () => {
    const controller = new AbortController();
    const pending = getThreads({ fault: '503' }, { retryBaseMs: 10_000 }, controller.signal);
    await vi.waitFor(() => expect(requestsTo('/threads')).toBe(1));
    controller.abort();
    const error = await rejection(pending);
    expect(isAbortError(error)).toBe(true);
    expect(requestsTo('/threads')).toBe(1);
  });

  it('stops on the caller’s abort even when a host’s fetch wrapper drops the signal', async () => {
    const dropsSignal: typeof fetch = (url, init) => fetch(url, { ...init, signal: null });
    const controller = new AbortController();
    const pending = getThreads({ fault: 'hang' }, { fetch: dropsSignal }, controller.signal);
    setTimeout(() => controller.abort(), 30);
    expect(isAbortError(await rejection(pending))).toBe(true);
  });

  it('keeps AbortError (not TimeoutError) when the caller aborts a hanging request', async () => {
    const controller = new AbortController();
    const pending = getThreads({ fault: 'hang' }, { timeoutMs: 5000 }, controller.signal);
    setTimeout(() => controller.abort(), 30);
    expect(isAbortError(await rejection(pending))).toBe(true);
  });
});

describe('writes', () => {
  it('does not retry a POST', async () => {
    server.faults.set({ status: 503 });
    const error = await rejection(client().sendJson('POST', '/onboarding/progress', {}));
    expect(error).toMatchObject({ status: 503 });
    expect(requestsTo('/onboarding/progress')).toBe(1);
  });

  it('retries an idempotent PUT', async () => {
    server.faults.set({ status: 503, times: 1 });
    await client().sendJson('PUT', '/onboarding/progress', { completed: [], dismissed: true });
    expect(requestsTo('/onboarding/progress')).toBe(2);
  });
});

describe('buildUrl', () => {
  it('joins base and path without doubling slashes', () => {
    expect(buildUrl('https://x.test/api/', '/threads', {})).toBe('https://x.test/api/threads');
    expect(buildUrl('/api', 'threads', { q: 'a b', n: 2 })).toBe('/api/threads?q=a+b&n=2');
    expect(buildUrl('https://x.test', '/tags.json?x=1', { q: 'a' })).toBe(
      'https://x.test/tags.json?x=1&q=a',
    );
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
