// The store's figures: autosave against a bare upsert (on an encrypted file, as the app runs, and on a
// clear one), search, first page and the duplicate-number lookup over 100,000 drafts.
// Printed, never asserted (bench/run.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DraftData } from '../src-main/shared/domain/draft';
import { historyWindowMs } from '../src-main/store/drafts';
import { openStore } from '../src-main/store/index';
import type { BenchSuite, Figure } from './run';
import { median, p99, timeEach } from './stats';

const firstNames = [
  'Jean',
  'Marie',
  'Luc',
  'Sophie',
  'André',
  'Hélène',
  'François',
  'Chloé',
  'Éric',
  'Noémie',
];
const lastNames = [
  'Côté',
  'Tremblay',
  'Gagnon',
  'Roy',
  'Bouchard',
  'Gauthier',
  'Morin',
  'Lavoie',
  'Fortin',
  'Gélinas',
];
const areaCodes = ['613', '819', '514', '418', '450', '416', '905', '604'];

/** A typical draft: about 3 KB of JSON. */
export function typicalDraft(i: number): DraftData {
  const name = `${firstNames[i % 10] ?? ''} ${lastNames[Math.floor(i / 10) % 10] ?? ''} ${i}`;
  const numbers = Array.from(
    { length: 1 + (i % 6) },
    (_, k) =>
      `(${areaCodes[(i + k) % 8] ?? '613'}) ${String(200 + ((i * 7 + k) % 800))}-${String((i * 13 + k) % 10_000).padStart(4, '0')}`,
  );
  return {
    target: { pilotNumber: `${areaCodes[i % 8] ?? '613'}${200 + (i % 97)}0000`, trunkLabel: 'Siège social' },
    customer: { name, accountNumber: `ACC-${i}` },
    address: {
      streetNumber: String(100 + (i % 900)),
      streetName: 'rue Principale',
      streetType: 'rue',
      city: 'Gatineau',
      province: 'QC',
      postalCode: 'J8X 1A1',
      country: 'CA',
    },
    losingCarrier: { providerId: 12, providerNotMandatory: false },
    numbers: { toPort: numbers, toRemain: [], toDisconnect: [], changePilotNumber: false },
    schedule: { date: '2026-04-15', time: '09:00' },
    contacts: {
      email: 'it@example.ca',
      additionalEmails: ['boss@example.ca'],
      submitterFirstName: 'Alex',
      submitterLastName: 'Dealer',
      submitterPhone: '613-555-0199',
    },
    comments: {
      // Within the field's cap (360 characters).
      losingCarrier: 'Merci de porter tous les numéros en même temps. '.repeat(7),
      portTeam: 'Client sensible aux interruptions. '.repeat(16),
    },
    options: { contactMeBlif: true, contactMeScheduling: false },
    extraDetails: [{ key: 'Projet', value: `P-${i}` }],
    service: {
      dids: numbers.map((number, k) => ({
        number,
        label: `Poste ${k}`,
        additionalLabel: 'Réception',
        surecall: '',
        translatedNumber: '',
      })),
    },
  };
}

function tempFile(name: string): { file: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'portage-bench-'));
  return { file: join(dir, name), done: () => rmSync(dir, { recursive: true, force: true }) };
}

const ms = (name: string, samples: number[], target?: { median?: string; p99?: string }): Figure[] => [
  {
    name: `${name} median`,
    value: median(samples),
    unit: 'ms',
    ...(target?.median ? { target: target.median } : {}),
  },
  { name: `${name} p99`, value: p99(samples), unit: 'ms', ...(target?.p99 ? { target: target.p99 } : {}) },
];

/**
 * Autosave against the acceptance line's baseline: "a raw better-sqlite3 upsert of the same JSON,
 * with the same pragmas, measured in the same run". To make that comparison fair:
 * - the raw table lives in the store's own database file, on the store's connection (so the same
 *   pragmas, page cache and WAL), holds as many rows as `drafts`, keyed by the same ids;
 * - both get the draft as an object (as from IPC) and serialize it inside the timed region;
 * - every save changes the data (a dealer typing in the comments), for both;
 * - the two are measured in alternating batches, so machine noise hits both alike.
 */
