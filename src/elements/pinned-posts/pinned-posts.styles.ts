import { css } from 'lit';

export const pinnedPostsStyles = css`
  :host {
    --_gap: var(--community-pinned-posts-gap, var(--_space));
    --_accent: var(--community-pinned-posts-accent, var(--_brand));
    container-type: inline-size;
  }
  /* Nothing pinned (or all dismissed): the element takes no space on the page. */
  :host(:state(empty)) {
    display: none;
  }
  .posts {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [aria-busy='true'] .posts {
    opacity: 0.6;
    transition: opacity 0.2s;
  }
  .post {
    display: grid;
    align-content: start;
    gap: 0.375rem;
    padding: var(--_gap) 0;
    border-block-end: 1px solid var(--_border);
    min-block-size: 6.5rem;
    min-inline-size: 0;
  }
  .post:first-child {
    border-block-start: 1px solid var(--_border);
  }
  .headline {
    display: flex;
    align-items: start;
    gap: 0.5rem;
  }
  .heading {
    flex: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    min-inline-size: 0;
  }
  .title {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .badge {
    flex: none;
    display: inline-flex;
    align-items: center;
    padding: 0.0625rem 0.5rem;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    background: var(--_brand-subtle);
    color: var(--_brand-ink);
  }
  .announcement .badge {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  .dismiss {
    flex: none;
    align-self: start;
    display: inline-grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    margin-block: -0.25rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .dismiss:hover {
    background: color-mix(in oklch, var(--_text) 8%, transparent);
    color: var(--_text);
  }
  .dismiss svg {
    inline-size: 1rem;
    block-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .excerpt {
    margin: 0;
    color: var(--_muted);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .disclosure {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-block-size: 1.75rem;
    /* Inside the widget's box (no negative margin), so a tight container never cuts it off. */
    padding: 0.125rem 0.375rem;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_brand-ink);
    font-weight: 600;
    font-size: 0.9375em;
    cursor: pointer;
  }
  .disclosure:hover {
    text-decoration: underline;
  }
  /* Both sit flush with the widget's edge: the ring goes inside them. */
  .dismiss:focus-visible,
  .disclosure:focus-visible {
    outline-offset: -2px;
  }
  .disclosure svg {
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: rotate 0.15s;
  }
  .disclosure[aria-expanded='true'] svg {
    rotate: 180deg;
  }

  /* The full post: sanitized markdown or HTML from the community. */
  .body {
    line-height: 1.55;
    overflow-wrap: anywhere;
  }
  .body > .skeleton-bar {
    margin-block: 0.5rem;
    inline-size: 95%;
  }
  .body > .skeleton-bar.short {
    inline-size: 60%;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body :is(p, ul, ol, blockquote, pre, table) {
    margin-block: 0 0.75em;
  }
  .body :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 1em 0.5em;
    font-size: 1em;
    line-height: 1.3;
  }
  .body :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  /* Not the nested-list circles a browser would pick: the post sits inside the list of posts. */
  .body ul {
    list-style-type: disc;
  }
  .body ul ul {
    list-style-type: circle;
  }
  .body a {
    color: var(--_brand-ink);
  }
  .body :is(img, video) {
    max-inline-size: 100%;
    block-size: auto;
  }
  .body code {
    padding: 0.0625em 0.25em;
    border-radius: 0.25rem;
    background: var(--_surface-raised);
    font-size: 0.9em;
  }
  /* Wrapped, not scrolled: a scrolling box would need its own keyboard stop. */
  .body pre {
    white-space: pre-wrap;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .body pre code {
    padding: 0;
    background: none;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }
  .body table {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .body :is(th, td) {
    /* Whole words decide column widths; only a table too wide for any screen scrolls. */
    overflow-wrap: break-word;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
  }

  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_gap);
    margin-block: var(--_gap);
    padding: 0.5rem var(--_gap);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .undo p {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  /* banner: the single most important post, as a callout */
  :host([layout='banner']) .post {
    padding: var(--_gap) calc(var(--_gap) * 1.5);
    border: 1px solid color-mix(in oklch, var(--_accent) 35%, transparent);
    border-inline-start: 0.3125rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_brand-subtle);
    min-block-size: 5.5rem;
  }
  :host([layout='banner']) .post:not(.announcement) .badge {
    background: var(--_surface);
  }
  :host([layout='banner']) .excerpt {
    color: var(--_text);
  }
  :host([layout='banner']) .undo {
    margin-block: 0;
  }

  /* cards: a grid of tiles */
  :host([layout='cards']) .posts {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: var(--_gap);
  }
  :host([layout='cards']) .post {
    display: flex;
    flex-direction: column;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-block-size: 9rem;
  }
  /* Read more lines up along the bottom of a row of cards. */
  :host([layout='cards']) .disclosure {
    margin-block-start: auto;
  }
  :host([layout='cards']) .post.announcement {
    border-block-start: 0.25rem solid var(--_accent);
  }
  :host([layout='cards']) .undo {
    margin-block: 0;
    flex-direction: column;
    justify-content: center;
    text-align: center;
  }

  .skeleton .post {
    gap: 0.625rem;
    padding-block-start: calc(var(--_gap) + 0.25rem);
  }
  .skeleton .title-bar {
    inline-size: 60%;
    block-size: 1rem;
  }
  .skeleton .meta-bar {
    inline-size: 30%;
  }
  .skeleton .excerpt-bar {
    inline-size: 95%;
  }
  .skeleton .excerpt-bar.short {
    inline-size: 70%;
  }

  @media (prefers-reduced-motion: reduce) {
    .disclosure svg,
    [aria-busy='true'] .posts {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .undo,
    :host([layout='banner']) .post {
      border: 1px solid CanvasText;
    }
    .dismiss,
    .disclosure {
      border: 1px solid ButtonText;
    }
  }
`;
