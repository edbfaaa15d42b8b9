// `window.portage`, as the preload (Electron) or the harness bridge (browser) defines it.
// The renderer includes this file (tsconfig includes src-main), so `window.portage.drafts.list(...)` is typed.
import type { PortageApi } from './channels';

declare global {
  interface Window {
    readonly portage: PortageApi;
  }
}

export {};
