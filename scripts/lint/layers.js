// The layer order of Portage's code, as an eslint rule (in the spirit of VS Code's `code-layering`):
// every import is checked against the declared order, so an arrow running back up is a lint error, not
// a habit. Lowest first:
//
//   shared/domain ← store ← carrier ← (secrets, outbox, paperwork, practice-carrier, intake, diagnostics)
//   ← (shared/ipc-contract, ipc) ← composition ← (app, harness)
//
// and the renderer imports only the pure shared code (the domain and the IPC contract). A layer imports
// only the layers below it; the layers of one rank do not import each other.
import { posix } from 'node:path';

/**
 * Each layer: the folder (from the repository root) it owns, and the layers it may import. Order matters
 * only for matching: the first folder that contains a file is its layer.
 * @type {readonly { name: string; folder: string; may: readonly string[] }[]}
 */
const services = [
  'domain',
  'store',
  'carrier',
  'secrets',
  'outbox',
  'paperwork',
  'practice-carrier',
  'intake',
  'diagnostics',
];
const belowComposition = [...services, 'ipc-contract', 'ipc'];
const belowTop = [...belowComposition, 'composition'];

export const layers = Object.freeze([
  { name: 'domain', folder: 'src-main/shared/domain/', may: [] },
  { name: 'ipc-contract', folder: 'src-main/shared/ipc-contract/', may: ['domain'] },
  { name: 'store', folder: 'src-main/store/', may: ['domain'] },
  { name: 'carrier', folder: 'src-main/carrier/', may: ['domain', 'store'] },
  { name: 'secrets', folder: 'src-main/secrets/', may: ['domain', 'store', 'carrier'] },
  { name: 'outbox', folder: 'src-main/outbox/', may: ['domain', 'store', 'carrier'] },
  // The documents Portage prepares and has signed (letters of authorization, RespOrg authorizations).
  { name: 'paperwork', folder: 'src-main/paperwork/', may: ['domain', 'store', 'carrier'] },
  {
    name: 'practice-carrier',
    folder: 'src-main/practice-carrier/',
    may: ['domain', 'store', 'carrier', 'resources'],
  },
  // Numbers from a spreadsheet: the worker thread that reads and checks them, and the import's steps.
  { name: 'intake', folder: 'src-main/intake/', may: ['domain', 'store', 'carrier'] },
  // The log file, its scrubbing and "Copy diagnostics".
  { name: 'diagnostics', folder: 'src-main/diagnostics/', may: ['domain', 'store', 'carrier'] },
  { name: 'ipc', folder: 'src-main/ipc/', may: ['ipc-contract', ...services] },
  { name: 'composition', folder: 'src-main/composition/', may: belowComposition },
  { name: 'app', folder: 'src-main/app/', may: belowTop },
  { name: 'harness', folder: 'src-main/harness/', may: belowTop },
  { name: 'renderer', folder: 'src-renderer/', may: ['domain', 'ipc-contract'] },
  { name: 'resources', folder: 'resources/', may: [] },
]);

/** The layer that owns `path` (relative to the repository root, with forward slashes), or null. */
export function layerOf(path) {
  return layers.find((layer) => path.startsWith(layer.folder)) ?? null;
}

function relativeToRoot(filename, root) {
  const normalized = filename.split('\\').join('/');
  const base = root.split('\\').join('/').replace(/\/?$/, '/');
  return normalized.startsWith(base) ? normalized.slice(base.length) : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the declared order of layers.' },
    schema: [],
    messages: {
      upward:
        '{{from}} may not import {{to}} ("{{specifier}}"). The layers, lowest first: domain ← store ← carrier ← secrets, outbox, paperwork, practice carrier, intake, diagnostics ← IPC ← composition ← app, harness; the renderer imports only the domain and the IPC contract.',
    },
  },
  create(context) {
    const file = relativeToRoot(context.filename, context.cwd);
    const from = file === null ? null : layerOf(file);
    if (from === null || file === null) return {};

    function check(node, specifier) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      // A folder import ('../store') and a file import ('../store/drafts') both sit inside the folder.
      const to = layerOf(`${target}/`);
      if (to === null || to.name === from.name || from.may.includes(to.name)) return;
      context.report({ node, messageId: 'upward', data: { from: from.name, to: to.name, specifier } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { layers: layersRule } };
