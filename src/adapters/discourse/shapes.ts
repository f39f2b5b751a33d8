/**
 * The parts of Discourse's JSON that the adapter reads, checked at the
 * boundary. Fields we read are type-checked; fields we ignore are dropped.
 * Most fields are optional on purpose: older servers, plugins that are off
 * and anonymous responses each leave different ones out (see the field guide
 * in the Discourse fixtures README).
 */
import {
  array,
  boolean,
  compactArray,
  count,
  dropInvalid,
  fail,
  id,
  isoDate,
  object,
  optional,
  string,
  validator,
  withDefault,
  type Guard,
  type Infer,
} from '../../data/guards.js';

/** Topic, post and category ids go into request paths, so only positive integers pass. */
export const numericId: Guard<string> = (value, path) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? String(value)
    : fail(path, 'positive integer id', value);

/** Current servers send `{id, name, slug}`; servers before 2026 send the name as a string. */
export interface RawTag {
  name: string;
  /** Set when content localisation translated `name`. */
  originalName?: string;
}

const tagObject = object({
  name: string,
  original_name: optional(string),
});

export const tagRef: Guard<RawTag> = (value, path) => {
  if (typeof value === 'string') return { name: value };
  const tag = tagObject(value, path);
  return tag.original_name ? { name: tag.name, originalName: tag.original_name } : tag;
};

export const user = object({
  id: id,
  username: string,
  name: optional(string),
  avatar_template: optional(string),
});
export type RawUser = Infer<typeof user>;

const poster = object({
  user_id: id,
});

/** A topic as it appears in topic lists and, slimmer, in search results. */
export const topic = object({
  id: numericId,
  title: string,
  fancy_title: optional(string),
  slug: optional(string),
  posts_count: count,
  views: optional(count),
  like_count: optional(count),
  created_at: isoDate,
  last_posted_at: optional(isoDate),
  bumped_at: optional(isoDate),
  excerpt: optional(string),
  pinned: optional(boolean),
  pinned_globally: optional(boolean),
  closed: optional(boolean),
  archived: optional(boolean),
  tags: withDefault(array(tagRef), () => []),
  category_id: optional(numericId),
  has_accepted_answer: optional(boolean),
  posters: withDefault(array(poster), () => []),
});
export type RawTopic = Infer<typeof topic>;

/**
 * A category from `/categories.json`, `/site.json` or a response's sideloaded
 * list. `subcategory_list` nests on current servers; `parent_category_id`
 * links on flat lists.
 */
export interface RawCategory {
  id: string;
  name: string;
  slug?: string;
  color?: string;
  parent_category_id?: string;
  subcategory_ids: string[];
  subcategory_list: RawCategory[];
}

const categoryFields = object({
  id: numericId,
  name: string,
  slug: optional(string),
  color: optional(string),
  parent_category_id: optional(numericId),
  subcategory_ids: withDefault(array(numericId), () => []),
});

export const category: Guard<RawCategory> = (value, path) => ({
  ...categoryFields(value, path),
  subcategory_list: withDefault(array(category), () => [])(
    (value as { subcategory_list?: unknown }).subcategory_list,
    `${path}.subcategory_list`,
  ),
});

/** Sideloaded categories are a bonus: a malformed one is skipped, not fatal. */
const sideloadedCategories = withDefault(compactArray(dropInvalid(category)), () => []);

export const topicList = validator(
  object({
    users: withDefault(array(user), () => []),
    topic_list: object({
      more_topics_url: optional(string),
      per_page: optional(count),
      topics: array(topic),
      categories: sideloadedCategories,
    }),
  }),
);
export type RawTopicList = ReturnType<typeof topicList>;

const searchPost = object({
  id: numericId,
  topic_id: numericId,
  post_number: optional(count),
  blurb: optional(string),
  username: optional(string),
  name: optional(string),
  avatar_template: optional(string),
});
export type RawSearchPost = Infer<typeof searchPost>;

/** Anything non-null means "there is another page"; servers have sent booleans and numbers. */
const presence: Guard<boolean> = (value) =>
  value !== undefined && value !== null && value !== false;

export const searchResult = validator(
  object({
    posts: withDefault(array(searchPost), () => []),
    topics: withDefault(array(topic), () => []),
    categories: sideloadedCategories,
    grouped_search_result: optional(
      object({
        more_full_page_results: presence,
        error: optional(string),
        extra: optional(object({ categories: sideloadedCategories })),
      }),
    ),
  }),
);
export type RawSearchResult = ReturnType<typeof searchResult>;

export const categoryList = validator(
  object({ category_list: object({ categories: array(category) }) }),
);

export const siteCategories = validator(object({ categories: array(category) }));
