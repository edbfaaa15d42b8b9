// One flat config for main, renderer, tests and scripts. Type-aware rules stay off to keep lint fast;
// `tsc --noEmit` and svelte-check carry the type checking. Beyond style, it holds the structure:
// - the layer order (scripts/lint/layers.js): an import that runs back up the layers is an error;
// - each environment's globals and modules: the pure shared code uses neither the DOM nor Node, Node code
//   no DOM, the renderer no Node, and only src-main/app imports electron;
// - in src-main, no function over 150 lines and no file over 400.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import portage from './scripts/lint/layers.js';

const shared = new Set([...Object.keys(globals.node), ...Object.keys(globals['shared-node-browser'])]);
const storage = ['navigator', 'Navigator', 'localStorage', 'sessionStorage', 'Storage'];
/** What a browser page has and Node does not: `window`, `document`, `HTMLElement`, storage… */
const domOnlyGlobals = [...Object.keys(globals.browser).filter((name) => !shared.has(name)), ...storage];
/** What Node has and a page does not: `process`, `Buffer`, `require`, `__dirname`… */
const nodeOnlyGlobals = Object.keys(globals.node).filter((name) => !(name in globals.browser));
/** Node's own modules, by exact name ('fs', 'node:fs'); a pattern would also catch our folder `domain`. */
const nodeModules = (why) =>
  [...builtinModules, ...builtinModules.map((name) => `node:${name}`)].map((name) => ({
    name,
    message: why,
  }));

const restrictGlobals = (names, where) =>
  names.map((name) => ({ name, message: `${name} does not exist in ${where}.` }));

const noElectron = { name: 'electron', message: 'Only src-main/app imports electron.' };

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'test/artifacts/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { portage },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'portage/layers': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Small enough to read: no function over 150 lines and no file over 400, every line counted.
    files: ['src-main/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 150 }],
    },
  },
  {
    // Node code in the main process: no DOM, no electron.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/shared/**', 'src-main/app/**', 'src-main/harness/bridge.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restrictGlobals(domOnlyGlobals, 'the main process (Node)')],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    // The Electron layer: Node and electron, no DOM (the preload reaches the page only through contextBridge).
    files: ['src-main/app/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restrictGlobals(domOnlyGlobals, 'the main process (Node)')],
    },
  },
  {
    // The pure shared code, run by both processes: neither the DOM nor Node, no electron, no database.
    files: ['src-main/shared/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictGlobals([...domOnlyGlobals, ...nodeOnlyGlobals], 'pure shared code'),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            { name: 'better-sqlite3', message: 'The shared code is pure TypeScript.' },
            ...nodeModules('The shared code is pure TypeScript: no Node modules.'),
          ],
        },
      ],
    },
  },
  {
    // The page: the renderer and the harness's bridge script. No Node, no electron.
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.svelte', 'src-main/harness/bridge.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restrictGlobals(nodeOnlyGlobals, 'the renderer (a web page)')],
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeModules('The renderer is a web page: no Node modules.')],
        },
      ],
    },
  },
);
