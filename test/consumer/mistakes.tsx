// Mistakes a consumer's compiler must catch. Each line below the directive
// must be an error: if the package's types were missing or loose, the unused
// `@ts-expect-error` would fail the check instead.
import type { CommunityAdapter } from 'community-widgets';
import { CommunityThreadList } from 'community-widgets/react';

const list = document.createElement('community-thread-list');
// @ts-expect-error: sort takes only the documented values
list.sort = 'sideways';
// @ts-expect-error: the property takes an array; the space-separated string is the attribute's
list.tags = 'billing sync';

list.addEventListener('community-thread-select', (event) => {
  // @ts-expect-error: the detail has `thread`, not `threadId`
  console.log(event.detail.threadId);
});

// @ts-expect-error: an adapter must implement getOnboarding too
export const incomplete: CommunityAdapter = {
  listThreads: async () => ({ threads: [] }),
  listPinned: async () => [],
  searchTags: async () => [],
};

// @ts-expect-error: only the entries in `exports` can be imported
export const privateModule = import('community-widgets/dist/index.js');

export const wrongProp = (
  // @ts-expect-error: pageSize is a number
  <CommunityThreadList pageSize="5" />
);

export const wrongHandler = (
  <CommunityThreadList
    // @ts-expect-error: onThreadSelect's event has no `detail.tag`
    onThreadSelect={(event) => console.log(event.detail.tag.name)}
  />
);
