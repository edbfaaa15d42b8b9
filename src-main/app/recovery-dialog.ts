// When Portage cannot open the dealer's data at start: a native dialog in the system's language (their own
// choice of language is inside the data) saying what is wrong and offering what applies, until the data
// opens or the dealer quits. Which choices apply is decided below the app (src-main/store/recovery/plan.ts,
// through composition/startup-recovery.ts); this file only asks, and says how the last choice went.
import { app, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { Services } from '../composition/services';
import {
  startupRecovery,
  type RecoveryChoice,
  type RecoveryOutcome,
  type RecoveryPlan,
  type StartupRecoveryOptions,
} from '../composition/startup-recovery';
import { Failure } from '../shared/domain/failure';
import { supportedLocale, type Locale } from '../shared/domain/locale';
import { translateText } from '../shared/domain/messages';

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

function detailOf(plan: RecoveryPlan, note: string | null, locale: Locale): string {
  const text = (key: string, params: Record<string, string | number> = {}) =>
    translateText(locale, key, params);
  const date = plan.backup ? formatDate(plan.backup.createdAt, locale) : '';
  return [
    ...(note ? [note, ''] : []),
    text(`startup.recovery.why.${plan.failure}`),
    '',
    ...plan.choices.map((choice) => text(`startup.recovery.explain.${choice}`, { date })),
    '',
    text('startup.recovery.folder', { folder: plan.dataFolder }),
  ].join('\n');
}

async function ask(plan: RecoveryPlan, note: string | null): Promise<RecoveryChoice> {
  const locale = supportedLocale(app.getLocale());
  const { response } = await dialog.showMessageBox({
    type: plan.failure === 'newer' ? 'warning' : 'error',
    title: 'Portage',
    message: translateText(locale, `startup.recovery.failure.${plan.failure}`),
    detail: detailOf(plan, note, locale),
    buttons: plan.choices.map((choice) => translateText(locale, `startup.recovery.choice.${choice}`)),
    defaultId: plan.choices.indexOf(plan.defaultChoice),
    cancelId: plan.choices.indexOf('quit'),
    noLink: true,
  });
  return plan.choices[response] ?? 'quit';
}

/** The save dialog for "export what can be read". */
async function saveExport(content: Uint8Array, defaultName: string): Promise<boolean> {
  const locale = supportedLocale(app.getLocale());
  const result = await dialog.showSaveDialog({
    title: translateText(locale, 'dialog.export'),
    defaultPath: defaultName,
    filters: [{ name: translateText(locale, 'dialog.portageFiles'), extensions: ['json'] }],
  });
  if (result.canceled || !result.filePath) return false;
  await writeFile(result.filePath, content);
  return true;
}

/** What the next dialog says first: how the last choice went. */
function noteOf(outcome: RecoveryOutcome, locale: Locale): string | null {
  if (outcome.choice !== 'exportReadable') return null;
  if (!outcome.written) return translateText(locale, 'startup.recovery.exportCancelled');
  return translateText(locale, 'startup.recovery.exported', {
    saved: outcome.saved,
    unreadable: outcome.unreadable,
  });
}

function failedNote(error: unknown, locale: Locale): string {
  const reason = translateText(locale, error instanceof Failure ? error.key : 'error.internal');
  return translateText(locale, 'startup.recovery.didNotWork', { reason });
}

/**
 * Opens the services, asking the dealer what to do each time the data cannot be opened. Answers null when
 * they chose to quit (or had already chosen to, rather than keep the key with weak protection).
 */
export async function openWithRecovery(
  open: () => Promise<Services>,
  options: StartupRecoveryOptions & { log: (line: string) => void },
): Promise<Services | null> {
  const recovery = startupRecovery(options);
  let note: string | null = null;
  for (;;) {
    try {
      return await open();
    } catch (error) {
      options.log(
        `Portage could not open its data: ${error instanceof Error ? error.message : typeof error}`,
      );
      const plan = await recovery.plan(error);
      if (!plan) return null;
      const choice = await ask(plan, note);
      if (choice === 'quit') return null;
      const locale = supportedLocale(app.getLocale());
      try {
        note = noteOf(await recovery.carryOut(plan, choice, saveExport), locale);
      } catch (failure) {
        note = failedNote(failure, locale);
      }
    }
  }
}
