import { UserError } from "@specpipe/core/errors";

/**
 * A CLI command, and what the commands share (option parsing, the repository, printing). Each
 * top-level command word owns one file in commands/, named for the word, exporting a list of
 * these; main.ts dispatches on the longest matching path. Commands import this file, never
 * main.ts (no import cycle: cycle.test.ts). `run` should import its core module lazily so
 * `specpipe --help` stays fast.
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

/**
 * parseArgs wrapper that turns its errors into a UserError naming the command. With
 * `allowNegative`, a boolean flag `--x` is also `--no-x` (false): for inputs whose default is true.
 */
export async function parseOptions<T extends import("node:util").ParseArgsConfig["options"]>(
  command: string,
  args: string[],
  options: T,
  allowPositionals = false,
  allowNegative = false,
) {
  const { parseArgs } = await import("node:util");
  try {
    return parseArgs({ args, options, allowPositionals, allowNegative, strict: true });
  } catch (cause) {
    throw new UserError(`${command}: ${(cause as Error).message}`, {
      hint: `run "specpipe ${command} --help" for the options`,
      code: "cli.usage",
      cause,
    });
  }
}

/**
 * Parse a command whose flags are an action's inputs (core's `…_FLAGS`, options/flags.ts) plus
 * what only a terminal has (`cliOnly`): the parsed values, the inputs as the texts the runner
 * would pass, which flag gave each, and the naming that makes an error name the typed flag.
 */
export async function parseInputFlags<K extends string, T extends NonNullable<import("node:util").ParseArgsConfig["options"]>>(
  command: string,
  args: string[],
  specs: import("@specpipe/core/options/flags").FlagSpecs<K>,
  cliOnly: T,
  allowNegative = false,
) {
  const { flagOptions, flagTexts, flagNaming } = await import("@specpipe/core/options/flags");
  const { values } = await parseOptions(command, args, { ...flagOptions(specs), ...cliOnly }, false, allowNegative);
  const { texts, flags } = flagTexts(specs, values);
  return { values, texts, flags, naming: flagNaming(command, flags) };
}

/** The repository the command runs in (its top level), or a UserError outside a work tree. */
export async function repoGit(ctx: CommandContext) {
  const { Git } = await import("@specpipe/core/git/git");
  const { UserError } = await import("@specpipe/core/errors");
  const git = new Git({ cwd: ctx.cwd, env: ctx.env });
  if (!(await git.isRepository()))
    throw new UserError(`${ctx.cwd} is not inside a git work tree`, { hint: "run specpipe inside the repository", code: "cli.not-a-repo" });
  const root = await git.topLevel();
  return { git: git.at(root), root };
}

export const specPathsOption = { "spec-paths": { type: "string", multiple: true } } as const;

/** The spec: playbook.yml's spec: when it has one, else --spec-paths, else docs/spec.md. */
export async function specSource(root: string, values: { "spec-paths"?: string[] }, playbook?: string) {
  const { resolveSpecSource } = await import("@specpipe/core/spec/paths");
  return resolveSpecSource(root, { input: splitList(values["spec-paths"]), inputName: "--spec-paths", playbook });
}
export function splitList(values: string[] | undefined): string[] | undefined {
  const items = (values ?? [])
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

export async function usageError(command: string, message: string, hint: string): Promise<never> {
  const { UserError } = await import("@specpipe/core/errors");
  throw new UserError(`${command}: ${message}`, { hint, code: "cli.usage" });
}

export async function number(command: string, name: string, text: string | undefined, min = 0): Promise<number | undefined> {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || n < min)
    return usageError(command, `--${name} must be a number ≥ ${min}, got "${text}"`, `pass --${name} N`);
  return n;
}

export function print(ctx: CommandContext, json: boolean, value: unknown, human: string): void {
  ctx.out(json ? JSON.stringify(value, null, 2) + "\n" : human.endsWith("\n") ? human : human + "\n");
}
