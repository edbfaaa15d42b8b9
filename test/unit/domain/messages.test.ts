import { describe, expect, it } from 'vitest';
import { enCA } from '../../../src-main/shared/domain/messages/en-CA';
import { frCA } from '../../../src-main/shared/domain/messages/fr-CA';
import { isMessageKey, messageKeys, translate } from '../../../src-main/shared/domain/messages';

describe('messages', () => {
  it('has exactly the same keys in both languages', () => {
    expect(Object.keys(frCA).sort()).toEqual(Object.keys(enCA).sort());
  });

  it('formats every message in both languages with sample parameters', () => {
    const params = {
      count: 2,
      max: 20,
      digits: 9,
      input: 'x',
      number: '(613) 555-0123',
      npanxx: '613-555',
      kind: 'businessLine',
      offeringKind: 'virtualFax',
      name: 'Noël',
      nameFr: 'Noël',
      nameEn: 'Christmas Day',
      message: 'Bad',
      status: 503,
      size: '30 MB',
      limit: '25 MB',
      detail: 'd',
      actual: 3,
      first: '(613) 555-0123',
      more: 2,
      title: 'Gagnon',
      tickets: 'P1234567, P7654321',
      // "Copy diagnostics".
      at: '2026-05-01T12:00:00.000Z',
      version: '1.2.3',
      system: 'linux 6.1.0 (x64)',
      runtime: 'Node 22.20.0',
      locale: 'fr-CA',
      practice: 'yes',
      online: 'no',
      journal: '1.0 MB',
      schema: 8,
      counts: 'drafts 3, attachments 2',
      country: 'CA',
      province: 'QC',
      letters: 'G, H, J',
      days: 5,
      earliest: '2026-03-11',
      // The documents Portage prepares (paperwork.*).
      date: '2 mars 2026',
      when: '2 mars 2026 14 h 00',
      agent: 'Télécom Laurentides',
      losing: 'Bell Canada',
      respOrg: 'TKT01',
      reference: 'PTG-1',
      page: 1,
      pages: 3,
      list: 'Numéros',
      document: 'letterOfAuthorization',
      // The recovery dialog at start (startup.recovery.*).
      folder: '/home/dealer/Portage',
      reason: 'Bad',
      saved: 3,
      unreadable: 1,
      // Numbers from a spreadsheet (error.intakeTooMany): which nature is over the cap.
      nature: 'tollFree',
    };
    for (const key of messageKeys) {
      for (const locale of ['en-CA', 'fr-CA'] as const) {
        const text = translate(locale, key, params);
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });

  it('uses plurals and selects', () => {
    expect(translate('en-CA', 'error.notReady', { count: 1 })).toContain('1 item needs');
    expect(translate('fr-CA', 'error.notReady', { count: 3 })).toContain('3 éléments demandent');
    expect(translate('fr-CA', 'validation.numbers.tollFreeNotOffered', { kind: 'virtualFax' })).toContain(
      'télécopie virtuelle',
    );
    expect(translate('en-CA', 'title.numbers', { first: 'A', more: 0 })).toBe('A');
    expect(translate('fr-CA', 'title.numbers', { first: 'A', more: 2 })).toBe('A et 2 autres');
  });

  it('shows a missing parameter by name instead of failing', () => {
    expect(translate('en-CA', 'number.notANumber')).toContain('{input}');
  });

  it('recognizes its keys', () => {
    expect(isMessageKey('error.notFound')).toBe(true);
    expect(isMessageKey('error.nope')).toBe(false);
  });
});
