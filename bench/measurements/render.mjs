// Render: time for <community-thread-list> to show N threads, against a
// hand-written createElement baseline with the same markup and styles,
// measured interleaved in one page. See bench/README.md.

const WARMUPS = 2;

/** Budget from issue 9: 50 threads painted within 1.3× the hand-written baseline. */
export const BUDGETS = { fiftyThreadsRatio: 1.3 };

// A list renders at most 100 threads at once (page-size is capped at 100), so
// 1,000 threads are ten lists of 100 on one page, against ten baseline lists.
const CASES = [
  { id: 'render.50', label: '50 threads (1 list)', count: 50, lists: 1, runs: 15 },
  {
    id: 'render.100',
    label: '100 threads (1 list, page-size cap)',
    count: 100,
    lists: 1,
    runs: 11,
  },
  { id: 'render.1000', label: '1,000 threads (10 lists × 100)', count: 1000, lists: 10, runs: 7 },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => Math.round(value * 100) / 100;
const spread = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

export default {
  name: 'render',
  async run(context) {
    const page = await context.browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    try {
      await page.goto(context.url('bench/pages/render.html'));
      await page.waitForFunction(() => window.bench?.ready, undefined, { timeout: 15_000 });
      const rows = [];
      for (const { id, label, count, lists, runs } of CASES) {
        const time = (which) =>
          page.evaluate(([w, c, l]) => window.bench.run(w, c, l), [which, count, lists]);
        const samples = { list: [], baseline: [] };
        for (let run = 0; run < WARMUPS + runs; run++) {
          // Interleaved, alternating who goes first, so drift hits both alike.
          const order = run % 2 ? ['baseline', 'list'] : ['list', 'baseline'];
          for (const which of order) {
            const times = await time(which);
            if (errors.length) throw errors[0];
            if (run >= WARMUPS) samples[which].push(times);
          }
        }
        for (const [phase, phaseLabel] of [
          ['painted', `Render ${label}, painted`],
          ['inDom', `Render ${label}, in DOM (script)`],
        ]) {
          const list = samples.list.map((times) => times[phase]);
          const baseline = samples.baseline.map((times) => times[phase]);
          context.log(
            `${phaseLabel}: list ${median(list).toFixed(1)} ms [${spread(list)}], ` +
              `by hand ${median(baseline).toFixed(1)} ms [${spread(baseline)}]`,
          );
          rows.push({
            id: `${id}.${phase === 'painted' ? 'painted' : 'in-dom'}`,
            label: phaseLabel,
            value: round(median(list)),
            unit: 'ms',
            baseline: round(median(baseline)),
            baselineLabel: 'by hand',
            ratio: median(list) / median(baseline),
            ...(id === 'render.50' &&
              phase === 'painted' && { budget: { maxRatio: BUDGETS.fiftyThreadsRatio } }),
            samples: { value: list.map(round), baseline: baseline.map(round) },
          });
        }
      }
      return rows;
    } finally {
      await page.close();
    }
  },
};
