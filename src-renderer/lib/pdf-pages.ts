// Draws a PDF's pages as pictures for the paperwork preview, with Mozilla's PDF.js (pdfjs-dist), in the
// renderer. PDF.js and its worker are imported only when a preview opens, so the app's first paint does
// not pay for them. It keeps within the strict CSP: PDF.js 6 has no eval path left (its isEvalSupported
// option is gone), fonts are not loaded from data: URLs (disableFontFace: glyphs are drawn as paths), no
// WebAssembly (useWasm: false); the worker is a file of the app's own origin (worker-src falls back to
// script-src 'self').
import type { PDFPageProxy } from 'pdfjs-dist';

export interface DrawnPage {
  /** 1-based. */
  number: number;
  /** The page as a PNG data: URL (img-src allows data:). */
  src: string;
  /** The page's text as PDF.js reads it, for screen readers. */
  text: string;
}

/** The page's text, its lines joined by a space. */
async function textOf(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  const parts = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Every page of `data`, drawn `cssWidth` CSS pixels wide at the screen's `pixelRatio` (sharp on a
 * high-density screen). Throws when PDF.js cannot read or draw the document.
 */
export async function drawPages(
  data: Uint8Array,
  cssWidth: number,
  pixelRatio: number,
): Promise<DrawnPage[]> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const task = pdfjs.getDocument({
    data,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    enableXfa: false,
    // Pages are drawn here, on the main thread's canvas: no second worker file to ship.
    disableWorkerRendering: true,
  });
  try {
    const pdf = await task.promise;
    const pages: DrawnPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const scale = (cssWidth / page.getViewport({ scale: 1 }).width) * pixelRatio;
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.floor(viewport.width));
      canvas.height = Math.max(1, Math.floor(viewport.height));
      await page.render({ canvas, viewport }).promise;
      pages.push({ number, src: canvas.toDataURL('image/png'), text: await textOf(page) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
