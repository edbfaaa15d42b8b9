// Loaded with `node --import` before dist/main/main.js: installs the hook that resolves `electron` to
// the recording stub (Electron's binary cannot be downloaded on this machine).
import { register } from 'node:module';

register('./resolve-electron.mjs', import.meta.url);
