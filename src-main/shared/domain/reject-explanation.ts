// A rejected port explained in the dealer's language: for each of the carrier's reject rows, the field at
// fault (lsr-fields.ts), what was wrong and what to do (reject-codes.ts), and the carrier's raw row kept
// for "Details". A code Portage does not know is never guessed at: the reason is then the carrier's own
// remarks, as written. Pure; the tracking view and the editor's "edit a copy" note both use it.
import type { RejectDetail } from './contract';
import type { Locale } from './locale';
import { lsrField, type Bilingual } from './lsr-fields';
import { portageFieldForReject } from './reject-fields';
import { rejectCode } from './reject-codes';

export interface ExplainedReject {
  /** The draft field at fault, or null when it is not one the dealer typed. */
  path: string | null;
  /** The field's name in the dealer's language; the carrier's abbreviation when unknown; null when none. */
  field: string | null;
  /** What was wrong: Portage's explanation, or the carrier's own remarks when the code is not known. */
  reason: string;
  /** What to do, when the code is known. */
  advice: string | null;
  /** True when `reason` is Portage's explanation; false when it is the carrier's raw text. */
  explained: boolean;
  /** The number the row is about, as the carrier wrote it. */
  number: string | null;
  /** The carrier's row as sent, for "Details". */
  raw: string;
}

export interface RejectAnswer {
  reason: string;
  summary: string;
  details: readonly RejectDetail[];
}

const noReason: Bilingual = {
  'en-CA': 'The carrier gave no reason.',
  'fr-CA': 'Le fournisseur n’a donné aucune raison.',
};

const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The carrier's row as one line: each field it sent, in its order, "KEY value". */
export function rawRejectRow(detail: RejectDetail): string {
  return Object.entries(detail)
    .filter(([, value]) => typeof value === 'string' && value.trim() !== '')
    .map(([key, value]) => `${key} ${String(value).trim()}`)
    .join(' · ');
}

/** One reject row. `fallback`: the carrier's text to show when the row has no remarks of its own. */
export function explainRejectDetail(
  detail: RejectDetail,
  locale: Locale,
  fallback: string | null = null,
): ExplainedReject {
  const abbreviation = text(detail['FLD ABBR']);
  const field = lsrField(abbreviation ?? undefined);
  const code = rejectCode(detail['RJCT CODE']);
  const carrierWords =
    text(detail['RJCT REMARKS']) ?? text(detail.REMARKS) ?? fallback ?? text(detail['RJCT CODE']);
  return {
    path: portageFieldForReject(detail),
    field: field ? field.name[locale] : abbreviation,
    reason: code ? code.reason[locale] : (carrierWords ?? noReason[locale]),
    advice: code ? code.advice[locale] : null,
    explained: code !== null,
    number: text(detail['PORTED #']) ?? text(detail['DISC #']),
    raw: rawRejectRow(detail),
  };
}

/** Every row of a rejection; with no rows, the rejection's own reason (raw: the carrier gave no code). */
export function explainReject(answer: RejectAnswer, locale: Locale): ExplainedReject[] {
  const fallback = text(answer.reason) ?? text(answer.summary);
  if (answer.details.length === 0) {
    return [
      {
        path: null,
        field: null,
        reason: fallback ?? noReason[locale],
        advice: null,
        explained: false,
        number: null,
        raw: [answer.reason, answer.summary].filter((part) => part.trim() !== '').join(' · '),
      },
    ];
  }
  return answer.details.map((detail) => explainRejectDetail(detail, locale, fallback));
}
