// The electronegativity gate must actually fail on a HIGH finding (npm test runs it on the real bundles).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './built-bundles';

function scan(files: Record<string, string>) {
  const folder = mkdtempSync(join(tmpdir(), 'portage-scan-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  const result = spawnSync(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['scripts/electronegativity.ts', '--scan', folder],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: result.stdout };
}

describe('scripts/electronegativity.ts', () => {
  it('fails on a window without context isolation and with no navigation limits', () => {
    const { status, output } = scan({
      'package.json': JSON.stringify({ name: 'bad', devDependencies: { electron: '45.5.0' } }),
      'main.js': [
        "const { BrowserWindow } = require('electron');",
        'const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        "w.loadURL('http://example.com');",
      ].join('\n'),
    });
    expect(output).toMatch(/HIGH: [1-9]/);
    expect(output).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(output).toContain('FAIL');
    expect(status).toBe(1);
  });
});
