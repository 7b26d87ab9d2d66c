import * as core from "./runner.js";
import { isUserError } from "@specpipe/core/errors";
import { gitUserError } from "@specpipe/core/git/git";

/**
 * The frame every action's main runs in. A UserError (bad input, a rule broken) becomes one
 * clear failure plus an annotation at file:line; anything else is our bug and is reported with
 * its stack so that it can be filed.
 */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    reportError(error);
  }
}

export function reportError(error: unknown): void {
  error = gitUserError(error) ?? error;
  if (isUserError(error)) {
    const e = error;
    if (e.file) {
      // One annotation, placed at file:line. core.setFailed would add a second, unplaced one.
      core.error(e.format(), {
        title: "specpipe",
        file: e.file,
        startLine: e.line,
        startColumn: e.line !== undefined ? e.column : undefined,
      });
      process.exitCode = 1;
    } else {
      core.setFailed(e.format());
    }
    return;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  core.setFailed(`specpipe internal error: ${err.message}\n${err.stack ?? ""}\nThis is a bug in specpipe; please report it with this log.`);
}
