// `npm run dist` (after `npm run build`): installers for the current platform into release/, with
// electron-builder and the configuration in electron.config.ts (fuses, asar, icons, targets).
// Windows: NSIS .exe; macOS: .dmg; Linux: AppImage and .deb. Needs the Electron binary for the
// platform (downloaded by electron-builder); unsigned unless the usual signing variables are set.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, Platform } from 'electron-builder';
import { builderConfig } from '../electron.config';

const root = resolve(import.meta.dirname, '..');
for (const built of ['dist/main/main.js', 'dist/preload/preload.cjs', 'dist/renderer/index.html']) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run \`npm run build\` first (npm run dist does).`);
    process.exit(1);
  }
}

const platform =
  process.platform === 'win32'
    ? Platform.WINDOWS
    : process.platform === 'darwin'
      ? Platform.MAC
      : Platform.LINUX;

const artifacts = await build({ targets: platform.createTarget(), config: builderConfig, projectDir: root });
console.log('Built:');
for (const artifact of artifacts) console.log(`  ${artifact}`);
