// The one way a view keeps what it shows fresh: the main process's events bump `app.draftsVersion`
// (drafts or a port status changed) and replace `app.outbox`, and every view that lists drafts reloads
// through this helper instead of each keeping its own copy of the "did it change?" bookkeeping.
import { untrack } from 'svelte';
import { app } from './app.svelte';

export interface ReloadOptions {
  /** Also reload when the outbox changes (a send started, failed or finished). */
  outbox?: boolean;
}

/**
 * Re-runs `load` each time the main process says drafts (or, when asked, the outbox) changed, for as
 * long as the calling component lives. Call it while the component is being set up; it does not load
 * at once, the view does its first load itself.
 */
export function reloadOnChange(load: () => unknown, options: ReloadOptions = {}): void {
  let seenVersion = app.draftsVersion;
  let seenOutbox = app.outbox;
  $effect(() => {
    const version = app.draftsVersion;
    const outbox = options.outbox ? app.outbox : seenOutbox;
    if (version === seenVersion && outbox === seenOutbox) return;
    seenVersion = version;
    seenOutbox = outbox;
    // Only the change above triggers a reload, never the state the loader happens to read.
    untrack(() => void load());
  });
}
