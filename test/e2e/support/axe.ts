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

/**
 * What axe does not measure: WCAG 1.4.11 for form fields (a field's border against what surrounds it,
 * at least 3:1) and 1.4.3 for placeholder text (against the field's own background, at least 4.5:1).
 * Returns one line per visible field that falls short.
 */
export async function fieldContrastProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (color: string): Rgba => {
      const parts = color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const alpha = top[3];
      return [
        top[0] * alpha + bottom[0] * (1 - alpha),
        top[1] * alpha + bottom[1] * (1 - alpha),
        top[2] * alpha + bottom[2] * (1 - alpha),
        1,
      ];
    };
    const luminance = ([r, g, b]: Rgba): number => {
      const linear = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
    };
    const ratio = (a: Rgba, b: Rgba): number => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    };
    /** The background an element is painted on: its own and its ancestors' colours, layered. */
    const backgroundOf = (element: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = element; node; node = node.parentElement) {
        const layer = parse(getComputedStyle(node).backgroundColor);
        if (layer[3] > 0) layers.push(layer);
        if (layer[3] === 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const describe = (element: Element): string =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`;

    const problems: string[] = [];
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), select, textarea',
    )) {
      if (field.getClientRects().length === 0) continue;
      const style = getComputedStyle(field);
      const outside = backgroundOf(field.parentElement);
      const border = over(parse(style.borderTopColor), outside);
      const borderRatio = ratio(border, outside);
      if (parseFloat(style.borderTopWidth) > 0 && borderRatio < 3)
        problems.push(
          `field-border-contrast: ${describe(field)} border ${borderRatio.toFixed(2)}:1 (needs 3:1)`,
        );
      if ('placeholder' in field && field.placeholder && field.value === '') {
        const inside = backgroundOf(field);
        const text = over(parse(getComputedStyle(field, '::placeholder').color), inside);
        const textRatio = ratio(text, inside);
        if (textRatio < 4.5)
          problems.push(`placeholder-contrast: ${describe(field)} ${textRatio.toFixed(2)}:1 (needs 4.5:1)`);
      }
    }
    return problems;
  });
}
