import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../index.js';
import type { CommunityPinnedPosts } from './pinned-posts.js';
import { createMemoryAdapter } from '../../adapters/memory/memory-adapter.js';
import { PINNED_LAYOUTS } from '../../core/allowed-values.js';
import { HttpStatusError, OfflineError } from '../../core/errors.js';
import type { CommunityAdapter, PinnedQuery, Thread } from '../../core/types.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { nextEvent, recordEvents } from '../../../test/helpers/events.js';
import { all, missingParts, render, shown } from '../../../test/helpers/render.js';
import { makeThread } from '../../../test/helpers/threads.js';

const DISMISSED_KEY = 'community-widgets:dismissed-posts';

/** Pinned posts as an adapter returns them: announcements first, each with a markdown body. */
function pinnedPosts(count = 4): Thread[] {
  return Array.from({ length: count }, (_, index) =>
    makeThread(index, {
      id: `p${index}`,
      title: `Pinned post ${index}`,
      url: `/t/pinned-${index}/${index}`,
      excerpt: `Short summary of post ${index}.`,
      body: {
        markdown: `Full text of **post ${index}**, with [a link](https://example.com/${index}).`,
      },
      pinned: true,
      announcement: index < 2,
      updatedAt: '2025-03-01T10:00:00.000Z',
      category: index % 2 ? { id: 'news', name: 'News' } : { id: 'help', name: 'Help' },
    }),
  );
}

function titles(element: Element): string[] {
  return all(element, '[part~="title"]').map((title) => title.textContent!.trim());
}

function buttonNamed(element: Element, name: string): HTMLButtonElement | undefined {
  return all<HTMLButtonElement>(element, 'button').find((button) =>
    button.textContent!.replace(/\s+/gu, ' ').trim().startsWith(name),
  );
}

async function pinnedWith(
  adapter: CommunityAdapter,
  element: TemplateResult = html`<community-pinned-posts></community-pinned-posts>`,
  theme = 'light',
): Promise<CommunityPinnedPosts> {
  const provider = await render<HTMLElement>(
    html`<community-provider theme=${theme} .adapter=${adapter}>${element}</community-provider>`,
  );
  return provider.querySelector('community-pinned-posts')!;
}

const memory = (threads: Thread[] = pinnedPosts()) => createMemoryAdapter({ data: { threads } });

/** An adapter whose answers the test releases one by one, to stage loading and failure. */
function controlledAdapter() {
  const calls: Array<{
    query: PinnedQuery;
    signal?: AbortSignal;
    resolve(posts: Thread[]): void;
    reject(error: unknown): void;
  }> = [];
  const adapter: CommunityAdapter = {
    listThreads: async () => ({ threads: [] }),
    listPinned: (query, opts) =>
      new Promise((resolve, reject) =>
        calls.push({ query, signal: opts?.signal, resolve, reject }),
      ),
    searchTags: async () => [],
    getOnboarding: async () => ({ title: '', message: {}, steps: [] }),
  };
  return { adapter, calls };
}

function takesNoSpace(element: HTMLElement): boolean {
  return (
    element.getBoundingClientRect().height === 0 && getComputedStyle(element).display === 'none'
  );
}

