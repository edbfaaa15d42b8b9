// The layout check any journey can call: does the view as it stands fit its window? It looks at what a
// dealer would see and reports, one line each:
// - text wider or taller than its box (scrollWidth/clientWidth, scrollHeight/clientHeight), unless the
//   box cuts it on purpose with an ellipsis and the full text is on hover or to a screen reader (a
//   `title` or an accessible name holding the whole text);
// - text whose lines reach outside a box that holds it (its bounding boxes against its ancestors');
// - a list box (<select>) too narrow for the option it shows, and a placeholder cut off in its field;
// - the page, the main area or anything inside it scrolling sideways;
// - a sticky or fixed header taller than a fifth of the window (it stays on screen while the dealer
//   scrolls: what it takes, the form loses).
// It runs in the page (one evaluate), so it measures what Chromium laid out, at the window's size now.
import type { Page } from '@playwright/test';

/** Every layout problem on the page as it is now; empty when the view fits. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems = new Set<string>();
    const tolerance = 1.5;
    const ignoredTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'OPTION', 'OPTGROUP', 'SELECT', 'TEXTAREA']);
    const main = document.querySelector('main');

    const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

    /** Enough to find the element: tag, id or test id, first class, and the start of its text. */
    const describe = (element: Element): string => {
      const testid = element.getAttribute('data-testid');
      const id = element.id ? `#${element.id}` : '';
      const first = element.classList[0];
      const label = `${element.tagName.toLowerCase()}${id}${testid ? `[data-testid=${testid}]` : ''}${
        first ? `.${first}` : ''
      }`;
      const text = squash(element.textContent).slice(0, 60);
      return text ? `${label} "${text}"` : label;
    };

    /** Hidden from sight on purpose: not rendered, or clipped to nothing (visually-hidden, skip link). */
    const unseen = (element: Element): boolean => {
      // Inside a closed <details>, or under display:none, visibility:hidden or content-visibility:hidden.
      if (!element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) return true;
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
        if (style.clipPath !== 'none' || (style.clip !== 'auto' && style.clip !== '')) return true;
      }
      const box = element.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) return true;
      // Off the page's top or left (a skip link waiting for focus).
      return box.bottom + window.scrollY <= 0 || box.right + window.scrollX <= 0;
    };

    const isInline = (style: CSSStyleDeclaration): boolean =>
      style.display === 'inline' || style.display === 'contents';
    const scrolls = (value: string): boolean => value === 'auto' || value === 'scroll';
    const clips = (value: string): boolean => value === 'hidden' || value === 'clip';

    /** A deliberate ellipsis whose full text the dealer can still read (title or accessible name). */
    const readableEllipsis = (element: Element, style: CSSStyleDeclaration): boolean => {
      if (style.textOverflow !== 'ellipsis' || !clips(style.overflowX)) return false;
      const full = squash(element.textContent);
      for (
        let node: Element | null = element, depth = 0;
        node && depth < 4;
        node = node.parentElement, depth++
      ) {
        for (const attribute of ['title', 'aria-label']) {
          const value = squash(node.getAttribute(attribute));
          if (value !== '' && value.includes(full)) return true;
        }
      }
      return false;
    };

    const elements = Array.from(document.body.querySelectorAll('*'));
    const textHolders = elements.filter(
      (element) =>
        !ignoredTags.has(element.tagName) &&
        Array.from(element.childNodes).some(
          (node) => node.nodeType === Node.TEXT_NODE && squash(node.textContent) !== '',
        ) &&
        !unseen(element),
    );

    for (const element of textHolders) {
      const style = getComputedStyle(element);
      const ellipsis = readableEllipsis(element, style);
      // 1. The text is wider or taller than the element's own box.
      if (!isInline(style)) {
        const wider = element.scrollWidth - element.clientWidth;
        if (wider > tolerance && !ellipsis) {
          problems.add(
            style.textOverflow === 'ellipsis'
              ? `cut off with an ellipsis, and the full text is nowhere to hover or hear: ${describe(element)}`
              : `text wider than its box by ${Math.round(wider)}px: ${describe(element)}`,
          );
        }
        const taller = element.scrollHeight - element.clientHeight;
        if (taller > tolerance && !scrolls(style.overflowY)) {
          problems.add(`text taller than its box by ${Math.round(taller)}px: ${describe(element)}`);
        }
      }
      if (ellipsis) continue;
      // 2. Each line of its text lies inside every box that holds it, up to the first one positioned on
      //    its own (a popover, a virtual list's row) or scrolling (its scroll is checked below).
      for (const node of Array.from(element.childNodes)) {
        if (node.nodeType !== Node.TEXT_NODE || squash(node.textContent) === '') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = Array.from(range.getClientRects()).filter((line) => line.width > 0 && line.height > 0);
        for (
          let holder: Element | null = element;
          holder && holder !== document.body;
          holder = holder.parentElement
        ) {
          const holderStyle = getComputedStyle(holder);
          if (scrolls(holderStyle.overflowX) || scrolls(holderStyle.overflowY)) break;
          if (!isInline(holderStyle)) {
            const box = holder.getBoundingClientRect();
            const out = lines.find(
              (line) =>
                line.left < box.left - tolerance ||
                line.right > box.right + tolerance ||
                line.top < box.top - tolerance ||
                line.bottom > box.bottom + tolerance,
            );
            if (out) {
              const where = holder === element ? 'its own box' : describe(holder);
              problems.add(`text reaches outside ${where}: ${describe(element)}`);
              break;
            }
          }
          if (holderStyle.position === 'absolute' || holderStyle.position === 'fixed') break;
        }
      }
    }

    // 3. List boxes show their chosen option whole; placeholders fit their field.
    const canvas = document.createElement('canvas').getContext('2d');
    const textWidth = (text: string, style: CSSStyleDeclaration): number => {
      if (!canvas) return 0;
      canvas.font = style.font;
      return canvas.measureText(text).width;
    };
    const contentWidth = (element: Element, style: CSSStyleDeclaration): number =>
      element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    // Chromium draws a list box's arrow inside the content box: about 1.3em of it is not for text.
    const arrowEm = 1.3;
    for (const select of Array.from(document.querySelectorAll('select'))) {
      if (unseen(select) || select.multiple) continue;
      const style = getComputedStyle(select);
      const shown = select.selectedOptions[0]?.text ?? '';
      const room = contentWidth(select, style) - arrowEm * parseFloat(style.fontSize);
      const needed = textWidth(shown, style);
      if (needed > room + tolerance) {
        problems.add(
          `list box too narrow for "${squash(shown)}" by ${Math.round(needed - room)}px: ${describe(select)}`,
        );
      }
    }
    for (const field of Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'))) {
      const input = field as HTMLInputElement | HTMLTextAreaElement;
      if (unseen(input) || input.value !== '' || input.placeholder === '') continue;
      const style = getComputedStyle(input);
      const lines =
        input instanceof HTMLTextAreaElement ? input.placeholder.split('\n') : [input.placeholder];
      const needed = Math.max(...lines.map((line) => textWidth(line, style)));
      const wraps = input instanceof HTMLTextAreaElement;
      // A search box keeps room at its end for its clear button.
      const button = input.type === 'search' ? 1.2 * parseFloat(style.fontSize) : 0;
      if (!wraps && needed > contentWidth(input, style) - button + tolerance) {
        problems.add(`placeholder "${input.placeholder}" cut off: ${describe(input)}`);
      }
    }

    // 4. Nothing scrolls sideways: not the page, not the main area, not a list inside it.
    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > window.innerWidth + tolerance) {
      problems.add(`the page scrolls sideways by ${Math.round(page.scrollWidth - window.innerWidth)}px`);
    }
    if (main && main.scrollWidth > main.clientWidth + tolerance) {
      problems.add(
        `the main area is wider than the window by ${Math.round(main.scrollWidth - main.clientWidth)}px`,
      );
    }
    for (const element of elements) {
      if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || unseen(element)) continue;
      const style = getComputedStyle(element);
      if (!scrolls(style.overflowX)) continue;
      const wider = element.scrollWidth - element.clientWidth;
      if (wider > tolerance) problems.add(`scrolls sideways by ${Math.round(wider)}px: ${describe(element)}`);
    }

    // 5. A sticky or fixed header keeps to a fifth of the window at most.
    for (const element of elements) {
      if (element.tagName === 'DIALOG' || unseen(element)) continue;
      const style = getComputedStyle(element);
      if (style.position !== 'sticky' && style.position !== 'fixed') continue;
      const height = element.getBoundingClientRect().height;
      if (height > window.innerHeight / 5) {
        problems.add(
          `sticky ${Math.round(height)}px tall, more than a fifth of the ${window.innerHeight}px window: ${describe(element)}`,
        );
      }
    }
    return Array.from(problems);
  });
}

/** The two window sizes a dealer's laptop has. */
export const dealerSizes = [
  { width: 1366, height: 800 },
  { width: 1024, height: 700 },
] as const;

/** Lets the page lay itself out again (a resize, a virtual list filling the new height). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
