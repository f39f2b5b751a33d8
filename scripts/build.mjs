// `npm run build`: the library for bundlers, the drop-in bundle for script
// tags, the type declarations and the custom elements manifest, all in dist/,
// then the element reference in docs/reference/ generated from the manifest.
import { ensureDependencies } from './ensure-deps.mjs';
import { run, bin } from './run.mjs';

ensureDependencies();
run('Library build (dist/index.js, react.js, adapters/)', bin('vite'), [
  'build',
  '--logLevel',
  'warn',
]);
run('Drop-in bundle (dist/community-widgets.js)', bin('vite'), [
  'build',
  '--mode',
  'drop-in',
  '--logLevel',
  'warn',
]);
run('Type declarations (dist/types)', bin('tsc'), ['-p', 'tsconfig.build.json']);
run('Custom elements manifest (dist/custom-elements.json)', bin('cem'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
run('Element reference (docs/reference) and editor data', 'node', ['scripts/docs.mjs']);
