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
export {
  createMemoryAdapter,
  type MemoryAdapterOptions,
} from './adapters/memory/memory-adapter.js';

defineElements();
export { version } from './version.js';
