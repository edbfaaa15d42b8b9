// Every kind of request, start to finish from the screen: one journey per carrier operation of the
// catalogue (src-main/shared/domain/catalogue.ts), each titled with the operation's method and path.
// Each one gets the app ready as a dealer does (the language and the carrier lists from Settings), starts
// from "New port request", fills what that operation needs, finalizes from the review, and then reads
// what happened: the practice carrier received the body at that operation's path (read from its list
// of received ports: observing, not driving), and the ticket it answered is the one the request shows.
import { test, expect } from '../support/fixtures';
import { message, type Language } from '../support/messages';
import { attachLetter, customer, startRequest, type Screens } from '../support/requests';
import { letterOfAuthorizationPdf } from '../support/harness';
import { catalogue, type CatalogueEntryId } from '../../../src-main/shared/domain/catalogue';
import { formatNumber } from '../../../src-main/shared/domain/numbers';
import type { EditorPage } from '../pages/editor-page';

/** What one operation's journey types beyond the port form, and what its body must then hold. */
interface Operation {
  /** The numbers pasted in "Numbers to port". */
  numbers: string[];
  /** Fills the operation's own fields (the service section); the port form is filled before. */
  fill(editor: EditorPage, language: Language): Promise<void>;
  /** The parts of the body that come from this operation's fields. */
  body: Record<string, unknown>;
}

const regular = ['613 555 0141', '613 555 0142'];
const tollFree = ['1 800 555 0199', '1 888 555 0123'];
const shown = (number: string, language: Language) => formatNumber(number, language);

/** One value per row, for each of the numbers: the rows come from the numbers pasted. */
async function eachRow(
  editor: EditorPage,
  kind: 'row.did' | 'row.line' | 'row.forward',
  numbers: string[],
  language: Language,
  fill: (row: ReturnType<EditorPage['row']>, index: number) => Promise<void>,
): Promise<void> {
  for (const [index, number] of numbers.entries()) {
    const row = editor.row(kind, shown(number, language));
    await expect(row).toBeVisible();
    await fill(row, index);
  }
}

const operations: Record<CatalogueEntryId, Operation> = {
  dids: {
    numbers: regular,
    fill: (editor, language) =>
      eachRow(editor, 'row.did', regular, language, (_row, index) =>
        editor.field(`service.dids.${index}.label`).fill(index === 0 ? 'Réception' : 'Ventes'),
      ),
    body: {
      PilotNumber: 6135550100,
      DIDs: [
        { Number: 6135550141, Label: 'Réception' },
        { Number: 6135550142, Label: 'Ventes' },
      ],
    },
  },
  tollFreeDids: {
    numbers: tollFree,
    fill: (editor, language) =>
      eachRow(editor, 'row.did', tollFree, language, (_row, index) =>
        editor.field(`service.dids.${index}.label`).fill(index === 0 ? 'Sans frais' : 'Service'),
      ),
    body: {
      PilotNumber: 6135550100,
      DIDs: [
        { Number: 8005550199, Label: 'Sans frais' },
        { Number: 8885550123, Label: 'Service' },
      ],
    },
  },
  generalProduct: {
    numbers: regular,
    // The offering was chosen on "New port request": nothing more for this service.
    fill: async (editor) => {
      await expect(editor.field('target.offeringId')).toBeVisible();
    },
    body: { OfferingID: 'OFF-GEN-100' },
  },
  generalChildProduct: {
    numbers: regular,
    // The offering and its parent subscription were chosen on "New port request".
    fill: async (editor) => {
      await expect(editor.field('target.parentSubscriptionId')).toBeVisible();
    },
    body: { OfferingID: 'OFF-CHILD-200', ParentSubscriptionID: 'SUB-1001' },
  },
  residentialLine: {
    numbers: regular,
    fill: (editor, language) =>
      eachRow(editor, 'row.line', regular, language, (row) =>
        editor.fillRow(row, { 'field.row.account': '100200', 'field.row.planId': 'RES-BASIC' }),
      ),
    body: {
      Lines: [
        expect.objectContaining({ Number: { Number: 6135550141 }, Account: 100200, PlanID: 'RES-BASIC' }),
        expect.objectContaining({ Number: { Number: 6135550142 }, Account: 100200, PlanID: 'RES-BASIC' }),
      ],
    },
  },
  businessLine: {
    numbers: regular,
    fill: (editor, language) =>
      eachRow(editor, 'row.line', regular, language, (row) =>
        editor.fillRow(row, {
          'field.row.account': '300400',
          'field.row.planId': 'BUS-PRO',
          'field.line.businessGroupId': 'BG-9',
        }),
      ),
    body: {
      Lines: [
        expect.objectContaining({
          Number: { Number: 6135550141 },
          BusinessGroupID: 'BG-9',
          PlanID: 'BUS-PRO',
        }),
        expect.objectContaining({ Number: { Number: 6135550142 }, BusinessGroupID: 'BG-9', Account: 300400 }),
      ],
    },
  },
  permanentCallForward: {
    numbers: regular,
    fill: (editor, language) =>
      eachRow(editor, 'row.forward', regular, language, (row, index) =>
        editor.fillRow(row, {
          'field.forward.callForwardingNumber': `613 555 019${index}`,
          'field.row.account': '500600',
          'field.row.planId': 'PCF',
        }),
      ),
    body: {
      Forwards: [
        expect.objectContaining({ Number: { Number: 6135550141 }, CallForwardingNumber: 6135550190 }),
        expect.objectContaining({ Number: { Number: 6135550142 }, CallForwardingNumber: 6135550191 }),
      ],
    },
  },
  tollFreePermanentCallForward: {
    numbers: tollFree,
    fill: (editor, language) =>
      eachRow(editor, 'row.forward', tollFree, language, (row, index) =>
        editor.fillRow(row, {
          'field.forward.callForwardingNumber': `613 555 017${index}`,
          'field.row.account': '500600',
          'field.row.planId': 'PCF-TF',
        }),
      ),
    body: {
      Forwards: [
        expect.objectContaining({ Number: { Number: 8005550199 }, CallForwardingNumber: 6135550170 }),
        expect.objectContaining({ Number: { Number: 8885550123 }, PlanID: 'PCF-TF', Account: 500600 }),
      ],
    },
  },
  businessPermanentCallForward: {
    numbers: regular,
    fill: async (editor, language) => {
      await editor.field('target.businessGroupSubscriptionId').fill('BGS-42');
      await eachRow(editor, 'row.forward', regular, language, (row, index) =>
        editor.fillRow(row, { 'field.forward.callForwardingNumber': `613 555 018${index}` }),
      );
    },
    body: {
      OfferingID: 'OFF-BPCF-600',
      BusinessGroupSubscriptionID: 'BGS-42',
      ForwardingInstructions: [
        { TN: 6135550141, ForwardingTN: 6135550180 },
        { TN: 6135550142, ForwardingTN: 6135550181 },
      ],
    },
  },
  virtualFax: {
    numbers: regular,
    fill: (editor) => editor.field('service.faxEmail').fill('telecopies@example.ca'),
    body: { OfferingID: 'OFF-FAX-700', FaxEmail: 'telecopies@example.ca' },
  },
};

