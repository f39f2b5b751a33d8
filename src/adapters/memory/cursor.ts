/**
 * Page cursors are opaque to callers: base64url of a small JSON object, so
 * the format can grow (a query fingerprint, say) without breaking anyone who
 * passes `nextCursor` back unchanged.
 */
interface CursorState {
  offset: number;
}

export function encodeCursor(offset: number): string {
  const state: CursorState = { offset };
  return btoa(JSON.stringify(state)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The offset a cursor points at; a RangeError when it was not made by {@link encodeCursor}. */
export function decodeCursor(cursor: string): number {
  const offset = readOffset(cursor);
  if (offset === undefined) {
    throw new RangeError(
      `Invalid cursor ${JSON.stringify(cursor)}: pass the nextCursor of an earlier page unchanged.`,
    );
  }
  return offset;
}

function readOffset(cursor: string): number | undefined {
  try {
    const state: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof state !== 'object' || state === null || !('offset' in state)) return undefined;
    const { offset } = state;
    return typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0
      ? offset
      : undefined;
  } catch {
    return undefined;
  }
}
