// What validation reports: a message key addressed to a draft field path
// ('address.postalCode', 'numbers.toPort.3', 'service.dids.0.number').
import type { MessageKey, MessageParams } from './messages';

export interface Issue {
  path: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Collects errors (block sending) and warnings (shown, never block) while rules run. */
export class IssueCollector {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  error(path: string, key: MessageKey, params?: MessageParams): void {
    this.errors.push(params ? { path, key, params: { ...params } } : { path, key });
  }

  warning(path: string, key: MessageKey, params?: MessageParams): void {
    this.warnings.push(params ? { path, key, params: { ...params } } : { path, key });
  }

  hasErrorAt(path: string): boolean {
    return this.errors.some((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
  }
}

export function pathOf(segments: readonly PropertyKey[]): string {
  return segments.map((segment) => String(segment)).join('.');
}
