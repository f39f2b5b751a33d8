/**
 * Remembers which pinned posts a person dismissed, across reloads.
 *
 * Each dismissal records the post's edit stamp at that moment; a post stays
 * hidden only while its stamp is unchanged, so an edited announcement comes
 * back. The record lives in the shared local store (src/ui/local-store.ts),
 * which validates what it reads and falls back to memory where storage
 * refuses; unreadable entries are ignored and nothing here ever throws.
 */
import type { Thread } from '../../core/types.js';
import { createLocalStore, type StorageLike } from '../../ui/local-store.js';

export const DISMISSED_POSTS_KEY = 'community-widgets:dismissed-posts';
/** Oldest dismissals are forgotten first; a person rarely dismisses this many posts. */
export const MAX_DISMISSED_POSTS = 100;
/** Longer values are not real ids or dates; refusing them keeps a hostile backend from filling storage. */
const MAX_VALUE_LENGTH = 200;

/** The dismissals at one moment, read from storage once: check every post against it. */
export interface Dismissals {
  has(postId: string, stamp: string): boolean;
  readonly size: number;
}

export interface DismissalStore {
  /** Reads the dismissals once, for checking many posts (say, one render's worth). */
  current(): Dismissals;
  isDismissed(postId: string, stamp: string): boolean;
  dismiss(postId: string, stamp: string): void;
  /** Forgets a dismissal, e.g. after Undo. */
  restore(postId: string): void;
  /** How many dismissals are remembered. */
  readonly size: number;
}

/** Entries in dismissal order, oldest first: `[postId, stamp]`. */
type Entry = readonly [postId: string, stamp: string];

/**
 * What identifies this version of a post: its last edit, else its creation.
 * Not `lastActivityAt`: that moves with every reply, which would bring a
 * dismissed announcement back each time someone answers it.
 */
export function dismissalStamp(thread: Pick<Thread, 'updatedAt' | 'createdAt'>): string {
  // A backend that omits both still gets dismissals that last; it just cannot bring edits back.
  return String(thread.updatedAt ?? thread.createdAt ?? '') || 'undated';
}

/** A store over the page's localStorage, or over the storage a test hands in. */
export function createDismissalStore(getStorage?: () => StorageLike | undefined): DismissalStore {
  const records = createLocalStore(getStorage);
  /** Dismissals too odd to store (see isStorable) still hold while this store lives. */
  const unstorable = new Map<string, string>();

  const read = (): Entry[] => records.read(DISMISSED_POSTS_KEY, toEntries) ?? [];
  const write = (entries: Entry[]): void => {
    records.write(DISMISSED_POSTS_KEY, entries.slice(-MAX_DISMISSED_POSTS));
  };

  const current = (): Dismissals => {
    const stored = new Map(read());
    return {
      has: (postId, stamp) => unstorable.get(postId) === stamp || stored.get(postId) === stamp,
      size: stored.size,
    };
  };

  return {
    current,
    isDismissed: (postId, stamp) => current().has(postId, stamp),
    dismiss(postId, stamp) {
      if (!isStorable(postId) || !isStorable(stamp)) {
        unstorable.set(postId, stamp);
        return;
      }
      write([...read().filter(([id]) => id !== postId), [postId, stamp]]);
    },
    restore(postId) {
      unstorable.delete(postId);
      const entries = read();
      if (entries.some(([id]) => id === postId)) write(entries.filter(([id]) => id !== postId));
    },
    get size() {
      return read().length;
    },
  };
}

function toEntries(value: unknown): Entry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter(
      (entry): entry is Entry =>
        Array.isArray(entry) && entry.length === 2 && isStorable(entry[0]) && isStorable(entry[1]),
    )
    .slice(-MAX_DISMISSED_POSTS);
}

function isStorable(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_VALUE_LENGTH;
}
