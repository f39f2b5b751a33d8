// Serves demo/ with Vite on localhost and the REST reference server behind
// /api/rest on the same origin, so the demo can switch backends with no CORS setup.
import { createServer } from 'vite';
import { startRestServer } from '../server/rest-server.js';
import { startDiscourseServer } from '../test/helpers/discourse-server.js';

const port = Number(process.env.PORT ?? 5173);
const rest = await startRestServer({ port: 0 });
// The Discourse look-alike the tests use, so the demo can show that adapter offline too.
const discourse = await startDiscourseServer();
const vite = await createServer({
  configFile: false,
  root: process.cwd(),
  appType: 'mpa',
  logLevel: 'warn',
  server: {
    host: '127.0.0.1',
    port,
    strictPort: false,
    proxy: {
      '/api/discourse': {
        target: discourse.url,
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/api\/discourse/, ''),
      },
      // Discourse's avatar paths are root-relative (they would carry a subfolder
      // install's prefix): on this origin they belong to the look-alike too.
      '^/(user_avatar|letter_avatar_proxy)/': { target: discourse.url, changeOrigin: true },
      '/api/rest': {
        target: rest.url,
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/api\/rest/, ''),
      },
    },
  },
});
await vite.listen();
const url = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nCommunity Widgets demo: ${url}demo/`);
console.log(`  bare page (one script tag): ${url}demo/bare.html`);
console.log(`  docs and element reference: ${url}docs/`);
console.log(`  REST reference server:      ${rest.url} (also at ${url}api/rest)`);
console.log(`  Discourse look-alike forum:  ${discourse.url} (also at ${url}api/discourse)`);
console.log('Press Ctrl+C to stop.');

async function stop() {
  await Promise.allSettled([vite.close(), rest.close(), discourse.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
