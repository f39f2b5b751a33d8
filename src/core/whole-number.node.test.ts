import { describe, expect, it } from 'vitest';
import { checkedWholeNumber, wholeNumberConverter, type WholeNumberRange } from './whole-number.js';

const PAGE: WholeNumberRange = { min: 1, max: 100, fallback: 10, clampAbove: true };
const DELAY: WholeNumberRange = { min: 0, max: 5000, fallback: 150 };

/** The number used, and what was reported about it, as `value→used`. */
function check(value: unknown, range: WholeNumberRange) {
  const reports: string[] = [];
  const used = checkedWholeNumber(value, range, (given, fallback) =>
    reports.push(`${String(given)}→${fallback}`),
  );
  return { used, reports };
}

describe('wholeNumberConverter', () => {
  it('reads whole numbers from markup and keeps other text for the warning', () => {
    expect(wholeNumberConverter.fromAttribute(' 20 ')).toBe(20);
    expect(wholeNumberConverter.fromAttribute('-3')).toBe(-3);
    expect(wholeNumberConverter.fromAttribute('abc')).toBe('abc');
    expect(wholeNumberConverter.fromAttribute('1.5')).toBe('1.5');
    expect(wholeNumberConverter.fromAttribute(null)).toBe(null);
    expect(wholeNumberConverter.toAttribute(20)).toBe('20');
  });
});

describe('checkedWholeNumber', () => {
  it('accepts whole numbers in range, from numbers or text', () => {
    expect(check(1, PAGE)).toEqual({ used: 1, reports: [] });
    expect(check(100, PAGE)).toEqual({ used: 100, reports: [] });
    expect(check('25', PAGE)).toEqual({ used: 25, reports: [] });
    expect(check(0, DELAY)).toEqual({ used: 0, reports: [] });
  });

  it('uses the fallback without a word when nothing was given', () => {
    for (const value of [undefined, null, '']) {
      expect(check(value, PAGE), String(value)).toEqual({ used: 10, reports: [] });
    }
  });

  it('uses the fallback, and says so, for nonsense and numbers below the range', () => {
    for (const value of ['abc', 1.5, -3, 0, NaN, Infinity, '1e3', '0x10', ' ', true]) {
      expect(check(value, PAGE), String(value)).toEqual({
        used: 10,
        reports: [`${String(value)}→10`],
      });
    }
  });

  it('clamps too large a count to the most allowed, but gives a delay its default', () => {
    expect(check(500, PAGE)).toEqual({ used: 100, reports: ['500→100'] });
    expect(check(5001, DELAY)).toEqual({ used: 150, reports: ['5001→150'] });
  });
});
