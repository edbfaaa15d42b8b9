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

/** Focuses the control for `path`, or the nearest one above it ('numbers.toPort.3' → 'numbers.toPort'). */
export function focusField(path: string, root: ParentNode = document): boolean {
  const segments = path.split('.');
  while (segments.length > 0) {
    const candidate = segments.join('.');
    const quoted = candidate.replace(/["\\]/g, '\\$&');
    const element = root.querySelector<HTMLElement>(`[data-path="${quoted}"]`);
    if (element) {
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
