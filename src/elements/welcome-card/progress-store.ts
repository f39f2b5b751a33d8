/**
 * Where a welcome card remembers a viewer's onboarding progress between
 * visits: `localStorage`, one record per community and viewer, read back
 * through a validator because anything stored there may have been written by
 * an older version, another script on the origin, or a curious person.
 * When storage is unavailable (private modes, sandboxed iframes, quota) the
 * store keeps records in memory for the life of the page instead.
 */
import type { OnboardingProgress, OnboardingStep } from '../../core/types.js';

export interface StoredProgress extends OnboardingProgress {
  /** When the last step was checked; cleared when one is unchecked again. */
  completedAt?: string;
}

/** The subset of the Web Storage API the store uses, so Node tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface ProgressStore {
  read(community: string, viewerId: string | undefined): StoredProgress | undefined;
  write(community: string, viewerId: string | undefined, progress: StoredProgress): void;
  /**
   * Whether the card this community last showed on this browser was dismissed
   * or completed. Known before any request, so a card that will stay hidden
   * never flashes a loading skeleton first.
   */
  wasSettled(community: string): boolean;
}

export const STORAGE_PREFIX = 'community-widgets:onboarding';
const ANONYMOUS = 'anonymous';
/** Far more than any checklist; caps what a hostile record can make us hold. */
const MAX_STEP_IDS = 100;
const MAX_ID_LENGTH = 200;

export const EMPTY_PROGRESS: StoredProgress = Object.freeze({
  completed: [],
  dismissed: false,
}) as StoredProgress;

export function progressKey(community: string, viewerId: string | undefined): string {
  return `${STORAGE_PREFIX}:${encodeURIComponent(community)}:${encodeURIComponent(viewerId ?? ANONYMOUS)}`;
}

/** Remembers which viewer a community last showed, so `wasSettled` can find their record. */
export function lastViewerKey(community: string): string {
  return `${STORAGE_PREFIX}-viewer:${encodeURIComponent(community)}`;
}

/** Anything into a valid StoredProgress, or undefined when nothing usable is there. */
export function toStoredProgress(value: unknown): StoredProgress | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const completed = Array.isArray(record.completed)
    ? [
        ...new Set(
          record.completed.filter(
            (id): id is string => typeof id === 'string' && id !== '' && id.length <= MAX_ID_LENGTH,
          ),
        ),
      ].slice(0, MAX_STEP_IDS)
    : [];
  const progress: StoredProgress = { completed, dismissed: record.dismissed === true };
  if (typeof record.completedAt === 'string' && !Number.isNaN(Date.parse(record.completedAt))) {
    progress.completedAt = record.completedAt;
  }
  return progress;
}

export function parseStoredProgress(text: string | null): StoredProgress | undefined {
  if (text === null) return undefined;
  try {
    return toStoredProgress(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Completed ids that are still steps of this onboarding, in checklist order. */
export function completedSteps(progress: OnboardingProgress, steps: OnboardingStep[]): string[] {
  const done = new Set(progress.completed);
  return steps.filter((step) => done.has(step.id)).map((step) => step.id);
}

export function isComplete(progress: OnboardingProgress, steps: OnboardingStep[]): boolean {
  return steps.length > 0 && completedSteps(progress, steps).length === steps.length;
}

/**
 * Progress after one step was checked or unchecked. Ids of steps the
 * community has since removed are dropped; `completedAt` follows completion.
 */
export function withStep(
  progress: StoredProgress,
  steps: OnboardingStep[],
  stepId: string,
  done: boolean,
  now: Date,
): StoredProgress {
  const completed = completedSteps(
    { ...progress, completed: done ? [...progress.completed, stepId] : progress.completed },
    steps,
  ).filter((id) => done || id !== stepId);
  const next: StoredProgress = { completed, dismissed: progress.dismissed };
  if (isComplete(next, steps)) next.completedAt = progress.completedAt ?? now.toISOString();
  return next;
}

export function createProgressStore(getStorage: () => StorageLike | undefined): ProgressStore {
  const inMemory = new Map<string, string>();

  // Reaching `localStorage` itself throws in sandboxed iframes, and setItem
  // throws in some private modes or when full: every access is guarded.
  function storage(): StorageLike | undefined {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  }

  // Memory holds only what storage refused, so storage stays the truth
  // whenever it works (another tab, or a person clearing it, is respected).
  function get(key: string): string | null {
    const unsaved = inMemory.get(key);
    if (unsaved !== undefined) return unsaved;
    try {
      return storage()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  function set(key: string, value: string): void {
    try {
      const target = storage();
      if (target) {
        target.setItem(key, value);
        inMemory.delete(key);
        return;
      }
    } catch {
      // Kept in memory below until storage works again.
    }
    inMemory.set(key, value);
  }

  return {
    read: (community, viewerId) => parseStoredProgress(get(progressKey(community, viewerId))),

    write(community, viewerId, progress) {
      const record: StoredProgress = {
        completed: [...progress.completed],
        dismissed: progress.dismissed,
      };
      if (progress.completedAt) record.completedAt = progress.completedAt;
      set(progressKey(community, viewerId), JSON.stringify(record));
      set(lastViewerKey(community), viewerId ?? ANONYMOUS);
    },

    wasSettled(community) {
      const viewer = get(lastViewerKey(community));
      if (viewer === null) return false;
      const progress = parseStoredProgress(
        get(progressKey(community, viewer === ANONYMOUS ? undefined : viewer)),
      );
      return Boolean(progress && (progress.dismissed || progress.completedAt));
    },
  };
}
