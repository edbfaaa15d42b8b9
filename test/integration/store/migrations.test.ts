// One test per migration: from an empty file, from each earlier version with data in it, and the
// refusal of a file written by a newer Portage.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../../src-main/store/index';
import { migrations } from '../../../src-main/store/migrations/index';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore | undefined;
afterEach(() => t?.cleanup());

const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

describe('migrations', () => {
  it('migrates an empty file to the latest version', () => {
    t = tempStore();
    expect(userVersion(t.store.db)).toBe(migrations.length);
    expect(t.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('001-initial: creates the drafts, revision history, search, attachments, cache and settings tables', () => {
    t = tempStore({ migrations: migrations.slice(0, 1) });
    expect(userVersion(t.store.db)).toBe(1);
    const tables = t.store.db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name",
      )
      .all()
      .map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'attachments',
        'draft_attachment_refs',
        'draft_revisions',
        'draft_terms',
        'drafts',
        'reference_cache',
        'settings',
      ]),
    );
  });

  // Every later migration: open at the version before it, write data, reopen at the latest version,
  // and check the data is still there and still usable.
  for (let version = 2; version <= migrations.length; version++) {
    it(`${String(version).padStart(3, '0')}-${migrations[version - 1]?.name}: keeps the data of version ${version - 1}`, () => {
      t = tempStore({ migrations: migrations.slice(0, version - 1) });
      const draft = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Côté' } });
      t.store.drafts.save(draft.id, { customer: { name: 'Côté inc.' } });
      t.store.settings.set('language', 'fr-CA');
      const store = t.reopen({ migrations });
      expect(userVersion(store.db)).toBe(migrations.length);
      expect(store.drafts.get(draft.id)).toMatchObject({
        revision: 2,
        data: { customer: { name: 'Côté inc.' } },
      });
      expect(store.drafts.list({ query: 'cote' }).total).toBe(1);
      expect(store.settings.get('language')).toBe('fr-CA');
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  }

  it('005-imported-history: outbox items gain imported_at, null for every item finalized before', () => {
    const upTo = migrations.findIndex((migration) => migration.name === 'imported-history');
    t = tempStore({ migrations: migrations.slice(0, upTo) });
    const { id } = t.store.drafts.create('virtualFax', { customer: { name: 'Avant' } });
    t.store.db
      .prepare(
        `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_json, body_sha256, customer_reference,
           numbers_json, state, finalized_at, updated_at)
         VALUES (?, 'virtualFax', 'POST', '/v2/x', '{}', ?, 'PTG-1', '[]', 'submitted', ?, ?)`,
      )
      .run(id, 'a'.repeat(64), '2026-03-02T14:00:00.000Z', '2026-03-02T14:00:00.000Z');
    const store = t.reopen({ migrations: migrations.slice(0, upTo + 1) });
    expect(userVersion(store.db)).toBe(upTo + 1);
    const columns = store.db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('outbox_items')")
      .all()
      .map((column) => column.name);
    expect(columns).toContain('imported_at');
    expect(store.db.prepare('SELECT draft_id, imported_at FROM outbox_items').all()).toEqual([
      { draft_id: id, imported_at: null },
    ]);
  });

  it('006-carrier-answers: a tracked port keeps its row and gains not_found_since; copies record their origin', () => {
    const before = migrations.findIndex((migration) => migration.name === 'carrier-answers');
    expect(before).toBeGreaterThan(0);
    t = tempStore({ migrations: migrations.slice(0, before) });
    const { id } = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Côté' } });
    const at = '2026-03-02T14:00:00.000Z';
    t.store.db
      .prepare(
        `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_json, body_sha256, customer_reference,
           numbers_json, state, ticket, finalized_at, updated_at)
         VALUES (?, 'dids', 'POST', '/v2/NumberPorts/Inbound/DIDs', '{}', 'x', 'PTG-1', '[]', 'submitted', 'P1', ?, ?)`,
      )
      .run(id, at, at);
    t.store.db
      .prepare(
        `INSERT INTO port_tracking (draft_id, ticket, submitted_at, last_status, next_poll_at)
         VALUES (?, 'P1', ?, 'SUBMITTED', ?)`,
      )
      .run(id, at, at);

    const store = t.reopen({ migrations });
    expect(store.db.prepare('SELECT * FROM port_tracking WHERE draft_id = ?').get(id)).toEqual({
      draft_id: id,
      ticket: 'P1',
      submitted_at: at,
      last_status: 'SUBMITTED',
      next_poll_at: at,
      not_found_since: null,
    });

    // An origin belongs to the copy: it goes when the copy is purged from the database.
    const copy = store.drafts.create('sipTrunkDids', { customer: { name: 'Côté' } });
    store.db
      .prepare('INSERT INTO draft_origins (draft_id, source_id, at) VALUES (?, ?, ?)')
      .run(copy.id, id, at);
    expect(() =>
      store.db
        .prepare('INSERT INTO draft_origins (draft_id, source_id, at) VALUES (?, ?, ?)')
        .run('nope', id, at),
    ).toThrow(/FOREIGN KEY/);
    store.db.prepare('DELETE FROM drafts WHERE id = ?').run(copy.id);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM draft_origins').get()).toEqual({ n: 0 });
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('008-deletion: records left by drafts purged before go; a purge now takes the outbox record and the stash with it', () => {
    const before = migrations.findIndex((migration) => migration.name === 'deletion');
    expect(before).toBeGreaterThan(0);
    t = tempStore({ migrations: migrations.slice(0, before) });
    const at = '2026-03-02T14:00:00.000Z';
    const insertItem = (draftId: string, ticket: string) => {
      t?.store.db
        .prepare(
          `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_json, body_sha256, customer_reference,
             numbers_json, state, ticket, finalized_at, updated_at)
           VALUES (?, 'dids', 'POST', '/v2/NumberPorts/Inbound/DIDs', '{"PortForm":{"CustomerName":"Côté"}}', 'x',
             'PTG-1', '[]', 'submitted', ?, ?, ?)`,
        )
        .run(draftId, ticket, at, at);
      t?.store.db
        .prepare(`INSERT INTO port_status_timeline (draft_id, status, at) VALUES (?, 'REJECTED', ?)`)
        .run(draftId, at);
      t?.store.db
        .prepare(`INSERT INTO port_rejects (draft_id, reason, details_json, at) VALUES (?, 'NAME', '[]', ?)`)
        .run(draftId, at);
    };
    const kept = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Côté' } });
    insertItem(kept.id, 'P1');
    // What a purge before this version left behind: the outbox record of a draft that is gone, and the
    // origin of a copy that names it.
    const purged = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Parti' } });
    insertItem(purged.id, 'P2');
    const copy = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Copie' } });
    t.store.db
      .prepare('INSERT INTO draft_origins (draft_id, source_id, at) VALUES (?, ?, ?)')
      .run(copy.id, purged.id, at);
    t.store.db.prepare('DELETE FROM drafts WHERE id = ?').run(purged.id);
    expect(t.store.db.prepare('SELECT COUNT(*) AS n FROM outbox_items').get()).toEqual({ n: 2 });

    const store = t.reopen({ migrations: migrations.slice(0, before + 1) });
    expect(userVersion(store.db)).toBe(before + 1);
    const count = (table: string) =>
      (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(store.db.prepare('SELECT draft_id FROM outbox_items').all()).toEqual([{ draft_id: kept.id }]);
    expect(count('port_status_timeline')).toBe(1);
    expect(count('port_rejects')).toBe(1);
    expect(count('draft_origins')).toBe(0);

    // The kept request still reads as before; purging it now leaves nothing of it behind.
    store.drafts.stash.put(kept.id, { session: 's', edit: 1 }, 1, { customer: { name: 'Côté typed' } });
    expect(count('draft_stash')).toBe(1);
    expect(store.drafts.purge([kept.id], new Date(at))).toEqual([kept.id]);
    for (const table of ['outbox_items', 'port_status_timeline', 'port_rejects', 'draft_stash'])
      expect({ table, n: count(table) }).toEqual({ table, n: 0 });
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('010-paperwork: keeps existing drafts; signatures are recorded, copied with their files, purged with their draft', () => {
    const before = migrations.findIndex((migration) => migration.name === 'paperwork');
    expect(before).toBeGreaterThan(0);
    t = tempStore({ migrations: migrations.slice(0, before) });
    const { id } = t.store.drafts.create('sipTrunkDids', {
      customer: { name: 'Société Générale du Québec Inc.' },
    });

    const store = t.reopen({ migrations });
    expect(store.drafts.get(id).data.customer?.name).toBe('Société Générale du Québec Inc.');
    expect(store.signatures.forDraft(id)).toEqual([]);
    const sha = 'a'.repeat(64);
    const record = {
      document: 'letterOfAuthorization' as const,
      pdfSha256: sha,
      signerName: 'Hélène Côté',
      signerTitle: 'Présidente',
      method: 'drawn' as const,
      signedAt: '2026-03-02T14:00:00.000Z',
      draftRevision: 1,
      locale: 'fr-CA' as const,
      printed: {
        customerName: 'Société Générale du Québec Inc.',
        accountNumber: '',
        serviceAddress: [],
        losingCarrier: { providerId: null, reseller: '' },
        numbersToPort: ['5145550100'],
        numbersToRemain: [],
        numbersToDisconnect: [],
      },
    };
    store.signatures.add(id, record);
    expect(store.signatures.forDraft(id)).toEqual([record]);
    // A copy takes the signatures of the files it holds, and only those.
    const copy = store.drafts.create('sipTrunkDids', {});
    store.signatures.copy(id, copy.id, ['b'.repeat(64)]);
    expect(store.signatures.forDraft(copy.id)).toEqual([]);
    store.signatures.copy(id, copy.id, [sha]);
    expect(store.signatures.forDraft(copy.id)).toEqual([record]);
    // The document must be one Portage prepares; a row goes with its draft.
    expect(() =>
      store.db
        .prepare(
          `INSERT INTO paperwork_signatures (draft_id, document, pdf_sha256, signer_name, signer_title, method,
             signed_at, draft_revision, locale, printed_json) VALUES (?, 'other', ?, '', '', 'drawn', '', 1, 'fr-CA', '{}')`,
        )
        .run(id, sha),
    ).toThrow(/CHECK/);
    store.db.prepare('DELETE FROM drafts WHERE id = ?').run(copy.id);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM paperwork_signatures').get()).toEqual({ n: 1 });
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('009-outbox-bodies: each frozen request moves byte for byte to outbox_bodies, and goes with its item', () => {
    const before = migrations.findIndex((migration) => migration.name === 'outbox-bodies');
    expect(before).toBeGreaterThan(0);
    t = tempStore({ migrations: migrations.slice(0, before) });
    const { id } = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Côté' } });
    const body = JSON.stringify({
      PortForm: { CustomerName: 'Côté', FileLastInvoice: [{ Base64Contents: 'JVBERg==' }] },
    });
    const at = '2026-03-02T14:00:00.000Z';
    const insert = t.store.db.prepare(
      `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_json, body_sha256, customer_reference,
         numbers_json, state, finalized_at, updated_at)
       VALUES (?, 'dids', 'POST', '/v2/NumberPorts/Inbound/DIDs', ?, 'x', ?, '[]', 'queued', ?, ?)`,
    );
    insert.run(id, body, 'PTG-1', at, at);
    // An item imported from another computer has no body to move.
    const imported = t.store.drafts.create('sipTrunkDids', { customer: { name: 'Ailleurs' } });
    insert.run(imported.id, '', 'PTG-2', at, at);

    const store = t.reopen({ migrations });
    // A body frozen before keeps its documents inline: one part, sent as it was.
    expect(store.db.prepare('SELECT draft_id, parts_json FROM outbox_bodies').all()).toEqual([
      { draft_id: id, parts_json: JSON.stringify([body]) },
    ]);
    const columns = store.db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('outbox_items')")
      .all()
      .map((column) => column.name);
    expect(columns).not.toContain('body_json');
    expect(store.db.prepare('SELECT state FROM outbox_items WHERE draft_id = ?').get(id)).toEqual({
      state: 'queued',
    });
    store.db.prepare('DELETE FROM outbox_items WHERE draft_id = ?').run(id);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM outbox_bodies').get()).toEqual({ n: 0 });
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  // 004-outbox-target (third in this list): requests already in the outbox were sent to "the account if
  // one was saved, else practice"; they keep that carrier as their target, and nothing else changes.
  const targetVersion = migrations.findIndex((migration) => migration.name === 'outbox-target') + 1;
  function versionWithItems(account: boolean): TempStore {
    const temp = tempStore({ migrations: migrations.slice(0, targetVersion - 1) });
    const ids = ['queued', 'submitted'].map(
      (name) => temp.store.drafts.create('virtualFax', { customer: { name } }).id,
    );
    const insert = temp.store.db.prepare(
      `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_json, body_sha256, customer_reference,
         numbers_json, state, ticket, finalized_at, updated_at)
       VALUES (?, 'virtualFax', 'POST', '/v2/NumberPorts/Inbound/VirtualFax', '{}', 'x', 'PTG-1', '[]', ?, ?,
         '2026-03-02T14:00:00.000Z', '2026-03-02T14:00:00.000Z')`,
    );
    insert.run(ids[0], 'queued', null);
    insert.run(ids[1], 'submitted', 'P1234567');
    if (account) {
      temp.store.settings.setJson('account.baseUrl', 'https://api.thinktel.ca/rest.svc');
      temp.store.settings.setJson('account.username', '770014');
      temp.store.settings.setBlob('account.password', new Uint8Array([1, 2, 3]));
    }
    return temp;
  }
  const targets = (store: { db: Database.Database }) =>
    store.db
      .prepare(
        'SELECT state, ticket, target_kind, target_base_url, target_username FROM outbox_items ORDER BY state',
      )
      .all();

  it('004-outbox-target: binds what is already in the outbox to the account saved', () => {
    t = versionWithItems(true);
    const store = t.reopen({ migrations });
    expect(userVersion(store.db)).toBe(migrations.length);
    expect(targets(store)).toEqual([
      {
        state: 'queued',
        ticket: null,
        target_kind: 'account',
        target_base_url: 'https://api.thinktel.ca/rest.svc',
        target_username: '770014',
      },
      {
        state: 'submitted',
        ticket: 'P1234567',
        target_kind: 'account',
        target_base_url: 'https://api.thinktel.ca/rest.svc',
        target_username: '770014',
      },
    ]);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('004-outbox-target: binds it to the practice carrier when no account is saved', () => {
    t = versionWithItems(false);
    const store = t.reopen({ migrations });
    expect(targets(store)).toEqual([
      {
        state: 'queued',
        ticket: null,
        target_kind: 'practice',
        target_base_url: null,
        target_username: null,
      },
      {
        state: 'submitted',
        ticket: 'P1234567',
        target_kind: 'practice',
        target_base_url: null,
        target_username: null,
      },
    ]);
    // A target the CHECK does not know is refused.
    expect(() => store.db.prepare("UPDATE outbox_items SET target_kind = 'elsewhere'").run()).toThrow();
  });

  it('applies each migration in a transaction: a failing one leaves the previous version intact', () => {
    t = tempStore({ migrations: migrations.slice(0, 1) });
    const { id } = t.store.drafts.create('virtualFax', { customer: { name: 'A' } });
    const broken = [
      ...migrations.slice(0, 1),
      {
        name: 'broken',
        up(db: Database.Database) {
          db.exec('CREATE TABLE half_done (x)');
          throw new Error('disk on fire');
        },
      },
    ];
    expect(() => t?.reopen({ migrations: broken })).toThrow(StoreError);
    const store = t.reopen({ migrations: migrations.slice(0, 1) });
    expect(userVersion(store.db)).toBe(1);
    expect(
      store.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get(),
    ).toEqual({ n: 0 });
    expect(store.drafts.get(id).title).toBe('A');
  });

  it('refuses a database from a newer version of Portage and leaves it untouched', () => {
    t = tempStore();
    const { id } = t.store.drafts.create('virtualFax', { customer: { name: 'A' } });
    t.store.db.pragma(`user_version = ${migrations.length + 1}`);
    t.store.close();
    let error: unknown;
    try {
      openStore({ file: t.file });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({
      code: 'databaseFromNewerVersion',
      key: 'error.databaseFromNewerVersion',
      params: { found: migrations.length + 1, supported: migrations.length },
    });
    const raw = new Database(t.file);
    expect(userVersion(raw)).toBe(migrations.length + 1);
    expect(raw.prepare('SELECT id FROM drafts').all()).toEqual([{ id }]);
    raw.pragma(`user_version = ${migrations.length}`);
    raw.close();
    t.reopen();
  });
});
