// Provinces, territories and states a service address may be in, by country (the carrier takes only CA
// and US addresses), as the two-letter codes the carrier's forms use. Canadian ones carry the first
// letters of their postal codes (Canada Post's forward sortation areas), so a code that does not fit
// its province can be pointed out. Names are in the renderer's catalogues (`region.<code>`).

export const canadianRegions = {
  AB: 'T',
  BC: 'V',
  MB: 'R',
  NB: 'E',
  NL: 'A',
  NS: 'B',
  NT: 'X',
  NU: 'X',
  ON: 'KLMNP',
  PE: 'C',
  QC: 'GHJ',
  SK: 'S',
  YT: 'Y',
} as const;

export const usRegions = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
] as const;

export type CanadianRegion = keyof typeof canadianRegions;
export type UsRegion = (typeof usRegions)[number];
export type Country = 'CA' | 'US';

/** The region codes of a country, in the order the list shows them. */
export function regionsOf(country: Country): readonly string[] {
  return country === 'CA' ? Object.keys(canadianRegions) : usRegions;
}

/** 'ca' → 'CA'; anything that is not a country the carrier takes → null. */
export function countryOf(value: string | undefined): Country | null {
  const code = value?.trim().toUpperCase();
  return code === 'CA' || code === 'US' ? code : null;
}

/** The region as its code when it is one of the country's ('qc' → 'QC'), else null. */
export function regionOf(country: Country, value: string | undefined): string | null {
  const code = value?.trim().toUpperCase() ?? '';
  return regionsOf(country).includes(code) ? code : null;
}

/** The first letters a Canadian province's postal codes start with ('QC' → 'GHJ'). */
export function postalLettersOf(region: string): string | null {
  return Object.hasOwn(canadianRegions, region) ? canadianRegions[region as CanadianRegion] : null;
}
