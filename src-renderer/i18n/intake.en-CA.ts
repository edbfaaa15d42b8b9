// The renderer's messages for numbers imported from a spreadsheet (the import view: choose, columns,
// report, done) and the numbers' CSV export, in Canadian English. Spread into en-CA.ts; intake.fr-CA.ts
// has the same keys. The other fields' names come from the field registry (lib/field-labels.ts).
export const intakeEn = {
  'intake.title': 'Import numbers from a spreadsheet',
  'intake.backToRequest': 'Back to the request',
  'intake.intro':
    'Choose a CSV, TSV or Excel (.xlsx) file with one telephone number per row. Columns beside the numbers can bring each number’s details. You will see the first rows and a report on every row before anything is added.',
  'intake.choose': 'Choose a file…',
  'intake.chooseAnother': 'Choose another file…',
  'intake.working': 'Working…',
  'intake.fileSummary':
    '{name}: {rows, plural, one {# row} other {# rows}}, {columns, plural, one {# column} other {# columns}}',
  'intake.mapping.title': 'Which column holds what?',
  'intake.mapping.hint':
    'Portage guessed from the headers and the first rows. Correct any column, then check the rows.',
  'intake.mapping.hasHeader': 'The first row names the columns (it is not imported)',
  'intake.mapping.column': 'Column {letter}',
  'intake.mapping.leaveOut': 'Leave out',
  'intake.mapping.number': 'Telephone number',
  'intake.mapping.preview': 'First rows of the file',
  'intake.mapping.row': 'Row',
  'intake.mapping.noNumber': 'Choose the column that holds the telephone numbers.',
  'intake.check': 'Check the rows',
  'intake.report.title': 'Report, row by row',
  'intake.report.summary':
    '{checked, plural, one {# row checked} other {# rows checked}}: {importable, plural, =0 {no number can be added} one {# number can be added} other {# numbers can be added}} ({regular, plural, one {# regular} other {# regular}}, {tollFree, plural, one {# toll-free} other {# toll-free}}).',
  'intake.report.allGood': 'Every row holds a number that can be added.',
  'intake.report.count.invalid':
    '{count, plural, one {# row does not hold a valid number} other {# rows do not hold a valid number}}: not added.',
  'intake.report.count.noNumber':
    '{count, plural, one {# row has} other {# rows have}} no number: not added.',
  'intake.report.count.duplicate':
    '{count, plural, one {# row repeats} other {# rows repeat}} a number from a row above: kept once.',
  'intake.report.count.alreadyInRequest':
    '{count, plural, one {# number is} other {# numbers are}} already in this request: not added again.',
  'intake.report.count.tollFreeNotOffered':
    '{count, plural, one {# toll-free number} other {# toll-free numbers}}: this kind of request cannot port toll-free numbers, so they are not added.',
  'intake.report.count.detailTooLong':
    '{count, plural, one {# value is} other {# values are}} longer than the field allows: left out; the numbers are added.',
  'intake.report.count.otherRequest':
    '{count, plural, one {# number is} other {# numbers are}} already in another active request: added; you will be asked to confirm before sending.',
  'intake.report.count.notPortable':
    '{count, plural, one {# number has} other {# numbers have}} a prefix missing from the carrier’s list of portable prefixes: added; check them online before sending.',
  'intake.report.split':
    'The file mixes regular and toll-free numbers, which the carrier takes in separate requests. This request will keep the regular numbers, and a new request with the same customer details will take the toll-free ones.',
  'intake.report.rows': 'Rows with a problem',
  'intake.report.row': 'Row',
  'intake.report.value': 'In the file',
  'intake.report.problem': 'What Portage found',
  'intake.report.outcome': 'Added?',
  'intake.report.added': 'Added',
  'intake.report.notAdded': 'Not added',
  'intake.report.empty': '(empty)',
  'intake.report.unlisted':
    '{count, plural, one {# more row} other {# more rows}} with a problem {count, plural, one {is} other {are}} not listed here.',
  'intake.problem.noNumber': 'No number in this row.',
  'intake.problem.duplicate': 'Same number as row {row}: kept once.',
  'intake.problem.alreadyInRequest': 'Already in this request.',
  'intake.problem.tollFreeNotOffered': 'A toll-free number: a “{kind}” request cannot port it.',
  'intake.problem.detailTooLong': '{field}: longer than {max} characters, left out.',
  'intake.problem.otherRequest': 'Already in another active request: {titles}.',
  'intake.problem.notPortable': 'Prefix {prefix} is not in the carrier’s list of portable prefixes.',
  'intake.apply':
    '{split, select, yes {{count, plural, one {Add # number in two requests} other {Add # numbers in two requests}}} other {{count, plural, one {Add # number} other {Add # numbers}}}}',
  'intake.backToColumns': 'Back to the columns',
  'intake.done.one':
    '{count, plural, =0 {No number added} one {# number added} other {# numbers added}} to the request.',
  'intake.done.split':
    '{count, plural, one {# number added} other {# numbers added}}, in two requests: {regular, plural, one {# regular number} other {# regular numbers}} in this request and {tollFree, plural, one {# toll-free number} other {# toll-free numbers}} in a new one.',
  'intake.done.open': 'Open the request',
  'intake.done.openRegular': 'Open the request with the regular numbers',
  'intake.done.openTollFree': 'Open the request with the toll-free numbers',
  'numbers.import': 'Import from a spreadsheet…',
  'numbers.exportCsv': 'Save the numbers as CSV…',
  'numbers.exported': 'The numbers were saved.',
} as const;
