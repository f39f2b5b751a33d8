/**
 * The embedded default adapter: a whole community held in memory, either the
 * page's own data or the built-in demo, with real filtering, sorting, text
 * search and paging.
 */
import { NetworkError } from '../../core/errors.js';
import type {
  CommunityAdapter,
  Onboarding,
  OnboardingProgress,
  RequestOptions,
  Tag,
  Thread,
  Viewer,
} from '../../core/types.js';
import { delay, throwIfAborted, untilAborted } from './abortable-wait.js';
import type { CommunityData } from './community-data.js';
import {
  collectTags,
  indexTags,
  indexThreads,
  queryThreads,
  searchTagIndex,
  selectPinned,
  type IndexedThread,
  type TagIndex,
} from './query.js';

export type { CommunityData } from './community-data.js';

export interface MemoryAdapterOptions {
  /** The community to serve. Without it, the built-in demo community loads on first use. */
  data?: CommunityData;
  /** Artificial latency per request, for demos of loading states. Aborting cuts it short. */
  latencyMs?: number;
  /** The clock the demo community's dates are relative to; for deterministic tests. */
  now?: () => Date;
}

interface Dataset {
  threads: readonly IndexedThread[];
  tags: TagIndex;
  onboarding: Onboarding;
  viewer: Viewer | null;
}

// Data a page brings need not include onboarding; a plain welcome beats an
// error state in the welcome card.
const PLAIN_ONBOARDING: Onboarding = {
  title: 'Welcome to the community',
  message: { markdown: 'Ask questions, share what you have built and help others along.' },
  steps: [],
};

export function createMemoryAdapter(options: MemoryAdapterOptions = {}): CommunityAdapter {
  const latencyMs = options.latencyMs ?? 0;
  const now = options.now ?? (() => new Date());
  // Snapshot the page's data, so later changes to its objects cannot reach
  // the indexes built from it.
  const ownData = options.data && structuredClone(checkedData(options.data));
  let dataset: Promise<Dataset> | undefined;
  let savedProgress: OnboardingProgress | null = null;

  function loadDataset(): Promise<Dataset> {
    dataset ??= ownData
      ? Promise.resolve(buildDataset(ownData))
      : loadDemoCommunity(now()).then(buildDataset, (error: unknown) => {
          // Let the next request try the chunk again instead of failing forever.
          dataset = undefined;
          throw new NetworkError('The demo community could not be loaded.', { cause: error });
        });
    return dataset;
  }

  async function settle(opts: RequestOptions | undefined): Promise<void> {
    throwIfAborted(opts?.signal);
    await delay(latencyMs, opts?.signal);
  }

  async function answer<T>(
    opts: RequestOptions | undefined,
    respond: (data: Dataset) => T,
  ): Promise<T> {
    throwIfAborted(opts?.signal);
    const data = await untilAborted(loadDataset(), opts?.signal);
    await settle(opts);
    return respond(data);
  }

  return {
    listThreads: (query, opts) =>
      answer(opts, ({ threads }) => {
        const page = queryThreads(threads, query);
        return { ...page, threads: page.threads.map(copyThread) };
      }),

    listPinned: (query, opts) =>
      answer(opts, ({ threads }) => selectPinned(threads, query).map(copyThread)),

    searchTags: (text, opts) =>
      answer(opts, ({ tags }) => searchTagIndex(tags, text, opts?.limit).map(copyTag)),

    getOnboarding: (opts) => answer(opts, ({ onboarding }) => structuredClone(onboarding)),

    getViewer: (opts) => answer(opts, ({ viewer }) => viewer && { ...viewer }),

    async saveOnboardingProgress(progress, opts) {
      await settle(opts);
      savedProgress = {
        completed: [...new Set(progress.completed)],
        dismissed: progress.dismissed === true,
      };
    },

    async getOnboardingProgress(opts) {
      await settle(opts);
      return savedProgress && { ...savedProgress, completed: [...savedProgress.completed] };
    },
  };
}

// The literal specifier lets bundlers split the demo into its own chunk, so
// pages using another adapter never download it.
async function loadDemoCommunity(now: Date): Promise<CommunityData> {
  const { createDemoCommunity } = await import('./demo-community.js');
  return createDemoCommunity(now);
}

function buildDataset(data: CommunityData): Dataset {
  return {
    threads: indexThreads(data.threads),
    tags: indexTags(collectTags(data.threads, data.tags)),
    onboarding: data.onboarding ?? PLAIN_ONBOARDING,
    viewer: data.viewer ?? null,
  };
}

function checkedData(data: CommunityData): CommunityData {
  if (!Array.isArray(data.threads)) {
    throw new TypeError('createMemoryAdapter: data.threads must be an array of threads.');
  }
  return data;
}

function copyThread(thread: Thread): Thread {
  return structuredClone(thread);
}

function copyTag(tag: Tag): Tag {
  return { ...tag };
}
