// `npx tsx scripts/check-i18n.ts`: fails (exit 1) when the message catalogues disagree.
// - The renderer's catalogues (src-renderer/i18n/en-CA.ts, fr-CA.ts) must have the same keys, every
//   message non-empty and valid ICU.
// - The domain's catalogues (src-main/shared/domain/messages/en-CA.ts, fr-CA.ts) likewise.
// - Every key used in a .svelte or .ts file under src-renderer (`t('key')`, `translateIn(locale, 'key')`,
//   and `t(\`prefix.${…}\`)` for families of keys) must exist in the renderer's catalogues.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { enCA as rendererEn } from '../src-renderer/i18n/en-CA';
import { frCA as rendererFr } from '../src-renderer/i18n/fr-CA';
import { enCA as domainEn } from '../src-main/shared/domain/messages/en-CA';
import { frCA as domainFr } from '../src-main/shared/domain/messages/fr-CA';

const root = process.cwd();
const problems: string[] = [];

function compareCatalogues(name: string, en: Record<string, string>, fr: Record<string, string>): void {
  for (const key of Object.keys(en))
    if (!(key in fr)) problems.push(`${name}: "${key}" is missing from fr-CA`);
  for (const key of Object.keys(fr))
    if (!(key in en)) problems.push(`${name}: "${key}" is missing from en-CA`);
  for (const [locale, catalogue] of [
    ['en-CA', en],
    ['fr-CA', fr],
  ] as const) {
    for (const [key, message] of Object.entries(catalogue)) {
      if (typeof message !== 'string' || message.trim() === '') {
        problems.push(`${name}: "${key}" is empty in ${locale}`);
        continue;
      }
      try {
        new IntlMessageFormat(message, locale);
      } catch (error) {
        problems.push(`${name}: "${key}" in ${locale} is not valid ICU (${(error as Error).message})`);
      }
    }
  }
}

compareCatalogues('renderer', rendererEn, rendererFr);
compareCatalogues('domain', domainEn, domainFr);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(svelte|ts)$/.test(entry) ? [path] : [];
  });
}

const rendererKeys = Object.keys(rendererEn);
const catalogueFiles = new Set(['src-renderer/i18n/en-CA.ts', 'src-renderer/i18n/fr-CA.ts']);
const literalCall = /\b(?:t\(|translateIn\(\s*[^,()]+,)\s*(['"])([A-Za-z0-9_.-]+)\1/g;
const templateCall = /\bt\(\s*`([^`$]*)\$\{/g;
let used = 0;

for (const file of filesUnder(join(root, 'src-renderer'))) {
  const name = relative(root, file);
  if (catalogueFiles.has(name)) continue;
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(literalCall)) {
    const key = match[2] ?? '';
    used += 1;
    if (!(key in rendererEn))
      problems.push(`${name}: uses "${key}", which is not in the renderer's catalogues`);
  }
  for (const match of text.matchAll(templateCall)) {
    const prefix = match[1] ?? '';
    used += 1;
    if (!rendererKeys.some((key) => key.startsWith(prefix))) {
      problems.push(`${name}: uses keys starting with "${prefix}", and the catalogues have none`);
    }
  }
}

if (problems.length > 0) {
  console.error(`i18n: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `i18n: renderer ${rendererKeys.length} keys, domain ${Object.keys(domainEn).length} keys, ${used} uses checked; all present in fr-CA and en-CA.`,
);
