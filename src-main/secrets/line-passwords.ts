// Line passwords (SipPassword, WebSelfCarePassword): set one, list which are set, and reveal them only
// to freeze a request. Encrypted with the same Cipher as the carrier account's password (Electron's
// safeStorage in the app, the Node cipher in the harness and tests) and kept in line_secrets, apart
// from the draft, so no draft JSON, history point, export, IPC answer or log line ever holds one.
import { Failure } from '../shared/domain/failure';
import {
  lineNumbersOf,
  type LinePassword,
  type LinePasswordField,
  type LinePasswordRef,
} from '../shared/domain/line-passwords';
import { normalizeNumber } from '../shared/domain/numbers';
import type { Store } from '../store';
import type { Cipher } from './cipher';

export interface SetLinePasswordInput {
  draftId: string;
  /** The line's number as the dealer sees it; any format. */
  number: string;
  field: LinePasswordField;
  /** Empty clears it. */
  password: string;
}

export interface LinePasswords {
  /** Sets (or, with an empty password, clears) one password; answers which are set, never a value. */
  set(input: SetLinePasswordInput): LinePasswordRef[];
  list(draftId: string): LinePasswordRef[];
  /** The passwords in clear, for finalize to merge into the frozen body; nothing else calls it. */
  reveal(draftId: string): LinePassword[];
}

export function createLinePasswords(deps: {
  store: Pick<Store, 'db' | 'drafts' | 'lineSecrets'>;
  cipher: Cipher;
  clock: () => Date;
}): LinePasswords {
  const { store, cipher } = deps;
  const secrets = store.lineSecrets;

  return {
    set({ draftId, number, field, password }) {
      return store.db.transaction(() => {
        const draft = store.drafts.get(draftId);
        if (!draft.editable) throw new Failure('draftLocked', { id: draftId, status: draft.status });
        const normalized = normalizeNumber(number);
        if (normalized === null || !lineNumbersOf(draft.data).includes(normalized)) {
          throw new Failure('linePasswordNotALine');
        }
        const ref = { number: normalized, field };
        if (password === '') {
          secrets.remove(draftId, ref);
        } else {
          // Only where the operating system holds the key: an obfuscated or plain password at rest
          // would be readable by anyone who copies the data folder.
          if (cipher.status() !== 'secure') throw new Failure('linePasswordEncryption');
          secrets.put(draftId, ref, cipher.encrypt(password), deps.clock().toISOString());
        }
        return secrets.list(draftId);
      })();
    },

    list: (draftId) => secrets.list(draftId),

    reveal(draftId) {
      return secrets.ciphers(draftId).map(({ number, field, cipher: bytes }) => {
        try {
          return { number, field, password: cipher.decrypt(bytes) };
        } catch (error) {
          // The key changed (another computer's data folder, a reset keyring): say which, never the bytes.
          throw new Failure('linePasswordUnreadable', { number }, { cause: error });
        }
      });
    },
  };
}
