// `npm test`: every check a change must pass, in the order that fails fastest.
import { readFileSync } from 'node:fs';
import { ensureDependencies } from './ensure-deps.mjs';
import { ensureChromium } from './chromium.mjs';
import { run, bin } from './run.mjs';

ensureDependencies();
const chrome = ensureChromium();

run('Lint and format', 'npm', ['run', '--silent', 'lint']);
run('Type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run('Unit tests (Node)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=.cache/vitest.json',
]);
run('Build', 'node', ['scripts/build.mjs']);
run('Browser tests (Chromium)', 'node', ['scripts/browser-tests.mjs'], {
  env: { ...process.env, CHROME_PATH: chrome },
});

const unit = JSON.parse(readFileSync('.cache/vitest.json', 'utf8'));
const browser = JSON.parse(readFileSync('.cache/browser-tests.json', 'utf8'));
const passed = unit.numPassedTests + browser.passed;
const failed = unit.numFailedTests + browser.failed;
const skipped = unit.numPendingTests + unit.numTodoTests + browser.skipped;
console.log(`\nunit: ${unit.numPassedTests} passed, browser: ${browser.passed} passed`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
