// Markdown throughput: our whole pipeline (marked, DOMPurify with the strict
// allowlist and URL hook, heading demotion, image policy) against raw marked +
// DOMPurify with defaults, on the demo community's pinned posts and a
// Discourse `cooked`-sized post, interleaved in one page.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';

const ROUNDS = 9;
const RENDERS_PER_ROUND = 40;

export default {
  name: 'markdown',
  async run(context) {
    const outdir = join(context.root, '.cache/bench-markdown');
    await rm(outdir, { recursive: true, force: true });
    await mkdir(outdir, { recursive: true });
    await build({
      entryPoints: {
        pipeline: join(context.root, 'bench/entries/pipeline.js'),
        raw: join(context.root, 'bench/entries/raw-markdown.js'),
      },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      outdir,
      logLevel: 'error',
    });

    const { createDemoCommunity } = await tsImport(
      '../../src/adapters/memory/demo-community.ts',
      import.meta.url,
    );
    const pinned = createDemoCommunity(new Date())
      .threads.filter((thread) => thread.body?.markdown)
      .map((thread) => thread.body.markdown);
    // A long support answer: the pinned bodies repeated into about 20 kB.
    const long = pinned.join('\n\n').repeat(Math.ceil(20_000 / pinned.join('').length));
    const bodies = [...pinned, long];

    const page = await context.browser.newPage();
    try {
      await page.goto(context.url('bench/pages/markdown.html'));
      const result = await page.evaluate(
        async ({ bodies, rounds, renders }) => {
          const ours = await import('/.cache/bench-markdown/pipeline.js');
          const raw = await import('/.cache/bench-markdown/raw.js');
          const out = document.getElementById('out');
          const runOurs = async () => {
            for (let i = 0; i < renders; i++) {
              for (const markdown of bodies)
                out.replaceChildren(await ours.renderBody({ markdown }));
            }
          };
          const runRaw = async () => {
            for (let i = 0; i < renders; i++) {
              for (const markdown of bodies) out.replaceChildren(raw.renderRaw(markdown));
            }
          };
          const time = async (run) => {
            const started = performance.now();
            await run();
            return performance.now() - started;
          };
          await runOurs();
          await runRaw();
          const samples = { ours: [], raw: [] };
          for (let round = 0; round < rounds; round++) {
            const order =
              round % 2
                ? [
                    ['raw', runRaw],
                    ['ours', runOurs],
                  ]
                : [
                    ['ours', runOurs],
                    ['raw', runRaw],
                  ];
            for (const [name, run] of order) samples[name].push(await time(run));
          }
          return { samples, bytes: bodies.reduce((sum, body) => sum + body.length, 0) };
        },
        { bodies, rounds: ROUNDS, renders: RENDERS_PER_ROUND },
      );
      const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const perBody = (ms) => ms / (RENDERS_PER_ROUND * bodies.length);
      const ours = perBody(median(result.samples.ours));
      const raw = perBody(median(result.samples.raw));
      const kBPerSecond = (ms) => Math.round(result.bytes / bodies.length / 1000 / (ms / 1000));
      context.note('Markdown throughput', [
        `${bodies.length} bodies (${(result.bytes / 1000).toFixed(1)} kB of markdown), ${RENDERS_PER_ROUND} renders each per round, median of ${ROUNDS} rounds`,
        `ours: ${kBPerSecond(ours)} kB/s of markdown, raw marked + DOMPurify: ${kBPerSecond(raw)} kB/s`,
      ]);
      return [
        {
          id: 'markdown.per-body',
          label: 'Markdown body to sanitized DOM (mean per body)',
          value: ours,
          unit: 'ms',
          baseline: raw,
          baselineLabel: 'raw marked + DOMPurify',
        },
      ];
    } finally {
      await page.close();
    }
  },
};
