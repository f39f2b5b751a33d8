// `cem analyze` (run by `npm run build`): writes dist/custom-elements.json,
// the manifest that package.json's `customElements` points editors and tools
// at, and that scripts/docs.mjs turns into docs/reference/.
import { publicApiPlugin } from './scripts/manifest-plugin.mjs';

export default {
  globs: ['src/elements/**/*.ts', 'src/core/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself; the build must not rewrite it.
  packagejson: false,
  plugins: [publicApiPlugin()],
};
