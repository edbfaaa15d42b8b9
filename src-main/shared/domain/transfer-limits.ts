// The one size limit on a Portage export file (.portage.json), shared by the file dialogs, the import and
// the export, so the app never writes a file it would refuse to read back, and a file too large is said
// to be too large rather than looking like a cancelled dialog.
//
// 256 MB: a few hundred requests with their signed letters and invoices (each document is at most 20 MB).
// The whole file is one JSON text: read, parsed and decoded, it takes about three times its size in
// memory, and V8 cannot hold a string much above 512 MB at all.
export const maxTransferFileBytes = 256 * 1024 * 1024;

/** A size as the dealer reads it in a message: "72.4 MB". */
export function megabytesText(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
