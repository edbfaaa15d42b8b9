// What validation reports: a message key addressed to a draft field path
// ('address.postalCode', 'numbers.toPort.3', 'service.dids.0.number').
import type { z } from 'zod';
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

/**
 * zod issues → the `shape.*` message keys, addressed to field paths. The one mapping for every layer
 * that parses input with zod (draft shape, store, IPC), so the renderer reads the same keys everywhere.
 */
export function issuesFromZod(error: z.ZodError, limit = 50): Issue[] {
  return error.issues.slice(0, limit).flatMap((issue): Issue[] => {
    const path = pathOf(issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return [{ path, key: 'shape.wrongType' }];
      case 'too_big': {
        if (issue.origin !== 'array' && issue.origin !== 'string') return [{ path, key: 'shape.invalid' }];
        const key: MessageKey = issue.origin === 'array' ? 'shape.tooMany' : 'shape.tooLong';
        return [{ path, key, params: { max: Number(issue.maximum) } }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), key: 'shape.unknownField' }));
      default:
        return [{ path, key: 'shape.invalid' }];
    }
  });
}
