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

run('Page tests (Playwright)', 'node', ['scripts/e2e-tests.mjs'], {
  env: { ...process.env, CHROME_PATH: chrome },
});

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const unit = read('.cache/vitest.json');
const browser = read('.cache/browser-tests.json');
const pages = read('.cache/e2e-tests.json');
const passed = unit.numPassedTests + browser.passed + pages.passed;
const failed = unit.numFailedTests + browser.failed + pages.failed;
const skipped = unit.numPendingTests + unit.numTodoTests + browser.skipped + pages.skipped;
console.log(
  `\nunit (Node): ${unit.numPassedTests}, browser (Chromium): ${browser.passed}, pages (Playwright): ${pages.passed} passed`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
