/**
 * A read-only, anonymous adapter for Discourse's public JSON API. It never
 * sends an API key (those are server secrets) and, by default, no cookies:
 * what it shows is what any visitor of the forum may read.
 */
import { BadResponseError, HttpStatusError, isAbortError } from '../../core/errors.js';
import type {
  CommunityAdapter,
  Onboarding,
  PinnedQuery,
  RequestOptions,
  Tag,
  Thread,
  ThreadPage,
  ThreadQuery,
} from '../../core/types.js';
import { unchecked, validator } from '../../data/guards.js';
import { createHttpClient, type HttpClient, type QueryParams } from '../../data/http.js';
import { createCategoryDirectory, type CategoryEntry } from './category-directory.js';
import {
  listCursor,
  listPage,
  searchCursor,
  searchPosition,
  type SearchPosition,
} from './cursor.js';
import { createForumUrls } from './forum-urls.js';
import {
  categoryList,
  searchResult,
  siteCategories,
  topicList,
  type RawCategory,
} from './shapes.js';
import { sharedLoad } from './shared-load.js';
import {
  categoryListPath,
  chooseThreadSource,
  satisfiesQuery,
  type TopPeriod,
} from './thread-source.js';
import { listToThreads, searchToThreads, type MappingContext } from './to-thread.js';

export interface DiscourseAdapterOptions {
  /** The forum's address, e.g. `https://forum.example.com` or `https://example.com/community`. */
  baseUrl: string;
  /** The welcome card's content; Discourse has no onboarding API. */
  onboarding?: Onboarding;
  /** Linked from the default welcome card's first step. */
  welcomeTopicUrl?: string;
  /** The window `sort: 'top'` ranks over. Default `yearly`, so small forums are not empty. */
  topPeriod?: TopPeriod;
  /** Avatar pixels; 96 suits a 48 px avatar on a 2× display. */
  avatarSize?: number;
  /** Per request attempt. Default 10000. */
  timeoutMs?: number;
  /** Extra attempts after a transient failure. Default 2. */
  retries?: number;
  retryBaseMs?: number;
  /**
   * Default `omit`: anonymous, so one cached answer serves every visitor and
   * the forum need not allow credentialed CORS. `include` shows a signed-in
   * visitor's view where the forum allows it.
   */
  credentials?: RequestCredentials;
  /** Only for tests in Node; never mocked. */
  fetch?: typeof fetch;
}

export type DiscourseAdapter = CommunityAdapter & Required<Pick<CommunityAdapter, 'getViewer'>>;

const DEFAULT_AVATAR_SIZE = 96;
const DEFAULT_TAG_LIMIT = 10;
/** `per_page` bounds documented for topic lists. */
const MAX_PER_PAGE = 100;
/** The tag index changes rarely; refetching it per keystroke would waste the visitor's data. */
const TAG_INDEX_MAX_AGE_MS = 5 * 60_000;
/** For answers read by a chunk that downloads beside the request (tags, site info). */
const asIs = validator(unchecked);
const tagSuggestions = () => import('./tag-suggestions.js');

