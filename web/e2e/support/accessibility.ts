/**
 * The accessibility check every flow calls on each view it reaches: axe-core (injected into the page
 * from node_modules) with the WCAG 2.x A/AA rules; a serious or critical violation fails, naming the
 * rule, its help and the elements.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Evaluated rather than added as a <script>: the gateway's Content-Security-Policy (script-src 'self')
// blocks an inline script tag, as it should, while evaluation from the test is not the page's.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

class AccessibilityError extends Error {}

/** Violations of any impact found on the page as it is now (for reports). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
}

/** Fails when the view `name` has a serious or critical violation; returns the lesser ones. */
export async function checkAccessibility(page: Page, name: string): Promise<AxeViolation[]> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (blocking.length > 0) {
    const lines = blocking.map(
      (violation) =>
        `  ${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})\n${violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n')}`,
    );
    throw new AccessibilityError(`Accessibility of the ${name} view (${page.url()}):\n${lines.join('\n')}`);
  }
  return violations.filter((violation) => !blocking.includes(violation));
}
