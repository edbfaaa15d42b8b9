// The number lists of a document: inline on the first page when they fit above the signature, else each
// list's heading with "listed in the annex", and the numbers on annex pages, four columns read downwards,
// a list carried on to the next page under "(continued)".
import type { DocumentContent, NumberList } from '../shared/domain/paperwork/document-content';
import { contentWidth, page, write, measure, type Pdf } from './pdf-kit';

const columns = 4;
const rowHeight = 13;
const numberSize = 9.5;
const headingHeight = 16;
const listGap = 8;
const columnWidth = contentWidth / columns;

function rowsOf(list: NumberList): number {
  return Math.max(1, Math.ceil(list.numbers.length / columns));
}

/** The height the lists take when printed inline. */
export function inlineHeight(lists: readonly NumberList[]): number {
  return lists.reduce((sum, list) => sum + headingHeight + rowsOf(list) * rowHeight + listGap, 0);
}

/** The height of the lists when their numbers are in the annex: a heading and one line each. */
export function pointerHeight(doc: Pdf, content: DocumentContent): number {
  return content.lists.reduce(
    (sum) =>
      sum + headingHeight + measure(doc, content.texts.inAnnex(2), contentWidth, { size: 10 }) + listGap,
    0,
  );
}

/** Numbers column by column from (x, y), `rows` to a column. */
function grid(doc: Pdf, numbers: readonly string[], y: number, rows: number): void {
  numbers.forEach((number, index) => {
    const column = Math.floor(index / rows);
    const row = index % rows;
    write(doc, number, page.margin + column * columnWidth, y + row * rowHeight, columnWidth - 6, {
      size: numberSize,
    });
  });
}

/** Every list with its numbers, on the first page; answers the y after them. */
export function drawInline(doc: Pdf, content: DocumentContent, y: number): number {
  let top = y;
  for (const list of content.lists) {
    write(doc, list.heading, page.margin, top, contentWidth, { font: 'bold', size: 10 });
    top += headingHeight;
    if (list.numbers.length === 0) {
      write(doc, content.texts.none, page.margin, top, contentWidth, { size: 10 });
    } else {
      grid(doc, list.numbers, top, rowsOf(list));
    }
    top += rowsOf(list) * rowHeight + listGap;
  }
  return top;
}

/** Each list's heading and where its numbers are (the annex from `annexPage`, or "None"). */
export function drawPointers(doc: Pdf, content: DocumentContent, y: number, annexPage: number): number {
  let top = y;
  for (const list of content.lists) {
    write(doc, list.heading, page.margin, top, contentWidth, { font: 'bold', size: 10 });
    top += headingHeight;
    const where = list.numbers.length === 0 ? content.texts.none : content.texts.inAnnex(annexPage);
    top += write(doc, where, page.margin, top, contentWidth, { size: 10 }) + listGap;
  }
  return top;
}

/** The annex: the non-empty lists one after the other from a new page, each carried on to the next page
 *  under "(continued)"; a list starts on a new page when fewer than three rows of it would fit. */
export function drawAnnex(doc: Pdf, content: DocumentContent): void {
  let y = page.bottom;
  for (const list of content.lists) {
    let remaining = list.numbers;
    let first = true;
    while (remaining.length > 0) {
      if (y + 24 + 3 * rowHeight > page.bottom) {
        doc.addPage({ size: 'LETTER', margin: 0 });
        y = page.margin;
      }
      const title = first ? content.texts.annexTitle(list.heading) : content.texts.continued(list.heading);
      y += write(doc, title, page.margin, y, contentWidth, { font: 'bold', size: 13 }) + 8;
      const rows = Math.floor((page.bottom - y) / rowHeight);
      const chunk = remaining.slice(0, rows * columns);
      const used = Math.min(rows, Math.ceil(chunk.length / columns));
      grid(doc, chunk, y, used);
      y += used * rowHeight + 2 * listGap;
      remaining = remaining.slice(chunk.length);
      first = false;
      // A list carried on starts the next page.
      if (remaining.length > 0) y = page.bottom;
    }
  }
}
