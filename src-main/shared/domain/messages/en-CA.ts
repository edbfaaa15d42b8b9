// Every message the domain emits, in Canadian English (ICU MessageFormat, formatted by intl-messageformat).
// This catalogue defines the message keys: fr-CA.ts must have exactly the same ones.
// Other parts of the app may add keys here (and in fr-CA.ts, in the same change).
// Apostrophes are typographic (’) so ICU never reads them as quoting.
import { intakeMessagesEn } from './intake.en-CA';

/** The names of the kinds of port request, also spread into the renderer's catalogue. */
import { paperworkEn } from './paperwork.en-CA';

export const kindNamesEn = {
  'kind.sipTrunkDids': 'Numbers on a SIP trunk',
  'kind.generalProduct': 'General product',
  'kind.generalChildProduct': 'General child product',
  'kind.residentialLine': 'Residential line',
  'kind.businessLine': 'Business line',
  'kind.permanentCallForward': 'Permanent call forward',
  'kind.businessPermanentCallForward': 'Business permanent call forward',
  'kind.virtualFax': 'Virtual fax',
} as const;

export const enCA = {
  // Generic error codes, shared across the app.
  'error.invalidInput': 'Some of the information is not valid. Check the highlighted fields.',
  'error.notFound': 'This item no longer exists. It may have been deleted.',
  'error.draftLocked':
    'This request has already been finalized and can no longer be changed. Make a copy to edit it.',
  'error.attachmentTooLarge': 'This file is too large ({size}). The limit is {limit}.',
  'error.databaseFromNewerVersion':
    'Your data was saved by a newer version of Portage. Update Portage to open it; nothing has been changed.',
  'error.databaseUnreadable':
    'Portage cannot read your data: the file is damaged, or its key on this computer is not the one it was saved with.',
  'error.databaseDamaged': 'Your data file is damaged.',
  'error.databaseKeyUnreadable':
    'This computer’s key store could not unlock your data’s key. Sign in to your session as usual, then open Portage again.',
  'error.databaseKeyMissing':
    'The key to your data is missing from the data folder, so your data cannot be opened.',
  'error.keyProtectionRefused':
    'Portage did not start: your data would not have been protected as you wished.',
  'error.internal':
    'Something went wrong in Portage. Your work is saved. Try again, and restart Portage if it persists.',
  'error.forbiddenSender': 'This request did not come from the Portage window and was refused.',
  'error.notReady':
    'This request is not ready to send yet: {count, plural, one {# item needs} other {# items need}} your attention.',

  // The local store (src-main/store).
  'error.invalidDraft':
    'Some of this draft is not in the expected form, so it was not saved. Your last save is kept.',
  'error.revisionConflict':
    'This draft was changed elsewhere in Portage since you opened it (version {actual}). Reload it to continue.',
  'error.draftInTrash': 'This draft is in the trash. Restore it to edit it.',
  'error.storage':
    'Portage could not write to its data file. Check that the disk is not full; your last save is kept.',
  'error.attachmentMissing': 'The file “{name}” is no longer in Portage. Attach it again.',
  'error.attachmentCorrupt': 'The file “{name}” is damaged and was not imported.',
  'error.invalidImport': 'This file is not a Portage export, or it is damaged. Nothing was imported.',
  'error.draftTooLarge':
    'This request holds too much to be saved ({size}; the limit is {limit}). Remove some of what was pasted into it. Your last save is kept.',
  'error.importTooLarge':
    'The file “{name}” is too large to import ({size}; the limit is {limit}). Nothing was imported. Export fewer drafts at a time on the other computer.',
  'error.exportTooLarge':
    'These drafts and their documents would make a file too large ({size}; the limit is {limit}). Nothing was saved. Export fewer drafts at a time.',

  // "Copy diagnostics" (src-main/diagnostics/report.ts): counts and sizes, never customer data.
  'diagnostics.heading': 'Portage diagnostics ({at})',
  'diagnostics.version': 'Version: {version}',
  'diagnostics.system': 'System: {system} · {runtime}',
  'diagnostics.session': 'Language: {locale} · Practice mode: {practice} · Online: {online}',
  'diagnostics.database': 'Database: {size} (journal {journal}) · schema version {schema}',
  'diagnostics.rows': 'Rows: {counts}',
  'diagnostics.problems':
    '{count, plural, =0 {No warnings or errors in the log.} one {The last warning or error in the log:} other {The last # warnings and errors in the log:}}',
  'diagnostics.yes': 'yes',
  'diagnostics.no': 'no',
  'error.databaseMissing': 'Your data file is missing or empty, though backups of it exist.',
  'error.databaseNotAFile': 'There is a folder where Portage’s data file should be.',
  'error.databaseReadOnly': 'Portage cannot write in its data folder.',
  'error.backupFailed':
    'The backup could not be made. Check that the disk is not full; your data is unchanged.',
  'error.backupUnusable':
    'This backup cannot be restored: it is damaged, or it was made with another key or by a newer Portage. Your data is unchanged.',
  'error.restoreFailed': 'The backup could not be restored. Your data is as it was.',

  'outbox.needsReview':
    'Portage cannot tell whether the carrier received this request. Check the details and decide.',

  // What reconciliation found, for a request in needsReview ("What we know"; outbox/evidence-text.ts).
  'evidence.byReference.found':
    '{count, plural, one {The carrier’s port orders list this request under ticket {tickets}.} other {The carrier’s port orders list this request under several tickets: {tickets}.}}',
  'evidence.byReference.none': 'The carrier’s port orders do not list this request.',
  'evidence.byReference.failed': 'The carrier’s port orders could not be checked.',
  'evidence.byNumber.found':
    '{count, plural, one {Looking the numbers up finds ticket {tickets}.} other {Looking the numbers up finds several tickets: {tickets}.}}',
  'evidence.byNumber.none': 'Looking the numbers up finds no port.',
  'evidence.byNumber.failed': 'The numbers could not be looked up.',

  // Texts the main process shows itself: native dialogs and desktop notifications.
  'dialog.attach.letterOfAuthorization': 'Attach the letter of authorization',
  'dialog.attach.lastInvoice': 'Attach the latest invoice',
  'dialog.attach.blifSpreadsheet': 'Attach the 411 listing (BLIF) spreadsheet',
  'dialog.attach.respOrgForm': 'Attach the RespOrg transfer form',
  'dialog.documents': 'Documents',
  'dialog.portageFiles': 'Portage files',
  'dialog.export': 'Export requests',
  'dialog.import': 'Import requests',
  'notify.portStatus':
    '{title}: {status, select, SUBMITTED {sent to the losing carrier} CONFIRMED {confirmed} CONFIRMEDwDATECHANGE {confirmed with a new date} CONFIRMEDwEXCEPTION {confirmed with an exception} COMPLETED {port completed} REJECTED {rejected} NOTFOUND {the carrier cannot find its ticket; open it to see what to do} HOLD {on hold} RESCHEDULED {rescheduled} CANCELLED {cancelled} EXPIRED {expired} other {{status}}}',
  'error.unavailable': 'This is not available yet.',
  'error.notInReview': 'This request is no longer waiting for your decision.',
  'error.notQueued': 'This request is not in the outbox: there is nothing to pull back.',
  'error.sendingStarted':
    'Portage has already started sending this request to the carrier, so it can no longer be pulled back. Nothing was changed. Wait for the carrier’s answer: if it refuses the request, you can edit a copy.',
  'error.notMixed': 'This request does not mix toll-free and regular numbers: there is nothing to split.',

  // Outcomes of talking to the carrier.
  'carrier.ok': 'Connected to the carrier.',
  'carrier.wrongCredentials': 'The carrier refused the customer number or password. Check them in Settings.',
  'carrier.unreachable': 'Cannot reach the carrier. Check the Internet connection; Portage will try again.',
  'carrier.certificate':
    'The carrier’s server did not present a valid security certificate. Portage did not send anything.',
  'carrier.timeout': 'The carrier took too long to answer. Portage will try again.',
  'carrier.rateLimited': 'The carrier asked Portage to slow down. Portage will try again shortly.',
  'carrier.serverError': 'The carrier’s server had a problem. Portage will try again.',
  'carrier.badResponse': 'The carrier sent an answer Portage could not understand.',
  'carrier.exception': 'The carrier refused the request.',
  'carrier.forbidden': 'This carrier account is not allowed to do this. Check with the carrier.',
  'carrier.notFound': 'The carrier does not know this item (for example, an unknown ticket).',
  'carrier.connectionDropped':
    'The connection to the carrier was cut before its answer arrived. Portage will check whether the request got through before sending it again.',
  'carrier.noAccount': 'No carrier account is set up yet. Add it in Settings.',
  'carrier.invalidRequest': 'Portage could not prepare this request for the carrier. Nothing was sent.',

  // The carrier account (src-main/secrets).
  'account.invalidUrl': 'This is not a valid web address.',
  'account.insecureUrl':
    'The address must start with https:// (plain http is only allowed to this computer).',
  'account.usernameRequired': 'Enter the customer number.',
  'account.passwordRequired': 'Enter the password.',
  'account.encryptionWeak':
    'This computer cannot store the password securely: it would only be disguised, not encrypted. Keep it for this session only, or set up the system keyring and try again.',
  'account.encryptionUnavailable':
    'This computer cannot encrypt the password, so Portage will not save it. Keep it for this session only.',

  // Kinds of port request (the target service): one name each, the same on every screen.
  ...kindNamesEn,
  ...paperworkEn,

  // Draft titles.
  'title.untitled': 'New request – {kind}',
  'title.numbers': '{first}{more, plural, =0 {} one { and # more} other { and # more}}',

  // Shape of a draft (something arrived in the wrong form; should not happen from the Portage window).
  'shape.wrongType': 'This value is not in the expected form.',
  'shape.tooLong': 'This is too long (at most {max, number} characters).',
  'shape.tooMany': 'This list is too long (at most {max, number} entries).',
  'shape.unknownField': 'Portage does not know this field.',
  'shape.invalid': 'This value is not valid.',

  // Telephone numbers as typed or pasted.
  'number.notANumber': '“{input}” is not a telephone number.',
  'number.wrongLength':
    '“{input}” has {digits, plural, one {# digit} other {# digits}}; a number has 10 (area code and number).',
  'number.notNanp': '“{input}” is not a Canadian or US number. Only North American numbers can be ported.',
  'number.invalid': '“{input}” is not a valid North American number (check the area code and exchange).',
  'number.hasExtension': '“{input}” has an extension. Enter the telephone number without it.',
  'number.duplicate': '“{input}” is already in the list ({number}).',

  // Ready-to-send rules.
  'validation.required': 'Required.',
  'validation.digitsOnly': 'Digits only.',
  'validation.outOfRange': 'This number is too large.',
  'validation.email': '“{input}” is not an email address.',
  'validation.contract': 'The carrier would not accept this value ({detail}).',
  'validation.numbers.noneToPort': 'Add at least one number to port.',
  'validation.numbers.mixed':
    'Toll-free and regular numbers cannot go in the same request. Split this request into two: one for the toll-free numbers and one for the others.',
  'validation.numbers.tollFreeNotOffered':
    'The carrier does not port toll-free numbers into this service ({kind, select, sipTrunkDids {numbers on a SIP trunk} generalProduct {general product} generalChildProduct {general child product} residentialLine {residential line} businessLine {business line} permanentCallForward {permanent call forward} businessPermanentCallForward {business permanent call forward} virtualFax {virtual fax} other {service}}). Remove the toll-free numbers or choose another service.',
  'validation.numbers.duplicate': '{number} is listed more than once; it will be sent once.',
  'validation.numbers.alsoToPort': '{number} is also in the numbers to port.',
  'validation.numbers.noServiceRow':
    '{number} is being ported but has no row of its own ({kind, select, sipTrunkDids {numbers on a SIP trunk} generalProduct {general product} generalChildProduct {general child product} residentialLine {residential line} businessLine {business line} permanentCallForward {permanent call forward} businessPermanentCallForward {business permanent call forward} virtualFax {virtual fax} other {service}}).',
  'validation.numbers.npanxxNotPortable':
    'The carrier’s list of portable exchanges does not include {npanxx}. The port may be refused; check with the carrier.',
  'validation.service.numberNotPorted': '{number} is not among the numbers to port.',
  'validation.service.noRows': 'Add at least one row for the numbers being ported.',
  'validation.address.countryUnsupported':
    'The carrier only accepts addresses in Canada (CA) or the United States (US).',
  'validation.address.postalCodeCanada': 'A Canadian postal code looks like A1A 1A1.',
  'validation.address.zipCodeUs': 'A US ZIP code looks like 12345 or 12345-6789.',
  'validation.schedule.dateFormat': 'Enter the date as YYYY-MM-DD.',
  'validation.schedule.datePast':
    'This date has passed. Choose a date from today on, or leave it empty for the earliest possible date.',
  'validation.schedule.weekend': 'This date is a weekend; the port may be moved to the next working day.',
  'validation.schedule.holiday':
    'This date is a carrier holiday ({nameEn}); the port may be moved to the next working day.',
  'validation.schedule.timeFormat': 'Enter the time as HH:MM, 24-hour clock (for example 14:30).',
  'validation.schedule.timeWithoutDate': 'A time can only be requested with a date.',
  'validation.schedule.timeMayCostExtra': 'The carrier may charge extra for a port at a set time.',
  'validation.losingCarrier.required': 'Choose the current provider or enter the current reseller.',
  'validation.losingCarrier.unknownProvider':
    'This provider is not in the carrier’s list. Refresh the reference data and choose it again.',
  'validation.pilot.newWithoutChange': 'A new pilot number is only sent when the pilot number changes.',
  'validation.pilot.newRequired': 'Enter the new pilot number that stays with the current provider.',
  'validation.pilot.newNotRemaining': 'The new pilot number must be one of the numbers that remain.',
  'validation.attachment.noName': 'This file has no name.',
  'validation.attachment.noType': 'This file’s type is unknown.',
  'validation.attachment.empty': 'This file is empty.',
  'validation.attachment.missing': 'This file is no longer in Portage’s storage. Attach it again.',
  'validation.attachment.noLetterOfAuthorization':
    'No letter of authorization is attached; the carrier usually needs one.',
  'validation.attachment.noRespOrgForm':
    'No RespOrg transfer form is attached; toll-free ports usually need one.',
  'validation.notSent.tollFree': 'Toll-free requests have no place for this; it will not be sent.',
  'validation.notSent.regular': 'Only toll-free requests carry this; it will not be sent.',
  'validation.target.offeringKindMismatch':
    'This offering is for this service: {offeringKind, select, sipTrunkDids {numbers on a SIP trunk} generalProduct {general product} generalChildProduct {general child product} residentialLine {residential line} businessLine {business line} permanentCallForward {permanent call forward} businessPermanentCallForward {business permanent call forward} virtualFax {virtual fax} other {service}}; this request is for: {kind, select, sipTrunkDids {numbers on a SIP trunk} generalProduct {general product} generalChildProduct {general child product} residentialLine {residential line} businessLine {business line} permanentCallForward {permanent call forward} businessPermanentCallForward {business permanent call forward} virtualFax {virtual fax} other {service}}.',
  'validation.extraDetails.keyRequired': 'Give this detail a name.',
  'validation.pri.circuitMissing': 'Enter the PRI or Megalink circuit number.',
  'startup.weakKey.message': 'This computer has no keyring to protect your data’s key.',
  'startup.weakKey.detail':
    'Portage encrypts your customers’ data. Here its key can only be obfuscated: someone who copies your user folder could read the data. You can continue with this weaker protection, or quit and set up a keyring (for example GNOME Keyring or KWallet) first.',
  'startup.weakKey.continue': 'Continue with weaker protection',
  'startup.weakKey.quit': 'Quit',
  'validation.tooLong':
    'This is longer than the {max, number} characters this field holds (saved before that limit): shorten it.',
  'validation.tooMany':
    'This list has more than the {max, number} entries it may hold: remove some, or split the request.',
  'validation.address.provinceUnknown':
    '{country, select, US {Choose the state from the list.} other {Choose the province or territory from the list.}}',
  'validation.address.postalCodeProvince':
    'Postal codes in this province ({province}) start with {letters}: check the postal code and the province.',
  'validation.schedule.tooSoon':
    'This is sooner than the {days, plural, one {# business day} other {# business days}} the carrier usually needs (first usual date: {earliest}); the port may be moved later.',

  // Line passwords (SIP and web self-care), kept encrypted apart from the draft.
  'error.linePasswordNotALine': 'This number has no line in this request, so it cannot have a password.',
  'error.linePasswordUnreadable':
    'A line password can no longer be read on this computer (its encryption key changed). Set it again for {number}, or remove it.',
  'error.linePasswordEncryption':
    'This computer cannot store passwords securely (no system keyring), so the line password was not saved. You can give it to the carrier later.',
  // The dialog at start when the data cannot be opened (src-main/app/recovery-dialog.ts), in the
  // system's language: the dealer's own choice is inside the data that could not be opened.
  'startup.recovery.failure.unreadable': 'Portage cannot read your data file.',
  'startup.recovery.failure.damaged': 'Your data file is damaged.',
  'startup.recovery.failure.missing': 'Your data file is missing or empty.',
  'startup.recovery.failure.notAFile': 'There is a folder where your data file should be.',
  'startup.recovery.failure.readOnly': 'Portage cannot write in its data folder.',
  'startup.recovery.failure.newer': 'Your data was saved by a newer version of Portage.',
  'startup.recovery.failure.keyUnreadable': 'Portage cannot unlock your data’s key.',
  'startup.recovery.failure.keyMissing': 'The key to your data is missing.',
  'startup.recovery.failure.storage': 'Portage could not open its data file.',
  'startup.recovery.failure.unexpected': 'Portage could not start.',
  'startup.recovery.why.unreadable':
    'The file is damaged, or it was not saved with this computer’s key. Nothing in it can be read.',
  'startup.recovery.why.damaged': 'Part of the file can no longer be read.',
  'startup.recovery.why.missing':
    'Portage has backups of your data, so this is not a first start: the file was lost or emptied.',
  'startup.recovery.why.notAFile': 'Portage cannot keep its data where a folder is in the way.',
  'startup.recovery.why.readOnly':
    'Nothing can be saved there. Check the folder’s permissions, or that the disk is not locked or full.',
  'startup.recovery.why.newer': 'Update Portage to open it; nothing has been changed.',
  'startup.recovery.why.keyUnreadable':
    'This computer’s key store did not unlock it. Sign in to your session as usual, then open Portage again.',
  'startup.recovery.why.keyMissing':
    'The file portage.key is no longer in the data folder, so your data cannot be decrypted.',
  'startup.recovery.why.storage': 'The disk may be full or failing.',
  'startup.recovery.why.unexpected': 'Something unexpected went wrong while opening your data.',
  'startup.recovery.choice.restoreBackup': 'Restore the backup',
  'startup.recovery.choice.exportReadable': 'Export what can be read…',
  'startup.recovery.choice.startFresh': 'Set the file aside and start fresh',
  'startup.recovery.choice.quit': 'Quit',
  'startup.recovery.explain.restoreBackup':
    'Restore the backup: your data as it was on {date}. The current file is kept aside, not deleted.',
  'startup.recovery.explain.exportReadable':
    'Export what can be read: the requests Portage can still read go into a file you choose, which Settings imports. The file is not changed.',
  'startup.recovery.explain.startFresh':
    'Set the file aside and start fresh: Portage starts with no data. The file is kept aside, not deleted.',
  'startup.recovery.explain.quit': 'Quit: nothing is changed.',
  'startup.recovery.folder': 'Data folder: {folder}',
  'startup.recovery.exported':
    '{saved, plural, =0 {No request could be read.} one {# request was saved to the file you chose.} other {# requests were saved to the file you chose.}}{unreadable, plural, =0 {} one { # could not be read.} other { # could not be read.}}',
  'startup.recovery.exportCancelled': 'Nothing was exported: no file was chosen.',
  'startup.recovery.didNotWork': 'That did not work: {reason}',

  // Numbers from a spreadsheet and their CSV export: a file of their own.
  ...intakeMessagesEn,
} as const;

export type MessageKey = keyof typeof enCA;
