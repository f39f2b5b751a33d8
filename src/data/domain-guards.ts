/**
 * Guards for the domain types as JSON sends them (the REST contract's shapes
 * are the domain types). Structure is checked strictly: a contract breach is
 * a BadResponseError naming the path. Decorations are forgiving: unsafe URLs
 * and colours, unknown roles, are dropped rather than failing a whole list.
 */
import { SORTS, STATUSES } from '../core/allowed-values.js';
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
  url,
  withDefault,
  type Guard,
} from './guards.js';

export const sortGuard = oneOf(SORTS);
export const statusGuard = oneOf(STATUSES);

export const bodyGuard: Guard<Body> = object({
  markdown: optional(string),
  html: optional(string),
});

export const personGuard: Guard<Person> = object({
  id,
  name: string,
  avatarUrl: url,
  url,
  role: dropInvalid(oneOf(['staff', 'moderator', 'member'])),
});

export const tagGuard: Guard<Tag> = object({
  name: string,
  label: optional(string),
  count: optional(count),
});

export const categoryGuard: Guard<Category> = object({
  id,
  name: string,
  color,
  url,
});

const threadFields = object({
  id,
  title: string,
  url,
  excerpt: optional(string),
  lang: optional(string),
  body: optional(bodyGuard),
  author: optional(personGuard),
  createdAt: isoDate,
  lastActivityAt: optional(isoDate),
  updatedAt: optional(isoDate),
  replyCount: count,
  viewCount: optional(count),
  likeCount: optional(count),
  tags: withDefault(array(tagGuard), () => []),
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

export const threadsGuard: Guard<Thread[]> = compactArray(threadGuard);

export const threadPageGuard: Guard<ThreadPage> = object({
  threads: threadsGuard,
  nextCursor: optional(string),
  total: optional(count),
});

const stepGuard: Guard<OnboardingStep> = object({
  id,
  title: string,
  description: optional(string),
  actionUrl: url,
  actionLabel: optional(string),
});

const guidelinesFields = object({ summary: string, url });

export const onboardingGuard: Guard<Onboarding> = object({
  title: string,
  message: bodyGuard,
  author: optional(personGuard),
  // Guidelines without a safe link have nothing to offer: leave them out.
  guidelines: optional(
    map(guidelinesFields, ({ summary, url }) => (url === undefined ? undefined : { summary, url })),
  ),
  steps: array(stepGuard),
});

export const onboardingProgressGuard: Guard<OnboardingProgress> = object({
  completed: array(string),
  dismissed: boolean,
});
