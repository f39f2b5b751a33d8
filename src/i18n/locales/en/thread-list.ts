import type { Catalog } from '../../messages.js';

/** English for `<community-thread-list>`: in the drop-in bundle with the list itself. */
export const threadList: Catalog<'one' | 'other'>['threadList'] = {
  label: 'Community threads',
  empty: 'No threads here yet.',
  emptyHint: 'Be the first to ask: people in the community are happy to help.',
  emptyFiltered: 'No threads match these filters.',
  loadMore: 'Load more',
  loadingMore: 'Loading more threads…',
  loadedMore: { one: 'Loaded {count} more thread.', other: 'Loaded {count} more threads.' },
  shown: { one: 'Showing {count} thread.', other: 'Showing {count} threads.' },
  replies: { one: '{count} reply', other: '{count} replies' },
  views: { one: '{count} view', other: '{count} views' },
  likes: { one: '{count} like', other: '{count} likes' },
  solved: 'Solved',
  pinned: 'Pinned',
  closed: 'Closed',
  lastActivity: 'Last activity {time}',
  inCategory: 'in {category}',
  filterByTag: 'Show threads tagged {tag}',
  tags: 'Tags',
  removeFilter: 'Remove filter {tag}',
};
