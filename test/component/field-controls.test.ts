// Acceptance: no field the ready rules can report is without a control. For every kind, adversarial
// drafts (empty, empty rows, every field blank, invalid or over its cap, documents a form cannot
// carry...) are run through the ready rules, and the editor is rendered for each: every path the rules
// report, error or warning, must be the data-path of a rendered control (or an entry of a list held in
// one box, one entry per line), focusable from the review, and named by the field-label registry.
// Removing any control from the editor makes this fail.
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import DraftForm from '../../src-renderer/components/editor/DraftForm.svelte';
import { DraftEditor } from '../../src-renderer/stores/draft-editor.svelte';
import { controlFor, focusField, listControlFor } from '../../src-renderer/lib/fields';
import { fieldName } from '../../src-renderer/lib/field-labels';
import { draftKinds } from '../../src-main/shared/domain/catalogue';
import type { DraftData } from '../../src-main/shared/domain/draft';
import { todayEastern } from '../../src-main/shared/domain/eastern-date';
import { validateReady } from '../../src-main/shared/domain/validation';
import { installPortageDouble, makeDraft } from './portage-double';
import { adversarialDrafts } from './adversarial-drafts';

const reference = {
  today: todayEastern(),
  providers: [{ ID: 1 }],
  npanxx: [416555],
  holidays: [{ Date: `${todayEastern()}T00:00:00`, Name: 'Test' }],
};

/** Every path the ready rules report for this draft, errors and warnings. */
function reportedPaths(kind: (typeof draftKinds)[number], data: DraftData): string[] {
  const result = validateReady(kind, data, reference);
  return [...new Set([...result.errors, ...result.warnings].map((issue) => issue.path))];
}

describe.each(draftKinds.map((kind) => [kind]))('%s: every field the rules report has a control', (kind) => {
  it.each(adversarialDrafts(kind).map((draft) => [draft.name, draft.data] as const))(
    '%s',
    async (_name, data) => {
      const double = installPortageDouble([makeDraft('adv', kind, structuredClone(data))]);
      const editor = new DraftEditor(double.api, { delayMs: 60_000 });
      await editor.load('adv');
      const view = render(DraftForm, { props: { editor } });
      await tick();
      // What the dealer sees: the draft after the editor matched its rows to the numbers being ported.
      const shown = JSON.parse(JSON.stringify(editor.data)) as DraftData;
      const paths = reportedPaths(kind, shown);
      expect(paths.length).toBeGreaterThan(0);

      const missing: string[] = [];
      for (const path of paths) {
        const control = controlFor(path) ?? listControlFor(path);
        if (!control) {
          missing.push(path);
          continue;
        }
        // The review's link lands on it.
        expect(focusField(path), path).toBe(true);
        expect(document.activeElement, path).toBe(control);
        // And names it in the dealer's words.
        const name = fieldName(path, shown);
        expect(name.field !== '' || name.row !== null, `${path} has a name`).toBe(true);
      }
      expect(missing, `reported without a control (${kind})`).toEqual([]);
      view.unmount();
    },
  );
});