export function autosave(encrypted = false): Figure[] {
  // The app's database is encrypted (SQLCipher): measured with a key as the app runs, and without.
  const label = encrypted ? 'encrypted' : 'clear';
  const rows = 5_000;
  const batches = 40;
  const perBatch = 100;
  // A typical draft: six numbers, about 3 KB of JSON.
  const base = typicalDraft(11);
  const variants = Array.from({ length: batches * perBatch }, (_, i) => ({
    ...base,
    comments: { ...base.comments, portTeam: `${base.comments?.portTeam ?? ''}${i}` },
  }));
  const variant = (i: number) => variants[i % variants.length] ?? base;

  const storeFile = tempFile('store.sqlite');
  // The real clock, which the history-point figure below moves past the coalescing window.
  let skew = 0;
  const store = openStore({
    file: storeFile.file,
    clock: () => new Date(Date.now() + skew),
    ...(encrypted ? { key: new Uint8Array(randomBytes(32)) } : {}),
  });
  const ids = store.db.transaction(() =>
    Array.from({ length: rows }, (_, i) => store.drafts.create('sipTrunkDids', typicalDraft(i)).id),
  )();
  const id = ids[rows / 2] ?? '';
  store.drafts.save(id, base);

  const db = store.db;
  db.exec('CREATE TABLE bench_raw (id TEXT PRIMARY KEY, json TEXT NOT NULL)');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO bench_raw (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json',
  );
  db.transaction(() => ids.forEach((key, i) => upsert.run(key, JSON.stringify(typicalDraft(i)))))();
  db.pragma('wal_checkpoint(TRUNCATE)');

  const save = (i: number) => {
    store.drafts.save(id, variant(i));
  };
  const raw = (i: number) => {
    upsert.run(id, JSON.stringify(variant(i)));
  };
  // Warm up both, then alternate batches (and which goes first) so both see the same machine.
  timeEach(500, save);
  timeEach(500, raw);
  const saves: number[] = [];
  const upserts: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const from = batch * perBatch;
    const runSaves = () => saves.push(...timeEach(perBatch, (i) => save(from + i)));
    const runRaw = () => upserts.push(...timeEach(perBatch, (i) => raw(from + i)));
    if (batch % 2 === 0) {
      runSaves();
      runRaw();
    } else {
      runRaw();
      runSaves();
    }
  }

  // The slower saves, for the record: typing the customer's name (the summary and search terms
  // follow each save), and the save that keeps a history point (once a minute while typing).
  const renames = timeEach(500, (i) =>
    store.drafts.save(id, { ...base, customer: { ...base.customer, name: `Jean Côté ${i}` } }),
  );
  const points = timeEach(200, (i) => {
    skew += historyWindowMs;
    save(i);
  });

  store.close();
  storeFile.done();
  return [
    { name: 'typical draft JSON size', value: JSON.stringify(base).length, unit: 'bytes' },
    { name: 'drafts (and raw rows) in the file', value: rows, unit: 'rows' },
    ...ms(`autosave (store.drafts.save), ${label} file`, saves, { p99: '≤ 2 ms' }),
    ...ms(`raw upsert, same JSON, file and pragmas, ${label} file`, upserts),
    {
      name: `autosave / raw upsert (median), ${label} file`,
      value: median(saves) / median(upserts),
      unit: 'x',
      target: '≤ 1.5',
    },
    {
      name: `autosave / raw upsert (p99), ${label} file`,
      value: p99(saves) / p99(upserts),
      unit: 'x',
      target: '≤ 1.5',
    },
    ...ms(`autosave renaming the customer, ${label} file`, renames),
    ...ms(`autosave keeping a history point, ${label} file`, points),
  ];
}

