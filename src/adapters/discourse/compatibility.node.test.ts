/**
 * Old servers, hostile values and broken answers: what a widget sees when the
 * forum is not the current, well-behaved one the main tests use.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startDiscourseServer,
  type DiscourseServer,
} from '../../../test/helpers/discourse-server.js';
import { BadResponseError } from '../../core/errors.js';
import type { Thread } from '../../core/types.js';
import { createDiscourseAdapter } from './index.js';

let server: DiscourseServer;
beforeAll(async () => {
  server = await startDiscourseServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const adapter = (path: string) =>
  createDiscourseAdapter({ baseUrl: `${server.url}${path}`, retries: 0 });

function byId(threads: Thread[], id: string): Thread {
  const thread = threads.find((candidate) => candidate.id === id);
  if (!thread) throw new Error(`thread ${id} missing`);
  return thread;
}

/** Every URL in a thread, wherever it sits. */
function urlsOf(thread: Thread): string[] {
  return [thread.url, thread.author?.url, thread.author?.avatarUrl, thread.category?.url].filter(
    (url): url is string => url !== undefined,
  );
}

describe('a server from before 2026, installed in a subfolder', () => {
  it('reads tags sent as plain strings', async () => {
    const { threads } = await adapter('/legacy').listThreads({ pageSize: 6 });
    expect(byId(threads, '1231').tags).toEqual([{ name: 'embedding' }, { name: 'cors' }]);
    expect(byId(threads, '1228').tags).toEqual([{ name: 'embedding' }, { name: '小部件' }]);
  });

  it('keeps the subfolder in topic, profile, category and avatar URLs', async () => {
    const { threads } = await adapter('/legacy').listThreads({ pageSize: 6 });
    const avatars = byId(threads, '1231');
    expect(avatars.url).toBe(
      `${server.url}/legacy/t/why-doesnt-the-widget-show-avatars-for-some-users/1231`,
    );
    expect(avatars.author?.url).toBe(`${server.url}/legacy/u/hcole`);
    // Discourse already prefixes its root-relative templates with the subfolder.
    expect(avatars.author?.avatarUrl).toBe(
      `${server.url}/legacy/letter_avatar_proxy/v4/letter/h/9de0a6/96.png`,
    );
  });

  it('finds subcategories through /site.json when /categories.json cannot nest them', async () => {
    const { threads } = await adapter('/legacy').listThreads({ category: 'vodici' });
    expect(server.requests).toEqual([
      '/legacy/categories.json?include_subcategories=true',
      '/legacy/site.json',
      '/legacy/c/help-support/vodici/11/l/latest.json',
    ]);
    expect(threads.map((thread) => thread.category?.url)).toContain(
      `${server.url}/legacy/c/help-support/vodici/11`,
    );
  });

  it('pages to the end and filters by tags the same way', async () => {
    const discourse = adapter('/legacy');
    const first = await discourse.listThreads({ tags: ['api', 'embedding'], pageSize: 1 });
    expect(first.threads.map((thread) => thread.id)).toEqual(['1106']);
    const second = await discourse.listThreads({
      tags: ['api', 'embedding'],
      pageSize: 1,
      ...(first.nextCursor && { cursor: first.nextCursor }),
    });
    expect(second.threads.map((thread) => thread.id)).toEqual(['1101']);
    const third = await discourse.listThreads({
      tags: ['api', 'embedding'],
      pageSize: 1,
      ...(second.nextCursor && { cursor: second.nextCursor }),
    });
    expect(third).toEqual({ threads: [] });
  });
});

