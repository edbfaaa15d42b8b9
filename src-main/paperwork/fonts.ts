// The fonts the documents are set in: DejaVu Sans (regular and bold) for the text, DejaVu Serif Italic for a
// typed signature. They are TrueType files embedded (subset) in every PDF, so accents (é, è, à, ç), « » and
// ’ are real text that a porting desk's tools can extract, on any computer. The build copies them beside
// the main bundle (dist/main/fonts, see electron.config.ts); from the sources (tests, the harness) they are
// read from the dejavu-fonts-ttf package.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const fontFiles = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  signature: 'DejaVuSerif-Italic.ttf',
} as const;

export type FontRole = keyof typeof fontFiles;
export type FontSet = Readonly<Record<FontRole, Uint8Array>>;

/** The folder holding the font files: beside the bundle when built, else the package's. */
export function fontFolder(): string {
  const bundled = join(import.meta.dirname, 'fonts');
  if (existsSync(join(bundled, fontFiles.regular))) return bundled;
  const packageJson = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  return join(dirname(packageJson), 'ttf');
}

let loaded: FontSet | null = null;

/** The fonts, read once (about 1.5 MB in all) and kept for every document after. */
export function loadFonts(folder: string = fontFolder()): FontSet {
  if (loaded) return loaded;
  const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(folder, file)));
  loaded = {
    regular: read(fontFiles.regular),
    bold: read(fontFiles.bold),
    signature: read(fontFiles.signature),
  };
  return loaded;
}
