// The one table of MIME types by file extension: for the documents a dealer attaches (the carrier needs a
// content type with each one; a file dialog only gives a name and bytes) and for the files that make up
// the renderer, served by the app's protocol and by the browser harness.

const documentTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  csv: 'text/csv',
  txt: 'text/plain',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const rendererTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
};

function extensionOf(name: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  const dot = name.lastIndexOf('.');
  return dot > slash ? name.slice(dot + 1).toLowerCase() : '';
}

/** The MIME type recorded for an attached document, from its file name. */
export function mimeTypeForName(name: string): string {
  return documentTypes[extensionOf(name)] ?? 'application/octet-stream';
}

/** The extensions a dealer may pick in the "attach a document" dialog. */
export const attachmentExtensions = Object.keys(documentTypes);

/** The Content-Type header for a file of the renderer; text is always UTF-8. */
export function contentTypeFor(path: string): string {
  const extension = extensionOf(path);
  const type = rendererTypes[extension] ?? documentTypes[extension] ?? 'application/octet-stream';
  const textual = type.startsWith('text/') || type === 'application/json';
  return textual ? `${type}; charset=utf-8` : type;
}