describe('the real 2016 example responses', () => {
  it('lists topics without tags, names or poster groups', async () => {
    const { threads } = await adapter('/v2016').listThreads({});
    expect(threads.map((thread) => thread.id)).toEqual(['13', '12', '8']);
    expect(threads.every((thread) => thread.tags.length === 0)).toBe(true);
    expect(byId(threads, '8')).toMatchObject({
      title: 'Welcome to Discourse',
      url: `${server.url}/v2016/t/welcome-to-discourse/8`,
      pinned: true,
      announcement: true,
      author: {
        id: 'system',
        name: 'system',
        avatarUrl: `${server.url}/letter_avatar_proxy/v2/letter/s/bcef8e/96.png`,
      },
      category: { id: '1', name: 'Uncategorized', color: '#AB9364' },
    });
    expect(byId(threads, '8').solved).toBeUndefined();
    expect(byId(threads, '12').replyCount).toBe(6);
  });

  it('reads an old search answer without term, log id or groups', async () => {
    const { threads, nextCursor } = await adapter('/v2016').listThreads({ text: 'anything' });
    expect(nextCursor).toBeUndefined();
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      id: '13',
      author: { id: 'discourse1', name: 'discourse1' },
      excerpt: expect.stringMatching(/^ecf65fcd-/) as string,
    });
  });
});

describe('hostile values', () => {
  it('drops script and data URLs from avatars and keeps every URL http(s)', async () => {
    const { threads } = await adapter('/hostile').listThreads({ pageSize: 6 });
    expect(byId(threads, '1231').author?.avatarUrl).toBeUndefined();
    expect(byId(threads, '1228').author?.avatarUrl).toBeUndefined();
    for (const url of threads.flatMap(urlsOf)) {
      expect(new URL(url).origin).toBe(server.url);
    }
  });

  it('keeps a crafted slug inside the topic path', async () => {
    const { threads } = await adapter('/hostile').listThreads({ pageSize: 6 });
    const url = new URL(byId(threads, '1231').url);
    expect(url.pathname).toBe('/hostile/t/..%2F..%2Fadmin/1231');
  });

  it('turns markup in excerpts into plain text', async () => {
    const { threads } = await adapter('/hostile').listThreads({ pageSize: 6 });
    expect(byId(threads, '1231').excerpt).toBe('Avatars are missing for some users …');
  });

  it('drops a category colour that is not a plain colour', async () => {
    const { threads } = await adapter('/hostile').listThreads({ pageSize: 6 });
    expect(byId(threads, '1231').category).toEqual({
      id: '5',
      name: 'Help & Support',
      url: `${server.url}/hostile/c/help-support/5`,
    });
    expect(byId(threads, '1042').category?.color).toBe('#BF1E2E');
  });
});

describe('wrong shapes', () => {
  it('rejects a topic list with a malformed topic, naming the field', async () => {
    const failure = adapter('/broken').listThreads({});
    await expect(failure).rejects.toBeInstanceOf(BadResponseError);
    await expect(failure).rejects.toThrow(
      /topic_list\.topics\[1\]\.id: expected positive integer id, got string/,
    );
  });

  it('rejects an HTML page where JSON belongs', async () => {
    await expect(adapter('/broken').listThreads({ sort: 'top' })).rejects.toBeInstanceOf(
      BadResponseError,
    );
  });

  it('rejects a malformed search answer', async () => {
    await expect(adapter('/broken').listThreads({ text: 'cors' })).rejects.toThrow(
      /posts: expected array, got object/,
    );
  });

  it('lists threads without categories when only the category list is broken', async () => {
    const { threads } = await adapter('/broken').listThreads({ sort: 'new' });
    expect(threads.length).toBeGreaterThan(0);
    expect(threads.every((thread) => thread.category === undefined)).toBe(true);
  });

  it('fails a category query when the category list is broken', async () => {
    await expect(adapter('/broken').listThreads({ category: 'ideas' })).rejects.toThrow(
      /category_list: expected object, got null/,
    );
  });
});

describe('the test forum itself', () => {
  it('answers cross-origin like a forum that lists the page in cors_origins', async () => {
    const origin = 'https://support.example.com';
    const answer = await fetch(`${server.url}/latest.json`, { headers: { origin } });
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin);

    const preflight = await fetch(`${server.url}/latest.json`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-headers': 'api-key' },
    });
    // Discourse does not allow Api-Key cross-origin: admin keys must stay on servers.
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '')
      .split(',')
      .map((header) => header.trim().toLowerCase());
    expect(allowed).toContain('user-api-key');
    expect(allowed).not.toContain('api-key');
  });
});
