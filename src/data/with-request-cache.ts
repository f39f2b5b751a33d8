/**
 * Gives any adapter (built-in or a host page's own) request dedupe and
 * stale-while-revalidate by routing its read methods through a RequestCache.
 * Writes pass straight through and invalidate what they change.
 */
import type { CommunityAdapter } from '../core/types.js';
import { RequestCache, cacheKey, type RequestCacheOptions } from './request-cache.js';

export interface WithRequestCacheOptions extends RequestCacheOptions {
  /** Share one cache between several wrapped adapters, or inspect it in tests. */
  cache?: RequestCache;
}

/** Wrapping twice would only add a second, useless layer of caching. */
const cachedAdapters = new WeakSet<CommunityAdapter>();

export function withRequestCache(
  adapter: CommunityAdapter,
  options: WithRequestCacheOptions = {},
): CommunityAdapter {
  if (cachedAdapters.has(adapter)) return adapter;
  const cache = options.cache ?? new RequestCache(options);

  const cached: CommunityAdapter = {
    listThreads: (query, opts) =>
      cache.get(
        cacheKey('listThreads', query),
        (signal) => adapter.listThreads(query, { signal }),
        opts,
      ),
    listPinned: (query, opts) =>
      cache.get(
        cacheKey('listPinned', query),
        (signal) => adapter.listPinned(query, { signal }),
        opts,
      ),
    searchTags: (text, opts) => {
      const limit = opts?.limit;
      return cache.get(
        cacheKey('searchTags', { text, limit }),
        (signal) => adapter.searchTags(text, { signal, limit }),
        opts,
      );
    },
    getOnboarding: (opts) =>
      cache.get(cacheKey('getOnboarding', {}), (signal) => adapter.getOnboarding({ signal }), opts),
  };

  // Optional methods stay absent when the adapter lacks them: widgets
  // feature-detect them.
  const { getViewer, getOnboardingProgress, saveOnboardingProgress } = adapter;
  if (getViewer) {
    cached.getViewer = (opts) =>
      cache.get(cacheKey('getViewer', {}), (signal) => getViewer.call(adapter, { signal }), opts);
  }
  if (getOnboardingProgress) {
    cached.getOnboardingProgress = (opts) =>
      cache.get(
        cacheKey('getOnboardingProgress', {}),
        (signal) => getOnboardingProgress.call(adapter, { signal }),
        opts,
      );
  }
  if (saveOnboardingProgress) {
    cached.saveOnboardingProgress = async (progress, opts) => {
      try {
        await saveOnboardingProgress.call(adapter, progress, opts);
      } finally {
        // Even a failed save may have reached the server.
        cache.invalidate('getOnboardingProgress:');
      }
    };
  }

  cachedAdapters.add(cached);
  return cached;
}