for (const entry of catalogue) {
  const operation = operations[entry.id];
  test(`${entry.method} ${entry.path}: ${entry.id}, from "New port request" to the carrier's ticket`, async ({
    page,
    app,
    portage,
    newRequest,
    editor,
    review,
    tracking,
    language,
  }) => {
    const screens: Screens = { app, portage, newRequest, editor, review, language };
    const name = `Client ${entry.id}`;
    await app.openFromScreen(portage);

    await startRequest(screens, entry.kind);
    await editor.pasteNumbers(operation.numbers.join('\n'));
    await editor.expectNumberCount(operation.numbers.length);
    await editor.fill(customer(name));
    await operation.fill(editor, language);
    // The document the carrier usually asks for: a letter of authorization, or for toll-free numbers
    // the RespOrg form.
    if (entry.nature === 'tollFree') {
      await portage.stageFile('resporg.pdf', letterOfAuthorizationPdf());
      await editor.attach('respOrgForm', 'resporg.pdf');
    } else {
      await attachLetter(screens);
    }
    await editor.expectSaved();

    await editor.openReview();
    await expect(page.getByTestId('blocking')).toHaveCount(0);
    await expect(page.getByTestId('warnings')).toHaveCount(0);
    await review.finalize();

    // The carrier received it at this operation's path, with what was typed.
    await expect.poll(async () => (await portage.receivedPorts()).length, { timeout: 60_000 }).toBe(1);
    const [port] = await portage.receivedPorts();
    expect(port?.path).toBe(entry.path);
    expect(port?.body).toMatchObject({
      ...operation.body,
      PortForm: expect.objectContaining({
        CustomerName: name,
        NumbersToPort: operation.numbers.map((number) => Number(number.replace(/\D/g, '').slice(-10))),
      }),
    });

    // It answered a ticket, and the request shows that ticket.
    expect(port?.ticket).toMatch(/^P\d+$/);
    await tracking.openSent(name);
    expect(await tracking.expectTicket()).toBe(port?.ticket);
    await expect(page.getByTestId('destination')).toHaveText(message(language, 'target.practice.name'));
  });
}
