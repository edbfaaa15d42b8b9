// Module-resolution hook for the built main bundle under test: the bare specifier `electron` resolves
// to the recording stub next to this file. Every other import (better-sqlite3, node:*) resolves as usual.
const stubUrl = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: stubUrl, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
