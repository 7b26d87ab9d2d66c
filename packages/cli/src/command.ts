/**
 * A CLI command. Each area of the suite (coverage, spec, playbook, metrics, speckit) owns one
 * file in commands/ exporting a list of these; main.ts dispatches on the longest matching path.
 * `run` should import its core module lazily so `specpipe --help` stays fast.
 */
export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  /** Words after `specpipe`, e.g. ["commits", "check"]. */
  path: string[];
  summary: string;
  /** Full usage text shown by `specpipe <path> --help`. */
  usage: string;
  /** Returns the exit code. Throw a UserError for a user's mistake. */
  run(args: string[], ctx: CommandContext): Promise<number>;
}
