// For the damaged-database matrix (damaged-database.test.ts): a data folder made by the built app itself
// (requests, one with a letter of authorization, and a backup made from Settings' channel), copied fresh
// for each case, the ways a database gets damaged, and what the app's data looks like through its IPC.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  BackupInfo,
  DraftDetail,
  DraftList,
  IpcResult,
} from '../../../src-main/shared/ipc-contract/types';
import { openAppDatabase } from '../../support/app-database';
import type { MainProcess } from './main-process';
import { stubSafeStorageCipher } from './stub-cipher';

export const appPage = 'app://portage/index.html';
export const databaseName = 'portage.sqlite';
const pageSize = 4096;

export async function call<T>(main: MainProcess, channel: string, input?: unknown): Promise<T> {
  const result = await main.command<IpcResult<T>>('invoke', { channel, senderUrl: appPage, input });
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** What the dealer has, as the app answers it: every request, whole, in id order. */
export async function requestsOf(main: MainProcess): Promise<DraftDetail[]> {
  const rows = [
    ...(await call<DraftList>(main, 'drafts.list', { limit: 500 })).rows,
    ...(await call<DraftList>(main, 'drafts.list', { limit: 500, archived: true })).rows,
  ];
  const details = await Promise.all(rows.map((row) => call<DraftDetail>(main, 'drafts.get', { id: row.id })));
  return details.sort((a, b) => a.id.localeCompare(b.id));
}

export interface Template {
  dir: string;
  requests: DraftDetail[];
  /** The id of the request whose letter of authorization sits in the attachments table. */
  withLetter: string;
  backups: BackupInfo[];
}

/** Fills a data folder through the running app: requests, a letter of authorization, a backup. */
export async function fillThroughApp(main: MainProcess, dir: string): Promise<Omit<Template, 'dir'>> {
  const names = ['Dépanneur Tremblay', 'Garage Lévesque', 'Boulangerie Roy', 'Ferme Gagnon', 'Café Côté'];
  const ids: string[] = [];
  for (const [index, name] of names.entries()) {
    const created = await call<DraftDetail>(main, 'drafts.create', {
      kind: index % 2 === 0 ? 'residentialLine' : 'businessLine',
      data: { customer: { name }, numbers: { toPort: [`613555${String(index).padStart(4, '0')}`] } },
    });
    ids.push(created.id);
  }
  // Large enough to spill onto overflow pages of its own.
  const letter = join(dir, 'lettre.pdf');
  writeFileSync(letter, `%PDF-1.4\n${'Lettre d’autorisation signée. '.repeat(800)}\n%%EOF\n`);
  await main.command('pickNext', { path: letter });
  const withLetter = ids[0] ?? '';
  await call(main, 'attachments.add', { draftId: withLetter, slot: 'letterOfAuthorization' });
  rmSync(letter);
  await call<BackupInfo>(main, 'backups.create');
  const backups = (await call<{ backups: BackupInfo[] }>(main, 'backups.list')).backups;
  return { requests: await requestsOf(main), withLetter, backups };
}

export function copyOf(template: Template): string {
  const dir = mkdtempSync(join(tmpdir(), 'portage-damaged-'));
  cpSync(template.dir, dir, { recursive: true });
  return dir;
}

/** A content hash of whatever is at `path`: a file's bytes, a folder's names and contents, or nothing. */
export function fingerprint(path: string): string {
  if (!existsSync(path)) return 'nothing';
  const hash = createHash('sha256');
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hash.update(`${name}\n${fingerprint(join(path, name))}\n`);
    return `folder:${hash.digest('hex')}`;
  }
  return `file:${hash.update(readFileSync(path)).digest('hex')}`;
}

/** What each set-aside folder holds, by name. */
export function setAsideContents(dir: string): Record<string, string>[] {
  const root = join(dir, 'set-aside');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((folder) =>
      Object.fromEntries(
        readdirSync(join(root, folder)).map((name) => [name, fingerprint(join(root, folder, name))]),
      ),
    );
}

export function backupNames(dir: string): string[] {
  const folder = join(dir, 'backups');
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

function flipByte(file: string, offset: number): void {
  const bytes = readFileSync(file);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
  writeFileSync(file, bytes);
}

/** The first overflow page of the attachments table: where the letter of authorization's bytes are. */
function letterPage(dir: string): number {
  const db = openAppDatabase(dir, stubSafeStorageCipher);
  try {
    const row = db
      .prepare(
        `SELECT pageno FROM dbstat WHERE name = 'attachments' AND pagetype = 'overflow' ORDER BY pageno`,
      )
      .get() as { pageno: number } | undefined;
    if (!row) throw new Error('the letter of authorization has no overflow page');
    return row.pageno;
  } finally {
    db.close();
    // A read-only connection leaves an empty WAL and its index beside the file: not part of the damage.
    rmSync(join(dir, `${databaseName}-wal`), { force: true });
    rmSync(join(dir, `${databaseName}-shm`), { force: true });
  }
}

export const damages = {
  zeroBytes(dir: string): void {
    truncateSync(join(dir, databaseName), 0);
  },
  truncated(dir: string): void {
    const file = join(dir, databaseName);
    truncateSync(file, Math.floor(statSync(file).size / pageSize / 2) * pageSize);
  },
  /** SQLCipher's header is the file's salt: one byte off and no page decrypts. */
  flippedHeader(dir: string): void {
    flipByte(join(dir, databaseName), 5);
  },
  /** One byte inside a page holding the letter of authorization: that page fails its checksum. */
  flippedPage(dir: string): void {
    const page = letterPage(dir);
    flipByte(join(dir, databaseName), (page - 1) * pageSize + 100);
  },
  /** Portage's data folder, made read-only (for root, the app then runs as `nobody`: see readOnlyUser). */
  readOnlyFolder(dir: string): void {
    if (process.getuid?.() === 0) chownTree(dir, readOnlyUser.uid, readOnlyUser.gid);
    chmodSync(dir, 0o555);
  },
  /** A folder (with a file in it) where the database file should be. */
  folderInstead(dir: string): void {
    rmSync(join(dir, databaseName));
    mkdirSync(join(dir, databaseName));
    writeFileSync(join(dir, databaseName, 'notes.txt'), 'not a database');
  },
  /** A database written by a newer Portage: its schema version is past the app's migrations. */
  newerVersion(dir: string): void {
    const db = openAppDatabase(dir, stubSafeStorageCipher, { readonly: false });
    try {
      db.pragma('user_version = 99');
    } finally {
      db.close();
    }
  },
} as const;

/** Root ignores file permissions, so a read-only folder must be tried as another user. */
export const readOnlyUser = { uid: 65534, gid: 65534 };

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (!statSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), uid, gid);
}

/** Undoes readOnlyFolder so the folder can be removed. */
export function writableAgain(dir: string): void {
  chmodSync(dir, 0o755);
}
