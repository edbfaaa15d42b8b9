// The documents Portage prepares from a draft, as the editor asks for them: preview one (the unsigned PDF,
// drawn on the screen by lib/pdf-pages.ts), sign one (strokes drawn on the pad, or a typed name with the
// customer's consent) and save a copy through the main process's dialog.
// Each call answers with what the view shows: the draft as saved, or the main process's message.
import type { PaperKind } from '../../src-main/shared/domain/paperwork/printed-fields';
import type { SignatureInput, Signer } from '../../src-main/shared/domain/paperwork/signature';
import type { DraftDetail, Locale } from '../lib/api-types';
import { portage, valueOr } from '../lib/portage';

export async function signDocument(input: {
  draftId: string;
  document: PaperKind;
  locale: Locale;
  signer: Signer;
  signature: SignatureInput;
}): Promise<DraftDetail | string> {
  const result = valueOr(await portage().paperwork.sign(input));
  return typeof result === 'string' ? result : result.draft;
}

/** Saves the signed document (by its hash), or the unsigned one to sign by hand. True when saved. */
export async function saveDocumentCopy(input: {
  draftId: string;
  document: PaperKind;
  locale: Locale;
  sha256?: string;
}): Promise<boolean | string> {
  const result = valueOr(await portage().paperwork.saveCopy(input));
  return typeof result === 'string' ? result : result.saved;
}

export interface PreviewRequest {
  draftId: string;
  document: PaperKind;
  locale: Locale;
}

/** The document as the main process prints it from the draft now (unsigned), as PDF bytes. */
export async function previewDocument(input: PreviewRequest): Promise<Uint8Array | string> {
  const result = valueOr(await portage().paperwork.preview(input));
  if (typeof result === 'string') return result;
  const binary = atob(result.base64);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
