// Memory: the JS heap after garbage collection, before and after 1,000 filter
// changes on a thread list and after 100 connect/disconnect cycles of all four
// widgets, and how many removed widgets are still alive. See bench/README.md.
import { buildBenchEntries } from '../lib/bench-entries.mjs';
import { newWatchedPage } from '../lib/watched-page.mjs';

const FILTER_CHANGES = 1000;
const CYCLES = 100;
const WARMUP_CYCLES = 5;

/**
 * Budgets from issue 9 ("no growth beyond noise"): a heap may move by about
 * a megabyte between two collections of an idle page (V8's pools, compiled
 * code, Intl data), so growth up to 1 MB counts as noise. Removed widgets
 * still alive after a collection are a leak at any number above 0.
 */
export const BUDGETS = { growthBytes: 1_000_000, retainedWidgets: 0 };

export default {
  name: 'memory',
  async run(context) {
    const { 'memory-adapter': adapterUrl } = await buildBenchEntries(context.root, [
      'memory-adapter',
    ]);
    const { page, errors } = await newWatchedPage(context.browser);
    const cdp = await page.context().newCDPSession(page);
    const heapAfterGc = async () => {
      for (let pass = 0; pass < 3; pass++) {
        await cdp.send('HeapProfiler.collectGarbage');
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      }
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    try {
      await page.goto(context.url('bench/pages/memory.html'));
      await page.evaluate(setUpPage, { adapterUrl });

      // 1,000 filter changes: a list cycling through filters (cached after the first round).
      await page.evaluate(() => window.bench.changeFilters(40));
      const filtersBefore = await heapAfterGc();
      await page.evaluate((count) => window.bench.changeFilters(count), FILTER_CHANGES / 2);
      const filtersHalfway = await heapAfterGc();
      await page.evaluate((count) => window.bench.changeFilters(count), FILTER_CHANGES / 2);
      const filtersAfter = await heapAfterGc();
      if (errors.length) throw errors[0];

      // 100 cycles of creating, showing and removing all four widgets.
      await page.evaluate((count) => window.bench.cycleWidgets(count), WARMUP_CYCLES);
      const cyclesBefore = await heapAfterGc();
      await page.evaluate((count) => window.bench.cycleWidgets(count), CYCLES / 2);
      const cyclesHalfway = await heapAfterGc();
      await page.evaluate((count) => window.bench.cycleWidgets(count), CYCLES / 2);
      const cyclesAfter = await heapAfterGc();
      const retained = await page.evaluate(() => window.bench.aliveRemovedWidgets());
      if (errors.length) throw errors[0];

      const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
      // A leak grows with every change; warming up (compiled code, caches filling) grows once.
      context.note('Heap after gc (JS heap, CDP Runtime.getHeapUsage)', [
        `filter changes: ${kB(filtersBefore)} before, ${kB(filtersHalfway)} after ${FILTER_CHANGES / 2}, ${kB(filtersAfter)} after ${FILTER_CHANGES}`,
        `widget cycles:  ${kB(cyclesBefore)} before, ${kB(cyclesHalfway)} after ${CYCLES / 2}, ${kB(cyclesAfter)} after ${CYCLES}`,
      ]);
      context.log(
        `Heap after ${FILTER_CHANGES} filter changes: ${kB(filtersBefore)} → ${kB(filtersAfter)}; ` +
          `after ${CYCLES} widget cycles: ${kB(cyclesBefore)} → ${kB(cyclesAfter)}, ` +
          `${retained.alive} of ${retained.removed} removed widgets still alive`,
      );
      return [
        {
          id: 'memory.filter-changes.growth',
          label: `Heap growth, ${FILTER_CHANGES.toLocaleString('en')} filter changes (after gc)`,
          value: filtersAfter - filtersBefore,
          unit: 'B',
          baseline: filtersBefore,
          baselineLabel: 'heap before',
          budget: { max: BUDGETS.growthBytes },
        },
        {
          id: 'memory.widget-cycles.growth',
          label: `Heap growth, ${CYCLES} connect/disconnect cycles of 4 widgets (after gc)`,
          value: cyclesAfter - cyclesBefore,
          unit: 'B',
          baseline: cyclesBefore,
          baselineLabel: 'heap before',
          budget: { max: BUDGETS.growthBytes },
        },
        {
          id: 'memory.widget-cycles.retained',
          label: `Removed widgets still alive after gc (of ${retained.removed})`,
          value: retained.alive,
          unit: 'widgets',
          budget: { max: BUDGETS.retainedWidgets },
        },
      ];
    } finally {
      await page.close();
    }
  },
};

/**
 * In the page: `bench.changeFilters(n)` changes one list's filters n times
 * (tags, sort, status and text in rotation), waiting for each result;
 * `bench.cycleWidgets(n)` n times builds a provider with all four widgets,
 * waits until each shows its content, and removes it, keeping only a WeakRef;
 * `bench.aliveRemovedWidgets()` counts those the collector could not free.
 */
async function setUpPage({ adapterUrl }) {
  const { createMemoryAdapter } = await import(adapterUrl);
  await window.CommunityWidgets.defineAll();
  const stage = document.getElementById('stage');
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const until = async (condition, what) => {
    for (let frame = 0; frame < 600; frame++) {
      if (condition()) return;
      await nextFrame();
    }
    throw new Error(`memory bench: ${what} never showed`);
  };
  const shows = (element, selector) => element.shadowRoot?.querySelector(selector) != null;

  // One adapter for the page, as a portal has: its demo community and request cache stay.
  const adapter = createMemoryAdapter();
  const tags = (await adapter.searchTags('', { limit: 8 })).map((tag) => tag.name);

  const filterProvider = document.createElement('community-provider');
  filterProvider.adapter = adapter;
  const list = document.createElement('community-thread-list');
  filterProvider.append(list);
  stage.append(filterProvider);
  await until(() => shows(list, '[part~="item"], .empty'), 'the filtered list');
  const filters = [
    ...tags.map((tag) => ({ tags: [tag] })),
    { sort: 'top' },
    { sort: 'new' },
    { status: 'solved' },
    { status: 'unsolved' },
    { query: 'sync' },
    { query: 'export' },
    { tags: tags.slice(0, 2) },
    {},
  ];
  let step = 0;
  const changeFilters = async (count) => {
    for (let change = 0; change < count; change++) {
      const filter = filters[step++ % filters.length];
      const loaded = new Promise((resolve) =>
        list.addEventListener('community-load', resolve, { once: true }),
      );
      list.tags = filter.tags ?? [];
      list.sort = filter.sort ?? 'latest';
      list.status = filter.status ?? 'any';
      list.query = filter.query;
      await loaded;
      await list.updateComplete;
    }
  };

  const removed = [];
  const cycleWidgets = async (count) => {
    // Near the top of the page, so they load at once instead of waiting for a scroll.
    filterProvider.remove();
    for (let cycle = 0; cycle < count; cycle++) {
      const provider = document.createElement('community-provider');
      provider.adapter = adapter;
      const widgets = {
        card: document.createElement('community-welcome-card'),
        pinned: document.createElement('community-pinned-posts'),
        search: document.createElement('community-tag-search'),
        list: document.createElement('community-thread-list'),
      };
      widgets.search.setAttribute('for', 'cycled-list');
      widgets.list.id = 'cycled-list';
      provider.append(...Object.values(widgets));
      stage.append(provider);
      await until(
        () =>
          shows(widgets.card, '[part~="title"]') &&
          shows(widgets.pinned, '[part~="item"]') &&
          shows(widgets.search, '[role="combobox"]') &&
          shows(widgets.list, '[part~="item"]'),
        'all four widgets',
      );
      provider.remove();
      removed.push(...[provider, ...Object.values(widgets)].map((element) => new WeakRef(element)));
    }
  };
  const aliveRemovedWidgets = () => ({
    removed: removed.length,
    alive: removed.filter((ref) => ref.deref() !== undefined).length,
  });

  window.bench = { changeFilters, cycleWidgets, aliveRemovedWidgets };
}
