// The data the crash-safety writer saves: a function of (draft id, revision), so the test can say
// exactly what each reported save must have stored. About 3 KB, like a real draft.
import type { DraftData } from '../../../src-main/shared/domain/draft';

export function crashDraftData(id: string, revision: number): DraftData {
  const numbers = Array.from(
    { length: 40 },
    (_, i) => `(613) 555-${String((revision * 7 + i) % 10_000).padStart(4, '0')}`,
  );
  return {
    customer: { name: `Client ${id.slice(0, 8)} révision ${revision}`, accountNumber: `ACCT-${revision}` },
    address: {
      streetNumber: String(revision),
      streetName: 'rue Sainte-Catherine',
      city: 'Montréal',
      province: 'QC',
      postalCode: 'H2X 1Y4',
      country: 'CA',
    },
    numbers: { toPort: numbers },
    comments: { portTeam: `Sauvegarde ${revision} `.repeat(60) },
  };
}
