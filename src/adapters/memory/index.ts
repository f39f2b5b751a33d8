/**
 * `community-widgets/adapters/memory`: the in-memory adapter on its own, free
 * of side effects, for code that builds an adapter without registering the
 * elements (a test, a worker, a module loaded before the widgets).
 */
export {
  createMemoryAdapter,
  type CommunityData,
  type MemoryAdapterOptions,
} from './memory-adapter.js';
