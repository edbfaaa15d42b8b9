// The page geometry and the small drawing helpers every part of a document shares, over pdfkit. Pages are
// US Letter, laid out by hand (no automatic page breaks: the document's margins are 0 and every position is
// computed), so a page never splits where a porting desk would not expect it.
import type PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

export const page = {
  width: 612,
  height: 792,
  margin: 54,
  /** The lowest y content may reach; the footer sits below it. */
  bottom: 792 - 64,
  footerY: 792 - 40,
} as const;

export const contentWidth = page.width - 2 * page.margin;

export const colours = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#b8b8b8',
  ink: '#0b2a6f',
  preview: '#b3261e',
} as const;

/** Registered font names (pdf-document.ts registers them from fonts.ts). */
export const fonts = { regular: 'Body', bold: 'Bold', signature: 'Signature' } as const;

export interface TextStyle {
  font?: keyof typeof fonts;
  size: number;
  colour?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
}

/** Writes `text` in a box `width` wide at (x, y) and answers its height. */
export function write(doc: Pdf, text: string, x: number, y: number, width: number, style: TextStyle): number {
  doc
    .font(fonts[style.font ?? 'regular'])
    .fontSize(style.size)
    .fillColor(style.colour ?? colours.text);
  const options = { width, align: style.align ?? 'left', lineGap: 1.5 };
  const height = doc.heightOfString(text, options);
  doc.text(text, x, y, options);
  return height;
}

/** The height `text` would take in a box `width` wide. */
export function measure(doc: Pdf, text: string, width: number, style: TextStyle): number {
  doc.font(fonts[style.font ?? 'regular']).fontSize(style.size);
  return doc.heightOfString(text, { width, lineGap: 1.5 });
}

/** A thin horizontal rule across the content width (or from x, w wide). */
export function rule(doc: Pdf, y: number, x: number = page.margin, w: number = contentWidth): void {
  doc
    .moveTo(x, y)
    .lineTo(x + w, y)
    .lineWidth(0.6)
    .strokeColor(colours.rule)
    .stroke();
}

/** A section heading with its rule; answers the height used. */
export function heading(doc: Pdf, text: string, y: number): number {
  const height = write(doc, text, page.margin, y, contentWidth, { font: 'bold', size: 11 });
  rule(doc, y + height + 2);
  return height + 8;
}
