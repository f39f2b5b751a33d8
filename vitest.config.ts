import { defineConfig } from 'vitest/config';

// Vitest runs pure logic in Node: files named *.node.test.ts. Everything that
// needs a DOM runs in real Chromium through web-test-runner instead.
export default defineConfig({
  test: {
    include: ['src/**/*.node.test.ts', 'test/node/**/*.test.ts', 'server/**/*.node.test.ts'],
    environment: 'node',
  },
});
