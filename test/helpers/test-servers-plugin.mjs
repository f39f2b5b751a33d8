// Starts the real local HTTP servers that browser tests talk to (the REST
// reference server and a Discourse look-alike) beside web-test-runner, and
// tells the tests where they are at GET /__test-servers.json. The pages reach
// them cross-origin, so CORS is exercised for real.
import { existsSync } from 'node:fs';

async function startIfPresent(modulePath, exportName) {
  if (!existsSync(new URL(modulePath, import.meta.url))) return undefined;
  const module = await import(modulePath);
  return module[exportName]();
}

export function testServersPlugin() {
  const servers = {};
  return {
    name: 'community-test-servers',
    async serverStart() {
      servers.rest = await startIfPresent('../../server/rest-server.ts', 'startRestServer');
      servers.discourse = await startIfPresent('./discourse-server.ts', 'startDiscourseServer');
    },
    async serverStop() {
      await Promise.all(Object.values(servers).map((server) => server?.close()));
    },
    serve(context) {
      if (context.path !== '/__test-servers.json') return undefined;
      return {
        type: 'json',
        body: JSON.stringify({ rest: servers.rest?.url, discourse: servers.discourse?.url }),
      };
    },
  };
}
