import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './search-text.js';

describe('normalizeSearchText', () => {
  it('folds case, accents and stroked letters', () => {
    expect(normalizeSearchText('  Želim  ĆEVAPI ')).toBe('zelim cevapi');
    expect(normalizeSearchText('Błąd Gæster Sørensen Straße')).toBe(
      'blad gaester sorensen strasse',
    );
  });

  it('leaves Chinese untouched', () => {
    expect(normalizeSearchText('同步一直卡在')).toBe('同步一直卡在');
  });
});
