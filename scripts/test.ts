// `npm test`: every check the project is held to, in order, with one closing line that counts them.
// Each step runs as its own process; a failing step does not hide the ones after it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}

const root = process.cwd();
const reports = join(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const npx = (bin: string): string => join(root, 'node_modules', '.bin', bin);
const results: StepResult[] = [];

function check(name: string, command: string, args: string[]): void {
  const code = run(command, args);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
}

check('typescript', npx('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('svelte-check', npx('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']);
check('eslint', npx('eslint'), ['.']);
check('prettier', npx('prettier'), ['--check', '.']);
check('i18n catalogues', npx('tsx'), ['scripts/check-i18n.ts']);
check('build', npx('tsx'), ['scripts/build.ts']);

// Vitest: unit, integration and component tests, counted one by one from its JSON report.
const vitestReport = join(reports, 'vitest.json');
const vitestCode = run(npx('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  const failed = report.numFailedTests + (vitestCode !== 0 && report.numFailedTests === 0 ? 1 : 0);
  results.push({
    name: 'vitest',
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
  });
} else {
  results.push({ name: 'vitest', passed: 0, failed: 1, skipped: 0 });
}

// Playwright: the browser-harness journeys in Debian's Chromium, and the Electron suite where a binary exists.
const playwrightReport = join(reports, 'playwright.json');
const playwrightCode = run(npx('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
if (existsSync(playwrightReport)) {
  const report = JSON.parse(readFileSync(playwrightReport, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  const failed =
    report.stats.unexpected +
    report.stats.flaky +
    (playwrightCode !== 0 && report.stats.unexpected === 0 ? 1 : 0);
  results.push({ name: 'playwright', passed: report.stats.expected, failed, skipped: report.stats.skipped });
} else {
  results.push({ name: 'playwright', passed: 0, failed: 1, skipped: 0 });
}

check('electronegativity', npx('tsx'), ['scripts/electronegativity.ts']);

console.log('\n== Summary ==');
for (const r of results) {
  const status = r.failed === 0 ? 'ok  ' : 'FAIL';
  console.log(
    `${status} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
  );
}
const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(
  `\ntests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed === 0 ? 0 : 1);
