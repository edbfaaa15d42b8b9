// The harness's file dialogs: an e2e test stages the file the next dialog "picks" through a control
// endpoint; with nothing staged, the dialog is cancelled. Saved files are kept in memory for the test.
import type { Dialogs, PickedFile } from '../ipc/ports';

export interface StagedDialogs extends Dialogs {
  stage(file: PickedFile): void;
  clear(): void;
  /** Files "saved" through the save dialog, oldest first. */
  saved(): { name: string; content: Uint8Array }[];
}

export function createStagedDialogs(): StagedDialogs {
  const staged: PickedFile[] = [];
  const saved: { name: string; content: Uint8Array }[] = [];
  const next = async (): Promise<PickedFile | null> => staged.shift() ?? null;
  return {
    openFile: next,
    openFileForImport: next,
    async saveFile({ defaultName, content }) {
      saved.push({ name: defaultName, content });
      return true;
    },
    stage: (file) => void staged.push(file),
    clear: () => void staged.splice(0),
    saved: () => [...saved],
  };
}
