/**
 * The one boundary every adapter's answers cross before a widget sees them,
 * a host page's own adapter included: each answer is checked against the
 * domain types (domain-guards.ts). A malformed answer (null where a page
 * belongs, a getter that throws, `threads` that is not an array) becomes a
 * BadResponseError, which every widget shows as "could not read" with a
 * working Try again; holes are skipped and said once in the console; lists
 * are cut to what was asked for, and text to what a widget could ever show.
 * Views can trust their data: no page errors, no endless skeleton.
 */
import { BadResponseError, CommunityError } from '../core/errors.js';
import type { CommunityAdapter } from '../core/types.js';
import {
  onboardingGuard,
  onboardingProgressGuard,
  personGuard,
  tagsUpTo,
  threadPageGuard,
  threadsUpTo,
} from './domain-guards.js';
import { map, optional, type Guard } from './guards.js';

type ReadMethod = Exclude<keyof CommunityAdapter, 'saveOnboardingProgress'>;

/**
 * An adapter whose answers are not yet known to be sound: a host page's
 * object, or a wire format once its envelopes are opened.
 */
export type UncheckedAdapter = {
  [Name in keyof CommunityAdapter]: CommunityAdapter[Name] extends
    ((...args: infer Args) => unknown) | undefined
    ? (...args: Args) => unknown
    : never;
};

type Limited = { limit?: number } | undefined;

function orNull<T>(guard: Guard<T>): Guard<T | null> {
  return map(optional(guard), (value) => value ?? null);
}

// "Nobody signed in" and "nothing saved yet" are null, whichever absence the adapter used.
const viewerGuard = orNull(personGuard);
const progressGuard = orNull(onboardingProgressGuard);

/**
 * Each read method's check, from its arguments (a list is cut to what was
 * asked for), and the name its answer goes by in messages: REST's envelope
 * keys, so a path reads the same from every adapter.
 */
const CHECKS: Record<ReadMethod, [guardFor: (...args: never[]) => Guard<unknown>, path: string]> = {
  // A list shows what a page holds, page-size only bounds what it asks: no cut below the cap.
  listThreads: [() => threadPageGuard, ''],
  listPinned: [(query: Limited) => threadsUpTo(query?.limit), 'threads'],
  searchTags: [(_text: string, options: Limited) => tagsUpTo(options?.limit), 'tags'],
  getOnboarding: [() => onboardingGuard, ''],
  getViewer: [() => viewerGuard, ''],
  getOnboardingProgress: [() => progressGuard, ''],
};

/**
 * Anything thrown while reading an answer (a getter, a revoked proxy) is the
 * answer's fault, so it is a BadResponseError too.
 */
function read(guard: Guard<unknown>, path: string, answer: unknown): unknown {
  try {
    return guard(answer, path);
  } catch (error) {
    if (error instanceof CommunityError) throw error;
    throw new BadResponseError(`${path || 'response'}: could not be read`, { cause: error });
  }
}

/** Checking twice would only cost time: a checked adapter is returned as it is. */
const checkedAdapters = new WeakSet<CommunityAdapter>();

export function withCheckedAnswers(adapter: UncheckedAdapter): CommunityAdapter {
  if (checkedAdapters.has(adapter as CommunityAdapter)) return adapter as CommunityAdapter;
  const checked = {} as Record<string, unknown>;
  // Optional methods stay absent when the adapter lacks them: widgets feature-detect them.
  for (const [name, [guardFor, path]] of Object.entries(CHECKS)) {
    const method = adapter[name as ReadMethod] as ((...args: unknown[]) => unknown) | undefined;
    if (typeof method !== 'function') continue;
    // async: a method that throws instead of rejecting, or returns a plain value, is read the same.
    checked[name] = async (...args: unknown[]) =>
      read(guardFor(...(args as never[])), path, await method.apply(adapter, args));
  }
  const save = adapter.saveOnboardingProgress;
  if (typeof save === 'function') checked.saveOnboardingProgress = save.bind(adapter);
  checkedAdapters.add(checked as unknown as CommunityAdapter);
  return checked as unknown as CommunityAdapter;
}
