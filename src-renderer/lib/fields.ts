// Field paths ('customer.name', 'numbers.toPort.3') are how issues, focus and the carrier's reject
// details point at a place in the form. Every control carries its path so it can be found and focused.

export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
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
