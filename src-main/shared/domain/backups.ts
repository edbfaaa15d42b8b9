// Backups of the dealer's database as the app shows them: when, how big, why. One definition for the main
// process (which names the files: src-main/store/backups) and the renderer (Settings lists them).
// A backup's id is its file name in the backups folder; nothing else is ever accepted as one, so an id can
// never point outside that folder.

export const backupReasons = ['daily', 'migration', 'manual'] as const;
/** daily: the automatic copy of the day; migration: made before Portage updated the data's format; manual: "Back up now". */
export type BackupReason = (typeof backupReasons)[number];

/** `portage-20250131T142501123Z-daily.sqlite`: the UTC time it was made (to the millisecond) and why. */
export const backupIdPattern = /^portage-(\d{8}T\d{9}Z)-(daily|migration|manual)\.sqlite$/;

export interface BackupInfo {
  id: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  bytes: number;
  reason: BackupReason;
}

export interface BackupList {
  /** Newest first. */
  backups: BackupInfo[];
  /** What a restore would replace: the requests there are now (the trash left out). */
  current: { requests: number };
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The folder, inside the data folder, where the data that was replaced now waits (never deleted). */
  setAside: string;
}
