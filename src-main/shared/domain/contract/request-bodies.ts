// The ten request bodies Portage sends (one per catalogue entry), field for field as in the contract.
import { z } from 'zod';
import type { OperationBody } from '../catalogue';
import { int64, text } from './json-types';
import { NumberPortOrderFormV2, NumberPortTollFreeOrderFormV2 } from './port-form';
import {
  BusinessLineOrder,
  DIDRequestV2,
  ForwardingDetail,
  PermanentCallForwardOrderV2,
  ResidentialLineOrder,
} from './service-items';

export const NumberPortOrderDIDV2 = z.strictObject({
  DIDs: z.array(DIDRequestV2),
  PilotNumber: int64(),
  PortForm: NumberPortOrderFormV2,
});

export const NumberPortTollFreeOrderDIDV2 = z.strictObject({
  DIDs: z.array(DIDRequestV2),
  PilotNumber: int64(),
  PortForm: NumberPortTollFreeOrderFormV2,
});

export const NumberPortOrderGeneralProduct = z.strictObject({
  OfferingID: text(),
  PortForm: NumberPortOrderFormV2,
});

export const NumberPortOrderGeneralChildProduct = z.strictObject({
  OfferingID: text(),
  ParentSubscriptionID: text(),
  PortForm: NumberPortOrderFormV2,
});

export const NumberPortOrderResidentialLineV2 = z.strictObject({
  Lines: z.array(ResidentialLineOrder),
  PortForm: NumberPortOrderFormV2,
});

export const NumberPortOrderBusinessLineV2 = z.strictObject({
  Lines: z.array(BusinessLineOrder),
  PortForm: NumberPortOrderFormV2,
});

export const NumberPortOrderPermanentCallForwardV2 = z.strictObject({
  Forwards: z.array(PermanentCallForwardOrderV2),
  PortForm: NumberPortOrderFormV2,
});

export const NumberPortTollFreeOrderPermanentCallForwardV2 = z.strictObject({
  Forwards: z.array(PermanentCallForwardOrderV2),
  PortForm: NumberPortTollFreeOrderFormV2,
});

export const NumberPortOrderBusinessPermanentCallForward = z.strictObject({
  BusinessGroupSubscriptionID: text(),
  ForwardingInstructions: z.array(ForwardingDetail),
  OfferingID: text(),
  PortForm: NumberPortOrderFormV2,
});

export const NumberPortOrderVirtualFax = z.strictObject({
  FaxEmail: text(),
  OfferingID: text(),
  PortForm: NumberPortOrderFormV2,
});

const bodySchemas = {
  NumberPortOrderDIDV2,
  NumberPortTollFreeOrderDIDV2,
  NumberPortOrderGeneralProduct,
  NumberPortOrderGeneralChildProduct,
  NumberPortOrderResidentialLineV2,
  NumberPortOrderBusinessLineV2,
  NumberPortOrderPermanentCallForwardV2,
  NumberPortTollFreeOrderPermanentCallForwardV2,
  NumberPortOrderBusinessPermanentCallForward,
  NumberPortOrderVirtualFax,
} satisfies Record<OperationBody, z.ZodType>;

/** The contract schema of a catalogue entry's request body (`bodySchemaFor(entry.body)`). */
export function bodySchemaFor<B extends OperationBody>(body: B): (typeof bodySchemas)[B] {
  return bodySchemas[body];
}
