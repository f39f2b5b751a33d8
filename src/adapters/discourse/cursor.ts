/**
 * `ThreadPage.nextCursor` is opaque to widgets. Inside, it is the next page
 * of whichever Discourse endpoint answered: topic lists count pages from 0;
 * search counts from 1 and returns a fixed number of posts per page, so its
 * cursor also remembers how many threads of that page were already shown.
 * A cursor from another kind of query is a caller bug and is refused.
 */
export interface SearchPosition {
  page: number;
  skip: number;
}

const LIST = /^list:(\d{1,6})$/;
const SEARCH = /^search:(\d{1,6}):(\d{1,4})$/;

export const listCursor = (page: number): string => `list:${page}`;

export const searchCursor = ({ page, skip }: SearchPosition): string => `search:${page}:${skip}`;

/** The zero-based list page a cursor points at; no cursor means the first. */
export function listPage(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = LIST.exec(cursor);
  if (!match) throw foreignCursor(cursor);
  return Number(match[1]);
}

export function searchPosition(cursor: string | undefined): SearchPosition {
  if (!cursor) return { page: 1, skip: 0 };
  const match = SEARCH.exec(cursor);
  if (!match) throw foreignCursor(cursor);
  return { page: Math.max(1, Number(match[1])), skip: Number(match[2]) };
}

function foreignCursor(cursor: string): RangeError {
  return new RangeError(
    `The cursor "${cursor}" does not belong to this query; pass the nextCursor of the same query.`,
  );
}
