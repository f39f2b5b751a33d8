/**
 * Remembers which pinned posts a person dismissed, across reloads.
 *
 * Each dismissal records the post's edit stamp at that moment; a post stays
 * hidden only while its stamp is unchanged, so an edited announcement comes
 * back. Storage is shared with the host page and may hold anything (another
 * script's junk, a hand-edited value, a full quota): unreadable entries are
 * ignored, failed writes fall back to memory, and nothing here ever throws.
 */
import type { Thread } from '../../core/types.js';

export const DISMISSED_POSTS_KEY = 'community-widgets:dismissed-posts';
/** Oldest dismissals are forgotten first; a person rarely dismisses this many posts. */
export const MAX_DISMISSED_POSTS = 100;
/** Longer values are not real ids or dates; refusing them keeps a hostile backend from filling storage. */
const MAX_VALUE_LENGTH = 200;

/** The part of the Web Storage API the store uses, so tests can hand it a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface DismissalStore {
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

/**
 * A store over the given storage; `undefined` (or storage that fails) keeps
 * dismissals in memory for the life of the page.
 */
export function createDismissalStore(storage: StorageLike | undefined): DismissalStore {
  let memory: Entry[] | undefined = storage ? undefined : [];
  /** Dismissals too odd to store (see isStorable) still hold while this store lives. */
  const unstorable = new Map<string, string>();

  const read = (): Entry[] => {
    if (memory) return memory;
    try {
      return parseEntries(storage!.getItem(DISMISSED_POSTS_KEY));
    } catch {
      memory = [];
      return memory;
    }
  };

  const write = (entries: Entry[]): void => {
    const kept = entries.slice(-MAX_DISMISSED_POSTS);
    if (memory) {
      memory = kept;
      return;
    }
    try {
      storage!.setItem(DISMISSED_POSTS_KEY, JSON.stringify(kept));
    } catch {
      // Quota full or storage revoked: this page still remembers.
      memory = kept;
    }
  };

  return {
    isDismissed: (postId, stamp) =>
      unstorable.get(postId) === stamp ||
      read().some(([id, dismissedStamp]) => id === postId && dismissedStamp === stamp),
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

/**
 * The page's localStorage, or undefined where reading it throws (sandboxed
 * iframes, blocked cookies) or it does not exist.
 */
export function browserStorage(): StorageLike | undefined {
  try {
    const storage = globalThis.localStorage;
    // Safari's old private mode exposes a storage whose every write throws.
    storage.setItem(`${DISMISSED_POSTS_KEY}:probe`, '1');
    storage.removeItem(`${DISMISSED_POSTS_KEY}:probe`);
    return storage;
  } catch {
    return undefined;
  }
}

function parseEntries(text: string | null): Entry[] {
  if (!text) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
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
