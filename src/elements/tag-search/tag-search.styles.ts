import { css } from 'lit';

export const tagSearchStyles = css`
  :host {
    --_max-height: var(--community-tag-search-max-height, 18rem);
    --_field-height: 2.75rem;
    position: relative;
  }
  /* The popup hangs below the field, over whatever follows the search, which
     may hold positioned pieces of its own (a thread list's tag chips). Only
     while open, so a closed search never sits above a host's own layers. */
  :host(:state(open)) {
    z-index: var(--community-tag-search-z-index, 10);
  }
  .tag-search {
    display: grid;
    gap: 0.375rem;
  }
  .label {
    font-weight: 600;
    line-height: 1.4;
  }
  .combobox {
    position: relative;
    min-inline-size: 0;
  }
  .field {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    min-block-size: var(--_field-height);
    padding-block: 0.3125rem;
    padding-inline: 0.5rem 2rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: text;
  }
  .field:hover {
    border-color: var(--_muted);
  }
  .field:focus-within {
    border-color: var(--_focus-ring);
    outline: 2px solid var(--_focus-ring);
    /* Over the border, inside the field: the field spans the widget, and a
       container that clips would otherwise cut the ring off. */
    outline-offset: -2px;
  }
  input {
    flex: 1 1 8rem;
    min-inline-size: 6rem;
    min-block-size: 2rem;
    padding: 0 0.25rem;
    border: 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
  }
  input:focus,
  input:focus-visible {
    /* The whole field shows focus, chips included. */
    outline: none;
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .chips {
    display: contents;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
    max-inline-size: 100%;
    min-block-size: 1.75rem;
    padding-inline: 0.625rem 0.125rem;
    border-radius: 999px;
    background: var(--_brand-subtle);
    color: var(--_brand-ink);
    font-size: 0.875em;
    font-weight: 500;
    cursor: default;
  }
  .chip-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .text-chip {
    background: var(--_surface-raised);
    color: var(--_text);
    border: 1px solid var(--_border);
  }
  .remove {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .remove:hover {
    background: color-mix(in oklch, currentColor 14%, transparent);
  }
  .remove svg {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  .popup {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline: 0;
    z-index: 1;
    margin: 0;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5rem 1.5rem light-dark(rgb(0 0 0 / 0.14), rgb(0 0 0 / 0.5));
  }
  .popup[hidden] {
    display: none;
  }
  .listbox {
    max-block-size: min(var(--_max-height), 60vh);
    overflow-y: auto;
    overscroll-behavior: contain;
    list-style: none;
  }
  .listbox[aria-busy='true'] .option {
    opacity: 0.7;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 2.5rem;
    padding-block: 0.375rem;
    padding-inline: 0.625rem;
    border-radius: calc(var(--_radius) - 0.125rem);
    border-inline-start: 3px solid transparent;
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    background: var(--_brand-subtle);
    border-inline-start-color: var(--_brand-ink);
  }
  @media (hover: hover) {
    .option:hover {
      background: var(--_surface-raised);
    }
    .option[aria-selected='true']:hover {
      background: var(--_brand-subtle);
    }
  }
  .option-label {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  mark {
    background: transparent;
    color: var(--_brand-ink);
    font-weight: 700;
  }
  .count {
    flex: none;
    color: var(--_muted);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }

  .message {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: 0.75rem;
    color: var(--_text);
  }
  .message p {
    margin: 0;
  }
  .message .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .message.loading {
    grid-template-columns: auto 1fr;
    align-items: center;
    color: var(--_muted);
  }
  .message .spinner {
    position: static;
  }

  .spinner {
    position: absolute;
    inset-inline-end: 0.75rem;
    inset-block-start: calc(50% - 0.5rem);
    inline-size: 1rem;
    block-size: 1rem;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_brand-ink);
    border-radius: 50%;
    animation: community-spin 0.8s linear infinite;
  }
  .spinner[hidden] {
    display: none;
  }
  @keyframes community-spin {
    to {
      transform: rotate(1turn);
    }
  }

  .skeleton-field {
    border-style: solid;
  }
  .label-bar {
    inline-size: 8rem;
    block-size: 1rem;
    margin-block: 0.2rem;
  }

  @media (prefers-reduced-motion: reduce) {
    /* The spinner is the only sign that a search is running: slower, not stopped. */
    .spinner {
      animation-duration: 2.4s;
    }
  }
  @media (forced-colors: active) {
    .chip,
    .remove {
      border: 1px solid CanvasText;
    }
    /* Forced colours paint the transparent marker of every option; only the active one may show it. */
    .option {
      border-inline-start-color: Canvas;
    }
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-inline-start-color: HighlightText;
    }
    .option[aria-selected='true'] mark,
    .option[aria-selected='true'] .count {
      color: HighlightText;
    }
    mark {
      color: inherit;
      text-decoration: underline;
    }
    .field:focus-within {
      outline-color: Highlight;
    }
  }
`;
