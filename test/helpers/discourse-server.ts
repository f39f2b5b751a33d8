/**
 * A local stand-in for a Discourse forum, answering like one from the
 * recorded fixtures in `test/fixtures/discourse/`. It is a real HTTP server
 * on 127.0.0.1 with CORS on (as on a forum whose admin listed the page's
 * origin in the `cors_origins` site setting), so Node tests and browser tests
 * exercise the adapter exactly as it runs against a forum.
 *
 * The forum's topics are the hand-made samples (latest and search) plus a
 * few more of the same kind, so that lists really page, tag filters really
 * intersect and search really filters. Several forums live under path
 * prefixes, each like a Discourse installed in a subfolder:
 *
 * | base URL        | behaves like                                                        |
 * | --------------- | ------------------------------------------------------------------- |
 * | `{url}`         | a current server: tag objects `{id, name, slug}`, solved plugin on  |
 * | `{url}/legacy`  | a server from before 2026: tags as strings, old `/tags.json`, no    |
 * |                 | tag autocomplete endpoint, no `include_subcategories`, old solved   |
 * | `{url}/v2016`   | the real 2016 example responses, served unchanged                   |
 * | `{url}/hostile` | the current forum with hostile values (script URLs, CSS injection)  |
 * | `{url}/broken`  | wrong shapes and HTML where JSON belongs                            |
 *
 * Kept free of TypeScript-only runtime syntax and of imports from `src/`, so
 * web-test-runner's Node side can load it too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DiscourseServer {
  /** Origin of the server, e.g. `http://127.0.0.1:41234`; forums live at it and under prefixes. */
  url: string;
  close(): Promise<void>;
  /** Path and query of every GET, in arrival order, e.g. `/legacy/latest.json?page=1`. */
  requests: string[];
}

export interface DiscourseServerOptions {
  /** Posts per search page. Discourse uses 50; tests lower it to reach page 2. */
  searchPageSize?: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

type Flavor = 'current' | 'legacy' | 'v2016' | 'hostile' | 'broken';

interface Reply {
  status: number;
  body: Json | string;
  contentType?: string;
}

const FIXTURES = new URL('../fixtures/discourse/', import.meta.url);
const DISCOURSE_PAGE_SIZE = 30;
const LIST_PAGE_MAX = 100;
const TOP_PERIODS = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'all'];
/** Discourse::Cors allows exactly these request headers (core `008-rack-cors.rb`). */
const ALLOWED_HEADERS =
  'Content-Type, Cache-Control, X-Requested-With, X-CSRF-Token, Discourse-Present, User-Api-Key, User-Api-Client-Id, Authorization';
const NOT_FOUND: Reply = {
  status: 404,
  body: {
    errors: ['The requested URL or resource could not be found.'],
    error_type: 'not_found',
  },
};

export async function startDiscourseServer(
  options: DiscourseServerOptions = {},
): Promise<DiscourseServer> {
  const forum = loadForum();
  const searchPageSize = options.searchPageSize ?? 50;
  const requests: string[] = [];

  const server = createServer((request, response) => {
    const target = new URL(request.url ?? '/', 'http://localhost');
    writeCors(request, response);
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(request, response, { status: 405, body: { errors: ['Read-only test forum.'] } });
      return;
    }
    requests.push(target.pathname + target.search);
    let reply: Reply;
    try {
      reply = route(forum, target, searchPageSize);
    } catch (error) {
      reply = { status: 500, body: { errors: [String(error)] } };
    }
    send(request, response, reply);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// ---------------------------------------------------------------------------
// HTTP plumbing

/** Like `Discourse::Cors` with the page's origin listed: it is echoed, with credentials allowed. */
function writeCors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  response.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) response.setHeader('Access-Control-Allow-Credentials', 'true');
  response.setHeader('Access-Control-Allow-Methods', 'POST, PUT, GET, OPTIONS, DELETE');
  response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
  response.setHeader('Vary', 'Origin');
}

function send(request: IncomingMessage, response: ServerResponse, reply: Reply): void {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const etag = `W/"${createHash('sha1').update(text).digest('hex').slice(0, 20)}"`;
  if (reply.status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, { ETag: etag }).end();
    return;
  }
  response.writeHead(reply.status, {
    'Content-Type': reply.contentType ?? 'application/json; charset=utf-8',
    ...(reply.status === 200 && { ETag: etag }),
  });
  response.end(request.method === 'HEAD' ? undefined : text);
}

// ---------------------------------------------------------------------------
// Routing

/**
 * Discourse serves every avatar template as an image: `/user_avatar/{host}/
 * {username}/{size}/{id}.png`, or `/letter_avatar_proxy/v4/letter/{letter}/
 * {colour}/{size}.png`. The look-alike draws the letter on a colour as SVG,
 * so pages on it show pictures rather than 404s.
 */
function avatarImage(path: string): Reply {
  const segments = path.split('/').map((segment) => decodeURIComponent(segment));
  const letterAvatar = segments[1] === 'letter_avatar_proxy';
  const name = (letterAvatar ? segments[4] : segments[3]) ?? '?';
  const colour = letterAvatar && /^[0-9a-f]{6}$/i.test(segments[5] ?? '') ? `#${segments[5]}` : '';
  const hue = [...name].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 360;
  const letter = name
    .charAt(0)
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '?');
  return {
    status: 200,
    contentType: 'image/svg+xml',
    body:
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">' +
      `<rect width="40" height="40" fill="${colour || `hsl(${hue} 45% 38%)`}"/>` +
      `<text x="20" y="27" font-family="sans-serif" font-size="18" fill="#fff" text-anchor="middle">${letter}</text></svg>`,
  };
}

const FLAVOR_PREFIXES: ReadonlyArray<[string, Flavor]> = [
  ['/legacy', 'legacy'],
  ['/v2016', 'v2016'],
  ['/hostile', 'hostile'],
  ['/broken', 'broken'],
];