export function createDiscourseAdapter(options: DiscourseAdapterOptions): DiscourseAdapter {
  const urls = createForumUrls(options.baseUrl);
  const http = createHttpClient({
    baseUrl: urls.root,
    credentials: options.credentials ?? 'omit',
    // Discourse's CORS rules do not allow `If-None-Match`, so conditional
    // requests would fail their preflight in browsers.
    conditionalRequests: false,
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.retries !== undefined && { retries: options.retries }),
    ...(options.retryBaseMs !== undefined && { retryBaseMs: options.retryBaseMs }),
    ...(options.fetch !== undefined && { fetch: options.fetch }),
  });
  const categories = createCategoryDirectory(urls);
  const ctx: MappingContext = {
    urls,
    categories,
    avatarSize: options.avatarSize ?? DEFAULT_AVATAR_SIZE,
  };
  const loadCategories = sharedLoad(() => fetchCategories(http).then((all) => categories.add(all)));
  const loadTagIndex = sharedLoad(async () => {
    const [raw, { tagIndex }] = await Promise.all([
      http.getJson('/tags.json', {}, asIs),
      tagSuggestions(),
    ]);
    return tagIndex(raw).tags;
  }, TAG_INDEX_MAX_AGE_MS);

  /**
   * Categories only decorate threads unless the query filters by one, so any
   * failure is tolerated here; an abort reaches the caller through the
   * request that runs beside this one.
   */
  async function categoriesIfAvailable(signal: AbortSignal | undefined): Promise<void> {
    await loadCategories(signal).catch(() => undefined);
  }

  async function requireCategory(
    reference: string,
    signal: AbortSignal | undefined,
  ): Promise<CategoryEntry> {
    await loadCategories(signal);
    const entry = categories.find(reference);
    if (!entry) {
      throw new BadResponseError(
        `The forum at ${urls.root} has no category "${reference}" that anonymous visitors can see.`,
      );
    }
    return entry;
  }

  async function fetchList(
    path: string,
    params: QueryParams,
    signal: AbortSignal | undefined,
  ): Promise<{ threads: Thread[]; hasMore: boolean }> {
    const decorations = categoriesIfAvailable(signal);
    const list = await http.getJson(path, params, topicList, { signal });
    categories.add(list.topic_list.categories);
    await decorations;
    return {
      threads: listToThreads(list, ctx),
      // Sent only when the page came back full; its own URL lacks `.json`
      // and any subfolder handling, so only its presence is used.
      hasMore: list.topic_list.more_topics_url !== undefined,
    };
  }

  async function listThreads(query: ThreadQuery, opts?: RequestOptions): Promise<ThreadPage> {
    const signal = opts?.signal;
    const reference = query.category?.trim();
    const category = reference ? await requireCategory(reference, signal) : undefined;
    const source = chooseThreadSource(query, category, {
      topPeriod: options.topPeriod ?? 'yearly',
    });
    const pageSize =
      query.pageSize !== undefined ? Math.max(1, Math.floor(query.pageSize)) : undefined;

    if (source.kind === 'list') {
      const page = listPage(query.cursor);
      const { threads, hasMore } = await fetchList(
        source.path,
        {
          ...source.params,
          page: page > 0 ? page : undefined,
          per_page: pageSize !== undefined ? Math.min(pageSize, MAX_PER_PAGE) : undefined,
        },
        signal,
      );
      return {
        threads: threads.filter((thread) => satisfiesQuery(thread, query)),
        ...(hasMore && { nextCursor: listCursor(page + 1) }),
      };
    }

    const found = await searchThreads(source.q, searchPosition(query.cursor), pageSize, signal);
    return { ...found, threads: found.threads.filter((thread) => satisfiesQuery(thread, query)) };
  }

  async function searchThreads(
    q: string,
    position: SearchPosition,
    pageSize: number | undefined,
    signal: AbortSignal | undefined,
  ): Promise<ThreadPage> {
    const decorations = categoriesIfAvailable(signal);
    const result = await http.getJson(
      '/search.json',
      { q, page: position.page > 1 ? position.page : undefined },
      searchResult,
      { signal },
    );
    const grouped = result.grouped_search_result;
    if (grouped?.error) {
      throw new BadResponseError(`The forum rejected the search "${q}": ${grouped.error}`);
    }
    categories.add([...result.categories, ...(grouped?.extra?.categories ?? [])]);
    await decorations;
    // Search pages have a fixed size (50 posts); a widget's page is a slice of one.
    const all = searchToThreads(result, ctx);
    const end = pageSize !== undefined ? position.skip + pageSize : all.length;
    const next =
      end < all.length
        ? searchCursor({ page: position.page, skip: end })
        : grouped?.more_full_page_results
          ? searchCursor({ page: position.page + 1, skip: 0 })
          : undefined;
    return {
      threads: all.slice(position.skip, end),
      ...(next !== undefined && { nextCursor: next }),
    };
  }

  async function listPinned(query: PinnedQuery, opts?: RequestOptions): Promise<Thread[]> {
    const signal = opts?.signal;
    const reference = query.category?.trim();
    const category = reference ? await requireCategory(reference, signal) : undefined;
    const path = category ? categoryListPath(category, 'latest') : '/latest.json';
    const [{ threads }, { withFirstPost }] = await Promise.all([
      fetchList(path, {}, signal),
      import('./first-post.js'),
    ]);
    // Pinned topics lead the first page: site-wide ones first, then the category's.
    const pinned = threads
      .filter((thread) => thread.pinned)
      .sort((a, b) => Number(Boolean(b.announcement)) - Number(Boolean(a.announcement)))
      .slice(0, Math.max(0, query.limit ?? Infinity));
    // Lists carry only an excerpt; the first post's HTML is the body.
    return Promise.all(pinned.map((thread) => withFirstPost(thread, http, ctx, signal)));
  }

  async function searchTags(
    text: string,
    opts?: RequestOptions & { limit?: number },
  ): Promise<Tag[]> {
    const signal = opts?.signal;
    const limit = Math.max(1, opts?.limit ?? DEFAULT_TAG_LIMIT);
    const [found, { tagFilterResults, rankedTags, matchTags }] = await Promise.all([
      http
        .getJson('/tags/filter/search.json', { q: text.trim(), limit }, asIs, { signal })
        .catch(missingEndpoint),
      tagSuggestions(),
    ]);
    try {
      if (found !== MISSING) return rankedTags(tagFilterResults(found).results, limit);
    } catch (error) {
      if (!isMissingEndpoint(error)) throw error;
    }
    // Servers or proxies without the autocomplete endpoint: filter the public tag index.
    return matchTags(await loadTagIndex(signal), text, limit);
  }

  async function getOnboarding(opts?: RequestOptions): Promise<Onboarding> {
    if (options.onboarding) return structuredClone(options.onboarding);
    const [site, { defaultOnboarding, readSiteInfo }] = await Promise.all([
      http.getJson('/site/basic-info.json', {}, asIs, { signal: opts?.signal }).catch(rethrowAbort),
      import('./onboarding.js'),
    ]);
    return defaultOnboarding(readSiteInfo(site), urls, options.welcomeTopicUrl);
  }

  return {
    listThreads,
    listPinned,
    searchTags,
    getOnboarding,
    // Anonymous by design: there is never a signed-in viewer to show.
    getViewer: () => Promise.resolve(null),
  };
}

