/**
 * `community-widgets/react`: React components for every element, made with
 * `@lit/react`. Properties reach the element as properties (so `tags` takes
 * an array and `adapter` an object), and each `community-*` event has a typed
 * `on…` prop. Importing this module registers the elements, like the main
 * entry does.
 *
 * ```tsx
 * <CommunityProvider adapter={createRestAdapter({ baseUrl: '/api' })}>
 *   <CommunityThreadList tags={['billing']} onThreadSelect={(e) => track(e.detail.thread.id)} />
 * </CommunityProvider>
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defineElements } from '../define.js';
import type {
  CommunityDismissEvent,
  CommunityErrorEvent,
  CommunityLoadEvent,
  CommunityOnboardingStepEvent,
  CommunityTagSelectEvent,
  CommunityTagsChangeEvent,
  CommunityThreadSelectEvent,
} from '../core/events/index.js';
import { CommunityProvider as ProviderElement } from '../elements/provider/provider.js';
import { CommunityThreadList as ThreadListElement } from '../elements/thread-list/thread-list.js';
import { CommunityPinnedPosts as PinnedPostsElement } from '../elements/pinned-posts/pinned-posts.js';
import { CommunityTagSearch as TagSearchElement } from '../elements/tag-search/tag-search.js';
import { CommunityWelcomeCard as WelcomeCardElement } from '../elements/welcome-card/welcome-card.js';

defineElements();

// One prop name per event, the same on every component: the event's name
// without its `community-` prefix, in camelCase.
const onThreadSelect = 'community-thread-select' as EventName<CommunityThreadSelectEvent>;
const onTagSelect = 'community-tag-select' as EventName<CommunityTagSelectEvent>;
const onTagsChange = 'community-tags-change' as EventName<CommunityTagsChangeEvent>;
const onLoad = 'community-load' as EventName<CommunityLoadEvent>;
const onError = 'community-error' as EventName<CommunityErrorEvent>;
const onOnboardingStep = 'community-onboarding-step' as EventName<CommunityOnboardingStepEvent>;
const onDismiss = 'community-dismiss' as EventName<CommunityDismissEvent>;

/** `<community-provider>`: configures every widget inside it. */
export const CommunityProvider = createComponent({
  react: React,
  tagName: 'community-provider',
  elementClass: ProviderElement,
  displayName: 'CommunityProvider',
});

/** `<community-thread-list>`: a filtered, sorted, paged list of threads. */
export const CommunityThreadList = createComponent({
  react: React,
  tagName: 'community-thread-list',
  elementClass: ThreadListElement,
  displayName: 'CommunityThreadList',
  events: { onThreadSelect, onTagSelect, onLoad, onError },
});

/** `<community-pinned-posts>`: pinned and featured posts, optionally dismissible. */
export const CommunityPinnedPosts = createComponent({
  react: React,
  tagName: 'community-pinned-posts',
  elementClass: PinnedPostsElement,
  displayName: 'CommunityPinnedPosts',
  events: { onThreadSelect, onDismiss, onLoad, onError },
});

/** `<community-tag-search>`: a tag combobox that drives thread lists. */
export const CommunityTagSearch = createComponent({
  react: React,
  tagName: 'community-tag-search',
  elementClass: TagSearchElement,
  displayName: 'CommunityTagSearch',
  events: { onTagsChange, onError },
});

/** `<community-welcome-card>`: onboarding for new members. */
export const CommunityWelcomeCard = createComponent({
  react: React,
  tagName: 'community-welcome-card',
  elementClass: WelcomeCardElement,
  displayName: 'CommunityWelcomeCard',
  events: { onOnboardingStep, onDismiss, onLoad, onError },
});