function route(forum: Forum, target: URL, searchPageSize: number): Reply {
  let flavor: Flavor = 'current';
  let prefix = '';
  let path = target.pathname;
  for (const [candidate, name] of FLAVOR_PREFIXES) {
    if (path === candidate || path.startsWith(`${candidate}/`)) {
      flavor = name;
      prefix = candidate;
      path = path.slice(candidate.length);
    }
  }
  if (/^\/(user_avatar|letter_avatar_proxy)\//.test(path)) return avatarImage(path);
  if (!path.endsWith('.json')) return NOT_FOUND;
  const segments = path
    .slice(1, -'.json'.length)
    .split('/')
    .map((segment) => decodeURIComponent(segment));
  const query = target.searchParams;
  const site: Site = { forum, flavor, prefix };

  if (flavor === 'v2016') return routeV2016(forum, segments);
  if (flavor === 'broken') {
    const broken = routeBroken(segments, query);
    if (broken) return broken;
  }

  const [first, second, ...rest] = segments;
  switch (first) {
    case 'latest':
    case 'top':
      if (segments.length !== 1) return NOT_FOUND;
      return topicListReply(site, () => true, first, query, {
        pathname: `/${first}`,
        pinned: 'global',
      });
    case 'c':
      return categoryTopics(site, segments.slice(1), query);
    case 'tags':
      if (segments.length === 1) return { status: 200, body: tagIndex(site) };
      if (second === 'filter' && rest[0] === 'search' && rest.length === 1) {
        return tagAutocomplete(site, query);
      }
      return NOT_FOUND;
    case 'search':
      return segments.length === 1 ? search(site, query, searchPageSize) : NOT_FOUND;
    case 't':
      return topicView(site, segments.slice(1));
    case 'categories':
      return segments.length === 1 ? categoriesReply(site, query) : NOT_FOUND;
    case 'site':
      if (segments.length === 1) return { status: 200, body: siteReply(site) };
      if (second === 'basic-info' && rest.length === 0) return { status: 200, body: basicInfo() };
      return NOT_FOUND;
    default:
      return NOT_FOUND;
  }
}

// ---------------------------------------------------------------------------
// The forum's content

interface User {
  id: number;
  username: string;
  name: string;
  avatar_template: string;
  admin: boolean;
  moderator: boolean;
  trust_level: number;
}

interface CategoryRecord {
  id: number;
  name: string;
  slug: string;
  color: string;
  text_color: string;
  description_text: string;
  parent_category_id?: number;
  position: number;
}

interface TagRecord {
  id: number;
  name: string;
  slug: string;
  description: string | null;
}

interface PostRecord {
  id: number;
  topic_id: number;
  post_number: number;
  user_id: number;
  created_at: string;
  cooked: string;
  like_count: number;
}

interface Forum {
  users: Map<number, User>;
  categories: CategoryRecord[];
  tags: TagRecord[];
  /** Topic list items exactly as the current server serializes them (tag objects). */
  topics: JsonObject[];
  posts: PostRecord[];
  examples2016: { latest: Json; search: Json; topic: JsonObject };
}

interface Site {
  forum: Forum;
  flavor: Flavor;
  /** The subfolder this forum lives under; Discourse puts it in every root-relative URL. */
  prefix: string;
}

function readFixture(path: string): Json {
  return JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8')) as Json;
}

/** Staff roles, which the list samples do not carry but topic views do. */
const ROLES: Record<string, { admin: boolean; moderator: boolean; trust_level: number }> = {
  jane_m: { admin: true, moderator: false, trust_level: 4 },
  'mateja.kovac': { admin: false, moderator: true, trust_level: 4 },
};

const CATEGORIES: CategoryRecord[] = [
  category(1, 'Uncategorized', 'uncategorized', '0088CC', 'Topics that need a home.', 0),
  category(4, 'Announcements', 'announcements', 'BF1E2E', 'News from the Lumen team.', 1),
  category(5, 'Help & Support', 'help-support', '0088CC', 'Ask for help with lamps and hubs.', 2),
  category(6, 'Ideas', 'ideas', '652D90', 'Suggest new features.', 3),
  {
    ...category(11, 'Vodiči', 'vodici', '25AAE2', 'Navodila v slovenščini.', 4),
    parent_category_id: 5,
  },
  category(12, 'Dansk', 'dansk', '3AB54A', 'Hjælp og nyheder på dansk.', 5),
  category(13, 'Polski', 'polski', 'E45735', 'Pomoc po polsku.', 6),
  // Nothing transliterable in the name: Discourse leaves the slug empty.
  category(14, '中文', '', 'F1592A', '中文支持。', 7),
];

function category(
  id: number,
  name: string,
  slug: string,
  color: string,
  description: string,
  position: number,
): CategoryRecord {
  return { id, name, slug, color, text_color: 'FFFFFF', description_text: description, position };
}

/** More topics of the kind the samples show, older than all of them, so lists page. */
const MORE_TOPICS: Array<{
  id: number;
  title: string;
  slug: string;
  category: number;
  tags: string[];
  posters: number[];
  posts: number;
  views: number;
  likes: number;
  created: string;
  bumped: string;
  solved?: boolean;
  closed?: boolean;
  archived?: boolean;
  body: string;
}> = [
  {
    id: 1108,
    title: 'Idea: dark mode for the thread list widget',
    slug: 'idea-dark-mode-for-the-thread-list-widget',
    category: 6,
    tags: ['embedding'],
    posters: [7],
    posts: 1,
    views: 40,
    likes: 3,
    created: '2026-08-20T16:02:11.208Z',
    bumped: '2026-08-20T16:02:11.208Z',
    body: 'Our portal has a dark theme and the widget stays bright. Could it follow prefers-color-scheme?',
  },
  {
    id: 1107,
    title: 'Webhook fires twice when a topic is marked solved',
    slug: 'webhook-fires-twice-when-a-topic-is-marked-solved',
    category: 5,
    tags: ['api'],
    posters: [44, 31],
    posts: 4,
    views: 133,
    likes: 6,
    created: '2026-08-12T09:44:50.016Z',
    bumped: '2026-08-19T13:10:42.771Z',
    solved: true,
    body: 'Every time an answer is accepted our endpoint receives the topic_edited event twice.',
  },
  {
    id: 1106,
    title: 'Kan man filtrere på flere tags på én gang?',
    slug: 'kan-man-filtrere-pa-flere-tags-pa-en-gang',
    category: 12,
    tags: ['api', 'embedding'],
    posters: [7, 15],
    posts: 3,
    views: 77,
    likes: 4,
    created: '2026-08-02T07:15:33.402Z',
    bumped: '2026-08-16T18:21:05.550Z',
    solved: true,
    body: 'Jeg vil vise tråde der har både api og embedding. Virker tags:api+embedding i søgningen?',
  },
  {
    id: 1105,
    title: 'Jak ustawić cors_origins dla wielu domen?',
    slug: 'jak-ustawic-cors-origins-dla-wielu-domen',
    category: 13,
    tags: ['cors', 'api'],
    posters: [15, 31],
    posts: 2,
    views: 64,
    likes: 2,
    created: '2026-07-28T12:00:19.620Z',
    bumped: '2026-08-11T08:35:27.145Z',
    solved: false,
    body: 'Mamy portal na dwóch domenach. Czy cors_origins przyjmuje listę rozdzieloną pionową kreską?',
  },
  {
    id: 1104,
    title: '小部件在深色模式下的颜色不对',
    slug: 'topic',
    category: 14,
    tags: ['小部件'],
    posters: [23],
    posts: 1,
    views: 19,
    likes: 0,
    created: '2026-07-21T03:26:48.911Z',
    bumped: '2026-07-21T03:26:48.911Z',
    body: '在深色主题的门户里，话题列表的文字颜色太暗，看不清楚。',
  },
  {
    id: 1103,
    title: 'Vtičnik za Slack: obvestila o novih temah',
    slug: 'vticnik-za-slack-obvestila-o-novih-temah',
    category: 11,
    tags: ['vtičnik', 'api'],
    posters: [2, 15, 31],
    posts: 5,
    views: 211,
    likes: 11,
    created: '2026-06-30T10:40:00.000Z',
    bumped: '2026-07-14T15:05:37.301Z',
    archived: true,
    body: 'Vtičnik pošlje obvestilo v kanal Slack, ko nekdo odpre novo temo v izbrani kategoriji.',
  },
  {
    id: 1102,
    title: 'Rate limits for anonymous search from the widget',
    slug: 'rate-limits-for-anonymous-search-from-the-widget',
    category: 5,
    tags: ['api'],
    posters: [44, 2],
    posts: 3,
    views: 150,
    likes: 7,
    created: '2026-06-18T08:12:30.118Z',
    bumped: '2026-07-02T11:48:09.024Z',
    solved: true,
    body: 'After a few quick searches the widget gets HTTP 429. What are the limits for anonymous visitors?',
  },
  {
    id: 1101,
    title: 'Embedding the latest topics on a WordPress site',
    slug: 'embedding-the-latest-topics-on-a-wordpress-site',
    category: 5,
    tags: ['embedding', 'api'],
    posters: [7],
    posts: 1,
    views: 88,
    likes: 1,
    created: '2026-06-03T19:31:56.740Z',
    bumped: '2026-06-03T19:31:56.740Z',
    body: 'Is there a block or shortcode, or do I paste the script tag into a custom HTML block?',
  },
];

/** First-post HTML for the samples' topics, as Discourse cooks it: relative links, emoji images. */
const COOKED: Record<number, string> = {
  1042:
    '<p>Welcome! This is the place to ask questions about Lumen lamps and hubs, share your automations and suggest new features. <img src="/images/emoji/twitter/wave.png?v=12" title=":wave:" class="emoji" alt=":wave:" loading="lazy" width="20" height="20"></p>\n' +
    '<p>Before you post, please search first and pick the right category: <a class="hashtag-cooked" href="/c/help-support/5" data-type="category" data-slug="help-support"><span>Help &amp; Support</span></a> for problems, <a class="hashtag-cooked" href="/c/ideas/6" data-type="category" data-slug="ideas"><span>Ideas</span></a> for suggestions.</p>\n' +
    '<ul>\n<li>Be kind and assume good intent.</li>\n<li>Read the <a href="/guidelines">community guidelines</a>.</li>\n</ul>',
  1187:
    '<p>V tem vodiču pokažemo, kako na podporni portal dodate seznam najnovejših tem iz skupnosti. Potrebujete eno vrstico kode in naslov foruma.</p>\n' +
    '<div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/2X/4/4c1f0a9e7b3d52e8a6f1c0d9b8e7a6f5c4d3b2a1.png" data-download-href="/uploads/default/4c1f0a9e7b3d"><img src="/uploads/default/optimized/2X/4/4c1f0a9e7b3d52e8a6f1c0d9b8e7a6f5c4d3b2a1_2_690x388.png" alt="nastavitve" width="690" height="388" srcset="/uploads/default/optimized/2X/4/4c1f0a9e7b3d52e8a6f1c0d9b8e7a6f5c4d3b2a1_2_690x388.png, /uploads/default/optimized/2X/4/4c1f0a9e7b3d52e8a6f1c0d9b8e7a6f5c4d3b2a1_2_1035x582.png 1.5x"></a></div>\n' +
    '<pre><code class="lang-html">&lt;community-thread-list tags="embedding"&gt;&lt;/community-thread-list&gt;\n</code></pre>',
};

function loadForum(): Forum {
  const latest = readFixture('samples/latest.json') as JsonObject;
  const search = readFixture('samples/search.json') as JsonObject;
  const tagsFixture = readFixture('samples/tags.json') as JsonObject;

  const users = new Map<number, User>();
  for (const raw of latest.users as JsonObject[]) {
    const username = raw.username as string;
    users.set(raw.id as number, {
      id: raw.id as number,
      username,
      name: raw.name as string,
      avatar_template: raw.avatar_template as string,
      ...(ROLES[username] ?? { admin: false, moderator: false, trust_level: 1 }),
    });
  }

  const tags: TagRecord[] = (tagsFixture.tags as JsonObject[]).map((tag) => ({
    id: tag.id as number,
    name: tag.name as string,
    slug: tag.slug as string,
    description: (tag.description as string | null) ?? null,
  }));
  const tagByName = new Map(tags.map((tag) => [tag.name, tag]));

  const topics = [...((latest.topic_list as JsonObject).topics as JsonObject[])].map(clone);
  // The search sample's newest topic was posted after the latest sample was
  // recorded; it joins the forum as a full list item.
  const searchTopic = clone((search.topics as JsonObject[])[0] as JsonObject);
  topics.push({
    ...searchTopic,
    views: 97,
    like_count: 6,
    has_summary: false,
    last_poster_username: 'jane_m',
    pinned_globally: false,
    featured_link: null,
    posters: [poster(15, 'Original Poster', null), poster(31, 'Most Recent Poster', 'latest')],
  });

  const cooked: Record<number, string> = { ...COOKED };
  const posts: PostRecord[] = [];
  const searchPosts = search.posts as JsonObject[];
  for (const post of searchPosts) {
    posts.push({
      id: post.id as number,
      topic_id: post.topic_id as number,
      post_number: post.post_number as number,
      user_id: [...users.values()].find((user) => user.username === post.username)?.id ?? 1,
      created_at: post.created_at as string,
      cooked: `<p>${escapeHtml(String(post.blurb).replace(/\.\.\.$/, ''))}</p>`,
      like_count: post.like_count as number,
    });
  }

  for (const extra of MORE_TOPICS) {
    const [original = 1] = extra.posters;
    const lastPoster = extra.posters.at(-1) ?? original;
    topics.push({
      id: extra.id,
      title: extra.title,
      fancy_title: escapeHtml(extra.title),
      slug: extra.slug,
      posts_count: extra.posts,
      reply_count: Math.max(0, extra.posts - 2),
      highest_post_number: extra.posts,
      image_url: null,
      created_at: extra.created,
      last_posted_at: extra.bumped,
      bumped: extra.bumped !== extra.created,
      bumped_at: extra.bumped,
      archetype: 'regular',
      unseen: false,
      pinned: false,
      unpinned: null,
      visible: true,
      closed: extra.closed ?? false,
      archived: extra.archived ?? false,
      bookmarked: null,
      liked: null,
      tags: extra.tags.map((name) => tagJson(tagByName.get(name))),
      tags_descriptions: Object.fromEntries(
        extra.tags.flatMap((name) => {
          const description = tagByName.get(name)?.description;
          return description ? [[name, description.slice(0, 80)]] : [];
        }),
      ),
      views: extra.views,
      like_count: extra.likes,
      has_summary: false,
      last_poster_username: users.get(lastPoster)?.username ?? 'system',
      category_id: extra.category,
      pinned_globally: false,
      featured_link: null,
      has_accepted_answer: extra.solved ?? false,
      posters: extra.posters.map((userId, index) =>
        poster(
          userId,
          [
            index === 0 && 'Original Poster',
            index === extra.posters.length - 1 && 'Most Recent Poster',
          ]
            .filter(Boolean)
            .join(', ') || 'Frequent Poster',
          index === extra.posters.length - 1
            ? extra.posters.length === 1
              ? 'latest single'
              : 'latest'
            : null,
        ),
      ),
    });
    cooked[extra.id] ??= `<p>${escapeHtml(extra.body)}</p>`;
  }

  for (const topic of topics) {
    const id = topic.id as number;
    if (posts.some((post) => post.topic_id === id && post.post_number === 1)) continue;
    const excerpt = typeof topic.excerpt === 'string' ? topic.excerpt : '';
    posts.push({
      id: id * 10 + 1,
      topic_id: id,
      post_number: 1,
      user_id: ((topic.posters as JsonObject[])[0]?.user_id as number | undefined) ?? 1,
      created_at: topic.created_at as string,
      cooked:
        cooked[id] ??
        `<p>${excerpt.replace(/ ?&hellip;$/, '') || escapeHtml(topic.title as string)}</p>`,
      like_count: Math.min(3, topic.like_count as number),
    });
  }

  return {
    users,
    categories: CATEGORIES,
    tags,
    topics,
    posts,
    examples2016: {
      latest: readFixture('examples-2016/latest_topics_response.json'),
      search: readFixture('examples-2016/search_query_response.json'),
      topic: readFixture('examples-2016/topic_response.json') as JsonObject,
    },
  };
}

function poster(userId: number, description: string, extras: string | null): JsonObject {
  return { extras, description, user_id: userId, primary_group_id: null };
}

function tagJson(tag: TagRecord | undefined): JsonObject {
  if (!tag) throw new Error('unknown tag in the test forum');
  return { id: tag.id, name: tag.name, slug: tag.slug };
}

// ---------------------------------------------------------------------------
// How each flavour serializes shared content

function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

function tagNames(topic: JsonObject): string[] {
  return (topic.tags as JsonObject[]).map((tag) => tag.name as string);
}

/** A topic as this flavour's server would list it. */
function presentTopic(site: Site, topic: JsonObject): JsonObject {
  const copy = clone(topic);
  if (site.flavor === 'legacy') copy.tags = tagNames(topic);
  if (site.flavor === 'hostile') Object.assign(copy, HOSTILE_TOPICS[copy.id as number] ?? {});
  if (typeof copy.image_url === 'string' && copy.image_url.startsWith('/')) {
    copy.image_url = site.prefix + copy.image_url;
  }
  return copy;
}

function presentUser(site: Site, user: User): JsonObject {
  const hostile = site.flavor === 'hostile' ? HOSTILE_AVATARS[user.id] : undefined;
  const template = hostile ?? user.avatar_template;
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    avatar_template: template.startsWith('/') ? site.prefix + template : template,
  };
}

