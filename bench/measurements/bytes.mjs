// Bytes: what the drop-in bundle weighs, and what a page with one thread list
// actually fetches, all gzip -9, against Lit alone. See bench/README.md.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { groupOf, sourceMapBreakdown } from '../lib/source-map-breakdown.mjs';
import { newWatchedPage } from '../lib/watched-page.mjs';

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const ELEMENTS = [
  'community-provider',
  'community-thread-list',
  'community-pinned-posts',
  'community-tag-search',
  'community-welcome-card',
];

/** Budgets from issue 9, in bytes of gzip JS (1 kB = 1000 B). */
export const BUDGETS = {
  oneList: 20_000,
  allWidgetsWithMarkdown: 45_000,
};

export default {
  name: 'bytes',
  async run(context) {
    const lit = await bundledGzip(context.root, "export * from 'lit';");
    const baseline = { baseline: lit, baselineLabel: 'Lit' };
    context.log(`Lit alone: ${kB(lit)} gzip`);

    const bundlePath = join(context.root, 'dist/community-widgets.js');
    const bundle = gzipSize(await readFile(bundlePath));

    const memoryPage = await pageScripts(context, 'bench/pages/thread-list-memory.html');
    const { startRestServer } = await tsImport('../../server/rest-server.ts', import.meta.url);
    const [restPage, pinnedPage, allWidgetsPage] = await whileServing(
      await startRestServer({ port: 0 }),
      async (api) => [
        await backendPage(context, 'rest', api),
        await backendPage(context, 'rest', api, { pinned: true }),
        await pageScripts(context, `bench/pages/all-widgets-rest.html?api=${api}`, openPinnedPosts),
      ],
    );
    // The Discourse look-alike the browser tests use, serving the recorded fixtures.
    const { startDiscourseServer } = await tsImport(
      '../../test/helpers/discourse-server.ts',
      import.meta.url,
    );
    const [discoursePage, discoursePinnedPage] = await whileServing(
      await startDiscourseServer(),
      async (api) => [
        await backendPage(context, 'discourse', api),
        await backendPage(context, 'discourse', api, { pinned: true }),
      ],
    );

    for (const [title, page] of [
      ['JS fetched by one <community-thread-list>, memory adapter (gzip -9 each)', memoryPage],
      ['JS fetched by one <community-thread-list>, rest adapter (gzip -9 each)', restPage],
      [
        'JS fetched by one <community-thread-list>, discourse adapter (gzip -9 each)',
        discoursePage,
      ],
      ['JS fetched by a list and opened pinned posts, rest adapter (gzip -9 each)', pinnedPage],
      [
        'JS fetched by a list and opened pinned posts, discourse adapter (gzip -9 each)',
        discoursePinnedPage,
      ],
      ['JS fetched by all four widgets with markdown shown, rest adapter', allWidgetsPage],
    ]) {
      context.note(
        title,
        page.files.map((file) => `${kB(file.gzip).padStart(8)}  ${file.path}`),
      );
    }
    noteBundleBreakdown(context, bundlePath);
    await noteFloors(context, lit);

    return [
      {
        id: 'bytes.lit',
        label: 'Lit alone (esbuild, minified, gzip)',
        value: lit,
        unit: 'B',
      },
      {
        id: 'bytes.drop-in',
        label: 'dist/community-widgets.js (gzip)',
        value: bundle,
        unit: 'B',
        ...baseline,
      },
      {
        id: 'bytes.page.one-list-memory',
        label: 'Page JS: one list, memory adapter',
        value: memoryPage.gzip,
        unit: 'B',
        ...baseline,
      },
      {
        id: 'bytes.page.one-list-rest',
        label: 'Page JS: one list, rest adapter',
        value: restPage.gzip,
        unit: 'B',
        ...baseline,
        budget: { max: BUDGETS.oneList },
      },
      {
        id: 'bytes.page.one-list-discourse',
        label: 'Page JS: one list, discourse adapter',
        value: discoursePage.gzip,
        unit: 'B',
        ...baseline,
        budget: { max: BUDGETS.oneList },
      },
      {
        id: 'bytes.page.list-with-pinned-rest',
        label: 'Page JS: list + pinned posts opened (markdown), rest',
        value: pinnedPage.gzip,
        unit: 'B',
        baseline: restPage.gzip,
        baselineLabel: 'without pinned',
      },
      {
        // Discourse sends bodies as `cooked` HTML: the sanitizer, never marked.
        id: 'bytes.page.list-with-pinned-discourse',
        label: 'Page JS: list + pinned posts opened (cooked HTML), discourse',
        value: discoursePinnedPage.gzip,
        unit: 'B',
        baseline: discoursePage.gzip,
        baselineLabel: 'without pinned',
      },
      {
        id: 'bytes.page.all-widgets-markdown',
        label: 'Page JS: all four widgets, markdown shown, rest',
        value: allWidgetsPage.gzip,
        unit: 'B',
        ...baseline,
        budget: { max: BUDGETS.allWidgetsWithMarkdown },
      },
    ];
  },
};

/** Lit's own packages, left out when a package that builds on Lit is measured alone. */
const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];
const LIT_AND_CORE = [...LIT, '@lit/reactive-element', '@lit/reactive-element/*'];

