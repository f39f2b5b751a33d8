/**
 * For Node tests: the REST reference server on 127.0.0.1, serving the fixed
 * fixture community, started once per test file and healed (faults cleared,
 * counts reset) before each test. Call it at the top level of a test file:
 *
 *   let server: RestServer;
 *   useFixtureServer((started) => (server = started));
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createMemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { createFixtureCommunity } from './fixture-community.js';
import { startRestServer, type RestServer } from './rest-server.js';

export function useFixtureServer(onStarted: (server: RestServer) => void): void {
  let server: RestServer;
  beforeAll(async () => {
    server = await startRestServer({
      adapter: createMemoryAdapter({ data: createFixtureCommunity() }),
    });
    onStarted(server);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.faults.clear();
    server.stats.reset();
  });
}