function presentTag(site: Site, tag: TagRecord): Json {
  return site.flavor === 'legacy' ? tag.name : tagJson(tag);
}

function presentCategoryColor(site: Site, record: CategoryRecord): string {
  return site.flavor === 'hostile' && record.id === 5
    ? 'red;background:url(https://evil.example/track.png)'
    : record.color;
}

/** Values a compromised or careless forum could send; the adapter must drop them. */
const HOSTILE_TOPICS: Record<number, JsonObject> = {
  1231: {
    slug: '../../admin',
    excerpt:
      '<img src=x onerror="alert(1)">Avatars are <b>missing</b><script>alert("x")</script> for some users &hellip;',
    image_url: 'javascript:alert(1)',
  },
};

const HOSTILE_AVATARS: Record<number, string> = {
  44: 'javascript:alert(document.cookie)//{size}.png',
  23: 'data:image/svg+xml,<svg onload=alert(1)>{size}',
};

// ---------------------------------------------------------------------------
// Topic lists

type ListFilter = 'latest' | 'top';

interface ListShape {
  /** The list's own URL without `.json`, as `more_topics_url` names it. */
  pathname: string;
  /** Which pinned topics float to the top of the first page: site-wide ones, or one category's. */
  pinned: 'global' | { categoryId: number };
}

