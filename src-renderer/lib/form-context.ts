// What every field in the draft form needs from the editor: its issues, whether the form is read-only,
// and a way to force a save when focus leaves a field.
import { getContext, setContext } from 'svelte';
import type { ShownIssue } from './readiness';
import { issueBelongsTo } from './fields';

export interface FormContext {
  readonly issues: ShownIssue[];
  readonly readonly: boolean;
  /** Focus left the field at `path`: it counts as visited, and the draft is saved now. */
  blurred(path: string): void;
}

const key = Symbol('draft-form');

export function setFormContext(context: FormContext): void {
  setContext(key, context);
}

/** The form context, or a neutral one outside a draft form (e.g. the settings view). */
export function getFormContext(): FormContext {
  return (
    getContext<FormContext | undefined>(key) ?? {
      issues: [],
      readonly: false,
      blurred: () => undefined,
    }
  );
}

export function issuesAt(context: FormContext, path: string, exact = false): ShownIssue[] {
  return context.issues.filter((issue) => (exact ? issue.path === path : issueBelongsTo(issue.path, path)));
}
