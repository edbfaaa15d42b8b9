// The carrier's reference lists that Portage keeps for offline use: SIP trunks, offerings, losing
// carriers (providers), holidays and portable NPA-NXX.

export const referenceKinds = ['sipTrunks', 'offerings', 'providers', 'holidays', 'npanxx'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];
