// The signature block: the authorized person's printed name, title and the date signed on the left, the
// signature on the right (the strokes drawn on the screen, as vector paths, or the name typed), and under
// them how it was signed. A preview leaves the lines blank for a pen.
import type { DocumentContent } from '../shared/domain/paperwork/document-content';
import type { DrawnSignature } from '../shared/domain/paperwork/signature';
import { colours, contentWidth, fonts, heading, page, rule, write, type Pdf } from './pdf-kit';

/** What goes in the signature box. */
export type SignatureMark = DrawnSignature | { method: 'typed'; typedName: string } | null;

/** The block's height, from its heading to the note under it. */
export const signatureBlockHeight = 168;

const box = { x: page.margin + 258, width: contentWidth - 258, height: 92 };

function labelledLine(doc: Pdf, label: string, value: string, y: number): void {
  write(doc, label, page.margin, y, 230, { size: 9, colour: colours.muted });
  if (value !== '') write(doc, value, page.margin, y + 11, 230, { size: 11 });
  rule(doc, y + 28, page.margin, 230);
}

/** Strokes scaled into the box, keeping their shape, each smoothed through the midpoints of its points. */
function drawStrokes(doc: Pdf, drawn: DrawnSignature, top: number): void {
  const pad = 6;
  const scale = Math.min((box.width - 2 * pad) / drawn.width, (box.height - 2 * pad) / drawn.height);
  const offsetX = box.x + pad + (box.width - 2 * pad - drawn.width * scale) / 2;
  const offsetY = top + pad + (box.height - 2 * pad - drawn.height * scale) / 2;
  const at = ([x, y]: readonly [number, number]): [number, number] => [
    offsetX + x * scale,
    offsetY + y * scale,
  ];
  doc
    .save()
    .lineWidth(1.3)
    .lineCap('round')
    .lineJoin('round')
    .strokeColor(colours.ink)
    .fillColor(colours.ink);
  for (const stroke of drawn.strokes) {
    const points = stroke.map(at);
    const [first, ...rest] = points;
    if (!first) continue;
    if (rest.length === 0) {
      doc.circle(first[0], first[1], 0.9).fill();
      continue;
    }
    doc.moveTo(first[0], first[1]);
    let previous = first;
    for (const point of rest) {
      const mid: [number, number] = [(previous[0] + point[0]) / 2, (previous[1] + point[1]) / 2];
      doc.quadraticCurveTo(previous[0], previous[1], mid[0], mid[1]);
      previous = point;
    }
    doc.lineTo(previous[0], previous[1]).stroke();
  }
  doc.restore();
}

/** A typed name, in the signature face, as large as fits the box. */
function drawTyped(doc: Pdf, name: string, top: number): void {
  let size = 22;
  doc.font(fonts.signature);
  while (size > 9 && doc.fontSize(size).widthOfString(name) > box.width - 16) size -= 1;
  write(doc, name, box.x + 8, top + box.height / 2 - size * 0.65, box.width - 16, {
    font: 'signature',
    size,
    colour: colours.ink,
  });
}

/** Draws the block from `y` (its heading) down. */
export function drawSignatureBlock(doc: Pdf, content: DocumentContent, mark: SignatureMark, y: number): void {
  const signature = content.signature;
  const top = y + heading(doc, signature.heading, y) + 2;
  labelledLine(doc, signature.nameLabel, signature.name, top);
  labelledLine(doc, signature.titleLabel, signature.title, top + 36);
  labelledLine(doc, signature.dateLabel, signature.date, top + 72);

  write(doc, signature.signatureLabel, box.x, top, box.width, { size: 9, colour: colours.muted });
  const boxTop = top + 12;
  doc.save().lineWidth(0.8).strokeColor(colours.rule).rect(box.x, boxTop, box.width, box.height).stroke();
  doc.restore();
  if (mark?.method === 'drawn') drawStrokes(doc, mark, boxTop);
  if (mark?.method === 'typed') drawTyped(doc, mark.typedName, boxTop);
  if (signature.note) {
    write(doc, signature.note, page.margin, top + 112, contentWidth, { size: 8.5, colour: colours.muted });
  }
}
