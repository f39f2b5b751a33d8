/**
 * The public `--community-*` tokens, read once on :host into private `--_*`
 * variables that the rest of each stylesheet uses. Defaults live here, so a
 * host page never has to load a theme file. Colours use light-dark(), so the
 * `theme` setting only has to pick a color-scheme.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: light dark;
    --_brand: var(--community-brand, #2f5bd3);
    /* Brand as ink on the surface: darkened in light, lightened in dark, so links and
       outlines keep their contrast whatever brand colour is chosen. */
    --_brand-ink: light-dark(
      oklch(from var(--_brand) min(l, 0.5) min(c, 0.2) h),
      oklch(from var(--_brand) max(l, 0.8) min(c, 0.14) h)
    );
    /* Black or white, whichever reads on the brand colour. */
    --_on-brand: oklch(from var(--_brand) clamp(0, (0.66 - l) * 1000, 1) 0 0);
    --_brand-subtle: light-dark(
      color-mix(in oklch, var(--_brand) 10%, white),
      color-mix(in oklch, var(--_brand) 22%, #16181d)
    );
    --_surface: var(--community-surface, light-dark(#ffffff, #16181d));
    --_surface-raised: var(--community-surface-raised, light-dark(#f6f7f9, #1f2229));
    --_text: var(--community-text, light-dark(#1b1f24, #e9ebee));
    --_muted: var(--community-muted-text, light-dark(#545b64, #a9b0b9));
    --_border: var(--community-border, light-dark(#d5d9df, #3a404a));
    --_radius: var(--community-radius, 0.5rem);
    --_space: var(--community-space, 0.75rem);
    --_focus-ring: var(--community-focus-ring, var(--_brand-ink));
    --_success: light-dark(#17683a, #6fd69a);
    --_success-subtle: light-dark(#e3f4e9, #183325);

    display: block;
    box-sizing: border-box;
    font-family: var(--community-font, inherit);
    color: var(--_text);
    /* Painted, so dark text never lands on a dark host page or the reverse;
       set --community-surface: transparent to blend into a matching page. */
    background: var(--_surface);
  }
  :host(:state(theme-light)) {
    color-scheme: light;
  }
  :host(:state(theme-dark)) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-block-size: 2.25rem;
    padding: 0.375rem 1rem;
    border: 1px solid var(--_brand-ink);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_brand-ink);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_brand-subtle);
  }
  .button.primary {
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_on-brand);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
