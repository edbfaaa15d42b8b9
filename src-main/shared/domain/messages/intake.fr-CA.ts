// Les messages du domaine pour les numéros importés d’un tableur et exportés en CSV (français du Canada) :
// les refus que lit le détaillant, les titres des boîtes de dialogue, les en-têtes et les mots du CSV.
// Repris dans fr-CA.ts; mêmes clés que intake.en-CA.ts.
import type { intakeMessagesEn } from './intake.en-CA';

export const intakeMessagesFr = {
  'error.intakeUnreadable':
    'Portage ne peut pas lire ce fichier comme un tableur. Choisissez un fichier CSV, TSV ou Excel (.xlsx).',
  'error.intakeEmpty': 'Ce fichier ne contient aucune ligne.',
  'error.intakeTooManyRows':
    'Ce fichier compte plus de {max, number} lignes. Divisez-le en fichiers plus petits et importez-les un à un.',
  'error.intakeGone': 'Ce fichier n’est plus ouvert dans Portage. Choisissez-le de nouveau.',
  'error.intakeNoNumberColumn': 'Choisissez la colonne qui contient les numéros de téléphone.',
  'error.intakeTooMany':
    'Une demande contient au plus {max, number} numéros à transférer ; avec ce fichier, elle en contiendrait {count, number} {nature, select, tollFree {sans frais} other {réguliers}}. Divisez le fichier et importez-le dans des demandes distinctes.',
  'error.intakeNothingToImport':
    'Aucune ligne de ce fichier ne peut être ajoutée à la demande : consultez le rapport.',
  'dialog.importNumbers': 'Importer des numéros d’un tableur',
  'dialog.spreadsheets': 'Tableurs (CSV, TSV, Excel)',
  'dialog.exportNumbers': 'Enregistrer les numéros en CSV',
  'dialog.csvFiles': 'Fichiers CSV',
  'numbersCsv.number': 'Numéro',
  'numbersCsv.type': 'Type',
  'numbersCsv.label': 'Étiquette',
  'numbersCsv.status': 'État',
  'numbersCsv.ticket': 'Billet du fournisseur',
  'numbersCsv.regular': 'Régulier',
  'numbersCsv.tollFree': 'Sans frais',
  'numbersCsv.statusName':
    '{status, select, draft {Brouillon} ready {Prête} queued {En file d’attente} submitted {Soumise} needsAttention {À corriger} needsReview {À vérifier} completed {Terminée} rejected {Refusée} other {{status}}}',
  'numbersCsv.fileName': 'numeros',
} satisfies Record<keyof typeof intakeMessagesEn, string>;
