// The carrier's reference lists that Portage keeps for offline use: SIP trunks, offerings, losing
// carriers (providers), holidays and portable NPA-NXX; and how the renderer receives them.
import type { Offering } from './contract';

export const referenceKinds = ['sipTrunks', 'offerings', 'providers', 'holidays', 'npanxx'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

export interface ReferenceData {
  sipTrunks: { Number: number | string; Label?: string }[];
  offerings: Offering[];
  providers: { ID: number; Name: string }[];
  holidays: { Date: string; Name: string }[];
  npanxx: number[];
  fetchedAt: Record<ReferenceKind, string | null>;
}

export type ReferenceRefreshResult = ReferenceData & { errors: Partial<Record<ReferenceKind, string>> };
