// Watching the system's connectivity (Electron's net.isOnline) for what depends on it: the outbox and the
// tracker wake when the network comes back, and the renderer shows or hides its offline banner. A change
// is noticed within one check interval; nothing is told while it stays the same.

export interface ConnectivityWatch {
  /** The last state seen. */
  online(): boolean;
  stop(): void;
}

export interface ConnectivityOptions {
  isOnline: () => boolean;
  onChange: (online: boolean) => void;
  intervalMs?: number;
}

/** How often the system's connectivity is looked at. */
export const connectivityCheckMs = 2_000;

export function watchConnectivity(options: ConnectivityOptions): ConnectivityWatch {
  let online = options.isOnline();
  const timer = setInterval(() => {
    const now = options.isOnline();
    if (now === online) return;
    online = now;
    options.onChange(online);
  }, options.intervalMs ?? connectivityCheckMs);
  timer.unref();
  return {
    online: () => online,
    stop: () => clearInterval(timer),
  };
}
