// The services' log: each line handed on with the passwords of the account and of the practice carrier
// removed, in every encoding (carrier/redact.ts), whichever service wrote it. Read at each line, so an
// account set or changed later counts at once.
import { redactSecrets } from '../carrier/redact';
import type { LogLine } from '../shared/domain/log-line';

type Login = { username: string; password: string } | null | undefined;

export function withoutSecrets(sink: LogLine | undefined, logins: () => readonly Login[]): LogLine {
  return (line, level) => {
    let clean = line;
    try {
      const known = logins().filter((login): login is NonNullable<Login> => Boolean(login));
      for (const { username, password } of known) clean = redactSecrets(clean, [password], { username });
    } catch {
      // Asked before the services exist, or while they close: the line as written (ids and kinds).
    }
    sink?.(clean, level);
  };
}
