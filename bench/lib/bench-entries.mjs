// Bench-only modules built from the repository's TypeScript with esbuild
// (minified ESM in .cache/bench-entries/, served with the rest of the
// repository), for pages that need what the drop-in bundle does not export.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Builds bench/entries/<name>.js for each name; resolves to `{ name: '/.cache/bench-entries/name.js' }`. */
export async function buildBenchEntries(root, names) {
  const outdir = join(root, '.cache/bench-entries');
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(
      names.map((name) => [name, join(root, `bench/entries/${name}.js`)]),
    ),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    splitting: true,
    outdir,
    logLevel: 'error',
  });
  return Object.fromEntries(names.map((name) => [name, `/.cache/bench-entries/${name}.js`]));
}
