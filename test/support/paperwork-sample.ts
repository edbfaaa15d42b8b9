// A letter of authorization of three pages (the first page and a two-page annex of 300 numbers) with
// accented customer data, written by the real PDF writer: for the pictures of its pages and the benchmark.
import {
  documentContent,
  type DocumentInputs,
} from '../../src-main/shared/domain/paperwork/document-content';
import type { PaperKind } from '../../src-main/shared/domain/paperwork/printed-fields';
import type { Locale } from '../../src-main/shared/domain/locale';
import { loadFonts } from '../../src-main/paperwork/fonts';
import { writeDocumentPdf, type WrittenDocument } from '../../src-main/paperwork/pdf-document';

/** `count` numbers: Montréal for a letter, 1-800 for a RespOrg authorization. */
export function sampleNumbers(count: number, tollFree = false): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${tollFree ? '800' : '514'}555${String(1000 + i).padStart(4, '0')}`,
  );
}

export function sampleInputs(document: PaperKind, locale: Locale, count: number): DocumentInputs {
  const tollFree = document === 'respOrgForm';
  return {
    document,
    locale,
    reference: 'PTG-7F3K2Q',
    settings: { dealerName: 'Télécom Laurentides inc.', newRespOrg: 'TKT01 (ThinkTel)' },
    losingCarrierName: 'Bell Canada',
    at: new Date('2026-03-02T15:30:00.000Z'),
    timeZone: 'America/Toronto',
    signed: { signer: { name: 'Hélène Côté', title: 'Présidente' }, method: 'drawn' },
    data: {
      customer: { name: 'Société Générale du Québec Inc.', accountNumber: '4815-1623' },
      address: {
        streetNumber: '1234',
        streetName: 'rue Saint-Denis',
        city: 'Montréal',
        province: 'QC',
        postalCode: 'H2X 3K8',
        country: 'CA',
      },
      losingCarrier: { providerId: 12, reseller: '' },
      numbers: {
        toPort: sampleNumbers(count, tollFree),
        ...(tollFree ? {} : { toRemain: ['5145559001'], toDisconnect: ['5145559002'] }),
      },
    },
  };
}

/** The signed sample as a PDF, with a drawn signature. */
export function writeSample(document: PaperKind, locale: Locale, count: number): Promise<WrittenDocument> {
  const drawn = {
    method: 'drawn' as const,
    width: 400,
    height: 150,
    strokes: [
      [
        [20, 110],
        [60, 40],
        [100, 120],
        [160, 30],
        [240, 100],
        [380, 60],
      ] as [number, number][],
    ],
  };
  return writeDocumentPdf(
    documentContent(sampleInputs(document, locale, count)),
    drawn,
    loadFonts(),
    new Date(),
  );
}
