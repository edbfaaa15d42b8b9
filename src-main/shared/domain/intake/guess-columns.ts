// The first guess of the mapping step: which column holds the numbers and which the per-number details,
// from the headers in French or English ("Numéro de téléphone", "Phone", "Étiquette", "Renvoyer à"…),
// else from what the cells hold. The dealer sees the guess beside the first rows and corrects it.
import type { DraftKind } from '../catalogue';
import { normalizeNumber } from '../numbers';
import { fieldsForKind, type IntakeField } from './fields';

export interface IntakeMapping {
  /** The first row names the columns: it is not imported. */
  hasHeader: boolean;
  /** For each column of the file, the field it fills, or null to leave it out. */
  columns: (IntakeField | null)[];
}

/** A header as compared: lower case, no accents, words separated by single spaces. */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Most specific first: "Nom de l’appelant" is a caller name before it is a label, "Forward to number" a
// destination before it is a number. A header matches a field when the pattern is found in its key.
const headerPatterns: readonly (readonly [IntakeField, RegExp])[] = [
  [
    'forwardTo',
    /\b(forward(ed|ing)? to|forward|renvoi|renvoyer|renvoye|destination|acheminer|transferer a)\b/,
  ],
  ['callerName', /\b(caller name|cnam|nom (de l )?appelant|nom affiche|afficheur)\b/],
  ['callerId', /\b(caller id|clid|id (de l )?appelant|numero affiche)\b/],
  [
    'additionalLabel',
    /\b((additional|second|other) label|label 2|etiquette (2|supplementaire|additionnelle)|libelle 2)\b/,
  ],
  ['email', /\b(e ?mail|courriel|adresse electronique)\b/],
  ['extension', /\b(extension|ext|poste)\b/],
  ['rateCenterName', /\b(rate cent(er|re)|centre tarifaire|circonscription)\b/],
  ['planId', /\b(plan|forfait)\b/],
  ['account', /\b(account|compte)\b/],
  ['number', /\b(numbers?|numeros?|no|n|phone|telephone|tel|did|tn|dn|ligne|line)\b/],
  ['label', /\b(labels?|etiquettes?|libelles?|description|nom|name|emplacement|location|utilisateur|user)\b/],
];

/**
 * The field a header names among those offered, or null. The most specific pattern that matches
 * decides: a "Caller name" column is a caller name, left out where the kind has none, never taken for
 * a label because it also says "name".
 */
export function fieldForHeader(header: string, offered: readonly IntakeField[]): IntakeField | null {
  const key = headerKey(header);
  if (key === '') return null;
  const named = headerPatterns.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
  return named !== null && offered.includes(named) ? named : null;
}

/** The column whose cells are most often numbers (at least half of the non-empty ones), or -1. */
function numberColumnByContent(rows: readonly (readonly string[])[], width: number): number {
  let best = -1;
  let bestCount = 0;
  for (let column = 0; column < width; column += 1) {
    let filled = 0;
    let numbers = 0;
    for (const row of rows) {
      const cell = row[column]?.trim() ?? '';
      if (cell === '') continue;
      filled += 1;
      if (normalizeNumber(cell) !== null) numbers += 1;
    }
    if (numbers > bestCount && numbers * 2 >= filled) {
      best = column;
      bestCount = numbers;
    }
  }
  return best;
}

/** Rows looked at to guess: enough to see a pattern, few enough to stay instant on 5,000 rows. */
const sampleSize = 50;

/** Guesses the mapping of a table (rows of cells as text) for a request of this kind. */
export function guessMapping(rows: readonly (readonly string[])[], kind: DraftKind): IntakeMapping {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const offered = fieldsForKind(kind);
  const first = rows[0] ?? [];
  const named: (IntakeField | null)[] = [];
  for (let column = 0; column < width; column += 1) {
    const field = fieldForHeader(first[column] ?? '', offered);
    // Each field from one column only: the first that names it.
    named.push(field !== null && !named.includes(field) ? field : null);
  }
  // A first row holding no number is a header when it names a column, or when numbers follow under it.
  const firstHoldsNumber = first.some((cell) => normalizeNumber(cell) !== null);
  const below = numberColumnByContent(rows.slice(1, 1 + sampleSize), width);
  const hasHeader =
    !firstHoldsNumber && rows.length > 1 && (named.some((field) => field !== null) || below >= 0);
  const columns = hasHeader ? named : named.map(() => null);
  if (!columns.includes('number')) {
    const column = hasHeader ? below : numberColumnByContent(rows.slice(0, sampleSize), width);
    if (column >= 0) columns[column] = 'number';
  }
  return { hasHeader, columns };
}
