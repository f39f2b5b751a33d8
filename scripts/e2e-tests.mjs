// Page-level tests: Playwright drives real pages (built bundle, script tags,
// CSP headers) in Chromium, under node:test.
import { mkdirSync, readdirSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { run } from './run.mjs';

const chrome = ensureChromium();
const files = readdirSync('test/e2e')
  .filter((name) => name.endsWith('.e2e.ts'))
  .map((name) => `test/e2e/${name}`);
mkdirSync('.cache', { recursive: true });
run(
  'Page tests (Playwright)',
  'node',
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-reporter.mjs',
    '--test-reporter-destination=.cache/e2e-tests.json',
    ...files,
  ],
  { env: { ...process.env, CHROME_PATH: chrome } },
);
