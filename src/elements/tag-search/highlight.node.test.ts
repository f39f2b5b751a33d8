import { describe, expect, it } from 'vitest';
import { highlightMatches } from './highlight.js';

const marked = (text: string, query: string) =>
  highlightMatches(text, query)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightMatches', () => {
  it('marks a prefix, ignoring case', () => {
    expect(highlightMatches('Sync', 'sy')).toEqual([
      { text: 'Sy', match: true },
      { text: 'nc', match: false },
    ]);
  });

  it('marks every occurrence inside the text', () => {
    expect(marked('sync-async', 'sync')).toBe('[sync]-a[sync]');
  });

  it('ignores accents and letters with strokes, as the search does', () => {
    expect(marked('Błąd pri sinhronizaciji', 'blad')).toBe('[Błąd] pri sinhronizaciji');
    expect(marked('Želim račun', 'zelim rac')).toBe('[Želim rač]un');
  });

  it('keeps a combining accent with its letter', () => {
    expect(marked('e\u0301clair', 'e')).toBe('[e\u0301]clair');
    expect(marked('cafe\u0301s', 'cafe')).toBe('[cafe\u0301]s');
  });

  it('maps folds that change length back onto whole letters', () => {
    expect(marked('Straße', 'strass')).toBe('[Straß]e');
    expect(marked('Straße', 'stras')).toBe('[Straß]e');
  });

  it('treats runs of whitespace in the text and the query as one space', () => {
    expect(marked('two   words', 'two  w')).toBe('[two   w]ords');
  });

  it('returns the whole text unmarked when nothing matches or nothing was typed', () => {
    expect(highlightMatches('billing', 'xyz')).toEqual([{ text: 'billing', match: false }]);
    expect(highlightMatches('billing', '  ')).toEqual([{ text: 'billing', match: false }]);
    expect(highlightMatches('', 'a')).toEqual([]);
  });

  // A host's adapter may send a label of any size. Folding it used to ask a
  // growing string whether it ended in a space, copying the string each time:
  // about 20 s for this label (minutes for a megabyte), during which the page
  // could not respond. Linear work takes a fraction of a second here, so the
  // timeout leaves room for slow machines and only quadratic work misses it.
  it(
    'highlights a 200 kB label, a third of it spaces, within a few seconds',
    { timeout: 5_000 },
    () => {
      const label = 'ab '.repeat(70_000);
      const segments = highlightMatches(label, 'B A');
      expect(segments.map((segment) => segment.text).join('')).toBe(label);
      expect(segments.filter((segment) => segment.match)).toHaveLength(69_999);
      expect(segments.slice(0, 3)).toEqual([
        { text: 'a', match: false },
        { text: 'b a', match: true },
        { text: 'b a', match: true },
      ]);
    },
  );

  it('passes markup through as plain text segments', () => {
    expect(marked('<img src=x onerror=alert(1)>', 'img')).toBe('<[img] src=x onerror=alert(1)>');
  });
});
