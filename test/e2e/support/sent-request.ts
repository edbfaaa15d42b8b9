// A port request a dealer prepares and sends from the screen, then follows until the practice carrier
// completes it: the steps the data-safety journeys share (what is typed is theirs to choose).
import { expect } from '@playwright/test';
import type { AppPage } from '../pages/app-page';
import type { EditorPage } from '../pages/editor-page';
import type { NewRequestPage } from '../pages/new-request-page';
import type { ReviewPage } from '../pages/review-page';
import type { TrackingPage } from '../pages/tracking-page';
import type { HarnessHandle } from './harness';

export interface SentRequestSteps {
  app: AppPage;
  newRequest: NewRequestPage;
  editor: EditorPage;
  review: ReviewPage;
  tracking: TrackingPage;
  portage: HarnessHandle;
}

export interface RequestWords {
  customerName: string;
  /** Typed in "Comments for the port team". */
  comment?: string;
  /** The letter of authorization attached, as a file name and its bytes. */
  letter: { name: string; content: Uint8Array };
}

/** Creates a DIDs request on the Ottawa trunk, types `words`, attaches the letter and finalizes it. */
export async function prepareAndSend(steps: SentRequestSteps, words: RequestWords): Promise<string> {
  const { app, newRequest, editor, review, portage } = steps;
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  const id = editor.draftId();
  await editor.pasteNumbers('613 555 0181');
  await editor.fill({
    customerName: words.customerName,
    accountNumber: '4471-2290',
    streetNumber: '1200',
    streetName: 'rue Wellington',
    city: 'Ottawa',
    province: 'ON',
    postalCode: 'K1Y 2Z8',
    email: 'commandes@exemple.ca',
  });
  if (words.comment) await editor.field('comments.portTeam').fill(words.comment);
  await portage.stageFile(words.letter.name, words.letter.content);
  await editor.attach('letterOfAuthorization', words.letter.name);
  await editor.expectSaved();
  await editor.openReview();
  await review.finalize();
  return id;
}

/** Follows the request in its tracking view until the practice carrier says COMPLETED. */
export async function followUntilCompleted(steps: SentRequestSteps, id: string): Promise<string> {
  await steps.tracking.open(id);
  const ticket = await steps.tracking.expectTicket();
  expect(ticket).toMatch(/\S+/);
  await steps.tracking.expectTimelineReaches('COMPLETED');
  return ticket;
}

/** A one-page PDF whose text is `line`: a letter of authorization with the customer's words in it. */
export function letterWith(line: string): Uint8Array {
  const stream = `BT /F1 14 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
