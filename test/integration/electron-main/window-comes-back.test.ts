// The window comes back, in the built main process (dist/main/main.js) run by Node with the recording
// electron stub (stub/electron.mjs) in Electron's place: the stub plays Chromium's part (the page's
// renderer process dies, or its hang monitor gives up on it) and records what the main process asks of
// it (a reload, ending the hung process). Everything else is real: the services, the encrypted database
// in a temp data folder, the IPC handlers behind the trusted-sender check.
//
// The dealer's page is played by IPC calls from the app's frame, as the editor makes them: the draft is
// created, then stashed as the dealer types (no save yet), the renderer dies, the main process reloads
// the page, and the reloaded editor finds what was typed (drafts.stashed) and saves it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftDetail, IpcResult, StashedDraft } from '../../../src-main/shared/ipc-contract/types';
import { ensureFreshBuild, mainBundlePath, repoRoot } from './built-app';
import { launchMainProcess, type MainProcess } from './main-process';

const appPage = 'app://portage/index.html';
let userData: string;
let main: MainProcess;

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const result = await main.command<IpcResult<T>>('invoke', { channel, senderUrl: appPage, input });
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

const reloads = () => main.recordsOf('webContents.reload').length;

beforeAll(async () => {
  ensureFreshBuild();
  userData = mkdtempSync(join(tmpdir(), 'portage-window-back-'));
  main = launchMainProcess({ mainBundle: mainBundlePath, userData, cwd: repoRoot, locale: 'fr-CA' });
  await main.command('ready');
  await main.waitFor('BrowserWindow.show');
});

afterAll(() => {
  main?.kill();
  rmSync(userData, { recursive: true, force: true });
});

describe('the window comes back', () => {
  it('reloads the page when its process dies, and the reloaded editor finds what was being typed', async () => {
    const draft = await call<DraftDetail>('drafts.create', { kind: 'virtualFax', data: {} });
    const typed = {
      customer: { name: 'Quincaillerie Gagnon et fils' },
      comments: { portTeam: 'Appeler avant 9 h' },
    };
    // The editor stashes each change as the dealer types; the debounced save has not run yet.
    for (const [edit, name] of ['Q', 'Quincaillerie', 'Quincaillerie Gagnon et fils'].entries()) {
      await call('drafts.stash', {
        id: draft.id,
        stamp: { session: 'page-1', edit: edit + 1 },
        revision: draft.revision,
        data: { ...typed, customer: { name } },
      });
    }

    await main.command('rendererGone', { reason: 'crashed' });
    await main.waitFor('webContents.reload');
    expect(reloads()).toBe(1);

    // The reloaded page opens the draft again: not saved, but stashed.
    expect((await call<DraftDetail>('drafts.get', { id: draft.id })).data).toEqual({});
    const stashed = await call<StashedDraft | null>('drafts.stashed', { id: draft.id });
    expect(stashed?.data).toEqual(typed);
    // Its editor saves it, stamped by its own new session: the stash is cleared.
    await call('drafts.save', { id: draft.id, data: stashed?.data, stash: { session: 'page-2', edit: 1 } });
    expect((await call<DraftDetail>('drafts.get', { id: draft.id })).data).toEqual(typed);
    expect(await call('drafts.stashed', { id: draft.id })).toBeNull();
  });

  it('ends a page that stopped answering and loads it again', async () => {
    const before = reloads();
    await main.command('unresponsive');
    await main.waitFor('webContents.forcefullyCrashRenderer');
    await main.waitFor('webContents.reload', () => reloads() > before);
    expect(reloads()).toBe(before + 1);
  });

  it('does not reload a page that exited cleanly (the window closing), and the main process never threw', async () => {
    const before = reloads();
    await main.command('rendererGone', { reason: 'clean-exit' });
    // A draft read answers after the event was handled: the stub emits it synchronously.
    await call('drafts.list', {});
    expect(reloads()).toBe(before);
    expect(
      main.records.filter(({ what }) => what === 'uncaughtException' || what === 'unhandledRejection'),
    ).toEqual([]);
  });
});
