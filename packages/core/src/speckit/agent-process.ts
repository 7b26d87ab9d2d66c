import { spawn } from "node:child_process";
import { createWriteStream, promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * One agent phase as a real child process: argument array, no shell, stdin closed, its own
 * process group (spawned detached) so that a timeout or a cancellation kills the agent *and*
 * everything it started (`kill(-pgid)`), SIGTERM first, SIGKILL after a grace period.
 * stdout and stderr stream to files as they come, so a hung or killed agent's output is kept.
 */
export interface AgentProcessOptions {
  file: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutFile: string;
  stderrFile: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Between SIGTERM and SIGKILL to the group. */
  graceMs?: number;
  /** stdout kept in memory for usage parsing (the file has all of it). */
  keepStdoutBytes?: number;
}

export interface AgentProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Set when the process could not be started (ENOENT: the executable is missing). */
  spawnError?: NodeJS.ErrnoException;
  stdout: string;
  durationMs: number;
  pid?: number;
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export async function runAgentProcess(options: AgentProcessOptions): Promise<AgentProcessResult> {
  await fs.mkdir(path.dirname(options.stdoutFile), { recursive: true });
  const out = createWriteStream(options.stdoutFile);
  const err = createWriteStream(options.stderrFile);
  const keep = options.keepStdoutBytes ?? 16 * 1024 * 1024;
  const grace = options.graceMs ?? 5000;
  const started = performance.now();
  const kept: Buffer[] = [];
  let keptBytes = 0;

  const result = await new Promise<AgentProcessResult>((resolve) => {
    let timedOut = false;
    let cancelled = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const child = spawn(options.file, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      shell: false,
      detached: true,
      windowsHide: true,
    });
    const stop = () => {
      killGroup(child.pid, "SIGTERM");
      killTimer = setTimeout(() => killGroup(child.pid, "SIGKILL"), grace);
      killTimer.unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });
    const finish = (r: Omit<AgentProcessResult, "stdout" | "durationMs" | "timedOut" | "cancelled" | "pid">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      // The agent is done; anything it left running in its group goes with it.
      killGroup(child.pid, "SIGKILL");
      if (killTimer) clearTimeout(killTimer);
      resolve({ ...r, timedOut, cancelled, stdout: "", durationMs: 0, pid: child.pid });
    };
    child.stdout.on("data", (c: Buffer) => {
      out.write(c);
      if (keptBytes < keep) {
        kept.push(c);
        keptBytes += c.length;
      }
    });
    child.stderr.on("data", (c: Buffer) => err.write(c));
    child.on("error", (e: NodeJS.ErrnoException) => finish({ exitCode: null, signal: null, spawnError: e }));
    // When the agent exits, whatever it left running in its group would hold the pipes open:
    // the phase is over, so the group goes too, and "close" follows.
    child.on("exit", () => killGroup(child.pid, "SIGKILL"));
    child.on("close", (code, sig) => finish({ exitCode: code, signal: sig }));
  });
  await Promise.all([new Promise((r) => out.end(r)), new Promise((r) => err.end(r))]);
  result.durationMs = Math.round(performance.now() - started);
  result.stdout = Buffer.concat(kept).toString("utf8");
  return result;
}

/** The executable's full path when it can be found on PATH (or is a path that exists). */
export async function findExecutable(file: string, envPath: string | undefined, cwd: string): Promise<string | undefined> {
  const isExec = async (p: string) => {
    try {
      const st = await fs.stat(p);
      if (!st.isFile()) return false;
      await fs.access(p, 1 /* X_OK */);
      return true;
    } catch {
      return false;
    }
  };
  if (file.includes("/")) {
    const p = path.resolve(cwd, file);
    return (await isExec(p)) ? p : undefined;
  }
  for (const dir of (envPath ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, file);
    if (await isExec(p)) return p;
  }
  return undefined;
}
