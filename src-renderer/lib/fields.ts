// Field paths ('customer.name', 'numbers.toPort.3') are how issues, focus and the carrier's reject
// details point at a place in the form. Every control carries its path so it can be found and focused.

export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The id of a control's `index`th issue message, so the control can name it in aria-describedby. */
export function issueId(controlId: string, index: number): string {
  return `${controlId}-issue-${index}`;
}

/**
 * aria-describedby for a control: its hint and other notes (empty ones left out), then each of its
 * issues, so a screen reader reads the error with the field. undefined when there is nothing to read.
 */
export function describedBy(
  controlId: string,
  notes: readonly string[],
  issueCount: number,
): string | undefined {
  const ids = [
    ...notes.filter(Boolean),
    ...Array.from({ length: issueCount }, (_, i) => issueId(controlId, i)),
  ];
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The control for `path` itself, if one is rendered; a yes/no question answers with its chosen button. */
export function controlFor(path: string, root: ParentNode = document): HTMLElement | null {
  const quoted = path.replace(/["\\]/g, '\\$&');
  const controls = [...root.querySelectorAll<HTMLElement>(`[data-path="${quoted}"]`)];
  return controls.find((control) => (control as HTMLInputElement).checked === true) ?? controls[0] ?? null;
}

/**
 * The control for an entry of a list held in one box, one entry per line ('numbers.toPort.3' → the
 * box of 'numbers.toPort'), or null.
 */
export function listControlFor(path: string, root: ParentNode = document): HTMLElement | null {
  const match = /^(.*)\.\d+$/.exec(path);
  if (!match?.[1]) return null;
  const box = controlFor(match[1], root);
  return box?.hasAttribute('data-holds-items') ? box : null;
}

/**
 * Focuses the control for `path`, or the nearest one above it ('numbers.toPort.3' → 'numbers.toPort').
 * A control inside a closed "more" section is shown first.
 */
export function focusField(path: string, root: ParentNode = document): boolean {
  const segments = path.split('.');
  while (segments.length > 0) {
    const element = controlFor(segments.join('.'), root);
    if (element) {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (parent instanceof HTMLDetailsElement) parent.open = true;
      }
      element.scrollIntoView({ block: 'center' });
      element.focus();
      return true;
    }
    segments.pop();
  }
  return false;
}

/** Whether an issue at `issuePath` belongs to the field at `fieldPath` (itself or an item in it). */
export function issueBelongsTo(issuePath: string, fieldPath: string): boolean {
  return issuePath === fieldPath || issuePath.startsWith(`${fieldPath}.`);
}
