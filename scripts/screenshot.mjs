// Takes headless Chromium screenshots of a page, so a person can look at what
// a widget shows: `node scripts/screenshot.mjs URL out.png [width] [light|dark]`.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const [url, out = 'screenshot.png', width = '1280', scheme = 'light'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs URL out.png [width] [light|dark]');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`saved ${out}`);
