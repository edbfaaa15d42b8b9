// Translating for the main process: the domain catalogue, plus the few texts only the shell shows
// (dialog titles and filters, notifications), kept here so the shell adds no keys to others' catalogues.
import { isMessageKey, translate as translateDomain } from '../domain/messages';
import type { Locale } from '../ipc/types';
import type { MessageParams } from '../ipc/errors';

const shellTexts: Record<Locale, Record<string, string>> = {
  'fr-CA': {
    'dialog.attach.letterOfAuthorization': 'Joindre la lettre d’autorisation',
    'dialog.attach.lastInvoice': 'Joindre la dernière facture',
    'dialog.attach.blifSpreadsheet': 'Joindre le chiffrier d’inscription 411 (BLIF)',
    'dialog.attach.respOrgForm': 'Joindre le formulaire de transfert RespOrg',
    'dialog.documents': 'Documents',
    'dialog.portageFiles': 'Fichiers Portage',
    'dialog.export': 'Exporter les demandes',
    'dialog.import': 'Importer des demandes',
    'notify.portStatus': '{title} : {status}',
    'error.invalidImport': 'Ce fichier n’est pas une exportation Portage lisible. Rien n’a été importé.',
    'error.unavailable': 'Cette fonction n’est pas encore disponible.',
    'error.notInReview': 'Cette demande n’attend plus de décision de votre part.',
    'error.notMixed': 'Cette demande ne mélange pas de numéros sans frais et réguliers : rien à séparer.',
  },
  'en-CA': {
    'dialog.attach.letterOfAuthorization': 'Attach the letter of authorization',
    'dialog.attach.lastInvoice': 'Attach the latest invoice',
    'dialog.attach.blifSpreadsheet': 'Attach the 411 listing (BLIF) spreadsheet',
    'dialog.attach.respOrgForm': 'Attach the RespOrg transfer form',
    'dialog.documents': 'Documents',
    'dialog.portageFiles': 'Portage files',
    'dialog.export': 'Export requests',
    'dialog.import': 'Import requests',
    'notify.portStatus': '{title}: {status}',
    'error.invalidImport': 'This file is not a readable Portage export. Nothing was imported.',
    'error.unavailable': 'This is not available yet.',
    'error.notInReview': 'This request is no longer waiting for your decision.',
    'error.notMixed': 'This request does not mix toll-free and regular numbers: there is nothing to split.',
  },
};

function fill(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    params[name] === undefined ? all : String(params[name]),
  );
}

/** Never throws and never returns an empty string: an unknown key falls back to the generic error. */
export function translateText(locale: Locale, key: string, params: MessageParams = {}): string {
  if (isMessageKey(key)) return translateDomain(locale, key, params);
  const shell = shellTexts[locale][key];
  if (shell !== undefined) return fill(shell, params);
  return translateDomain(locale, 'error.internal');
}
