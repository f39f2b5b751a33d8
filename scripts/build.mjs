// `npm run build`: the library for bundlers, the drop-in bundle for script
// tags, and the type declarations, all in dist/.
import { ensureDependencies } from './ensure-deps.mjs';
import { run, bin } from './run.mjs';

ensureDependencies();
run('Library build (dist/index.js)', bin('vite'), ['build', '--logLevel', 'warn']);
run('Drop-in bundle (dist/community-widgets.js)', bin('vite'), [
  'build',
  '--mode',
  'drop-in',
  '--logLevel',
  'warn',
]);
run('Type declarations (dist/types)', bin('tsc'), ['-p', 'tsconfig.build.json']);
