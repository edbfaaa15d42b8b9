// Native file dialogs. The main process reads and writes the files; the renderer only ever sees names.
// A picked file larger than the caller's limit is not read and comes back as too large, so the dealer is
// told so instead of seeing what looks like a cancelled dialog. Reading and writing are asynchronous
// (off the main thread), and an export is written piece by piece, never joined into one buffer.
import { dialog, type BrowserWindow } from 'electron';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dialogs, OpenOptions, PickedFile, TooLargeFile } from '../ipc/ports';

async function readPicked(path: string, maxBytes: number): Promise<PickedFile | TooLargeFile | null> {
  const info = await stat(path);
  if (!info.isFile()) return null;
  const name = basename(path);
  if (info.size > maxBytes) return { name, size: info.size, tooLarge: true };
  return { name, content: new Uint8Array(await readFile(path)) };
}

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  async function pick({ title, filters, maxBytes }: OpenOptions) {
    const parent = window();
    const options = { title, filters, properties: ['openFile' as const] };
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    const path = result.canceled ? undefined : result.filePaths[0];
    return path ? readPicked(path, maxBytes) : null;
  }
  return {
    openFile: pick,
    async saveFile({ title, defaultName, filters, content }) {
      const parent = window();
      const options = { title, defaultPath: defaultName, filters };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return false;
      const file = await open(result.filePath, 'w');
      try {
        for (const piece of content) await file.write(piece);
      } finally {
        await file.close();
      }
      return true;
    },
    openFileForImport: pick,
  };
}
