/**
 * Turns what a page configures (a built-in adapter's name, or any object that
 * implements CommunityAdapter) into a loader. Built-in adapters are imported
 * on first use, so a page pays only for the one it uses, and every adapter is
 * wrapped once: its answers checked at one boundary (data/checked-adapter.ts),
 * then the shared request cache (dedupe, stale-while-revalidate).
 */
import type { AdapterName } from '../core/allowed-values.js';
import { NetworkError } from '../core/errors.js';
import type { CommunityAdapter } from '../core/types.js';
import { withCheckedAnswers } from '../data/checked-adapter.js';
import { withRequestCache } from '../data/with-request-cache.js';

export interface AdapterSettings {
  /** Where the `rest` or `discourse` backend lives. */
  baseUrl?: string;
}

export type AdapterSource = AdapterName | CommunityAdapter;

async function createNamedAdapter(
  name: AdapterName,
  settings: AdapterSettings,
): Promise<CommunityAdapter> {
  switch (name) {
    case 'memory':
      return (await import('./memory/memory-adapter.js')).createMemoryAdapter();
    case 'rest':
      return (await import('./rest/rest-adapter.js')).createRestAdapter({
        baseUrl: requireBaseUrl(name, settings),
      });
    case 'discourse':
      return (await import('./discourse/discourse-adapter.js')).createDiscourseAdapter({
        baseUrl: requireBaseUrl(name, settings),
      });
  }
}

function requireBaseUrl(name: AdapterName, settings: AdapterSettings): string {
  if (!settings.baseUrl) {
    const message = `community-widgets: the ${name} adapter needs a base-url (where your community lives).`;
    // A page author's mistake: say so where they look, not only in the widget.
    console.error(message);
    throw new TypeError(message);
  }
  return settings.baseUrl;
}

/** A failed import is the network's fault, and worth trying again. */
function adapterLoadError(error: unknown): Error {
  if (error instanceof TypeError && /base-url/.test(error.message)) return error;
  return new NetworkError('The community widgets could not load their adapter.', { cause: error });
}

const cachedAdapters = new WeakMap<CommunityAdapter, CommunityAdapter>();

/** Every adapter's answers are checked, then cached: the cache only ever holds sound answers. */
function cached(adapter: CommunityAdapter): CommunityAdapter {
  let wrapped = cachedAdapters.get(adapter);
  if (!wrapped) {
    wrapped = withRequestCache(withCheckedAnswers(adapter));
    cachedAdapters.set(adapter, wrapped);
  }
  return wrapped;
}

/** A memoized loader: the adapter is created once, on the first request. */
export function adapterLoader(
  source: AdapterSource,
  settings: AdapterSettings = {},
): () => Promise<CommunityAdapter> {
  let adapter: Promise<CommunityAdapter> | undefined;
  return () => {
    adapter ??= (
      typeof source === 'string' ? createNamedAdapter(source, settings) : Promise.resolve(source)
    ).then(cached, (error: unknown) => {
      // Not remembered: after a failed chunk download (a CDN hiccup, a deploy
      // that swapped file names) Try again loads the adapter afresh.
      adapter = undefined;
      throw adapterLoadError(error);
    });
    return adapter;
  };
}

export function isAdapter(value: unknown): value is CommunityAdapter {
  const candidate = value as Partial<CommunityAdapter> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.listThreads === 'function' &&
    typeof candidate.listPinned === 'function' &&
    typeof candidate.searchTags === 'function' &&
    typeof candidate.getOnboarding === 'function'
  );
}
