// The automated accessibility audit: axe-core against the page as the dealer sees it now, held to
// WCAG 2.0 and 2.1 levels A and AA. A failure lists each violation with enough to find and fix it.
//
// The app's CSP (script-src 'self') does not get in the way: Playwright evaluates axe's source through
// the DevTools protocol, which the page's CSP does not govern, so no bypass is needed.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

export const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AuditOptions {
  /** CSS selectors of parts to leave out, each with a reason at the call site. */
  exclude?: string[];
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules; returns one readable line block per violation. */
export async function auditViolations(page: Page, options: AuditOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(wcagAA);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.map(describeViolation);
}

const shownTargets = 4;

function describeViolation(violation: Result): string {
  const targets = violation.nodes.slice(0, shownTargets).map((node) => {
    const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >> ') : part)).join(' ');
    const why = node.failureSummary?.split('\n').slice(1).join(' ').trim();
    return `    - ${target}${why ? ` (${why})` : ''}`;
  });
  const more =
    violation.nodes.length > shownTargets ? [`    … and ${violation.nodes.length - shownTargets} more`] : [];
  return [
    `${violation.id} [${violation.impact ?? 'unknown'}]: ${violation.help} (${violation.helpUrl})`,
    ...targets,
    ...more,
  ].join('\n');
}
