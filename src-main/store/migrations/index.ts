// The ordered list of schema migrations. The database's PRAGMA user_version is the number applied.
// To add one: write `NNN-name.ts` exporting a Migration and append it at the end of the array
// (one import, one line). Never reorder or edit a migration that has shipped.
import type { Migration } from './migration';
import { initial } from './001-initial';
import { outbox } from './002-outbox';
import { lineSecrets } from './003-line-secrets';
import { outboxTarget } from './004-outbox-target';
import { importedHistory } from './005-imported-history';
import { carrierAnswers } from './006-carrier-answers';
import { deletion } from './008-deletion';
import { outboxBodies } from './009-outbox-bodies';
import { paperwork } from './010-paperwork';

export const migrations: readonly Migration[] = [
  initial,
  outbox,
  lineSecrets,
  outboxTarget,
  importedHistory,
  carrierAnswers,
  deletion,
  outboxBodies,
  paperwork,
];

export type { Migration } from './migration';
