import { describe, expect, it } from 'vitest';
import {
  contrast,
  contrastChecks,
  derivePalette,
  hexToLinear,
  luminance,
  oklchToLinear,
  PALETTE,
  quantized,
  toHex,
  toEncoded,
  toLinear,
  type LinearRgb,
  type Scheme,
} from './palette.js';
import { HARD_BRAND_COLORS } from '../../test/helpers/brand-colors.js';

const SCHEMES: Scheme[] = ['light', 'dark'];
const WHITE: LinearRgb = [1, 1, 1];
const BLACK: LinearRgb = [0, 0, 0];

/** Every hue in 10° steps at many lightness and chroma values, as a designer might pick them. */
function oklchSweep(): Array<[string, LinearRgb]> {
  const samples: Array<[string, LinearRgb]> = [];
  for (let hue = 0; hue < 360; hue += 10) {
    for (const lightness of [
      0.05, 0.15, 0.25, 0.35, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 1,
    ]) {
      for (const chroma of [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4]) {
        samples.push([
          `oklch(${lightness} ${chroma} ${hue})`,
          oklchToLinear(lightness, chroma, hue),
        ]);
      }
    }
  }
  return samples;
}

/** The sRGB cube in steps of 17 (0, 17, … 255): every corner, edge and face of the gamut. */
function srgbGrid(): Array<[string, LinearRgb]> {
  const samples: Array<[string, LinearRgb]> = [];
  for (let r = 0; r <= 255; r += 17)
    for (let g = 0; g <= 255; g += 17)
      for (let b = 0; b <= 255; b += 17) {
        const encoded = [r / 255, g / 255, b / 255];
        samples.push([toHex(encoded), toLinear(encoded)]);
      }
  return samples;
}

function allGreys(): Array<[string, LinearRgb]> {
  return Array.from({ length: 256 }, (_, value) => {
    const encoded = [value / 255, value / 255, value / 255];
    return [toHex(encoded), toLinear(encoded)];
  });
}

/** Each failing pairing, measured as a screen shows it: every colour rounded to 8 bits. */
function failures(brands: Array<[string, LinearRgb]>): string[] {
  const failed: string[] = [];
  for (const scheme of SCHEMES) {
    for (const [name, brand] of brands) {
      for (const check of contrastChecks(brand, scheme)) {
        const ratio = contrast(quantized(check.foreground), quantized(check.background));
        if (ratio < check.minimum)
          failed.push(`${name} ${scheme}: ${check.name} ${ratio.toFixed(2)} < ${check.minimum}`);
      }
    }
  }
  return failed;
}

describe('contrast maths', () => {
  it('matches WCAG reference values', () => {
    expect(contrast(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
    expect(contrast(hexToLinear('#777777'), WHITE)).toBeCloseTo(4.48, 2);
    expect(contrast(hexToLinear('#767676'), WHITE)).toBeCloseTo(4.54, 2);
    expect(luminance(hexToLinear('#ff0000'))).toBeCloseTo(0.2126, 4);
  });

  it('round-trips sRGB hex through linear light', () => {
    for (const hex of ['#000000', '#2f5bd3', '#ff8800', '#ffffff']) {
      expect(toHex(toEncoded(hexToLinear(hex)))).toBe(hex);
    }
    expect(toHex(toEncoded(hexToLinear('#abc')))).toBe('#aabbcc');
  });

  it('switches text on the brand where black and white read equally well', () => {
    const y = PALETTE.onBrandSwitch;
    expect(1.05 / (y + 0.05) / ((y + 0.05) / 0.05)).toBeCloseTo(1, 4);
  });
});

describe('derivePalette', () => {
  it('keeps the default brand as its own ink on light surfaces', () => {
    const brand = hexToLinear('#2f5bd3');
    expect(toHex(toEncoded(derivePalette(brand, 'light').ink))).toBe('#2f5bd3');
  });

  it('puts black text on yellow and on the Discourse blue, white on navy', () => {
    expect(derivePalette(hexToLinear('#ffff00'), 'light').onBrand).toEqual(BLACK);
    // White on #0088cc is only 3.9:1; black reaches 5.4:1.
    expect(derivePalette(hexToLinear('#0088cc'), 'light').onBrand).toEqual(BLACK);
    expect(derivePalette(hexToLinear('#000080'), 'dark').onBrand).toEqual(WHITE);
  });

  it('darkens light brands into ink for light surfaces and lightens dark ones for dark', () => {
    const yellow = hexToLinear('#ffff00');
    expect(luminance(derivePalette(yellow, 'light').ink)).toBeCloseTo(PALETTE.inkMaxLight, 6);
    const navy = hexToLinear('#000080');
    expect(luminance(derivePalette(navy, 'dark').ink)).toBeCloseTo(PALETTE.inkMinDark, 6);
    expect(luminance(derivePalette(navy, 'light').ink)).toBeCloseTo(luminance(navy), 6);
  });

  it('puts every subtle fill at one luminance, so text contrast on it never depends on the brand', () => {
    for (const hex of Object.values(HARD_BRAND_COLORS)) {
      expect(luminance(derivePalette(hexToLinear(hex), 'light').subtle)).toBeCloseTo(
        PALETTE.subtleLight,
        6,
      );
      expect(luminance(derivePalette(hexToLinear(hex), 'dark').subtle)).toBeCloseTo(
        PALETTE.subtleDark,
        6,
      );
    }
  });

  it('keeps every derived colour inside sRGB, so no clipping moves it', () => {
    for (const [, brand] of [...oklchSweep(), ...srgbGrid()]) {
      for (const scheme of SCHEMES) {
        const colors = Object.values(derivePalette(brand, scheme)).flat();
        expect(Math.min(...colors)).toBeGreaterThanOrEqual(-1e-9);
        expect(Math.max(...colors)).toBeLessThanOrEqual(1 + 1e-9);
      }
    }
  });

  it('treats a brand outside sRGB as its clipped colour, as the CSS does', () => {
    const vivid = oklchToLinear(0.7, 0.4, 150);
    expect(derivePalette(vivid, 'light').brand.every((c) => c >= 0 && c <= 1)).toBe(true);
  });
});

describe('contrast sweep: every brand-dependent pairing, light and dark', () => {
  it('holds for the named hard brand colours', () => {
    const named = Object.entries(HARD_BRAND_COLORS).map(([name, hex]): [string, LinearRgb] => [
      `${name} ${hex}`,
      hexToLinear(hex),
    ]);
    expect(named.length).toBeGreaterThanOrEqual(24);
    expect(failures(named)).toEqual([]);
  });

  it('holds for every hue in 10° steps at 13 lightness and 7 chroma values (3276 colours)', () => {
    const sweep = oklchSweep();
    expect(sweep).toHaveLength(3276);
    expect(failures(sweep)).toEqual([]);
  });

  it('holds across the sRGB cube (4096 colours) and for every grey (256)', () => {
    expect(failures([...srgbGrid(), ...allGreys()])).toEqual([]);
  });
});
