// Electronegativity (Doyensec's Electron security linter) over what ships: the built main and preload
// bundles and the src-main/app sources. Offline: its network lookups (Electron release advisories, and
// translation files it fetches at start) are stubbed out, and the checks that depend on them excluded.
// Exits non-zero when any HIGH finding remains; prints a summary by severity.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { transformWithOxc } from 'vite';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string; value: number };
  confidence: { name: string; value: number };
  manualReview: boolean;
  description: string;
}

interface RunOptions {
  input: string;
  customScan?: string[];
  excludeFromScan?: string[];
  electronVersionOverride?: string;
  isRelative?: boolean;
  severitySet?: string;
  confidenceSet?: string;
  parserPlugins?: string[];
}

type Runner = (options: RunOptions, forCli?: boolean) => Promise<{ issues: Finding[]; errors: unknown[] }>;

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** Checks that need the network (Electron's release feed) or only report the Electron version. */
const excludedChecks = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'].map((name) =>
  name.toLowerCase(),
);

// Replace `got` (its HTTP client) for electronegativity before it loads: every request fails at once,
// so nothing leaves the machine and no check waits on a timeout.
const toolEntry = require.resolve('@doyensec/electronegativity');
const toolRequire = createRequire(toolEntry);
const gotPath = toolRequire.resolve('got');
const offline = async (): Promise<never> => {
  throw new Error('network disabled for electronegativity');
};
const gotStub = Object.assign(offline, { head: offline, get: offline, default: offline });
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: gotStub,
} as unknown as NodeJS.Module;

// The bundles: build them when missing.
const mainBundle = join(root, 'dist/main/main.js');
const preloadBundle = join(root, 'dist/preload/preload.cjs');
if (!process.argv.includes('--scan') && (!existsSync(mainBundle) || !existsSync(preloadBundle))) {
  execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts', 'main', 'preload'], {
    cwd: root,
    stdio: 'inherit',
  });
}

async function prepareInput(input: string): Promise<void> {
  // Its parser predates class static blocks (used by bundled libraries): lower the syntax, keep the code.
  const lowered = await transformWithOxc(readFileSync(mainBundle, 'utf8'), 'main.js', { target: 'es2020' });
  writeFileSync(join(input, 'main.js'), lowered.code);
  copyFileSync(preloadBundle, join(input, 'preload.js'));
  mkdirSync(join(input, 'src'));
  for (const file of readdirSync(join(root, 'src-main/app'))) {
    if (file.endsWith('.ts')) copyFileSync(join(root, 'src-main/app', file), join(input, 'src', file));
  }
  writeFileSync(
    join(input, 'package.json'),
    JSON.stringify({ name: 'portage', main: 'main.js', devDependencies: { electron: '45.5.0' } }),
  );
}

// `--scan <folder>` scans that folder as it is (the tests use it to check that a HIGH finding fails).
const scanArg = process.argv.indexOf('--scan');
const scanFolder = scanArg >= 0 ? process.argv[scanArg + 1] : undefined;

// One folder to scan: the bundles (the preload as .js so it is parsed) and the app sources.
const input = scanFolder ? resolve(scanFolder) : mkdtempSync(join(tmpdir(), 'portage-electronegativity-'));
try {
  if (!scanFolder) await prepareInput(input);

  const loaded = require('@doyensec/electronegativity') as Runner | { default: Runner };
  const run = typeof loaded === 'function' ? loaded : loaded.default;
  // Its progress messages go to console.log; keep the output to our summary.
  const log = console.log;
  console.log = () => undefined;
  let result: Awaited<ReturnType<Runner>>;
  try {
    result = await run(
      {
        input,
        excludeFromScan: excludedChecks,
        electronVersionOverride: '45.5.0',
        isRelative: true,
        severitySet: 'informational',
        confidenceSet: 'tentative',
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
  }

  const bySeverity = new Map<string, Finding[]>();
  for (const issue of result.issues) {
    const list = bySeverity.get(issue.severity.name) ?? [];
    list.push(issue);
    bySeverity.set(issue.severity.name, list);
  }
  console.log(
    `electronegativity: scanned ${scanFolder ?? 'main.js, preload.js and src-main/app'} (${result.issues.length} findings)`,
  );
  for (const severity of ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']) {
    const list = bySeverity.get(severity) ?? [];
    console.log(`  ${severity}: ${list.length}`);
    for (const issue of list) {
      console.log(
        `    ${issue.id} (${issue.confidence.name}${issue.manualReview ? ', review' : ''}) ${issue.file}:${issue.location.line}`,
      );
    }
  }
  for (const error of result.errors as { file?: string; message?: string }[]) {
    console.log(`  could not parse ${error.file ?? '?'}: ${error.message ?? ''}`);
  }
  const high = bySeverity.get('HIGH')?.length ?? 0;
  if (high > 0) {
    console.log(`FAIL: ${high} HIGH finding(s)`);
    process.exitCode = 1;
  } else {
    console.log('ok: no HIGH finding');
  }
} finally {
  if (!scanFolder) rmSync(input, { recursive: true, force: true });
}
