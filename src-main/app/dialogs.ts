// Native file dialogs. The main process reads and writes the files; the renderer only ever sees names.
import { dialog, type BrowserWindow } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dialogs } from '../ipc/ports';

/** Far above any real attachment; keeps a mistaken pick of a huge file from filling memory. */
const maxReadBytes = 64 * 1024 * 1024;

async function readPicked(path: string): Promise<{ name: string; content: Uint8Array } | null> {
  const info = await stat(path);
  if (!info.isFile() || info.size > maxReadBytes) return null;
  return { name: basename(path), content: new Uint8Array(await readFile(path)) };
}

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async openFile({ title, filters }) {
      const parent = window();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      const path = result.canceled ? undefined : result.filePaths[0];
      return path ? readPicked(path) : null;
    },
    async saveFile({ title, defaultName, filters, content }) {
      const parent = window();
      const options = { title, defaultPath: defaultName, filters };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return false;
      await writeFile(result.filePath, content);
      return true;
    },
    async openFileForImport({ title, filters }) {
      return this.openFile({ title, filters });
    },
  };
}
