// The carrier's answers as the client parses them: the domain's tolerant response schemas (same required
// fields and JSON types as the contract; unknown fields stripped, lengths not enforced).
import { z } from 'zod';
import { tolerant } from '../shared/domain/contract/responses';

export type {
  CustomerInfo,
  Holiday,
  NumberPortProvider,
  NumberResponse,
  Offering,
  PortInStatus,
  RejectDetail,
  TerseNumber,
  TicketResponse,
} from '../shared/domain/contract/responses';

export const responseSchemas = {
  sipTrunks: z.array(tolerant.TerseNumber),
  offerings: z.array(tolerant.Offering),
  providers: z.array(tolerant.NumberPortProvider),
  holidays: z.array(tolerant.Holiday),
  npanxx: tolerant.NpanxxList,
  numberResponse: tolerant.NumberResponse,
  ticketResponse: tolerant.TicketResponse,
  portInStatus: tolerant.PortInStatus,
  customerInfo: tolerant.CustomerInfo,
  exception: tolerant.Exception,
};
