// Where a worker thread's program is. In the built app, a bundle of its own beside main.js (CommonJS, so
// Electron loads it from the asar archive like any required file; electron.config.ts builds each one).
// From source (vitest, the harness and the benchmarks run the TypeScript), the .ts file beside the caller,
// through tsx's loader. A worker's program is a file, never source text handed to `eval`: a transform
// (tsx names functions with a helper of its own) would leave such text calling what the worker lacks.
export interface WorkerEntry {
  url: URL;
  execArgv: string[] | undefined;
}

/** `callerUrl` is the caller's `import.meta.url`; the two names are the file beside it, as source and built. */
export function workerEntry(callerUrl: string, sourceName: string, builtName: string): WorkerEntry {
  const fromSource = callerUrl.endsWith('.ts');
  // A name in a variable, not a literal: the bundler must not take it for an asset to copy.
  const file = fromSource ? sourceName : builtName;
  return {
    url: new URL(file, callerUrl),
    execArgv: fromSource ? [...process.execArgv, '--import', 'tsx'] : undefined,
  };
}
