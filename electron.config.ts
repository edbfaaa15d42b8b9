// Build configuration: the three Vite builds (main, preload, renderer) and the electron-builder package.
// scripts/build.ts runs the Vite builds; scripts/dist.ts runs electron-builder with `builderConfig`.
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Configuration } from 'electron-builder';
import type { InlineConfig } from 'vite';

const root = import.meta.dirname;
const at = (path: string): string => resolve(root, path);

/**
 * The main process: one ESM bundle for Node inside Electron. Everything is bundled except electron itself
 * and better-sqlite3 (a native module, shipped unpacked from the asar). The harness is never imported.
 */
export const mainConfig: InlineConfig = {
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: at('src-main/app/main.ts'),
    outDir: at('dist/main'),
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: ['electron', 'better-sqlite3', /^node:/],
      output: { format: 'es', entryFileNames: 'main.js', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, external: ['electron', 'better-sqlite3'] },
};

/**
 * A worker thread's own bundle beside main.js, which starts it by that name (src-main/store/worker-entry.ts).
 * CommonJS, so Electron loads it from the asar archive as it loads any required file. Built after main,
 * whose build empties the folder. better-sqlite3 stays outside, as in main (native, unpacked).
 */
function workerBundle(entry: string, fileName: string): InlineConfig {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: at(entry),
      outDir: at('dist/main'),
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        external: ['better-sqlite3', /^node:/],
        output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
      },
    },
    ssr: { noExternal: true, external: ['better-sqlite3'] },
  };
}

/** The intake worker: spreadsheets of numbers read and checked (src-main/intake/parse-worker.ts). */
export const intakeWorkerConfig = workerBundle('src-main/intake/parse-worker.ts', 'intake-worker.cjs');

/** The checkpoint worker: the WAL copied into the database (src-main/store/checkpoint-worker.ts). */
export const checkpointWorkerConfig = workerBundle(
  'src-main/store/checkpoint-worker.ts',
  'checkpoint-worker.cjs',
);

/** The database worker: backups and checks of whole files (src-main/store/backups/database-worker.ts). */
export const databaseWorkerConfig = workerBundle(
  'src-main/store/backups/database-worker.ts',
  'database-worker.cjs',
);

/** The sandboxed preload: ONE CommonJS file that requires only 'electron'. */
export const preloadConfig: InlineConfig = {
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: at('src-main/app/preload.ts'),
    outDir: at('dist/preload'),
    emptyOutDir: true,
    target: 'chrome140',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'preload.cjs', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, external: ['electron'] },
};

/** The renderer: Svelte 5, from src-renderer/index.html. Relative asset paths work under app://portage/ and the harness. */
export const rendererConfig: InlineConfig = {
  configFile: false,
  root: at('src-renderer'),
  base: './',
  logLevel: 'warn',
  plugins: [svelte()],
  build: {
    outDir: at('dist/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: false,
    // Inline nothing as data: URLs for scripts; the CSP allows data: for images only.
    assetsInlineLimit: (file) => !/\.(js|mjs|css)$/.test(file) && undefined,
    modulePreload: { polyfill: false },
  },
};

/** electron-builder: installers for Windows (NSIS), macOS (dmg) and Linux (AppImage, deb). */
export const builderConfig: Configuration = {
  appId: 'ca.portage.app',
  productName: 'Portage',
  copyright: 'Portage',
  directories: { output: 'release', buildResources: 'resources/build' },
  files: [
    'package.json',
    'dist/main/**',
    'dist/preload/**',
    'dist/renderer/**',
    '!dist/harness/**',
    '!src-main/**',
    '!**/*.map',
  ],
  extraMetadata: { main: 'dist/main/main.js' },
  asar: true,
  // The native SQLite module cannot be loaded from inside an asar archive.
  asarUnpack: ['**/node_modules/better-sqlite3/**/*.node'],
  // better-sqlite3 13 ships Node-API prebuilds inside its npm package; Node-API is ABI-stable, so the same
  // binary loads in Electron. Rebuilding would compile from source against Electron's headers for nothing.
  npmRebuild: false,
  icon: 'resources/icons/icon.png',
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'resources/icons/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: [{ target: 'dmg' }],
    category: 'public.app-category.business',
    icon: 'resources/icons/icon.icns',
  },
  linux: {
    target: [{ target: 'AppImage' }, { target: 'deb' }],
    category: 'Office',
    icon: 'resources/icons',
    maintainer: 'Portage <support@portage.invalid>',
  },
};
