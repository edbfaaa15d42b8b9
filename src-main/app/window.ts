// The main window: locked-down web preferences, the preload bridge, remembered size and position, and a
// page that comes back when its process dies or hangs (window-recovery.ts).
import { BrowserWindow, screen, type Rectangle } from 'electron';
import { appEntryUrl } from './app-origin';
import { lockNavigation } from './navigation';
import { keepWindowAlive } from './window-recovery';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface WindowStateStore {
  load(): WindowBounds | null;
  save(bounds: WindowBounds): void;
}

const defaultBounds: WindowBounds = { width: 1280, height: 860 };

/** A saved position is used only if it is still on a connected display (a laptop off its dock). */
function visible(bounds: WindowBounds): boolean {
  if (bounds.x === undefined || bounds.y === undefined) return true;
  const rect: Rectangle = { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
  return screen.getAllDisplays().some(({ workArea }) => {
    const overlapX =
      Math.min(rect.x + rect.width, workArea.x + workArea.width) - Math.max(rect.x, workArea.x);
    const overlapY =
      Math.min(rect.y + rect.height, workArea.y + workArea.height) - Math.max(rect.y, workArea.y);
    return overlapX >= 100 && overlapY >= 50;
  });
}

export function createMainWindow(options: {
  preloadPath: string;
  state: WindowStateStore;
  title: string;
  log: (line: string) => void;
}): BrowserWindow {
  const saved = options.state.load();
  const bounds = saved && visible(saved) ? saved : defaultBounds;
  const window = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: Math.max(800, bounds.width),
    height: Math.max(600, bounds.height),
    minWidth: 800,
    minHeight: 600,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click must not open links in new windows (electronegativity AUXCLICK check).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  lockNavigation(window.webContents);
  keepWindowAlive(window, { log: options.log });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = (): void => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const { x, y, width, height } = window.getNormalBounds();
    options.state.save({ x, y, width, height, maximized: window.isMaximized() });
  };
  window.on('close', remember);
  void window.loadURL(appEntryUrl);
  return window;
}