function topicListReply(
  site: Site,
  include: (topic: JsonObject) => boolean,
  filter: ListFilter,
  query: URLSearchParams,
  shape: ListShape,
): Reply {
  const period = query.get('period');
  if (filter === 'top' && period !== null && !TOP_PERIODS.includes(period)) return NOT_FOUND;
  const perPage = clampInt(query.get('per_page'), DISCOURSE_PAGE_SIZE, 1, LIST_PAGE_MAX);
  const page = clampInt(query.get('page'), 0, 0, 10_000);
  const order = query.get('order');

  let topics = site.forum.topics.filter(
    (topic) => include(topic) && matchesListParams(topic, query),
  );
  topics = sortTopics(topics, filter === 'top' ? 'likes' : (order ?? 'activity'));
  // TopicQuery#prioritize_pinned_topics: only when ordered by activity.
  if (filter === 'latest' && (order === null || order === 'activity')) {
    const { pinned } = shape;
    const floats = (topic: JsonObject): boolean =>
      topic.pinned === true &&
      (pinned === 'global'
        ? topic.pinned_globally === true
        : topic.category_id === pinned.categoryId);
    topics = [...topics.filter(floats), ...topics.filter((topic) => !floats(topic))];
  }
  const pageTopics = topics.slice(page * perPage, (page + 1) * perPage);

  const next = new URLSearchParams(query);
  next.set('page', String(page + 1));
  const topicList: JsonObject = {
    can_create_topic: false,
    ...(pageTopics.length === perPage && {
      more_topics_url: `${site.prefix}${shape.pathname}?${next.toString()}`,
    }),
    per_page: perPage,
    top_tags: site.forum.tags.slice(0, 7).map((tag) => presentTag(site, tag)),
    topics: pageTopics.map((topic) => presentTopic(site, topic)),
  };
  return {
    status: 200,
    body: { users: usersOf(site, pageTopics), primary_groups: [], topic_list: topicList },
  };
}

