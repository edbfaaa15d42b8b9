// A prepared document as PDF bytes: the first page (title, customer of record, carriers, the authorization,
// the number lists when they fit, the signature block), annex pages for long lists, and a footer with the
// request's reference and "page x of y" on every page. Fonts are embedded and subset (fonts.ts), so the
// text extracts with its accents. Everything is laid out here from the domain's content model
// (document-content.ts): what is printed is decided there, where it is also compared.
import PDFDocument from 'pdfkit';
import type { DocumentContent } from '../shared/domain/paperwork/document-content';
import type { FontSet } from './fonts';
import { colours, contentWidth, fonts, heading, page, write, type Pdf } from './pdf-kit';
import { drawAnnex, drawInline, drawPointers, inlineHeight, pointerHeight } from './pdf-numbers';
import { drawSignatureBlock, signatureBlockHeight, type SignatureMark } from './pdf-signature';

export type { SignatureMark } from './pdf-signature';

export interface WrittenDocument {
  bytes: Uint8Array;
  pages: number;
}

const labelWidth = 180;

/** The title, the date, the customer and carrier sections and the authorization; answers the y after. */
function drawHead(doc: Pdf, content: DocumentContent, preview: boolean): number {
  let y = page.margin;
  if (preview) {
    write(doc, content.texts.preview, page.margin, y, contentWidth, {
      font: 'bold',
      size: 10,
      colour: colours.preview,
      align: 'right',
    });
  }
  y += write(doc, content.title, page.margin, y, contentWidth - 150, { font: 'bold', size: 20 }) + 2;
  y += write(doc, content.subtitle, page.margin, y, contentWidth, { size: 11, colour: colours.muted }) + 2;
  y += write(doc, content.date, page.margin, y, contentWidth, { size: 10 }) + 14;
  for (const section of content.sections) {
    y += heading(doc, section.heading, y);
    for (const row of section.rows) {
      const label = write(doc, row.label, page.margin, y + 1, labelWidth - 10, {
        size: 9,
        colour: colours.muted,
      });
      const value = write(doc, row.lines.join('\n'), page.margin + labelWidth, y, contentWidth - labelWidth, {
        size: 10.5,
      });
      y += Math.max(label, value) + 5;
    }
    y += 8;
  }
  y += write(doc, content.authorization, page.margin, y, contentWidth, { size: 10, align: 'justify' }) + 12;
  return y;
}

/** Where the lists go and where the signature goes, then draws them. */
function drawBody(doc: Pdf, content: DocumentContent, mark: SignatureMark, y: number): void {
  const signatureTop = page.bottom - signatureBlockHeight;
  if (y + inlineHeight(content.lists) <= signatureTop) {
    drawInline(doc, content, y);
    drawSignatureBlock(doc, content, mark, signatureTop);
  } else {
    // The signature stays on the first page with the authorization, unless even the pointers crowd it out.
    const afterPointers = y + pointerHeight(doc, content);
    const ownPage = afterPointers > signatureTop;
    drawPointers(doc, content, y, ownPage ? 3 : 2);
    if (ownPage) doc.addPage({ size: 'LETTER', margin: 0 });
    drawSignatureBlock(doc, content, mark, ownPage ? page.margin : signatureTop);
    drawAnnex(doc, content);
  }
}

function drawFooters(doc: Pdf, content: DocumentContent): number {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    write(doc, content.texts.footer(index + 1, range.count), page.margin, page.footerY, contentWidth, {
      size: 8,
      colour: colours.muted,
      align: 'center',
    });
  }
  return range.count;
}

/** The document as a PDF. `mark` null is a preview: blank signature lines, marked "not signed". */
export async function writeDocumentPdf(
  content: DocumentContent,
  mark: SignatureMark,
  fontSet: FontSet,
  createdAt: Date,
): Promise<WrittenDocument> {
  const doc: Pdf = new PDFDocument({
    size: 'LETTER',
    margin: 0,
    bufferPages: true,
    // The body font from the start: pdfkit would otherwise load its built-in Helvetica, which has no « ».
    font: fontSet.regular as unknown as string,
    lang: content.locale,
    displayTitle: true,
    info: {
      Title: content.metadata.title,
      Subject: content.metadata.subject,
      Creator: 'Portage',
      Producer: 'Portage',
      CreationDate: createdAt,
    },
  });
  doc.registerFont(fonts.regular, fontSet.regular as unknown as string);
  doc.registerFont(fonts.bold, fontSet.bold as unknown as string);
  doc.registerFont(fonts.signature, fontSet.signature as unknown as string);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const y = drawHead(doc, content, mark === null);
  drawBody(doc, content, mark, y);
  const pages = drawFooters(doc, content);
  doc.end();
  await ended;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, pages };
}
