// The carrier's reject codes ('RJCT CODE' in a rejected port's RejectDetails), explained in the dealer's
// language: what the current (losing) provider objected to, and what to do about it.
//
// Where the list comes from: the reasons are the common ones for which a losing provider in Canada
// rejects a port-in Local Service Request under the CRTC Interconnection Steering Committee's (CISC)
// local number portability process, as carriers' published rejection guides describe them: the
// customer's account number, main number, name, service address or postal code does not match the
// provider's records; a number is not on the account or not in service; an order is pending; numbers
// left on the account are not accounted for; the authorization is missing; the date cannot be met; a
// number cannot be ported to this service; another port is under way. The two-character codes follow
// the numbering ThinkTel's reject rows use (6A account number, 6C name, 6E postal code, as the practice
// carrier answers them); the others of the family have not been checked against a ThinkTel code list.
// That is why the carrier's own words always stay under "Details", and why a code that is not here is
// never guessed at: it falls back to the carrier's raw text (reject-explanation.ts).
// The explanations are written in our own words.
import type { Bilingual } from './lsr-fields';

export interface RejectCode {
  /** What the losing provider objected to. */
  readonly reason: Bilingual;
  /** What the dealer can do about it. */
  readonly advice: Bilingual;
}

export const rejectCodes: Readonly<Record<string, RejectCode>> = {
  '6A': {
    reason: {
      'en-CA': 'The account number does not match the current provider’s records.',
      'fr-CA': 'Le numéro de compte ne correspond pas au dossier du fournisseur actuel.',
    },
    advice: {
      'en-CA':
        'Copy the account number exactly as it appears on the customer’s latest bill from their current provider; it is often not the telephone number.',
      'fr-CA':
        'Recopiez le numéro de compte exactement comme sur la dernière facture du client chez son fournisseur actuel; ce n’est souvent pas le numéro de téléphone.',
    },
  },
  '6B': {
    reason: {
      'en-CA': 'The account’s main telephone number does not match the current provider’s records.',
      'fr-CA':
        'Le numéro de téléphone principal du compte ne correspond pas au dossier du fournisseur actuel.',
    },
    advice: {
      'en-CA':
        'Ask the customer for the main (billing) number on their bill, and check that every number to port is on that account.',
      'fr-CA':
        'Demandez au client le numéro principal (de facturation) inscrit sur sa facture, et vérifiez que chaque numéro à transférer est à ce compte.',
    },
  },
  '6C': {
    reason: {
      'en-CA': 'The customer’s name does not match the name on the account at the current provider.',
      'fr-CA': 'Le nom du client ne correspond pas au nom inscrit au compte chez le fournisseur actuel.',
    },
    advice: {
      'en-CA':
        'Enter the name exactly as it appears on the current provider’s bill: same spelling, the full legal name of a business, no abbreviations.',
      'fr-CA':
        'Inscrivez le nom exactement comme sur la facture du fournisseur actuel\u00a0: même orthographe, raison sociale complète pour une entreprise, sans abréviation.',
    },
  },
  '6D': {
    reason: {
      'en-CA': 'The service address does not match the current provider’s records.',
      'fr-CA': 'L’adresse de service ne correspond pas au dossier du fournisseur actuel.',
    },
    advice: {
      'en-CA':
        'Enter the address where the lines are installed, as it appears on the bill (not the billing address if it differs).',
      'fr-CA':
        'Inscrivez l’adresse où les lignes sont installées, telle qu’elle figure sur la facture (et non l’adresse de facturation si elle est différente).',
    },
  },
  '6E': {
    reason: {
      'en-CA': 'The postal code of the service address does not match the current provider’s records.',
      'fr-CA': 'Le code postal de l’adresse de service ne correspond pas au dossier du fournisseur actuel.',
    },
    advice: {
      'en-CA': 'Check the postal code on the customer’s bill and enter it as A1A 1A1.',
      'fr-CA': 'Vérifiez le code postal sur la facture du client et inscrivez-le sous la forme A1A 1A1.',
    },
  },
  '6F': {
    reason: {
      'en-CA': 'At least one number is not on this customer’s account at the current provider.',
      'fr-CA': 'Au moins un numéro n’est pas au compte de ce client chez le fournisseur actuel.',
    },
    advice: {
      'en-CA':
        'Check with the customer which account each number is on; numbers on different accounts need separate requests.',
      'fr-CA':
        'Vérifiez avec le client à quel compte appartient chaque numéro; des numéros de comptes différents nécessitent des demandes distinctes.',
    },
  },
  '6G': {
    reason: {
      'en-CA':
        'At least one number is not in service at the current provider (disconnected or never assigned).',
      'fr-CA':
        'Au moins un numéro n’est pas en service chez le fournisseur actuel (débranché ou jamais attribué).',
    },
    advice: {
      'en-CA':
        'Confirm with the customer that the number still works. A disconnected number must be restored by the current provider before it can be ported.',
      'fr-CA':
        'Confirmez avec le client que le numéro fonctionne toujours. Un numéro débranché doit être rétabli par le fournisseur actuel avant de pouvoir être transféré.',
    },
  },
  '6H': {
    reason: {
      'en-CA':
        'The current provider has another order under way on this account (a change, a move or a disconnection).',
      'fr-CA':
        'Le fournisseur actuel a une autre commande en cours sur ce compte (une modification, un déménagement ou un débranchement).',
    },
    advice: {
      'en-CA': 'Ask the customer to have that order completed or cancelled, then send the request again.',
      'fr-CA':
        'Demandez au client de faire terminer ou annuler cette commande, puis envoyez la demande de nouveau.',
    },
  },
  '6J': {
    reason: {
      'en-CA':
        'Some numbers on the account are not in the request, and the request does not say what happens to them.',
      'fr-CA':
        'Certains numéros du compte ne sont pas dans la demande, et celle-ci ne précise pas ce qu’il advient d’eux.',
    },
    advice: {
      'en-CA': 'List the numbers that stay with the current provider, or the ones to disconnect.',
      'fr-CA': 'Indiquez les numéros qui restent chez le fournisseur actuel, ou ceux à débrancher.',
    },
  },
  '6K': {
    reason: {
      'en-CA':
        'The letter of authorization is missing, unsigned, out of date, or does not match the request.',
      'fr-CA': 'La lettre d’autorisation est absente, non signée, périmée ou ne correspond pas à la demande.',
    },
    advice: {
      'en-CA':
        'Attach a letter of authorization signed and dated by the customer that names every number to port.',
      'fr-CA':
        'Joignez une lettre d’autorisation signée et datée par le client, qui nomme chaque numéro à transférer.',
    },
  },
  '6L': {
    reason: {
      'en-CA': 'The requested port date cannot be met: too soon, a holiday, or not a working day.',
      'fr-CA':
        'La date de transfert demandée ne peut pas être respectée\u00a0: trop rapprochée, un jour férié ou un jour non ouvrable.',
    },
    advice: {
      'en-CA': 'Choose a later working day, or leave the date empty for the earliest possible date.',
      'fr-CA':
        'Choisissez un jour ouvrable plus éloigné, ou laissez la date vide pour la première date possible.',
    },
  },
  '6M': {
    reason: {
      'en-CA': 'At least one number cannot be ported to this service from where it is today.',
      'fr-CA':
        'Au moins un numéro ne peut pas être transféré vers ce service à partir de son emplacement actuel.',
    },
    advice: {
      'en-CA':
        'Check the number’s area code and exchange in the carrier’s list of portable prefixes; ThinkTel’s porting team can confirm.',
      'fr-CA':
        'Vérifiez l’indicatif régional et le central du numéro dans la liste des préfixes transférables du fournisseur; l’équipe de portage de ThinkTel peut le confirmer.',
    },
  },
  '6N': {
    reason: {
      'en-CA': 'Another port request for this number is already under way.',
      'fr-CA': 'Une autre demande de transfert pour ce numéro est déjà en cours.',
    },
    advice: {
      'en-CA':
        'Check whether you, or another provider, already sent one. Wait for it to finish, or have it cancelled, before sending again.',
      'fr-CA':
        'Vérifiez si vous, ou un autre fournisseur, en avez déjà envoyé une. Attendez qu’elle se termine, ou faites-la annuler, avant d’envoyer de nouveau.',
    },
  },
};

/** The table's entry for a code as the carrier wrote it ('6c', ' 6C '), or null when it is not known. */
export function rejectCode(code: string | undefined): RejectCode | null {
  if (!code?.trim()) return null;
  return rejectCodes[code.trim().toUpperCase()] ?? null;
}
