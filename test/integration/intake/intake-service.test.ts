// Numbers from a spreadsheet end to end below the screen: the intake service with its real worker
// thread and a store on a real SQLite file. CSV (French Excel's semicolons in Windows-1252), TSV and
// XLSX files; the store's checks (numbers in another active request, prefixes not in the portable
// list); a mixed file making two requests; and a request's numbers out as CSV.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIntakeService, type IntakeService } from '../../../src-main/intake/intake-service';
import { numbersCsv } from '../../../src-main/intake/numbers-csv';
import { createIntakeWorker, type IntakeWorker } from '../../../src-main/intake/worker-client';
import { Failure } from '../../../src-main/shared/domain/failure';
import { numberSheet, xlsxOf } from '../../support/number-sheets';
import { tempStore, type TempStore } from '../store/temp-store';

let t: TempStore;
let worker: IntakeWorker;
let intake: IntakeService;

beforeEach(() => {
  t = tempStore();
  worker = createIntakeWorker();
  intake = createIntakeService({
    store: t.store,
    worker,
    portablePrefixes: () => [514555, 613555, 800555],
    locale: () => 'fr-CA',
  });
});
afterEach(async () => {
  await worker.close();
  t.cleanup();
});

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252, what French Excel writes as "CSV": é is one byte, 0xE9. */
const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('the intake service', () => {
  it('reads a French Excel CSV (semicolons, Windows-1252) and guesses its columns', async () => {
    const { id } = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Clinique' } });
    const file = windows1252('Numéro;Étiquette\r\n514 555-0101;Réception\r\n514 555-0102;Comptabilité\r\n');
    const preview = await intake.open(id, { name: 'numéros.csv', content: file });
    expect(preview.mapping).toEqual({ hasHeader: true, columns: ['number', 'label'] });
    expect(preview.firstRows).toEqual([
      ['Numéro', 'Étiquette'],
      ['514 555-0101', 'Réception'],
      ['514 555-0102', 'Comptabilité'],
    ]);
    const result = await intake.apply(preview.importId, preview.mapping);
    expect(result.outcome).toBe('one');
    if (result.outcome !== 'one') return;
    expect(result.added).toBe(2);
    expect(result.draft.data.service?.dids).toEqual([
      { number: '5145550101', label: 'Réception' },
      { number: '5145550102', label: 'Comptabilité' },
    ]);
    // Stored, not only answered.
    expect(t.store.drafts.get(id).data.numbers?.toPort).toEqual(['5145550101', '5145550102']);
  });

  it('reads a TSV, and reports numbers in another active request and prefixes not portable', async () => {
    const other = t.store.drafts.create('sipTrunkDids', {
      customer: { name: 'Autre client' },
      numbers: { toPort: ['613 555 0101'] },
    });
    const { id } = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Clinique' } });
    const preview = await intake.open(id, {
      name: 'numbers.tsv',
      content: utf8('613 555 0101\tA\n416 979 0000\tB\n613 555 0102\tC\n'),
    });
    expect(preview.mapping).toEqual({ hasHeader: false, columns: ['number', null] });
    const report = await intake.check(preview.importId, preview.mapping);
    expect(report.checked).toBe(3);
    expect(report.importable).toBe(3);
    expect(report.counts.otherRequest).toBe(1);
    expect(report.counts.notPortable).toBe(1);
    expect(report.rows.map((row) => [row.row, row.problems])).toEqual([
      [1, [{ kind: 'otherRequest', requests: [{ id: other.id, title: other.title }] }]],
      [2, [{ kind: 'notPortable', prefix: 416979 }]],
    ]);
  });

  it('makes two requests of a 300-row XLSX mixing regular and toll-free numbers', async () => {
    const sheet = numberSheet({ regular: 250, tollFree: 45, invalid: 3, duplicates: 2, language: 'en-CA' });
    const { id } = t.store.drafts.create('sipTrunkDids', {
      customer: { name: 'Société Générale du Québec Inc.' },
    });
    const preview = await intake.open(id, { name: 'numbers.xlsx', content: await xlsxOf(sheet.rows) });
    expect(preview.rowCount).toBe(301);
    const report = await intake.check(preview.importId, preview.mapping);
    expect([report.checked, report.importable, report.regular, report.tollFree]).toEqual([300, 295, 250, 45]);
    expect([report.counts.invalid, report.counts.duplicate, report.split]).toEqual([3, 2, true]);
    expect(report.rows.map((row) => row.row)).toEqual([...sheet.invalidRows, ...sheet.duplicateRows]);

    const result = await intake.apply(preview.importId, preview.mapping);
    expect(result.outcome).toBe('split');
    if (result.outcome !== 'split') return;
    expect(result.regular.id).toBe(id);
    expect(result.regular.data.numbers?.toPort).toEqual(sheet.regular);
    expect(result.tollFree.data.numbers?.toPort).toEqual(sheet.tollFree);
    expect(result.tollFree.data.customer?.name).toBe('Société Générale du Québec Inc.');
    // The file is let go once added: a second apply is refused, with the message to choose it again.
    await expect(intake.apply(preview.importId, preview.mapping)).rejects.toMatchObject({
      code: 'intakeGone',
    });
  });

  it('refuses a file that is not a spreadsheet, and a request that is no longer editable', async () => {
    const { id } = t.store.drafts.create('sipTrunkDids', {});
    const notASheet = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3, 0, 0]);
    await expect(intake.open(id, { name: 'x.xlsx', content: notASheet })).rejects.toBeInstanceOf(Failure);
    await expect(intake.open(id, { name: 'x.xlsx', content: notASheet })).rejects.toMatchObject({
      code: 'intakeUnreadable',
    });
    await expect(intake.open(id, { name: 'empty.csv', content: utf8('\n\n') })).rejects.toMatchObject({
      code: 'intakeEmpty',
    });
    t.store.drafts.setStatus(id, 'submitted');
    await expect(intake.open(id, { name: 'n.csv', content: utf8('613 555 0101\n') })).rejects.toMatchObject({
      code: 'draftLocked',
    });
  });

  it('exports a request’s numbers as CSV for the customer, accents and labels kept', async () => {
    const { id } = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Clinique' } });
    const preview = await intake.open(id, {
      name: 'n.csv',
      content: utf8('Number,Label\n514 555 0101,"Salle ""A"", étage 2"\n1 800 555 0199,=cmd\n'),
    });
    await intake.apply(preview.importId, preview.mapping);
    const regular = t.store.drafts.get(id);
    const csv = numbersCsv(regular, 'fr-CA');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Numéro;Type;Étiquette;État;Billet du fournisseur',
      '514 555-0101;Régulier;"Salle ""A"", étage 2";Brouillon;',
      '',
    ]);
  });
});
