// What the page-level tests share: a static file server for the repo (as a
// CMS or CDN would serve it), Debian's Chromium through playwright-core, and
// axe injected into the page under test.
import { createReadStream, statSync } from 'node:fs';
import { after, before } from 'node:test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the repo's files; `headers` lets a test add a CSP or CORS like a real host. */
export async function serveRepo(
  headers: Record<string, string> = {},
  prefix = '',
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Every real host has one; without it Chromium logs a 404 the widgets did not cause.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    if (!path.startsWith(prefix)) return void response.writeHead(404).end();
    const file = normalize(join(ROOT, path.slice(prefix.length)));
    if (!file.startsWith(ROOT)) return void response.writeHead(403).end();
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return void response.writeHead(404).end('not found');
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...headers,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

/**
 * Launches Chromium and serves the repo (with `headers`) around the calling
 * describe block, and closes both after it. Read `browser` and `site` inside
 * its tests, once the `before` hook has run.
 */
export function chromiumAndSite(headers?: Record<string, string>): {
  browser: Browser;
  site: StaticServer;
} {
  const both = {} as { browser: Browser; site: StaticServer };
  before(async () => {
    both.browser = await launchChromium();
    both.site = await serveRepo(headers);
  });
  after(async () => {
    await both.browser?.close();
    await both.site?.close();
  });
  return both;
}

/** Collects what a host page's developer would see in the console. */
export function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  return problems;
}

type AxeApi = { run(context: Document, options: RunOptions): Promise<AxeResults> };

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe with the WCAG 2.2 AA rules and target-size, over the whole page including shadow roots. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
    });
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  });
}

/** Number of thread rows a thread list shows, read the way a test of the page would. */
export function threadCount(page: Page, selector = 'community-thread-list'): Promise<number> {
  return page.evaluate(
    (selector) =>
      document.querySelector(selector)?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0,
    selector,
  );
}
