// Run by crash-safety.test.ts: autosaves drafts in a loop on the file given as argument and prints
// "saved <id> <revision>" after each commit, until it is killed.
import { openStore } from '../../../src-main/store/index';
import { crashDraftData } from './crash-data';

const file = process.argv[2];
if (!file) throw new Error('usage: crash-writer <file>');
const store = openStore({ file });
const out = (line: string) => process.stdout.write(`${line}\n`);

const revisions = new Map<string, number>();
for (const row of store.drafts.list({ limit: 500 }).rows)
  revisions.set(row.id, store.drafts.get(row.id).revision);
out('ready');

for (let n = 0; ; n++) {
  if (revisions.size < 3 || (n % 40 === 0 && revisions.size < 8)) {
    const created = store.drafts.create('sipTrunkDids', crashDraftData('new', 1));
    revisions.set(created.id, 1);
    out(`saved ${created.id} 1`);
    continue;
  }
  const ids = [...revisions.keys()];
  const id = ids[n % ids.length] ?? '';
  const revision = (revisions.get(id) ?? 0) + 1;
  store.drafts.save(id, crashDraftData(id, revision), revision - 1);
  revisions.set(id, revision);
  out(`saved ${id} ${revision}`);
}
