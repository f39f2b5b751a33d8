/**
 * The one place where backend markup becomes DOM: markdown (through marked)
 * or HTML such as Discourse's `cooked`, both through the same sanitizer.
 * Loaded lazily through `loadMarkdown()` (load.ts), never imported directly
 * by views, so pages that show no markdown never download marked or DOMPurify;
 * marked itself is fetched only for a markdown body.
 */
import { nonBlank } from '../core/body-text.js';
import type { Body } from '../core/types.js';
import { demoteHeadings, rewriteImages } from './fragment-rewrites.js';
import { loadMarkdownParser } from './parser-chunk.js';
import { parseBaseUrl, sanitizeToFragment } from './sanitize.js';
import { DEFAULT_MAX_LENGTH, truncate } from './truncate.js';

export interface RenderBodyOptions {
  /**
   * Replace images from other origins than the page and `baseUrl` by a
   * link to them, so reading a post contacts no third-party server.
   */
  blockRemoteImages?: boolean;
  /** Where the body came from (e.g. the forum's URL): relative links and images resolve against it. */
  baseUrl?: string;
  /** Levels added to every heading, capped at h6: 2 (the default) makes `# Title` an h3. */
  headingOffset?: number;
  /** Characters of markdown or HTML read at most; a longer body is cut and ends in "…". */
  maxLength?: number;
}

export const DEFAULT_HEADING_OFFSET = 2;
export { DEFAULT_MAX_LENGTH };

/**
 * Renders a body to a sanitized fragment. Markdown wins when both markdown
 * and HTML are present; a body with neither gives an empty fragment.
 */
export async function renderBody(
  body: Body,
  options: RenderBodyOptions = {},
): Promise<DocumentFragment> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const markdown = nonBlank(body?.markdown);
  const html =
    markdown !== undefined
      ? (await loadMarkdownParser()).markdownToHtml(truncate(markdown, maxLength))
      : truncate(nonBlank(body?.html) ?? '', maxLength);
  if (html === '') return document.createDocumentFragment();

  const base = parseBaseUrl(options.baseUrl);
  const fragment = sanitizeToFragment(html, base);
  demoteHeadings(fragment, clampOffset(options.headingOffset ?? DEFAULT_HEADING_OFFSET));
  const trustedOrigins = base ? [location.origin, base.origin] : [location.origin];
  rewriteImages(fragment, options.blockRemoteImages === true, trustedOrigins);
  return fragment;
}

function clampOffset(offset: number): number {
  return Number.isFinite(offset)
    ? Math.min(5, Math.max(0, Math.trunc(offset)))
    : DEFAULT_HEADING_OFFSET;
}
