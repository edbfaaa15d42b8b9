// Whether this machine can run Electron: the binary the `electron` package would give to
// `require('electron')` exists, and `electron --version` answers. The reason is kept in words for the
// skip message. The package's own resolver is NOT called: when the binary is missing it starts a
// download from the network, which this project never does during tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary =
  { available: true; path: string; version: string } | { available: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { available: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      available: false,
      reason: `${pathFile} is missing: Electron fetches its binary on first run (npm start), and this machine has none`,
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override ? join(override, relative || 'electron') : join(packageDir, 'dist', relative);
  if (!existsSync(path)) return { available: false, reason: `${path} does not exist` };
  const probe = spawnSync(path, ['--version'], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (probe.status !== 0) {
    const why = probe.error?.message ?? (probe.stderr.trim() || `exit code ${String(probe.status)}`);
    return { available: false, reason: `\`${path} --version\` did not run (${why})` };
  }
  return { available: true, path, version: probe.stdout.trim() };
}
