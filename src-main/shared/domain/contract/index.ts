// The carrier contract as zod schemas, one export per contract definition.
import type { z } from 'zod';
import * as portForm from './port-form';
import * as requestBodies from './request-bodies';
import * as responses from './responses';
import * as serviceItems from './service-items';

export * from './json-types';
export * from './port-form';
export * from './service-items';
export * from './request-bodies';
export * from './responses';

/** Every contract definition Portage has a schema for, by its name in the contract. */
export const contractSchemas: Readonly<Record<string, z.ZodType>> = {
  Base64EncodedFile: portForm.Base64EncodedFile,
  KeyValueDetail: portForm.KeyValueDetail,
  NumberPortOrderFormV2: portForm.NumberPortOrderFormV2,
  NumberPortTollFreeOrderFormV2: portForm.NumberPortTollFreeOrderFormV2,
  DIDRequestV2: serviceItems.DIDRequestV2,
  NumberRequest: serviceItems.NumberRequest,
  ResidentialLineOrder: serviceItems.ResidentialLineOrder,
  BusinessLineOrder: serviceItems.BusinessLineOrder,
  PermanentCallForwardOrderV2: serviceItems.PermanentCallForwardOrderV2,
  ForwardingDetail: serviceItems.ForwardingDetail,
  NumberPortOrderDIDV2: requestBodies.NumberPortOrderDIDV2,
  NumberPortTollFreeOrderDIDV2: requestBodies.NumberPortTollFreeOrderDIDV2,
  NumberPortOrderGeneralProduct: requestBodies.NumberPortOrderGeneralProduct,
  NumberPortOrderGeneralChildProduct: requestBodies.NumberPortOrderGeneralChildProduct,
  NumberPortOrderResidentialLineV2: requestBodies.NumberPortOrderResidentialLineV2,
  NumberPortOrderBusinessLineV2: requestBodies.NumberPortOrderBusinessLineV2,
  NumberPortOrderPermanentCallForwardV2: requestBodies.NumberPortOrderPermanentCallForwardV2,
  NumberPortTollFreeOrderPermanentCallForwardV2: requestBodies.NumberPortTollFreeOrderPermanentCallForwardV2,
  NumberPortOrderBusinessPermanentCallForward: requestBodies.NumberPortOrderBusinessPermanentCallForward,
  NumberPortOrderVirtualFax: requestBodies.NumberPortOrderVirtualFax,
  TicketResponse: responses.TicketResponse,
  Exception: responses.Exception,
  RejectDetail: responses.RejectDetail,
  PortInStatus: responses.PortInStatus,
  TerseNumber: responses.TerseNumber,
  LocalizedString: responses.LocalizedString,
  Subscription: responses.Subscription,
  Offering: responses.Offering,
  NumberPortProvider: responses.NumberPortProvider,
  Holiday: responses.Holiday,
  NumberResponse: responses.NumberResponse,
  NumberToPort: responses.NumberToPort,
  CustInfoRequests: responses.CustInfoRequests,
  CustInfoOrder: responses.CustInfoOrder,
  CustomerInfo: responses.CustomerInfo,
};

/** Tolerant response schemas by contract name, for tests that check both versions agree. */
export const tolerantSchemas: Readonly<Record<string, z.ZodType>> = { ...responses.tolerant };
