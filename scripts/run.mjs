// Runs one step of a script and stops the whole script when it fails.
import { spawnSync } from 'node:child_process';

export function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

export const bin = (name) => `node_modules/.bin/${name}`;