/**
 * TopicQuery's public options that the adapter uses, and the Solved plugin's
 * `solved=yes|no`. Unknown parameters are ignored, as Discourse does.
 */
function matchesListParams(topic: JsonObject, query: URLSearchParams): boolean {
  const wanted = query.getAll('tags[]').map((tag) => tag.toLowerCase());
  const names = tagNames(topic).map((tag) => tag.toLowerCase());
  if (wanted.length > 0) {
    const matchAll = query.get('match_all_tags') === 'true';
    const hits = wanted.filter((tag) => names.includes(tag)).length;
    if (matchAll ? hits < wanted.length : hits === 0) return false;
  }
  const maxPosts = query.get('max_posts');
  if (maxPosts !== null && (topic.posts_count as number) > Number(maxPosts)) return false;
  const solved = query.get('solved');
  if (solved === 'yes' && topic.has_accepted_answer !== true) return false;
  if (solved === 'no' && topic.has_accepted_answer === true) return false;
  return true;
}

function sortTopics(topics: JsonObject[], order: string): JsonObject[] {
  const key: Record<string, (topic: JsonObject) => number> = {
    activity: (topic) => Date.parse(topic.bumped_at as string),
    default: (topic) => Date.parse(topic.bumped_at as string),
    created: (topic) => Date.parse(topic.created_at as string),
    views: (topic) => topic.views as number,
    posts: (topic) => topic.posts_count as number,
    likes: (topic) => (topic.like_count as number) * 1000 + (topic.views as number) / 1000,
  };
  const score = key[order] ?? key.activity;
  if (!score) return topics;
  return [...topics].sort((a, b) => score(b) - score(a));
}

function usersOf(site: Site, topics: JsonObject[]): JsonObject[] {
  const ids = new Set(
    topics.flatMap((topic) => (topic.posters as JsonObject[]).map((p) => p.user_id as number)),
  );
  return [...ids].flatMap((id) => {
    const user = site.forum.users.get(id);
    return user ? [presentUser(site, user)] : [];
  });
}

/** `/c/{slug path}/{id}.json` and `/c/{slug path}/{id}/l/{filter}.json`. */
function categoryTopics(site: Site, segments: string[], query: URLSearchParams): Reply {
  let filter: ListFilter = 'latest';
  let path = segments;
  if (segments.at(-2) === 'l') {
    const named = segments.at(-1);
    if (named !== 'latest' && named !== 'top') return NOT_FOUND;
    filter = named;
    path = segments.slice(0, -2);
  }
  const id = Number(path.at(-1));
  const record = site.forum.categories.find((candidate) => candidate.id === id);
  // Discourse redirects a wrong slug to the right one; the test forum refuses
  // it instead, so a wrong path shows up as a failing test.
  if (!record || path.slice(0, -1).join('/') !== categorySlugPath(site.forum, record).join('/')) {
    return NOT_FOUND;
  }
  const ids = new Set([
    id,
    ...site.forum.categories.filter((c) => c.parent_category_id === id).map((c) => c.id),
  ]);
  return topicListReply(site, (topic) => ids.has(topic.category_id as number), filter, query, {
    pathname: `/c/${path.join('/')}${filter === 'latest' ? '' : '/l/top'}`,
    pinned: { categoryId: id },
  });
}

function categorySlugPath(forum: Forum, record: CategoryRecord): string[] {
  const parent = forum.categories.find((candidate) => candidate.id === record.parent_category_id);
  const own = record.slug || `${record.id}-category`;
  return parent ? [...categorySlugPath(forum, parent), own] : [own];
}

// ---------------------------------------------------------------------------
// Tags

function tagCount(forum: Forum, tag: TagRecord): number {
  return forum.topics.filter((topic) => tagNames(topic).includes(tag.name)).length;
}

function tagIndexEntry(site: Site, tag: TagRecord): JsonObject {
  const count = tagCount(site.forum, tag);
  // Before late 2025 `id` and `text` both held the name and there was no `name`.
  if (site.flavor === 'legacy') {
    return { id: tag.name, text: tag.name, count, pm_count: 0, target_tag: null };
  }
  return {
    id: tag.id,
    text: tag.name,
    name: tag.name,
    slug: tag.slug,
    description: tag.description,
    count,
    pm_only: false,
    target_tag: null,
  };
}

/** A synonym, so the adapter's synonym handling is exercised too. */
function synonymEntry(site: Site): JsonObject {
  return site.flavor === 'legacy'
    ? { id: 'embeds', text: 'embeds', count: 0, pm_count: 0, target_tag: 'embedding' }
    : {
        id: 41,
        text: 'embeds',
        name: 'embeds',
        slug: 'embeds',
        description: null,
        count: 0,
        pm_only: false,
        target_tag: 'embedding',
      };
}

function tagIndex(site: Site): Json {
  if (site.flavor === 'broken') return { tags: 'none' };
  return {
    tags: [...site.forum.tags.map((tag) => tagIndexEntry(site, tag)), synonymEntry(site)],
    extras: { categories: [] },
  };
}

/** `/tags/filter/search.json?q=&limit=`: the composer's tag autocomplete. */
function tagAutocomplete(site: Site, query: URLSearchParams): Reply {
  if (site.flavor === 'legacy') return NOT_FOUND;
  const needle = (query.get('q') ?? '').toLocaleLowerCase();
  const limit = clampInt(query.get('limit'), 5, 1, 100);
  const entries = [...site.forum.tags.map((tag) => tagIndexEntry(site, tag)), synonymEntry(site)]
    .filter((entry) => String(entry.name).toLocaleLowerCase().includes(needle))
    .sort((a, b) => (b.count as number) - (a.count as number))
    .slice(0, limit);
  return { status: 200, body: { results: entries } };
}

