// Runs web-test-runner under tsx so its config can start the TypeScript
// reference servers (REST, Discourse look-alike) the browser tests talk to.
import { ensureChromium } from './chromium.mjs';
import { run } from './run.mjs';

const chrome = ensureChromium();
run(
  'web-test-runner',
  'node',
  ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)],
  { env: { ...process.env, CHROME_PATH: chrome } },
);
