// A backend that breaks the contract's types: numbers, null and objects
// where strings belong (a custom adapter passing an API's JSON straight
// through). The adapters' own guards stop this at their boundary; a host's
// adapter has none, so the widgets must still show what they can, or an
// error, and never hang on a skeleton or throw.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { CommunityAdapter, Thread } from '../../src/core/types.js';
import { render } from '../helpers/render.js';

/** A thread whose string fields are anything but strings. */
function mistypedThread(index: number): Thread {
  return {
    id: index,
    title: 1000 + index,
    url: index % 2 ? { href: '/t/1' } : null,
    excerpt: ['an', 'array'],
    lang: 7,
    author: { id: 42 + index, name: index % 2 ? 12 : null, avatarUrl: 5 },
    createdAt: 1_700_000_000_000,
    replyCount: '3',
    viewCount: null,
    tags: [{ name: 5, label: null }, null],
    category: { id: 1, name: 2, color: 0x336699 },
    pinned: true,
    solved: 'yes',
  } as unknown as Thread;
}

const mistypedAdapter: CommunityAdapter = {
  listThreads: async () => ({ threads: [0, 1, 2].map(mistypedThread) }),
  listPinned: async () => [0, 1].map(mistypedThread),
  searchTags: async () => [{ name: 9, count: 'many' }] as never,
  getOnboarding: async () =>
    ({
      title: 5,
      message: { markdown: 6 },
      author: { id: 1, name: 2 },
      steps: [{ id: 3, title: 4 }],
    }) as never,
};

describe('an adapter that returns the wrong types', () => {
  it('leaves no widget stuck loading, and throws nothing', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const provider = await render<HTMLElement>(
        html`<community-provider .adapter=${mistypedAdapter}>
          <community-welcome-card eager></community-welcome-card>
          <community-pinned-posts eager></community-pinned-posts>
          <community-thread-list eager></community-thread-list>
          <community-tag-search debounce="0"></community-tag-search>
        </community-provider>`,
      );
      const search = provider.querySelector('community-tag-search')!;
      await waitUntil(() => search.shadowRoot?.querySelector('input'), 'no tag search input');
      const input = search.shadowRoot!.querySelector('input')!;
      input.value = '9';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(
        () => search.shadowRoot!.querySelector('[role="option"], [role="alert"]'),
        'the tag search shows neither tags nor an error',
        { timeout: 5000 },
      ).catch((error: Error) => {
        throw new Error(`${error.message}; errors: ${errors.join(' | ')}`);
      });
      for (const widget of provider.querySelectorAll(':not(community-tag-search)')) {
        await waitUntil(
          () =>
            widget.shadowRoot?.firstElementChild &&
            !widget.shadowRoot.querySelector('.skeleton, [aria-busy="true"]'),
          `<${widget.localName}> is still loading`,
          { timeout: 5000 },
        ).catch((error: Error) => {
          throw new Error(`${error.message}; errors: ${errors.join(' | ')}`);
        });
      }
      const list = provider.querySelector('community-thread-list')!;
      const shown = list.shadowRoot!.querySelectorAll('[part~="item"], [role="alert"]').length;
      expect(shown, 'the list shows threads or an error').to.be.above(0);
      expect(errors.join('\n')).to.equal('');
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
