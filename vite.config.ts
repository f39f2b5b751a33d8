import { defineConfig } from 'vite';
import { minifyCssTemplatesPlugin } from './scripts/minify-css-templates.mjs';
import { minifyHtmlTemplatesPlugin } from './scripts/minify-html-templates.mjs';

/**
 * Two builds from one config:
 * - `vite build` (library): dist/index.js for bundler users, with Lit and the
 *   markdown libraries left as dependencies so an app shares one copy, plus
 *   one file per further entry in package.json's `exports` (each adapter,
 *   the React wrappers). Entries share chunks, so an app that imports two of
 *   them still gets one copy of each element. Not minified: the app's bundler
 *   minifies, and a readable dist is easier to debug.
 * - `vite build --mode drop-in`: dist/community-widgets.js for a script tag,
 *   with Lit, the provider and the thread list (nearly every page has one;
 *   as chunks of their own the list and the code it shares with the other
 *   widgets cost a one-list page 3 kB more gzip than inside the bundle);
 *   the other widgets, each adapter and language, the markdown pipeline,
 *   the virtualizer and the demo data are chunks in dist/community-widgets/,
 *   loaded by relative URL so the bundle works from any origin or CDN path.
 *   Minified, CSS inside css`` templates too, and the indentation inside
 *   html`` templates.
 */
const external = [
  /^lit($|\/)/,
  /^@lit\//,
  /^@lit-labs\//,
  /^marked($|\/)/,
  /^dompurify($|\/)/,
  /^react($|\/)/,
  /^react-dom($|\/)/,
];

/** Library entries, named by their path in dist/ (see package.json `exports`). */
const libraryEntries = {
  index: 'src/index.ts',
  react: 'src/react/index.ts',
  'adapters/memory': 'src/adapters/memory/index.ts',
  'adapters/rest': 'src/adapters/rest/index.ts',
  'adapters/discourse': 'src/adapters/discourse/index.ts',
};

// es2022: what the bundles may assume. Decorators are TypeScript's (see
// tsconfig.json), which esbuild compiles to one small helper call each.
const esbuild = { target: 'es2022' };

export default defineConfig(({ mode }) =>
  mode === 'drop-in'
    ? {
        esbuild,
        // Relative, so Vite's preloading of a lazy chunk's own imports asks
        // for them next to this file (`new URL(chunk, import.meta.url)`), not
        // at the root of whatever page loaded the bundle.
        base: './',
        // Lit's production build whatever NODE_ENV the shell has (with NODE_ENV=test,
        // Vite picks the `development` export condition: Lit's dev mode, 3× the bytes).
        resolve: { conditions: ['module', 'browser', 'production'] },
        plugins: [minifyCssTemplatesPlugin(), minifyHtmlTemplatesPlugin()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: true,
          // terser, two passes: 2 % less gzip than esbuild's minifier on
          // every file (0.5 kB on this bundle, 1.6 kB across all widgets).
          minify: 'terser',
          terserOptions: { compress: { passes: 2 } },
          rollupOptions: {
            input: { 'community-widgets': 'src/drop-in.ts' },
            preserveEntrySignatures: 'allow-extension',
            output: {
              format: 'es',
              entryFileNames: '[name].js',
              chunkFileNames: 'community-widgets/[name]-[hash].js',
            },
          },
        },
      }
    : {
        esbuild,
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: true,
          minify: false,
          lib: {
            entry: libraryEntries,
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
          rollupOptions: {
            external,
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Keep the names of what chunks export, so a stack trace reads.
              minifyInternalExports: false,
              // The package ships src/, which these maps point at; copies inside
              // them would only double the install size.
              sourcemapExcludeSources: true,
            },
          },
        },
      },
);
