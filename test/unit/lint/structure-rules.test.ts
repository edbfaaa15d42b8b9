// The lint holds the structure: a violation planted in the tree is an error of the rule that forbids it,
// with the project's own eslint config, exactly as `npm run lint` would see the file there. Each case is
// linted twice: with the violation (one error from that rule) and without it (no error), so a rule that
// stopped working, or one that flags everything, fails here.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: repoRoot });

interface Planted {
  rule: string;
  /** Where the file would sit, from the repository root. */
  path: string;
  violation: string;
  /** The same file, minus the violation. */
  clean: string;
}

async function errorsOf(path: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
  return (result?.messages ?? []).filter((message) => message.severity === 2);
}

const cases: Record<string, Planted> = {
  'the domain importing the store': {
    rule: 'portage/layers',
    path: 'src-main/shared/domain/planted.ts',
    violation: "import { openStore } from '../../store';\nexport const open = openStore;\n",
    clean: "import { draftKinds } from './catalogue';\nexport const kinds = draftKinds;\n",
  },
  'the store importing the outbox': {
    rule: 'portage/layers',
    path: 'src-main/store/planted.ts',
    violation:
      "import { createOutboxWorker } from '../outbox/worker';\nexport const make = createOutboxWorker;\n",
    clean: "import { draftKinds } from '../shared/domain/catalogue';\nexport const kinds = draftKinds;\n",
  },
  'the carrier importing the IPC layer': {
    rule: 'portage/layers',
    path: 'src-main/carrier/planted.ts',
    violation: "import { describeError } from '../ipc/errors';\nexport const describe = describeError;\n",
    clean: "import { openStore } from '../store';\nexport const open = openStore;\n",
  },
  'the outbox importing a peer of its rank (secrets)': {
    rule: 'portage/layers',
    path: 'src-main/outbox/planted.ts',
    violation:
      "import { createAccountService } from '../secrets/account';\nexport const make = createAccountService;\n",
    clean:
      "import { createCarrierClient } from '../carrier/client';\nexport const make = createCarrierClient;\n",
  },
  'the renderer importing src-main/store': {
    rule: 'portage/layers',
    path: 'src-renderer/lib/planted.ts',
    violation: "import { openStore } from '../../src-main/store';\nexport const open = openStore;\n",
    clean:
      "import { draftKinds } from '../../src-main/shared/domain/catalogue';\nexport const kinds = draftKinds;\n",
  },
  '`window` used in Node code': {
    rule: 'no-restricted-globals',
    path: 'src-main/outbox/planted.ts',
    violation: 'export const width = (): number => window.innerWidth;\n',
    clean: 'export const width = (): number => 1024;\n',
  },
  '`process` used in the pure shared code': {
    rule: 'no-restricted-globals',
    path: 'src-main/shared/domain/planted.ts',
    violation: 'export const home = (): string | undefined => process.env.HOME;\n',
    clean: 'export const home = (): string | undefined => undefined;\n',
  },
  '`fs` imported in the renderer': {
    rule: 'no-restricted-imports',
    path: 'src-renderer/lib/planted.ts',
    violation: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    clean: 'export const read = (): string => "";\n',
  },
  'electron imported outside src-main/app': {
    rule: 'no-restricted-imports',
    path: 'src-main/ipc/planted.ts',
    violation: "import { app } from 'electron';\nexport const name = app.name;\n",
    clean: "export const name = 'Portage';\n",
  },
  'a function over 150 lines in src-main': {
    rule: 'max-lines-per-function',
    path: 'src-main/store/planted.ts',
    violation: `export function long(): number {\n  let total = 0;\n${'  total += 1;\n'.repeat(150)}  return total;\n}\n`,
    clean: `export function short(): number {\n  let total = 0;\n${'  total += 1;\n'.repeat(140)}  return total;\n}\n`,
  },
  'a file over 400 lines in src-main': {
    rule: 'max-lines',
    path: 'src-main/carrier/planted.ts',
    violation: Array.from({ length: 401 }, (_, i) => `export const value${i} = ${i};`).join('\n') + '\n',
    clean: Array.from({ length: 390 }, (_, i) => `export const value${i} = ${i};`).join('\n') + '\n',
  },
};

describe('npm run lint refuses a planted violation', () => {
  for (const [name, planted] of Object.entries(cases)) {
    it(`${name}: ${planted.rule}`, async () => {
      const found = await errorsOf(planted.path, planted.violation);
      expect(found.map((error) => error.ruleId)).toEqual([planted.rule]);
      expect(await errorsOf(planted.path, planted.clean)).toEqual([]);
    });
  }
});
