// axe-core in the page, with the WCAG 2.2 AA rules and target-size switched on
// explicitly (axe leaves target-size off by default).
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

export const WCAG_22_AA: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
  },
  rules: { 'target-size': { enabled: true } },
};

export async function axeViolations(context: Element | Document = document) {
  const results = await window.axe.run(context, WCAG_22_AA);
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`)
        .join('\n'),
  );
}

/** Fails with every violation spelled out, so a red test says what to fix. */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const violations = await axeViolations(context);
  if (violations.length) throw new Error(`axe found violations:\n${violations.join('\n')}`);
}
