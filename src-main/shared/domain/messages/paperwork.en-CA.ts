// The documents Portage prepares (the letter of authorization and the RespOrg change authorization), in
// Canadian English: their printed text, the errors of signing them, and the rules on signed documents.
// Spread into the domain catalogue (en-CA.ts); paperwork.fr-CA.ts has exactly the same keys.
const documentName =
  '{document, select, respOrgForm {RespOrg authorization} other {letter of authorization}}';

export const paperworkEn = {
  'paper.loa.title': 'Letter of Authorization',
  'paper.loa.subtitle': 'Transfer of telephone numbers to ThinkTel',
  'paper.respOrg.title': 'RespOrg Change Authorization',
  'paper.respOrg.subtitle': 'Toll-free numbers',
  'paper.date': 'Date: {date}',
  'paper.section.customer': 'Customer of record',
  'paper.customer.name': 'Name',
  'paper.customer.address': 'Service address',
  'paper.customer.account': 'Account number with the current carrier',
  'paper.section.carriers': 'Carriers',
  'paper.carrier.losing': 'Current carrier (losing carrier)',
  'paper.carrier.reseller': '{name} (reseller)',
  'paper.carrier.new': 'New carrier',
  'paper.carrier.agent': 'Customer’s agent',
  'paper.respOrg.new': 'New RespOrg',
  'paper.notGiven': 'Not given',
  'paper.country.CA': 'Canada',
  'paper.country.US': 'United States',
  'paper.loa.authorization':
    'I, the undersigned, am authorized to act for the customer named above. I authorize ThinkTel, and {agent} acting as the customer’s agent, to transfer the telephone numbers listed below from {losing} to ThinkTel, and to obtain from {losing} the information needed to do so. I understand that the transfer ends my service with {losing} for the numbers transferred, that the numbers listed to stay remain with {losing}, and that the numbers listed to disconnect will be disconnected.',
  'paper.respOrg.authorization':
    'I, the undersigned, am authorized to act for the customer named above, the subscriber of the toll-free numbers listed below. I authorize the change of Responsible Organization (RespOrg) of these numbers to {respOrg}, and I authorize {agent} to act as the customer’s agent for the transfer of these numbers to ThinkTel.',
  'paper.agentNotGiven': 'the dealer named by ThinkTel',
  'paper.numbers.toPort': 'Numbers to port ({count, number})',
  'paper.numbers.toRemain': 'Numbers that stay with the current carrier ({count, number})',
  'paper.numbers.toDisconnect': 'Numbers to disconnect ({count, number})',
  'paper.numbers.tollFree': 'Toll-free numbers ({count, number})',
  'paper.numbers.none': 'None',
  'paper.numbers.inAnnex': 'Listed in the annex, from page {page, number}.',
  'paper.annex.title': 'Annex: {list}',
  'paper.annex.continued': '{list} (continued)',
  'paper.section.signature': 'Signature of the authorized person',
  'paper.signer.name': 'Printed name',
  'paper.signer.title': 'Title',
  'paper.signer.signature': 'Signature',
  'paper.signer.date': 'Date signed',
  'paper.signed.drawn': 'Signed on screen on {when}.',
  'paper.signed.typed':
    'Signed electronically on {when}: the authorized person typed their name and agreed that it is their signature.',
  'paper.preview': 'Preview: not signed',
  'paper.footer': 'Portage reference {reference} · Page {page, number} of {pages, number}',
  'paper.fileName.letterOfAuthorization': 'Letter-of-authorization-{reference}.pdf',
  'paper.fileName.respOrgForm': 'RespOrg-authorization-{reference}.pdf',

  'error.paperworkSignerMissing': 'Enter the authorized person’s name and title.',
  'error.paperworkSignatureEmpty': 'Nothing is signed yet: have the customer sign in the box.',
  'error.paperworkConsentMissing':
    'To sign by typing, the customer types their name and ticks the box saying it is their signature.',
  'error.paperworkDealerNameMissing':
    'Enter your business’s name in Settings first: the letter names you as the customer’s agent.',
  'error.paperworkRespOrgMissing':
    'Enter the new RespOrg’s name or ID in Settings first: the authorization names it.',
  'error.paperworkNotCarried':
    'This request’s numbers do not take this document: {document, select, respOrgForm {a RespOrg authorization is for toll-free numbers only.} other {toll-free numbers take a RespOrg authorization instead.}}',
  'error.paperworkNoNumbers': 'Add the numbers to port first: the document lists them.',
  'error.paperworkNotSigned': 'This file is not a document signed in Portage.',
  'dialog.saveDocument': 'Save a copy of the document',
  'dialog.pdfDocuments': 'PDF documents',

  'validation.paperwork.changed.customerName': `The customer’s name changed after the ${documentName} was signed: have it signed again.`,
  'validation.paperwork.changed.accountNumber': `The account number changed after the ${documentName} was signed: have it signed again.`,
  'validation.paperwork.changed.serviceAddress': `The service address changed after the ${documentName} was signed: have it signed again.`,
  'validation.paperwork.changed.losingCarrier': `The current carrier changed after the ${documentName} was signed: have it signed again.`,
  'validation.paperwork.changed.numbersToPort': `The numbers to port changed after the ${documentName} was signed: have it signed again.`,
  'validation.paperwork.changed.numbersToRemain': `The numbers that stay changed after the ${documentName} was signed: have it signed again.`,
  'validation.paperwork.changed.numbersToDisconnect': `The numbers to disconnect changed after the ${documentName} was signed: have it signed again.`,
  'validation.paperwork.old': `This ${documentName} was signed {days, plural, one {# day} other {# days}} ago; porting desks often refuse one older than {max, number} days. Consider having it signed again.`,
} as const;
