// Every widget on one page in its richest content state, for checks that
// sweep the whole library at once (brand colours, accessibility audit).
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render as renderInto } from 'lit';
import { createMemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { CommunityAdapter, Onboarding, Thread } from '../../src/core/types.js';
import type { CommunityPinnedPosts } from '../../src/elements/pinned-posts/pinned-posts.js';
import type { CommunityProvider } from '../../src/elements/provider/provider.js';
import type { CommunityTagSearch } from '../../src/elements/tag-search/tag-search.js';
import type { CommunityThreadList } from '../../src/elements/thread-list/thread-list.js';
import type { CommunityWelcomeCard } from '../../src/elements/welcome-card/welcome-card.js';
import { all, shown } from './render.js';
import { makeThread, makeThreads } from './threads.js';

export const ONBOARDING: Onboarding = {
  title: 'Welcome to Acme',
  message: {
    markdown: 'We are **glad** you are here. Read [the guide](https://example.com/guide).',
  },
  author: { id: 'maya', name: 'Maya Okafor', role: 'staff' },
  guidelines: { summary: 'Be kind and search before you post.', url: '/guidelines' },
  steps: [
    {
      id: 'read',
      title: 'Read the guidelines',
      description: 'Two minutes on how we keep this place friendly.',
      actionUrl: '/guidelines',
      actionLabel: 'Read them',
    },
    { id: 'profile', title: 'Complete your profile', actionUrl: '/my/profile' },
    { id: 'hello', title: 'Say hello', description: 'Tell us what you build.' },
  ],
};

function pinnedPosts(): Thread[] {
  return [0, 1].map((index) =>
    makeThread(100 + index, {
      id: `p${index}`,
      title: index ? 'Pinned: how to ask a good question' : 'Announcement: new sync engine',
      url: `/t/pinned-${index}/${index}`,
      excerpt: `Short summary of post ${index}.`,
      body: {
        markdown: `Full text of **post ${index}**, with [a link](https://example.com/${index}) and \`code\`.`,
      },
      pinned: true,
      announcement: index === 0,
      updatedAt: '2025-03-01T10:00:00.000Z',
    }),
  );
}

export function showcaseAdapter(): CommunityAdapter {
  const threads = makeThreads(6).map((thread, index) =>
    index === 3 ? { ...thread, closed: true } : thread,
  );
  return createMemoryAdapter({
    data: { threads: [...threads, ...pinnedPosts()], onboarding: ONBOARDING },
  });
}

export interface Showcase {
  provider: CommunityProvider;
  threadList: CommunityThreadList;
  pinnedPosts: CommunityPinnedPosts;
  tagSearch: CommunityTagSearch;
  welcomeCard: CommunityWelcomeCard;
  widgets: HTMLElement[];
  /** Takes the page away (it outlives single tests, unlike a fixture). */
  remove(): void;
}

const ONBOARDING_KEYS = /^community-widgets:/u;

export function forgetSavedState(): void {
  for (const key of Object.keys(localStorage)) {
    if (ONBOARDING_KEYS.test(key)) localStorage.removeItem(key);
  }
}

/**
 * The four widgets under one provider, loaded. Not a fixture: fixtures are
 * cleaned up after each test, and a sweep reuses one page across many.
 */
export async function renderShowcase(adapter = showcaseAdapter()): Promise<Showcase> {
  forgetSavedState();
  const container = document.createElement('div');
  document.body.append(container);
  renderInto(
    html`<community-provider
      theme="light"
      .adapter=${adapter}
      ask-url="/ask"
      support-url="/support"
    >
      <community-pinned-posts dismissible eager></community-pinned-posts>
      <community-thread-list eager></community-thread-list>
      <community-welcome-card dismissible eager></community-welcome-card>
      <!-- Last, so its open list hangs over nothing that axe then cannot see. -->
      <community-tag-search></community-tag-search>
    </community-provider>`,
    container,
  );
  const provider = container.querySelector<CommunityProvider>('community-provider')!;
  await provider.updateComplete;
  const showcase: Showcase = {
    provider,
    tagSearch: provider.querySelector('community-tag-search')!,
    pinnedPosts: provider.querySelector('community-pinned-posts')!,
    threadList: provider.querySelector('community-thread-list')!,
    welcomeCard: provider.querySelector('community-welcome-card')!,
    widgets: [],
    remove: () => container.remove(),
  };
  // In page order, which is also the order Tab goes through them.
  showcase.widgets = Array.from(provider.children) as HTMLElement[];
  await shown(showcase.threadList, '[part~="item"]');
  await shown(showcase.pinnedPosts, '[part~="item"]');
  await shown(showcase.welcomeCard, '[part~="step"]');
  await shown(showcase.tagSearch, '[part~="input"]');
  return showcase;
}

/**
 * The states worth checking colours in: a Solved and a Pinned badge and tag
 * chips (always there), a chosen-tag filter chip, a pinned post opened, a
 * checklist step done, and the tag search with a chip and its list open.
 */
export async function openEverything(showcase: Showcase): Promise<void> {
  const { threadList, pinnedPosts, welcomeCard, tagSearch } = showcase;
  all<HTMLButtonElement>(threadList, '[part~="tag"]')
    .find((tag) => tag.textContent!.trim() === 'sync')!
    .click();
  await shown(threadList, '.filters button');
  await waitUntil(() => all(threadList, '.badge.solved').length > 0, 'no Solved badge shown');

  all<HTMLButtonElement>(pinnedPosts, 'button[aria-expanded="false"]')[0]!.click();
  await waitUntil(
    () => pinnedPosts.shadowRoot!.querySelector('[part~="body"] strong'),
    'the pinned post did not open',
  );

  const firstStep = all<HTMLInputElement>(welcomeCard, 'input[type="checkbox"]')[0]!;
  if (!firstStep.checked) firstStep.click();
  await waitUntil(() => welcomeCard.shadowRoot!.querySelector('.step.done'), 'no step done');

  await openTagSearch(tagSearch);
}

export async function openTagSearch(tagSearch: CommunityTagSearch): Promise<void> {
  const input = tagSearch.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
  input.focus();
  if (!all(tagSearch, '[part~="chip"]').length) {
    await sendKeys({ type: 'ios' });
    await waitUntil(() => all(tagSearch, '[role="option"]').length > 0, 'no ios option');
    await sendKeys({ press: 'Enter' });
    await shown(tagSearch, '[part~="chip"]');
  }
  // ArrowDown opens the list, and moves to an option once it is open.
  for (let presses = 0; presses < 3 && !input.hasAttribute('aria-activedescendant'); presses++) {
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(
      () => input.getAttribute('aria-expanded') === 'true',
      'the tag list did not open',
    );
  }
  await waitUntil(
    () =>
      input.getAttribute('aria-expanded') === 'true' && input.hasAttribute('aria-activedescendant'),
    'the tag list did not open with an active option',
  );
}

/** Waits until every widget has rendered what its provider just changed. */
export async function settled(showcase: Showcase): Promise<void> {
  await showcase.provider.updateComplete;
  await Promise.all(
    showcase.widgets.map((widget) => (widget as CommunityThreadList).updateComplete),
  );
  await new Promise(requestAnimationFrame);
}
