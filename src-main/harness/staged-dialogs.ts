// The harness's file dialogs: an e2e test stages the file the next dialog "picks" through a control
// endpoint; with nothing staged, the dialog is cancelled. A file may be staged by its size alone (a file
// too large to send over the control endpoint, to see the app refuse it); like the app's dialogs, a file
// over the caller's limit is answered as too large, without being read. Saved files are kept in memory.
import type { Dialogs, PickedFile, TooLargeFile } from '../ipc/ports';

/** A staged file: its content, or only its size (its content is then that many zero bytes). */
export type StagedFile = PickedFile | { name: string; size: number };

export interface StagedDialogs extends Dialogs {
  stage(file: StagedFile): void;
  clear(): void;
  /** Files "saved" through the save dialog, oldest first. */
  saved(): { name: string; content: Uint8Array }[];
}

export function createStagedDialogs(): StagedDialogs {
  const staged: StagedFile[] = [];
  const saved: { name: string; content: readonly Uint8Array[] }[] = [];
  const next = async ({ maxBytes }: { maxBytes: number }): Promise<PickedFile | TooLargeFile | null> => {
    const file = staged.shift();
    if (!file) return null;
    const size = 'content' in file ? file.content.byteLength : file.size;
    if (size > maxBytes) return { name: file.name, size, tooLarge: true };
    return 'content' in file ? file : { name: file.name, content: new Uint8Array(file.size) };
  };
  return {
    openFile: next,
    openFileForImport: next,
    async saveFile({ defaultName, content }) {
      saved.push({ name: defaultName, content });
      return true;
    },
    stage: (file) => void staged.push(file),
    clear: () => void staged.splice(0),
    saved: () => saved.map(({ name, content }) => ({ name, content: Buffer.concat(content) })),
  };
}
