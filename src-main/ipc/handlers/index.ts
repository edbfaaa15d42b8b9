// Every channel's handler, from the services. The `Handlers` type makes a missing channel a compile error.
import type { Handlers } from '../register';
import { appHandlers } from './app';
import { attachmentHandlers } from './attachments';
import { backupHandlers } from './backups';
import { carrierHandlers } from './carrier';
import type { HandlerDeps } from './deps';
import { draftHandlers } from './drafts';
import { outboxHandlers } from './outbox';
import { transferHandlers } from './transfer';

export type { HandlerDeps } from './deps';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(deps),
    ...draftHandlers(deps),
    ...attachmentHandlers(deps),
    ...carrierHandlers(deps),
    ...outboxHandlers(deps),
    ...transferHandlers(deps),
    ...backupHandlers(deps),
  };
}
