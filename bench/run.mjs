// `npm run bench`: measures size and speed against baselines taken in the
// same run, prints a table and writes bench/results.json. See bench/README.md.
//
// Each figure group is a module in bench/measurements/ exporting
// `{ name, run(context) }`; run returns rows (see `Row` below). Add a module
// and list it in MEASUREMENTS to add figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { formatTable, finishRow } from './lib/rows.mjs';

/**
 * @typedef {object} Row
 * @property {string} id            stable key, e.g. `bytes.drop-in`
 * @property {string} label         what the figure is, for people
 * @property {number | null} value  null when the figure cannot be measured yet
 * @property {'B' | 'ms'} unit
 * @property {number} [baseline]    the same quantity for the baseline, same unit
 * @property {string} [baselineLabel]
 * @property {number} [ratio]       value / baseline (filled in when absent)
 * @property {{ max?: number, maxRatio?: number }} [budget]
 * @property {boolean} [withinBudget] (filled in from budget)
 * @property {string} [skipped]     why the figure has no value yet
 */

const MEASUREMENTS = [
  './measurements/bytes.mjs',
  './measurements/requests.mjs',
  './measurements/markdown.mjs',
  './measurements/render.mjs',
  './measurements/tag-search.mjs',
  './measurements/memory.mjs',
];

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2); // `node bench/run.mjs render` runs one group

const build = ensureFreshBuild();
const loadAtStart = loadavg()[0];
if (loadAtStart > cpus().length) {
  console.warn(
    `⚠ The machine is busy (load ${loadAtStart.toFixed(1)} on ${cpus().length} CPUs): timings will be noisy.`,
  );
}
const chromiumPath = ensureChromium();
const server = await startStaticServer(root);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  // Less waiting for vsync in "until a frame is painted" (here the first
  // requestAnimationFrame after a change came in ~3 ms instead of ~14 ms;
  // later frames still tick at ~60 Hz), and gc() so runs start from a
  // collected heap.
  args: [
    ...CHROMIUM_ARGS,
    '--disable-frame-rate-limit',
    '--disable-gpu-vsync',
    '--js-flags=--expose-gc',
  ],
});
const chromiumVersion = browser.version();

const notes = [];
const context = {
  root,
  browser,
  /** http://127.0.0.1:<port>/ serving the repository root. */
  origin: server.origin,
  url: (path) => new URL(path, server.origin).href,
  /** Extra text printed after the table and kept in results.json (e.g. breakdowns). */
  note: (title, lines) => notes.push({ title, lines }),
  log: (message) => console.log(`  ${message}`),
};

const rows = [];
let failed = false;
try {
  for (const path of MEASUREMENTS) {
    const { name, run } = (await import(path)).default;
    if (only.length && !only.includes(name)) continue;
    console.log(`▶ ${name}`);
    const started = performance.now();
    try {
      rows.push(...(await run(context)).map(finishRow));
    } catch (error) {
      failed = true;
      console.error(`✖ ${name} failed:`, error);
    }
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `\nChromium ${chromiumVersion}, Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}\n`,
);
console.log(formatTable(rows));
for (const { title, lines } of notes)
  console.log(`\n${title}\n${lines.map((l) => `  ${l}`).join('\n')}`);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: chromiumVersion,
  cpus: cpus().length,
  /** `up to date`, `rebuilt`, or `build failed` (what dist/ held was measured; it may be stale). */
  build,
  // 1-minute load average: timings taken on a busy machine are noisy.
  loadAverage: { start: round(loadAtStart), end: round(loadavg()[0]) },
  rows,
  notes,
};
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
if (failed) process.exitCode = 1;

function round(value) {
  return Math.round(value * 100) / 100;
}

/** Builds dist/ when the drop-in bundle is missing or older than any source file. */
function ensureFreshBuild() {
  const bundle = join(root, 'dist/community-widgets.js');
  const builtAt = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const newest = newestSource(join(root, 'src'));
  if (builtAt && builtAt >= newest) return 'up to date';
  console.log(builtAt ? '▶ dist/ is older than src/: building' : '▶ No dist/: building');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    if (!existsSync(bundle)) {
      console.error('✖ The build failed and there is no dist/community-widgets.js to measure.');
      process.exit(result.status ?? 1);
    }
    console.warn('⚠ The build failed; measuring the dist/ that is there (it may be stale).');
    return 'build failed';
  }
  return 'rebuilt';
}

/** Newest mtime under dir, ignoring tests (they are not in dist/). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!/\.test\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
