// The rules on documents Portage had signed (rules/paperwork-rules.ts): a letter signed more than 30 days
// before the rule's `today` is a warning (porting desks refuse old ones), exactly 30 days is not; one both
// changed and old gets the blocking error and the warning. Dates are fixed, never the machine's clock.
import { describe, expect, it } from 'vitest';
import type { DraftData } from '../../../src-main/shared/domain/draft';
import { translate } from '../../../src-main/shared/domain/messages';
import { printedFieldsOf } from '../../../src-main/shared/domain/paperwork/printed-fields';
import type { SignatureRecord } from '../../../src-main/shared/domain/paperwork/signature';
import { validateReady } from '../../../src-main/shared/domain/validation';
import { fixtureToday, must, readyDraftFor } from './fixtures';

const loaPath = 'attachments.letterOfAuthorization.0';

/** A signature of the fixture's letter, signed at noon Eastern `daysAgo` days before fixtureToday. */
function signedDaysAgo(data: DraftData, daysAgo: number): SignatureRecord {
  const day = new Date(`${fixtureToday}T17:00:00Z`);
  day.setUTCDate(day.getUTCDate() - daysAgo);
  return {
    document: 'letterOfAuthorization',
    pdfSha256: must(data.attachments?.letterOfAuthorization?.[0]).sha256,
    signerName: 'Marie Tremblay',
    signerTitle: 'Propriétaire',
    method: 'typed',
    signedAt: day.toISOString(),
    draftRevision: 1,
    locale: 'fr-CA',
    printed: printedFieldsOf(data),
  };
}

function readyWithLetterSigned(daysAgo: number, change: (data: DraftData) => void = () => {}) {
  const draft = readyDraftFor('dids');
  const signature = signedDaysAgo(draft.data, daysAgo);
  change(draft.data);
  return validateReady(draft.kind, draft.data, { today: fixtureToday, signatures: [signature] });
}

describe('a signed document’s age', () => {
  it('gives no warning for a letter signed 30 days ago', () => {
    const result = readyWithLetterSigned(30);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('warns, with the days and the maximum, about a letter signed 31 days ago, in both languages', () => {
    const result = readyWithLetterSigned(31);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        path: loaPath,
        key: 'validation.paperwork.old',
        params: { document: 'letterOfAuthorization', days: 31, max: 30 },
      },
    ]);
    const { key, params } = must(result.warnings[0]);
    expect(translate('en-CA', key, params)).toBe(
      'This letter of authorization was signed 31 days ago; porting desks often refuse one older than 30 days. Consider having it signed again.',
    );
    expect(translate('fr-CA', key, params)).toBe(
      'Cette lettre d’autorisation a été signée il y a 31 jours\u00a0; les services de transfert refusent souvent un document de plus de 30 jours. Envisagez de la faire signer de nouveau.',
    );
  });

  it('gives the blocking error and the warning for a letter both changed and old', () => {
    const result = readyWithLetterSigned(45, (data) => {
      data.customer = { ...data.customer, name: 'Boulangerie Chez Hélène inc.' };
    });
    expect(result.errors).toEqual([
      {
        path: loaPath,
        key: 'validation.paperwork.changed.customerName',
        params: { document: 'letterOfAuthorization' },
      },
    ]);
    expect(result.warnings).toEqual([
      {
        path: loaPath,
        key: 'validation.paperwork.old',
        params: { document: 'letterOfAuthorization', days: 45, max: 30 },
      },
    ]);
  });

  it('leaves a letter signed today alone', () => {
    const result = readyWithLetterSigned(0);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});
