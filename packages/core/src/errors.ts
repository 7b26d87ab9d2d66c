/**
 * The one kind of error a user can fix. Everything else that is thrown is a bug.
 *
 * Adapters tell the two apart: a UserError becomes `core.setFailed` plus an annotation at
 * file:line (actions) or a one-line message and exit code 1 (CLI); any other error is reported
 * with its stack, because a person has to fix our code, not their input.
 */
export interface UserErrorOptions {
  /** Path of the file at fault, relative to the repository root when possible. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** 1-based column in `file`. */
  column?: number;
  /** How to fix it, in one sentence. Required: an error without a remedy is half an error. */
  hint: string;
  /** Stable machine-readable code, e.g. "coverage.duplicate-table". */
  code?: string;
  cause?: unknown;
}

export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint: string;
  readonly code?: string;

  constructor(message: string, options: UserErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "UserError";
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
    this.code = options.code;
  }

  /** `file:line:column: message. Fix: hint` — the one line the CLI prints. */
  format(): string {
    let where = "";
    if (this.file) {
      where = this.file;
      if (this.line !== undefined) where += `:${this.line}`;
      if (this.line !== undefined && this.column !== undefined) where += `:${this.column}`;
      where += ": ";
    }
    return `${where}${this.message}. Fix: ${this.hint}`;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError || (error instanceof Error && error.name === "UserError" && "hint" in error);
}
