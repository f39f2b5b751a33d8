// Pages where the library meets itself or a stranger: the drop-in beside an
// app's own bundle must share one configuration, and a name another script
// took must be said in the console and must never lead to demo data.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumAndSite, watchConsole } from './harness.js';

/** The text a person sees in a widget's shadow root. */
function widgetText(selector: string): string {
  const widget = document.querySelector(selector);
  return widget?.shadowRoot?.textContent ?? '';
}

describe('copies of the library and names already taken', () => {
  const host = chromiumAndSite();

  it('the drop-in loaded before an app’s bundle: the app’s configure() reaches its widgets', async () => {
    const page = await host.browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${host.site.url}/test/e2e/pages/drop-in-then-app.html`);
    const shown = await page
      .waitForFunction(
        () =>
          document
            .querySelector('community-thread-list')
            ?.shadowRoot?.textContent?.includes('Configured by the app'),
        undefined,
        { timeout: 10_000 },
      )
      .then(() => true)
      .catch(() => false);
    const text = await page.evaluate(widgetText, 'community-thread-list');
    assert.ok(
      shown,
      `the list shows the app's thread, not the demo community: "${text.slice(0, 200)}"`,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a page that already defines <community-provider>: said in the console, and no demo data', async () => {
    const page = await host.browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${host.site.url}/test/e2e/pages/name-taken.html`);
    for (const widget of ['community-thread-list', 'community-welcome-card']) {
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[role="alert"]'),
        widget,
        { timeout: 10_000 },
      );
      const text = await page.evaluate(widgetText, widget);
      assert.match(text, /not set up correctly/, `${widget} says what is wrong`);
      assert.doesNotMatch(text, /Sam Rivera|Welcome,/, `${widget} shows no demo data`);
    }
    assert.ok(
      problems.some(
        (problem) =>
          problem.startsWith('console.error') && problem.includes('<community-provider>'),
      ),
      `the console names the taken element: ${problems.join(' | ')}`,
    );
    await page.close();
  });
});
