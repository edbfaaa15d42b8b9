// The built main and preload bundles, built on demand when dist/ is missing, parsed with acorn so the
// security tests read the code that actually ships rather than the TypeScript source.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type Node } from 'acorn';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const mainBundlePath = join(repoRoot, 'dist/main/main.js');
export const preloadBundlePath = join(repoRoot, 'dist/preload/preload.cjs');

export function ensureBuilt(): void {
  if (existsSync(mainBundlePath) && existsSync(preloadBundlePath)) return;
  execFileSync(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/build.ts', 'main', 'preload'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

export function readBundle(path: string): { source: string; ast: Node } {
  const source = readFileSync(path, 'utf8');
  const ast = parse(source, {
    ecmaVersion: 'latest',
    sourceType: path.endsWith('.cjs') ? 'script' : 'module',
  });
  return { source, ast };
}

/** Every node of the tree, depth first. */
export function* walk(node: unknown): Generator<Node & Record<string, unknown>> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  const candidate = node as Node & Record<string, unknown>;
  if (typeof candidate.type === 'string') yield candidate;
  for (const [key, value] of Object.entries(candidate)) {
    if (key === 'loc' || key === 'start' || key === 'end') continue;
    if (value && typeof value === 'object') yield* walk(value);
  }
}

export type LiteralValue = string | number | boolean | null | RegExp | bigint | undefined;

/** The name of an object property key (identifier or string literal). */
export function keyName(property: Record<string, unknown>): string | undefined {
  const key = property.key as { type: string; name?: string; value?: unknown } | undefined;
  if (!key) return undefined;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** The object literals assigned to a property named `name`, as maps of their literal-valued properties. */
export function objectsUnderKey(ast: Node, name: string): Map<string, LiteralValue | '<expr>'>[] {
  const found: Map<string, LiteralValue | '<expr>'>[] = [];
  for (const node of walk(ast)) {
    if (node.type !== 'Property' || keyName(node) !== name) continue;
    const value = node.value as { type: string; properties?: Record<string, unknown>[] };
    if (value.type !== 'ObjectExpression' || !value.properties) continue;
    const map = new Map<string, LiteralValue | '<expr>'>();
    for (const property of value.properties) {
      const key = keyName(property);
      if (!key) continue;
      const inner = property.value as { type: string; value?: LiteralValue };
      map.set(key, inner.type === 'Literal' ? inner.value : '<expr>');
    }
    found.push(map);
  }
  return found;
}

/** Calls of `<anything>.<method>(...)`, with their argument nodes. */
export function methodCalls(ast: Node, method: string): (Node & Record<string, unknown>)[][] {
  const calls: (Node & Record<string, unknown>)[][] = [];
  for (const node of walk(ast)) {
    if (node.type !== 'CallExpression') continue;
    const callee = node.callee as { type: string; property?: { type: string; name?: string } };
    if (
      callee.type === 'MemberExpression' &&
      callee.property?.type === 'Identifier' &&
      callee.property.name === method
    ) {
      calls.push(node.arguments as (Node & Record<string, unknown>)[]);
    }
  }
  return calls;
}
