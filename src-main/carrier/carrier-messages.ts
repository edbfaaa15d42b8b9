// Message keys for carrier errors and account results, with their fr-CA and en-CA texts.
// The domain's message catalogue (src-main/domain/messages/) should carry these keys; this file is the
// source of the wording until it does.

export const carrierMessages = {
  'carrier.unauthorized': {
    'en-CA': 'The carrier refused the customer number or password. Check the account settings.',
    'fr-CA':
      'Le transporteur a refusé le numéro de client ou le mot de passe. Vérifiez les paramètres du compte.',
  },
  'carrier.forbidden': {
    'en-CA': 'This account is not allowed to do this with the carrier.',
    'fr-CA': "Ce compte n'a pas le droit d'effectuer cette opération auprès du transporteur.",
  },
  'carrier.notFound': {
    'en-CA': 'The carrier does not know this item.',
    'fr-CA': 'Le transporteur ne connaît pas cet élément.',
  },
  'carrier.rateLimited': {
    'en-CA': 'The carrier asked us to slow down. Portage will try again shortly.',
    'fr-CA': 'Le transporteur demande de ralentir. Portage réessaiera sous peu.',
  },
  'carrier.server': {
    'en-CA': 'The carrier had a problem on its side. Portage will try again.',
    'fr-CA': 'Le transporteur a éprouvé un problème de son côté. Portage réessaiera.',
  },
  'carrier.exception': {
    'en-CA': 'The carrier refused the request: {message}',
    'fr-CA': 'Le transporteur a refusé la demande : {message}',
  },
  'carrier.badResponse': {
    'en-CA': 'The carrier sent an answer Portage could not read.',
    'fr-CA': 'Le transporteur a envoyé une réponse que Portage ne peut pas lire.',
  },
  'carrier.timeout': {
    'en-CA': 'The carrier did not answer in time.',
    'fr-CA': "Le transporteur n'a pas répondu à temps.",
  },
  'carrier.connectionFailed': {
    'en-CA': 'Portage could not reach the carrier. Check the Internet connection.',
    'fr-CA': 'Portage ne peut pas joindre le transporteur. Vérifiez la connexion Internet.',
  },
  'carrier.connectionDropped': {
    'en-CA': 'The connection to the carrier was cut before its answer arrived.',
    'fr-CA': 'La connexion avec le transporteur a été coupée avant sa réponse.',
  },
  'carrier.certificate': {
    'en-CA': "The carrier's security certificate could not be verified. The connection was not used.",
    'fr-CA':
      "Le certificat de sécurité du transporteur n'a pas pu être vérifié. La connexion n'a pas été utilisée.",
  },
  'carrier.noAccount': {
    'en-CA': 'No carrier account is set up yet.',
    'fr-CA': "Aucun compte de transporteur n'est encore configuré.",
  },
  'carrier.invalidRequest': {
    'en-CA': 'Portage could not prepare this request for the carrier.',
    'fr-CA': 'Portage ne peut pas préparer cette demande pour le transporteur.',
  },
  'account.invalidUrl': {
    'en-CA': 'The address is not a valid web address.',
    'fr-CA': "L'adresse n'est pas une adresse Web valide.",
  },
  'account.insecureUrl': {
    'en-CA': 'The address must start with https:// (plain http is only allowed on this computer).',
    'fr-CA': "L'adresse doit commencer par https:// (http simple n'est permis que sur cet ordinateur).",
  },
  'account.usernameRequired': {
    'en-CA': 'Enter the customer number.',
    'fr-CA': 'Entrez le numéro de client.',
  },
  'account.passwordRequired': {
    'en-CA': 'Enter the password.',
    'fr-CA': 'Entrez le mot de passe.',
  },
  'account.encryptionWeak': {
    'en-CA':
      'This computer cannot store the password securely (it would only be disguised). Keep it for this session only, or set up the system keyring.',
    'fr-CA':
      'Cet ordinateur ne peut pas conserver le mot de passe de façon sûre (il serait seulement masqué). Gardez-le pour cette session seulement, ou configurez le trousseau du système.',
  },
  'account.encryptionUnavailable': {
    'en-CA': 'This computer cannot encrypt the password. It can be kept for this session only.',
    'fr-CA':
      'Cet ordinateur ne peut pas chiffrer le mot de passe. Il peut être gardé pour cette session seulement.',
  },
  'account.storedPasswordUnreadable': {
    'en-CA': 'The saved password can no longer be read on this computer. Enter it again.',
    'fr-CA': 'Le mot de passe enregistré ne peut plus être lu sur cet ordinateur. Entrez-le de nouveau.',
  },
} as const satisfies Record<string, { 'en-CA': string; 'fr-CA': string }>;

export type CarrierMessageKey = keyof typeof carrierMessages;
