import { describe, expect, it } from 'vitest';
import { fakeStorage } from '../../../test/helpers/fake-storage.js';
import type { StorageLike } from '../../ui/local-store.js';
import {
  DISMISSED_POSTS_KEY,
  MAX_DISMISSED_POSTS,
  createDismissalStore,
  dismissalStamp,
} from './dismissal-store.js';

const STAMP = '2025-03-01T10:00:00.000Z';
const EDITED = '2025-03-02T09:30:00.000Z';

describe('dismissal store', () => {
  it('keeps a dismissal for a new store on the same storage, as after a reload', () => {
    const { storage } = fakeStorage();
    createDismissalStore(() => storage).dismiss('1201', STAMP);
    const afterReload = createDismissalStore(() => storage);
    expect(afterReload.isDismissed('1201', STAMP)).toBe(true);
    expect(afterReload.isDismissed('1202', STAMP)).toBe(false);
  });

  it('brings a post back once it was edited after the dismissal', () => {
    const { storage } = fakeStorage();
    const store = createDismissalStore(() => storage);
    store.dismiss('1201', STAMP);
    expect(store.isDismissed('1201', EDITED)).toBe(false);
    store.dismiss('1201', EDITED);
    expect(store.isDismissed('1201', EDITED)).toBe(true);
    expect(store.size).toBe(1);
  });

  it('forgets a dismissal on restore (Undo)', () => {
    const { storage, items } = fakeStorage();
    const store = createDismissalStore(() => storage);
    store.dismiss('1201', STAMP);
    store.dismiss('1202', STAMP);
    store.restore('1201');
    expect(store.isDismissed('1201', STAMP)).toBe(false);
    expect(store.isDismissed('1202', STAMP)).toBe(true);
    expect(JSON.parse(items.get(DISMISSED_POSTS_KEY)!)).toEqual([['1202', STAMP]]);
  });

  it('reads storage once to check a whole page of posts', () => {
    const { storage } = fakeStorage();
    const store = createDismissalStore(() => storage);
    store.dismiss('1201', STAMP);
    let reads = 0;
    const getItem = storage.getItem;
    storage.getItem = (key) => {
      reads++;
      return getItem(key);
    };
    const dismissed = store.current();
    const hidden = ['1200', '1201', '1202', '1203'].filter((id) => dismissed.has(id, STAMP));
    expect(hidden).toEqual(['1201']);
    expect(dismissed.size).toBe(1);
    expect(reads).toBe(1);
  });

  it('keeps only the most recent dismissals', () => {
    const { storage } = fakeStorage();
    const store = createDismissalStore(() => storage);
    for (let index = 0; index < MAX_DISMISSED_POSTS + 5; index++) store.dismiss(`p${index}`, STAMP);
    expect(store.size).toBe(MAX_DISMISSED_POSTS);
    expect(store.isDismissed('p0', STAMP)).toBe(false);
    expect(store.isDismissed(`p${MAX_DISMISSED_POSTS + 4}`, STAMP)).toBe(true);
  });

  it('keeps numeric-looking ids in dismissal order, so the cap drops the oldest', () => {
    const { storage } = fakeStorage();
    const store = createDismissalStore(() => storage);
    store.dismiss('900', STAMP);
    store.dismiss('12', STAMP);
    for (let index = 0; index < MAX_DISMISSED_POSTS - 1; index++) store.dismiss(`x${index}`, STAMP);
    expect(store.isDismissed('900', STAMP)).toBe(false);
    expect(store.isDismissed('12', STAMP)).toBe(true);
  });

  it('ignores corrupt or hostile stored values without throwing', () => {
    for (const junk of [
      '{not json',
      '"a string"',
      '{"1201":"2025"}',
      'null',
      JSON.stringify([['1201'], [1201, STAMP], ['ok', STAMP], ['x'.repeat(5000), STAMP], null]),
    ]) {
      const { storage } = fakeStorage({
        [DISMISSED_POSTS_KEY]: junk,
      });
      const store = createDismissalStore(() => storage);
      expect(store.isDismissed('1201', STAMP)).toBe(false);
      store.dismiss('1201', STAMP);
      expect(store.isDismissed('1201', STAMP)).toBe(true);
    }
    const { storage: mixedStorage } = fakeStorage({
      [DISMISSED_POSTS_KEY]: JSON.stringify([
        [1, 2],
        ['ok', STAMP],
      ]),
    });
    const mixed = createDismissalStore(() => mixedStorage);
    expect(mixed.isDismissed('ok', STAMP)).toBe(true);
    expect(mixed.size).toBe(1);
  });

  it('keeps ids and stamps that are empty or absurdly long out of storage, but still hides them', () => {
    const { storage, items } = fakeStorage();
    const store = createDismissalStore(() => storage);
    const long = 'x'.repeat(1000);
    store.dismiss(long, STAMP);
    store.dismiss('1201', long);
    expect(store.size).toBe(0);
    expect(items.size).toBe(0);
    expect(store.isDismissed(long, STAMP)).toBe(true);
    expect(store.isDismissed('1201', long)).toBe(true);
    store.restore(long);
    expect(store.isDismissed(long, STAMP)).toBe(false);
    expect(createDismissalStore(() => storage).isDismissed('1201', long)).toBe(false);
  });

  it('falls back to memory when storage throws, and without storage', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    for (const storage of [throwing, undefined]) {
      const store = createDismissalStore(() => storage);
      store.dismiss('1201', STAMP);
      expect(store.isDismissed('1201', STAMP)).toBe(true);
      store.restore('1201');
      expect(store.isDismissed('1201', STAMP)).toBe(false);
    }
  });

  it('remembers in memory when only writing fails (quota full)', () => {
    const { storage } = fakeStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createDismissalStore(() => storage);
    store.dismiss('1201', STAMP);
    expect(store.isDismissed('1201', STAMP)).toBe(true);
  });
});

describe('dismissalStamp', () => {
  it('is the last edit, else the creation time, never the last reply', () => {
    expect(dismissalStamp({ createdAt: STAMP, updatedAt: EDITED })).toBe(EDITED);
    expect(
      dismissalStamp({ createdAt: STAMP, lastActivityAt: EDITED } as {
        createdAt: string;
        lastActivityAt: string;
      }),
    ).toBe(STAMP);
    expect(dismissalStamp({ createdAt: '' })).toBe('undated');
  });
});
