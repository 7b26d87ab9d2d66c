import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { CommandProcessor } from "./commands.js";

/**
 * Starts one process of a step, as the runner does: an argument array, the step's environment and
 * working directory; every line it prints (stdout and stderr) goes through the step's command
 * processor, so `::error::`, `::add-mask::` and the rest take effect. Killed after `timeoutMs`.
 */
export interface StepProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

export async function runStepProcess(
  file: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; commands: CommandProcessor; timeoutMs?: number; input?: string },
): Promise<StepProcessResult> {
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    detached: true,
  });
  if (options.input !== undefined) {
    child.stdin!.on("error", () => {});
    child.stdin!.end(options.input);
  }
  const lines = (stream: NodeJS.ReadableStream) =>
    new Promise<void>((resolve) => {
      const rl = createInterface({ input: stream, crlfDelay: Infinity });
      rl.on("line", (line) => options.commands.line(line));
      rl.on("close", () => resolve());
    });
  let timedOut = false;
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid!, "SIGKILL");
          } catch {
            // already gone
          }
        }, options.timeoutMs);
  const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve([code, signal]));
  });
  const [, , [code, signal]] = await Promise.all([lines(child.stdout!), lines(child.stderr!), closed]);
  if (timer) clearTimeout(timer);
  return { code, signal, timedOut };
}
