import { describe, expect, it } from 'vitest';
import { pageSizeConverter, toThreadQuery, type ThreadListFilters } from './thread-list-query.js';

/** The query a list with these attributes asks for, and the warnings its author would see. */
function queryFor(filters: Partial<ThreadListFilters>) {
  const warnings: string[] = [];
  const query = toThreadQuery({ tags: [], ...filters }, (attribute, value, fallback) =>
    warnings.push(`${attribute}="${String(value)}" → ${String(fallback)}`),
  );
  return { query, warnings };
}

describe('toThreadQuery', () => {
  it('asks for the defaults when the markup sets nothing', () => {
    expect(queryFor({})).toEqual({
      query: { sort: 'latest', status: 'any', pageSize: 10 },
      warnings: [],
    });
  });

  it('passes tags, category and text on, trimmed, without blanks or repeats', () => {
    const { query } = queryFor({
      tags: [' ios ', 'sync', 'ios', ''],
      category: ' help ',
      query: ' login ',
    });
    expect(query).toMatchObject({ tags: ['ios', 'sync'], category: 'help', text: 'login' });
  });

  it('reads page-size from markup, as many as 100', () => {
    expect(queryFor({ pageSize: pageSizeConverter.fromAttribute('25') }).query.pageSize).toBe(25);
    expect(queryFor({ pageSize: 100 }).query.pageSize).toBe(100);
  });

  it('gives a too-large page-size the most a page holds, and says so', () => {
    expect(queryFor({ pageSize: pageSizeConverter.fromAttribute('500') })).toMatchObject({
      query: { pageSize: 100 },
      warnings: ['page-size="500" → 100'],
    });
  });

  it('falls back to 10 for a page-size that is no count, quoting what was written', () => {
    for (const written of ['abc', '0', '-3', '2.5']) {
      expect(
        queryFor({ pageSize: pageSizeConverter.fromAttribute(written) }),
        written,
      ).toMatchObject({ query: { pageSize: 10 }, warnings: [`page-size="${written}" → 10`] });
    }
  });

  it('falls back to the default sort and status for unknown ones', () => {
    expect(queryFor({ sort: 'oldest', status: 'open' })).toMatchObject({
      query: { sort: 'latest', status: 'any' },
      warnings: ['sort="oldest" → latest', 'status="open" → any'],
    });
  });
});
