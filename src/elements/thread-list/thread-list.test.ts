import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../index.js';
import type { CommunityThreadList } from './thread-list.js';
import { createMemoryAdapter } from '../../adapters/memory/memory-adapter.js';
import { SORTS, THREAD_LIST_LAYOUTS } from '../../core/allowed-values.js';
import { HttpStatusError, OfflineError } from '../../core/errors.js';
import type { CommunityAdapter, Thread, ThreadPage, ThreadQuery } from '../../core/types.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { nextEvent, recordEvents } from '../../../test/helpers/events.js';
import { all, missingParts, render, shown } from '../../../test/helpers/render.js';
import { makeThread, makeThreads } from '../../../test/helpers/threads.js';

function titles(list: Element): string[] {
  return all(list, '[part~="title"]').map((title) => title.textContent!.trim());
}

async function listWith(
  adapter: CommunityAdapter,
  attributes = html``,
): Promise<CommunityThreadList> {
  const provider = await render<HTMLElement>(
    html`<community-provider .adapter=${adapter}>${attributes}</community-provider>`,
  );
  return provider.querySelector('community-thread-list')!;
}

/** An adapter whose answers the test releases one by one, to stage races. */
function controlledAdapter() {
  const calls: Array<{
    query: ThreadQuery;
    signal?: AbortSignal;
    resolve(page: ThreadPage): void;
    reject(error: unknown): void;
  }> = [];
  const adapter: CommunityAdapter = {
    listThreads: (query, opts) =>
      new Promise((resolve, reject) =>
        calls.push({ query, signal: opts?.signal, resolve, reject }),
      ),
    listPinned: async () => [],
    searchTags: async () => [],
    getOnboarding: async () => ({ title: '', message: {}, steps: [] }),
  };
  return { adapter, calls };
}

/** A list on a controlledAdapter, once it has asked for its first page. */
async function controlledList(template = html`<community-thread-list></community-thread-list>`) {
  const { adapter, calls } = controlledAdapter();
  const list = await listWith(adapter, template);
  await waitUntil(() => calls.length === 1);
  return { list, calls };
}

