// `npm run verify`: everything a change must pass before it is pushed or
// released. `npm test` already runs the format check, lint, type-check, unit
// tests (including the manifest, the packed package and a consumer's types),
// the build, and the browser and page tests. On top of that, verify checks
// that the generated element reference the build just wrote is the one in
// git, so docs/reference/ never drifts from the code. In CI that is an error;
// locally a reminder, since you commit the regenerated pages with the change.
import { spawnSync } from 'node:child_process';
import { run } from './run.mjs';

run('npm test', 'npm', ['test']);

console.log('\n▶ Generated reference is committed (docs/reference)');
const status = spawnSync('git', ['status', '--porcelain', '--', 'docs/reference'], {
  encoding: 'utf8',
});
if (status.status !== 0) {
  console.log('Not a git checkout; skipped.');
} else if (status.stdout.trim()) {
  console.log(status.stdout.trimEnd());
  const message = 'docs/reference/ differs from git: commit the regenerated pages.';
  if (process.env.CI) {
    console.error(`✖ ${message}`);
    process.exit(1);
  }
  console.warn(`! ${message}`);
} else {
  console.log('Up to date.');
}
