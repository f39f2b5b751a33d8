/**
 * Which Discourse endpoint answers a ThreadQuery. Topic lists serve every
 * query without free text: they are cheap, not rate-limited like anonymous
 * search, and carry views, likes and the original poster. Their query
 * parameters are TopicQuery's public options (`tags[]`, `match_all_tags`,
 * `max_posts`, `order`) plus the Solved plugin's `solved=yes|no` filter.
 * Free text needs search, which takes the same filters in its own syntax.
 */
import type { QueryParams } from '../../data/http.js';
import type { Thread, ThreadQuery } from '../../core/types.js';
import type { CategoryEntry } from './category-directory.js';

/** Periods `/top.json` accepts. */
export const TOP_PERIODS = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'all'] as const;
export type TopPeriod = (typeof TOP_PERIODS)[number];

export type ThreadSource =
  { kind: 'list'; path: string; params: QueryParams } | { kind: 'search'; q: string };

export interface SourceOptions {
  topPeriod: TopPeriod;
}

export function chooseThreadSource(
  query: ThreadQuery,
  category: CategoryEntry | undefined,
  options: SourceOptions,
): ThreadSource {
  const tags = normalizedTags(query.tags);
  const text = query.text?.trim() ?? '';
  if (text !== '') return { kind: 'search', q: buildSearchQuery(query, text, tags, category) };

  const sort = query.sort ?? 'latest';
  const filter = sort === 'top' ? 'top' : 'latest';
  return {
    kind: 'list',
    path: category ? categoryListPath(category, filter) : `/${filter}.json`,
    params: {
      'tags[]': tags.length > 0 ? tags : undefined,
      match_all_tags: tags.length > 1 ? 'true' : undefined,
      // `/new.json` lists what the signed-in user has not read; anonymously
      // it is empty. Newest first is `latest` ordered by creation.
      order: sort === 'new' || sort === 'unanswered' ? 'created' : undefined,
      period: filter === 'top' ? options.topPeriod : undefined,
      max_posts: sort === 'unanswered' ? 1 : undefined,
      solved: query.status === 'solved' ? 'yes' : query.status === 'unsolved' ? 'no' : undefined,
    },
  };
}

/** `/c/{parent-slug}/{slug}/{id}/l/{filter}.json`: the id decides, the slugs keep URLs canonical. */
export function categoryListPath(category: CategoryEntry, filter: 'latest' | 'top'): string {
  const slugs = category.slugPath.map(encodeURIComponent).join('/');
  return `/c/${slugs}/${category.id}/l/${filter}.json`;
}

/**
 * Whether a thread meets the query's filters. Servers silently ignore list
 * parameters they do not know (`solved` without the Solved plugin), so the
 * answer is checked too: a page may come back shorter, never wrong.
 */
export function satisfiesQuery(thread: Thread, query: ThreadQuery): boolean {
  const names = new Set(thread.tags.map((tag) => tag.name.toLocaleLowerCase()));
  const hasTags = normalizedTags(query.tags).every((tag) => names.has(tag.toLocaleLowerCase()));
  const status =
    query.status === 'solved'
      ? thread.solved === true
      : query.status === 'unsolved'
        ? thread.solved !== true
        : true;
  const unanswered = query.sort !== 'unanswered' || thread.replyCount === 0;
  return hasTags && status && unanswered;
}

/**
 * Discourse's advanced search syntax, one filter per word. User text comes
 * first and is passed as typed, so people may add their own filters.
 */
function buildSearchQuery(
  query: ThreadQuery,
  text: string,
  tags: readonly string[],
  category: CategoryEntry | undefined,
): string {
  const words = [text];
  if (tags.length > 0) words.push(`tags:${tags.join('+')}`);
  if (category) words.push(categoryFilter(category));
  if (query.status === 'solved' || query.status === 'unsolved')
    words.push(`status:${query.status}`);
  if (query.sort === 'unanswered') words.push('max_posts:1');
  const order = searchOrder(query.sort);
  if (order !== undefined) words.push(`order:${order}`);
  return words.join(' ');
}

/** `#slug` or `#parent:child`; a category without a usable slug only by id. */
function categoryFilter(category: CategoryEntry): string {
  const hasRealSlugs = category.slugPath.every((slug) => !/^\d+-category$/.test(slug));
  return hasRealSlugs && category.slugPath.length <= 2
    ? `#${category.slugPath.join(':')}`
    : `category:${category.id}`;
}

/** No sort means relevance, which only search can rank by. */
function searchOrder(sort: ThreadQuery['sort']): string | undefined {
  switch (sort) {
    case 'new':
    case 'unanswered':
      return 'latest_topic';
    case 'top':
      return 'likes';
    case 'latest':
      return 'latest';
    default:
      return undefined;
  }
}

function normalizedTags(tags: readonly string[] | undefined): string[] {
  const names = (tags ?? []).map((tag) => tag.trim()).filter((tag) => tag !== '');
  return [...new Set(names)];
}
