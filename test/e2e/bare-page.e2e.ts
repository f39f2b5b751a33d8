// The promise to a portal admin: paste one script tag and an element, and a
// real community shows, with no console noise and no accessibility problems.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, serveRepo, threadCount, watchConsole, chromiumAndSite } from './harness.js';

describe('a bare page with only the script tag', () => {
  const host = chromiumAndSite();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the demo community, axe-clean and quiet, in ${colorScheme}`, async () => {
      for (const width of [320, 1280]) {
        const page = await host.browser.newPage({ colorScheme, viewport: { width, height: 800 } });
        const problems = watchConsole(page);
        const foreign: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(host.site.url) && !request.url().startsWith('data:'))
            foreign.push(request.url());
        });
        await page.goto(`${host.site.url}/demo/bare.html`);
        await page.waitForFunction(() =>
          document
            .querySelector('community-thread-list')
            ?.shadowRoot?.querySelector('[part~="item"]'),
        );
        assert.equal(await threadCount(page), 10, 'the default page size');
        assert.deepEqual(await axeViolations(page), [], `axe at ${width}px`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth > innerWidth,
        );
        assert.equal(overflow, false, `no horizontal scrolling at ${width}px`);
        assert.deepEqual(problems, []);
        assert.deepEqual(foreign, [], 'no request leaves the page’s own origin');
        await page.close();
      }
    });
  }

  it('is harmless when the script is loaded twice', async () => {
    const page = await host.browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${host.site.url}/test/e2e/pages/twice.html`);
    await page.waitForFunction(() =>
      document.querySelector('community-thread-list')?.shadowRoot?.querySelector('[part~="item"]'),
    );
    assert.equal(await threadCount(page), 3);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('works from another origin and path, like a CDN, loading its lazy chunks from there', async () => {
    const cdn = await serveRepo(
      { 'Access-Control-Allow-Origin': '*' },
      '/cdn/community-widgets@0.1.0',
    );
    const page = await host.browser.newPage();
    const problems = watchConsole(page);
    const chunkOrigins = new Set<string>();
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) chunkOrigins.add(new URL(response.url()).origin);
    });
    await page.goto(`${host.site.url}/demo/bare.html`);
    await page.setContent(`<!doctype html><html lang="en"><head><title>CDN</title>
      <script type="module" src="${cdn.url}/dist/community-widgets.js"></script></head>
      <body><community-thread-list page-size="4"></community-thread-list></body></html>`);
    await page.waitForFunction(() =>
      document.querySelector('community-thread-list')?.shadowRoot?.querySelector('[part~="item"]'),
    );
    assert.equal(await threadCount(page), 4);
    assert.ok(chunkOrigins.has(new URL(cdn.url).origin), 'chunks come from the CDN origin');
    assert.deepEqual(problems, []);
    await page.close();
    await cdn.close();
  });

  it('exposes configure() on window.CommunityWidgets', async () => {
    const page = await host.browser.newPage();
    await page.goto(`${host.site.url}/demo/bare.html`);
    await page.waitForFunction(() =>
      document.querySelector('community-thread-list')?.shadowRoot?.querySelector('[part~="item"]'),
    );
    await page.evaluate(() => {
      const widgets = (window as unknown as { CommunityWidgets: { configure(o: object): void } })
        .CommunityWidgets;
      widgets.configure({ theme: 'dark', brand: '#b00020' });
    });
    const brand = await page.evaluate(() =>
      getComputedStyle(document.querySelector('community-thread-list')!)
        .getPropertyValue('--community-brand')
        .trim(),
    );
    assert.equal(brand, '#b00020');
    await page.close();
  });
});
