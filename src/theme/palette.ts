/**
 * The brand palette as plain maths, so it can be proven rather than hoped
 * for: every colour the widgets derive from one brand colour, computed the
 * way the token sheet (tokens.ts) computes it in CSS, plus WCAG 2.2
 * relative luminance and contrast.
 *
 * Why luminance and not oklch lightness: WCAG contrast is defined on
 * relative luminance Y, and oklch L tracks Y only roughly (a blue and a
 * yellow of equal L differ in Y by enough to fail 4.5:1). So the CSS works in
 * linear sRGB, where Y is a weighted sum of the channels and can be set
 * exactly:
 *
 * - darken to a luminance by scaling the channels (Y scales with them);
 * - lighten to a luminance by mixing with white (Y moves linearly to 1).
 *
 * Both keep the colour inside sRGB, so clipping and gamut mapping (which
 * differ between browsers and axe) never move a colour the maths relied on.
 *
 * test/browser/theming.test.ts checks that Chromium renders exactly these
 * colours from the CSS, and palette.node.test.ts sweeps thousands of brand
 * colours through the contrast rules below.
 */

/** Linear-light sRGB channels, each 0 to 1. */
export type LinearRgb = readonly [number, number, number];
export type Scheme = 'light' | 'dark';

/** The surfaces and text colours the token sheet paints, by scheme (sRGB hex). */
export const SCHEME_COLORS = {
  light: {
    surface: '#ffffff',
    surfaceRaised: '#f6f7f9',
    text: '#1b1f24',
    muted: '#545b64',
  },
  dark: {
    surface: '#16181d',
    surfaceRaised: '#1f2229',
    text: '#e9ebee',
    muted: '#a9b0b9',
  },
} as const satisfies Record<Scheme, Record<string, string>>;

export const DEFAULT_BRAND = '#2f5bd3';

/**
 * The numbers the palette is made of. tokens.ts builds its CSS from these,
 * so the two cannot drift apart.
 */
export const PALETTE = {
  /**
   * Brand luminance at which black and white text have equal contrast
   * (sqrt(1.05 × 0.05) − 0.05): below it white text reads better, above it
   * black. Either way the contrast is at least 4.58:1, for any colour.
   */
  onBrandSwitch: 0.17913,
  /** Brand as text on light surfaces: darkened until its luminance is at most this (the default brand already is). */
  inkMaxLight: 0.13,
  /** Brand as text on dark surfaces: lightened until its luminance is at least this. */
  inkMinDark: 0.36,
  /** Subtle brand fills (chips, selected option, pinned badge, banner) sit at exactly this luminance. */
  subtleLight: 0.86,
  subtleDark: 0.03,
  /**
   * How far a subtle fill moves from grey towards the brand's hue, at most:
   * less where sRGB runs out at that luminance (a vivid blue cannot be very light).
   */
  subtleTintLight: 0.35,
  subtleTintDark: 0.1,
  /** The primary button on hover: this much of the brand, the rest moving away from its text colour. */
  hoverBrandShare: 0.85,
} as const;

// WCAG 2.2 relative luminance coefficients (sRGB / Rec. 709 primaries).
const LUMINANCE_WEIGHTS = [0.2126, 0.7152, 0.0722] as const;

