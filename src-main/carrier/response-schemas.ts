// Tolerant zod schemas for what the carrier sends back: the contract's required fields and types are
// checked, unknown extra fields are allowed through (z.looseObject) so a carrier that adds a field does
// not break Portage. Written against resources/carrier-api/ucapi-porting.contract.json.
// TODO(domain): switch to the domain's response schemas in src-main/domain/contract/ when they land.
import { z } from 'zod';

const localizedString = z.looseObject({ En: z.string(), Fr: z.string() });

export const exceptionSchema = z.looseObject({ ID: z.string(), Message: z.string() });

export const terseNumberSchema = z.looseObject({ Number: z.int(), Label: z.string().optional() });
export type TerseNumber = z.infer<typeof terseNumberSchema>;

export const subscriptionSchema = z.looseObject({
  Name: z.string(),
  ProductName: localizedString,
  SubscriptionID: z.string(),
});

export const offeringSchema = z.looseObject({
  OfferingID: z.string(),
  ProductName: localizedString,
  Type: z.literal([1, 2, 3, 4, 5, 6, 7]),
  PotentialParentSubscriptions: z.array(subscriptionSchema).optional(),
});
export type Offering = z.infer<typeof offeringSchema>;

export const providerSchema = z.looseObject({ ID: z.int(), Name: z.string() });
export type Provider = z.infer<typeof providerSchema>;

export const holidaySchema = z.looseObject({ Date: z.string(), Name: z.string() });
export type Holiday = z.infer<typeof holidaySchema>;

export const npanxxListSchema = z.array(z.int());

export const numberResponseSchema = z.looseObject({
  Number: z.int(),
  Reply: z.int(),
  Message: z.string().optional(),
});
export type NumberResponse = z.infer<typeof numberResponseSchema>;

export const ticketResponseSchema = z.looseObject({
  Reply: z.int(),
  TicketMask: z.string(),
  Message: z.string().optional(),
});
export type TicketResponse = z.infer<typeof ticketResponseSchema>;

export const rejectDetailSchema = z.looseObject({
  'DISC #': z.string().optional(),
  'DISC # RANGE': z.string().optional(),
  'FLD ABBR': z.string().optional(),
  FORM: z.string().optional(),
  'PORTED #': z.string().optional(),
  'PORTED # RANGE': z.string().optional(),
  REMARKS: z.string().optional(),
  'RJCT CODE': z.string().optional(),
  'RJCT REMARKS': z.string().optional(),
});
export type RejectDetail = z.infer<typeof rejectDetailSchema>;

export const portInStatusSchema = z.looseObject({
  Status: z.string(),
  ValidationLSC: z.boolean(),
  AccountNumber: z.string().optional(),
  Disputing: z.boolean().optional(),
  EndUserName: z.string().optional(),
  NumbersToPort: z.array(z.int()).optional(),
  PortDate: z.string().optional(),
  RejectDetails: z.array(rejectDetailSchema).optional(),
  RejectReason: z.string().optional(),
  RejectSummary: z.string().optional(),
  Reseller: z.string().optional(),
  TicketId: z.string().optional(),
});
export type PortInStatus = z.infer<typeof portInStatusSchema>;

export const numberToPortSchema = z.looseObject({
  ReadyToPort: z.boolean().optional(),
  SvCondition: z.string().optional(),
  TnRange: z.string().optional(),
});

export const custInfoRequestSchema = z.looseObject({
  RequestIdx: z.int(),
  Assessment: z.string().optional(),
  HappyFoxTicket: z.string().optional(),
  NewService: z.string().optional(),
  NumberToPort: z.array(numberToPortSchema).optional(),
  ParentService: z.string().optional(),
});

export const custInfoOrderSchema = z.looseObject({
  OrderID: z.int(),
  Requests: z.array(custInfoRequestSchema),
});

/** The dashboard listing. Note: the contract's CustomerInfo carries no CustomerReferenceNumber. */
export const customerInfoSchema = z.looseObject({ Orders: z.array(custInfoOrderSchema) });
export type CustomerInfo = z.infer<typeof customerInfoSchema>;
