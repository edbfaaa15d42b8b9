// The names alone of every IPC channel and event: what the sandboxed preload and the harness bridge need
// to build `window.portage`, without bundling zod into the preload. channels.ts checks at compile time
// that this list and the schema list are the same set.

export const invokeChannelNames = [
  'app.info',
  'app.diagnostics',
  'settings.get',
  'settings.update',
  'settings.retentionPreview',
  'drafts.list',
  'drafts.get',
  'drafts.create',
  'drafts.save',
  'drafts.stash',
  'drafts.stashed',
  'drafts.revisions',
  'drafts.restoreRevision',
  'drafts.duplicate',
  'drafts.setArchived',
  'drafts.trash',
  'drafts.listTrash',
  'drafts.restoreFromTrash',
  'drafts.split',
  'drafts.finalize',
  'drafts.numberConflicts',
  'drafts.editCopy',
  'drafts.copiedRejection',
  'drafts.setLinePassword',
  'attachments.add',
  'attachments.remove',
  'paperwork.preview',
  'paperwork.sign',
  'paperwork.file',
  'paperwork.saveCopy',
  'reference.get',
  'reference.refresh',
  'numbers.checkPortable',
  'account.get',
  'account.set',
  'account.test',
  'account.remove',
  'outbox.list',
  'outbox.retryNow',
  'outbox.resolveReview',
  'outbox.pullBack',
  'outbox.sendToCurrent',
  'tracking.get',
  'transfer.export',
  'transfer.import',
  'intake.open',
  'intake.check',
  'intake.apply',
  'intake.close',
  'intake.exportNumbers',
  'backups.list',
  'backups.create',
  'backups.restore',
] as const;
export type ChannelName = (typeof invokeChannelNames)[number];

/** Main → renderer events. `outboxChanged` is delivered to `portage.onOutboxChanged(cb)`. */
export const eventNames = [
  'outboxChanged',
  'portStatusChanged',
  'connectivityChanged',
  'draftsChanged',
  'accountChanged',
] as const;
export type EventName = (typeof eventNames)[number];

/** The IPC channel an event travels on, kept apart from the invoke channels. */
export function eventChannel(name: EventName): `event.${EventName}` {
  return `event.${name}`;
}

export type EventMethodName<E extends EventName> = `on${Capitalize<E>}`;

export function eventMethodName<E extends EventName>(name: E): EventMethodName<E> {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as EventMethodName<E>;
}

/** `drafts.list` → ['drafts', 'list']: the group and method under `window.portage`. */
export function splitChannelName(name: ChannelName): [group: string, method: string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

const nameSet: ReadonlySet<string> = new Set(invokeChannelNames);
export function isChannelName(value: string): value is ChannelName {
  return nameSet.has(value);
}
