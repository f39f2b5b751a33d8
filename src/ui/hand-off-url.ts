/**
 * A hand-off link that carries what the person searched for, so the "Ask the
 * community" or "Contact support" page can start from it instead of a blank
 * form: `?q=<text>&tags=<a,b>` is added to the configured URL, keeping its own
 * query and fragment.
 */
export interface SearchTerms {
  text?: string;
  tags?: readonly string[];
}

export function withSearchTerms(url: string | undefined, terms: SearchTerms): string | undefined {
  if (!url || url.startsWith('mailto:')) return url;
  const text = terms.text?.trim();
  const tags = terms.tags?.filter(Boolean) ?? [];
  if (!text && !tags.length) return url;
  const [beforeHash = '', hash] = url.split(/#(.*)/s, 2);
  const params = new URLSearchParams();
  if (text) params.set('q', text);
  if (tags.length) params.set('tags', tags.join(','));
  const separator = beforeHash.includes('?') ? '&' : '?';
  return `${beforeHash}${separator}${params}${hash !== undefined ? `#${hash}` : ''}`;
}
