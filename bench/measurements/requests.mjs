// Requests a portal with every widget makes: on first load (budget: one per
// distinct resource, however many widgets ask for it) and after every widget
// re-renders inside the freshness window (budget: none at all).
import { tsImport } from 'tsx/esm/api';

const WIDGETS = [
  'community-welcome-card',
  'community-pinned-posts',
  'community-tag-search',
  'community-thread-list',
];

export default {
  name: 'requests',
  async run(context) {
    const { startRestServer } = await tsImport('../../server/rest-server.ts', import.meta.url);
    const rest = await startRestServer({ port: 0 });
    const browserContext = await context.browser.newContext();
    const page = await browserContext.newPage();
    const requests = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(rest.url) && request.method() !== 'OPTIONS') {
        requests.push(`${request.method()} ${url.slice(rest.url.length)}`);
      }
    });
    // Notes each widget that has loaded its content (community-load bubbles out of every widget).
    await page.addInitScript(() => {
      window.loadedWidgets = new Set();
      document.addEventListener('community-load', (event) =>
        window.loadedWidgets.add(event.target),
      );
    });
    try {
      await page.goto(
        context.url(`bench/pages/portal-requests.html?api=${encodeURIComponent(rest.url)}`),
      );
      // Widgets far from the viewport load only when they near it, so bring
      // each one into view, top to bottom, as a reader would, and wait until
      // it has loaded. (The tag search asks nothing until someone types.)
      const loading = page.locator(
        'community-welcome-card, community-pinned-posts, community-thread-list',
      );
      for (const widget of await loading.all()) {
        // Not Playwright's scrolling: a widget whose code has not arrived yet is empty, so "not visible".
        await widget.evaluate((element) => element.scrollIntoView({ block: 'center' }));
        await page.waitForFunction(
          (element) => window.loadedWidgets.has(element),
          await widget.elementHandle(),
          { timeout: 15_000, polling: 'raf' },
        );
      }
      await page.waitForLoadState('networkidle');
      const firstLoad = [...requests];
      const distinct = new Set(firstLoad).size;
      const present = await page.evaluate(
        (names) => names.filter((name) => customElements.get(name) && document.querySelector(name)),
        WIDGETS,
      );

      // Re-render everything: a theme change reaches every widget through the provider.
      await page.evaluate(async () => {
        const provider = document.querySelector('community-provider');
        provider.setAttribute('theme', 'dark');
        const widgets = [...provider.children];
        for (const widget of widgets) widget.requestUpdate?.();
        await Promise.all(widgets.map((widget) => widget.updateComplete));
      });
      await page.waitForTimeout(300);
      await page.waitForLoadState('networkidle');
      const afterRerender = requests.length - firstLoad.length;

      context.note('Requests on first load (portal with every widget, rest adapter)', [
        `widgets on the page: ${present.join(', ')}`,
        ...firstLoad,
      ]);
      return [
        {
          id: 'requests.first-load',
          label: 'Requests, portal with all widgets, first load',
          value: firstLoad.length,
          unit: 'req',
          baseline: distinct,
          baselineLabel: 'distinct resources',
          budget: { maxRatio: 1 },
        },
        {
          id: 'requests.rerender',
          label: 'Requests after every widget re-renders',
          value: afterRerender,
          unit: 'req',
          budget: { max: 0 },
        },
      ];
    } finally {
      await browserContext.close();
      await rest.close();
    }
  },
};