// ---------------------------------------------------------------------------
// Search

interface ParsedSearch {
  words: string[];
  tagsAll: string[];
  tagsAny: string[];
  category?: CategoryRecord | 'unknown';
  statuses: string[];
  maxPosts?: number;
  minPosts?: number;
  order?: string;
  firstOnly: boolean;
}

function parseSearch(forum: Forum, q: string): ParsedSearch {
  const parsed: ParsedSearch = {
    words: [],
    tagsAll: [],
    tagsAny: [],
    statuses: [],
    firstOnly: false,
  };
  for (const token of q.split(/\s+/).filter(Boolean)) {
    const [key, ...valueParts] = token.split(':');
    const value = valueParts.join(':');
    if (token.startsWith('#')) {
      const slugs = token.slice(1).split(':');
      const found = forum.categories.find(
        (record) =>
          categorySlugPath(forum, record).join(':').toLowerCase() ===
            slugs.join(':').toLowerCase() ||
          (slugs.length === 1 && record.slug.toLowerCase() === slugs[0]?.toLowerCase()),
      );
      parsed.category = found ?? 'unknown';
    } else if (key === 'tags' && value) {
      if (value.includes('+')) parsed.tagsAll.push(...value.split('+'));
      else parsed.tagsAny.push(...value.split(','));
    } else if (key === 'category' && value) {
      parsed.category =
        forum.categories.find((record) => String(record.id) === value || record.slug === value) ??
        'unknown';
    } else if (key === 'status' && value) {
      parsed.statuses.push(value.toLowerCase());
    } else if (key === 'max_posts' && /^\d+$/.test(value)) {
      parsed.maxPosts = Number(value);
    } else if (key === 'min_posts' && /^\d+$/.test(value)) {
      parsed.minPosts = Number(value);
    } else if (key === 'order' && value) {
      parsed.order = value;
    } else if (key === 'in' && value === 'first') {
      parsed.firstOnly = true;
    } else {
      parsed.words.push(token.toLocaleLowerCase());
    }
  }
  return parsed;
}

function topicMatchesFilters(forum: Forum, topic: JsonObject, parsed: ParsedSearch): boolean {
  const names = tagNames(topic);
  if (!parsed.tagsAll.every((name) => names.includes(name))) return false;
  if (parsed.tagsAny.length > 0 && !parsed.tagsAny.some((name) => names.includes(name)))
    return false;
  if (parsed.category === 'unknown') return false;
  if (parsed.category) {
    const id = parsed.category.id;
    const record = forum.categories.find((candidate) => candidate.id === topic.category_id);
    if (record?.id !== id && record?.parent_category_id !== id) return false;
  }
  const postsCount = topic.posts_count as number;
  if (parsed.maxPosts !== undefined && postsCount > parsed.maxPosts) return false;
  if (parsed.minPosts !== undefined && postsCount < parsed.minPosts) return false;
  for (const status of parsed.statuses) {
    const solved = topic.has_accepted_answer === true;
    if (status === 'solved' && !solved) return false;
    if (status === 'unsolved' && solved) return false;
    if (status === 'open' && (topic.closed === true || topic.archived === true)) return false;
    if (status === 'closed' && topic.closed !== true) return false;
    if (status === 'noreplies' && postsCount !== 1) return false;
  }
  return true;
}

function search(site: Site, query: URLSearchParams, pageSize: number): Reply {
  const { forum } = site;
  const q = query.get('q') ?? '';
  const page = clampInt(query.get('page'), 1, 1, 10_000);
  const parsed = parseSearch(forum, q);
  const hasFilters = q.trim().split(/\s+/).length > parsed.words.length;
  const term = parsed.words.join(' ');
  if (term.length < 3 && !hasFilters) {
    return { status: 200, body: searchBody(site, [], q, false, 'Your search term is too short.') };
  }

  const hits: PostRecord[] = [];
  for (const topic of forum.topics) {
    if (!topicMatchesFilters(forum, topic, parsed)) continue;
    const posts = forum.posts
      .filter((post) => post.topic_id === topic.id && (!parsed.firstOnly || post.post_number === 1))
      .sort((a, b) => a.post_number - b.post_number);
    if (parsed.words.length === 0) {
      const first = posts[0];
      if (first) hits.push(first);
      continue;
    }
    const title = String(topic.title).toLocaleLowerCase();
    for (const post of posts) {
      const text =
        `${post.post_number === 1 ? title : ''} ${stripTags(post.cooked)}`.toLocaleLowerCase();
      if (parsed.words.every((word) => text.includes(word))) hits.push(post);
    }
  }

  const topicOf = (post: PostRecord): JsonObject =>
    forum.topics.find((topic) => topic.id === post.topic_id) as JsonObject;
  const orderKey: Record<string, (post: PostRecord) => number> = {
    latest: (post) => Date.parse(post.created_at),
    latest_topic: (post) => Date.parse(topicOf(post).created_at as string),
    likes: (post) => post.like_count * 1000 + (topicOf(post).like_count as number),
    views: (post) => topicOf(post).views as number,
  };
  const score = orderKey[parsed.order ?? ''];
  // Without an order, "relevance": the test forum ranks by topic activity, posts in order.
  const ranked = score
    ? [...hits].sort((a, b) => score(b) - score(a))
    : [...hits].sort(
        (a, b) =>
          Date.parse(topicOf(b).bumped_at as string) - Date.parse(topicOf(a).bumped_at as string) ||
          a.post_number - b.post_number,
      );
  const pagePosts = ranked.slice((page - 1) * pageSize, page * pageSize);
  const more = ranked.length > page * pageSize;
  return { status: 200, body: searchBody(site, pagePosts, q, more, null) };
}

