/**
 * Structural changes to an already sanitized fragment: they add no markup
 * from data, only move text and checked URLs into elements built here.
 */
import { LINK_REL } from './sanitize.js';

/**
 * Moves every heading down by `offset` levels (capped at h6), so a post's
 * `# Title` sits below the widget's own headings in the page outline.
 */
export function demoteHeadings(fragment: DocumentFragment, offset: number): void {
  if (offset <= 0) return;
  for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(6, Number(heading.localName.slice(1)) + offset);
    replaceKeepingChildren(heading, heading.ownerDocument.createElement(`h${level}`));
  }
}

/**
 * Images without a usable source become their alt text. With
 * `blockRemote`, images from anywhere but `trustedOrigins` become a link
 * to the image, so nothing is fetched from a third party until the reader
 * chooses to.
 */
export function rewriteImages(
  fragment: DocumentFragment,
  blockRemote: boolean,
  trustedOrigins: readonly string[],
): void {
  for (const image of fragment.querySelectorAll('img')) {
    const src = image.getAttribute('src');
    const alt = image.getAttribute('alt')?.trim() ?? '';
    const { ownerDocument } = image;
    if (!src) {
      image.replaceWith(ownerDocument.createTextNode(alt));
    } else if (blockRemote && !trustedOrigins.includes(originOf(src))) {
      const link = ownerDocument.createElement('a');
      link.setAttribute('href', src);
      link.setAttribute('rel', LINK_REL);
      link.textContent = alt || src;
      image.replaceWith(link);
    }
  }
}

function originOf(url: string): string {
  try {
    return new URL(url, document.baseURI).origin;
  } catch {
    return 'null';
  }
}

function replaceKeepingChildren(from: Element, to: Element): void {
  to.append(...from.childNodes);
  from.replaceWith(to);
}
