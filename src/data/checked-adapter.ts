/**
 * The one boundary every adapter's answers cross before a widget sees them,
 * a host page's own adapter included: each answer is checked against the
 * domain types with the same guards the built-in adapters use on the wire.
 * A malformed answer (null where a page belongs, a getter that throws, a
 * `threads` that is not an array) becomes a BadResponseError, which every
 * widget shows as "could not read" with a working Try again; holes are
 * skipped and said once in the console; lists are cut to what was asked for.
 * Views can therefore trust their data: no page errors, no endless skeleton.
 */
import { BadResponseError, CommunityError } from '../core/errors.js';
import type { CommunityAdapter } from '../core/types.js';
import {
  onboardingGuard,
  onboardingProgressGuard,
  personGuard,
  tagGuard,
  threadPageGuard,
  threadsGuard,
} from './domain-guards.js';
import { compactArray, optional, type Guard } from './guards.js';

const tagsGuard = compactArray(tagGuard);
const viewerGuard = optional(personGuard);
const progressGuard = optional(onboardingProgressGuard);

/**
 * Runs the adapter's method (even one that throws instead of rejecting, or
 * returns a plain value), cuts its answer to what was asked for, and checks
 * it. Anything thrown while reading the answer (a getter, a revoked proxy) is
 * the answer's fault, so it is a BadResponseError too.
 */
async function checked<T>(
  method: string,
  call: () => unknown,
  guard: Guard<T>,
  cut: (answer: unknown) => unknown = (answer) => answer,
): Promise<T> {
  const answer = await call();
  try {
    return guard(cut(answer), '');
  } catch (error) {
    if (error instanceof CommunityError) throw error;
    throw new BadResponseError(`${method}: the answer could not be read.`, { cause: error });
  }
}

/** A list cut to `max` items before anything reads them. */
const firstOf =
  (max: number | undefined) =>
  (answer: unknown): unknown =>
    max !== undefined && Array.isArray(answer) ? answer.slice(0, max) : answer;

/** A page whose threads are cut to the page size asked for. */
const pageOf =
  (pageSize: number | undefined) =>
  (answer: unknown): unknown => {
    if (typeof answer !== 'object' || answer === null) return answer;
    const { threads } = answer as { threads?: unknown };
    return { ...answer, threads: firstOf(pageSize)(threads) };
  };

export function withCheckedAnswers(adapter: CommunityAdapter): CommunityAdapter {
  const checkedAdapter: CommunityAdapter = {
    listThreads: (query, opts) =>
      checked(
        'listThreads',
        () => adapter.listThreads(query, opts),
        threadPageGuard,
        pageOf(query.pageSize),
      ),
    listPinned: (query, opts) =>
      checked(
        'listPinned',
        () => adapter.listPinned(query, opts),
        threadsGuard,
        firstOf(query.limit),
      ),
    searchTags: (text, opts) =>
      checked('searchTags', () => adapter.searchTags(text, opts), tagsGuard, firstOf(opts?.limit)),
    getOnboarding: (opts) =>
      checked('getOnboarding', () => adapter.getOnboarding(opts), onboardingGuard),
  };

  // Optional methods stay absent when the adapter lacks them: widgets
  // feature-detect them.
  const { getViewer, getOnboardingProgress, saveOnboardingProgress } = adapter;
  if (typeof getViewer === 'function') {
    checkedAdapter.getViewer = (opts) =>
      checked('getViewer', () => getViewer.call(adapter, opts), viewerGuard).then(orNull);
  }
  if (typeof getOnboardingProgress === 'function') {
    checkedAdapter.getOnboardingProgress = (opts) =>
      checked(
        'getOnboardingProgress',
        () => getOnboardingProgress.call(adapter, opts),
        progressGuard,
      ).then(orNull);
  }
  if (typeof saveOnboardingProgress === 'function') {
    checkedAdapter.saveOnboardingProgress = async (progress, opts) => {
      await saveOnboardingProgress.call(adapter, progress, opts);
    };
  }
  return checkedAdapter;
}

const orNull = <T>(value: T | undefined): T | null => value ?? null;