function searchBody(
  site: Site,
  posts: PostRecord[],
  term: string,
  more: boolean,
  error: string | null,
): JsonObject {
  const { forum } = site;
  const topicIds = [...new Set(posts.map((post) => post.topic_id))];
  const topics = topicIds.map((id) => {
    const topic = presentTopic(site, forum.topics.find((t) => t.id === id) as JsonObject);
    // Search sideloads a slimmer topic: no views, likes or posters.
    for (const key of [
      'views',
      'like_count',
      'has_summary',
      'last_poster_username',
      'pinned_globally',
      'featured_link',
      'posters',
    ]) {
      delete topic[key];
    }
    return topic;
  });
  return {
    posts: posts.map((post) => {
      const user = forum.users.get(post.user_id);
      const presented = user ? presentUser(site, user) : undefined;
      return {
        id: post.id,
        name: (presented?.name as string | undefined) ?? '',
        username: (presented?.username as string | undefined) ?? 'system',
        avatar_template: (presented?.avatar_template as string | undefined) ?? '',
        created_at: post.created_at,
        like_count: post.like_count,
        blurb: `${stripTags(post.cooked).slice(0, 200)}...`,
        post_number: post.post_number,
        topic_id: post.topic_id,
      };
    }),
    topics,
    users: [],
    categories: [],
    tags: [],
    groups: [],
    grouped_search_result: {
      more_posts: null,
      more_users: null,
      more_categories: null,
      term,
      search_log_id: 58213,
      more_full_page_results: more ? true : null,
      can_create_topic: false,
      error,
      extra: {},
      post_ids: posts.map((post) => post.id),
      user_ids: [],
      category_ids: [],
      tag_ids: [],
      group_ids: [],
    },
  };
}

// ---------------------------------------------------------------------------
// One topic

/** `/t/{id}.json` and `/t/{slug}/{id}.json`: the topic with its first posts (`cooked` HTML). */
function topicView(site: Site, segments: string[]): Reply {
  const id = Number(segments.at(-1));
  if (segments.length > 2 || !Number.isInteger(id)) return NOT_FOUND;
  const { forum } = site;
  const topic = forum.topics.find((candidate) => candidate.id === id);
  if (!topic) return NOT_FOUND;
  const presented = presentTopic(site, topic);
  const posts = forum.posts
    .filter((post) => post.topic_id === id)
    .sort((a, b) => a.post_number - b.post_number);
  const author = forum.users.get(posts[0]?.user_id ?? 0);
  const solved = topic.has_accepted_answer === true;
  const stream = Array.from({ length: topic.posts_count as number }, (_, index) =>
    index === 0 ? (posts[0]?.id ?? id * 10 + 1) : id * 10 + 1 + index,
  );
  const cookedFor = (post: PostRecord): string =>
    site.flavor === 'hostile' && post.post_number === 1
      ? `${post.cooked}<script>alert(1)</script><a href="javascript:alert(2)">more</a>`
      : post.cooked;

  const view: JsonObject = {
    post_stream: {
      posts: posts.map((post) => postJson(site, post, topic, cookedFor(post))),
      stream,
    },
    timeline_lookup: [[1, 0]],
    suggested_topics: [],
    tags: presented.tags ?? [],
    tags_descriptions: presented.tags_descriptions ?? {},
    id,
    ...pick(topic, [
      'title',
      'fancy_title',
      'posts_count',
      'created_at',
      'views',
      'reply_count',
      'like_count',
      'last_posted_at',
    ]),
    visible: true,
    ...pick(topic, ['closed', 'archived']),
    has_summary: false,
    archetype: 'regular',
    slug: presented.slug ?? null,
    category_id: topic.category_id ?? null,
    word_count: 120,
    deleted_at: null,
    user_id: author?.id ?? null,
    featured_link: null,
    pinned_globally: topic.pinned_globally ?? false,
    pinned_at: topic.pinned === true ? (topic.created_at ?? null) : null,
    pinned_until: null,
    image_url: presented.image_url ?? null,
    slow_mode_seconds: 0,
    draft: null,
    draft_key: `topic_${id}`,
    draft_sequence: null,
    unpinned: null,
    pinned: topic.pinned ?? false,
    highest_post_number: topic.highest_post_number ?? 1,
    deleted_by: null,
    has_deleted: false,
    actions_summary: [],
    chunk_size: 20,
    bookmarked: false,
    bookmarks: [],
    topic_timer: null,
    message_bus_last_id: 0,
    participant_count: (topic.posters as JsonObject[] | undefined)?.length ?? 1,
    show_read_indicator: false,
    thumbnails: null,
    slow_mode_enabled_until: null,
    details: {
      can_edit: false,
      notification_level: 1,
      participants: [],
      created_by: author ? presentUser(site, author) : null,
      last_poster: author ? presentUser(site, author) : null,
    },
  };
  if (solved) {
    const answer = { post_number: 2, username: 'jane_m', name: 'Jane Mitchell' };
    // discourse-solved: a single `accepted_answer` before multiple solutions were allowed.
    if (site.flavor === 'legacy') view.accepted_answer = { ...answer, excerpt: 'See the docs.' };
    else {
      view.accepted_answers = [
        {
          ...answer,
          id: id * 10 + 2,
          avatar_template: '/user_avatar/community.example.com/jane_m/{size}/88_2.png',
          created_at: topic.last_posted_at ?? null,
          cooked: '<p>See the docs.</p>',
          topic_id: id,
          url: `/t/${String(topic.slug)}/${id}/2`,
        },
      ];
    }
  }
  return { status: 200, body: view };
}

function postJson(site: Site, post: PostRecord, topic: JsonObject, cooked: string): JsonObject {
  const user = site.forum.users.get(post.user_id);
  const presented = user ? presentUser(site, user) : undefined;
  return {
    id: post.id,
    name: (presented?.name as string | undefined) ?? '',
    username: (presented?.username as string | undefined) ?? 'system',
    avatar_template: (presented?.avatar_template as string | undefined) ?? '',
    created_at: post.created_at,
    cooked,
    post_number: post.post_number,
    post_type: 1,
    updated_at: post.post_number === 1 ? (topic.created_at as string) : post.created_at,
    reply_count: 0,
    reply_to_post_number: null,
    quote_count: 0,
    incoming_link_count: 0,
    reads: 12,
    readers_count: 11,
    score: 2.4,
    yours: false,
    topic_id: post.topic_id,
    topic_slug: topic.slug ?? null,
    display_username: (presented?.name as string | undefined) ?? '',
    primary_group_name: null,
    flair_name: null,
    flair_url: null,
    flair_bg_color: null,
    flair_color: null,
    version: 1,
    can_edit: false,
    can_delete: false,
    can_recover: false,
    can_wiki: false,
    read: true,
    user_title: null,
    bookmarked: false,
    actions_summary: [],
    moderator: user?.moderator ?? false,
    admin: user?.admin ?? false,
    staff: Boolean(user?.admin || user?.moderator),
    user_id: post.user_id,
    hidden: false,
    trust_level: user?.trust_level ?? 0,
    deleted_at: null,
    user_deleted: false,
    edit_reason: null,
    can_view_edit_history: true,
    wiki: false,
  };
}