export function hundredThousand(): Figure[] {
  const drafts = 100_000;
  const fixture = tempFile('100k.sqlite');
  let store = openStore({ file: fixture.file });
  const buildStart = performance.now();
  // Every 997th draft's id, to check its numbers against all the others below.
  const sampled: { id: string; numbers: string[] }[] = [];
  store.db.transaction(() => {
    for (let i = 0; i < drafts; i++) {
      const data = typicalDraft(i);
      const { id } = store.drafts.create('sipTrunkDids', data);
      if (i % 997 === 0) sampled.push({ id, numbers: data.numbers?.toPort ?? [] });
    }
  })();
  const buildMs = performance.now() - buildStart;

  const nameQueries = ['trem', 'Cote', 'gelin', 'marie g', 'Hélène', 'fortin 12', 'noemie', 'bouch'];
  const numberQueries = ['613-20', '(819) 3', '4321', '0042', '514 77', '+1 416 2', '9999', '905-240-'];
  const byName = timeEach(80, (i) => store.drafts.list({ query: nameQueries[i % nameQueries.length] }));
  const byNumber = timeEach(80, (i) => store.drafts.list({ query: numberQueries[i % numberQueries.length] }));
  // The editor's warning and finalize's check: a draft's numbers to port (1 to 6) against every other
  // active request; then a pasted list of 60 numbers (ten drafts' worth).
  const sample = (i: number) => sampled[i % sampled.length] ?? { id: '', numbers: [] };
  const conflicts = timeEach(200, (i) => store.drafts.numberConflicts(sample(i).numbers, sample(i).id));
  const pasted = (i: number) => Array.from({ length: 10 }, (_, k) => sample(i + k).numbers).flat();
  const conflictsLong = timeEach(100, (i) => store.drafts.numberConflicts(pasted(i), null));
  const conflicting = sampled.filter(
    ({ id, numbers }) => store.drafts.numberConflicts(numbers, id).length > 0,
  );
  const matches = (q: string) => store.drafts.list({ query: q }).total;
  const exampleCounts = { trem: matches('trem'), '613-20': matches('613-20'), '4321': matches('4321') };

  // FTS5 with the same terms, for the record of why search.ts uses plain indexes.
  const db = store.db;
  db.exec(
    `CREATE VIRTUAL TABLE bench_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`,
  );
  db.exec(`INSERT INTO bench_fts (rowid, terms)
           SELECT draft_seq, group_concat(substr(term, 1, 1) || substr(term, 3), ' ') FROM draft_terms GROUP BY draft_seq`);
  const ftsList = (match: string) => {
    const where =
      'd.deleted_at IS NULL AND d.archived = 0 AND d.seq IN (SELECT rowid FROM bench_fts WHERE bench_fts MATCH ?)';
    db.prepare(`SELECT count(*) FROM drafts d WHERE ${where}`).get(match);
    db.prepare(`SELECT d.* FROM drafts d WHERE ${where} ORDER BY d.sort_updated DESC LIMIT 50`).all(match);
  };
  const ftsName = timeEach(80, (i) => ftsList(['ntrem*', 'ncote*', 'ngelin*', 'nmarie* ng*'][i % 4] ?? ''));
  const ftsNumber = timeEach(80, (i) => ftsList(['p613555*', 'p8193*', 's1234*', 's2400*'][i % 4] ?? ''));
  db.exec('DROP TABLE bench_fts');
  store.close();

  const opens = timeEach(10, () => {
    store = openStore({ file: fixture.file });
    store.drafts.list({ limit: 50 });
    store.close();
  });
  fixture.done();
  return [
    { name: '100k fixture build (one transaction)', value: buildMs / 1000, unit: 's' },
    ...ms('search 100k by name prefix', byName, { median: '≤ 20 ms' }),
    ...ms('search 100k by telephone digits', byNumber, { median: '≤ 20 ms' }),
    { name: 'matches: "trem"', value: exampleCounts.trem, unit: 'drafts' },
    { name: 'matches: "613-20"', value: exampleCounts['613-20'], unit: 'drafts' },
    { name: 'matches: "4321"', value: exampleCounts['4321'], unit: 'drafts' },
    {
      name: 'numbers in other active requests, 100k drafts (median)',
      value: median(conflicts),
      unit: 'ms',
      target: '≤ 20 ms',
    },
    { name: 'numbers in other active requests, 100k drafts (p99)', value: p99(conflicts), unit: 'ms' },
    ...ms('numbers in other active requests, 60 pasted numbers', conflictsLong),
    {
      name: 'sampled drafts sharing a number with another',
      value: conflicting.length / Math.max(1, sampled.length),
      unit: 'fraction',
    },
    ...ms('(FTS5 alternative) search by name prefix', ftsName),
    ...ms('(FTS5 alternative) search by digits', ftsNumber),
    ...ms('open 100k store + first page', opens, { median: '≤ 150 ms' }),
  ];
}

const suite: BenchSuite = {
  title: 'Local store (better-sqlite3, WAL)',
  run: () => Promise.resolve([...autosave(true), ...autosave(false), ...hundredThousand()]),
};
export default suite;
