// A request's numbers as CSV, for the customer's records: each number to port with its type, its label
// (when its row has one) and the request's status and carrier ticket once it is tracked. papaparse
// writes it, so quotes and separators inside labels are escaped as spreadsheets expect.
//
// In French the separator is a semicolon, as Excel in a French locale (decimal comma) reads it; in
// English a comma. A byte-order mark tells Excel the file is UTF-8, so accents survive a double-click.
import Papa from 'papaparse';
import type { DraftDetail } from '../shared/domain/draft-views';
import { rowListOf } from '../shared/domain/intake/fields';
import type { Locale } from '../shared/domain/locale';
import { translate } from '../shared/domain/messages';
import { formatNumber, isTollFree, normalizeNumber } from '../shared/domain/numbers';

function labelsByNumber(draft: DraftDetail): Map<string, string> {
  const list = rowListOf(draft.kind);
  const rows =
    list === null ? [] : ((draft.data.service?.[list] ?? []) as { number?: string; label?: string }[]);
  const labels = new Map<string, string>();
  for (const row of rows) {
    const number = normalizeNumber(row.number ?? '');
    if (number !== null && row.label) labels.set(number, row.label);
  }
  return labels;
}

export function numbersCsv(draft: DraftDetail, locale: Locale): string {
  const say = (key: Parameters<typeof translate>[1], params = {}) => translate(locale, key, params);
  const labels = labelsByNumber(draft);
  const status = say('numbersCsv.statusName', { status: draft.status });
  const rows = (draft.data.numbers?.toPort ?? []).map((typed) => {
    const number = normalizeNumber(typed);
    return [
      number === null ? typed : formatNumber(number, locale),
      number !== null && isTollFree(number) ? say('numbersCsv.tollFree') : say('numbersCsv.regular'),
      number === null ? '' : (labels.get(number) ?? ''),
      status,
      draft.ticket ?? '',
    ];
  });
  const header = ['number', 'type', 'label', 'status', 'ticket'].map((column) =>
    say(`numbersCsv.${column}` as Parameters<typeof translate>[1]),
  );
  const csv = Papa.unparse([header, ...rows], {
    delimiter: locale === 'fr-CA' ? ';' : ',',
    newline: '\r\n',
    // A cell starting with = + - @ is not run as a formula when the customer opens the file.
    escapeFormulae: true,
  });
  return `\uFEFF${csv}\r\n`;
}
