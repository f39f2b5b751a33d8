import { describe, expect, it } from 'vitest';
import { checkedWholeNumber, wholeNumberConverter } from '../../core/whole-number.js';
import {
  DEBOUNCE_MS,
  exactTag,
  fromSavedState,
  tagNamesConverter,
  toFormData,
  toSavedState,
  toTagNames,
  withTag,
  withoutTag,
} from './selection.js';

describe('tag names', () => {
  it('reads space-separated attributes and arrays, dropping blanks and repeats', () => {
    expect(tagNamesConverter.fromAttribute('  sync  ios sync ')).toEqual(['sync', 'ios']);
    expect(tagNamesConverter.fromAttribute(null)).toEqual([]);
    expect(tagNamesConverter.toAttribute(['sync', 'ios'])).toBe('sync ios');
    expect(toTagNames(['a', ' a ', '', 'b'])).toEqual(['a', 'b']);
    expect(toTagNames('a b')).toEqual(['a', 'b']);
    expect(toTagNames(undefined)).toEqual([]);
  });

  it('calls anything else nonsense', () => {
    expect(toTagNames(42)).toBeUndefined();
    expect(toTagNames([1, 2])).toBeUndefined();
    expect(toTagNames({ tags: [] })).toBeUndefined();
  });
});

describe('debounce', () => {
  const debounceMs = (value: unknown) => checkedWholeNumber(value, DEBOUNCE_MS, () => {});

  it('accepts whole milliseconds from 0 to 5000', () => {
    expect(debounceMs(0)).toBe(0);
    expect(debounceMs(300)).toBe(300);
    expect(debounceMs(wholeNumberConverter.fromAttribute(' 250 '))).toBe(250);
    expect(debounceMs(5000)).toBe(5000);
  });

  it('waits the default 150 ms for anything else, even a longer wait', () => {
    for (const value of [-1, 5001, 1.5, 'soon', '', null, NaN]) {
      expect(debounceMs(value), String(value)).toBe(150);
    }
  });
});

describe('changing the selection', () => {
  it('appends a new tag when multiple, once', () => {
    expect(withTag(['sync'], 'ios', true)).toEqual(['sync', 'ios']);
    expect(withTag(['sync'], 'sync', true)).toEqual(['sync']);
  });

  it('replaces the tag when single', () => {
    expect(withTag(['sync'], 'ios', false)).toEqual(['ios']);
    expect(withTag([], 'ios', false)).toEqual(['ios']);
  });

  it('removes a tag', () => {
    expect(withoutTag(['sync', 'ios'], 'sync')).toEqual(['ios']);
  });

  it('finds the tag that was typed exactly, by name or label, ignoring case and accents', () => {
    const tags = [{ name: 'sync' }, { name: 'racun', label: 'Račun' }];
    expect(exactTag(tags, ' SYNC ')).toEqual({ name: 'sync' });
    expect(exactTag(tags, 'račun')).toEqual({ name: 'racun', label: 'Račun' });
    expect(exactTag(tags, 'syn')).toBeUndefined();
    expect(exactTag(tags, '')).toBeUndefined();
  });
});

describe('form value', () => {
  it('submits one entry per tag under the name', () => {
    const data = toFormData('topics', ['sync', 'ios'])!;
    expect(data.getAll('topics')).toEqual(['sync', 'ios']);
  });

  it('submits nothing without a name or tags', () => {
    expect(toFormData(undefined, ['sync'])).toBeNull();
    expect(toFormData('topics', [])).toBeNull();
  });

  it('saves and restores the selection, ignoring anything unreadable', () => {
    expect(fromSavedState(toSavedState(['sync', 'ios']))).toEqual(['sync', 'ios']);
    expect(fromSavedState('{oops')).toBeUndefined();
    expect(fromSavedState('"sync"')).toBeUndefined();
    expect(fromSavedState(null)).toBeUndefined();
  });
});
