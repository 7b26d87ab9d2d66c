import { isUserError } from "@specpipe/core/errors";
import type { Command, CommandContext } from "./command.js";
import { allCommands } from "./commands/index.js";

export const VERSION = "0.1.0";

function helpText(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.path.join(" ").length));
  return [
    "specpipe: a spec-driven, self-updating development pipeline",
    "",
    "Usage: specpipe <command> [options]   (specpipe <command> --help for its options)",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.path.join(" ").padEnd(width)}  ${c.summary}`),
    "",
  ].join("\n");
}

/** Finds the command with the longest path that prefixes argv. */
export function resolveCommand(
  argv: readonly string[],
  commands: readonly Command[] = allCommands,
): { command: Command; rest: string[] } | undefined {
  let best: Command | undefined;
  for (const c of commands) {
    if (c.path.every((w, i) => argv[i] === w) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best ? { command: best, rest: argv.slice(best.path.length) } : undefined;
}

export async function main(argv: string[], ctx: CommandContext): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    ctx.out(helpText(allCommands));
    return argv.length === 0 ? 1 : 0;
  }
  if (argv[0] === "--version" || argv[0] === "-V") {
    ctx.out(`${VERSION}\n`);
    return 0;
  }
  const found = resolveCommand(argv);
  if (!found) {
    // A command word with subcommands (`specpipe metrics`, `specpipe hooks --help`): its list.
    const group = allCommands.filter((c) => c.path.length > 1 && c.path[0] === argv[0]);
    const rest = argv.slice(1);
    if (group.length && (rest.length === 0 || rest[0] === "--help" || rest[0] === "-h" || rest[0] === "help")) {
      ctx.out(helpText(group).replace("Usage: specpipe <command>", `Usage: specpipe ${argv[0]} <command>`));
      return rest.length === 0 ? 1 : 0;
    }
    const hint = group.length ? `specpipe ${argv[0]} --help` : "specpipe --help";
    ctx.err(`specpipe: unknown command "${argv.join(" ")}". Fix: run "${hint}" for the list of commands\n`);
    return 1;
  }
  if (found.rest.includes("--help") || found.rest.includes("-h")) {
    ctx.out(found.command.usage.endsWith("\n") ? found.command.usage : found.command.usage + "\n");
    return 0;
  }
  try {
    return await found.command.run(found.rest, ctx);
  } catch (caught) {
    const { gitUserError } = await import("@specpipe/core/git/git");
    const error = gitUserError(caught) ?? caught;
    if (isUserError(error)) {
      ctx.err(`specpipe: ${error.format()}\n`);
      return 1;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    ctx.err(`specpipe: internal error: ${e.message}\n${e.stack ?? ""}\nThis is a bug in specpipe; please report it.\n`);
    return 2;
  }
}
