// The service-specific rows of a port request (DIDs, lines, forwards), field for field as in the contract.
import { z } from 'zod';
import { int32, int64, locale, secondLocale, text } from './json-types';

export const DIDRequestV2 = z.strictObject({
  AdditionalLabel: text().optional(),
  Label: text().optional(),
  Number: int64(),
  Surecall: int64().optional(),
  TranslatedNumber: int64().optional(),
});
export type DIDRequestV2 = z.infer<typeof DIDRequestV2>;

/** No field is required by the contract; Portage always sends `Number`. */
export const NumberRequest = z.strictObject({
  Number: int64().optional(),
  RateCenterName: text().optional(),
});
export type NumberRequest = z.infer<typeof NumberRequest>;

/** The fields residential and business lines share, as the contract lists them (`Enabled` differs:
 *  required on a residential line, optional on a business line). */
const sharedLineFields = {
  Account: int64(),
  CallForwardingDelay: int32().optional(),
  CallForwardingNumber: int64().optional(),
  CallerID: int64().optional(),
  CallerName: text().optional(),
  Email: text().optional(),
  Label: text().optional(),
  Locale: locale(),
  Number: NumberRequest,
  PlanID: text(),
  SecondLocale: secondLocale(),
  SipPassword: text().optional(),
  WebSelfCarePassword: text().optional(),
};

export const ResidentialLineOrder = z.strictObject({
  ...sharedLineFields,
  Enabled: z.boolean(),
});
export type ResidentialLineOrder = z.infer<typeof ResidentialLineOrder>;

export const BusinessLineOrder = z.strictObject({
  ...sharedLineFields,
  BusinessGroupID: text(),
  Enabled: z.boolean().optional(),
  Extension: int32().optional(),
});
export type BusinessLineOrder = z.infer<typeof BusinessLineOrder>;

export const PermanentCallForwardOrderV2 = z.strictObject({
  Account: int64(),
  AdditionalLabel: text().optional(),
  CallForwardingNumber: int64(),
  Enabled: z.boolean(),
  Label: text().optional(),
  Number: NumberRequest,
  PCFProvisioningInstructions: text(),
  PlanID: text(),
});
export type PermanentCallForwardOrderV2 = z.infer<typeof PermanentCallForwardOrderV2>;

export const ForwardingDetail = z.strictObject({
  ForwardingTN: int64(),
  TN: int64(),
});
export type ForwardingDetail = z.infer<typeof ForwardingDetail>;
