// One open draft: the data the dealer is typing, and its autosave.
// Saves are debounced (400 ms) and also forced on blur and when the window hides or closes.
// A save that fails keeps every typed character in memory, says so, and is retried; a copy of unsaved
// data is also kept in localStorage so that even a crash between keystroke and save loses nothing.
import type { DraftData } from '../../src-main/shared/domain/draft';
import type { LinePasswordField, LinePasswordRef } from '../../src-main/shared/domain/line-passwords';
import type { DraftDetail, PortageApi } from '../lib/api-types';
import { portage } from '../lib/portage';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/** Draft data with every section present, so form fields can bind straight to them. */
export interface FormData {
  target: NonNullable<DraftData['target']>;
  customer: NonNullable<DraftData['customer']>;
  address: NonNullable<DraftData['address']>;
  losingCarrier: NonNullable<DraftData['losingCarrier']>;
  numbers: NonNullable<DraftData['numbers']>;
  schedule: NonNullable<DraftData['schedule']>;
  contacts: NonNullable<DraftData['contacts']>;
  comments: NonNullable<DraftData['comments']>;
  options: NonNullable<DraftData['options']>;
  extraDetails: NonNullable<DraftData['extraDetails']>;
  attachments: NonNullable<DraftData['attachments']>;
  service: NonNullable<DraftData['service']>;
}

export function toFormData(data: DraftData): FormData {
  return {
    target: { ...data.target },
    customer: { ...data.customer },
    address: { country: 'CA', ...data.address },
    losingCarrier: { providerId: null, ...data.losingCarrier },
    numbers: { toPort: [], toRemain: [], toDisconnect: [], changePilotNumber: false, ...data.numbers },
    schedule: { ...data.schedule },
    contacts: { additionalEmails: [], ...data.contacts },
    comments: { ...data.comments },
    options: { ...data.options },
    extraDetails: [...(data.extraDetails ?? [])],
    attachments: { ...data.attachments },
    service: { ...data.service },
  };
}

const bufferKey = (id: string): string => `portage.unsaved.${id}`;

interface UnsavedBuffer {
  revision: number;
  data: DraftData;
}

export class DraftEditor {
  draft = $state<DraftDetail | null>(null);
  data = $state<FormData>(toFormData({}));
  saveState = $state<SaveState>('saved');
  savedAt = $state<number | null>(null);
  saveError = $state<string | null>(null);
  loadError = $state<string | null>(null);
  /** Fields the dealer has visited; "required" is only said of these (or of all, once asked to). */
  visited = $state<Record<string, true>>({});
  /** Which line passwords are set (never their values: the main process keeps them encrypted). */
  linePasswords = $state<LinePasswordRef[]>([]);

  #api: PortageApi;
  #delayMs: number;
  #retryMs: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #edits = 0;
  #savedEdits = 0;
  #lastJson = '';
  #saving: Promise<void> | null = null;

  /** Tests hand in their own api and shorter delays; the app takes `window.portage` and the defaults. */
  constructor(api: PortageApi = portage(), options: { delayMs?: number; retryMs?: number } = {}) {
    this.#api = api;
    this.#delayMs = options.delayMs ?? 400;
    this.#retryMs = options.retryMs ?? 2000;
  }

  visit(path: string): void {
    if (!this.visited[path]) this.visited[path] = true;
  }

  get editable(): boolean {
    return this.draft?.editable ?? false;
  }

  async load(id: string): Promise<boolean> {
    const result = await this.#api.drafts.get({ id });
    if (!result.ok) {
      this.loadError = result.error.message;
      return false;
    }
    this.#adopt(result.value);
    const buffered = this.#readBuffer(id);
    if (buffered && result.value.editable && buffered.revision >= result.value.revision) {
      // Typed after the last save reached the disk (the window closed first): bring it back and save it.
      this.data = toFormData(buffered.data);
      this.changed();
      await this.flush();
    } else if (buffered) {
      this.#clearBuffer(id);
    }
    return true;
  }

