// One golden file per carrier operation: the exact body Portage sends for a fixture draft.
// UPDATE_GOLDEN=1 npx vitest run test/unit/domain/golden.test.ts rewrites them after a deliberate change.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../src-main/shared/domain/build-request';
import { catalogue } from '../../../src-main/shared/domain/catalogue';
import { bodySchemaFor } from '../../../src-main/shared/domain/contract';
import { validateReady } from '../../../src-main/shared/domain/validation';
import { fixtureToday, readyDraftFor } from './fixtures';

const goldenFolder = fileURLToPath(new URL('../../golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(catalogue.map((entry) => [entry.id, entry] as const))('golden request %s', (id, entry) => {
  const draft = readyDraftFor(id);
  const file = `${goldenFolder}${id}.json`;

  it('is ready and goes to its own operation', () => {
    const ready = validateReady(draft.kind, draft.data, { today: fixtureToday });
    expect(ready.errors).toEqual([]);
    expect(ready.entry?.id).toBe(id);
  });

  it('builds the body in the golden file, byte for byte', () => {
    const built = buildRequest(draft, draft.files);
    const text = `${JSON.stringify({ path: built.path, body: built.body }, null, 2)}\n`;
    if (update) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
    expect(built.path).toBe(entry.path);
  });

  it('gives the same bytes when built twice', () => {
    expect(buildRequest(draft, draft.files).bodyJson).toBe(
      buildRequest(readyDraftFor(id), draft.files).bodyJson,
    );
  });

  it('has a golden body the contract accepts, with at least one attachment', () => {
    const golden = JSON.parse(readFileSync(file, 'utf8')) as {
      path: string;
      body: { PortForm: Record<string, unknown> };
    };
    expect(golden.path).toBe(entry.path);
    expect(bodySchemaFor(entry.body).safeParse(golden.body).success).toBe(true);
    const files = Object.keys(golden.body.PortForm).filter((key) => key.startsWith('File'));
    expect(files.length).toBeGreaterThan(0);
  });
});
