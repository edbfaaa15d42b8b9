// What the dealer types about a customer is never written by Chromium itself: Blink saves the state of
// form controls (their values) with the page, to restore it, and the browser writes that to its session
// files in clear, unless autocomplete is off for the control or its form. Every control that can hold a
// customer's words (text inputs and text areas, the search box among them) says autocomplete="off", or is
// the common TextField, whose default is off and which no one gives another value. (Lists of the app's
// own choices, such as a status filter, hold no one's words.) The encryption-scan
// journey checks the outcome in a real Chromium profile; this keeps new controls from missing it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererRoot = join(import.meta.dirname, '..', '..', '..', 'src-renderer');
// Settings holds the dealer's own account (its customer number is the dealer's, the password is never
// saved by Blink), so its inputs keep their autofill hints.
const dealerOwnFields = new Set(['views/SettingsView.svelte']);

function svelteFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

/** Each text control's opening tag: `<input …>`, `<textarea …>` (attributes may span lines). */
function controls(source: string): string[] {
  return [...source.matchAll(/<(input|textarea)\b[^>]*>/g)].map((match) => match[0]);
}

describe('no form state for Chromium to keep', () => {
  const files = svelteFiles(rendererRoot).filter(
    (path) => !dealerOwnFields.has(relative(rendererRoot, path)),
  );

  it('every text control turns autocomplete off', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const tag of controls(readFileSync(file, 'utf8'))) {
        if (/type="(checkbox|radio|password)"/.test(tag)) continue;
        if (!/autocomplete="off"|\{autocomplete\}/.test(tag))
          missing.push(`${relative(rendererRoot, file)}: ${tag}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the editor’s form turns it off for everything inside, and no field asks for another value', () => {
    const form = readFileSync(join(rendererRoot, 'components/editor/DraftForm.svelte'), 'utf8');
    expect(form).toMatch(/<form[^>]*autocomplete="off"/);
    const textField = readFileSync(join(rendererRoot, 'components/common/TextField.svelte'), 'utf8');
    expect(textField).toMatch(/autocomplete = 'off'/);
    const given = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<TextField\b[^>]*\bautocomplete="(?!off")[^"]*"/g)].map(
        (match) => `${relative(rendererRoot, file)}: ${match[0]}`,
      ),
    );
    expect(given).toEqual([]);
  });
});
