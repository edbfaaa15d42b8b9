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

export interface Dialogs {
  /** An attachment for a draft. null when the dealer cancels. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<PickedFile | null>;
  /** Writes `content` where the dealer chooses. false when cancelled. */
  saveFile(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
    content: Uint8Array;
  }): Promise<boolean>;
  /** A .portage.json export to import. null when cancelled. */
  openFileForImport(options: { title: string; filters: FileFilter[] }): Promise<PickedFile | null>;
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
