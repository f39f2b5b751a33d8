/**
 * The markdown parser's chunk (marked), apart from the sanitizer's, so HTML
 * bodies never download it. Its output is an unsanitized HTML string, so only
 * the pipeline uses it, and load.ts to start its download early; views
 * cannot import it (eslint.config.js).
 */
import { nonBlank } from '../core/body-text.js';
import { loadOnce } from '../core/load-once.js';
import type * as ParserModule from './markdown-to-html.js';

export const loadMarkdownParser = loadOnce<typeof ParserModule>(
  () => import('./markdown-to-html.js'),
);

/** Whether `body` renders from markdown: markdown with content wins over HTML. */
export function hasMarkdown(body: unknown): boolean {
  return nonBlank((body as { markdown?: unknown } | null | undefined)?.markdown) !== undefined;
}
