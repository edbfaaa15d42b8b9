// What importing does to a draft: the file's numbers join its numbers to port, after the ones already
// there, and for kinds with a row per number each new number gets its row, filled with the details the
// file gave (label, caller name, forward destination…). A row already there for a number keeps what the
// dealer typed; only empty fields take the file's values. Rows are made as the editor makes them
// (ServiceSection.svelte), so an imported number looks like a typed one.
import type { DraftKind } from '../catalogue';
import type { DraftData } from '../draft';
import type { Locale } from '../locale';
import { normalizeNumber } from '../numbers';
import { rowListOf, rowPropertyOf, type DetailField } from './fields';

export interface ImportedNumber {
  number: string;
  details: Partial<Record<DetailField, string>>;
}

type Row = { number?: string } & Record<string, unknown>;

/** A new row for a number, as the editor would make it. */
function newRow(kind: DraftKind, number: string, locale: Locale): Row {
  switch (rowListOf(kind)) {
    case 'dids':
      return { number, label: '' };
    case 'lines':
      // The line's language follows the dealer's (the carrier's Locale: 5 French, 2 English).
      return { number, planId: '', locale: locale === 'fr-CA' ? 5 : 2, enabled: true };
    case 'forwards':
      return { number, callForwardingNumber: '', enabled: true };
    default:
      return { number, forwardTo: '' };
  }
}

function fill(row: Row, kind: DraftKind, details: ImportedNumber['details']): Row {
  const filled: Row = { ...row };
  for (const [field, value] of Object.entries(details) as [DetailField, string][]) {
    const property = rowPropertyOf(kind, field);
    if (property === null || value === '') continue;
    const current = filled[property];
    if (current === undefined || current === '') filled[property] = value;
  }
  return filled;
}

/** The draft with `imported` added (each number once; numbers already there are left as they are). */
export function mergeImported(
  data: DraftData,
  kind: DraftKind,
  imported: readonly ImportedNumber[],
  locale: Locale,
): DraftData {
  const toPort = [...(data.numbers?.toPort ?? [])];
  const present = new Set(toPort.map((entry) => normalizeNumber(entry) ?? entry));
  const added = imported.filter((entry) => {
    if (present.has(entry.number)) return false;
    present.add(entry.number);
    return true;
  });
  const next: DraftData = {
    ...data,
    numbers: { ...data.numbers, toPort: [...toPort, ...added.map((entry) => entry.number)] },
  };
  const list = rowListOf(kind);
  if (list === null) return next;
  const rows = [...((data.service?.[list] ?? []) as Row[])];
  const rowIndex = new Map(rows.map((row, index) => [normalizeNumber(row.number ?? '') ?? '', index]));
  for (const entry of imported) {
    const index = rowIndex.get(entry.number);
    if (index === undefined) {
      rowIndex.set(entry.number, rows.length);
      rows.push(fill(newRow(kind, entry.number, locale), kind, entry.details));
    } else {
      const existing = rows[index];
      if (existing) rows[index] = fill(existing, kind, entry.details);
    }
  }
  return { ...next, service: { ...data.service, [list]: rows } };
}
