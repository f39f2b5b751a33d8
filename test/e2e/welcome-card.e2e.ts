// Issue 6's promise on a real page with real reloads: a portal admin pastes the
// script tag and <community-welcome-card dismissible>; a new member ticks a
// step, reloads, and finds it ticked; dismisses, reloads, and it stays away.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, watchConsole, chromiumAndSite } from './harness.js';

describe('the welcome card on a bare page', () => {
  const host = chromiumAndSite();

  it('keeps a ticked step and a dismissal across reloads', async () => {
    const context = await host.browser.newContext();
    const page = await context.newPage();
    const problems = watchConsole(page);
    const card = page.locator('community-welcome-card');
    await page.goto(`${host.site.url}/test/e2e/pages/welcome.html`);

    const steps = card.getByRole('checkbox');
    await steps.first().waitFor();
    const total = await steps.count();
    assert.ok(total >= 3, `at least three steps (got ${total})`);
    assert.deepEqual(await axeViolations(page), []);

    await steps.first().press('Space');
    await card.locator('[part~="progress"]').getByText(`1 of ${total} done`).waitFor();

    await page.reload();
    await steps.first().waitFor();
    assert.equal(await steps.first().isChecked(), true, 'the ticked step survived the reload');
    await card.locator('[part~="progress"]').getByText(`1 of ${total} done`).waitFor();

    await card.getByRole('button', { name: 'Dismiss the welcome card' }).click();
    await card.getByRole('button', { name: 'Undo' }).waitFor();

    await page.reload();
    await page.waitForTimeout(1000);
    assert.equal(await steps.count(), 0, 'no steps after a reload once dismissed');
    const box = await card.boundingBox();
    assert.ok(!box || box.height === 0, 'the dismissed card takes no space');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
