import type { StorageLike } from '../../src/ui/local-store.js';

/** A Map-backed Storage, like a page's localStorage but one a test can inspect and break. */
export function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage: StorageLike = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
  return { storage, items };
}