/**
 * `/categories.json` nests subcategories when asked; servers too old for
 * `include_subcategories` list only their ids, so `/site.json` fills the gaps.
 */
async function fetchCategories(http: HttpClient): Promise<RawCategory[]> {
  const listed = await http.getJson(
    '/categories.json',
    { include_subcategories: 'true' },
    categoryList,
  );
  const all = listed.category_list.categories;
  const flat: RawCategory[] = [];
  const collect = (list: readonly RawCategory[]): void =>
    list.forEach((category) => {
      flat.push(category);
      collect(category.subcategory_list);
    });
  collect(all);
  const known = new Set(flat.map((category) => category.id));
  const missing = flat.some((category) => category.subcategory_ids.some((id) => !known.has(id)));
  if (!missing) return all;
  const site = await http.getJson('/site.json', {}, siteCategories);
  return [...all, ...site.categories];
}

const MISSING = Symbol('missing endpoint');

/** A missing autocomplete endpoint is no failure: the tag index stands in. */
function missingEndpoint(error: unknown): typeof MISSING {
  if (isMissingEndpoint(error)) return MISSING;
  throw error;
}

function isMissingEndpoint(error: unknown): boolean {
  return (
    (error instanceof HttpStatusError && (error.status === 404 || error.status === 403)) ||
    error instanceof BadResponseError
  );
}

function rethrowAbort(error: unknown): undefined {
  if (isAbortError(error)) throw error;
  return undefined;
}
