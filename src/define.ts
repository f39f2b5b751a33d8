/**
 * The one place elements are registered. Guarded, so a page that loads the
 * library twice, or next to another copy, keeps the first definition instead
 * of throwing NotSupportedError.
 */
import { CommunityProvider } from './elements/provider/provider.js';
import { CommunityThreadList } from './elements/thread-list/thread-list.js';
import { CommunityTagSearch } from './elements/tag-search/tag-search.js';

export const ELEMENTS = {
  'community-provider': CommunityProvider,
  'community-thread-list': CommunityThreadList,
  'community-tag-search': CommunityTagSearch,
} as const;

export function defineElements(): void {
  if (typeof customElements === 'undefined') return;
  for (const [name, element] of Object.entries(ELEMENTS)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}
