// `npm start` and `npm test` must work on a fresh clone with nothing else run
// first, so they install the locked dependencies when they are missing or stale.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  const stale =
    !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
  if (!stale) return;
  console.log('Installing the locked dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