  /** Replace the open draft with what the main process returned (after a save, attach, restore…). */
  #adopt(draft: DraftDetail): void {
    this.draft = draft;
    // Only an opened draft says which passwords are set; other answers leave the last known list.
    if (draft.linePasswords) this.linePasswords = draft.linePasswords;
    this.data = toFormData(draft.data);
    this.#lastJson = JSON.stringify(this.data);
    this.savedAt = Date.now();
    this.saveState = 'saved';
  }

  /** Replace the draft after an action that changed it on the main side, keeping nothing stale. */
  adopt(draft: DraftDetail): void {
    this.#adopt(draft);
  }

  /** Called from an $effect that reads the whole form: schedules a save when anything differs. */
  observe(): void {
    const json = JSON.stringify(this.data);
    if (json === this.#lastJson) return;
    this.#lastJson = json;
    this.changed();
  }

  changed(): void {
    if (!this.draft?.editable) return;
    this.#edits += 1;
    this.saveState = 'pending';
    this.#writeBuffer();
    this.#schedule(this.#delayMs);
  }

  #schedule(delay: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, delay);
  }

  /** Saves now if anything is unsaved; resolves when the save has been answered. */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (this.#saving) await this.#saving;
    if (!this.draft || this.#edits === this.#savedEdits) return;
    this.#saving = this.#save();
    try {
      await this.#saving;
    } finally {
      this.#saving = null;
    }
  }

  async #save(): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    const edits = this.#edits;
    const data = $state.snapshot(this.data) as DraftData;
    this.saveState = 'saving';
    let failure: string;
    try {
      const result = await this.#api.drafts.save({ id: draft.id, data });
      if (result.ok) {
        this.#savedEdits = edits;
        // Keep the fields as they are now (the dealer may have typed during the save); take the rest.
        this.draft = result.value;
        this.savedAt = Date.now();
        this.saveError = null;
        if (this.#edits === edits) {
          this.saveState = 'saved';
          this.#clearBuffer(draft.id);
        } else {
          // Typed during the save: the unsaved copy now builds on the new revision.
          this.saveState = 'pending';
          this.#writeBuffer();
        }
        return;
      }
      failure = result.error.message;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    this.saveState = 'failed';
    this.saveError = failure;
    this.#schedule(this.#retryMs);
  }

  #writeBuffer(): void {
    if (!this.draft) return;
    try {
      const buffer: UnsavedBuffer = {
        revision: this.draft.revision,
        data: $state.snapshot(this.data) as DraftData,
      };
      localStorage.setItem(bufferKey(this.draft.id), JSON.stringify(buffer));
    } catch {
      // Storage full or unavailable: the in-memory copy and the retrying save still hold the text.
    }
  }

  #readBuffer(id: string): UnsavedBuffer | null {
    try {
      const raw = localStorage.getItem(bufferKey(id));
      if (!raw) return null;
      const parsed = JSON.parse(raw) as UnsavedBuffer;
      return typeof parsed.revision === 'number' && typeof parsed.data === 'object' ? parsed : null;
    } catch {
      return null;
    }
  }

  #clearBuffer(id: string): void {
    try {
      localStorage.removeItem(bufferKey(id));
    } catch {
      // Nothing to clear.
    }
  }

  /**
   * Sets (or with '' clears) a line's password. The draft is saved first, so the main process knows the
   * line. Answers null, or the message to show. The value is not kept here once sent.
   */
  async setLinePassword(number: string, field: LinePasswordField, password: string): Promise<string | null> {
    const draft = this.draft;
    if (!draft) return null;
    await this.flush();
    const result = await this.#api.drafts.setLinePassword({ draftId: draft.id, number, field, password });
    if (!result.ok) return result.error.message;
    this.linePasswords = result.value.linePasswords;
    return null;
  }

  dispose(): void {
    void this.flush();
  }
}