// ---------------------------------------------------------------------------
// Site info and categories

function categoryJson(site: Site, record: CategoryRecord): JsonObject {
  const forum = site.forum;
  const children = forum.categories.filter((child) => child.parent_category_id === record.id);
  const topicCount = forum.topics.filter((topic) => topic.category_id === record.id).length;
  return {
    id: record.id,
    name: record.name,
    color: presentCategoryColor(site, record),
    text_color: record.text_color,
    style_type: 'square',
    emoji: null,
    icon: null,
    slug: record.slug,
    topic_count: topicCount,
    post_count: topicCount * 3,
    position: record.position,
    description: `<p>${escapeHtml(record.description_text)}</p>`,
    description_text: record.description_text,
    description_excerpt: record.description_text,
    topic_url: `${site.prefix}/t/about-the-${record.slug || 'category'}-category/${900 + record.id}`,
    read_restricted: false,
    permission: null,
    notification_level: 1,
    can_edit: false,
    topic_template: null,
    topic_title_placeholder: null,
    has_children: children.length > 0,
    subcategory_count: children.length > 0 ? children.length : null,
    sort_order: null,
    sort_ascending: null,
    show_subcategory_list: false,
    num_featured_topics: 3,
    default_view: null,
    subcategory_list_style: 'rows_with_featured_topics',
    default_top_period: 'all',
    default_list_filter: 'all',
    minimum_required_tags: 0,
    navigate_to_first_post_after_read: false,
    topics_day: 0,
    topics_week: 1,
    topics_month: 3,
    topics_year: topicCount,
    topics_all_time: topicCount,
    subcategory_ids: children.map((child) => child.id),
    uploaded_logo: null,
    uploaded_logo_dark: null,
    uploaded_background: null,
    uploaded_background_dark: null,
    ...(record.parent_category_id !== undefined && {
      parent_category_id: record.parent_category_id,
    }),
  };
}

/** Current servers nest subcategories on request; legacy ones list only their ids. */
function categoriesReply(site: Site, query: URLSearchParams): Reply {
  const nest = site.flavor !== 'legacy' && query.get('include_subcategories') === 'true';
  const topLevel = site.forum.categories.filter(
    (record) => record.parent_category_id === undefined,
  );
  const categories = topLevel.map((record) => {
    const json = categoryJson(site, record);
    if (nest) {
      json.subcategory_list = site.forum.categories
        .filter((child) => child.parent_category_id === record.id)
        .map((child) => categoryJson(site, child));
    }
    return json;
  });
  return {
    status: 200,
    body: { category_list: { can_create_category: false, can_create_topic: false, categories } },
  };
}

/** The parts of `/site.json` a reader needs; the real one is much larger. */
function siteReply(site: Site): JsonObject {
  return {
    default_archetype: 'regular',
    uncategorized_category_id: 1,
    can_create_tag: false,
    can_tag_topics: false,
    can_tag_pms: false,
    top_tags: site.forum.tags.map((tag) => presentTag(site, tag)),
    categories: site.forum.categories.map((record) => categoryJson(site, record)),
  };
}

function basicInfo(): JsonObject {
  return {
    logo_url: 'https://community.example.com/uploads/default/original/1X/logo.png',
    logo_small_url: 'https://community.example.com/uploads/default/original/1X/logo-small.png',
    apple_touch_icon_url: 'https://community.example.com/uploads/default/original/1X/touch.png',
    favicon_url: 'https://community.example.com/uploads/default/original/1X/favicon.png',
    title: 'Lumen Community',
    description: 'Questions, answers and ideas about Lumen lamps and hubs.',
    header_primary_color: '222222',
    header_background_color: 'ffffff',
    login_required: false,
    locale: 'en',
    include_in_discourse_discover: false,
    mobile_logo_url: '',
  };
}

// ---------------------------------------------------------------------------
// The 2016 server and the broken one

function routeV2016(forum: Forum, segments: string[]): Reply {
  const path = segments.join('/');
  if (path === 'latest') return { status: 200, body: forum.examples2016.latest };
  if (path === 'search') return { status: 200, body: forum.examples2016.search };
  if (path === `t/${String(forum.examples2016.topic.id)}`) {
    return { status: 200, body: forum.examples2016.topic };
  }
  if (path === 'categories') {
    const uncategorized: JsonObject = {
      id: 1,
      name: 'Uncategorized',
      color: 'AB9364',
      text_color: 'FFFFFF',
      slug: 'uncategorized',
      topic_count: 3,
      post_count: 9,
      position: 0,
      description: null,
      topic_url: null,
      read_restricted: false,
      permission: null,
      notification_level: null,
      has_children: false,
    };
    return {
      status: 200,
      body: {
        category_list: {
          can_create_category: false,
          can_create_topic: false,
          categories: [uncategorized],
        },
      },
    };
  }
  return NOT_FOUND;
}

/**
 * Answers a careless proxy or a changed API could give; anything else falls
 * through to the normal forum. `/latest.json?order=…` answers normally, so a
 * test can see a good list next to a broken category list.
 */
function routeBroken(segments: string[], query: URLSearchParams): Reply | undefined {
  switch (segments.join('/')) {
    case 'latest':
      if (query.has('order')) return undefined;
      return {
        status: 200,
        body: {
          users: [],
          topic_list: {
            per_page: 30,
            topics: [
              {
                id: 7,
                title: 'Fine',
                slug: 'fine',
                posts_count: 1,
                created_at: '2026-01-01T00:00:00.000Z',
              },
              {
                id: '8',
                title: 'Id as string',
                slug: 'id',
                posts_count: 1,
                created_at: '2026-01-01T00:00:00.000Z',
              },
            ],
          },
        },
      };
    case 'top':
      // A login page or captive portal answering 200 where JSON belongs.
      return {
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!DOCTYPE html><html><head><title>Log in</title></head><body>Please log in</body></html>',
      };
    case 'search':
      return { status: 200, body: { posts: {}, grouped_search_result: null } };
    case 'categories':
      return { status: 200, body: { category_list: null } };
    case 'tags/filter/search':
      return { status: 200, body: { tags: [] } };
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------
// Small helpers

function pick(source: JsonObject, keys: string[]): JsonObject {
  return Object.fromEntries(keys.map((key) => [key, source[key] ?? null]));
}

function clampInt(value: string | null, fallback: number, min: number, max: number): number {
  if (value === null || !/^-?\d+$/.test(value)) return fallback;
  return Math.min(max, Math.max(min, Number(value)));
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&hellip;/g, '…')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
