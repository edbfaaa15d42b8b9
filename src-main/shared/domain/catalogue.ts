// The service catalogue: which carrier operation each kind of port request goes to.
// This is the only place that maps a request to an endpoint (see shared carrier-api README,
// "Which operation a port request goes to"). Everything else asks `catalogueEntryFor`.

/** What the dealer chose as the target service of the port. */
export const draftKinds = [
  'sipTrunkDids',
  'generalProduct',
  'generalChildProduct',
  'residentialLine',
  'businessLine',
  'permanentCallForward',
  'businessPermanentCallForward',
  'virtualFax',
] as const;
export type DraftKind = (typeof draftKinds)[number];

/** Regular (geographic) numbers and toll-free numbers never travel in one request. */
export type NumberNature = 'regular' | 'tollFree';

/** The carrier's `Offering.Type`, 1 to 7. */
export const offeringTypes = [1, 2, 3, 4, 5, 6, 7] as const;
export type OfferingType = (typeof offeringTypes)[number];

export type PortFormVariant = 'NumberPortOrderFormV2' | 'NumberPortTollFreeOrderFormV2';

export type OperationBody =
  | 'NumberPortOrderDIDV2'
  | 'NumberPortTollFreeOrderDIDV2'
  | 'NumberPortOrderGeneralProduct'
  | 'NumberPortOrderGeneralChildProduct'
  | 'NumberPortOrderResidentialLineV2'
  | 'NumberPortOrderBusinessLineV2'
  | 'NumberPortOrderPermanentCallForwardV2'
  | 'NumberPortTollFreeOrderPermanentCallForwardV2'
  | 'NumberPortOrderBusinessPermanentCallForward'
  | 'NumberPortOrderVirtualFax';

export type CatalogueEntryId =
  | 'dids'
  | 'tollFreeDids'
  | 'generalProduct'
  | 'generalChildProduct'
  | 'residentialLine'
  | 'businessLine'
  | 'permanentCallForward'
  | 'tollFreePermanentCallForward'
  | 'businessPermanentCallForward'
  | 'virtualFax';

export interface CatalogueEntry {
  readonly id: CatalogueEntryId;
  readonly kind: DraftKind;
  readonly nature: NumberNature;
  /** The offering type that leads here; undefined for DIDs on an existing SIP trunk. */
  readonly offeringType: OfferingType | undefined;
  readonly method: 'POST';
  readonly path: string;
  readonly body: OperationBody;
  readonly portForm: PortFormVariant;
}

const regularForm: PortFormVariant = 'NumberPortOrderFormV2';
const tollFreeForm: PortFormVariant = 'NumberPortTollFreeOrderFormV2';

export const catalogue: readonly CatalogueEntry[] = Object.freeze([
  {
    id: 'dids',
    kind: 'sipTrunkDids',
    nature: 'regular',
    offeringType: undefined,
    method: 'POST',
    path: '/v2/NumberPorts/Inbound/DIDs',
    body: 'NumberPortOrderDIDV2',
    portForm: regularForm,
  },
  {
    id: 'tollFreeDids',
    kind: 'sipTrunkDids',
    nature: 'tollFree',
    offeringType: undefined,
    method: 'POST',
    path: '/v2/NumberPorts/Inbound/TollFree/DIDs',
    body: 'NumberPortTollFreeOrderDIDV2',
    portForm: tollFreeForm,
  },
  {
    id: 'generalProduct',
    kind: 'generalProduct',
    nature: 'regular',
    offeringType: 1,
    method: 'POST',
    path: '/NumberPorts/Inbound/GeneralProducts',
    body: 'NumberPortOrderGeneralProduct',
    portForm: regularForm,
  },
  {
    id: 'generalChildProduct',
    kind: 'generalChildProduct',
    nature: 'regular',
    offeringType: 2,
    method: 'POST',
    path: '/NumberPorts/Inbound/GeneralChildProducts',
    body: 'NumberPortOrderGeneralChildProduct',
    portForm: regularForm,
  },
  {
    id: 'residentialLine',
    kind: 'residentialLine',
    nature: 'regular',
    offeringType: 3,
    method: 'POST',
    path: '/v2/NumberPorts/Inbound/ResidentialLines',
    body: 'NumberPortOrderResidentialLineV2',
    portForm: regularForm,
  },
  {
    id: 'businessLine',
    kind: 'businessLine',
    nature: 'regular',
    offeringType: 4,
    method: 'POST',
    path: '/v2/NumberPorts/Inbound/BusinessLines',
    body: 'NumberPortOrderBusinessLineV2',
    portForm: regularForm,
  },
  {
    id: 'permanentCallForward',
    kind: 'permanentCallForward',
    nature: 'regular',
    offeringType: 5,
    method: 'POST',
    path: '/v2/NumberPorts/Inbound/PermanentCallForwards',
    body: 'NumberPortOrderPermanentCallForwardV2',
    portForm: regularForm,
  },
  {
    id: 'tollFreePermanentCallForward',
    kind: 'permanentCallForward',
    nature: 'tollFree',
    offeringType: 5,
    method: 'POST',
    path: '/v2/NumberPorts/Inbound/TollFree/PermanentCallForwards',
    body: 'NumberPortTollFreeOrderPermanentCallForwardV2',
    portForm: tollFreeForm,
  },
  {
    id: 'businessPermanentCallForward',
    kind: 'businessPermanentCallForward',
    nature: 'regular',
    offeringType: 6,
    method: 'POST',
    path: '/NumberPorts/Inbound/BusinessPermanentCallForwards',
    body: 'NumberPortOrderBusinessPermanentCallForward',
    portForm: regularForm,
  },
  {
    id: 'virtualFax',
    kind: 'virtualFax',
    nature: 'regular',
    offeringType: 7,
    method: 'POST',
    path: '/NumberPorts/Inbound/VirtualFaxes',
    body: 'NumberPortOrderVirtualFax',
    portForm: regularForm,
  },
] satisfies CatalogueEntry[]);

const kindByOfferingType: Readonly<Record<OfferingType, DraftKind>> = {
  1: 'generalProduct',
  2: 'generalChildProduct',
  3: 'residentialLine',
  4: 'businessLine',
  5: 'permanentCallForward',
  6: 'businessPermanentCallForward',
  7: 'virtualFax',
};

/** The draft kind a new-service offering leads to. */
export function kindForOfferingType(type: OfferingType): DraftKind {
  return kindByOfferingType[type];
}

/** Whether the carrier has a toll-free operation for this kind of service. */
export function kindAcceptsTollFree(kind: DraftKind): boolean {
  return catalogue.some((entry) => entry.kind === kind && entry.nature === 'tollFree');
}

export type CatalogueLookup =
  { ok: true; entry: CatalogueEntry } | { ok: false; reason: 'tollFreeNotOffered'; kind: DraftKind };

/**
 * The one function that picks a carrier operation.
 * A kind with no toll-free operation cannot carry toll-free numbers: the lookup says so instead of guessing.
 */
export function catalogueEntryFor(kind: DraftKind, nature: NumberNature): CatalogueLookup {
  const entry = catalogue.find((candidate) => candidate.kind === kind && candidate.nature === nature);
  if (entry) return { ok: true, entry };
  return { ok: false, reason: 'tollFreeNotOffered', kind };
}

export function catalogueEntryById(id: CatalogueEntryId): CatalogueEntry {
  const entry = catalogue.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`Unknown catalogue entry ${id}`);
  return entry;
}
