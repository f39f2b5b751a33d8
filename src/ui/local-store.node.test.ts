import { describe, expect, it } from 'vitest';
import { fakeStorage } from '../../test/helpers/fake-storage.js';
import { createLocalStore } from './local-store.js';

const quotaFull = () => {
  throw new DOMException('full', 'QuotaExceededError');
};
const denied = () => {
  throw new DOMException('denied', 'SecurityError');
};

const isNumberList = (value: unknown): number[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'number') ? value : undefined;

describe('local store', () => {
  it('writes JSON under a key and reads it back through the validator', () => {
    const { storage, items } = fakeStorage();
    const store = createLocalStore(() => storage);
    store.write('scores', [1, 2]);
    expect(items.get('scores')).toBe('[1,2]');
    expect(store.read('scores', isNumberList)).toEqual([1, 2]);
    expect(createLocalStore(() => storage).read('scores', isNumberList)).toEqual([1, 2]);
  });

  it('reads nothing where nothing, corrupt JSON or a value the validator refuses is stored', () => {
    const { storage } = fakeStorage({ corrupt: '{not json', strings: '["a"]', empty: '' });
    const store = createLocalStore(() => storage);
    for (const key of ['absent', 'corrupt', 'strings', 'empty']) {
      expect(store.read(key, isNumberList), key).toBeUndefined();
    }
  });

  it('keeps records in memory when storage is unavailable or cannot even be reached', () => {
    const stores = [
      createLocalStore(() => undefined),
      createLocalStore(denied),
      createLocalStore(() => ({ getItem: denied, setItem: denied })),
    ];
    for (const store of stores) {
      expect(store.read('scores', isNumberList)).toBeUndefined();
      store.write('scores', [3]);
      expect(store.read('scores', isNumberList)).toEqual([3]);
    }
  });

  it('falls back to memory only for the key whose write was refused, and only until a write succeeds', () => {
    const { storage, items } = fakeStorage({ other: '[9]' });
    const store = createLocalStore(() => storage);
    storage.setItem = quotaFull;
    store.write('scores', [1]);
    expect(store.read('scores', isNumberList)).toEqual([1]);
    expect(items.has('scores')).toBe(false);

    // Another tab (or the person clearing site data) still shows for keys that were saved.
    items.set('other', '[10]');
    expect(store.read('other', isNumberList)).toEqual([10]);

    storage.setItem = (key, value) => void items.set(key, value);
    store.write('scores', [1, 2]);
    expect(items.get('scores')).toBe('[1,2]');
    items.set('scores', '[5]');
    expect(store.read('scores', isNumberList)).toEqual([5]);
  });

  it('never throws, whatever the validator is handed', () => {
    const { storage } = fakeStorage({ proto: '{"__proto__":{"polluted":true}}' });
    const store = createLocalStore(() => storage);
    const record = store.read('proto', (value) =>
      typeof value === 'object' && value !== null ? value : undefined,
    );
    expect(record).toBeDefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      store.read('proto', () => {
        throw new Error('a validator that trips over odd data');
      }),
    ).toBeUndefined();
  });
});
