// The React wrappers in JSX, with typed props and typed event props.
import { useState } from 'react';
import {
  CommunityPinnedPosts,
  CommunityProvider,
  CommunityTagSearch,
  CommunityThreadList,
  CommunityWelcomeCard,
} from 'community-widgets/react';
import { createMemoryAdapter } from 'community-widgets/adapters/memory';

const adapter = createMemoryAdapter();

export function HelpPanel({ onOpen }: { onOpen: (url: string) => void }) {
  const [tags, setTags] = useState<string[]>(['billing']);
  return (
    <CommunityProvider adapter={adapter} theme="dark" brand="#7c3aed">
      <CommunityWelcomeCard
        dismissible
        onOnboardingStep={(event) => console.log(event.detail.stepId, event.detail.done)}
      />
      <CommunityPinnedPosts maxItems={2} onDismiss={(event) => console.log(event.detail.id)} />
      <CommunityTagSearch
        multiple
        value={tags}
        onTagsChange={(event) => setTags(event.detail.tags)}
      />
      <CommunityThreadList
        tags={tags}
        sort="top"
        pageSize={5}
        onLoad={(event) => console.log(event.detail.count)}
        onThreadSelect={(event) => {
          event.preventDefault();
          onOpen(event.detail.thread.url);
        }}
      />
    </CommunityProvider>
  );
}
