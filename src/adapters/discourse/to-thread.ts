/**
 * Discourse topics, users and posts mapped into domain threads. Everything
 * that becomes text is plain text; every URL is absolute and safe or left out.
 */
import type { Person, Thread } from '../../core/types.js';
import type { CategoryDirectory } from './category-directory.js';
import type { ForumUrls } from './forum-urls.js';
import { htmlToPlainText } from './plain-text.js';
import type { RawTopicPost } from './first-post.js';
import type { RawSearchPost, RawSearchResult, RawTopic, RawTopicList, RawUser } from './shapes.js';
import { toTags } from './tags.js';

export interface MappingContext {
  urls: ForumUrls;
  categories: CategoryDirectory;
  /** Pixels substituted for `{size}` in avatar templates. */
  avatarSize: number;
}

type RawPerson = Pick<RawUser, 'username' | 'name' | 'avatar_template'> &
  Partial<Pick<RawTopicPost, 'admin' | 'moderator' | 'staff'>>;

/**
 * People are keyed by username: it is the one identifier that every response
 * carries (search posts have no user id) and what profile URLs use.
 */
export function toPerson(raw: RawPerson, ctx: MappingContext): Person {
  const name = raw.name?.trim() || raw.username;
  const avatarUrl = ctx.urls.avatar(raw.avatar_template, ctx.avatarSize);
  const role = toRole(raw);
  return {
    id: raw.username,
    name,
    ...(avatarUrl !== undefined && { avatarUrl }),
    url: ctx.urls.user(raw.username),
    ...(role !== undefined && { role }),
  };
}

function toRole(raw: RawPerson): Person['role'] {
  if (raw.admin === undefined && raw.moderator === undefined && raw.staff === undefined) {
    return undefined;
  }
  if (raw.moderator) return 'moderator';
  return raw.admin || raw.staff ? 'staff' : 'member';
}

export function toThread(
  topic: RawTopic,
  extras: { author?: Person; excerpt?: string },
  ctx: MappingContext,
): Thread {
  const excerpt = plainOrUndefined(extras.excerpt ?? topic.excerpt);
  const category = ctx.categories.byId(topic.category_id);
  const lastActivityAt = topic.bumped_at ?? topic.last_posted_at;
  const closed =
    topic.closed === undefined && topic.archived === undefined
      ? undefined
      : Boolean(topic.closed || topic.archived);
  return {
    id: topic.id,
    // `title` is the raw text; `fancy_title` is the same, HTML-escaped.
    title: topic.title || htmlToPlainText(topic.fancy_title ?? ''),
    url: ctx.urls.topic(topic.slug, topic.id),
    ...(excerpt !== undefined && { excerpt }),
    ...(extras.author !== undefined && { author: extras.author }),
    createdAt: topic.created_at,
    ...(lastActivityAt !== undefined && { lastActivityAt }),
    // The web UI shows posts_count − 1 as replies; `reply_count` counts something else.
    replyCount: Math.max(0, topic.posts_count - 1),
    ...(topic.views !== undefined && { viewCount: topic.views }),
    ...(topic.like_count !== undefined && { likeCount: topic.like_count }),
    tags: toTags(topic.tags),
    ...(category !== undefined && { category }),
    ...(topic.pinned !== undefined && { pinned: topic.pinned }),
    ...(topic.pinned && topic.pinned_globally && { announcement: true }),
    ...(topic.has_accepted_answer !== undefined && { solved: topic.has_accepted_answer }),
    ...(closed !== undefined && { closed }),
  };
}

/**
 * The original poster comes first in `posters` (Discourse builds the summary
 * that way). Its `description` names the role too, but in the site's
 * language, so it is not parsed.
 */
export function listToThreads(list: RawTopicList, ctx: MappingContext): Thread[] {
  const users = new Map(list.users.map((user) => [user.id, user]));
  return list.topic_list.topics.map((topic) => {
    const original = users.get(topic.posters[0]?.user_id ?? '');
    return toThread(topic, original ? { author: toPerson(original, ctx) } : {}, ctx);
  });
}

/**
 * Search answers with matching posts, in rank order, and sideloads their
 * topics. One thread per topic, in the order of its best post; the excerpt
 * is that post's blurb. The author is known only when the first post matched.
 */
export function searchToThreads(result: RawSearchResult, ctx: MappingContext): Thread[] {
  const topics = new Map(result.topics.map((topic) => [topic.id, topic]));
  const postsByTopic = new Map<string, RawSearchPost[]>();
  for (const post of result.posts) {
    if (!topics.has(post.topic_id)) continue;
    const posts = postsByTopic.get(post.topic_id) ?? [];
    posts.push(post);
    postsByTopic.set(post.topic_id, posts);
  }
  return [...postsByTopic].flatMap(([topicId, posts]) => {
    const topic = topics.get(topicId);
    if (!topic) return [];
    const opening = posts.find((post) => post.post_number === 1);
    const author =
      opening?.username !== undefined
        ? toPerson({ ...opening, username: opening.username }, ctx)
        : undefined;
    const excerpt = posts[0]?.blurb;
    return [
      toThread(
        topic,
        { ...(author !== undefined && { author }), ...(excerpt !== undefined && { excerpt }) },
        ctx,
      ),
    ];
  });
}

function plainOrUndefined(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const text = htmlToPlainText(html);
  return text === '' ? undefined : text;
}