describe('<community-pinned-posts>', () => {
  beforeEach(() => localStorage.removeItem(DISMISSED_KEY));
  after(() => localStorage.removeItem(DISMISSED_KEY));

  // First in the file: once any test opens a post, the page has the pipeline for good.
  describe('weight', () => {
    const pipelineDownloads = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /marked|purify|\/markdown\/pipeline/u.test(name));

    it('downloads the markdown pipeline only when a post is first opened', async () => {
      const element = await pinnedWith(
        memory(),
        html`<community-pinned-posts layout="banner"></community-pinned-posts>`,
      );
      await shown(element, '[part~="item"]');
      const list = await pinnedWith(memory());
      await shown(list, '[part~="item"]');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(pipelineDownloads(), 'downloaded before anything was opened').to.deep.equal([]);

      buttonNamed(list, 'Read more')!.click();
      await waitUntil(
        () => list.shadowRoot!.querySelector('.body strong'),
        'the body never showed',
      );
      expect(pipelineDownloads().length).to.be.greaterThan(0);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations in every layout, in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        for (const layout of PINNED_LAYOUTS) {
          const element = await pinnedWith(
            memory(),
            html`<community-pinned-posts layout=${layout} dismissible></community-pinned-posts>`,
            theme,
          );
          await shown(element, '[part~="item"]');
          await expectNoAxeViolations(element.parentElement!);
          // One at a time, so each is in view (widgets far below the fold wait to load).
          fixtureCleanup();
        }
      }
    });

    it('has no axe violations with a post open, in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        for (const layout of PINNED_LAYOUTS) {
          const element = await pinnedWith(
            memory(),
            html`<community-pinned-posts layout=${layout}></community-pinned-posts>`,
            theme,
          );
          await shown(element, '[part~="item"]');
          buttonNamed(element, 'Read more')!.click();
          await waitUntil(() => element.shadowRoot!.querySelector('.body a'));
          await expectNoAxeViolations(element.parentElement!);
          fixtureCleanup();
        }
      }
    });

    it('has no axe violations while loading and on error', async () => {
      const { adapter, calls } = controlledAdapter();
      const element = await pinnedWith(adapter);
      await waitUntil(() => calls.length === 1);
      await shown(element, '.skeleton');
      expect(element.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).to.equal(
        'true',
      );
      await expectNoAxeViolations(element);

      calls[0]!.reject(new HttpStatusError(500, '/pinned'));
      await shown(element, '[role="alert"]');
      await expectNoAxeViolations(element);
    });

    it('has no axe violations with the Undo bar showing', async () => {
      const element = await pinnedWith(
        memory(),
        html`<community-pinned-posts dismissible></community-pinned-posts>`,
      );
      await shown(element, '[part~="item"]');
      buttonNamed(element, 'Dismiss: Pinned post 0')!.click();
      await shown(element, '.undo');
      await expectNoAxeViolations(element);
    });

    it('is a labelled region of list items with title links and a disclosure per post', async () => {
      const element = await pinnedWith(
        memory(),
        html`<community-pinned-posts label="News for you"></community-pinned-posts>`,
      );
      await shown(element, '[part~="item"]');
      const region = element.shadowRoot!.querySelector('section')!;
      expect(region.getAttribute('aria-label')).to.equal('News for you');
      expect(all(element, 'li[part~="item"]')).to.have.length(3);
      expect(all(element, 'a[part~="title"]')[0]!.getAttribute('href')).to.equal('/t/pinned-0/0');
      const disclosures = all(element, 'button[aria-expanded]');
      expect(disclosures).to.have.length(3);
      disclosures.forEach((button, index) => {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const controlled = element.shadowRoot!.getElementById(
          button.getAttribute('aria-controls')!,
        );
        expect(controlled, `post ${index} controls its body`).not.to.equal(null);
        expect(controlled!.hidden).to.equal(true);
      });
    });

    it('is keyboard-complete: Tab reaches Read more, Enter opens the post and Show less closes it', async () => {
      const element = await pinnedWith(memory());
      await shown(element, '[part~="item"]');
      (all(element, 'a[part~="title"]')[0] as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      const readMore = element.shadowRoot!.activeElement as HTMLButtonElement;
      expect(readMore.getAttribute('aria-expanded')).to.equal('false');
      expect(readMore.textContent).to.contain('Read more');
      // Named by its visible words and the post, with nothing stray between them.
      expect(readMore.getAttribute('aria-label')).to.equal('Read more: Pinned post 0');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => readMore.getAttribute('aria-expanded') === 'true');
      const body = element.shadowRoot!.getElementById(readMore.getAttribute('aria-controls')!)!;
      expect(body.hidden).to.equal(false);
      await waitUntil(() => body.querySelector('strong'), 'the markdown was not rendered');
      expect(body.querySelector('strong')!.textContent).to.equal('post 0');
      const item = readMore.closest('[part~="item"]')!;
      expect(item.querySelector('.excerpt') === null, 'the excerpt gives way').to.equal(true);
      expect(readMore.textContent).to.contain('Show less');
      expect(readMore.getAttribute('aria-label')).to.equal('Show less: Pinned post 0');
      expect(element.shadowRoot!.activeElement === readMore, 'focus stays').to.equal(true);
      await sendKeys({ press: 'Space' });
      await waitUntil(() => readMore.getAttribute('aria-expanded') === 'false');
      expect(body.hidden).to.equal(true);
      expect(item.querySelector('.excerpt')!.textContent).to.equal('Short summary of post 0.');
    });

    it('marks a post written in another language with its lang, so screen readers pronounce it right', async () => {
      const posts = pinnedPosts(3);
      posts[0]!.lang = 'sl';
      posts[1]!.lang = 'not a language tag" onmouseover="alert(1)';
      const element = await pinnedWith(memory(posts));
      await shown(element, '[part~="item"]');
      expect(all(element, '[part~="item"]').map((item) => item.getAttribute('lang'))).to.deep.equal(
        ['sl', null, null],
      );
    });

    it('names each Dismiss button after its post and keeps targets at least 24 px', async () => {
      const element = await pinnedWith(
        memory(),
        html`<community-pinned-posts dismissible></community-pinned-posts>`,
      );
      await shown(element, '[part~="item"]');
      const dismiss = buttonNamed(element, 'Dismiss: Pinned post 1')!;
      expect(dismiss).not.to.equal(undefined);
      for (const button of all(element, 'button')) {
        const box = button.getBoundingClientRect();
        expect(box.height, button.textContent!).to.be.at.least(24);
        expect(box.width, button.textContent!).to.be.at.least(24);
      }
    });
  });

  describe('attributes and properties', () => {
    it('shows max-items posts, three by default', async () => {
      const element = await pinnedWith(memory(pinnedPosts(6)));
      await shown(element, '[part~="item"]');
      expect(titles(element)).to.deep.equal(['Pinned post 0', 'Pinned post 1', 'Pinned post 2']);
      element.maxItems = 5;
      await waitUntil(() => titles(element).length === 5, 'max-items did not apply');
      element.setAttribute('max-items', '1');
      await waitUntil(() => titles(element).length === 1);
    });

    it('shows only the single most important post as a banner', async () => {
      const element = await pinnedWith(
        memory(pinnedPosts(4)),
        html`<community-pinned-posts layout="banner" max-items="4"></community-pinned-posts>`,
      );
      await shown(element, '[part~="item"]');
      expect(titles(element)).to.deep.equal(['Pinned post 0']);
      expect(element.shadowRoot!.querySelector('[part~="badge"]')!.textContent).to.equal(
        'Announcement',
      );
    });

    it('accepts every documented layout and reflects it', async () => {
      const element = await pinnedWith(memory());
      for (const layout of PINNED_LAYOUTS) {
        element.layout = layout;
        await element.updateComplete;
        expect(element.getAttribute('layout')).to.equal(layout);
        await shown(element, '[part~="item"]');
      }
    });

    it('filters by category', async () => {
      const element = await pinnedWith(
        memory(),
        html`<community-pinned-posts category="news"></community-pinned-posts>`,
      );
      await shown(element, '[part~="item"]');
      expect(titles(element)).to.deep.equal(['Pinned post 1', 'Pinned post 3']);
      element.category = 'help';
      await waitUntil(() => titles(element)[0] === 'Pinned post 0');
      expect(titles(element)).to.deep.equal(['Pinned post 0', 'Pinned post 2']);
    });

    it('badges site-wide announcements "Announcement" and the rest "Pinned"', async () => {
      const element = await pinnedWith(memory());
      await shown(element, '[part~="item"]');
      expect(all(element, '[part~="badge"]').map((badge) => badge.textContent)).to.deep.equal([
        'Announcement',
        'Announcement',
        'Pinned',
      ]);
    });

    it('has Dismiss buttons only when dismissible', async () => {
      const element = await pinnedWith(memory());
      await shown(element, '[part~="item"]');
      expect(buttonNamed(element, 'Dismiss')).to.equal(undefined);
      element.dismissible = true;
      await element.updateComplete;
      expect(buttonNamed(element, 'Dismiss: Pinned post 0')).not.to.equal(undefined);
    });

    it('falls back to defaults, with one warning, for nonsense values', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const element = await pinnedWith(
          memory(pinnedPosts(6)),
          html`<community-pinned-posts
            max-items="lots"
            layout="carousel"
          ></community-pinned-posts>`,
        );
        await shown(element, '[part~="item"]');
        expect(titles(element)).to.have.length(3);
        expect(element.layout).to.equal('list');
        element.maxItems = 0;
        await element.updateComplete;
        element.maxItems = 500;
        await waitUntil(() => titles(element).length === 6);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('max-items="lots"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('max-items="0"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('max-items="500"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('layout="carousel"'))).to.have.length(1);
    });
  });

  describe('dismissing', () => {
    async function dismissible(threads = pinnedPosts()) {
      const element = await pinnedWith(
        memory(threads),
        html`<community-pinned-posts dismissible></community-pinned-posts>`,
      );
      await shown(element, '[part~="item"]');
      return element;
    }

    it('replaces a dismissed post with an Undo bar and moves focus to Undo', async () => {
      const element = await dismissible();
      buttonNamed(element, 'Dismiss: Pinned post 1')!.click();
      const bar = await shown(element, '.undo');
      expect(bar.textContent).to.contain('You dismissed “Pinned post 1”.');
      await waitUntil(() => element.shadowRoot!.activeElement?.textContent?.trim() === 'Undo');
      expect(titles(element)).to.deep.equal(['Pinned post 0', 'Pinned post 2']);
    });

    it('brings the post back with Undo, focusing its title', async () => {
      const element = await dismissible();
      const events = recordEvents(element, 'community-dismiss');
      buttonNamed(element, 'Dismiss: Pinned post 1')!.click();
      await shown(element, '.undo');
      buttonNamed(element, 'Undo')!.click();
      await waitUntil(() => titles(element).length === 3);
      expect(element.shadowRoot!.querySelector('.undo')).to.equal(null);
      await waitUntil(
        () => element.shadowRoot!.activeElement?.textContent?.trim() === 'Pinned post 1',
      );
      expect(events.map((event) => event.detail)).to.deep.equal([
        { source: 'pinned-posts', id: 'p1', undone: false },
        { source: 'pinned-posts', id: 'p1', undone: true },
      ]);
      const again = await dismissible();
      expect(titles(again)).to.have.length(3);
    });

    it('closes the Undo bar with Escape and moves focus to the next post', async () => {
      const element = await dismissible();
      buttonNamed(element, 'Dismiss: Pinned post 1')!.click();
      await shown(element, '.undo');
      await waitUntil(() => element.shadowRoot!.activeElement?.textContent?.trim() === 'Undo');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => element.shadowRoot!.querySelector('.undo') === null);
      await waitUntil(
        () => element.shadowRoot!.activeElement?.textContent?.trim() === 'Pinned post 2',
      );
      expect(titles(element)).to.deep.equal(['Pinned post 0', 'Pinned post 2']);
    });

    it('keeps a dismissed post hidden after a reload, and the next post takes its place', async () => {
      const element = await dismissible();
      buttonNamed(element, 'Dismiss: Pinned post 0')!.click();
      await shown(element, '.undo');
      const reloaded = await dismissible();
      expect(titles(reloaded)).to.deep.equal(['Pinned post 1', 'Pinned post 2', 'Pinned post 3']);
    });

    it('brings a dismissed post back once it is edited', async () => {
      const element = await dismissible();
      buttonNamed(element, 'Dismiss: Pinned post 0')!.click();
      await shown(element, '.undo');
      const edited = pinnedPosts();
      edited[0]!.updatedAt = '2025-03-05T08:00:00.000Z';
      const reloaded = await dismissible(edited);
      expect(titles(reloaded)[0]).to.equal('Pinned post 0');
    });

    it('takes no space once everything is dismissed and the Undo bar has gone', async () => {
      const element = await pinnedWith(
        memory(pinnedPosts(1)),
        html`<button>Before</button>
          <community-pinned-posts dismissible></community-pinned-posts>
          <button id="after-pinned">After</button>`,
      );
      await shown(element, '[part~="item"]');
      const loads = recordEvents(document, 'community-load');
      buttonNamed(element, 'Dismiss: Pinned post 0')!.click();
      await shown(element, '.undo');
      expect(takesNoSpace(element)).to.equal(false);
      await waitUntil(() => element.shadowRoot!.activeElement?.textContent?.trim() === 'Undo');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => takesNoSpace(element), 'the element still takes space');
      // The person's place is kept: Tab goes on to what follows, not back to the top.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after-pinned');
      expect(element.hasAttribute('tabindex')).to.equal(false);

      const reloaded = await pinnedWith(
        memory(pinnedPosts(1)),
        html`<community-pinned-posts dismissible></community-pinned-posts>`,
      );
      await waitUntil(() => loads.some((event) => event.target === reloaded));
      expect(loads.find((event) => event.target === reloaded)!.detail.count).to.equal(0);
      expect(takesNoSpace(reloaded)).to.equal(true);
    });

    for (const tabindex of ['0', 'nonsense']) {
      it(`keeps the person's place on a host with the page's own tabindex="${tabindex}", and leaves it as it was`, async () => {
        const element = await pinnedWith(
          memory(pinnedPosts(1)),
          html`<button>Before</button>
            <community-pinned-posts dismissible tabindex=${tabindex}></community-pinned-posts>
            <button id="after-pinned">After</button>`,
        );
        await shown(element, '[part~="item"]');
        buttonNamed(element, 'Dismiss: Pinned post 0')!.click();
        await waitUntil(() => element.shadowRoot!.activeElement?.textContent?.trim() === 'Undo');
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => takesNoSpace(element), 'the element still takes space');
        expect(element.getAttribute('tabindex')).to.equal(tabindex);
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.id).to.equal('after-pinned');
      });
    }

    it('hides a post dismissed in one instance from the others on the page, until Undo', async () => {
      const wrapper = await render<HTMLElement>(
        html`<community-provider .adapter=${memory()}>
          <community-pinned-posts layout="banner" dismissible></community-pinned-posts>
          <community-pinned-posts></community-pinned-posts>
        </community-provider>`,
      );
      const [banner, list] = [...wrapper.querySelectorAll('community-pinned-posts')] as [
        CommunityPinnedPosts,
        CommunityPinnedPosts,
      ];
      await shown(banner, '[part~="item"]');
      await shown(list, '[part~="item"]');
      buttonNamed(banner, 'Dismiss: Pinned post 0')!.click();
      await waitUntil(() => titles(list)[0] === 'Pinned post 1', 'the list still shows it');
      buttonNamed(banner, 'Undo')!.click();
      await waitUntil(() => titles(list)[0] === 'Pinned post 0', 'Undo did not reach the list');
    });

    it('survives corrupt stored dismissals', async () => {
      localStorage.setItem(DISMISSED_KEY, '{"p0": <script>');
      const element = await dismissible();
      expect(titles(element)).to.have.length(3);
      buttonNamed(element, 'Dismiss: Pinned post 0')!.click();
      await shown(element, '.undo');
      expect(JSON.parse(localStorage.getItem(DISMISSED_KEY)!)).to.deep.equal([
        ['p0', '2025-03-01T10:00:00.000Z'],
      ]);
    });
  });

  describe('events', () => {
    it('fires a cancelable community-thread-select; cancelling keeps the page', async () => {
      const element = await pinnedWith(memory());
      await shown(element, '[part~="item"]');
      const selected = nextEvent<CustomEvent>(document, 'community-thread-select');
      document.addEventListener('community-thread-select', (event) => event.preventDefault(), {
        once: true,
      });
      const before = location.href;
      (all(element, 'a[part~="title"]')[1] as HTMLAnchorElement).click();
      const event = await selected;
      expect(event.detail).to.include({ source: 'pinned-posts' });
      expect(event.detail.thread.id).to.equal('p1');
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(location.href).to.equal(before);
    });

    it('never cancels a Ctrl, Cmd, Shift or middle click: those open a new tab, and are still counted', async () => {
      const element = await pinnedWith(memory());
      await shown(element, '[part~="item"]');
      const events = recordEvents(document, 'community-thread-select');
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('community-thread-select', cancel);
      // What the widget left to the browser, read once it has handled the click; then the
      // test stops the browser from opening anything, so no tab or window steals the page.
      const leftToBrowser: boolean[] = [];
      const settle = (event: Event) => {
        leftToBrowser.push(!event.defaultPrevented);
        event.preventDefault();
      };
      element.shadowRoot!.addEventListener('click', settle);
      element.shadowRoot!.addEventListener('auxclick', settle);
      try {
        const link = all<HTMLAnchorElement>(element, 'a[part~="title"]')[0]!;
        for (const click of [
          new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }),
          new MouseEvent('click', { bubbles: true, cancelable: true, metaKey: true }),
          new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true }),
          new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }),
          new MouseEvent('click', { bubbles: true, cancelable: true }),
        ])
          link.dispatchEvent(click);
        // Cmd-click is a new-tab gesture on Apple platforms only.
        const apple = /Mac|iPhone|iPad/.test(navigator.platform);
        const expected = [true, apple, true, true, false];
        expect(leftToBrowser, 'only the plain click can be taken over').to.deep.equal(expected);
        expect(events.map((event) => event.detail.opensElsewhere)).to.deep.equal(expected);
        expect(events.every((event) => event.detail.thread.id === 'p0')).to.equal(true);
      } finally {
        document.removeEventListener('community-thread-select', cancel);
      }
    });

    it('fires community-load with the count shown, and community-error', async () => {
      const { adapter, calls } = controlledAdapter();
      const element = await pinnedWith(
        adapter,
        html`<community-pinned-posts category="news"></community-pinned-posts>`,
      );
      const events = recordEvents(element, 'community-load', 'community-error');
      await waitUntil(() => calls.length === 1);
      expect(calls[0]!.query).to.deep.include({ category: 'news' });
      calls[0]!.resolve(pinnedPosts(2));
      await waitUntil(() => events.length === 1);
      expect(events[0]!.type).to.equal('community-load');
      expect(events[0]!.detail).to.include({ source: 'pinned-posts', count: 2 });
      element.category = 'help';
      await waitUntil(() => calls.length === 2);
      calls[1]!.reject(new HttpStatusError(503, '/pinned'));
      await waitUntil(() => events.length === 2);
      expect(events[1]!.type).to.equal('community-error');
      expect(events[1]!.detail.error).to.be.instanceOf(HttpStatusError);
    });
  });

  describe('states', () => {
    it('shows a skeleton as tall as the posts it waits for', async () => {
      const { adapter, calls } = controlledAdapter();
      const element = await pinnedWith(
        adapter,
        html`<community-pinned-posts max-items="2"></community-pinned-posts>`,
      );
      await waitUntil(() => calls.length === 1);
      await shown(element, '.skeleton');
      expect(all(element, '.skeleton .post')).to.have.length(2);
      const skeletonHeight = element.getBoundingClientRect().height;
      calls[0]!.resolve(pinnedPosts(2));
      await shown(element, '[part~="item"]');
      const contentHeight = element.getBoundingClientRect().height;
      expect(Math.abs(contentHeight - skeletonHeight)).to.be.below(contentHeight * 0.25);
    });

    it('takes no space and reports count 0 when nothing is pinned', async () => {
      const element = await pinnedWith(memory([makeThread(1)]));
      const loaded = await nextEvent<CustomEvent>(element, 'community-load');
      expect(loaded.detail.count).to.equal(0);
      await element.updateComplete;
      expect(takesNoSpace(element)).to.equal(true);
    });

    it('shows an error in plain words, and Try again recovers', async () => {
      const { adapter, calls } = controlledAdapter();
      const element = await pinnedWith(adapter);
      await waitUntil(() => calls.length === 1);
      calls[0]!.reject(new HttpStatusError(500, '/pinned'));
      const alert = await shown(element, '[role="alert"]');
      expect(alert.textContent).to.contain('error 500');
      (alert.querySelector('button') as HTMLButtonElement).click();
      await waitUntil(() => calls.length === 2);
      calls[1]!.resolve(pinnedPosts(1));
      await waitUntil(() => titles(element).length === 1);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('says so when offline, and loads by itself when the browser is back online', async () => {
      const { adapter, calls } = controlledAdapter();
      const element = await pinnedWith(adapter);
      await waitUntil(() => calls.length === 1);
      calls[0]!.reject(new OfflineError());
      const alert = await shown(element, '[role="alert"]');
      expect(alert.textContent).to.contain('You are offline');
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => calls.length === 2, 'no retry when back online');
      calls[1]!.resolve(pinnedPosts(2));
      await waitUntil(() => titles(element).length === 2);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('renders hostile text as text and drops unsafe links', async () => {
      const element = await pinnedWith(
        memory([
          makeThread(0, {
            pinned: true,
            title: '<img src=x onerror="window.__pwned=1">',
            excerpt: '<b onclick="window.__pwned=1">bold?</b>',
            category: { id: 'c', name: 'C', color: 'red;background:url(//evil)' },
          }),
          // A post whose own link is unsafe has nowhere to go: dropped before it renders.
          makeThread(1, { pinned: true, url: 'javascript:window.__pwned=1' }),
        ]),
      );
      const title = await shown(element, '[part~="title"]');
      expect(all(element, '[part~="title"]')).to.have.length(1);
      expect(title.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(
        (element.shadowRoot!.querySelector('.category') as HTMLElement).style.cssText,
      ).to.equal('');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('bodies', () => {
    it('renders markdown through the sanitizing pipeline: safe links, no scripts', async () => {
      const element = await pinnedWith(
        memory([
          makeThread(0, {
            pinned: true,
            title: 'Hostile post',
            body: {
              markdown:
                'Read [the docs](https://example.com/docs) or [this](javascript:window.__pwned=1).\n\n' +
                '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script>',
            },
          }),
        ]),
      );
      await shown(element, '[part~="item"]');
      buttonNamed(element, 'Read more')!.click();
      const link = await shown(element, '.body a');
      expect(link.getAttribute('href')).to.equal('https://example.com/docs');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer nofollow ugc');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(element.shadowRoot!.querySelector('.body [onerror], .body script')).to.equal(null);
      for (const anchor of all(element, '.body a')) {
        expect(anchor.getAttribute('href') ?? '').not.to.match(/^\s*javascript:/iu);
      }
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('renders HTML bodies, such as Discourse’s cooked posts, through the same pipeline', async () => {
      const cooked: Thread = {
        ...makeThread(0, { pinned: true, announcement: true, title: 'Cooked announcement' }),
        body: { html: '<p>Cooked <strong>HTML</strong></p><p onclick="window.__pwned=1">x</p>' },
      };
      const adapter: CommunityAdapter = {
        listThreads: async () => ({ threads: [] }),
        listPinned: async () => [cooked],
        searchTags: async () => [],
        getOnboarding: async () => ({ title: '', message: {}, steps: [] }),
      };
      const element = await pinnedWith(adapter);
      await shown(element, '[part~="item"]');
      buttonNamed(element, 'Read more')!.click();
      const strong = await shown(element, '.body strong');
      expect(strong.textContent).to.equal('HTML');
      expect(element.shadowRoot!.querySelector('.body [onclick]')).to.equal(null);
    });

    it('offers no Read more for a post without a body, and shows the body-less excerpt', async () => {
      const element = await pinnedWith(
        memory([makeThread(0, { pinned: true, excerpt: 'Only this.', body: { markdown: '  ' } })]),
      );
      await shown(element, '[part~="item"]');
      expect(all(element, 'button[aria-expanded]')).to.have.length(0);
      expect(element.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.equal(
        'Only this.',
      );
    });
  });

  describe('parts', () => {
    it('exposes the documented parts', async () => {
      const element = await pinnedWith(
        memory(),
        html`<community-pinned-posts dismissible></community-pinned-posts>`,
      );
      await shown(element, '[part~="item"]');
      expect(
        missingParts(element, ['item', 'title', 'body', 'meta', 'badge', 'button']),
        'parts missing',
      ).to.deep.equal([]);
    });
  });

  describe('deferred loading', () => {
    it('asks nothing until it nears the viewport, unless eager', async () => {
      const { adapter, calls } = controlledAdapter();
      const provider = await render<HTMLElement>(
        html`<community-provider .adapter=${adapter}>
          <div class="spacer"></div>
          <community-pinned-posts id="far" category="far"></community-pinned-posts>
          <community-pinned-posts eager></community-pinned-posts>
        </community-provider>`,
      );
      // A CSSOM size: the suite keeps to what a strict CSP allows.
      provider.querySelector<HTMLElement>('.spacer')!.style.blockSize = '5000px';
      await waitUntil(() => calls.length === 1, 'the eager element did not load');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls).to.have.length(1);
      const far = provider.querySelector<CommunityPinnedPosts>('#far')!;
      expect(far.shadowRoot!.querySelector('.skeleton') !== null).to.equal(true);
      far.scrollIntoView();
      await waitUntil(() => calls.length === 2, 'the far element did not load when scrolled near');
      expect(calls[1]!.query.category).to.equal('far');
    });
  });

  describe('backends', () => {
    it('shows the pinned topics of a Discourse forum (its local look-alike), announcements first', async () => {
      const servers = (await (await fetch('/__test-servers.json')).json()) as {
        discourse?: string;
      };
      if (!servers.discourse) throw new Error('The Discourse look-alike did not start.');
      const provider = await render<HTMLElement>(
        html`<community-provider adapter="discourse" base-url=${servers.discourse}
          ><community-pinned-posts max-items="5" dismissible></community-pinned-posts
        ></community-provider>`,
      );
      const element = provider.querySelector('community-pinned-posts')!;
      await shown(element, '[part~="item"]', 10_000);
      expect(titles(element).length).to.be.greaterThan(0);
      for (const link of all<HTMLAnchorElement>(element, 'a[part~="title"]')) {
        expect(link.href.startsWith(`${servers.discourse}/t/`)).to.equal(true);
      }
      const badges = all(element, '[part~="badge"]').map((badge) => badge.textContent);
      expect(badges[0]).to.equal('Announcement');
      buttonNamed(element, 'Read more')!.click();
      await waitUntil(
        () => element.shadowRoot!.querySelector('.body')?.textContent?.trim(),
        'the cooked body did not show',
      );
      await expectNoAxeViolations(provider);
    });
  });

  describe('language', () => {
    it('follows the nearest lang and speaks Slovenian', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div lang="sl">
          <community-provider .adapter=${memory()}
            ><community-pinned-posts dismissible></community-pinned-posts
          ></community-provider>
        </div>`,
      );
      const element = wrapper.querySelector('community-pinned-posts')!;
      await shown(element, '[part~="item"]');
      await waitUntil(() => buttonNamed(element, 'Preberi več') !== undefined);
      expect(element.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal(
        'Pripete objave',
      );
      expect(all(element, '[part~="badge"]')[0]!.textContent).to.equal('Obvestilo');
      expect(buttonNamed(element, 'Skrij: Pinned post 0')).not.to.equal(undefined);
    });
  });
});
