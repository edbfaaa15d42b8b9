// Pictures of the documents Portage prepares: every page of a signed three-page letter of authorization and
// of a RespOrg authorization, in both languages, drawn by poppler (pdftoppm) as PNG beside the journeys'
// screenshots (test/artifacts/screenshots/), for a person to look at. The test also checks what a porting
// desk reads in them: the accented customer of record, the typographic apostrophe, and the annex's last number.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleNumbers, writeSample } from '../../support/paperwork-sample';

const folder = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');

describe.each(['fr-CA', 'en-CA'] as const)('the documents’ pages in %s', (locale) => {
  it.each(['letterOfAuthorization', 'respOrgForm'] as const)('%s', async (document) => {
    mkdirSync(folder, { recursive: true });
    const count = document === 'letterOfAuthorization' ? 300 : 12;
    const written = await writeSample(document, locale, count);
    const name = `paperwork-${document}-${locale}`;
    const pdf = join(folder, `${name}.pdf`);
    writeFileSync(pdf, written.bytes);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Société Générale du Québec Inc.');
    expect(text).toContain('Montréal');
    expect(text).toContain('Hélène Côté');
    const last = sampleNumbers(count, document === 'respOrgForm').at(-1) ?? '';
    expect(text.replace(/\D/g, '')).toContain(last);
    if (locale === 'fr-CA' && document === 'letterOfAuthorization')
      expect(text).toContain('Lettre d’autorisation');
    expect(written.pages).toBe(document === 'letterOfAuthorization' ? 3 : 1);

    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(folder, name)]);
    const pages = readdirSync(folder).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'));
    expect(pages).toHaveLength(written.pages);
  });
});
