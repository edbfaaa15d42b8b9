// The words of the import view: a spreadsheet column's letter, a field's name, and each problem a row
// can have, in the dealer's language. A number that is not valid is said with the domain's own message,
// the one the paste box and the editor use.
import type { DraftKind } from '../../src-main/shared/domain/catalogue';
import type { RowProblem } from '../../src-main/shared/domain/intake/check-rows';
import { fieldPathOf, type IntakeField } from '../../src-main/shared/domain/intake/fields';
import { translate } from '../../src-main/shared/domain/messages';
import { fieldLabel } from './field-labels';
import { i18n, t } from '../i18n/i18n.svelte';

/** A, B, … Z, AA, AB…: how a spreadsheet names its columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function fieldName(kind: DraftKind, field: IntakeField): string {
  return field === 'number' ? t('intake.mapping.number') : fieldLabel(fieldPathOf(kind, field));
}

export function problemText(problem: RowProblem, kind: DraftKind): string {
  switch (problem.kind) {
    case 'invalid':
      return translate(i18n.locale, problem.key, problem.params);
    case 'noNumber':
      return t('intake.problem.noNumber');
    case 'duplicate':
      return t('intake.problem.duplicate', { row: problem.firstRow });
    case 'alreadyInRequest':
      return t('intake.problem.alreadyInRequest');
    case 'tollFreeNotOffered':
      return t('intake.problem.tollFreeNotOffered', { kind: t(`kind.${kind}`) });
    case 'detailTooLong':
      return t('intake.problem.detailTooLong', { field: fieldName(kind, problem.field), max: problem.max });
    case 'otherRequest':
      return t('intake.problem.otherRequest', {
        titles: problem.requests.map((request) => t('common.quoted', { text: request.title })).join(', '),
      });
    case 'notPortable':
      return t('intake.problem.notPortable', { prefix: String(problem.prefix) });
  }
}
