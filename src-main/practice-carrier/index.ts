export {
  defaultStatusStepMs,
  practiceCredentials,
  startPracticeCarrier,
  type PracticeCarrier,
  type PracticeCarrierOptions,
} from './server';
export type { FaultControl, FaultSettings, FaultUpdate, RandomFaultKind } from './faults';
export type { ReceivedPort } from './port-lifecycle';
