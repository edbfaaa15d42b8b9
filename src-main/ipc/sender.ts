// Which frames may call the main process: only the app's own pages, loaded from its own origin.
// Compared by scheme and host rather than `URL.origin`, because the WHATWG origin of a custom scheme
// such as `app://portage` is the opaque "null" in Node.

/** The part of an Electron IpcMainInvokeEvent the check reads. */
export interface SenderEvent {
  senderFrame?: { url: string } | null;
}

export function isSameOrigin(url: string, appOrigin: string): boolean {
  try {
    const actual = new URL(url);
    const expected = new URL(appOrigin);
    return (
      actual.protocol === expected.protocol &&
      actual.host === expected.host &&
      actual.username === '' &&
      actual.password === '' &&
      actual.host !== ''
    );
  } catch {
    return false;
  }
}

/** A sender check for `registerHandlers`: a missing or destroyed frame is refused. */
export function trustedSenderCheck(appOrigin: string): (event: SenderEvent) => boolean {
  return (event) => {
    let url: string | undefined;
    try {
      // A destroyed frame throws on access in Electron; that is a refusal, not a crash.
      url = event.senderFrame?.url;
    } catch {
      return false;
    }
    return typeof url === 'string' && isSameOrigin(url, appOrigin);
  };
}
