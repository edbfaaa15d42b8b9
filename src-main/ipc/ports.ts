// What the services need from the outside world that differs between Electron and the browser harness:
// native file dialogs and desktop notifications. Electron implements them in src-main/app; the harness
// and Node tests pass doubles. No channel ever takes a path from the renderer: files come only from here.

export interface FileFilter {
  /** Shown in the dialog, already translated. */
  name: string;
  extensions: string[];
}

export interface PickedFile {
  /** The file's base name only; never a path. */
  name: string;
  content: Uint8Array;
}

/** A file picked but larger than the dialog's `maxBytes`: not read, and said so (never a cancel). */
export interface TooLargeFile {
  name: string;
  size: number;
  tooLarge: true;
}

export interface OpenOptions {
  title: string;
  filters: FileFilter[];
  /** Larger files are not read: the answer is a TooLargeFile. */
  maxBytes: number;
}

export function isTooLarge(picked: PickedFile | TooLargeFile): picked is TooLargeFile {
  return 'tooLarge' in picked;
}

export interface Dialogs {
  /** An attachment for a draft. null when the dealer cancels. */
  openFile(options: OpenOptions): Promise<PickedFile | TooLargeFile | null>;
  /** Writes `content` (the file in pieces, in order) where the dealer chooses. false when cancelled. */
  saveFile(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
    content: readonly Uint8Array[];
  }): Promise<boolean>;
  /** A .portage.json export to import. null when cancelled. */
  openFileForImport(options: OpenOptions): Promise<PickedFile | TooLargeFile | null>;
}

export type { Notifier } from '../outbox/status-notifications';
import type { Notifier } from '../outbox/status-notifications';

/** For tests and headless runs: cancels every dialog. */
export const cancellingDialogs: Dialogs = {
  openFile: async () => null,
  saveFile: async () => false,
  openFileForImport: async () => null,
};

export const silentNotifier: Notifier = { notify: () => undefined };
