// The window's page comes back (src-main/app/window-recovery.ts) on a stand-in window: reloaded at once
// when its process dies, ended then reloaded when it hangs, left alone when it exits cleanly, and, in a
// crash loop, reloaded after a pause instead of at once, never abandoned.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { keepWindowAlive, quickReloads, type RecoverableWindow } from '../../../src-main/app/window-recovery';

function standIn() {
  const contents = new EventEmitter() as EventEmitter & { reloads: number; crashes: number };
  contents.reloads = 0;
  contents.crashes = 0;
  const window = new EventEmitter() as EventEmitter & { destroyed: boolean };
  window.destroyed = false;
  const recoverable = Object.assign(window, {
    isDestroyed: () => window.destroyed,
    webContents: Object.assign(contents, {
      reload: () => void (contents.reloads += 1),
      forcefullyCrashRenderer: () => {
        contents.crashes += 1;
        contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
      },
    }),
  });
  const scheduled: (() => void)[] = [];
  const lines: string[] = [];
  keepWindowAlive(recoverable as unknown as RecoverableWindow, {
    log: (line) => lines.push(line),
    now: () => 0,
    later: (fn) => void scheduled.push(fn),
  });
  const gone = (reason: string) => contents.emit('render-process-gone', {}, { reason, exitCode: 1 });
  return { window, contents, scheduled, lines, gone };
}

describe('the window comes back', () => {
  it('reloads a page whose process died, and ends then reloads one that hangs', () => {
    const { window, contents, gone } = standIn();
    gone('crashed');
    expect(contents.reloads).toBe(1);
    window.emit('unresponsive');
    expect(contents.crashes).toBe(1);
    expect(contents.reloads).toBe(2);
  });

  it('leaves a clean exit alone, and a window already closed', () => {
    const { window, contents, gone } = standIn();
    gone('clean-exit');
    window.destroyed = true;
    gone('oom');
    window.emit('unresponsive');
    expect(contents.reloads).toBe(0);
    expect(contents.crashes).toBe(0);
  });

  it('in a crash loop, reloads after a pause rather than at once, and says so', () => {
    const { contents, scheduled, lines, gone } = standIn();
    for (let crash = 0; crash < quickReloads; crash++) gone('crashed');
    expect(contents.reloads).toBe(quickReloads);
    gone('crashed');
    gone('crashed');
    // One reload waits (a second crash meanwhile does not queue another), then runs.
    expect(contents.reloads).toBe(quickReloads);
    expect(scheduled).toHaveLength(1);
    scheduled[0]?.();
    expect(contents.reloads).toBe(quickReloads + 1);
    expect(lines.at(-1)).toMatch(/reloading in \d+ s/);
  });
});
