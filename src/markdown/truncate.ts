/**
 * The length cap on bodies, the first defence against huge input: nothing
 * after it is parsed, sanitized or rendered.
 */

/**
 * Three times Discourse's default maximum post length, yet small enough that
 * the worst markdown (see marked-limits.ts) renders in well under a second.
 */
export const DEFAULT_MAX_LENGTH = 100_000;
export const TRUNCATION_MARK = '…';

/** Cuts `text` to `maxLength` characters plus "…", never splitting a surrogate pair. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = Math.max(0, Math.floor(maxLength));
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + TRUNCATION_MARK;
}
