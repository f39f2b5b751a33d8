/**
 * The one place elements are registered for bundler users (`import
 * 'community-widgets'` and the React entry): every element, at once, so an
 * app's bundler sees what it uses. The drop-in bundle registers each widget
 * on demand instead (define-on-demand.ts). Guarded either way.
 */
import { defineElement } from './define-element.js';
import { CommunityProvider } from './elements/provider/provider.js';
import { CommunityThreadList } from './elements/thread-list/thread-list.js';
import { CommunityTagSearch } from './elements/tag-search/tag-search.js';
import { CommunityWelcomeCard } from './elements/welcome-card/welcome-card.js';
import { CommunityPinnedPosts } from './elements/pinned-posts/pinned-posts.js';

export const ELEMENTS = {
  'community-provider': CommunityProvider,
  'community-thread-list': CommunityThreadList,
  'community-tag-search': CommunityTagSearch,
  'community-welcome-card': CommunityWelcomeCard,
  'community-pinned-posts': CommunityPinnedPosts,
} as const;

export function defineElements(): void {
  for (const [name, element] of Object.entries(ELEMENTS)) defineElement(name, element);
}
