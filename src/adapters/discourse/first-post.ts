/**
 * A pinned post's body: the first post of its topic, which topic lists do not
 * carry. A chunk of its own, downloaded beside the list request, so a page
 * without pinned posts never pays for it.
 */
import { isAbortError } from '../../core/errors.js';
import type { Thread } from '../../core/types.js';
import {
  array,
  boolean,
  count,
  isoDate,
  object,
  optional,
  string,
  validator,
  type Infer,
} from '../../data/guards.js';
import type { HttpClient } from '../../data/http.js';
import { numericId } from './shapes.js';
import { toPerson, type MappingContext } from './to-thread.js';

const topicPost = object({
  post_number: count,
  cooked: optional(string),
  updated_at: optional(isoDate),
  username: optional(string),
  name: optional(string),
  avatar_template: optional(string),
  admin: optional(boolean),
  moderator: optional(boolean),
  staff: optional(boolean),
});
export type RawTopicPost = Infer<typeof topicPost>;

/** `/t/{id}.json`: only the first post's content and the solved state are read. */
export const topicView = validator(
  object({
    id: numericId,
    post_stream: object({ posts: array(topicPost) }),
    // discourse-solved: `accepted_answers` (current) or `accepted_answer` (older).
    accepted_answers: optional(array(object({}))),
    accepted_answer: optional(object({})),
  }),
);
export type RawTopicView = ReturnType<typeof topicView>;

/**
 * The thread with its first post's HTML as the body, its author and whether
 * it is solved. Without the post (a failed or odd answer) the excerpt still
 * shows, so only an abort is passed on.
 */
export async function withFirstPost(
  thread: Thread,
  http: HttpClient,
  ctx: MappingContext,
  signal: AbortSignal | undefined,
): Promise<Thread> {
  let view: RawTopicView;
  try {
    view = await http.getJson(`/t/${thread.id}.json`, {}, topicView, { signal });
  } catch (error) {
    if (isAbortError(error)) throw error;
    return thread;
  }
  const first = view.post_stream.posts.find((post) => post.post_number === 1);
  if (!first) return thread;
  const solved = (view.accepted_answers?.length ?? 0) > 0 || view.accepted_answer !== undefined;
  const author =
    first.username !== undefined
      ? toPerson({ ...first, username: first.username }, ctx)
      : undefined;
  return {
    ...thread,
    ...(first.cooked !== undefined && { body: { html: ctx.urls.absolutizeHtml(first.cooked) } }),
    ...(first.updated_at !== undefined && { updatedAt: first.updated_at }),
    ...(author !== undefined && { author }),
    ...(solved && { solved }),
  };
}
