import { describe, expect, it } from 'vitest';
import { draftTitle, searchableText } from '../../../src-main/shared/domain/title';

describe('draftTitle', () => {
  it('uses the customer name', () => {
    expect(draftTitle({ customer: { name: '  Boulangerie   Marie ' } }, 'dids' as never)).toBe(
      'Boulangerie Marie',
    );
  });

  it('falls back to the first number and how many more', () => {
    const data = { numbers: { toPort: ['6135550123', 'bad', '613-555-0124'] } };
    expect(draftTitle(data, 'businessLine', 'en-CA')).toBe('(613) 555-0123 and 1 more');
    expect(draftTitle(data, 'businessLine', 'fr-CA')).toBe('613 555-0123 et 1 autre');
  });

  it('names the kind of an empty draft', () => {
    expect(draftTitle({}, 'virtualFax', 'en-CA')).toBe('New request – Virtual fax');
    expect(draftTitle({}, 'virtualFax', 'fr-CA')).toBe('Nouvelle demande – Télécopie virtuelle');
  });
});

describe('searchableText', () => {
  it('holds the customer name and every normalized number once', () => {
    const text = searchableText({
      customer: { name: 'Marie Tremblay' },
      numbers: { toPort: ['(613) 555-0123', '613.555.0123'], toRemain: ['514 555 0100'] },
    });
    expect(text).toBe('marie tremblay 6135550123 5145550100');
  });
});
