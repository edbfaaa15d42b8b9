// The common port form every port request carries, field for field as in the contract
// (resources/carrier-api/ucapi-porting.contract.json). Request schemas are strict: a field the
// contract does not know is a bug in Portage, never something to send.
import { z } from 'zod';
import { int32, int64, text } from './json-types';

export const Base64EncodedFile = z.strictObject({
  Base64Contents: text(),
  ContentType: text(),
  FileName: text(),
});
export type Base64EncodedFile = z.infer<typeof Base64EncodedFile>;

export const KeyValueDetail = z.strictObject({
  Key: text(),
  Value: text(),
});
export type KeyValueDetail = z.infer<typeof KeyValueDetail>;

/** The fields both port forms have, regular and toll-free, exactly as the contract lists them. */
const sharedFormFields = {
  AdditionalEmailAddresses: z.array(text()).optional(),
  CommentsLosingCarrier: text().optional(),
  CommentsPortTeam: text().optional(),
  ContactMeBLIF: z.boolean().optional(),
  ContactMeScheduling: z.boolean().optional(),
  CurrentProvider: int32().optional(),
  CurrentProviderNotMandatory: z.boolean().optional(),
  CurrentReseller: text().optional(),
  CustomerAccountNumber: text(),
  CustomerCity: text(),
  CustomerCountry: text(),
  CustomerFloor: text().optional(),
  CustomerName: text(),
  CustomerPostalCode: text(),
  CustomerProvince: text(),
  CustomerReferenceNumber: text().optional(),
  CustomerStreetDirection: text().optional(),
  CustomerStreetName: text(),
  CustomerStreetNumber: text(),
  CustomerStreetSuffix: text().optional(),
  CustomerStreetType: text().optional(),
  CustomerUnit: text().optional(),
  EmailAddress: text(),
  ExtraDetails: z.array(KeyValueDetail).optional(),
  FileBlifSpreadsheet: z.array(Base64EncodedFile).optional(),
  FileLastInvoice: z.array(Base64EncodedFile).optional(),
  NumbersToPort: z.array(int64()).optional(),
  RequestedPortDate: text().optional(),
  RequestedPortTime: text().optional(),
  SubmitterFirstName: text().optional(),
  SubmitterLastName: text().optional(),
  SubmitterPhoneNumber: int64().optional(),
};

/** The port form for regular (geographic) numbers. */
export const NumberPortOrderFormV2 = z.strictObject({
  ...sharedFormFields,
  ChangePilotNumber: z.boolean().optional(),
  FileLetterOfAuthorization: z.array(Base64EncodedFile).optional(),
  IsPRIMegaLink: z.boolean().optional(),
  NewPilotNumber: int64().optional(),
  NumbersToDisconnect: z.array(int64()).optional(),
  NumbersToRemain: z.array(int64()).optional(),
  PRIMegalinkCircuit: text().optional(),
  PRIMegalinkRemainActive: z.boolean().optional(),
});
export type NumberPortOrderFormV2 = z.infer<typeof NumberPortOrderFormV2>;

/** The port form for toll-free numbers: no numbers to remain or disconnect, no pilot change, no PRI,
 *  no letter of authorization; a RespOrg transfer form instead. */
export const NumberPortTollFreeOrderFormV2 = z.strictObject({
  ...sharedFormFields,
  FileRespOrgForm: z.array(Base64EncodedFile).optional(),
});
export type NumberPortTollFreeOrderFormV2 = z.infer<typeof NumberPortTollFreeOrderFormV2>;
