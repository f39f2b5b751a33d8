// The baseline for markdown throughput: marked then DOMPurify, defaults, to a fragment.
import { marked } from 'marked';
import DOMPurify from 'dompurify';

export function renderRaw(markdown) {
  return DOMPurify.sanitize(marked.parse(markdown, { async: false }), {
    RETURN_DOM_FRAGMENT: true,
  });
}
