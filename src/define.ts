/**
 * The one place elements are registered. Guarded, so a page that loads the
 * library twice, or next to another copy, keeps the first definition instead
 * of throwing NotSupportedError.
 */
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
  if (typeof customElements === 'undefined') return;
  for (const [name, element] of Object.entries(ELEMENTS)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}
