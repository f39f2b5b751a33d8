/**
 * How many threads one page holds, shared by the thread list (which checks
 * its `page-size` attribute against it) and the memory adapter (which clamps
 * what it is asked for), so both agree on what a page is.
 */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
