/**
 * Markdown (GitHub flavoured) to an HTML string. The string is untrusted
 * (markdown may embed raw HTML) and goes to the sanitizer, never to the DOM.
 * marked only builds strings, so it needs no Trusted Types policy.
 */
import { Marked } from 'marked';
import { inlineLimits } from './marked-limits.js';

export function markdownToHtml(markdown: string): string {
  // A fresh instance per body: the host page's own `marked` setup stays
  // untouched, and the inline limits start with a full budget.
  const marked = new Marked(
    {
      gfm: true,
      // Task list checkboxes would be <input>s, which the sanitizer removes;
      // a character keeps the state visible and readable.
      renderer: { checkbox: ({ checked }) => (checked ? '☑ ' : '☐ ') },
    },
    inlineLimits(),
  );
  try {
    return marked.parse(markdown, { async: false });
  } catch {
    // marked descends recursively, so nesting thousands of levels deep
    // (`> > > …`, `- - - …`) overflows the stack. Show the text as written.
    return plainTextToHtml(markdown);
  }
}

/** Paragraphs of escaped text, split at blank lines. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join('\n');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}
