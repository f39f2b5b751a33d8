// A backend that breaks the contract's types: numbers, null and objects
// where strings belong (a custom adapter passing an API's JSON straight
// through). The adapters' own guards stop this at their boundary; a host's
// adapter has none, so the widgets must still show what they can, or an
// error, and never hang on a skeleton or throw.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { CommunityAdapter, Thread } from '../../src/core/types.js';
import { render, renderOn } from '../helpers/render.js';

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

/**
 * Page errors and unhandled rejections while `body` runs, as strings; `body`
 * sees them as they come, to name them when something else fails first.
 */
async function pageErrorsDuring(body: (errors: string[]) => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body(errors);
    // Let late rejections surface before judging.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

describe('an adapter that returns the wrong types', () => {
  it('leaves no widget stuck loading, and throws nothing', async () => {
    const errors = await pageErrorsDuring(async (errors) => {
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
    });
    expect(errors.join('\n')).to.equal('');
  });
});

const validThread = (id: string): Thread => ({
  id,
  title: `Thread ${id}`,
  url: `/t/${id}`,
  createdAt: '2026-01-02T03:04:05Z',
  replyCount: 2,
  tags: [{ name: 'billing' }],
});

/** A host's adapter whose answers the test changes as it goes. */
function hostAdapter(answers: {
  threads?: () => unknown;
  onboarding?: () => unknown;
}): CommunityAdapter {
  return {
    listThreads: async () => (answers.threads?.() ?? { threads: [] }) as never,
    listPinned: async () => [],
    searchTags: async () => [],
    getOnboarding: async () => answers.onboarding?.() as never,
  };
}

async function retryShownIn(widget: Element): Promise<HTMLButtonElement> {
  await waitUntil(
    () => widget.shadowRoot?.querySelector('[role="alert"] button'),
    `<${widget.localName}> shows no error with Try again`,
    { timeout: 5000 },
  );
  const alert = widget.shadowRoot!.querySelector('[role="alert"]')!;
  expect(alert.textContent).to.contain('The community sent an answer we could not read.');
  return alert.querySelector('button')!;
}

describe('a host adapter whose answers break the contract', () => {
  it('welcome card: a null onboarding is a "could not read" error, and Try again recovers', async () => {
    let onboarding: unknown = null;
    const adapter = hostAdapter({ onboarding: () => onboarding });
    const errors = await pageErrorsDuring(async () => {
      const card = await renderOn(
        adapter,
        html`<community-welcome-card eager></community-welcome-card>`,
      );
      const retry = await retryShownIn(card);
      onboarding = { title: 'Hello there', message: { markdown: 'Hi' }, steps: [] };
      retry.click();
      await waitUntil(
        () => card.shadowRoot!.textContent!.includes('Hello there'),
        'Try again did not show the card',
      );
    });
    expect(errors).to.deep.equal([]);
  });

  it('thread list: holes are skipped and said once in the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const adapter = hostAdapter({
        threads: () => ({ threads: [null, validThread('1'), undefined, validThread('2')] }),
      });
      const errors = await pageErrorsDuring(async () => {
        const list = await renderOn(
          adapter,
          html`<community-thread-list eager></community-thread-list>`,
        );
        await waitUntil(
          () => list.shadowRoot!.querySelectorAll('[part~="item"]').length === 2,
          'the two real threads were not shown',
        );
      });
      expect(errors).to.deep.equal([]);
      expect(warnings.filter((line) => line.includes('empty entries'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('thread list: a getter that throws is an error with a working Try again, not an endless skeleton', async () => {
    let broken = true;
    const adapter = hostAdapter({
      threads: () =>
        broken
          ? {
              get threads(): never {
                throw new TypeError('a getter that throws');
              },
            }
          : { threads: [validThread('3')] },
    });
    const errors = await pageErrorsDuring(async () => {
      const list = await renderOn(
        adapter,
        html`<community-thread-list eager></community-thread-list>`,
      );
      const retry = await retryShownIn(list);
      broken = false;
      retry.click();
      await waitUntil(
        () => list.shadowRoot!.querySelectorAll('[part~="item"]').length === 1,
        'Try again did not show the thread',
      );
    });
    expect(errors).to.deep.equal([]);
  });

  it('thread list with structured data: threads that are not an array fail cleanly; a thread without tags is written', async () => {
    let answer: unknown = { threads: { length: 1 } };
    const adapter = hostAdapter({ threads: () => answer });
    const errors = await pageErrorsDuring(async () => {
      const list = await renderOn(
        adapter,
        html`<community-thread-list eager structured-data></community-thread-list>`,
      );
      const retry = await retryShownIn(list);
      const untagged: Partial<Thread> = validThread('4');
      delete untagged.tags;
      answer = { threads: [untagged] };
      retry.click();
      await waitUntil(
        () => list.querySelector('script[type="application/ld+json"]'),
        'no JSON-LD for the untagged thread',
      );
      expect(list.querySelector('script[type="application/ld+json"]')!.textContent).to.contain(
        'Thread 4',
      );
    });
    expect(errors).to.deep.equal([]);
  });
});
