// Port requests written on the screen, shared by the journeys that need many of them (one per carrier
// operation, the layout check): the target chosen on "New port request" by the practice carrier's
// lists as the dealer reads them, the port form filled, and the request finalized from its review.
import { practiceOfferings } from '../../../src-main/practice-carrier/reference-data';
import type { DraftKind } from '../../../src-main/shared/domain/catalogue';
import type { AppPage } from '../pages/app-page';
import type { EditorPage, PortForm } from '../pages/editor-page';
import type { NewRequestPage } from '../pages/new-request-page';
import type { ReviewPage } from '../pages/review-page';
import { letterOfAuthorizationPdf, type HarnessHandle } from './harness';
import type { Language } from './messages';

export interface Screens {
  app: AppPage;
  portage: HarnessHandle;
  newRequest: NewRequestPage;
  editor: EditorPage;
  review: ReviewPage;
  language: Language;
}

/** The practice carrier's offering for each kind of new service (the first one of its type). */
const offeringIdByKind: Record<Exclude<DraftKind, 'sipTrunkDids'>, string> = {
  generalProduct: 'OFF-GEN-100',
  generalChildProduct: 'OFF-CHILD-200',
  residentialLine: 'OFF-RES-300',
  businessLine: 'OFF-BUS-400',
  permanentCallForward: 'OFF-PCF-500',
  businessPermanentCallForward: 'OFF-BPCF-600',
  virtualFax: 'OFF-FAX-700',
};

/** An offering's name as the "New port request" list shows it in `language`. */
export function offeringName(kind: Exclude<DraftKind, 'sipTrunkDids'>, language: Language): string {
  const offering = practiceOfferings.find((item) => item.OfferingID === offeringIdByKind[kind]);
  if (!offering) throw new Error(`no practice offering for ${kind}`);
  return language === 'fr-CA' ? offering.ProductName.Fr : offering.ProductName.En;
}

/** "New port request": more numbers on the Ottawa trunk, or a new service of `kind`; opens its form. */
export async function startRequest(screens: Screens, kind: DraftKind): Promise<void> {
  await screens.app.go('new');
  if (kind === 'sipTrunkDids') await screens.newRequest.onSipTrunk('Ottawa');
  else
    await screens.newRequest.onOffering(
      offeringName(kind, screens.language),
      kind === 'generalChildProduct' ? 0 : undefined,
    );
}

/** A customer in Ottawa whose port form is complete but for the numbers and the service section. */
export function customer(name: string): PortForm {
  return {
    customerName: name,
    accountNumber: '4471-2290',
    streetNumber: '1200',
    streetName: 'rue Wellington',
    city: 'Ottawa',
    province: 'ON',
    postalCode: 'K1Y 2Z8',
    email: 'commandes@example.com',
  };
}

/** The letter of authorization, attached through the slot's button (the dialog picks the staged file). */
export async function attachLetter(screens: Screens): Promise<void> {
  await screens.portage.stageFile('autorisation.pdf', letterOfAuthorizationPdf());
  await screens.editor.attach('letterOfAuthorization', 'autorisation.pdf');
}

/** A complete request for more numbers on the Ottawa trunk, written on the screen; answers with its id. */
export async function writeOnTrunk(screens: Screens, name: string, number: string): Promise<string> {
  const { editor } = screens;
  await startRequest(screens, 'sipTrunkDids');
  await editor.pasteNumbers(number);
  await editor.fill(customer(name));
  await attachLetter(screens);
  await editor.expectSaved();
  return editor.draftId();
}

/** The same, then finalized from its review (which must have nothing blocking it). */
export async function finalizeOnTrunk(screens: Screens, name: string, number: string): Promise<string> {
  const id = await writeOnTrunk(screens, name, number);
  await screens.editor.openReview();
  await screens.review.finalize();
  return id;
}
