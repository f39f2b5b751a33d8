// `npm start`: installs what is missing, builds the drop-in bundle, and serves
// the demo pages beside the REST reference server. Plain Node until the
// dependencies exist; the servers then start under tsx.
import { spawn } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';
import { run } from './run.mjs';

ensureDependencies();
run('Build', 'node', ['scripts/build.mjs']);
const demo = spawn(
  'node',
  ['--import', 'tsx', 'scripts/demo-server.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => demo.kill(signal));
demo.on('exit', (code) => process.exit(code ?? 0));
