// The one failure type that every service throws for what it can foresee: bad input, a conflict, a draft
// that is locked or not ready, a full or broken disk. It carries a stable code, the message key the dealer
// reads (in the domain catalogue), its parameters and, for input, the fields at fault. Only the IPC
// layer (src-main/ipc/errors.ts) turns it into what the renderer receives; anything else thrown is
// unexpected and reaches the dealer as `internal`.
import type { Issue } from './issue';
import type { MessageKey } from './messages';

export type FailureParams = Record<string, string | number>;

export interface FailureOptions {
  /** The fields at fault, for invalid input or a draft that is not ready. */
  issues?: Issue[];
  /** The message key when it is not `error.<code>` (e.g. an account refusal). */
  key?: MessageKey;
  cause?: unknown;
}

export class Failure<Code extends string = string> extends Error {
  override readonly name: string = 'Failure';
  readonly code: Code;
  readonly params: FailureParams;
  readonly issues: Issue[] | undefined;
  readonly #key: MessageKey | undefined;

  constructor(code: Code, params: FailureParams = {}, options: FailureOptions = {}) {
    super(`${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`, {
      cause: options.cause,
    });
    this.code = code;
    this.params = params;
    this.issues = options.issues;
    this.#key = options.key;
  }

  /** The message key in the domain catalogue, e.g. `error.notFound`. */
  get key(): string {
    return this.#key ?? `error.${this.code}`;
  }
}

export function isFailure(error: unknown): error is Failure {
  return error instanceof Failure;
}

/** What a log line may say of an error: a Failure's code, else the error's name; never its message. */
export function errorKind(error: unknown): string {
  if (error instanceof Failure) return error.code;
  return error instanceof Error ? error.name : typeof error;
}
