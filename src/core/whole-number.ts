/**
 * Whole-number attributes (`page-size`, `max-items`, `debounce`): read from
 * markup without losing what the author wrote, then checked against a range,
 * so every widget treats a typo the same way: a sensible number, and one warning.
 */

export interface WholeNumberRange {
  min: number;
  max: number;
  /** Used when the value is missing (silently) or nonsense (with a report). */
  fallback: number;
  /**
   * Above `max`, use `max` rather than `fallback`. Right for counts, where
   * asking for too many means "as many as allowed"; wrong for a delay, where
   * a huge number is a slip that the default serves better than the slowest.
   */
  clampAbove?: boolean;
}

const WHOLE_NUMBER_TEXT = /^\s*-?\d+\s*$/u;

/**
 * `page-size="20"` → 20; anything that is not a whole number stays the
 * author's own text, so the warning can quote what they wrote.
 */
export const wholeNumberConverter = {
  fromAttribute: (value: string | null): number =>
    // The property is typed number for users; checkedWholeNumber catches the nonsense.
    (value !== null && WHOLE_NUMBER_TEXT.test(value) ? Number(value) : value) as number,
  toAttribute: (value: number): string => String(value),
};

/**
 * The value as a whole number within the range. A missing value (undefined,
 * null, empty) quietly becomes the fallback; anything else that is not a
 * whole number in range is reported along with the number used instead.
 */
export function checkedWholeNumber(
  value: unknown,
  range: WholeNumberRange,
  report: (value: unknown, used: number) => void,
): number {
  if (value === undefined || value === null || value === '') return range.fallback;
  const number = toNumber(value);
  if (Number.isInteger(number) && number >= range.min && number <= range.max) return number;
  const used =
    range.clampAbove && Number.isInteger(number) && number > range.max ? range.max : range.fallback;
  report(value, used);
  return used;
}

/** Numbers as they are, and strings only when they spell a whole number ("1e3" and "0x10" do not). */
function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && WHOLE_NUMBER_TEXT.test(value) ? Number(value) : NaN;
}
