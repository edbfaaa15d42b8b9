// The sandboxed preload: exposes ONE frozen object, `window.portage`, built from the channel names.
// The page never gets ipcRenderer, process, or the Electron event object. Bundled to a single CommonJS
// file (a sandboxed preload can only require 'electron'); it inlines the names list, not zod.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildPortageApi } from '../shared/ipc-contract/build-api';
import { eventChannel } from '../shared/ipc-contract/channel-names';
import type { IpcResult } from '../shared/ipc-contract/types';

const portage = buildPortageApi({
  invoke: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<IpcResult<unknown>>,
  subscribe: (event, listener) => {
    const channel = eventChannel(event);
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
});

contextBridge.exposeInMainWorld('portage', portage);
