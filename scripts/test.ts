// `npm test`: every check the project is held to, in order, with one closing line that counts them.
// Each step runs as its own process; a failing step does not hide the ones after it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

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
// The name of every failed test, printed again beside the summary: a CI log is often read from its end.
const failedTests: string[] = [];

function firstLine(message: string | undefined): string {
  const line = (message ?? 'no message').split('\n').find((text) => text.trim() !== '') ?? 'no message';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

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
    testResults: {
      name: string;
      message?: string;
      assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
    }[];
  };
  for (const file of report.testResults) {
    const where = relative(root, file.name);
    for (const test of file.assertionResults) {
      if (test.status === 'failed')
        failedTests.push(`vitest ${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
    // A file that failed before any test ran (an import error, a hook) has no failed test of its own.
    if (file.message && !file.assertionResults.some((test) => test.status === 'failed')) {
      failedTests.push(`vitest ${where}: ${firstLine(file.message)}`);
    }
  }
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

interface PlaywrightSuite {
  title: string;
  specs?: {
    title: string;
    file: string;
    tests: {
      projectName: string;
      status: string;
      results: {
        status: string;
        error?: { message?: string };
        annotations?: { type: string; description?: string }[];
      }[];
    }[];
  }[];
  suites?: PlaywrightSuite[];
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
}

/**
 * A skipped journey is said plainly, with its reason, so nobody mistakes it for a pass; a failed or flaky one
 * is kept for the list of failed tests.
 */
function printSkipReasons(report: PlaywrightReport): void {
  const reasons = new Map<string, string[]>();
  const walk = (suite: PlaywrightSuite): void => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status === 'unexpected' || test.status === 'flaky') {
          const error = test.results.find((result) => result.error)?.error?.message;
          failedTests.push(
            `playwright ${spec.file} › [${test.projectName}] ${spec.title} (${test.status}): ${firstLine(error)}`,
          );
        }
        for (const result of test.results) {
          if (result.status !== 'skipped') continue;
          const reason = result.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given';
          reasons.set(reason, [...(reasons.get(reason) ?? []), `[${test.projectName}] ${spec.title}`]);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites) walk(suite);
  for (const [reason, titles] of reasons) {
    console.log(`\nSKIPPED ${titles.length} Playwright test(s): ${reason}`);
    for (const title of titles) console.log(`  - ${title}`);
  }
}

// Playwright: the browser-harness journeys in Debian's Chromium, and the Electron suite where a binary exists.
const playwrightReport = join(reports, 'playwright.json');
const playwrightCode = run(npx('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
if (existsSync(playwrightReport)) {
  const report = JSON.parse(readFileSync(playwrightReport, 'utf8')) as PlaywrightReport;
  printSkipReasons(report);
  const failed =
    report.stats.unexpected +
    report.stats.flaky +
    (playwrightCode !== 0 && report.stats.unexpected === 0 ? 1 : 0);
  results.push({ name: 'playwright', passed: report.stats.expected, failed, skipped: report.stats.skipped });
} else {
  results.push({ name: 'playwright', passed: 0, failed: 1, skipped: 0 });
}

check('electronegativity', npx('tsx'), ['scripts/electronegativity.ts']);

if (failedTests.length > 0) {
  console.log('\n== Failed tests ==');
  for (const line of failedTests) console.log(`FAILED ${line}`);
}

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
