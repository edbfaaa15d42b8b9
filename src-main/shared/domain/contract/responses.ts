// The carrier's answers Portage reads, field for field as in the contract.
//
// Two versions of each definition:
// - the contract version (strict: a field the contract does not list fails), used by the contract
//   test and by the practice carrier, which must answer exactly what the contract says;
// - a tolerant version for the carrier client: unknown fields are stripped and lengths are not
//   enforced, with the same required fields and the same JSON types. The real carrier may add a
//   field to an answer, or send a longer remark than documented, at any time; that must not stop a
//   submitted port from being tracked. A missing required field or a wrong type still fails.
import { z } from 'zod';
import { int32, int64, offeringType, reply, text } from './json-types';

interface Dialect {
  object: <S extends z.core.$ZodLooseShape>(shape: S) => z.ZodObject<S, z.core.$strip | z.core.$strict>;
  text: (lengths?: { min?: number; max?: number }) => z.ZodString;
}

const contractDialect: Dialect = { object: (shape) => z.strictObject(shape), text };
const tolerantDialect: Dialect = { object: (shape) => z.object(shape), text: () => text() };

function responseDefinitions({ object, text }: Dialect) {
  const TicketResponse = object({
    Message: text().optional(),
    Reply: reply(),
    TicketMask: text(),
  });

  const Exception = object({
    ID: text(),
    Message: text(),
  });

  const RejectDetail = object({
    'DISC #': text({ min: 12, max: 12 }).optional(),
    'DISC # RANGE': text({ min: 4, max: 4 }).optional(),
    'FLD ABBR': text({ max: 20 }).optional(),
    FORM: text({ max: 4 }).optional(),
    'PORTED #': text({ min: 12, max: 12 }).optional(),
    'PORTED # RANGE': text({ min: 4, max: 4 }).optional(),
    REMARKS: text({ max: 360 }).optional(),
    'RJCT CODE': text({ min: 2, max: 2 }).optional(),
    'RJCT REMARKS': text({ max: 360 }).optional(),
  });

  const PortInStatus = object({
    AccountNumber: text().optional(),
    Disputing: z.boolean().optional(),
    EndUserName: text().optional(),
    NumbersToPort: z.array(int64()).optional(),
    PortDate: text().optional(),
    RejectDetails: z.array(RejectDetail).optional(),
    RejectReason: text().optional(),
    RejectSummary: text({ max: 2000 }).optional(),
    Reseller: text().optional(),
    Status: text(),
    TicketId: text().optional(),
    ValidationLSC: z.boolean(),
  });

  const TerseNumber = object({
    Label: text().optional(),
    Number: int64(),
  });

  const LocalizedString = object({
    En: text(),
    Fr: text(),
  });

  const Subscription = object({
    Name: text(),
    ProductName: LocalizedString,
    SubscriptionID: text(),
  });

  const Offering = object({
    OfferingID: text(),
    PotentialParentSubscriptions: z.array(Subscription).optional(),
    ProductName: LocalizedString,
    Type: offeringType(),
  });

  const NumberPortProvider = object({
    ID: int32(),
    Name: text(),
  });

  const Holiday = object({
    Date: text(),
    Name: text(),
  });

  const NumberResponse = object({
    Message: text().optional(),
    Number: int64(),
    Reply: reply(),
  });

  /** GET /NumberPorts/LNP/NPANXX: the portable NPA-NXX prefixes, as integers. */
  const NpanxxList = z.array(int64());

  const NumberToPort = object({
    ReadyToPort: z.boolean().optional(),
    SvCondition: text({ max: 40 }).optional(),
    TnRange: text({ min: 10, max: 15 }).optional(),
  });

  const CustInfoRequests = object({
    Assessment: text({ max: 20 }).optional(),
    HappyFoxTicket: text({ min: 8, max: 8 }).optional(),
    NewService: text({ min: 60, max: 60 }).optional(),
    NumberToPort: z.array(NumberToPort).optional(),
    ParentService: text({ min: 10, max: 10 }).optional(),
    RequestIdx: int32(),
  });

  const CustInfoOrder = object({
    OrderID: int32(),
    Requests: z.array(CustInfoRequests),
  });

  const CustomerInfo = object({
    Orders: z.array(CustInfoOrder),
  });

  return {
    TicketResponse,
    Exception,
    RejectDetail,
    PortInStatus,
    TerseNumber,
    LocalizedString,
    Subscription,
    Offering,
    NumberPortProvider,
    Holiday,
    NumberResponse,
    NpanxxList,
    NumberToPort,
    CustInfoRequests,
    CustInfoOrder,
    CustomerInfo,
  };
}

const contract = responseDefinitions(contractDialect);

export const TicketResponse = contract.TicketResponse;
export const Exception = contract.Exception;
export const RejectDetail = contract.RejectDetail;
export const PortInStatus = contract.PortInStatus;
export const TerseNumber = contract.TerseNumber;
export const LocalizedString = contract.LocalizedString;
export const Subscription = contract.Subscription;
export const Offering = contract.Offering;
export const NumberPortProvider = contract.NumberPortProvider;
export const Holiday = contract.Holiday;
export const NumberResponse = contract.NumberResponse;
export const NpanxxList = contract.NpanxxList;
export const NumberToPort = contract.NumberToPort;
export const CustInfoRequests = contract.CustInfoRequests;
export const CustInfoOrder = contract.CustInfoOrder;
export const CustomerInfo = contract.CustomerInfo;

/** Tolerant versions for the carrier client (see the note at the top of this file). */
export const tolerant = responseDefinitions(tolerantDialect);

export type TicketResponse = z.infer<typeof TicketResponse>;
export type Exception = z.infer<typeof Exception>;
export type RejectDetail = z.infer<typeof RejectDetail>;
export type PortInStatus = z.infer<typeof PortInStatus>;
export type TerseNumber = z.infer<typeof TerseNumber>;
export type LocalizedString = z.infer<typeof LocalizedString>;
export type Subscription = z.infer<typeof Subscription>;
export type Offering = z.infer<typeof Offering>;
export type NumberPortProvider = z.infer<typeof NumberPortProvider>;
export type Holiday = z.infer<typeof Holiday>;
export type NumberResponse = z.infer<typeof NumberResponse>;
export type NumberToPort = z.infer<typeof NumberToPort>;
export type CustInfoRequests = z.infer<typeof CustInfoRequests>;
export type CustInfoOrder = z.infer<typeof CustInfoOrder>;
export type CustomerInfo = z.infer<typeof CustomerInfo>;

/** The `PortInStatus.Status` values the reference lists (the field itself is free text). */
export const portInStatuses = [
  'PENDING',
  'SUBMITTED',
  'CONFIRMED',
  'CONFIRMEDwDATECHANGE',
  'CONFIRMEDwEXCEPTION',
  'COMPLETED',
  'REJECTED',
  'HOLD',
  'RESCHEDULED',
  'CANCELLATIONPENDING',
  'CANCELLED',
  'PARTIALCANCELLATION',
  'FULLCANCELLATION',
  'EXPIRED',
] as const;
export type PortInStatusValue = (typeof portInStatuses)[number];
