// Every widget on a page served with the strict policy a security-minded host
// uses, Trusted Types required. The policy names below are exactly what
// docs/security.md tells hosts to allow.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { threadCount, watchConsole, chromiumAndSite } from './harness.js';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify community-widgets-json-ld',
].join('; ');

interface Violation {
  directive: string;
  disposition: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
  line: number;
  column: number;
}

/** Records every CSP violation the page reports from its first script on; read them with the function returned. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const violations: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push({
        directive: event.violatedDirective,
        disposition: event.disposition,
        blockedURI: event.blockedURI,
        sample: event.sample,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
      }),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  const host = chromiumAndSite({ 'Content-Security-Policy': STRICT_CSP });

  it('shows every widget with zero violations, even when a pinned post is expanded', async () => {
    const page = await host.browser.newPage();
    const problems = watchConsole(page);
    const violations = await recordViolations(page);
    await page.goto(`${host.site.url}/test/e2e/pages/strict-csp.html`);
    await page.waitForFunction(() =>
      document.querySelector('community-thread-list')?.shadowRoot?.querySelector('[part~="item"]'),
    );
    assert.equal(await threadCount(page), 5);
    const jsonLd = await page.evaluate(
      () => document.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
    );
    assert.equal(
      JSON.parse(jsonLd).itemListElement.length,
      5,
      'structured data under Trusted Types',
    );

    // Exercise what renders markup: expand pinned posts, open the tag listbox.
    await page.evaluate(async () => {
      const pinned = document.querySelector('community-pinned-posts');
      await customElements.whenDefined('community-pinned-posts').catch(() => undefined);
      const expand = pinned?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-expanded]');
      expand?.click();
    });
    await page
      .locator('community-tag-search')
      .getByRole('combobox')
      .focus()
      .catch(() => undefined);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(800);

    assert.deepEqual(
      (await violations()).map(
        (v) =>
          `${v.directive}: ${v.blockedURI || v.sample} at ${v.sourceFile}:${v.line}:${v.column}`,
      ),
      [],
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
  it('parses a hostile body without running it; Chromium reports its inline handlers and styles all the same', async () => {
    // Every HTML parser in a page (DOMParser, <template>, the browser's own
    // Sanitizer API) makes Chromium check inline handlers and styles against
    // the policy as it parses, before DOMPurify can remove them, and report
    // them. docs/security.md says so; this holds it to what really happens.
    const page = await host.browser.newPage();
    const problems = watchConsole(page);
    const recorded = await recordViolations(page);
    await page.goto(`${host.site.url}/test/e2e/pages/strict-csp-hostile.html`);
    await page.waitForFunction(() =>
      document
        .querySelector('community-pinned-posts')
        ?.shadowRoot?.querySelector('button[aria-expanded]'),
    );
    await page.evaluate(() =>
      document
        .querySelector('community-pinned-posts')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!
        .click(),
    );
    await page.waitForFunction(() =>
      document
        .querySelector('community-pinned-posts')
        ?.shadowRoot?.textContent?.includes('Styled and clickable'),
    );
    await page.waitForTimeout(500);
    const body = await page.evaluate(
      () =>
        document.querySelector('community-pinned-posts')!.shadowRoot!.querySelector('.body')!
          .innerHTML,
    );
    assert.doesNotMatch(body, /onclick|onerror|style/, 'nothing inline survives sanitizing');
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran),
      [],
    );
    const violations = (await recorded()).map(
      (v) => `${v.directive} ${v.disposition} ${v.blockedURI}`,
    );
    assert.ok(violations.length > 0, 'Chromium reports what it parsed');
    for (const violation of violations) {
      assert.match(violation, /^(script-src-attr|style-src-attr|style-src-elem) enforce inline$/);
    }
    assert.deepEqual(
      problems.filter((problem) => !/Content Security Policy/.test(problem)),
      [],
    );
    await page.close();
  });
});
