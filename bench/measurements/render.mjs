// Render: time for <community-thread-list> to show N threads, against a
// hand-written createElement baseline with the same markup and styles,
// measured interleaved in one page. See bench/README.md.
import { newWatchedPage } from '../lib/watched-page.mjs';

const WARMUPS = 2;

/**
 * Budgets from issue 9: 50 threads painted within 1.3× the hand-written
 * baseline; 10,000 threads (virtualized) painted within 2× the list's own
 * 50-thread time, with at most 1/20 of the rows in the DOM.
 */
export const BUDGETS = { fiftyThreadsRatio: 1.3, virtualRatio: 2, virtualRowShare: 1 / 20 };
const VIRTUAL = { count: 10_000, runs: 9 };

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
/** A run that never finishes (a list that never loads) fails the group instead of hanging the bench. */
const withinSeconds = (seconds, promise) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`no result within ${seconds} s`)), seconds * 1000).unref(),
    ),
  ]);
const spread = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

export default {
  name: 'render',
  async run(context) {
    const { page, errors } = await newWatchedPage(context.browser);
    try {
      await page.goto(context.url('bench/pages/render.html'));
      await page.waitForFunction(() => window.bench?.ready, undefined, { timeout: 15_000 });
      const rows = [];
      let fiftyPainted;
      for (const { id, label, count, lists, runs } of CASES) {
        const time = (which) =>
          withinSeconds(
            30,
            page.evaluate(([w, c, l]) => window.bench.run(w, c, l), [which, count, lists]),
          );
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
          if (id === 'render.50' && phase === 'painted') fiftyPainted = median(list);
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
      rows.push(...(await virtualRows(page, errors, fiftyPainted, context)));
      return rows;
    } finally {
      await page.close();
    }
  },
};

/**
 * One list holding 10,000 threads, rendered through the virtualizer: time
 * until the rows filling the viewport are painted, against the list's own
 * 50-thread time, and how many rows the DOM holds.
 */
async function virtualRows(page, errors, fiftyPainted, context) {
  const samples = [];
  for (let run = 0; run < WARMUPS + VIRTUAL.runs; run++) {
    const result = await withinSeconds(
      30,
      page.evaluate((count) => window.bench.run('virtual', count), VIRTUAL.count),
    );
    if (errors.length) throw errors[0];
    if (run >= WARMUPS) samples.push(result);
  }
  const painted = samples.map((sample) => sample.painted);
  const domRows = Math.max(...samples.map((sample) => sample.rows));
  const nodes = Math.max(...samples.map((sample) => sample.nodes));
  context.log(
    `Render 10,000 threads (virtualized), painted: ${median(painted).toFixed(1)} ms [${spread(painted)}], ` +
      `${domRows} rows and ${nodes} elements in the DOM`,
  );
  return [
    {
      id: 'render.10000-virtual.painted',
      label: 'Render 10,000 threads (1 list, virtualized), painted',
      value: round(median(painted)),
      unit: 'ms',
      baseline: round(fiftyPainted),
      baselineLabel: 'list, 50',
      budget: { maxRatio: BUDGETS.virtualRatio },
      samples: { value: painted.map(round) },
    },
    {
      id: 'render.10000-virtual.dom-rows',
      label: 'Rows in the DOM, 10,000-thread list (most seen)',
      value: domRows,
      unit: 'rows',
      baseline: VIRTUAL.count,
      baselineLabel: 'threads',
      budget: { maxRatio: BUDGETS.virtualRowShare },
    },
  ];
}
