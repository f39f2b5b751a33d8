// The drop-in bundle defines the provider and the thread list at once and
// every other widget when its tag first appears: a page downloads only the
// widgets it shows, and a host may create and configure widgets at any time.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { chromiumAndSite, watchConsole } from './harness.js';

const LAZY_WIDGETS = ['pinned-posts', 'tag-search', 'welcome-card'];

describe('the drop-in bundle loads widgets on demand', () => {
  const host = chromiumAndSite();

  /** A page of the repository's origin with `body` and the bundle; returns it and the scripts it fetched. */
  async function open(body: string, head = '') {
    const page = await host.browser.newPage();
    const problems = watchConsole(page);
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(new URL(response.url()).pathname);
    });
    await page.goto(`${host.site.url}/demo/bare.html`);
    scripts.length = 0;
    await page.setContent(`<!doctype html><html lang="en"><head><title>Lazy</title>${head}
      <script type="module" src="${host.site.url}/dist/community-widgets.js"></script></head>
      <body>${body}</body></html>`);
    return { page, problems, scripts };
  }

  const shows = (page: Page, selector: string, part: string) =>
    page.waitForFunction(
      ([selector, part]) =>
        document.querySelector(selector)?.shadowRoot?.querySelector(`[part~="${part}"]`),
      [selector, part] as const,
    );

  it('fetches no code for widgets the page does not show', async () => {
    const { page, problems, scripts } = await open(
      '<community-thread-list page-size="3"></community-thread-list>',
    );
    await shows(page, 'community-thread-list', 'item');
    await page.waitForLoadState('networkidle');
    for (const widget of LAZY_WIDGETS) {
      assert.ok(!scripts.some((path) => path.includes(`/${widget}-`)), `${widget} was fetched`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('defines a widget added later, keeping properties set before its code arrived', async () => {
    const { page, problems, scripts } = await open(
      '<community-thread-list page-size="2"></community-thread-list>',
    );
    await shows(page, 'community-thread-list', 'item');
    await page.evaluate(() => {
      const pinned = document.createElement('community-pinned-posts') as HTMLElement & {
        maxItems: number;
      };
      pinned.maxItems = 1;
      document.body.append(pinned);
    });
    await shows(page, 'community-pinned-posts', 'item');
    const items = await page.evaluate(
      () =>
        document
          .querySelector('community-pinned-posts')!
          .shadowRoot!.querySelectorAll('[part~="item"]').length,
    );
    assert.equal(items, 1, 'max-items set before the upgrade holds');
    assert.ok(scripts.some((path) => path.includes('/pinned-posts-')));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('keeps a thread list’s properties set before the bundle ran', async () => {
    const { page, problems } = await open(
      `<community-thread-list id="list"></community-thread-list>
       <script>document.getElementById('list').tags = ['sync'];</script>`,
    );
    await shows(page, 'community-thread-list', 'item');
    const tagged = await page.evaluate(() =>
      [
        ...document
          .querySelector('community-thread-list')!
          .shadowRoot!.querySelectorAll('[part~="item"]'),
      ].every((item) =>
        [...item.querySelectorAll('[part~="tag"]')].some((tag) =>
          /sync/i.test(tag.textContent ?? ''),
        ),
      ),
    );
    assert.equal(tagged, true, 'every thread shown carries the tag set before the upgrade');
    assert.deepEqual(problems, []);
    await page.close();
  });

  /**
   * Navigates `page` to a new page of the site's origin with `body` and the
   * bundle, so the bundle runs on that document alone (`open` keeps the
   * window of demo/bare.html, where the bundle already ran).
   */
  async function visit(page: Page, body: string) {
    const url = `${host.site.url}/test/e2e/pages/generated.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>Generated</title>
          <script type="module" src="/dist/community-widgets.js"></script></head>
          <body>${body}</body></html>`,
      }),
    );
    await page.goto(url);
  }

  it('works on a page with an element whose id is CommunityWidgets', async () => {
    // The browser exposes the element as window.CommunityWidgets before the bundle runs.
    const page = await host.browser.newPage();
    const problems = watchConsole(page);
    await visit(
      page,
      `<div id="CommunityWidgets">
         <community-thread-list page-size="2"></community-thread-list>
         <community-welcome-card></community-welcome-card>
       </div>`,
    );
    await shows(page, 'community-thread-list', 'item');
    await shows(page, 'community-welcome-card', 'step');
    const api = await page.evaluate(() => ({
      configure: typeof window.CommunityWidgets?.configure,
      define: typeof window.CommunityWidgets?.define,
      element: document.getElementById('CommunityWidgets')?.tagName,
    }));
    assert.deepEqual(api, { configure: 'function', define: 'function', element: 'DIV' });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('tries a widget whose code failed to download again when the browser is back online', async () => {
    const page = await host.browser.newPage();
    const problems = watchConsole(page);
    let downloads = 0;
    await page.route(
      (url) => url.pathname.includes('pinned-posts'),
      (route) => (downloads++ ? route.continue() : route.abort('internetdisconnected')),
    );
    const loadError = page.waitForEvent('console', (message) =>
      message.text().includes('a widget could not be loaded'),
    );
    await visit(page, '<community-pinned-posts></community-pinned-posts>');
    await loadError;
    assert.equal(await page.evaluate(() => !!customElements.get('community-pinned-posts')), false);
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await shows(page, 'community-pinned-posts', 'item');
    assert.equal(downloads, 2, 'one failed download, then one that worked');
    assert.deepEqual(
      problems.map((problem) => problem.replace(/http:\/\/\S+/, 'URL')),
      [
        'request failed: URL net::ERR_INTERNET_DISCONNECTED',
        'console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
        'console.error: community-widgets: a widget could not be loaded. TypeError: Failed to fetch dynamically imported module: URL',
      ],
    );
    await page.close();
  });

  /** A page whose adapter pins one post with `body`, opened; returns the scripts it fetched. */
  async function openPinnedPost(body: { html?: string; markdown?: string }) {
    const { page, problems, scripts } = await open(
      `<community-pinned-posts></community-pinned-posts>
       <script type="module">
         const post = {
           id: '1', title: 'Read me first', url: '/t/1', createdAt: '2026-11-01T09:00:00Z',
           replyCount: 0, tags: [], pinned: true, body: ${JSON.stringify(body)},
         };
         while (!window.CommunityWidgets) await new Promise((resolve) => setTimeout(resolve, 10));
         window.CommunityWidgets.configure({
           adapter: {
             listPinned: async () => [post],
             listThreads: async () => ({ threads: [] }),
             searchTags: async () => [],
             getOnboarding: async () => ({ title: 'Welcome', message: {}, steps: [] }),
           },
         });
       </script>`,
    );
    await shows(page, 'community-pinned-posts', 'item');
    await page.evaluate(() =>
      document
        .querySelector('community-pinned-posts')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')!
        .click(),
    );
    await page.waitForFunction(
      () =>
        document
          .querySelector('community-pinned-posts')!
          .shadowRoot!.querySelector('[part~="body"] strong')?.textContent === 'first',
    );
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, []);
    await page.close();
    return scripts;
  }

  it('fetches the markdown parser only for a markdown body, never for an HTML one', async () => {
    const fetched = (scripts: string[], chunk: string) =>
      scripts.some((path) => path.includes(`/${chunk}-`));
    // Blank markdown beside the HTML, as a backend may send: the HTML is what renders.
    const html = await openPinnedPost({
      markdown: ' ',
      html: '<p>Read this <strong>first</strong>.</p>',
    });
    assert.ok(fetched(html, 'pipeline'), 'the sanitizer is fetched');
    assert.ok(!fetched(html, 'markdown-to-html'), 'marked is not fetched for HTML');
    const markdown = await openPinnedPost({ markdown: 'Read this **first**.' });
    assert.ok(fetched(markdown, 'pipeline') && fetched(markdown, 'markdown-to-html'));
  });

  it('defines widgets inside a host’s own shadow root through CommunityWidgets.define()', async () => {
    const { page, problems } = await open('<div id="host"></div>');
    const result = await page.evaluate(async () => {
      while (!window.CommunityWidgets) await new Promise((resolve) => setTimeout(resolve, 10));
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<community-tag-search></community-tag-search>';
      const search = root.querySelector('community-tag-search')!;
      await window.CommunityWidgets.define('community-tag-search', 'community-thread-list');
      const unknown = await window.CommunityWidgets.define('community-nonsense').then(
        () => 'resolved',
        (error: Error) => error.name,
      );
      await (search as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      return {
        upgraded: customElements.get('community-tag-search') === search.constructor,
        unknown,
      };
    });
    assert.deepEqual(result, { upgraded: true, unknown: 'TypeError' });
    await page.waitForFunction(() =>
      document
        .getElementById('host')!
        .shadowRoot!.querySelector('community-tag-search')!
        .shadowRoot?.querySelector('[role="combobox"]'),
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
