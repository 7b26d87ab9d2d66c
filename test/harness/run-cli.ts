import { spawn } from "node:child_process";
import * as path from "node:path";
import { REPO_ROOT } from "./run-action.js";
import { TEST_ENV } from "./repo.js";

/**
 * Runs the bundled CLI, `dist/cli/index.js`, as a child process in a workflow's `run:` step
 * would: the runner's variables in its environment, no GITHUB_OUTPUT (the CLI prints). With
 * `runAction` this is half of a parity test: the same inputs to an action and to its command.
 */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...TEST_ENV, ...options.env };
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "dist/cli/index.js"), ...args], {
    cwd: options.cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => out.push(c));
  child.stderr.on("data", (c: Buffer) => err.push(c));
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  clearTimeout(timer);
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

/** The flags of a command for an action's inputs: `{ "min-tasks": 3 }` → `["--min-tasks", "3"]`; booleans as bare flags. */
export function inputsAsFlags(inputs: Record<string, string | number | boolean | undefined>): string[] {
  const args: string[] = [];
  for (const [name, value] of Object.entries(inputs)) {
    if (value === undefined || value === false) continue;
    if (value === true) args.push(`--${name}`);
    else for (const line of String(value).split("\n")) args.push(`--${name}=${line}`);
  }
  return args;
}
