import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useFixtureServer } from './fixture-server.js';
import { createMemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { startRestServer, type RestServer } from './rest-server.js';

let server: RestServer;

useFixtureServer((started) => (server = started));

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(server.url + path, { headers });
}

describe('the contract', () => {
  it('serves every read endpoint as JSON', async () => {
    for (const path of ['/threads', '/pinned', '/tags?q=a', '/onboarding', '/viewer']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toBeTypeOf('object');
    }
  });

  it('accepts tags as repeated `tag` parameters, all of which must match', async () => {
    const body = (await (await get('/threads?tag=api&tag=billing')).json()) as {
      threads: { id: string }[];
    };
    expect(body.threads.map((thread) => thread.id)).toEqual(['t1']);
  });

  it('stores progress with PUT and answers 204 before anything is saved', async () => {
    const fresh = await startRestServer({
      adapter: createMemoryAdapter({ data: { threads: [] } }),
    });
    try {
      expect((await fetch(`${fresh.url}/onboarding/progress`)).status).toBe(204);
      const put = await fetch(`${fresh.url}/onboarding/progress`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ completed: ['a'], dismissed: false }),
      });
      expect(put.status).toBe(204);
      expect(await (await fetch(`${fresh.url}/onboarding/progress`)).json()).toEqual({
        completed: ['a'],
        dismissed: false,
      });
    } finally {
      await fresh.close();
    }
  });

  it.each([
    ['/threads?sort=oldest', /sort must be one of/],
    ['/threads?status=open', /status must be one of/],
    ['/threads?page_size=1000', /page_size must be a whole number/],
    ['/threads?cursor=not-a-cursor', /Invalid cursor/],
    ['/pinned?limit=-1', /limit must be a whole number/],
  ])('answers 400 with an error body for %s', async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(message);
  });

  it('refuses a malformed progress body', async () => {
    const response = await fetch(`${server.url}/onboarding/progress`, {
      method: 'PUT',
      body: JSON.stringify({ completed: 'all' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('completed: expected array, got string');
  });

  it('answers 404 for unknown paths and 405 for wrong methods', async () => {
    expect((await get('/nope')).status).toBe(404);
    expect((await fetch(`${server.url}/threads`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('ETag', () => {
  it('sends a strong ETag and answers 304 to a matching If-None-Match', async () => {
    const first = await get('/pinned');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await get('/pinned', { 'if-none-match': `"other", W/${etag ?? ''}` });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('changes the ETag when the answer changes', async () => {
    const api = (await get('/threads?tag=api')).headers.get('etag');
    const billing = (await get('/threads?tag=billing')).headers.get('etag');
    expect(api).not.toBe(billing);
  });
});

describe('CORS', () => {
  it('lets any origin read, never with credentials, and exposes ETag and Retry-After', async () => {
    const response = await get('/threads', { origin: 'https://portal.example.com' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBe(null);
    expect(response.headers.get('access-control-expose-headers')).toBe('ETag, Retry-After');
  });

  it('allows credentials only from the origins it was given', async () => {
    const trusting = await startRestServer({
      credentialedOrigins: ['https://portal.example.com'],
      faultInjection: false,
    });
    try {
      const listed = await fetch(`${trusting.url}/viewer`, {
        headers: { origin: 'https://portal.example.com' },
      });
      expect(listed.headers.get('access-control-allow-origin')).toBe('https://portal.example.com');
      expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
      const other = await fetch(`${trusting.url}/viewer`, {
        headers: { origin: 'https://evil.example' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBe('*');
      expect(other.headers.get('access-control-allow-credentials')).toBe(null);
      expect((await fetch(`${trusting.url}/__faults`, { method: 'DELETE' })).status).toBe(404);
    } finally {
      await trusting.close();
    }
  });

  it('answers preflights with the requested headers', async () => {
    const response = await fetch(`${server.url}/threads`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal.example.com',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, if-none-match',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization, if-none-match',
    );
    expect(response.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(server.stats.get().total).toBe(0);
  });
});

describe('faults asked for by the request', () => {
  it.each(['404', '500', '503'])('?fault=%s answers that status with an error body', async (s) => {
    const response = await get(`/threads?fault=${s}`);
    expect(response.status).toBe(Number(s));
    expect(await response.json()).toMatchObject({ error: { code: 'injected_fault' } });
  });

  it('adds Retry-After when asked, by query or header', async () => {
    const byQuery = await get('/threads?fault=503&retry_after=1');
    expect(byQuery.headers.get('retry-after')).toBe('1');
    const byHeader = await get('/threads', { 'x-fault': '429', 'x-fault-retry-after': '7' });
    expect(byHeader.status).toBe(429);
    expect(byHeader.headers.get('retry-after')).toBe('7');
  });

  it('delays by ?fault=latency&ms=…', async () => {
    const started = performance.now();
    expect((await get('/threads?fault=latency&ms=120')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('breaks the body with html, truncated and wrong-shape', async () => {
    const html = await get('/threads?fault=html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    const truncated = await (await get('/threads?fault=truncated')).text();
    expect(() => JSON.parse(truncated) as unknown).toThrow(SyntaxError);
    const wrong = (await (await get('/threads?fault=wrong-shape')).json()) as {
      threads: { title: unknown }[];
    };
    expect(wrong.threads[0]?.title).toBe(42);
  });

  it('hangs on ?fault=hang until the client gives up', async () => {
    const started = performance.now();
    const error = await fetch(`${server.url}/threads?fault=hang`, {
      signal: AbortSignal.timeout(100),
    }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });
});

describe('faults set over HTTP, then healed', () => {
  it('fails until DELETE /__faults heals it', async () => {
    const set = await fetch(`${server.url}/__faults`, {
      method: 'POST',
      body: JSON.stringify({ status: 500, path: '/threads' }),
    });
    expect(set.status).toBe(204);
    expect((await get('/threads')).status).toBe(500);
    expect((await get('/pinned')).status).toBe(200);
    expect(await (await fetch(`${server.url}/__faults`)).json()).toEqual({
      fault: { status: 500, path: '/threads' },
    });
    await fetch(`${server.url}/__faults`, { method: 'DELETE' });
    expect((await get('/threads')).status).toBe(200);
  });

  it('heals by itself after `times` requests', async () => {
    await fetch(`${server.url}/__faults`, {
      method: 'POST',
      body: JSON.stringify({ status: 503, retryAfter: 1, times: 2 }),
    });
    const statuses = [];
    for (let index = 0; index < 3; index++) statuses.push((await get('/onboarding')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('can break bodies and add latency', async () => {
    server.faults.set({ body: 'html', latencyMs: 50, times: 1 });
    const response = await get('/tags');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('refuses a fault that is not an object', async () => {
    const response = await fetch(`${server.url}/__faults`, { method: 'POST', body: '[]' });
    expect(response.status).toBe(400);
  });
});

describe('request stats', () => {
  it('counts API requests per path and status, and resets with DELETE', async () => {
    await get('/threads');
    await get('/threads?fault=500');
    await get('/tags');
    const stats = await (await fetch(`${server.url}/__stats`)).json();
    expect(stats).toEqual({
      total: 3,
      paths: { '/threads': 2, '/tags': 1 },
      statuses: { '200': 2, '500': 1 },
    });
    await fetch(`${server.url}/__stats`, { method: 'DELETE' });
    expect(await (await fetch(`${server.url}/__stats`)).json()).toEqual({
      total: 0,
      paths: {},
      statuses: {},
    });
  });
});

describe('lifecycle', () => {
  it('closes promptly even with a hanging request open', async () => {
    const extra = await startRestServer({
      adapter: createMemoryAdapter({ data: { threads: [] } }),
    });
    const hanging = fetch(`${extra.url}/threads?fault=hang`).catch((caught: unknown) => caught);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const started = performance.now();
    await extra.close();
    expect(performance.now() - started).toBeLessThan(500);
    expect(await hanging).toBeInstanceOf(Error);
  });

  it('runs standalone and prints its URL', async () => {
    const script = fileURLToPath(new URL('./rest-server.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      while (!/http:\/\/\S+/.test(output)) {
        const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
        output += chunk.toString();
      }
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      const response = await fetch(`${url ?? ''}/threads?page_size=1`);
      expect(response.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 20_000);
});
