// The paperwork preview dialog never shows an empty box: while the main process prints the document it
// says "Preparing the preview…" (a status), and when the main process refuses it shows that message as
// an alert, in the dealer's language as the main process translated it. The pages themselves are drawn
// by PDF.js in Chromium: test/e2e/journeys/paperwork.spec.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import PaperworkPreview from '../../src-renderer/components/editor/PaperworkPreview.svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';
import { translate } from '../../src-main/shared/domain/messages';
import { installPortageDouble } from './portage-double';

type PreviewAnswer =
  { ok: true; value: { base64: string } } | { ok: false; error: { code: string; message: string } };

/** The window.portage double, with `paperwork.preview` answering what the test says, when it says. */
function previewAnswers(): { answer: (value: PreviewAnswer) => void; calls: unknown[] } {
  const double = installPortageDouble();
  const calls: unknown[] = [];
  let answer: (value: PreviewAnswer) => void = () => {};
  const paperwork = {
    preview: (input: unknown) => {
      calls.push(input);
      return new Promise<PreviewAnswer>((resolve) => (answer = resolve));
    },
  };
  Object.assign(double.api, { paperwork });
  return { answer: (value) => answer(value), calls };
}

/** The text of the dialog's alert, once there is one. */
async function alertIn(container: HTMLElement): Promise<string> {
  return waitFor(
    () => {
      const alert = container.querySelector('[role="alert"]');
      if (!alert) throw new Error('no alert yet');
      return (alert.textContent ?? '').trim();
    },
    { timeout: 10_000 },
  );
}

const request = { draftId: 'd1', document: 'letterOfAuthorization' as const, locale: 'fr-CA' as const };

afterEach(() => setLocale('en-CA'));

describe('the paperwork preview', () => {
  it('says it is preparing the preview, then shows the main process’s refusal, in English', async () => {
    setLocale('en-CA');
    const main = previewAnswers();
    const { container } = render(PaperworkPreview, { props: { request, onclose: () => {} } });
    expect(screen.getByRole('heading', { name: 'Letter of authorization — preview' })).toBeTruthy();
    expect(screen.getByText('Preparing the preview…').getAttribute('role')).toBe('status');
    expect(main.calls).toEqual([request]);

    const refusal = translate('en-CA', 'error.paperworkNoNumbers');
    main.answer({ ok: false, error: { code: 'error.paperworkNoNumbers', message: refusal } });
    expect(await alertIn(container)).toBe(refusal);
    expect(screen.queryByText('Preparing the preview…')).toBeNull();
  });

  it('says the same in French', async () => {
    setLocale('fr-CA');
    const main = previewAnswers();
    const { container } = render(PaperworkPreview, { props: { request, onclose: () => {} } });
    expect(screen.getByRole('heading', { name: 'Lettre d’autorisation — aperçu' })).toBeTruthy();
    expect(screen.getByText('Préparation de l’aperçu…').getAttribute('role')).toBe('status');
    const refusal = translate('fr-CA', 'error.paperworkNoNumbers');
    main.answer({ ok: false, error: { code: 'error.paperworkNoNumbers', message: refusal } });
    expect(await alertIn(container)).toBe(refusal);
  });

  it('shows its own message when the document cannot be drawn', async () => {
    setLocale('en-CA');
    const main = previewAnswers();
    const { container } = render(PaperworkPreview, { props: { request, onclose: () => {} } });
    // Bytes that are not a PDF: PDF.js (or, in jsdom, the canvas it needs) fails, and the dialog says so.
    main.answer({ ok: true, value: { base64: btoa('not a PDF') } });
    expect(await alertIn(container)).toBe(
      'The preview could not be drawn. Save a copy to open the document.',
    );
  });
});
