// What a prepared document says, in one language, before any layout: the title, the customer of record,
// the carriers, the authorization, the number lists and the signature block. Built from the draft's
// printed fields (printed-fields.ts), so the PDF prints exactly what a signature later compares, and the
// settings (the dealer named as agent, the new RespOrg). The PDF writer (src-main/paperwork) lays it out.
import type { DraftData } from '../draft';
import type { Locale } from '../locale';
import { translate, type MessageKey, type MessageParams } from '../messages';
import { formatNumber } from '../numbers';
import { printedFieldsOf, type PaperKind } from './printed-fields';
import type { SignatureMethod, Signer } from './signature';

export interface PaperSettings {
  /** The dealer's business, named as the customer's agent. */
  dealerName: string;
  /** The new RespOrg's name or ID (toll-free numbers). */
  newRespOrg: string;
}

export interface DocumentInputs {
  document: PaperKind;
  locale: Locale;
  data: DraftData;
  /** The request's customer reference (PTG-…), printed in the footer. */
  reference: string;
  settings: PaperSettings;
  /** The losing carrier's name from the carrier's list, when the draft names one from it. */
  losingCarrierName: string | null;
  /** When it is signed (or previewed). */
  at: Date;
  /** The time zone dates are printed in (the computer's when left out). */
  timeZone?: string;
  /** Null for a preview: the signature block stays blank. */
  signed: { signer: Signer; method: SignatureMethod } | null;
}

export interface LabelledValue {
  label: string;
  lines: string[];
}

export interface NumberList {
  heading: string;
  /** Formatted for the document's language. */
  numbers: string[];
}

export interface DocumentContent {
  locale: Locale;
  title: string;
  subtitle: string;
  date: string;
  sections: { heading: string; rows: LabelledValue[] }[];
  authorization: string;
  lists: NumberList[];
  texts: {
    none: string;
    inAnnex: (page: number) => string;
    annexTitle: (list: string) => string;
    continued: (list: string) => string;
    footer: (page: number, pages: number) => string;
    preview: string;
  };
  signature: {
    heading: string;
    nameLabel: string;
    titleLabel: string;
    signatureLabel: string;
    dateLabel: string;
    /** Empty in a preview. */
    name: string;
    title: string;
    date: string;
    /** How it was signed, under the block; null in a preview. */
    note: string | null;
  };
  /** PDF metadata. */
  metadata: { title: string; subject: string };
}

function dateText(at: Date, locale: Locale, timeZone: string | undefined, withTime: boolean): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** The content of a prepared document. */
export function documentContent(inputs: DocumentInputs): DocumentContent {
  const { document, locale, settings } = inputs;
  const text = (key: MessageKey, params: MessageParams = {}): string => translate(locale, key, params);
  const printed = printedFieldsOf(inputs.data);
  const format = (numbers: string[]): string[] => numbers.map((n) => formatNumber(n, locale));
  const value = (entry: string): string[] => [entry === '' ? text('paper.notGiven') : entry];
  // The country is chosen from a list (CA, US): printed by its name, the rest exactly as typed.
  const country = (inputs.data.address?.country ?? '').trim().toUpperCase();
  const address = printed.serviceAddress.map((line, index, lines) =>
    index === lines.length - 1 && (country === 'CA' || country === 'US') && line.toUpperCase() === country
      ? text(country === 'CA' ? 'paper.country.CA' : 'paper.country.US')
      : line,
  );
  const loa = document === 'letterOfAuthorization';
  const agent = settings.dealerName.trim() || text('paper.agentNotGiven');
  const losing =
    printed.losingCarrier.reseller !== ''
      ? text('paper.carrier.reseller', { name: printed.losingCarrier.reseller })
      : (inputs.losingCarrierName ?? '').trim();
  const date = dateText(inputs.at, locale, inputs.timeZone, false);

  const customer = {
    heading: text('paper.section.customer'),
    rows: [
      { label: text('paper.customer.name'), lines: value(printed.customerName) },
      {
        label: text('paper.customer.address'),
        lines: address.length > 0 ? address : value(''),
      },
      ...(loa ? [{ label: text('paper.customer.account'), lines: value(printed.accountNumber) }] : []),
    ],
  };
  const carriers = {
    heading: text('paper.section.carriers'),
    rows: loa
      ? [
          { label: text('paper.carrier.losing'), lines: value(losing) },
          { label: text('paper.carrier.new'), lines: ['ThinkTel'] },
          { label: text('paper.carrier.agent'), lines: value(settings.dealerName.trim()) },
        ]
      : [
          { label: text('paper.respOrg.new'), lines: value(settings.newRespOrg.trim()) },
          { label: text('paper.carrier.agent'), lines: value(settings.dealerName.trim()) },
        ],
  };
  const lists: NumberList[] = loa
    ? [
        {
          heading: text('paper.numbers.toPort', { count: printed.numbersToPort.length }),
          numbers: format(printed.numbersToPort),
        },
        {
          heading: text('paper.numbers.toRemain', { count: printed.numbersToRemain.length }),
          numbers: format(printed.numbersToRemain),
        },
        {
          heading: text('paper.numbers.toDisconnect', { count: printed.numbersToDisconnect.length }),
          numbers: format(printed.numbersToDisconnect),
        },
      ]
    : [
        {
          heading: text('paper.numbers.tollFree', { count: printed.numbersToPort.length }),
          numbers: format(printed.numbersToPort),
        },
      ];
  const signed = inputs.signed;
  const when = dateText(inputs.at, locale, inputs.timeZone, true);
  const title = text(loa ? 'paper.loa.title' : 'paper.respOrg.title');
  return {
    locale,
    title,
    subtitle: text(loa ? 'paper.loa.subtitle' : 'paper.respOrg.subtitle'),
    date: text('paper.date', { date }),
    sections: [customer, carriers],
    authorization: loa
      ? text('paper.loa.authorization', { agent, losing: losing || text('paper.notGiven') })
      : text('paper.respOrg.authorization', {
          agent,
          respOrg: settings.newRespOrg.trim() || text('paper.notGiven'),
        }),
    lists,
    texts: {
      none: text('paper.numbers.none'),
      inAnnex: (page) => text('paper.numbers.inAnnex', { page }),
      annexTitle: (list) => text('paper.annex.title', { list }),
      continued: (list) => text('paper.annex.continued', { list }),
      footer: (page, pages) => text('paper.footer', { reference: inputs.reference, page, pages }),
      preview: text('paper.preview'),
    },
    signature: {
      heading: text('paper.section.signature'),
      nameLabel: text('paper.signer.name'),
      titleLabel: text('paper.signer.title'),
      signatureLabel: text('paper.signer.signature'),
      dateLabel: text('paper.signer.date'),
      name: signed?.signer.name.trim() ?? '',
      title: signed?.signer.title.trim() ?? '',
      date: signed ? date : '',
      note: signed
        ? text(signed.method === 'drawn' ? 'paper.signed.drawn' : 'paper.signed.typed', { when })
        : null,
    },
    metadata: { title: `${title} — ${printed.customerName}`, subject: inputs.reference },
  };
}

/** The file name a signed document is attached and saved under. */
export function documentFileName(document: PaperKind, locale: Locale, reference: string): string {
  return translate(locale, `paper.fileName.${document}`, { reference });
}