/** gzip size of a minified ESM bundle of `source` (e.g. everything `lit` exports), without `external`. */
async function bundledGzip(root, source, external = []) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-bundle-'));
  try {
    const outfile = join(dir, 'lit.js');
    await build({
      stdin: { contents: source, resolveDir: root, loader: 'js' },
      external,
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      outfile,
      logLevel: 'warning',
    });
    return gzipSize(await readFile(outfile));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Loads a page in a fresh browser context (empty cache), waits until the
 * thread list shows threads and the network is quiet, and sums every JS
 * response it received, each gzipped here at level 9.
 */
async function pageScripts(context, path, interact = async () => {}) {
  const browserContext = await context.browser.newContext();
  const { page, errors } = await newWatchedPage(browserContext);
  const bodies = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    const isScript = response.request().resourceType() === 'script' || url.pathname.endsWith('.js');
    if (!isScript || !response.ok()) return;
    bodies.push(
      response
        .body()
        .then((body) => ({ path: url.pathname, raw: body.length, gzip: gzipSize(body) })),
    );
  });
  try {
    await page.goto(context.url(path));
    await page.waitForFunction(
      () =>
        (document
          .querySelector('community-thread-list')
          ?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0,
      undefined,
      { timeout: 15_000, polling: 50 },
    );
    await interact(page);
    await page.waitForLoadState('networkidle');
    if (errors.length) throw errors[0];
    const defined = await page.evaluate(
      (names) => names.filter((name) => customElements.get(name)),
      ELEMENTS,
    );
    const files = (await Promise.all(bodies)).sort((a, b) => b.gzip - a.gzip);
    return { files, defined, gzip: files.reduce((sum, file) => sum + file.gzip, 0) };
  } finally {
    await browserContext.close();
  }
}

/** `measure(the server's URL, encoded for a query)` while `server` runs; closes it after. */
async function whileServing(server, measure) {
  try {
    return await measure(encodeURIComponent(server.url));
  } finally {
    await server.close();
  }
}

/**
 * The page of one list on `adapter`'s server at `api`; with `pinned`, pinned
 * posts above it, every one opened.
 */
function backendPage(context, adapter, api, { pinned = false } = {}) {
  const query = `adapter=${adapter}${pinned ? '&pinned' : ''}&api=${api}`;
  return pageScripts(
    context,
    `bench/pages/thread-list-backend.html?${query}`,
    pinned ? openPinnedPosts : undefined,
  );
}

/** Opens every pinned post and waits until a markdown body shows, so its code is counted. */
async function openPinnedPosts(page) {
  await page.waitForFunction(
    () =>
      document
        .querySelector('community-pinned-posts')
        ?.shadowRoot?.querySelector('[aria-expanded]'),
    undefined,
    { timeout: 15_000, polling: 50 },
  );
  await page.evaluate(() => {
    const root = document.querySelector('community-pinned-posts').shadowRoot;
    for (const button of root.querySelectorAll('button[aria-expanded="false"]')) button.click();
  });
  await page.waitForFunction(
    () =>
      (document
        .querySelector('community-pinned-posts')
        ?.shadowRoot?.querySelectorAll('[part~="body"] p, [part~="body"] li').length ?? 0) > 0,
    undefined,
    { timeout: 15_000, polling: 50 },
  );
}

/**
 * What the all-widgets budget has to hold before any widget code: Lit, the
 * runtime packages and the markdown libraries, each bundled alone by esbuild
 * (minified, gzip; those built on Lit without Lit), as the budget
 * reasoning counts them.
 */
async function noteFloors(context, lit) {
  const alone = (source, external) => bundledGzip(context.root, source, external);
  const floors = [
    ['lit', lit],
    ['@lit/task (without Lit)', await alone("export * from '@lit/task';", LIT_AND_CORE)],
    ['@lit/context (without Lit)', await alone("export * from '@lit/context';", LIT_AND_CORE)],
    ['marked', await alone("export * from 'marked';")],
    ['dompurify', await alone("export { default } from 'dompurify';")],
    [
      '@lit-labs/virtualizer: virtualize + flow layout (without Lit)',
      await alone(
        "export * from '@lit-labs/virtualizer/virtualize.js'; export * from '@lit-labs/virtualizer/layouts/flow.js';",
        LIT,
      ),
    ],
  ];
  const sum = floors.slice(0, 5).reduce((total, [, size]) => total + size, 0);
  context.note('Packages alone (esbuild, minified, gzip -9, each on its own)', [
    ...floors.map(([name, size]) => `${kB(size).padStart(8)}  ${name}`),
    `${kB(sum).padStart(8)}  lit + @lit/task + @lit/context + marked + dompurify, before any widget code`,
  ]);
}

/** The drop-in bundle's top contributors, from its source map. */
function noteBundleBreakdown(context, bundlePath) {
  const { bytes, sources } = sourceMapBreakdown(bundlePath);
  const groups = new Map();
  for (const { source, bytes: size } of sources) {
    const group = groupOf(source);
    groups.set(group, (groups.get(group) ?? 0) + size);
  }
  const percent = (size) => `${((100 * size) / bytes).toFixed(1).padStart(5)} %`;
  const line = ([name, size]) => `${kB(size).padStart(8)} ${percent(size)}  ${name}`;
  context.note(
    `dist/community-widgets.js by package / src folder (minified bytes, ${kB(bytes)} in all)`,
    [...[...groups].sort((a, b) => b[1] - a[1]).map(line)],
  );
  context.note(
    'dist/community-widgets.js: top 15 source files (minified bytes)',
    sources
      .slice(0, 15)
      .map(({ source, bytes: size }) => line([source.replace(/^(\.\.\/)+/, ''), size])),
  );
}
