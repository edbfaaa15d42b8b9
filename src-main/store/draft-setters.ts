// Setting one column of a draft outside the editor: archived (the dealer), status and ticket (the
// outbox, as a submission moves along). Each is one transaction that settles the hot draft first and
// answers the draft as stored.
import { draftStatuses, type DraftStatus } from '../shared/domain/draft';
import type { DraftDetail } from '../shared/domain/draft-views';
import type { DraftContext } from './draft-context';
import { parseId } from './draft-input';
import { StoreError } from './errors';

export function createDraftSetters({ stmt, update }: DraftContext) {
  return {
    setArchived(id: string, archived: boolean): DraftDetail {
      const key = parseId(id);
      if (typeof archived !== 'boolean') throw new StoreError('invalidInput', { field: 'archived' });
      return update(key, () => stmt.setArchived.run(archived ? 1 : 0, key));
    },

    setStatus(id: string, status: DraftStatus): DraftDetail {
      const key = parseId(id);
      if (!(draftStatuses as readonly unknown[]).includes(status))
        throw new StoreError('invalidInput', { field: 'status' });
      return update(key, () => stmt.setStatus.run(status, key));
    },

    setTicket(id: string, ticket: string | null): DraftDetail {
      const key = parseId(id);
      if (ticket !== null && (typeof ticket !== 'string' || ticket.length > 200)) {
        throw new StoreError('invalidInput', { field: 'ticket' });
      }
      return update(key, () => stmt.setTicket.run(ticket, key));
    },
  };
}
