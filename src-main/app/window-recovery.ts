// The window comes back: when its page's process dies (a crash, out of memory, killed) or stops
// answering, the page is loaded again on the same route. Nothing the dealer typed is lost by it: the
// editor stashes the form in the main process as the dealer types (store/draft-stash.ts) and finds it
// again when it reopens the draft.
//
// A page that dies again and again (say, a draft that makes it crash) is reloaded at once the first few
// times in a minute, then only after a pause, so a crash loop does not spin the computer's fans while
// the dealer decides what to do; it never leaves a dead window.
import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';

export interface RecoveryOptions {
  log: (line: string) => void;
  now?: () => number;
  /** Runs `fn` after `ms` (setTimeout, unref'd); tests pass their own. */
  later?: (fn: () => void, ms: number) => void;
}

/** Reloads at once this many times within `windowMs`; then after `pauseMs`. */
export const quickReloads = 3;
const windowMs = 60_000;
export const pauseMs = 10_000;

/** What this needs of a BrowserWindow (tests hand in an event emitter). */
export type RecoverableWindow = Pick<BrowserWindow, 'on' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'reload' | 'forcefullyCrashRenderer'>;
};

export function keepWindowAlive(window: RecoverableWindow, options: RecoveryOptions): void {
  const now = options.now ?? Date.now;
  const later =
    options.later ??
    ((fn: () => void, ms: number) => {
      setTimeout(fn, ms).unref();
    });
  let reloads: number[] = [];
  let pending = false;

  function reload(why: string): void {
    if (pending || window.isDestroyed()) return;
    const at = now();
    reloads = reloads.filter((when) => at - when < windowMs);
    reloads.push(at);
    const delay = reloads.length > quickReloads ? pauseMs : 0;
    options.log(`window: ${why}; reloading${delay > 0 ? ` in ${delay / 1000} s` : ''}`);
    pending = true;
    const run = (): void => {
      pending = false;
      if (!window.isDestroyed()) window.webContents.reload();
    };
    if (delay === 0) run();
    else later(run, delay);
  }

  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    // A clean exit is the window closing, not a page that died.
    if (details.reason === 'clean-exit') return;
    reload(`the page's process is gone (${details.reason})`);
  });
  window.on('unresponsive', () => {
    if (window.isDestroyed()) return;
    // Chromium has waited for it already. Its process is ended; Electron then tells render-process-gone
    // (reason killed), which reloads the page in a fresh one.
    options.log('window: the page stopped answering');
    window.webContents.forcefullyCrashRenderer();
  });
}
