import { defineConfig } from 'vite';

/**
 * Two builds from one config:
 * - `vite build` (library): dist/index.js for bundler users, with Lit and the
 *   markdown libraries left as dependencies so an app shares one copy.
 * - `vite build --mode drop-in`: dist/community-widgets.js for a script tag,
 *   everything inside, lazy pieces in dist/community-widgets/ loaded by
 *   relative URL so the bundle works from any origin or CDN path.
 */
const external = [/^lit($|\/)/, /^@lit\//, /^marked($|\/)/, /^dompurify($|\/)/];

// esbuild lowers the standard decorators (`@property() accessor x`) that
// browsers do not run natively yet.
const esbuild = { target: 'es2022' };

export default defineConfig(({ mode }) =>
  mode === 'drop-in'
    ? {
        esbuild,
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: true,
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
            entry: { index: 'src/index.ts' },
            formats: ['es'],
          },
          rollupOptions: {
            external,
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      },
);
