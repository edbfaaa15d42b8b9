// Tous les messages du domaine, en français du Québec (syntaxe ICU). Mêmes clés que en-CA.ts, exactement.
import { intakeMessagesFr } from './intake.fr-CA';
import type { MessageKey } from './en-CA';
import { paperworkFr } from './paperwork.fr-CA';

/** Les noms des genres de demande, repris tels quels par le catalogue de l’interface. */
export const kindNamesFr = {
  'kind.sipTrunkDids': 'Numéros sur une liaison SIP',
  'kind.generalProduct': 'Service général',
  'kind.generalChildProduct': 'Service général enfant',
  'kind.residentialLine': 'Ligne résidentielle',
  'kind.businessLine': 'Ligne d’affaires',
  'kind.permanentCallForward': 'Renvoi d’appel permanent',
  'kind.businessPermanentCallForward': 'Renvoi d’appel permanent d’affaires',
  'kind.virtualFax': 'Télécopie virtuelle',
} satisfies Partial<Record<MessageKey, string>>;

export const frCA = {
  'error.invalidInput': 'Certains renseignements ne sont pas valides. Vérifiez les champs en surbrillance.',
  'error.notFound': 'Cet élément n’existe plus. Il a peut-être été supprimé.',
  'error.draftLocked':
    'Cette demande a déjà été finalisée et ne peut plus être modifiée. Faites-en une copie pour la modifier.',
  'error.attachmentTooLarge': 'Ce fichier est trop volumineux ({size}). La limite est de {limit}.',
  'error.databaseFromNewerVersion':
    'Vos données ont été enregistrées par une version plus récente de Portage. Mettez Portage à jour pour les ouvrir\u00a0; rien n’a été modifié.',
  'error.databaseUnreadable':
    'Portage ne peut pas lire vos données\u00a0: le fichier est endommagé, ou sa clé sur cet ordinateur n’est pas celle avec laquelle il a été enregistré.',
  'error.databaseDamaged': 'Votre fichier de données est endommagé.',
  'error.databaseKeyUnreadable':
    'Le trousseau de cet ordinateur n’a pas pu déverrouiller la clé de vos données. Ouvrez votre session comme d’habitude, puis rouvrez Portage.',
  'error.databaseKeyMissing':
    'La clé de vos données manque dans le dossier de données\u00a0: vos données ne peuvent pas être ouvertes.',
  'error.keyProtectionRefused':
    'Portage n’a pas démarré\u00a0: vos données n’auraient pas été protégées comme vous le souhaitiez.',
  'error.internal':
    'Un problème est survenu dans Portage. Votre travail est enregistré. Réessayez, puis redémarrez Portage si le problème persiste.',
  'error.forbiddenSender':
    'Cette demande ne provenait pas de la fenêtre de Portage\u00a0; elle a été refusée.',
  'error.notReady':
    'Cette demande n’est pas encore prête à être envoyée\u00a0: {count, plural, one {# élément demande} other {# éléments demandent}} votre attention.',

  'error.invalidDraft':
    'Une partie de ce brouillon n’est pas dans la forme attendue\u00a0; il n’a pas été enregistré. Votre dernier enregistrement est conservé.',
  'error.revisionConflict':
    'Ce brouillon a été modifié ailleurs dans Portage depuis que vous l’avez ouvert (version {actual}). Rechargez-le pour continuer.',
  'error.draftInTrash': 'Ce brouillon est dans la corbeille. Restaurez-le pour le modifier.',
  'error.storage':
    'Portage n’a pas pu écrire dans son fichier de données. Vérifiez que le disque n’est pas plein\u00a0; votre dernier enregistrement est conservé.',
  'error.attachmentMissing':
    'Le fichier «\u00a0{name}\u00a0» n’est plus dans Portage. Joignez-le de nouveau.',
  'error.attachmentCorrupt': 'Le fichier «\u00a0{name}\u00a0» est endommagé\u00a0; il n’a pas été importé.',
  'error.invalidImport':
    'Ce fichier n’est pas une exportation de Portage, ou il est endommagé. Rien n’a été importé.',
  'error.draftTooLarge':
    'Cette demande contient trop de données pour être enregistrée ({size} ; la limite est de {limit}). Retirez une partie de ce qui y a été collé. Votre dernier enregistrement est conservé.',
  'error.importTooLarge':
    'Le fichier « {name} » est trop volumineux pour être importé ({size} ; la limite est de {limit}). Rien n’a été importé. Sur l’autre ordinateur, exportez moins de brouillons à la fois.',
  'error.exportTooLarge':
    'Ces brouillons et leurs documents donneraient un fichier trop volumineux ({size} ; la limite est de {limit}). Rien n’a été enregistré. Exportez moins de brouillons à la fois.',

  // Copier le diagnostic (src-main/diagnostics/report.ts) : des nombres et des tailles, jamais de données de clients.
  'diagnostics.heading': 'Diagnostic de Portage ({at})',
  'diagnostics.version': 'Version : {version}',
  'diagnostics.system': 'Système : {system} · {runtime}',
  'diagnostics.session': 'Langue : {locale} · Mode pratique : {practice} · En ligne : {online}',
  'diagnostics.database': 'Base de données : {size} (journal {journal}) · version du schéma {schema}',
  'diagnostics.rows': 'Rangées : {counts}',
  'diagnostics.problems':
    '{count, plural, =0 {Aucun avertissement ni erreur dans le journal.} one {Le dernier avertissement ou la dernière erreur du journal :} other {Les # derniers avertissements et erreurs du journal :}}',
  'diagnostics.yes': 'oui',
  'diagnostics.no': 'non',
  'error.databaseMissing':
    'Votre fichier de données est absent ou vide, alors que des copies de sauvegarde existent.',
  'error.databaseNotAFile': 'Il y a un dossier là où devrait se trouver le fichier de données de Portage.',
  'error.databaseReadOnly': 'Portage ne peut pas écrire dans son dossier de données.',
  'error.backupFailed':
    'La copie de sauvegarde n’a pas pu être faite. Vérifiez que le disque n’est pas plein\u00a0; vos données n’ont pas changé.',
  'error.backupUnusable':
    'Cette copie de sauvegarde ne peut pas être restaurée\u00a0: elle est endommagée, ou elle a été faite avec une autre clé ou par une version plus récente de Portage. Vos données n’ont pas changé.',
  'error.restoreFailed':
    'La copie de sauvegarde n’a pas pu être restaurée. Vos données sont telles qu’elles étaient.',

  'outbox.needsReview':
    'Portage ne peut pas savoir si le fournisseur a reçu cette demande. Vérifiez les détails, puis décidez.',

  // Ce que la vérification a trouvé, pour une demande à vérifier (outbox/evidence-text.ts).
  'evidence.byReference.found':
    '{count, plural, one {Les commandes de transfert du fournisseur inscrivent cette demande sous le billet {tickets}.} other {Les commandes de transfert du fournisseur inscrivent cette demande sous plusieurs billets\u00a0: {tickets}.}}',
  'evidence.byReference.none': 'Les commandes de transfert du fournisseur ne mentionnent pas cette demande.',
  'evidence.byReference.failed': 'Les commandes de transfert du fournisseur n’ont pas pu être consultées.',
  'evidence.byNumber.found':
    '{count, plural, one {La recherche par numéro trouve le billet {tickets}.} other {La recherche par numéro trouve plusieurs billets\u00a0: {tickets}.}}',
  'evidence.byNumber.none': 'La recherche par numéro ne trouve aucun transfert.',
  'evidence.byNumber.failed': 'La recherche par numéro n’a pas pu être faite.',

  'dialog.attach.letterOfAuthorization': 'Joindre la lettre d’autorisation',
  'dialog.attach.lastInvoice': 'Joindre la dernière facture',
  'dialog.attach.blifSpreadsheet': 'Joindre le chiffrier d’inscription 411 (BLIF)',
  'dialog.attach.respOrgForm': 'Joindre le formulaire de transfert RespOrg',
  'dialog.documents': 'Documents',
  'dialog.portageFiles': 'Fichiers Portage',
  'dialog.export': 'Exporter les demandes',
  'dialog.import': 'Importer des demandes',
  'notify.portStatus':
    '{title}\u00a0: {status, select, SUBMITTED {transmise au fournisseur actuel} CONFIRMED {confirmée} CONFIRMEDwDATECHANGE {confirmée avec une nouvelle date} CONFIRMEDwEXCEPTION {confirmée avec une exception} COMPLETED {portage terminé} REJECTED {refusée} NOTFOUND {le fournisseur ne trouve plus son billet\u00a0; ouvrez-la pour savoir quoi faire} HOLD {en attente} RESCHEDULED {reportée} CANCELLED {annulée} EXPIRED {expirée} other {{status}}}',
  'error.unavailable': 'Cette fonction n’est pas encore disponible.',
  'error.notInReview': 'Cette demande n’attend plus de décision de votre part.',
  'error.notQueued': 'Cette demande n’est pas dans la boîte d’envoi\u00a0: il n’y a rien à reprendre.',
  'error.sendingStarted':
    'Portage a déjà commencé à envoyer cette demande au fournisseur\u00a0; elle ne peut plus être reprise. Rien n’a été modifié. Attendez la réponse du fournisseur\u00a0: s’il refuse la demande, vous pourrez en modifier une copie.',
  'error.notMixed': 'Cette demande ne mélange pas de numéros sans frais et réguliers\u00a0: rien à séparer.',

  'carrier.ok': 'Connexion au fournisseur réussie.',
  'carrier.wrongCredentials':
    'Le fournisseur a refusé le numéro de client ou le mot de passe. Vérifiez-les dans les paramètres.',
  'carrier.unreachable':
    'Impossible de joindre le fournisseur. Vérifiez la connexion Internet\u00a0; Portage réessaiera.',
  'carrier.certificate':
    'Le serveur du fournisseur n’a pas présenté de certificat de sécurité valide. Portage n’a rien envoyé.',
  'carrier.timeout': 'Le fournisseur a mis trop de temps à répondre. Portage réessaiera.',
  'carrier.rateLimited': 'Le fournisseur a demandé à Portage de ralentir. Portage réessaiera sous peu.',
  'carrier.serverError': 'Le serveur du fournisseur a éprouvé un problème. Portage réessaiera.',
  'carrier.badResponse': 'Le fournisseur a envoyé une réponse que Portage ne comprend pas.',
  'carrier.exception': 'Le fournisseur a refusé la demande.',
  'carrier.forbidden':
    'Ce compte n’a pas le droit d’effectuer cette opération. Vérifiez auprès du fournisseur.',
  'carrier.notFound': 'Le fournisseur ne connaît pas cet élément (par exemple, un billet inconnu).',
  'carrier.connectionDropped':
    'La connexion avec le fournisseur a été coupée avant sa réponse. Portage vérifiera si la demande est passée avant de la renvoyer.',
  'carrier.noAccount': 'Aucun compte du fournisseur n’est encore configuré. Ajoutez-le dans les paramètres.',
  'carrier.invalidRequest':
    'Portage n’a pas pu préparer cette demande pour le fournisseur. Rien n’a été envoyé.',

  'account.invalidUrl': 'Ce n’est pas une adresse Web valide.',
  'account.insecureUrl':
    'L’adresse doit commencer par https:// (http simple n’est permis que vers cet ordinateur).',
  'account.usernameRequired': 'Entrez le numéro de client.',
  'account.passwordRequired': 'Entrez le mot de passe.',
  'account.encryptionWeak':
    'Cet ordinateur ne peut pas conserver le mot de passe de façon sûre\u00a0: il serait seulement masqué, pas chiffré. Gardez-le pour cette session seulement, ou configurez le trousseau du système et réessayez.',
  'account.encryptionUnavailable':
    'Cet ordinateur ne peut pas chiffrer le mot de passe\u00a0; Portage ne l’enregistrera donc pas. Gardez-le pour cette session seulement.',

  ...kindNamesFr,
  ...paperworkFr,

  'title.untitled': 'Nouvelle demande – {kind}',
  'title.numbers': '{first}{more, plural, =0 {} one { et # autre} other { et # autres}}',

  'shape.wrongType': 'Cette valeur n’est pas sous la forme attendue.',
  'shape.tooLong': 'C’est trop long ({max, number} caractères au maximum).',
  'shape.tooMany': 'Cette liste est trop longue ({max, number} entrées au maximum).',
  'shape.unknownField': 'Portage ne connaît pas ce champ.',
  'shape.invalid': 'Cette valeur n’est pas valide.',

  'number.notANumber': '«\u00a0{input}\u00a0» n’est pas un numéro de téléphone.',
  'number.wrongLength':
    '«\u00a0{input}\u00a0» compte {digits, plural, one {# chiffre} other {# chiffres}}\u00a0; un numéro en compte 10 (indicatif régional et numéro).',
  'number.notNanp':
    '«\u00a0{input}\u00a0» n’est pas un numéro canadien ou américain. Seuls les numéros nord-américains peuvent être transférés.',
  'number.invalid':
    '«\u00a0{input}\u00a0» n’est pas un numéro nord-américain valide (vérifiez l’indicatif régional et le central).',
  'number.hasExtension':
    '«\u00a0{input}\u00a0» comporte un poste. Entrez le numéro de téléphone sans le poste.',
  'number.duplicate': '«\u00a0{input}\u00a0» figure déjà dans la liste ({number}).',

  'validation.required': 'Obligatoire.',
  'validation.digitsOnly': 'Chiffres seulement.',
  'validation.outOfRange': 'Ce nombre est trop grand.',
  'validation.email': '«\u00a0{input}\u00a0» n’est pas une adresse courriel.',
  'validation.contract': 'Le fournisseur n’accepterait pas cette valeur ({detail}).',
  'validation.numbers.noneToPort': 'Ajoutez au moins un numéro à transférer.',
  'validation.numbers.mixed':
    'Les numéros sans frais et les numéros ordinaires ne peuvent pas faire partie de la même demande. Séparez cette demande en deux\u00a0: une pour les numéros sans frais et une pour les autres.',
  'validation.numbers.tollFreeNotOffered':
    'Le fournisseur ne transfère pas de numéros sans frais vers ce service ({kind, select, sipTrunkDids {numéros sur une liaison SIP} generalProduct {service général} generalChildProduct {service général enfant} residentialLine {ligne résidentielle} businessLine {ligne d’affaires} permanentCallForward {renvoi d’appel permanent} businessPermanentCallForward {renvoi d’appel permanent d’affaires} virtualFax {télécopie virtuelle} other {service}}). Retirez les numéros sans frais ou choisissez un autre service.',
  'validation.numbers.duplicate': 'Le {number} figure plus d’une fois\u00a0; il sera envoyé une seule fois.',
  'validation.numbers.alsoToPort': 'Le {number} figure aussi parmi les numéros à transférer.',
  'validation.numbers.noServiceRow':
    'Le {number} sera transféré, mais n’a pas de ligne qui lui est propre ({kind, select, sipTrunkDids {numéros sur une liaison SIP} generalProduct {service général} generalChildProduct {service général enfant} residentialLine {ligne résidentielle} businessLine {ligne d’affaires} permanentCallForward {renvoi d’appel permanent} businessPermanentCallForward {renvoi d’appel permanent d’affaires} virtualFax {télécopie virtuelle} other {service}}).',
  'validation.numbers.npanxxNotPortable':
    'Le central {npanxx} ne figure pas dans la liste des centraux transférables du fournisseur. Le transfert pourrait être refusé\u00a0; vérifiez auprès du fournisseur.',
  'validation.service.numberNotPorted': 'Le {number} ne fait pas partie des numéros à transférer.',
  'validation.service.noRows': 'Ajoutez au moins une ligne pour les numéros à transférer.',
  'validation.address.countryUnsupported':
    'Le fournisseur accepte seulement les adresses au Canada (CA) ou aux États-Unis (US).',
  'validation.address.postalCodeCanada': 'Un code postal canadien a la forme A1A 1A1.',
  'validation.address.zipCodeUs': 'Un code ZIP américain a la forme 12345 ou 12345-6789.',
  'validation.schedule.dateFormat': 'Entrez la date sous la forme AAAA-MM-JJ.',
  'validation.schedule.datePast':
    'Cette date est passée. Choisissez une date à partir d’aujourd’hui, ou laissez le champ vide pour la première date possible.',
  'validation.schedule.weekend':
    'Cette date tombe une fin de semaine\u00a0; le transfert pourrait être reporté au jour ouvrable suivant.',
  'validation.schedule.holiday':
    'Cette date est un jour férié chez le fournisseur ({nameFr})\u00a0; le transfert pourrait être reporté au jour ouvrable suivant.',
  'validation.schedule.timeFormat': 'Entrez l’heure sous la forme HH:MM, sur 24 heures (par exemple 14:30).',
  'validation.schedule.timeWithoutDate': 'Une heure ne peut être demandée qu’avec une date.',
  'validation.schedule.timeMayCostExtra':
    'Le fournisseur peut exiger des frais supplémentaires pour un transfert à heure fixe.',
  'validation.losingCarrier.required': 'Choisissez le fournisseur actuel ou inscrivez le revendeur actuel.',
  'validation.losingCarrier.unknownProvider':
    'Ce fournisseur ne figure pas dans la liste du fournisseur. Actualisez les données de référence et choisissez-le de nouveau.',
  'validation.pilot.newWithoutChange':
    'Un nouveau numéro pilote n’est envoyé que si le numéro pilote change.',
  'validation.pilot.newRequired': 'Entrez le nouveau numéro pilote qui reste chez le fournisseur actuel.',
  'validation.pilot.newNotRemaining': 'Le nouveau numéro pilote doit faire partie des numéros qui restent.',
  'validation.attachment.noName': 'Ce fichier n’a pas de nom.',
  'validation.attachment.noType': 'Le type de ce fichier est inconnu.',
  'validation.attachment.empty': 'Ce fichier est vide.',
  'validation.attachment.missing': 'Ce fichier ne se trouve plus dans Portage. Joignez-le de nouveau.',
  'validation.attachment.noLetterOfAuthorization':
    'Aucune lettre d’autorisation n’est jointe\u00a0; le fournisseur en exige habituellement une.',
  'validation.attachment.noRespOrgForm':
    'Aucun formulaire de transfert RespOrg n’est joint\u00a0; les transferts de numéros sans frais en exigent habituellement un.',
  'validation.notSent.tollFree':
    'Les demandes de numéros sans frais ne prévoient pas ce renseignement\u00a0; il ne sera pas envoyé.',
  'validation.notSent.regular':
    'Seules les demandes de numéros sans frais prévoient ce renseignement\u00a0; il ne sera pas envoyé.',
  'validation.target.offeringKindMismatch':
    'Cette offre correspond à ce service\u00a0: {offeringKind, select, sipTrunkDids {numéros sur une liaison SIP} generalProduct {service général} generalChildProduct {service général enfant} residentialLine {ligne résidentielle} businessLine {ligne d’affaires} permanentCallForward {renvoi d’appel permanent} businessPermanentCallForward {renvoi d’appel permanent d’affaires} virtualFax {télécopie virtuelle} other {service}}\u00a0; cette demande vise plutôt\u00a0: {kind, select, sipTrunkDids {numéros sur une liaison SIP} generalProduct {service général} generalChildProduct {service général enfant} residentialLine {ligne résidentielle} businessLine {ligne d’affaires} permanentCallForward {renvoi d’appel permanent} businessPermanentCallForward {renvoi d’appel permanent d’affaires} virtualFax {télécopie virtuelle} other {service}}.',
  'validation.extraDetails.keyRequired': 'Donnez un nom à ce détail.',
  'validation.pri.circuitMissing': 'Entrez le numéro de circuit PRI ou Megalink.',
  'startup.weakKey.message': 'Cet ordinateur n’a pas de trousseau pour protéger la clé de vos données.',
  'startup.weakKey.detail':
    'Portage chiffre les données de vos clients. Ici, sa clé peut seulement être brouillée\u00a0: quelqu’un qui copie votre dossier d’utilisateur pourrait lire les données. Vous pouvez continuer avec cette protection plus faible, ou quitter et configurer d’abord un trousseau (par exemple GNOME Keyring ou KWallet).',
  'startup.weakKey.continue': 'Continuer avec une protection plus faible',
  'startup.weakKey.quit': 'Quitter',
  'validation.tooLong':
    'Ce champ dépasse les {max, number} caractères permis (il a été enregistré avant cette limite)\u00a0: raccourcissez-le.',
  'validation.tooMany':
    'Cette liste dépasse les {max, number} entrées permises\u00a0: retirez-en, ou séparez la demande.',
  'validation.address.provinceUnknown':
    '{country, select, US {Choisissez l’État dans la liste.} other {Choisissez la province ou le territoire dans la liste.}}',
  'validation.address.postalCodeProvince':
    'Les codes postaux de cette province ({province}) commencent par {letters}\u00a0: vérifiez le code postal et la province.',
  'validation.schedule.tooSoon':
    'Cette date arrive avant les {days, plural, one {# jour ouvrable} other {# jours ouvrables}} dont le fournisseur a habituellement besoin (première date habituelle\u00a0: {earliest})\u00a0; le transfert pourrait être reporté.',

  'error.linePasswordNotALine':
    'Ce numéro n’a pas de ligne dans cette demande\u00a0; il ne peut donc pas avoir de mot de passe.',
  'error.linePasswordUnreadable':
    'Un mot de passe de ligne ne peut plus être lu sur cet ordinateur (sa clé de chiffrement a changé). Entrez-le de nouveau pour le {number}, ou retirez-le.',
  'error.linePasswordEncryption':
    'Cet ordinateur ne peut pas conserver les mots de passe de façon sûre (aucun trousseau système)\u00a0; le mot de passe de la ligne n’a donc pas été enregistré. Vous pourrez le donner au fournisseur plus tard.',
  'startup.recovery.failure.unreadable': 'Portage ne peut pas lire votre fichier de données.',
  'startup.recovery.failure.damaged': 'Votre fichier de données est endommagé.',
  'startup.recovery.failure.missing': 'Votre fichier de données est absent ou vide.',
  'startup.recovery.failure.notAFile': 'Il y a un dossier là où devrait se trouver votre fichier de données.',
  'startup.recovery.failure.readOnly': 'Portage ne peut pas écrire dans son dossier de données.',
  'startup.recovery.failure.newer':
    'Vos données ont été enregistrées par une version plus récente de Portage.',
  'startup.recovery.failure.keyUnreadable': 'Portage ne peut pas déverrouiller la clé de vos données.',
  'startup.recovery.failure.keyMissing': 'La clé de vos données est introuvable.',
  'startup.recovery.failure.storage': 'Portage n’a pas pu ouvrir son fichier de données.',
  'startup.recovery.failure.unexpected': 'Portage n’a pas pu démarrer.',
  'startup.recovery.why.unreadable':
    'Le fichier est endommagé, ou il n’a pas été enregistré avec la clé de cet ordinateur. Rien ne peut y être lu.',
  'startup.recovery.why.damaged': 'Une partie du fichier ne peut plus être lue.',
  'startup.recovery.why.missing':
    'Portage a des copies de sauvegarde de vos données\u00a0: ce n’est donc pas un premier démarrage, le fichier a été perdu ou vidé.',
  'startup.recovery.why.notAFile': 'Portage ne peut pas garder ses données là où un dossier prend la place.',
  'startup.recovery.why.readOnly':
    'Rien ne peut y être enregistré. Vérifiez les autorisations du dossier, ou que le disque n’est ni verrouillé ni plein.',
  'startup.recovery.why.newer': 'Mettez Portage à jour pour les ouvrir\u00a0; rien n’a été modifié.',
  'startup.recovery.why.keyUnreadable':
    'Le trousseau de cet ordinateur ne l’a pas déverrouillée. Ouvrez votre session comme d’habitude, puis rouvrez Portage.',
  'startup.recovery.why.keyMissing':
    'Le fichier portage.key n’est plus dans le dossier de données\u00a0: vos données ne peuvent pas être déchiffrées.',
  'startup.recovery.why.storage': 'Le disque est peut-être plein ou défectueux.',
  'startup.recovery.why.unexpected': 'Un problème imprévu est survenu à l’ouverture de vos données.',
  'startup.recovery.choice.restoreBackup': 'Restaurer la copie de sauvegarde',
  'startup.recovery.choice.exportReadable': 'Exporter ce qui peut être lu…',
  'startup.recovery.choice.startFresh': 'Mettre le fichier de côté et repartir à neuf',
  'startup.recovery.choice.quit': 'Quitter',
  'startup.recovery.explain.restoreBackup':
    'Restaurer la copie de sauvegarde\u00a0: vos données telles qu’elles étaient le {date}. Le fichier actuel est mis de côté, pas supprimé.',
  'startup.recovery.explain.exportReadable':
    'Exporter ce qui peut être lu\u00a0: les demandes que Portage peut encore lire vont dans un fichier de votre choix, que les Paramètres importent. Le fichier n’est pas modifié.',
  'startup.recovery.explain.startFresh':
    'Mettre le fichier de côté et repartir à neuf\u00a0: Portage démarre sans données. Le fichier est mis de côté, pas supprimé.',
  'startup.recovery.explain.quit': 'Quitter\u00a0: rien n’est modifié.',
  'startup.recovery.folder': 'Dossier de données\u00a0: {folder}',
  'startup.recovery.exported':
    '{saved, plural, =0 {Aucune demande n’a pu être lue.} one {# demande a été enregistrée dans le fichier choisi.} other {# demandes ont été enregistrées dans le fichier choisi.}}{unreadable, plural, =0 {} one { # n’a pas pu être lue.} other { # n’ont pas pu être lues.}}',
  'startup.recovery.exportCancelled': 'Rien n’a été exporté\u00a0: aucun fichier n’a été choisi.',
  'startup.recovery.didNotWork': 'Cela n’a pas fonctionné\u00a0: {reason}',

  // Numbers from a spreadsheet and their CSV export: a file of their own.
  ...intakeMessagesFr,
} satisfies Record<MessageKey, string>;
