/** axe-core run in a page: the WCAG 2.2 A and AA rules, colour contrast included. */
import fs from 'node:fs';
import type { Page } from 'playwright-core';

/** Evaluated through the browser's debugging protocol, which the pages' Content-Security-Policy does not block (a script tag it would). */
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each rule the page breaks, with the elements that break it: `color-contrast: .hint, .count`. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, targets: v.nodes.map((n: any) => n.target.join(' ')) }));
  }, WCAG_AA);
  return violations.map((v: { id: string; targets: string[] }) => `${v.id}: ${v.targets.slice(0, 5).join(', ')}`);
}
