// Les messages de l’interface pour les numéros importés d’un tableur (la vue d’importation : choix,
// colonnes, rapport, fin) et l’exportation des numéros en CSV, en français du Québec. Repris dans
// fr-CA.ts; mêmes clés que intake.en-CA.ts.
import type { intakeEn } from './intake.en-CA';

export const intakeFr = {
  'intake.title': 'Importer des numéros d’un tableur',
  'intake.backToRequest': 'Retour à la demande',
  'intake.intro':
    'Choisissez un fichier CSV, TSV ou Excel (.xlsx) comportant un numéro de téléphone par ligne. Des colonnes à côté des numéros peuvent fournir les détails de chacun. Vous verrez les premières lignes et un rapport sur chaque ligne avant que quoi que ce soit soit ajouté.',
  'intake.choose': 'Choisir un fichier…',
  'intake.chooseAnother': 'Choisir un autre fichier…',
  'intake.working': 'Traitement en cours…',
  'intake.fileSummary':
    '{name} : {rows, plural, one {# ligne} other {# lignes}}, {columns, plural, one {# colonne} other {# colonnes}}',
  'intake.mapping.title': 'Que contient chaque colonne ?',
  'intake.mapping.hint':
    'Portage a deviné d’après les en-têtes et les premières lignes. Corrigez au besoin, puis vérifiez les lignes.',
  'intake.mapping.hasHeader': 'La première ligne nomme les colonnes (elle n’est pas importée)',
  'intake.mapping.column': 'Colonne {letter}',
  'intake.mapping.leaveOut': 'Ne pas importer',
  'intake.mapping.number': 'Numéro de téléphone',
  'intake.mapping.preview': 'Premières lignes du fichier',
  'intake.mapping.row': 'Ligne',
  'intake.mapping.noNumber': 'Choisissez la colonne qui contient les numéros de téléphone.',
  'intake.check': 'Vérifier les lignes',
  'intake.report.title': 'Rapport, ligne par ligne',
  'intake.report.summary':
    '{checked, plural, one {# ligne vérifiée} other {# lignes vérifiées}} : {importable, plural, =0 {aucun numéro ne peut être ajouté} one {# numéro peut être ajouté} other {# numéros peuvent être ajoutés}} ({regular, plural, one {# régulier} other {# réguliers}}, {tollFree, plural, one {# sans frais} other {# sans frais}}).',
  'intake.report.allGood': 'Chaque ligne contient un numéro qui peut être ajouté.',
  'intake.report.count.invalid':
    '{count, plural, one {# ligne ne contient pas de numéro valide} other {# lignes ne contiennent pas de numéro valide}} : non {count, plural, one {ajoutée} other {ajoutées}}.',
  'intake.report.count.noNumber':
    '{count, plural, one {# ligne n’a} other {# lignes n’ont}} aucun numéro : non {count, plural, one {ajoutée} other {ajoutées}}.',
  'intake.report.count.duplicate':
    '{count, plural, one {# ligne répète} other {# lignes répètent}} le numéro d’une ligne précédente : gardé une seule fois.',
  'intake.report.count.alreadyInRequest':
    '{count, plural, one {# numéro est} other {# numéros sont}} déjà dans cette demande : pas ajoutés de nouveau.',
  'intake.report.count.tollFreeNotOffered':
    '{count, plural, one {# numéro sans frais} other {# numéros sans frais}} : ce genre de demande ne peut pas transférer de numéros sans frais ; ils ne sont donc pas ajoutés.',
  'intake.report.count.detailTooLong':
    '{count, plural, one {# valeur dépasse} other {# valeurs dépassent}} la longueur permise : laissées de côté ; les numéros sont ajoutés.',
  'intake.report.count.otherRequest':
    '{count, plural, one {# numéro est} other {# numéros sont}} déjà dans une autre demande active : ajoutés ; on vous demandera de confirmer avant l’envoi.',
  'intake.report.count.notPortable':
    '{count, plural, one {# numéro a} other {# numéros ont}} un préfixe absent de la liste des préfixes transférables du fournisseur : ajoutés ; vérifiez-les en ligne avant l’envoi.',
  'intake.report.split':
    'Le fichier mélange des numéros réguliers et sans frais, que le fournisseur reçoit dans des demandes distinctes. Cette demande gardera les numéros réguliers, et une nouvelle demande, avec les mêmes renseignements sur le client, prendra les numéros sans frais.',
  'intake.report.rows': 'Lignes à problème',
  'intake.report.row': 'Ligne',
  'intake.report.value': 'Dans le fichier',
  'intake.report.problem': 'Constat de Portage',
  'intake.report.outcome': 'Ajouté ?',
  'intake.report.added': 'Ajouté',
  'intake.report.notAdded': 'Non ajouté',
  'intake.report.empty': '(vide)',
  'intake.report.unlisted':
    '{count, plural, one {# autre ligne à problème n’est pas affichée} other {# autres lignes à problème ne sont pas affichées}} ici.',
  'intake.problem.noNumber': 'Aucun numéro dans cette ligne.',
  'intake.problem.duplicate': 'Même numéro qu’à la ligne {row} : gardé une seule fois.',
  'intake.problem.alreadyInRequest': 'Déjà dans cette demande.',
  'intake.problem.tollFreeNotOffered':
    'Un numéro sans frais : une demande « {kind} » ne peut pas le transférer.',
  'intake.problem.detailTooLong': '{field} : plus de {max} caractères, laissé de côté.',
  'intake.problem.otherRequest': 'Déjà dans une autre demande active : {titles}.',
  'intake.problem.notPortable':
    'Le préfixe {prefix} n’est pas dans la liste des préfixes transférables du fournisseur.',
  'intake.apply':
    '{split, select, yes {{count, plural, one {Ajouter # numéro dans deux demandes} other {Ajouter # numéros dans deux demandes}}} other {{count, plural, one {Ajouter # numéro} other {Ajouter # numéros}}}}',
  'intake.backToColumns': 'Revenir aux colonnes',
  'intake.done.one':
    '{count, plural, =0 {Aucun numéro ajouté} one {# numéro ajouté} other {# numéros ajoutés}} à la demande.',
  'intake.done.split':
    '{count, plural, one {# numéro ajouté} other {# numéros ajoutés}}, dans deux demandes : {regular, plural, one {# numéro régulier} other {# numéros réguliers}} dans cette demande et {tollFree, plural, one {# numéro sans frais} other {# numéros sans frais}} dans une nouvelle.',
  'intake.done.open': 'Ouvrir la demande',
  'intake.done.openRegular': 'Ouvrir la demande des numéros réguliers',
  'intake.done.openTollFree': 'Ouvrir la demande des numéros sans frais',
  'numbers.import': 'Importer d’un tableur…',
  'numbers.exportCsv': 'Enregistrer les numéros en CSV…',
  'numbers.exported': 'Les numéros ont été enregistrés.',
} satisfies Record<keyof typeof intakeEn, string>;