describe('<community-thread-list>', () => {
  describe('accessibility', () => {
    it('has no axe violations with content, in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const provider = await render<HTMLElement>(
          html`<community-provider
            theme=${theme}
            .adapter=${createMemoryAdapter({ data: { threads: makeThreads(6) } })}
            ><community-thread-list></community-thread-list
          ></community-provider>`,
        );
        const list = provider.querySelector('community-thread-list')!;
        await shown(list, '[part~="item"]');
        await expectNoAxeViolations(provider);
      }
    });

    it('has no axe violations while loading, when empty and on error', async () => {
      const { list, calls } = await controlledList(
        html`<community-thread-list></community-thread-list>`,
      );
      expect(list.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
      await expectNoAxeViolations(list);

      calls[0]!.resolve({ threads: [] });
      await shown(list, '.empty');
      await expectNoAxeViolations(list);

      list.sort = 'top';
      await waitUntil(() => calls.length === 2);
      calls[1]!.reject(new HttpStatusError(500, '/threads'));
      await shown(list, '[role="alert"]');
      await expectNoAxeViolations(list);
    });

    it('is a labelled region whose threads are list items with links', async () => {
      const list = await listWith(
        createMemoryAdapter({ data: { threads: makeThreads(3) } }),
        html`<community-thread-list label="Help with sync"></community-thread-list>`,
      );
      await shown(list, '[part~="item"]');
      const region = list.shadowRoot!.querySelector('section')!;
      expect(region.getAttribute('aria-label')).to.equal('Help with sync');
      expect(all(list, 'li[part~="item"]')).to.have.length(3);
      expect(all(list, 'a[part~="title"]')[0]!.getAttribute('href')).to.equal('/t/thread-0/0');
    });
  });

  describe('attributes and properties', () => {
    const adapter = () => createMemoryAdapter({ data: { threads: makeThreads(12) } });

    it('filters by all of its tags, live', async () => {
      const list = await listWith(
        adapter(),
        html`<community-thread-list page-size="20"></community-thread-list>`,
      );
      await shown(list, '[part~="item"]');
      expect(titles(list)).to.have.length(12);
      list.setAttribute('tags', 'sync ios');
      await waitUntil(() => titles(list).length === 2, 'tags did not filter');
      expect(titles(list)).to.deep.equal(['Thread number 3', 'Thread number 9']);
    });

    it('searches text and sorts live', async () => {
      const list = await listWith(adapter(), html`<community-thread-list></community-thread-list>`);
      await shown(list, '[part~="item"]');
      list.query = 'number 11';
      await waitUntil(() => titles(list).length === 1);
      expect(titles(list)).to.deep.equal(['Thread number 11']);
      list.query = undefined;
      list.sort = 'new';
      await waitUntil(() => titles(list)[0] === 'Thread number 0');
    });

    it('accepts every documented sort and layout', async () => {
      const list = await listWith(adapter(), html`<community-thread-list></community-thread-list>`);
      // The loop over SORTS is the catalogue of sorts a user can pick.
      for (const sort of SORTS) {
        list.sort = sort;
        const loaded = await nextEvent<CustomEvent>(list, 'community-load');
        expect((loaded.detail.query as ThreadQuery).sort).to.equal(sort);
      }
      for (const layout of THREAD_LIST_LAYOUTS) {
        list.layout = layout;
        await list.updateComplete;
        expect(list.getAttribute('layout')).to.equal(layout);
      }
    });

    it('shows page-size threads and appends more with "Load more", focusing the first new one', async () => {
      const list = await listWith(
        adapter(),
        html`<community-thread-list page-size="5"></community-thread-list>`,
      );
      await shown(list, '[part~="item"]');
      expect(titles(list)).to.have.length(5);
      const loadMore = [...all(list, 'button')].find((button) =>
        button.textContent!.includes('Load more'),
      )!;
      loadMore.click();
      await waitUntil(() => titles(list).length === 10, 'Load more did not append');
      expect(titles(list)[5]).to.equal('Thread number 5');
      await waitUntil(
        () => list.shadowRoot!.activeElement?.textContent?.trim() === 'Thread number 5',
      );
      expect(list.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
        'Loaded 5 more threads',
      );
    });

    it('falls back to defaults, with one warning, for nonsense values', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const list = await listWith(
          adapter(),
          html`<community-thread-list
            sort="sideways"
            page-size="abc"
            status="maybe"
            layout="spiral"
          ></community-thread-list>`,
        );
        const loaded = await nextEvent<CustomEvent>(list, 'community-load');
        expect(loaded.detail.query).to.include({ sort: 'latest', status: 'any', pageSize: 10 });
        expect(titles(list)).to.have.length(10);
        list.pageSize = -3;
        await nextEvent(list, 'community-load').catch(() => undefined);
        list.requestUpdate();
        await list.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('sort="sideways"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('page-size="abc"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('page-size="-3"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('status="maybe"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('layout="spiral"'))).to.have.length(1);
    });
  });

  describe('events', () => {
    it('fires a cancelable community-thread-select; cancelling keeps the page', async () => {
      const list = await listWith(
        createMemoryAdapter({ data: { threads: makeThreads(2) } }),
        html`<community-thread-list></community-thread-list>`,
      );
      await shown(list, '[part~="item"]');
      const selected = nextEvent<CustomEvent>(document, 'community-thread-select');
      document.addEventListener('community-thread-select', (event) => event.preventDefault(), {
        once: true,
      });
      const before = location.href;
      (all(list, 'a[part~="title"]')[1] as HTMLAnchorElement).click();
      const event = await selected;
      expect(event.detail.thread.id).to.equal('t1');
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(location.href).to.equal(before);
    });

    it('never cancels a Ctrl, Cmd, Shift or middle click: those open a new tab, and are still counted', async () => {
      const list = await listWith(
        createMemoryAdapter({ data: { threads: makeThreads(2) } }),
        html`<community-thread-list></community-thread-list>`,
      );
      await shown(list, '[part~="item"]');
      const events = recordEvents(document, 'community-thread-select');
      const cancel = (event: Event) => event.preventDefault();
      // Records whether the widget let the browser act, then stops the browser
      // itself: a real new tab would send this test page to the background.
      const leftToBrowser: boolean[] = [];
      const record = (event: Event) => {
        leftToBrowser.push(!event.defaultPrevented);
        event.preventDefault();
      };
      document.addEventListener('community-thread-select', cancel);
      window.addEventListener('click', record);
      window.addEventListener('auxclick', record);
      try {
        const link = all<HTMLAnchorElement>(list, 'a[part~="title"]')[0]!;
        const init = { bubbles: true, cancelable: true, composed: true };
        link.dispatchEvent(new MouseEvent('click', { ...init, ctrlKey: true }));
        link.dispatchEvent(new MouseEvent('auxclick', { ...init, button: 1 }));
        link.dispatchEvent(new MouseEvent('click', init));
        expect(
          leftToBrowser,
          'Ctrl and middle clicks are left to the browser; a plain one is taken',
        ).to.deep.equal([true, true, false]);
        expect(events.map((event) => event.detail.opensElsewhere)).to.deep.equal([
          true,
          true,
          false,
        ]);
      } finally {
        document.removeEventListener('community-thread-select', cancel);
        window.removeEventListener('click', record);
        window.removeEventListener('auxclick', record);
      }
    });

    it('narrows to a tag chosen on a thread, with a removable filter, and fires community-tag-select', async () => {
      const list = await listWith(
        createMemoryAdapter({ data: { threads: makeThreads(8) } }),
        html`<community-thread-list></community-thread-list>`,
      );
      await shown(list, '[part~="tag"]');
      const tagSelected = nextEvent<CustomEvent>(list, 'community-tag-select');
      const iosChip = all(list, '[part~="tag"]').find(
        (chip) => chip.textContent!.trim() === 'ios',
      )!;
      expect(iosChip.getAttribute('aria-label')).to.equal('Show threads tagged ios');
      iosChip.click();
      expect((await tagSelected).detail.tag.name).to.equal('ios');
      await waitUntil(() => titles(list).length === 3, 'did not narrow to ios');
      const status = () => list.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
      await waitUntil(() => status() === 'Showing 3 threads.', 'the narrowed list said nothing');
      const filter = await shown(list, '.filter-chip');
      (filter as HTMLButtonElement).click();
      await waitUntil(() => titles(list).length === 8, 'did not widen again');
      await waitUntil(() => status() === 'Showing 8 threads.', 'the widened list said nothing');
      list.tags = ['no-such-tag'];
      await waitUntil(() => status() === 'No threads match these filters.');
    });

    it('keeps focus on a tag chosen far down the list, and brings its thread, now at the top, into view', async () => {
      const { list, calls } = await controlledList(
        // The page stays long after the list changes, so the browser does not scroll for us.
        html`<community-thread-list page-size="30"></community-thread-list>
          <div style="height: 4000px"></div>`,
      );
      const threads = makeThreads(30);
      threads[29] = makeThread(29, { tags: [{ name: 'rare' }] });
      calls[0]!.resolve({ threads });
      await waitUntil(() => titles(list).length === 30);
      const chip = all(list, '[part~="tag"]').find((tag) => tag.textContent!.trim() === 'rare')!;
      chip.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => calls.length === 2);
      // The backend ranks the chosen thread first, ahead of all the others.
      calls[1]!.resolve({ threads: [threads[29]!, ...threads.slice(0, 29)] });
      await waitUntil(() => titles(list)[0] === 'Thread number 29');
      await list.updateComplete;
      expect(list.shadowRoot!.activeElement === chip, 'focus stays on the chip').to.equal(true);
      const { top, bottom } = chip.getBoundingClientRect();
      expect(top >= 0 && bottom <= innerHeight, `chip at ${top}–${bottom} px`).to.equal(true);
    });

    it('leaves the page where the person scrolled it when a refresh brings new data under a focused row', async () => {
      const list = await listWith(
        createMemoryAdapter({ data: { threads: makeThreads(12) } }),
        html`<community-thread-list page-size="12"></community-thread-list>
          <div style="height: 4000px"></div>`,
      );
      await waitUntil(() => titles(list).length === 12);
      all(list, '[part~="title"]')[0]!.focus();
      window.scrollTo(0, 3000);
      const loaded = nextEvent(list, 'community-load');
      await list.refresh();
      await loaded;
      await list.updateComplete;
      expect(window.scrollY).to.equal(3000);
      window.scrollTo(0, 0);
    });

    it('does not scroll back to a focused row the person scrolled away from when a refresh moves it', async () => {
      const { list, calls } = await controlledList(
        html`<community-thread-list page-size="12"></community-thread-list>
          <div style="height: 4000px"></div>`,
      );
      const threads = makeThreads(12);
      calls[0]!.resolve({ threads });
      await waitUntil(() => titles(list).length === 12);
      const title = all(list, '[part~="title"]')[0]!;
      title.focus();
      window.scrollTo(0, 3000);
      // As in browsers without scroll anchoring (Safari), which would otherwise keep the row's place for us.
      document.documentElement.style.overflowAnchor = 'none';
      const refreshed = list.refresh();
      await waitUntil(() => calls.length === 2);
      // A new thread arrives at the top, moving the focused one down a row.
      calls[1]!.resolve({ threads: [makeThread(99), ...threads] });
      await refreshed;
      await list.updateComplete;
      expect(list.shadowRoot!.activeElement === title, 'focus stays').to.equal(true);
      document.documentElement.style.overflowAnchor = '';
      expect(title.getBoundingClientRect().bottom, 'still out of sight, above').to.be.below(0);
      window.scrollTo(0, 0);
    });

    it('moves focus to the first thread when new results replace the focused row', async () => {
      const { list, calls } = await controlledList();
      calls[0]!.resolve({ threads: [makeThread(0, { tags: [{ name: 'rare' }] })] });
      const chip = await shown(list, '[part~="tag"]');
      (chip as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => calls.length === 2);
      calls[1]!.resolve({ threads: [makeThread(7, { tags: [{ name: 'rare' }] })] });
      await waitUntil(() => titles(list)[0] === 'Thread number 7');
      await list.updateComplete;
      expect(document.activeElement === list, 'focus is still in the list').to.equal(true);
      expect(list.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Thread number 7');
    });

    it('fires community-load and community-error for analytics', async () => {
      const { adapter, calls } = controlledAdapter();
      const list = await listWith(adapter, html`<community-thread-list></community-thread-list>`);
      const events = recordEvents(list, 'community-load', 'community-error');
      await waitUntil(() => calls.length === 1);
      calls[0]!.resolve({ threads: makeThreads(2), total: 2 });
      await waitUntil(() => events.length === 1);
      expect(events[0]!.type).to.equal('community-load');
      expect(events[0]!.detail).to.include({ source: 'thread-list', count: 2, total: 2 });
      list.status = 'solved';
      await waitUntil(() => calls.length === 2);
      calls[1]!.reject(new HttpStatusError(503, '/threads'));
      await waitUntil(() => events.length === 2);
      expect(events[1]!.type).to.equal('community-error');
      expect(events[1]!.detail.error).to.be.instanceOf(HttpStatusError);
    });
  });

  describe('states', () => {
    it('shows a skeleton with the page size while loading', async () => {
      const { list } = await controlledList(
        html`<community-thread-list page-size="4"></community-thread-list>`,
      );
      await shown(list, '.skeleton');
      expect(all(list, '.skeleton .thread')).to.have.length(4);
    });

    it('lets a newer query win over a slower older one', async () => {
      const { list, calls } = await controlledList(
        html`<community-thread-list></community-thread-list>`,
      );
      list.query = 'newer';
      await waitUntil(() => calls.length === 2);
      expect(calls[0]!.signal!.aborted, 'the stale request is aborted').to.equal(true);
      calls[1]!.resolve({ threads: [makeThread(1, { title: 'Newer answer' })] });
      calls[0]!.resolve({ threads: [makeThread(2, { title: 'Stale answer' })] });
      await waitUntil(() => titles(list).length === 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(titles(list)).to.deep.equal(['Newer answer']);
    });

    it('shows an error in plain words, and Try again recovers', async () => {
      const { list, calls } = await controlledList(
        html`<community-thread-list></community-thread-list>`,
      );
      calls[0]!.reject(new HttpStatusError(500, '/threads'));
      const alert = await shown(list, '[role="alert"]');
      expect(alert.textContent).to.contain('error 500');
      (alert.querySelector('button') as HTMLButtonElement).click();
      await waitUntil(() => calls.length === 2);
      calls[1]!.resolve({ threads: makeThreads(1) });
      await waitUntil(() => titles(list).length === 1);
      expect(list.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    const loadMoreButton = (list: Element) =>
      all<HTMLButtonElement>(list, '.more button').find((button) =>
        button.textContent!.includes('Load more'),
      );

    it('drops a Load more answer that arrives after the filters changed', async () => {
      const { list, calls } = await controlledList(
        html`<community-thread-list page-size="2"></community-thread-list>`,
      );
      calls[0]!.resolve({ threads: makeThreads(2), nextCursor: 'old-page-2' });
      await waitUntil(() => titles(list).length === 2);
      loadMoreButton(list)!.click();
      await waitUntil(() => calls.length === 2, 'Load more asked nothing');
      list.query = 'sync';
      await waitUntil(() => calls.length === 3, 'the new filters asked nothing');
      expect(Boolean(loadMoreButton(list)), 'no Load more while the new query is pending').to.equal(
        false,
      );
      calls[2]!.resolve({ threads: [makeThread(7)], nextCursor: 'new-page-2' });
      await waitUntil(() => titles(list).length === 1);
      // The old page comes late (an adapter that ignores the abort signal).
      calls[1]!.resolve({ threads: [makeThread(3), makeThread(4)], nextCursor: 'old-page-3' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(titles(list)).to.deep.equal(['Thread number 7']);
      loadMoreButton(list)!.click();
      await waitUntil(() => calls.length === 4);
      expect(calls[3]!.query.cursor).to.equal('new-page-2');
      expect(calls[3]!.query.text).to.equal('sync');
    });

    it('drops a Load more answer from the backend the provider has left', async () => {
      const first = controlledAdapter();
      const list = await listWith(
        first.adapter,
        html`<community-thread-list page-size="2"></community-thread-list>`,
      );
      await waitUntil(() => first.calls.length === 1);
      first.calls[0]!.resolve({ threads: makeThreads(2), nextCursor: 'first-page-2' });
      await waitUntil(() => titles(list).length === 2);
      loadMoreButton(list)!.click();
      await waitUntil(() => first.calls.length === 2);

      const second = controlledAdapter();
      (list.parentElement as HTMLElement & { adapter: CommunityAdapter }).adapter = second.adapter;
      await waitUntil(() => second.calls.length === 1, 'the new backend was not asked');
      second.calls[0]!.resolve({ threads: [makeThread(20)] });
      await waitUntil(() => titles(list)[0] === 'Thread number 20');
      first.calls[1]!.resolve({ threads: [makeThread(5)], nextCursor: 'first-page-3' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(titles(list)).to.deep.equal(['Thread number 20']);
      expect(Boolean(loadMoreButton(list)), 'no Load more for the old backend').to.equal(false);
    });

    it('shows a thread only once when pages overlap', async () => {
      const { list, calls } = await controlledList(
        html`<community-thread-list page-size="2"></community-thread-list>`,
      );
      calls[0]!.resolve({ threads: [makeThread(1), makeThread(2)], nextCursor: '2' });
      await waitUntil(() => titles(list).length === 2);
      all(list, 'button')
        .find((button) => button.textContent!.includes('Load more'))!
        .click();
      await waitUntil(() => calls.length === 2);
      calls[1]!.resolve({ threads: [makeThread(2), makeThread(3)] });
      await waitUntil(() => titles(list).length === 3);
      expect(titles(list)).to.deep.equal(['Thread number 1', 'Thread number 2', 'Thread number 3']);
    });

    it('keeps focus in the list after Try again, and on Load more when it fails', async () => {
      const { list, calls } = await controlledList(
        html`<community-thread-list page-size="1"></community-thread-list>`,
      );
      calls[0]!.reject(new HttpStatusError(500, '/threads'));
      const retry = (await shown(list, '[role="alert"] button')) as HTMLButtonElement;
      retry.focus();
      retry.click();
      await waitUntil(() => calls.length === 2);
      calls[1]!.resolve({ threads: [makeThread(1)], nextCursor: '1' });
      await waitUntil(
        () => list.shadowRoot!.activeElement?.textContent?.trim() === 'Thread number 1',
      );

      const loadMore = all<HTMLButtonElement>(list, 'button').find((button) =>
        button.textContent!.includes('Load more'),
      )!;
      loadMore.focus();
      loadMore.click();
      await waitUntil(() => calls.length === 3);
      calls[2]!.reject(new HttpStatusError(503, '/threads'));
      await waitUntil(() => loadMore.textContent!.includes('Try again'));
      expect(list.shadowRoot!.activeElement === loadMore, 'the same button keeps focus').to.equal(
        true,
      );
    });

    it('leaves focus where the person moved it while Try again was loading', async () => {
      const { adapter, calls } = controlledAdapter();
      const list = await listWith(adapter, html`<community-thread-list></community-thread-list>`);
      const elsewhere = document.createElement('input');
      elsewhere.setAttribute('aria-label', 'Somewhere else on the page');
      document.body.append(elsewhere);
      try {
        await waitUntil(() => calls.length === 1);
        calls[0]!.reject(new HttpStatusError(500, '/threads'));
        const retry = (await shown(list, '[role="alert"] button')) as HTMLButtonElement;
        retry.focus();
        retry.click();
        await waitUntil(() => calls.length === 2);
        elsewhere.focus();
        calls[1]!.reject(new HttpStatusError(503, '/threads'));
        await shown(list, '[role="alert"] button');
        expect(document.activeElement === elsewhere, 'a failed retry took focus').to.equal(true);

        // And a later successful load (here: the person changes the filters) takes none either.
        list.query = 'sync';
        await waitUntil(() => calls.length === 3);
        calls[2]!.resolve({ threads: makeThreads(2) });
        await waitUntil(() => titles(list).length === 2);
        await list.updateComplete;
        expect(document.activeElement === elsewhere, 'a later load took focus').to.equal(true);
      } finally {
        elsewhere.remove();
      }
    });

    it('says so when offline, and tries again by itself when the browser is back online', async () => {
      const { list, calls } = await controlledList(
        html`<community-thread-list></community-thread-list>`,
      );
      calls[0]!.reject(new OfflineError());
      const alert = await shown(list, '[role="alert"]');
      expect(alert.textContent).to.contain('You are offline');
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => calls.length === 2, 'no retry when back online');
      calls[1]!.resolve({ threads: makeThreads(2) });
      await waitUntil(() => titles(list).length === 2);
    });

    it("shows a helpful empty state with the provider's hand-off links, or the host's slot", async () => {
      const empty = createMemoryAdapter({ data: { threads: [] } });
      const provider = await render<HTMLElement>(
        html`<community-provider
          .adapter=${empty}
          ask-url="https://community.example/new"
          support-url="javascript:alert(1)"
          ><community-thread-list></community-thread-list
        ></community-provider>`,
      );
      const list = provider.querySelector('community-thread-list')!;
      const state = await shown(list, '.empty');
      expect(state.textContent).to.contain('No threads here yet.');
      const links = [...state.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://community.example/new',
      ]);

      const slotted = await listWith(
        empty,
        html`<community-thread-list
          ><p slot="empty">Nothing yet: write to us.</p></community-thread-list
        >`,
      );
      await shown(slotted, '.empty');
      const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Nothing yet: write to us.');
    });

    it('routes a search that found nothing to people, carrying the search terms', async () => {
      const provider = await render<HTMLElement>(
        html`<community-provider
          .adapter=${createMemoryAdapter({ data: { threads: makeThreads(4) } })}
          ask-url="/ask"
          support-url="https://help.example/contact?from=portal"
          ><community-thread-list tags="ios" query="printer on fire"></community-thread-list
        ></community-provider>`,
      );
      const list = provider.querySelector('community-thread-list')!;
      const state = await shown(list, '.empty');
      expect(state.textContent).to.contain('No threads match these filters.');
      const hrefs = [...state.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(hrefs).to.deep.equal([
        '/ask?q=printer+on+fire&tags=ios',
        'https://help.example/contact?from=portal&q=printer+on+fire&tags=ios',
      ]);
    });

    it('shows the initials when an avatar image cannot be loaded', async () => {
      const list = await listWith(
        createMemoryAdapter({
          data: {
            threads: [
              makeThread(0, {
                author: { id: 'u1', name: 'Ana Novak', avatarUrl: '/no-such-avatar.png' },
              }),
            ],
          },
        }),
        html`<community-thread-list></community-thread-list>`,
      );
      const avatar = await shown(list, '[part~="avatar"]');
      const image = avatar.querySelector('img')!;
      await waitUntil(() => image.hidden, 'the broken image stayed visible');
      expect(avatar.textContent!.trim()).to.equal('AN');
    });

    it('renders hostile text as text and drops unsafe links', async () => {
      const list = await listWith(
        createMemoryAdapter({
          data: {
            threads: [
              makeThread(0, {
                title: '<img src=x onerror="window.__pwned=1">',
                category: { id: 'c', name: 'C', color: 'red;background:url(//evil)' },
              }),
              // A thread whose own link is unsafe has nowhere to go: dropped before it renders.
              makeThread(1, { url: 'javascript:window.__pwned=1' }),
            ],
          },
        }),
        html`<community-thread-list></community-thread-list>`,
      );
      const title = await shown(list, '[part~="title"]');
      expect(all(list, '[part~="title"]')).to.have.length(1);
      expect(title.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(list.shadowRoot!.querySelector('img[onerror]')).to.equal(null);
      expect((list.shadowRoot!.querySelector('.category') as HTMLElement).style.cssText).to.equal(
        '',
      );
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('parts', () => {
    it('exposes the documented parts', async () => {
      const list = await listWith(
        createMemoryAdapter({ data: { threads: makeThreads(4) } }),
        html`<community-thread-list page-size="2"></community-thread-list>`,
      );
      await shown(list, '[part~="item"]');
      expect(
        missingParts(list, [
          'item',
          'title',
          'excerpt',
          'meta',
          'avatar',
          'tag',
          'badge',
          'button',
        ]),
        'parts missing',
      ).to.deep.equal([]);
    });

    it('clamps every excerpt to two whole lines, also in a card stretched by a taller neighbour', async () => {
      const long = 'A long excerpt that wraps over many lines in a card of this width. '.repeat(6);
      const list = await listWith(
        createMemoryAdapter({
          data: {
            threads: [
              makeThread(0, {
                title: 'A title long enough to take four lines in a card '.repeat(3),
              }),
              makeThread(1, { excerpt: long }),
            ],
          },
        }),
        html`<div style="inline-size: 40rem">
          <community-thread-list layout="cards"></community-thread-list>
        </div>`,
      );
      await shown(list, '[part~="excerpt"]');
      const [tall, stretched] = all(list, '[part~="item"]');
      expect(stretched!.offsetTop, 'the two cards share a row').to.equal(tall!.offsetTop);
      for (const excerpt of all(list, '[part~="excerpt"]')) {
        const lineHeight = parseFloat(getComputedStyle(excerpt).lineHeight);
        expect(excerpt.getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 0.5);
      }
    });
  });

  describe('deferred loading', () => {
    it('asks nothing until it nears the viewport, unless eager', async () => {
      const { adapter, calls } = controlledAdapter();
      const provider = await render<HTMLElement>(
        html`<community-provider .adapter=${adapter}>
          <div style="block-size: 5000px"></div>
          <community-thread-list id="far" tags="sync"></community-thread-list>
          <community-thread-list id="eager" eager></community-thread-list>
        </community-provider>`,
      );
      await waitUntil(() => calls.length === 1, 'the eager list did not load');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls).to.have.length(1);
      const far = provider.querySelector<CommunityThreadList>('#far')!;
      expect(far.shadowRoot!.querySelector('.skeleton')).not.to.equal(null);
      far.scrollIntoView();
      await waitUntil(() => calls.length === 2, 'the far list did not load when scrolled near');
    });
  });

  describe('structured data', () => {
    it('writes schema.org JSON-LD of the shown threads into the light DOM when asked', async () => {
      const list = await listWith(
        createMemoryAdapter({ data: { threads: makeThreads(3) } }),
        html`<community-thread-list structured-data></community-thread-list>`,
      );
      await shown(list, '[part~="item"]');
      await waitUntil(() => list.querySelector('script[type="application/ld+json"]'));
      const data = JSON.parse(
        list.querySelector('script[type="application/ld+json"]')!.textContent!,
      );
      expect(data['@type']).to.equal('ItemList');
      expect(data.itemListElement).to.have.length(3);
      expect(data.itemListElement[0].item.url).to.equal(
        new URL('/t/thread-0/0', document.baseURI).href,
      );

      list.structuredData = false;
      await list.updateComplete;
      expect(list.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });

    it('writes nothing without the attribute', async () => {
      const list = await listWith(
        createMemoryAdapter({ data: { threads: makeThreads(2) } }),
        html`<community-thread-list></community-thread-list>`,
      );
      await shown(list, '[part~="item"]');
      expect(list.querySelector('script')).to.equal(null);
    });
  });

  describe('long lists', () => {
    /** An adapter that answers the first request with all of them, as a backend may. */
    const everyThread = (threads: Thread[]): CommunityAdapter => ({
      listThreads: async () => ({ threads }),
      listPinned: async () => [],
      searchTags: async () => [],
      getOnboarding: async () => ({ title: '', message: {}, steps: [] }),
    });
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // @lit-labs/virtualizer sizes rows inside its ResizeObserver callback, which
    // Chromium reports as a benign "loop completed with undelivered
    // notifications" error (lit/lit#3154); the maintainers ignore it in tests too.
    let onerror: OnErrorEventHandler;
    before(() => {
      onerror = window.onerror;
      window.onerror = (message, ...rest) =>
        String(message).startsWith('ResizeObserver loop') ||
        onerror?.call(window, message, ...rest);
    });
    after(() => (window.onerror = onerror));
    const rowOf = (list: Element) => {
      const focused = list.shadowRoot!.activeElement;
      return Number(focused?.closest('[part~="item"]')?.getAttribute('aria-posinset'));
    };

    it('keeps only the rows near the viewport in the DOM, each saying where it stands', async () => {
      const list = await listWith(
        everyThread(makeThreads(1000)),
        html`<community-thread-list></community-thread-list>`,
      );
      await waitUntil(() => all(list, '.virtual [part~="item"]').length > 0, 'no virtual rows');
      const rows = all(list, '[part~="item"]');
      expect(rows.length).to.be.within(1, 50);
      expect(rows[0]!.getAttribute('aria-posinset')).to.equal('1');
      expect(rows.every((row) => row.getAttribute('aria-setsize') === '1000')).to.equal(true);
      expect(titles(list)[0]).to.equal('Thread number 0');
      await expectNoAxeViolations(list);

      list.shadowRoot!.querySelector('.threads')!.scrollIntoView({ block: 'end' });
      await waitUntil(
        () => all(list, '[aria-posinset="1000"]').length === 1,
        'the last row never came into the DOM',
      );
      expect(all(list, '[part~="item"]').length).to.be.within(1, 50);
      expect(titles(list)).to.include('Thread number 999');
    });

    it('says the size of the whole set: the backend’s total, or unknown while more pages wait', async () => {
      for (const [total, expected] of [
        [5000, '5000'],
        [undefined, '-1'],
      ] as const) {
        const list = await listWith(
          {
            ...everyThread([]),
            listThreads: async () => ({ threads: makeThreads(300), nextCursor: 'more', total }),
          },
          html`<community-thread-list eager></community-thread-list>`,
        );
        await waitUntil(() => all(list, '.virtual [part~="item"]').length > 0, 'no virtual rows');
        const sizes = new Set(all(list, '[part~="item"]').map((row) => row.ariaSetSize));
        expect([...sizes]).to.deep.equal([expected]);
        // The next list would start below this one, out of sight, where it renders no rows.
        fixtureCleanup();
      }
    });

    it('keeps cards a grid: a long list of cards is not virtualized', async () => {
      const list = await listWith(
        everyThread(makeThreads(250)),
        html`<community-thread-list layout="cards"></community-thread-list>`,
      );
      await waitUntil(() => all(list, '[part~="item"]').length === 250, 'not every card shown');
      expect(all(list, '.virtual').length).to.equal(0);
    });

    it('lets Tab walk from row to row past the rows first rendered', async () => {
      const list = await listWith(
        everyThread(makeThreads(400)),
        html`<community-thread-list layout="compact"></community-thread-list>`,
      );
      await waitUntil(() => all(list, '.virtual [part~="item"]').length > 0, 'no virtual rows');
      const firstRendered = all(list, '[part~="item"]').length;
      list.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!.focus();
      expect(rowOf(list)).to.equal(1);
      for (let press = 0; press < firstRendered + 10; press++) {
        await sendKeys({ press: 'Tab' });
        await nextFrame();
      }
      expect(rowOf(list)).to.equal(firstRendered + 11);
      expect(all(list, '[part~="item"]').length).to.be.below(100);
    });

    it('focuses the first new thread, in view, when Load more makes the list long', async () => {
      const list = await listWith(
        createMemoryAdapter({ data: { threads: makeThreads(1000) } }),
        html`<community-thread-list page-size="100"></community-thread-list>`,
      );
      for (const count of [100, 200]) {
        await waitUntil(() => all(list, '[part~="item"]').length === count);
        const more = [...all(list, '.more button')].at(-1)!;
        more.focus();
        more.click();
      }
      await waitUntil(() => rowOf(list) === 201, 'focus did not reach the first new thread');
      expect(all(list, '.virtual [part~="item"]').length).to.be.within(1, 60);
      expect(all(list, '[aria-setsize="1000"]').length).to.be.above(0);
      const focused = list.shadowRoot!.activeElement!.getBoundingClientRect();
      expect(
        focused.top >= 0 && focused.bottom <= innerHeight,
        'the focused thread is in view',
      ).to.equal(true);
    });
  });

  describe('language', () => {
    it('follows the nearest lang and speaks Slovenian with its plural forms', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div lang="sl">
          <community-provider
            .adapter=${createMemoryAdapter({ data: { threads: [makeThread(2, { replyCount: 2 })] } })}
            ><community-thread-list></community-thread-list
          ></community-provider>
        </div>`,
      );
      const list = wrapper.querySelector('community-thread-list')!;
      const meta = await shown(list, '[part~="meta"]');
      await waitUntil(() => meta.textContent!.includes('2 odgovora'), meta.textContent!);
      expect(list.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal(
        'Teme skupnosti',
      );
    });
  });
});
