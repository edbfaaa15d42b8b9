// "Start fresh" after a failure at start: the damaged database has been set aside (set-aside.ts), and an
// empty one is made in its place, so the next start opens it as usual instead of finding the file missing
// beside backups (which it would rightly refuse as damage). The backups stay where they are.
import { openStore } from '../store';

export function createEmptyDatabase(options: { file: string; key?: Uint8Array; clock: () => Date }): void {
  // No backups folder given: here a missing file is meant, not a loss.
  openStore({
    file: options.file,
    clock: options.clock,
    ...(options.key ? { key: options.key } : {}),
  }).close();
}
