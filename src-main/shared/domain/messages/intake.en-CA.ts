// The domain's messages for numbers imported from a spreadsheet and exported as CSV (English, Canada):
// the refusals the dealer reads, the file dialogs' titles, and the CSV's headings and words.
// Spread into en-CA.ts; intake.fr-CA.ts has the same keys.
export const intakeMessagesEn = {
  'error.intakeUnreadable':
    'Portage cannot read this file as a spreadsheet. Choose a CSV, TSV or Excel (.xlsx) file.',
  'error.intakeEmpty': 'This file holds no rows.',
  'error.intakeTooManyRows':
    'This file has more than {max, number} rows. Split it into smaller files and import them one by one.',
  'error.intakeGone': 'This file is no longer open in Portage. Choose it again.',
  'error.intakeNoNumberColumn': 'Choose the column that holds the telephone numbers.',
  'error.intakeTooMany':
    'A request holds at most {max, number} numbers to port; with this file it would hold {count, number} {nature, select, tollFree {toll-free numbers} other {regular numbers}}. Split the file and import it into separate requests.',
  'error.intakeNothingToImport': 'No row of this file can be added to the request: see the report.',
  'dialog.importNumbers': 'Import numbers from a spreadsheet',
  'dialog.spreadsheets': 'Spreadsheets (CSV, TSV, Excel)',
  'dialog.exportNumbers': 'Save the numbers as CSV',
  'dialog.csvFiles': 'CSV files',
  'numbersCsv.number': 'Number',
  'numbersCsv.type': 'Type',
  'numbersCsv.label': 'Label',
  'numbersCsv.status': 'Status',
  'numbersCsv.ticket': 'Carrier ticket',
  'numbersCsv.regular': 'Regular',
  'numbersCsv.tollFree': 'Toll-free',
  'numbersCsv.statusName':
    '{status, select, draft {Draft} ready {Ready} queued {Queued} submitted {Submitted} needsAttention {Needs attention} needsReview {Needs review} completed {Completed} rejected {Rejected} other {{status}}}',
  'numbersCsv.fileName': 'numbers',
} as const;
