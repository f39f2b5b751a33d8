/**
 * Backend data may have any shape: only a string with content counts as
 * text, and only a body with some as something to show.
 */
import type { Body } from './types.js';

export function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Whether `body` has markdown or HTML with content, checked by type: adapters can be hostile. */
export function hasBodyText(body: unknown): body is Body {
  const candidate = body as Partial<Record<keyof Body, unknown>> | null | undefined;
  return nonBlank(candidate?.markdown) !== undefined || nonBlank(candidate?.html) !== undefined;
}
