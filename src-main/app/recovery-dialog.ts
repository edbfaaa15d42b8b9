// When Portage cannot open the dealer's data at start: the native dialog, in the system's language (their own
// choice of language is inside the data), saying what is wrong, how the last choice went, and offering the
// choices that apply; and the save dialog for "export what can be read". Which choices apply, and what each
// does, is decided below the app (src-main/store/recovery/plan.ts, composition/startup-recovery.ts).
import { app, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { LastAttempt, RecoveryChoice, RecoveryPlan } from '../composition/startup-recovery';
import { Failure } from '../shared/domain/failure';
import { supportedLocale, type Locale } from '../shared/domain/locale';
import { translateText } from '../shared/domain/messages';

const systemLocale = (): Locale => supportedLocale(app.getLocale());

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** What the dialog says first: how the last choice went (only an export, or a failure, has news). */
function noteOf(last: LastAttempt, locale: Locale): string | null {
  if (last === null) return null;
  if ('failed' in last) {
    const reason = translateText(locale, last.failed instanceof Failure ? last.failed.key : 'error.internal');
    return translateText(locale, 'startup.recovery.didNotWork', { reason });
  }
  if (last.choice !== 'exportReadable') return null;
  if (!last.written) return translateText(locale, 'startup.recovery.exportCancelled');
  return translateText(locale, 'startup.recovery.exported', {
    saved: last.saved,
    unreadable: last.unreadable,
  });
}

function detailOf(plan: RecoveryPlan, last: LastAttempt, locale: Locale): string {
  const text = (key: string, params: Record<string, string | number> = {}) =>
    translateText(locale, key, params);
  const date = plan.backup ? formatDate(plan.backup.createdAt, locale) : '';
  const note = noteOf(last, locale);
  return [
    ...(note ? [note, ''] : []),
    text(`startup.recovery.why.${plan.failure}`),
    '',
    ...plan.choices.map((choice) => text(`startup.recovery.explain.${choice}`, { date })),
    '',
    text('startup.recovery.folder', { folder: plan.dataFolder }),
  ].join('\n');
}

/** Shows the plan as a native dialog; answers the dealer's choice (closing it is Quit). */
export async function askRecovery(plan: RecoveryPlan, last: LastAttempt): Promise<RecoveryChoice> {
  const locale = systemLocale();
  const { response } = await dialog.showMessageBox({
    type: plan.failure === 'newer' ? 'warning' : 'error',
    title: 'Portage',
    message: translateText(locale, `startup.recovery.failure.${plan.failure}`),
    detail: detailOf(plan, last, locale),
    buttons: plan.choices.map((choice) => translateText(locale, `startup.recovery.choice.${choice}`)),
    defaultId: plan.choices.indexOf(plan.defaultChoice),
    cancelId: plan.choices.indexOf('quit'),
    noLink: true,
  });
  return plan.choices[response] ?? 'quit';
}

/** The save dialog for "export what can be read": false when the dealer cancels. */
export async function saveRecoveredExport(content: Uint8Array, defaultName: string): Promise<boolean> {
  const locale = systemLocale();
  const result = await dialog.showSaveDialog({
    title: translateText(locale, 'dialog.export'),
    defaultPath: defaultName,
    filters: [{ name: translateText(locale, 'dialog.portageFiles'), extensions: ['json'] }],
  });
  if (result.canceled || !result.filePath) return false;
  await writeFile(result.filePath, content);
  return true;
}
