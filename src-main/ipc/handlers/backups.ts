// Backups in Settings: the list (with how many requests a restore would replace), "Back up now", and
// restoring one. Paths stay in the main process: the renderer sees ids (file names), dates and sizes.
import type { BackupInfo } from '../../shared/domain/backups';
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

const shown = ({ id, createdAt, bytes, reason }: BackupInfo): BackupInfo => ({
  id,
  createdAt,
  bytes,
  reason,
});

export function backupHandlers(
  deps: HandlerDeps,
): Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore'> {
  return {
    'backups.list': () => {
      const count = (archived: boolean) => deps.store.drafts.list({ archived, limit: 1 }).total;
      return {
        backups: deps.backups.list().map(shown),
        current: { requests: count(false) + count(true) },
      };
    },
    'backups.create': async () => shown(await deps.backups.create()),
    // Everything the window shows may change: the renderer reads it all again afterwards.
    'backups.restore': ({ id }) => deps.backups.restore(id),
  };
}
