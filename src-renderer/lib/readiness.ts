// What blocks a draft from being finalized, checked locally as the dealer types.
// The rules live in the domain (`validateReady`); this adapter turns its issues into messages in the
// dealer's language, attached to field paths the form can focus.
import type { DraftKind } from '../../src-main/shared/domain/catalogue';
import type { DraftData } from '../../src-main/shared/domain/draft';
import type { Issue } from '../../src-main/shared/domain/issue';
import type { SignatureRecord } from '../../src-main/shared/domain/paperwork/signature';
import { translate, isMessageKey } from '../../src-main/shared/domain/messages';
import { validateReady } from '../../src-main/shared/domain/validation';
import { todayEastern } from './calendar';
import type { Locale, ReferenceData } from './api-types';

export type Severity = 'error' | 'warning';

export interface ShownIssue {
  path: string;
  key: string;
  severity: Severity;
  message: string;
}

export interface Readiness {
  errors: Issue[];
  warnings: Issue[];
}

/** The domain's readiness rules, run locally on every change with the cached carrier lists. */
export function checkReadiness(
  kind: DraftKind,
  data: DraftData,
  reference: ReferenceData,
  signatures: readonly SignatureRecord[] = [],
): Readiness {
  const result = validateReady(kind, data, {
    today: todayEastern(),
    providers: reference.providers,
    npanxx: reference.npanxx,
    holidays: reference.holidays,
    // A signed letter whose printed fields changed since is out of date (paperwork-rules.ts).
    signatures,
  });
  return { errors: result.errors, warnings: result.warnings };
}

export function issueMessage(
  locale: Locale,
  issue: { key: string; params?: Record<string, string | number> },
): string {
  return isMessageKey(issue.key) ? translate(locale, issue.key, issue.params ?? {}) : issue.key;
}

export function showIssues(locale: Locale, readiness: Readiness): ShownIssue[] {
  return [
    ...readiness.errors.map((issue) => ({
      path: issue.path,
      key: issue.key,
      severity: 'error' as const,
      message: issueMessage(locale, issue),
    })),
    ...readiness.warnings.map((issue) => ({
      path: issue.path,
      key: issue.key,
      severity: 'warning' as const,
      message: issueMessage(locale, issue),
    })),
  ];
}
