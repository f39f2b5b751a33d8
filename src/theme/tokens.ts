/**
 * The public `--community-*` tokens, read once on :host into private `--_*`
 * variables that the rest of each stylesheet uses. Defaults live here, so a
 * host page never has to load a theme file. Colours use light-dark(), so the
 * `theme` setting only has to pick a color-scheme.
 *
 * One brand colour makes the whole palette. The derivation is written out in
 * palette.ts as maths (and proven there by a sweep of thousands of colours);
 * the CSS below is built from the same PALETTE numbers, in linear sRGB where
 * WCAG luminance is a plain sum of the channels:
 *
 *   --_brand         the brand, opaque and clipped into sRGB
 *   --_on-brand      black or white, whichever reads on the brand (≥ 4.58:1)
 *   --_brand-hover   a primary button under the pointer: moved away from its text colour
 *   --_brand-ink     the brand as text, links, borders and focus ring: darkened
 *                    (light) or lightened (dark) to a luminance that reads on every surface
 *   --_brand-subtle  chips and selected fills: a brand tint at one fixed luminance,
 *                    so ink, text and muted text all keep 4.5:1 on it
 *
 * Browser floor: light-dark() (Chromium 123, Safari 17.5, Firefox 120) for
 * the schemes, and relative colour syntax (Chromium 122, Safari 18, Firefox
 * 128) for the brand palette; below that, the @supports fallback keeps the
 * contrast and drops the brand. The sweep runs in Chromium.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { DEFAULT_BRAND, PALETTE, SCHEME_COLORS } from './palette.js';

type Channel = 'r' | 'g' | 'b';
const CHANNELS: readonly Channel[] = ['r', 'g', 'b'];

/** WCAG relative luminance of the origin colour, inside a relative colour in srgb-linear. */
const Y = '(0.2126 * r + 0.7152 * g + 0.0722 * b)';
// Guards the divisions at pure black (Y = 0) and pure white (Y = 1), as palette.ts does.
const EPSILON = '1e-6';

/** Each channel of the origin colour, computed in linear light. Inputs are constants, never data. */
function linearLight(origin: string, channel: (c: Channel) => string): string {
  return `color(from ${origin} srgb-linear ${CHANNELS.map((c) => `calc(${channel(c)})`).join(' ')})`;
}

/** palette.ts darkenTo: scale the channels so Y is at most `target`. */
const darkenScale = (target: number) => `min(1, ${target} / max(${Y}, ${EPSILON}))`;
/** palette.ts lightenTo: the share of white that lifts Y to at least `target`. */
const lightenShare = (target: number) => `max(0, (${target} - ${Y}) / max(1 - ${Y}, ${EPSILON}))`;

const darkenTo = (origin: string, target: number) =>
  linearLight(origin, (c) => `${c} * ${darkenScale(target)}`);

const lightenTo = (origin: string, target: number) =>
  linearLight(origin, (c) => `${c} + ${lightenShare(target)} * (1 - ${c})`);

/** palette.ts tintAt: grey of `target` luminance, moved towards the hue as far as sRGB allows. */
const tintAt = (origin: string, target: number, tint: number) =>
  linearLight(origin, (c) => {
    const share = `min(${tint}, ${1 - target} / max(max(r, g, b) - ${Y}, ${EPSILON}), ${target} / max(${Y} - min(r, g, b), ${EPSILON}))`;
    return `${target} + ${share} * (${c} - ${Y})`;
  });

/** palette.ts textOn: white below the switch luminance, black above. */
const textOn = (origin: string) =>
  linearLight(origin, () => `clamp(0, (${PALETTE.onBrandSwitch} - ${Y}) * 1e6, 1)`);

const brand = 'var(--_brand)';
const { light, dark } = SCHEME_COLORS;
const lightDark = (forLight: string, forDark: string): CSSResult =>
  unsafeCSS(`light-dark(${forLight}, ${forDark})`);

const palette = {
  brand: unsafeCSS(
    `color(from var(--community-brand, ${DEFAULT_BRAND}) srgb-linear clamp(0, r, 1) clamp(0, g, 1) clamp(0, b, 1) / 1)`,
  ),
  onBrand: unsafeCSS(textOn(brand)),
  brandHover: unsafeCSS(
    `color-mix(in srgb, ${brand} ${PALETTE.hoverBrandShare * 100}%, color(from var(--_on-brand) srgb calc(1 - r) calc(1 - g) calc(1 - b)))`,
  ),
  ink: lightDark(darkenTo(brand, PALETTE.inkMaxLight), lightenTo(brand, PALETTE.inkMinDark)),
  subtle: lightDark(
    tintAt(brand, PALETTE.subtleLight, PALETTE.subtleTintLight),
    tintAt(brand, PALETTE.subtleDark, PALETTE.subtleTintDark),
  ),
  surface: lightDark(light.surface, dark.surface),
  surfaceRaised: lightDark(light.surfaceRaised, dark.surfaceRaised),
  text: lightDark(light.text, dark.text),
  muted: lightDark(light.muted, dark.muted),
};

export const tokens = css`
  :host {
    color-scheme: light dark;
    --_brand: ${palette.brand};
    --_on-brand: ${palette.onBrand};
    --_brand-hover: ${palette.brandHover};
    --_brand-ink: ${palette.ink};
    --_brand-subtle: ${palette.subtle};
    --_surface: var(--community-surface, ${palette.surface});
    --_surface-raised: var(--community-surface-raised, ${palette.surfaceRaised});
    --_text: var(--community-text, ${palette.text});
    --_muted: var(--community-muted-text, ${palette.muted});
    --_border: var(--community-border, light-dark(#d5d9df, #3a404a));
    --_radius: var(--community-radius, 0.5rem);
    --_space: var(--community-space, 0.75rem);
    --_control-size: 2.25rem;
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
  /* A browser without relative colours (Safari 17, Firefox before 128) cannot
     derive the palette: it gets the text colour where the brand would be,
     which keeps every contrast guarantee and loses only the brand. */
  @supports not (color: color(from red srgb-linear r g b)) {
    :host {
      --_brand: var(--_text);
      --_on-brand: var(--_surface);
      --_brand-hover: var(--_muted);
      --_brand-ink: var(--_text);
      --_brand-subtle: var(--_surface-raised);
    }
  }
  :host(:state(theme-light)) {
    color-scheme: light;
  }
  :host(:state(theme-dark)) {
    color-scheme: dark;
  }
  /* Compact: two thirds of the spacing unit (the host's own, if it set one)
     and shorter buttons, still well above the 24 px target size. */
  :host(:state(density-compact)) {
    --_space: calc(var(--community-space, 0.75rem) * 2 / 3);
    --_control-size: 2rem;
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
    min-block-size: var(--_control-size);
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
  .button.primary:hover {
    background: var(--_brand-hover);
    border-color: var(--_brand-hover);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  /* Every widget at once, including ones not written yet: state changes
     (fades, turning arrows) happen instantly. Keyframe animations are each
     widget's own call, since a loading spinner may need to keep turning. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
