/**
 * Guards for the domain types as JSON sends them (the REST contract's shapes
 * are the domain types). Structure is checked strictly: a contract breach is
 * a BadResponseError naming the path. Decorations are forgiving: unsafe URLs
 * and colours, unknown roles, are dropped rather than failing a whole list.
 * Sizes are bounded here, once for every adapter: text is cut to what a
 * widget could ever show, lists to what a widget could ever ask for.
 */
import { MAX_PAGE_SIZE } from '../core/page-size.js';
import type {
  Body,
  Category,
  Onboarding,
  OnboardingProgress,
  OnboardingStep,
  Person,
  Tag,
  Thread,
  ThreadPage,
} from '../core/types.js';
import {
  array,
  boolean,
  color,
  compactArray,
  count,
  dropInvalid,
  id,
  isoDate,
  map,
  object,
  oneOf,
  optional,
  string,
  text,
  url,
  withDefault,
  type Guard,
} from './guards.js';

/** Longest text kept, by what it is (UTF-16 units). */
const NAME = text(200);
const TITLE = text(300);
const SUMMARY = text(1_000);
/** A post body: far beyond any real announcement, short of what freezes a parser. */
const BODY = text(200_000);
const MAX_TAGS_PER_THREAD = 30;
const MAX_THREADS = 10_000;
const MAX_STEPS = 20;

export const bodyGuard: Guard<Body> = object({
  markdown: optional(BODY),
  html: optional(BODY),
});

export const personGuard: Guard<Person> = object({
  id,
  name: NAME,
  avatarUrl: url,
  url,
  role: dropInvalid(oneOf(['staff', 'moderator', 'member'])),
});

export const tagGuard: Guard<Tag> = object({
  name: NAME,
  label: optional(NAME),
  count: optional(count),
});

export const categoryGuard: Guard<Category> = object({
  id,
  name: NAME,
  color,
  url,
});

const threadFields = object({
  id,
  title: TITLE,
  url,
  excerpt: optional(SUMMARY),
  lang: optional(text(35)),
  body: optional(bodyGuard),
  author: optional(personGuard),
  createdAt: isoDate,
  lastActivityAt: optional(isoDate),
  updatedAt: optional(isoDate),
  replyCount: count,
  viewCount: optional(count),
  likeCount: optional(count),
  tags: withDefault(compactArray(tagGuard, MAX_TAGS_PER_THREAD), () => []),
  category: optional(categoryGuard),
  pinned: optional(boolean),
  announcement: optional(boolean),
  solved: optional(boolean),
  closed: optional(boolean),
});

/**
 * A thread whose own URL is unsafe has nowhere safe to go when selected, so
 * it is dropped (undefined) rather than shown as a dead or dangerous link.
 */
export const threadGuard: Guard<Thread | undefined> = map(threadFields, (fields) =>
  fields.url === undefined ? undefined : { ...fields, url: fields.url },
);

/**
 * At most `max` threads, or tags: what the widget asked for (a limit), and
 * never more than a page of 100 tags or 10,000 threads (a list shows what a
 * page holds, and past 200 rows it renders only those near the viewport),
 * however much a backend sends.
 */
export const threadsUpTo = (max = MAX_THREADS): Guard<Thread[]> =>
  compactArray(threadGuard, Math.min(max, MAX_THREADS));

export const tagsUpTo = (max = MAX_PAGE_SIZE): Guard<Tag[]> =>
  compactArray(tagGuard, Math.min(max, MAX_PAGE_SIZE));

export const threadPageGuard: Guard<ThreadPage> = object({
  threads: threadsUpTo(),
  nextCursor: optional(string),
  total: optional(count),
});

const stepGuard: Guard<OnboardingStep> = object({
  id,
  title: TITLE,
  description: optional(SUMMARY),
  actionUrl: url,
  actionLabel: optional(NAME),
});

const guidelinesFields = object({ summary: SUMMARY, url });

export const onboardingGuard: Guard<Onboarding> = object({
  title: TITLE,
  message: bodyGuard,
  author: optional(personGuard),
  // Guidelines without a safe link have nothing to offer: leave them out.
  guidelines: optional(
    map(guidelinesFields, ({ summary, url }) => (url === undefined ? undefined : { summary, url })),
  ),
  steps: compactArray(stepGuard, MAX_STEPS),
});

export const onboardingProgressGuard: Guard<OnboardingProgress> = object({
  completed: array(NAME, MAX_STEPS * 5),
  dismissed: boolean,
});