/** sRGB hex (#rgb or #rrggbb, alpha ignored) → gamma-encoded channels 0 to 1. */
export function parseHex(hex: string): [number, number, number] {
  const digits = hex.replace(/^#/u, '');
  const full =
    digits.length <= 4
      ? digits
          .slice(0, 3)
          .split('')
          .map((digit) => digit + digit)
          .join('')
      : digits.slice(0, 6);
  if (!/^[\da-f]{6}$/iu.test(full)) throw new TypeError(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
}

export function toHex(encoded: readonly number[]): string {
  return `#${encoded
    .slice(0, 3)
    .map((channel) =>
      Math.round(clamp01(channel) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export function decode(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

export function encode(channel: number): number {
  return channel <= 0.0031308 ? channel * 12.92 : 1.055 * channel ** (1 / 2.4) - 0.055;
}

export function toLinear(encoded: readonly number[]): LinearRgb {
  return [decode(encoded[0]!), decode(encoded[1]!), decode(encoded[2]!)];
}

export function toEncoded(linear: LinearRgb): [number, number, number] {
  return [encode(linear[0]), encode(linear[1]), encode(linear[2])];
}

export function hexToLinear(hex: string): LinearRgb {
  return toLinear(parseHex(hex));
}

/** What a screen shows: the colour rounded to 8 bits per channel, back in linear light. */
export function quantized(linear: LinearRgb): LinearRgb {
  return toLinear(toEncoded(linear).map((channel) => Math.round(clamp01(channel) * 255) / 255));
}

/** WCAG 2.2 relative luminance. */
export function luminance(linear: LinearRgb): number {
  return (
    LUMINANCE_WEIGHTS[0] * linear[0] +
    LUMINANCE_WEIGHTS[1] * linear[1] +
    LUMINANCE_WEIGHTS[2] * linear[2]
  );
}

/** WCAG 2.2 contrast ratio, 1 to 21. */
export function contrast(a: LinearRgb, b: LinearRgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function map(linear: LinearRgb, channel: (value: number) => number): LinearRgb {
  return [channel(linear[0]), channel(linear[1]), channel(linear[2])];
}

// Guards the divisions below at pure black (Y = 0) and pure white (Y = 1).
const EPSILON = 1e-6;

/** The brand as the widgets use it: opaque and clipped into sRGB. */
export function brandColor(linear: LinearRgb): LinearRgb {
  return map(linear, clamp01);
}

/** Darkens (scales) the colour until its luminance is at most `target`; darker colours are kept. */
export function darkenTo(linear: LinearRgb, target: number): LinearRgb {
  const scale = Math.min(1, target / Math.max(luminance(linear), EPSILON));
  return map(linear, (channel) => channel * scale);
}

/** Lightens (mixes with white) until its luminance is at least `target`; lighter colours are kept. */
export function lightenTo(linear: LinearRgb, target: number): LinearRgb {
  const y = luminance(linear);
  const white = Math.max(0, (target - y) / Math.max(1 - y, EPSILON));
  return map(linear, (channel) => channel + white * (1 - channel));
}

/**
 * A fill of exactly `target` luminance in the colour's hue: grey of that
 * luminance, moved by `tint` of the colour's own offset from its grey
 * (c − Y). The offsets weigh to zero in Y, so Y stays `target`; the tint
 * shrinks where it would leave sRGB.
 */
export function tintAt(linear: LinearRgb, target: number, tint: number): LinearRgb {
  const y = luminance(linear);
  const above = Math.max(...linear) - y;
  const below = y - Math.min(...linear);
  const share = Math.min(
    tint,
    (1 - target) / Math.max(above, EPSILON),
    target / Math.max(below, EPSILON),
  );
  return map(linear, (channel) => target + share * (channel - y));
}

/** Black or white, whichever has more contrast on the colour. */
export function textOn(linear: LinearRgb): LinearRgb {
  const white = luminance(linear) < PALETTE.onBrandSwitch ? 1 : 0;
  return [white, white, white];
}

/** Mixes in gamma-encoded sRGB, as CSS `color-mix(in srgb, a share, b)` does. */
export function mixEncoded(a: LinearRgb, b: LinearRgb, share: number): LinearRgb {
  const [ea, eb] = [toEncoded(a), toEncoded(b)];
  return toLinear(ea.map((channel, index) => channel * share + eb[index]! * (1 - share)));
}

export interface Palette {
  /** The brand itself: primary buttons, announcement badges, accent stripes. */
  brand: LinearRgb;
  /** Text on the brand: black or white. */
  onBrand: LinearRgb;
  /** A primary button under the pointer. */
  brandHover: LinearRgb;
  /** The brand as text, links, borders and the focus ring on the surfaces. */
  ink: LinearRgb;
  /** Chips, the selected option, the pinned badge, the banner. */
  subtle: LinearRgb;
}

export function derivePalette(brand: LinearRgb, scheme: Scheme): Palette {
  const base = brandColor(brand);
  const onBrand = textOn(base);
  const awayFromText = map(onBrand, (channel) => 1 - channel);
  return {
    brand: base,
    onBrand,
    brandHover: mixEncoded(base, awayFromText, PALETTE.hoverBrandShare),
    ink:
      scheme === 'light'
        ? darkenTo(base, PALETTE.inkMaxLight)
        : lightenTo(base, PALETTE.inkMinDark),
    subtle:
      scheme === 'light'
        ? tintAt(base, PALETTE.subtleLight, PALETTE.subtleTintLight)
        : tintAt(base, PALETTE.subtleDark, PALETTE.subtleTintDark),
  };
}

/** A pair of colours the widgets put on top of each other, and the contrast it must reach. */
export interface ContrastCheck {
  name: string;
  foreground: LinearRgb;
  background: LinearRgb;
  /** 4.5 for text, 3 for focus rings and other non-text indicators. */
  minimum: number;
}

/** Every brand-dependent pairing the widgets paint, for one brand in one scheme. */
export function contrastChecks(brand: LinearRgb, scheme: Scheme): ContrastCheck[] {
  const palette = derivePalette(brand, scheme);
  const colors = SCHEME_COLORS[scheme];
  const surfaces = {
    surface: hexToLinear(colors.surface),
    'raised surface': hexToLinear(colors.surfaceRaised),
    'subtle brand fill': palette.subtle,
  };
  const checks: ContrastCheck[] = [
    { name: 'text on brand', foreground: palette.onBrand, background: palette.brand, minimum: 4.5 },
    {
      name: 'text on hovered brand',
      foreground: palette.onBrand,
      background: palette.brandHover,
      minimum: 4.5,
    },
  ];
  for (const [where, background] of Object.entries(surfaces)) {
    checks.push(
      { name: `brand ink on ${where}`, foreground: palette.ink, background, minimum: 4.5 },
      { name: `focus ring on ${where}`, foreground: palette.ink, background, minimum: 3 },
    );
  }
  checks.push(
    {
      name: 'text on subtle brand fill',
      foreground: hexToLinear(colors.text),
      background: palette.subtle,
      minimum: 4.5,
    },
    {
      name: 'muted text on subtle brand fill',
      foreground: hexToLinear(colors.muted),
      background: palette.subtle,
      minimum: 4.5,
    },
  );
  return checks;
}

// Oklab / oklch, only to spread sweep samples evenly over hue and lightness.

/** oklch → linear sRGB, possibly outside 0 to 1 (out of gamut). */
export function oklchToLinear(lightness: number, chroma: number, hueDegrees: number): LinearRgb {
  const hue = (hueDegrees * Math.PI) / 180;
  const a = chroma * Math.cos(hue);
  const b = chroma * Math.sin(hue);
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}
