/**
 * Where a welcome card remembers a viewer's onboarding progress between
 * visits: `localStorage` through the shared local store (validated reads, a
 * memory fallback where storage refuses), one record per community and
 * viewer, because anything stored there may have been written by an older
 * version, another script on the origin, or a curious person.
 */
import type { OnboardingProgress, OnboardingStep } from '../../core/types.js';
import { createLocalStore, type StorageLike } from '../../ui/local-store.js';

export interface StoredProgress extends OnboardingProgress {
  /** When the last step was checked; cleared when one is unchecked again. */
  completedAt?: string;
  /**
   * This browser holds changes the backend has not confirmed (a save failed
   * or is still on its way). Only ever set locally, never taken from a backend.
   */
  unsynced?: boolean;
}

export interface ProgressStore {
  read(community: string, viewerId: string | undefined): StoredProgress | undefined;
  /** Whether this browser's storage took it: only then does it outlive the page. */
  write(community: string, viewerId: string | undefined, progress: StoredProgress): boolean;
  /**
   * The record of the viewer this community last showed on this browser.
   * Known before any request, so a card that will stay hidden never flashes a
   * loading skeleton first.
   */
  lastShown(community: string): StoredProgress | undefined;
  /** Whether the card this community last showed on this browser was dismissed or completed. */
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

/** A record this browser stored: a StoredProgress that may also be marked unsynced. */
export function toLocalProgress(value: unknown): StoredProgress | undefined {
  const progress = toStoredProgress(value);
  if (progress && (value as Record<string, unknown>).unsynced === true) progress.unsynced = true;
  return progress;
}

export function parseStoredProgress(text: string | null): StoredProgress | undefined {
  if (text === null) return undefined;
  try {
    return toLocalProgress(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * Which copy a card starts from. This browser's while it holds changes the
 * backend never confirmed: they are newer than anything the backend has, and
 * the card sends them again. Otherwise the backend's when it has one (the
 * person may have moved on on another device), else this browser's.
 */
export function chooseProgress(
  local: StoredProgress | undefined,
  remote: StoredProgress | undefined,
): StoredProgress | undefined {
  if (local?.unsynced) return local;
  return remote ?? local;
}

/** Dismissed or completed: a card that was settled stays away. */
export function isSettled(progress: StoredProgress | undefined): boolean {
  return Boolean(progress && (progress.dismissed || progress.completedAt));
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

/** A store over the page's localStorage, or over the storage a test hands in. */
export function createProgressStore(getStorage?: () => StorageLike | undefined): ProgressStore {
  const records = createLocalStore(getStorage);
  const read = (community: string, viewerId: string | undefined) =>
    records.read(progressKey(community, viewerId), toLocalProgress);
  const lastShown = (community: string) => {
    const viewer = records.read(lastViewerKey(community), toViewerId);
    if (viewer === undefined) return undefined;
    return read(community, viewer === ANONYMOUS ? undefined : viewer);
  };

  return {
    read,
    lastShown,
    wasSettled: (community) => isSettled(lastShown(community)),

    write(community, viewerId, progress) {
      const record: StoredProgress = {
        completed: [...progress.completed],
        dismissed: progress.dismissed,
      };
      if (progress.completedAt) record.completedAt = progress.completedAt;
      if (progress.unsynced) record.unsynced = true;
      const kept = records.write(progressKey(community, viewerId), record);
      records.write(lastViewerKey(community), viewerId ?? ANONYMOUS);
      return kept;
    },
  };
}

function toViewerId(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= MAX_ID_LENGTH
    ? value
    : undefined;
}
