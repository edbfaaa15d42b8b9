// The practice carrier's reference data: believable, bilingual, and stable so screens and tests can rely on it.

export const practiceSipTrunks = [
  { Number: 6135550100, Label: 'Bureau principal – Ottawa' },
  { Number: 5145550199, Label: 'Succursale Montréal' },
  { Number: 4165550142, Label: 'Toronto office' },
  // A trunk without a label, as the carrier allows.
  { Number: 6045550110 },
];

const hostedSeat = { En: 'Hosted PBX seat', Fr: 'Poste PBX hébergé' };

export const practiceOfferings = [
  { OfferingID: 'OFF-GEN-100', ProductName: hostedSeat, Type: 1 },
  { OfferingID: 'OFF-GEN-110', ProductName: { En: 'Conference bridge', Fr: 'Pont de conférence' }, Type: 1 },
  {
    OfferingID: 'OFF-CHILD-200',
    ProductName: { En: 'Additional number on a hosted PBX', Fr: 'Numéro supplémentaire sur PBX hébergé' },
    Type: 2,
    PotentialParentSubscriptions: [
      { Name: '6135550100', ProductName: hostedSeat, SubscriptionID: 'SUB-1001' },
      { Name: '5145550199', ProductName: hostedSeat, SubscriptionID: 'SUB-1002' },
    ],
  },
  { OfferingID: 'OFF-RES-300', ProductName: { En: 'Residential line', Fr: 'Ligne résidentielle' }, Type: 3 },
  { OfferingID: 'OFF-BUS-400', ProductName: { En: 'Business line', Fr: 'Ligne d’affaires' }, Type: 4 },
  {
    OfferingID: 'OFF-PCF-500',
    ProductName: { En: 'Permanent call forward', Fr: 'Renvoi d’appel permanent' },
    Type: 5,
  },
  {
    OfferingID: 'OFF-BPCF-600',
    ProductName: { En: 'Business permanent call forward', Fr: 'Renvoi d’appel permanent d’affaires' },
    Type: 6,
  },
  { OfferingID: 'OFF-FAX-700', ProductName: { En: 'Virtual fax', Fr: 'Télécopieur virtuel' }, Type: 7 },
];

export const practiceProviders = [
  { ID: 1, Name: 'Bell Canada' },
  { ID: 2, Name: 'Rogers' },
  { ID: 3, Name: 'Telus' },
  { ID: 4, Name: 'Vidéotron' },
  { ID: 5, Name: 'Cogeco' },
  { ID: 6, Name: 'Fido' },
  { ID: 7, Name: 'Koodo' },
  { ID: 8, Name: 'Virgin Plus' },
  { ID: 9, Name: 'Freedom Mobile' },
  { ID: 10, Name: 'Bell Aliant' },
  { ID: 11, Name: 'SaskTel' },
  { ID: 12, Name: 'Eastlink' },
  { ID: 13, Name: 'Distributel' },
  { ID: 14, Name: 'Fizz' },
];

/** Federal statutory holidays plus Quebec's, with the observed weekdays where a holiday falls on a weekend. */
export const practiceHolidays = [
  { Date: '2026-01-01', Name: "Jour de l'An / New Year's Day" },
  { Date: '2026-04-03', Name: 'Vendredi saint / Good Friday' },
  { Date: '2026-04-06', Name: 'Lundi de Pâques / Easter Monday' },
  { Date: '2026-05-18', Name: 'Journée nationale des patriotes / Victoria Day' },
  { Date: '2026-06-24', Name: 'Fête nationale du Québec / Quebec National Holiday' },
  { Date: '2026-07-01', Name: 'Fête du Canada / Canada Day' },
  { Date: '2026-08-03', Name: 'Congé civique / Civic Holiday' },
  { Date: '2026-09-07', Name: 'Fête du Travail / Labour Day' },
  {
    Date: '2026-09-30',
    Name: 'Journée nationale de la vérité et de la réconciliation / Truth and Reconciliation Day',
  },
  { Date: '2026-10-12', Name: 'Action de grâce / Thanksgiving' },
  { Date: '2026-11-11', Name: 'Jour du Souvenir / Remembrance Day' },
  { Date: '2026-12-25', Name: 'Noël / Christmas Day' },
  { Date: '2026-12-28', Name: 'Lendemain de Noël (observé) / Boxing Day (observed)' },
  { Date: '2027-01-01', Name: "Jour de l'An / New Year's Day" },
  { Date: '2027-03-26', Name: 'Vendredi saint / Good Friday' },
  { Date: '2027-03-29', Name: 'Lundi de Pâques / Easter Monday' },
  { Date: '2027-05-24', Name: 'Journée nationale des patriotes / Victoria Day' },
  { Date: '2027-06-24', Name: 'Fête nationale du Québec / Quebec National Holiday' },
  { Date: '2027-07-01', Name: 'Fête du Canada / Canada Day' },
  { Date: '2027-08-02', Name: 'Congé civique / Civic Holiday' },
  { Date: '2027-09-06', Name: 'Fête du Travail / Labour Day' },
  {
    Date: '2027-09-30',
    Name: 'Journée nationale de la vérité et de la réconciliation / Truth and Reconciliation Day',
  },
  { Date: '2027-10-11', Name: 'Action de grâce / Thanksgiving' },
  { Date: '2027-11-11', Name: 'Jour du Souvenir / Remembrance Day' },
  { Date: '2027-12-27', Name: 'Noël (observé) / Christmas Day (observed)' },
  { Date: '2027-12-28', Name: 'Lendemain de Noël (observé) / Boxing Day (observed)' },
];

/** Portable prefixes: the 555 test exchanges of the main area codes, a few real-looking ones, and toll-free. */
export const practiceNpanxx = [
  613555, 514555, 416555, 438555, 604555, 819555, 418555, 450555, 647555, 905555, 403555, 780555, 204555,
  306555, 902555, 506555, 709555, 250555, 613237, 613230, 514871, 514282, 416364, 416979, 438380, 800555,
  833555, 844555, 855555, 866555, 877555, 888555,
];

export const tollFreeAreaCodes = [800, 833, 844, 855, 866, 877, 888];
