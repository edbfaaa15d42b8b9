// Builds the renderer once before the journeys, so they run against the code as it is now.
import { build } from 'vite';
import { rendererConfig } from '../../electron.config';

export default async function globalSetup(): Promise<void> {
  await build(rendererConfig);
}
