import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startDiscourseServer,
  type DiscourseServer,
} from '../../../test/helpers/discourse-server.js';
import { BadResponseError } from '../../core/errors.js';
import type { Thread, ThreadQuery } from '../../core/types.js';
import { createDiscourseAdapter } from './index.js';

let server: DiscourseServer;
beforeAll(async () => {
  // A small search page, so search paging is exercised with the forum's 15 topics.
  server = await startDiscourseServer({ searchPageSize: 3 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function adapter(options: { topPeriod?: 'monthly' } = {}) {
  return createDiscourseAdapter({ baseUrl: server.url, retries: 0, ...options });
}

function byId(threads: Thread[], id: string): Thread {
  const thread = threads.find((candidate) => candidate.id === id);
  if (!thread) throw new Error(`thread ${id} not in ${threads.map((t) => t.id).join(', ')}`);
  return thread;
}

/** Follows nextCursor to the end and returns every page. */
async function allPages(query: ThreadQuery, discourse = adapter()): Promise<Thread[][]> {
  const pages: Thread[][] = [];
  let cursor: string | undefined;
  do {
    const page = await discourse.listThreads({ ...query, ...(cursor && { cursor }) });
    pages.push(page.threads);
    cursor = page.nextCursor;
  } while (cursor !== undefined && pages.length < 20);
  return pages;
}

/** Requests other than the shared category list, decoded for reading. */
function apiRequests(): string[] {
  return server.requests
    .filter((request) => !request.startsWith('/categories.json'))
    .map((request) => decodeURIComponent(request));
}

describe('latest threads', () => {
  it('maps the first page of /latest.json into threads', async () => {
    const page = await adapter().listThreads({ sort: 'latest', pageSize: 6 });

    expect(apiRequests()).toEqual(['/latest.json?per_page=6']);
    expect(page.threads.map((thread) => thread.id)).toEqual([
      '1042',
      '1240',
      '1231',
      '1228',
      '1187',
      '1215',
    ]);
    expect(page.nextCursor).toEqual(expect.any(String));

    expect(byId(page.threads, '1042')).toEqual({
      id: '1042',
      title: 'Welcome to the Lumen Community: read this first',
      url: `${server.url}/t/welcome-to-the-lumen-community-read-this-first/1042`,
      excerpt: expect.stringMatching(
        /^Welcome! .*Help & Support for problems, Ideas for …$/,
      ) as string,
      author: {
        id: 'jane_m',
        name: 'Jane Mitchell',
        avatarUrl: `${server.url}/user_avatar/community.example.com/jane_m/96/88_2.png`,
        url: `${server.url}/u/jane_m`,
      },
      createdAt: '2025-11-03T09:12:44.517Z',
      lastActivityAt: '2025-11-03T09:12:44.601Z',
      replyCount: 0,
      viewCount: 4817,
      likeCount: 52,
      tags: [],
      category: {
        id: '4',
        name: 'Announcements',
        color: '#BF1E2E',
        url: `${server.url}/c/announcements/4`,
      },
      pinned: true,
      announcement: true,
      solved: false,
      closed: false,
    });
  });

  it('counts replies as posts minus the first, like the forum does', async () => {
    const { threads } = await adapter().listThreads({ pageSize: 6 });
    expect(byId(threads, '1187').replyCount).toBe(8);
    expect(byId(threads, '1231').replyCount).toBe(2);
  });

  it('decodes titles as text and keeps excerpts only where Discourse sends them', async () => {
    const { threads } = await adapter().listThreads({ pageSize: 6 });
    const avatars = byId(threads, '1231');
    expect(avatars.title).toBe("Why doesn't the widget show avatars for some users?");
    expect(avatars.excerpt).toBeUndefined();
    expect(byId(threads, '1187').excerpt).toMatch(/^V tem vodiču .* plošči …$/);
  });

  it('takes the original poster from the first poster, with username when the name is empty', async () => {
    const { threads } = await adapter().listThreads({ pageSize: 6 });
    expect(byId(threads, '1231').author).toEqual({
      id: 'hcole',
      name: 'hcole',
      avatarUrl: `${server.url}/letter_avatar_proxy/v4/letter/h/9de0a6/96.png`,
      url: `${server.url}/u/hcole`,
    });
    expect(byId(threads, '1215').author?.id).toBe('kasia.wisniewska');
  });

  it('keeps absolute CDN avatar templates as they are, with the size filled in', async () => {
    const { threads } = await adapter().listThreads({ pageSize: 6 });
    expect(byId(threads, '1228').author?.avatarUrl).toBe(
      'https://cdn.community.example.com/letter_avatar_proxy/v4/letter/l/5f8ce8/96.png',
    );
  });

  it('builds /t/{slug}/{id} URLs, including the placeholder slug of untransliterable titles', async () => {
    const { threads } = await adapter().listThreads({ pageSize: 6 });
    expect(byId(threads, '1228').url).toBe(`${server.url}/t/topic/1228`);
    for (const thread of threads) {
      expect(thread.url).toMatch(new RegExp(`^${server.url}/t/[a-z0-9-]+/${thread.id}$`));
    }
  });

  it('maps tag objects, categories with their colour, closed and solved topics', async () => {
    const { threads } = await adapter().listThreads({ pageSize: 6 });
    expect(byId(threads, '1228').tags).toEqual([{ name: 'embedding' }, { name: '小部件' }]);
    expect(byId(threads, '1228').category).toEqual({
      id: '14',
      name: '中文',
      color: '#F1592A',
      url: `${server.url}/c/14-category/14`,
    });
    expect(byId(threads, '1187').category?.url).toBe(`${server.url}/c/help-support/vodici/11`);
    expect(byId(threads, '1215').closed).toBe(true);
    expect(byId(threads, '1240').solved).toBe(true);
    expect(byId(threads, '1231').solved).toBe(false);
    expect(byId(threads, '1187')).toMatchObject({ pinned: true });
    expect(byId(threads, '1187').announcement).toBeUndefined();
  });

  it('pages to the end through opaque cursors', async () => {
    const pages = await allPages({ sort: 'latest', pageSize: 6 });

    expect(pages.map((page) => page.length)).toEqual([6, 6, 3]);
    const ids = pages.flat().map((thread) => thread.id);
    expect(new Set(ids).size).toBe(15);
    expect(apiRequests()).toEqual([
      '/latest.json?per_page=6',
      '/latest.json?page=1&per_page=6',
      '/latest.json?page=2&per_page=6',
    ]);
  });

  it('loads the category list once and shares it', async () => {
    const discourse = adapter();
    await Promise.all([discourse.listThreads({}), discourse.listThreads({ sort: 'top' })]);
    await discourse.listThreads({ category: 'ideas' });
    expect(server.requests.filter((request) => request.startsWith('/categories.json'))).toEqual([
      '/categories.json?include_subcategories=true',
    ]);
  });
});

describe('sorts', () => {
  it('lists newest topics first for "new", since /new.json is per user', async () => {
    const { threads } = await adapter().listThreads({ sort: 'new' });
    expect(apiRequests()).toEqual(['/latest.json?order=created']);
    const created = threads.map((thread) => thread.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('lists top topics over a year by default, or the configured period', async () => {
    const { threads } = await adapter().listThreads({ sort: 'top' });
    expect(apiRequests()).toEqual(['/top.json?period=yearly']);
    const likes = threads.map((thread) => thread.likeCount ?? 0);
    expect(likes).toEqual([...likes].sort((a, b) => b - a));

    server.requests.length = 0;
    await adapter({ topPeriod: 'monthly' }).listThreads({ sort: 'top' });
    expect(apiRequests()).toEqual(['/top.json?period=monthly']);
  });

  it('lists unanswered topics, newest first, as topics with one post', async () => {
    const { threads } = await adapter().listThreads({ sort: 'unanswered' });
    expect(apiRequests()).toEqual(['/latest.json?order=created&max_posts=1']);
    expect(threads.map((thread) => thread.id)).toEqual(['1108', '1104', '1101', '1042']);
    expect(threads.every((thread) => thread.replyCount === 0)).toBe(true);
  });
});

describe('categories', () => {
  it.each([
    ['its name', 'Help & Support'],
    ['its slug', 'help-support'],
    ['its id', '5'],
  ])('finds a category by %s', async (_how, reference) => {
    const { threads } = await adapter().listThreads({ category: reference });
    expect(apiRequests()).toEqual(['/c/help-support/5/l/latest.json']);
    // Subcategory topics are part of their parent's list.
    expect(threads.map((thread) => thread.category?.name)).toEqual(
      expect.arrayContaining(['Help & Support', 'Vodiči']),
    );
    expect(threads.every((thread) => ['5', '11'].includes(thread.category?.id ?? ''))).toBe(true);
  });

  it('floats only the category’s own pinned topics, as Discourse does', async () => {
    const { threads } = await adapter().listThreads({ category: 'vodici' });
    expect(threads.map((thread) => thread.id)).toEqual(['1187', '1103']);
    const parent = await adapter().listThreads({ category: 'help-support' });
    expect(parent.threads[0]?.id).toBe('1231');
  });

  it('reaches subcategories by slug path and categories without a slug', async () => {
    await adapter().listThreads({ category: 'help-support/vodici', sort: 'top' });
    const { threads } = await adapter().listThreads({ category: '中文' });
    expect(apiRequests()).toEqual([
      '/c/help-support/vodici/11/l/top.json?period=yearly',
      '/c/14-category/14/l/latest.json',
    ]);
    expect(threads.map((thread) => thread.id)).toEqual(['1228', '1104']);
  });

  it('refuses a category the forum does not have, saying which', async () => {
    const failure = adapter().listThreads({ category: 'No such place' });
    await expect(failure).rejects.toBeInstanceOf(BadResponseError);
    await expect(failure).rejects.toThrow(/no category "No such place"/);
  });
});

describe('tags', () => {
  it('lists topics with a tag', async () => {
    const { threads } = await adapter().listThreads({ tags: ['embedding'] });
    expect(apiRequests()).toEqual(['/latest.json?tags[]=embedding']);
    expect(threads.map((thread) => thread.id)).toEqual([
      '1231',
      '1228',
      '1187',
      '1108',
      '1106',
      '1101',
    ]);
  });

  it('passes non-ASCII tag names as they are', async () => {
    const { threads } = await adapter().listThreads({ tags: ['小部件'] });
    expect(apiRequests()).toEqual(['/latest.json?tags[]=小部件']);
    expect(threads.map((thread) => thread.id)).toEqual(['1228', '1104']);
  });

  it('lists topics with all of several tags', async () => {
    const { threads } = await adapter().listThreads({ tags: ['api', 'embedding'], sort: 'new' });
    expect(apiRequests()).toEqual([
      '/latest.json?tags[]=api&tags[]=embedding&match_all_tags=true&order=created',
    ]);
    expect(threads.map((thread) => thread.id)).toEqual(['1106', '1101']);
  });

  it('combines tags with a category and a sort', async () => {
    const { threads } = await adapter().listThreads({
      tags: ['api'],
      category: 'help-support',
      sort: 'top',
    });
    expect(apiRequests()).toEqual(['/c/help-support/5/l/top.json?tags[]=api&period=yearly']);
    expect(threads.map((thread) => thread.id)).toEqual(['1103', '1102', '1107', '1101']);
  });
});

function searchQueries(): string[] {
  return server.requests
    .filter((request) => request.startsWith('/search.json'))
    .map((request) => new URL(request, server.url).searchParams.get('q') ?? '');
}

describe('search and status', () => {
  it('searches text and makes one thread per topic, excerpted from the best post', async () => {
    const threads = (await allPages({ text: ' cors ' })).flat();
    expect(searchQueries()).toEqual(['cors', 'cors']);
    expect(threads.map((thread) => thread.id)).toEqual(['1240', '1231', '1105']);
    const cors = byId(threads, '1240');
    expect(cors).toMatchObject({
      title: 'Błąd CORS przy pobieraniu /latest.json z innej domeny',
      url: `${server.url}/t/blad-cors-przy-pobieraniu-latest-json-z-innej-domeny/1240`,
      excerpt: expect.stringMatching(/^Widżet na naszym portalu/) as string,
      author: { id: 'kasia.wisniewska', name: 'Katarzyna Wiśniewska' },
      replyCount: 4,
      solved: true,
      tags: [{ name: 'api' }, { name: 'cors' }],
      category: { id: '13', name: 'Polski' },
    });
    // Search topics carry no view or like counts.
    expect(cors.viewCount).toBeUndefined();
  });

  it('combines text, tags, category, status and order into one query', async () => {
    await adapter().listThreads({
      text: 'widget',
      tags: ['api', 'embedding'],
      category: 'Dansk',
      status: 'solved',
      sort: 'top',
    });
    expect(searchQueries()).toEqual(['widget tags:api+embedding #dansk status:solved order:likes']);
  });

  it('shows only solved topics for status "solved"', async () => {
    const { threads } = await adapter().listThreads({ status: 'solved' });
    expect(apiRequests()).toEqual(['/latest.json?solved=yes']);
    expect(threads.map((thread) => thread.id)).toEqual(['1240', '1203', '1107', '1106', '1102']);
    expect(threads.every((thread) => thread.solved === true)).toBe(true);
  });

  it('shows only unsolved topics for status "unsolved"', async () => {
    const { threads } = await adapter().listThreads({ status: 'unsolved', tags: ['cors'] });
    expect(apiRequests()).toEqual(['/latest.json?tags[]=cors&solved=no']);
    expect(threads.map((thread) => thread.id)).toEqual(['1231', '1105']);
    expect(threads.every((thread) => thread.solved === false)).toBe(true);
  });

  it('filters text search by status too', async () => {
    const threads = (await allPages({ text: 'cors', status: 'solved' })).flat();
    expect(searchQueries()[0]).toBe('cors status:solved');
    expect(threads.map((thread) => thread.id)).toEqual(['1240']);
  });

  it('pages search results to the end in the requested page size', async () => {
    const everything = (await allPages({ text: 'widget' })).flat();
    server.requests.length = 0;
    const pages = await allPages({ text: 'widget', pageSize: 2 });

    expect(everything.length).toBeGreaterThan(3);
    expect(pages.every((page) => page.length <= 2)).toBe(true);
    expect(pages.flat().map((thread) => thread.id)).toEqual(everything.map((thread) => thread.id));
    expect(
      server.requests
        .filter((request) => request.startsWith('/search.json'))
        .map((request) => new URL(request, server.url).searchParams.get('page')),
    ).toContain('2');
  });

  it('reports a search the forum rejects, with its reason', async () => {
    await expect(adapter().listThreads({ text: 'ab' })).rejects.toThrow(
      /rejected the search "ab": Your search term is too short/,
    );
  });

  it('refuses a cursor that belongs to another kind of query', async () => {
    const { nextCursor } = await adapter().listThreads({ pageSize: 2 });
    await expect(
      adapter().listThreads({ text: 'cors', ...(nextCursor && { cursor: nextCursor }) }),
    ).rejects.toThrow(RangeError);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(adapter().listThreads({}, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
