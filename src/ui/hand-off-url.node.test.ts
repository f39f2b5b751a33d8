import { describe, expect, it } from 'vitest';
import { withSearchTerms } from './hand-off-url.js';

describe('hand-off links carry the search', () => {
  it('adds the text and tags the person searched for', () => {
    expect(
      withSearchTerms('https://forum.example/new-topic', {
        text: 'sync stuck',
        tags: ['ios', 'sync'],
      }),
    ).toBe('https://forum.example/new-topic?q=sync+stuck&tags=ios%2Csync');
  });

  it('keeps the URL’s own query and fragment', () => {
    expect(withSearchTerms('/support?source=portal#form', { tags: ['billing'] })).toBe(
      '/support?source=portal&tags=billing#form',
    );
  });

  it('leaves the URL alone when nothing was searched, or for mail links', () => {
    expect(withSearchTerms('/ask', {})).toBe('/ask');
    expect(withSearchTerms('mailto:help@example.com', { text: 'x' })).toBe(
      'mailto:help@example.com',
    );
    expect(withSearchTerms(undefined, { text: 'x' })).toBeUndefined();
  });
});
