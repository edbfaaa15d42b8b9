// The documents Portage prepares (the letter of authorization and the RespOrg change authorization), in
// Quebec French: their printed text, the errors of signing them, and the rules on signed documents.
// Spread into the domain catalogue (fr-CA.ts); the keys are those of paperwork.en-CA.ts.
import type { paperworkEn } from './paperwork.en-CA';

const documentName =
  '{document, select, respOrgForm {l’autorisation RespOrg} other {la lettre d’autorisation}}';

export const paperworkFr = {
  'paper.loa.title': 'Lettre d’autorisation',
  'paper.loa.subtitle': 'Transfert de numéros de téléphone vers ThinkTel',
  'paper.respOrg.title': 'Autorisation de changement de RespOrg',
  'paper.respOrg.subtitle': 'Numéros sans frais',
  'paper.date': 'Date : {date}',
  'paper.section.customer': 'Client titulaire du compte',
  'paper.customer.name': 'Nom',
  'paper.customer.address': 'Adresse de service',
  'paper.customer.account': 'Numéro de compte chez le fournisseur actuel',
  'paper.section.carriers': 'Fournisseurs de services',
  'paper.carrier.losing': 'Fournisseur actuel (fournisseur cédant)',
  'paper.carrier.reseller': '{name} (revendeur)',
  'paper.carrier.new': 'Nouveau fournisseur',
  'paper.carrier.agent': 'Mandataire du client',
  'paper.respOrg.new': 'Nouvelle RespOrg',
  'paper.notGiven': 'Non indiqué',
  'paper.country.CA': 'Canada',
  'paper.country.US': 'États-Unis',
  'paper.loa.authorization':
    'Je, soussigné(e), suis autorisé(e) à agir au nom du client nommé ci-dessus. J’autorise ThinkTel, ainsi que {agent} agissant à titre de mandataire du client, à transférer de {losing} vers ThinkTel les numéros de téléphone énumérés ci-dessous, et à obtenir de {losing} les renseignements nécessaires à cette fin. Je comprends que le transfert met fin à mon service chez {losing} pour les numéros transférés, que les numéros indiqués comme conservés demeurent chez {losing} et que les numéros indiqués comme à débrancher seront débranchés.',
  'paper.respOrg.authorization':
    'Je, soussigné(e), suis autorisé(e) à agir au nom du client nommé ci-dessus, abonné des numéros sans frais énumérés ci-dessous. J’autorise le changement d’organisation responsable (RespOrg) de ces numéros en faveur de {respOrg}, et j’autorise {agent} à agir à titre de mandataire du client pour le transfert de ces numéros vers ThinkTel.',
  'paper.agentNotGiven': 'le détaillant désigné par ThinkTel',
  'paper.numbers.toPort': 'Numéros à transférer ({count, number})',
  'paper.numbers.toRemain': 'Numéros conservés chez le fournisseur actuel ({count, number})',
  'paper.numbers.toDisconnect': 'Numéros à débrancher ({count, number})',
  'paper.numbers.tollFree': 'Numéros sans frais ({count, number})',
  'paper.numbers.none': 'Aucun',
  'paper.numbers.inAnnex': 'Énumérés en annexe, à partir de la page {page, number}.',
  'paper.annex.title': 'Annexe : {list}',
  'paper.annex.continued': '{list} (suite)',
  'paper.section.signature': 'Signature de la personne autorisée',
  'paper.signer.name': 'Nom en lettres moulées',
  'paper.signer.title': 'Titre',
  'paper.signer.signature': 'Signature',
  'paper.signer.date': 'Date de signature',
  'paper.signed.drawn': 'Signé à l’écran le {when}.',
  'paper.signed.typed':
    'Signé électroniquement le {when} : la personne autorisée a tapé son nom et accepté qu’il tienne lieu de signature.',
  'paper.preview': 'Aperçu : non signé',
  'paper.footer': 'Référence Portage {reference} · Page {page, number} de {pages, number}',
  'paper.fileName.letterOfAuthorization': 'Lettre-autorisation-{reference}.pdf',
  'paper.fileName.respOrgForm': 'Autorisation-RespOrg-{reference}.pdf',

  'error.paperworkSignerMissing': 'Entrez le nom et le titre de la personne autorisée.',
  'error.paperworkSignatureEmpty': 'Rien n’est encore signé : faites signer le client dans le cadre.',
  'error.paperworkConsentMissing':
    'Pour signer en tapant son nom, le client tape son nom et coche la case indiquant qu’il tient lieu de signature.',
  'error.paperworkDealerNameMissing':
    'Entrez d’abord le nom de votre entreprise dans les Paramètres : la lettre vous désigne comme mandataire du client.',
  'error.paperworkRespOrgMissing':
    'Entrez d’abord le nom ou l’identifiant de la nouvelle RespOrg dans les Paramètres : l’autorisation la nomme.',
  'error.paperworkNotCarried':
    'Les numéros de cette demande ne prévoient pas ce document : {document, select, respOrgForm {l’autorisation RespOrg ne vise que les numéros sans frais.} other {les numéros sans frais demandent plutôt une autorisation RespOrg.}}',
  'error.paperworkNoNumbers': 'Ajoutez d’abord les numéros à transférer : le document les énumère.',
  'error.paperworkNotSigned': 'Ce fichier n’est pas un document signé dans Portage.',
  'dialog.saveDocument': 'Enregistrer une copie du document',
  'dialog.pdfDocuments': 'Documents PDF',

  'validation.paperwork.changed.customerName': `Le nom du client a changé après la signature de ${documentName}\u00a0: faites-la signer de nouveau.`,
  'validation.paperwork.changed.accountNumber': `Le numéro de compte a changé après la signature de ${documentName}\u00a0: faites-la signer de nouveau.`,
  'validation.paperwork.changed.serviceAddress': `L’adresse de service a changé après la signature de ${documentName}\u00a0: faites-la signer de nouveau.`,
  'validation.paperwork.changed.losingCarrier': `Le fournisseur actuel a changé après la signature de ${documentName}\u00a0: faites-la signer de nouveau.`,
  'validation.paperwork.changed.numbersToPort': `Les numéros à transférer ont changé après la signature de ${documentName}\u00a0: faites-la signer de nouveau.`,
  'validation.paperwork.changed.numbersToRemain': `Les numéros conservés ont changé après la signature de ${documentName}\u00a0: faites-la signer de nouveau.`,
  'validation.paperwork.changed.numbersToDisconnect': `Les numéros à débrancher ont changé après la signature de ${documentName}\u00a0: faites-la signer de nouveau.`,
  'validation.paperwork.old': `{document, select, respOrgForm {Cette autorisation RespOrg a été signée} other {Cette lettre d’autorisation a été signée}} il y a {days, plural, one {# jour} other {# jours}}\u00a0; les services de transfert refusent souvent un document de plus de {max, number} jours. Envisagez de la faire signer de nouveau.`,
} satisfies Record<keyof typeof paperworkEn, string>;
