/**
 * JSON records in the page's `localStorage`, for the widgets that remember
 * something between visits (dismissed posts, onboarding progress).
 *
 * Storage is shared with the host page and may hold anything (an older
 * version's record, another script's junk, a hand-edited value), so every
 * read goes through the caller's validator. Storage may also be missing or
 * refuse (sandboxed iframes, blocked cookies, private modes, a full quota):
 * then the record is kept in memory for the life of the page. Nothing here
 * throws.
 *
 * The memory fallback is per key, and only for what storage refused: storage
 * stays the truth whenever it works. So a passing failure (one write over
 * quota) costs that one record, not every later read and write on the page;
 * another tab's changes and a person clearing site data are still seen; and
 * once storage accepts a write again, the record is saved for good. A store
 * that switched to memory for good on its first failure would lose all three.
 */

/** The part of the Web Storage API used here, so tests can hand in a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Turns whatever was stored into a trusted value, or undefined when nothing usable is there. */
export type Validate<T> = (value: unknown) => T | undefined;

export interface LocalStore {
  /** The record under `key`, as `validate` accepts it; undefined when absent or unusable. */
  read<T>(key: string, validate: Validate<T>): T | undefined;
  /**
   * Saves `value` as JSON under `key`, in memory when storage refuses.
   * Whether storage took it: only then does it outlive the page.
   */
  write(key: string, value: unknown): boolean;
}

/** The page's own `localStorage`; reaching it throws in sandboxed iframes, hence a getter. */
const pageStorage = (): StorageLike | undefined => globalThis.localStorage;

export function createLocalStore(
  getStorage: () => StorageLike | undefined = pageStorage,
): LocalStore {
  /** JSON that storage refused, by key, until a later write of that key succeeds. */
  const unsaved = new Map<string, string>();

  function storage(): StorageLike | undefined {
    try {
      return getStorage() ?? undefined;
    } catch {
      return undefined;
    }
  }

  function readText(key: string): string | null {
    const pending = unsaved.get(key);
    if (pending !== undefined) return pending;
    try {
      return storage()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  return {
    read(key, validate) {
      const text = readText(key);
      if (text === null) return undefined;
      try {
        return validate(JSON.parse(text));
      } catch {
        return undefined;
      }
    },

    write(key, value) {
      const text = JSON.stringify(value);
      try {
        const target = storage();
        if (target) {
          target.setItem(key, text);
          unsaved.delete(key);
          return true;
        }
      } catch {
        // Kept in memory below, until storage takes a write of this key again.
      }
      unsaved.set(key, text);
      return false;
    },
  };
}
