// Browser tests run from the TypeScript sources in real Chromium (Debian's,
// or CHROME_PATH), never a downloaded browser build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { testServersPlugin } from './test/helpers/test-servers-plugin.mjs';
import { reactEsmPlugin } from './test/helpers/react-esm-plugin.mjs';

/** Writes pass/fail counts so `npm test` can print one closing line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      const visit = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites ?? []) visit(child);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load has no tests but must still fail the run.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      mkdirSync('.cache', { recursive: true });
      writeFileSync('.cache/browser-tests.json', JSON.stringify(counts));
    },
  };
}

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts', '!**/*.node.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 1_800_000,
  testFramework: { config: { timeout: 15_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    testServersPlugin(),
    reactEsmPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
