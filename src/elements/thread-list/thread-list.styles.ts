import { css } from 'lit';

export const threadListStyles = css`
  :host {
    --_gap: var(--community-thread-list-gap, var(--_space));
    --_avatar-size: 2.25rem;
    container-type: inline-size;
  }
  .threads {
    display: grid;
    gap: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [aria-busy='true'] .threads {
    opacity: 0.6;
    transition: opacity 0.2s;
  }
  .thread {
    position: relative;
    display: flex;
    gap: var(--_gap);
    padding: var(--_gap) 0;
    border-block-end: 1px solid var(--_border);
    min-block-size: 5.5rem;
  }
  .thread:first-child {
    border-block-start: 1px solid var(--_border);
  }
  /* A long list: the virtualizer places each row itself, and any row may come first in the DOM. */
  .threads.virtual > .thread {
    inline-size: 100%;
    border-block-start: none;
  }
  .threads.virtual > .thread[aria-posinset='1'] {
    border-block-start: 1px solid var(--_border);
  }
  .content {
    display: grid;
    gap: 0.375rem;
    min-inline-size: 0;
    flex: 1;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  /* The whole row opens the thread; chips and buttons stay clickable above it. */
  a.title::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .thread:has(a.title:hover) {
    background: color-mix(in oklch, var(--_brand-subtle) 50%, transparent);
  }
  /* Inside the row, which spans the widget edge to edge: a container that
     clips its overflow would otherwise cut the ring off. */
  .thread:has(a.title:focus-visible) {
    outline: 2px solid var(--_focus-ring);
    outline-offset: -2px;
  }
  a.title:focus-visible {
    outline: none;
  }
  .excerpt {
    margin: 0;
    color: var(--_muted);
    line-height: 1.5;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    /* Two lines at most even when a taller card beside it stretches the row:
       the clamp hides the third line's text, not the room it would take. */
    max-block-size: 2lh;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.0625rem 0.5rem;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    background: var(--_surface-raised);
    color: var(--_muted);
    border: 1px solid var(--_border);
  }
  .badge.solved {
    background: var(--_success-subtle);
    color: var(--_success);
    border-color: transparent;
  }
  .badge.pinned {
    background: var(--_brand-subtle);
    color: var(--_brand-ink);
    border-color: transparent;
  }
  .badge svg {
    inline-size: 0.875em;
    block-size: 0.875em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    position: relative;
    z-index: 1;
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.8125em;
    cursor: pointer;
  }
  .tag:hover {
    border-color: var(--_brand-ink);
    color: var(--_brand-ink);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: var(--_gap);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .filter-chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-block-size: 1.75rem;
    padding-block: 0.125rem;
    padding-inline: 0.625rem 0.5rem;
    border: 1px solid var(--_brand-ink);
    border-radius: 999px;
    background: var(--_brand-subtle);
    color: var(--_brand-ink);
    cursor: pointer;
  }
  /* The first chip sits in the widget's corner: the ring goes inside it. */
  .filter-chip:focus-visible {
    outline-offset: -2px;
  }
  .more {
    display: grid;
    justify-items: center;
    padding-block: var(--_gap);
  }
  .more .error {
    margin: 0;
    color: var(--_text);
  }
  .more .error.failed {
    margin-block-end: 0.5rem;
  }

  /* compact: one line per thread, for side panels */
  :host([layout='compact']) .thread {
    min-block-size: 0;
    padding-block: calc(var(--_gap) * 0.6);
  }
  :host([layout='compact']) .title {
    font-size: 1em;
  }

  /* cards: a grid of tiles */
  :host([layout='cards']) .threads {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: var(--_gap);
  }
  :host([layout='cards']) .thread {
    flex-direction: column;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-block-size: 10rem;
  }
  :host([layout='cards']) .meta {
    margin-block-start: auto;
  }

  .skeleton .thread {
    align-items: flex-start;
  }
  .skeleton .avatar {
    border-radius: 50%;
    block-size: var(--_avatar-size);
    inline-size: var(--_avatar-size);
  }
  .skeleton .title-bar {
    inline-size: 70%;
    block-size: 1rem;
  }
  .skeleton .excerpt-bar {
    inline-size: 95%;
  }
  .skeleton .meta-bar {
    inline-size: 40%;
  }
  .skeleton .content {
    gap: 0.625rem;
    padding-block-start: 0.25rem;
  }

  @container (max-width: 30rem) {
    .thread {
      --_avatar-size: 1.75rem;
    }
    .meta {
      gap: 0.125rem 0.5rem;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .tag,
    .filter-chip {
      border: 1px solid CanvasText;
    }
    .thread:has(a.title:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
