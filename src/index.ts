/**
 * community-widgets: web components that bring your customer community into
 * the pages your customers already use. Importing this module registers the
 * elements.
 */
import { defineElements } from './define.js';

export * from './core/types.js';
export * from './core/errors.js';
export * from './core/events/index.js';
export * from './core/allowed-values.js';
export { safeUrl } from './core/safe-url.js';
export { safeColor } from './core/safe-color.js';
export { configure, type ConfigureOptions } from './elements/provider/page-config.js';
export { CommunityProvider } from './elements/provider/provider.js';
export { CommunityThreadList } from './elements/thread-list/thread-list.js';
export { CommunityTagSearch } from './elements/tag-search/tag-search.js';
export { CommunityWelcomeCard } from './elements/welcome-card/welcome-card.js';
export { CommunityPinnedPosts } from './elements/pinned-posts/pinned-posts.js';
export {
  createMemoryAdapter,
  type CommunityData,
  type MemoryAdapterOptions,
} from './adapters/memory/memory-adapter.js';
export { createRestAdapter, type RestAdapterOptions } from './adapters/rest/rest-adapter.js';
export {
  createDiscourseAdapter,
  TOP_PERIODS,
  type DiscourseAdapter,
  type DiscourseAdapterOptions,
  type TopPeriod,
} from './adapters/discourse/index.js';
export { withRequestCache } from './data/with-request-cache.js';

defineElements();
export { version } from './version.js';
