import { describe, expect, it } from 'vitest';
import { matchTags, rankedTags } from './tag-suggestions.js';
import { toTags } from './tags.js';

describe('tags', () => {
  it('keys a translated tag by its original name and shows the translation', () => {
    expect(toTags([{ name: 'Einbettung', originalName: 'embedding' }, { name: 'api' }])).toEqual([
      { name: 'embedding', label: 'Einbettung' },
      { name: 'api' },
    ]);
  });

  it('drops duplicate and blank tags', () => {
    expect(toTags([{ name: 'api' }, { name: 'api' }, { name: ' ' }])).toEqual([{ name: 'api' }]);
  });

  it('folds synonyms into their tag, keeping the server’s order', () => {
    const entries = [
      { name: 'embeds', count: 0, targetTag: 'embedding' },
      { name: 'embedding', count: 6 },
      { name: 'emoji', count: 2 },
    ];
    expect(rankedTags(entries, 5)).toEqual([{ name: 'embedding' }, { name: 'emoji', count: 2 }]);
    expect(rankedTags(entries, 1)).toEqual([{ name: 'embedding' }]);
  });

  it('matches prefixes before infixes, ignoring case and accents', () => {
    const entries = [
      { name: 'wydajność', count: 1 },
      { name: 'cors', count: 3 },
      { name: 'vtičnik', count: 2 },
      { name: 'api', count: 8 },
    ];
    expect(matchTags(entries, 'C', 10).map((tag) => tag.name)).toEqual([
      'cors',
      'vtičnik',
      'wydajność',
    ]);
    expect(matchTags(entries, 'wydajnosc', 10)).toEqual([{ name: 'wydajność', count: 1 }]);
    expect(matchTags(entries, '', 2).map((tag) => tag.name)).toEqual(['api', 'cors']);
  });
});
