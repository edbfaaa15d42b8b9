// Other active requests that already port the numbers the dealer is typing (the editor's warning). The
// main process is asked a moment after the list changes (not on every keystroke), and again whenever drafts
// change elsewhere: the other request may have been trashed, completed or edited since.
import { normalizeNumber } from '../../src-main/shared/domain/numbers';
import type { ConflictingRequest } from '../lib/api-types';
import { portage } from '../lib/portage';
import { reloadOnChange } from './reload-on-change.svelte';

/** The numbers worth asking about: valid ones, normalized, each once (what the main process compares). */
function checkable(numbers: readonly string[]): string[] {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, built and read once
  const seen = new Set<string>();
  for (const typed of numbers) {
    const number = normalizeNumber(typed);
    if (number !== null) seen.add(number);
  }
  return [...seen];
}

export class NumberConflictWatch {
  conflicts = $state<ConflictingRequest[]>([]);

  readonly #id: () => string | null;
  readonly #numbers: () => readonly string[];
  readonly #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** Answers to older questions arrive late sometimes; only the latest one is shown. */
  #asked = 0;

  constructor(id: () => string | null, numbers: () => readonly string[], options: { delayMs?: number } = {}) {
    this.#id = id;
    this.#numbers = numbers;
    this.#delayMs = options.delayMs ?? 300;
  }

  async check(): Promise<void> {
    const asked = ++this.#asked;
    const numbers = checkable(this.#numbers());
    if (numbers.length === 0) {
      this.conflicts = [];
      return;
    }
    const result = await portage().drafts.numberConflicts({ id: this.#id(), numbers });
    // A failed check shows nothing rather than a stale warning; finalize checks again in any case.
    if (asked === this.#asked) this.conflicts = result.ok ? result.value : [];
  }

  /** Checks while the calling component lives: after each change of the list, and when drafts change. */
  follow(): void {
    $effect(() => {
      // Read the list here so the effect runs again when it changes.
      void checkable(this.#numbers()).join(',');
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        this.#timer = null;
        void this.check();
      }, this.#delayMs);
      return () => {
        if (this.#timer) clearTimeout(this.#timer);
      };
    });
    reloadOnChange(() => this.check());
  }
}
