/**
 * The line under a thread's title that the thread list and pinned posts
 * share: author, time, category (its colour validated before it reaches CSS)
 * and counts; its styles also dress the title itself (renderThreadTitle).
 */
import { css, html, nothing } from 'lit';
import { safeColor } from '../core/safe-color.js';
import type { Category } from '../core/types.js';
import { cssProperties } from './css-properties.js';

export function renderCategory(category: Category | undefined) {
  if (!category) return nothing;
  return html`<span
    class="category"
    ${cssProperties({ '--_category-color': safeColor(category.color) })}
    >${category.name}</span
  >`;
}

export const threadMetaStyles = css`
  .title {
    color: var(--_text);
    font-weight: 600;
    font-size: 1.0625em;
    line-height: 1.35;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  a.title:hover {
    color: var(--_brand-ink);
    text-decoration: underline;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .author {
    color: var(--_text);
    font-weight: 500;
    /* A name's bidi controls stay in the name, whatever display a host gives ::part(meta). */
    unicode-bidi: isolate;
  }
  .category {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .category::before {
    content: '';
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 2px;
    background: var(--_category-color, var(--_border));
  }
`;
