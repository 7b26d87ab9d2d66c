import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { runProcess, type RunResult } from "../process.js";

/**
 * The safety strategy (ADR 0031): who the agent runs as. The agent is untrusted (the spec text can
 * come from anyone who can open an issue), and a process can read `/proc/<pid>/environ` of every
 * process of its own user, so running it as the action's user would hand it the token.
 *
 * - `unprivileged-user`: a throwaway user made for the run (`useradd`, no home of its own, no
 *   shell, its own group, no sudo); the agent runs under it with `setpriv` (no supplementary groups,
 *   no new privileges, so no setuid program lifts it back up). After each phase every process of
 *   that uid is killed, which ends `setsid` children that left the agent's process group. Needs
 *   root, or passwordless sudo as on GitHub-hosted Linux runners.
 * - `unsafe`: the agent runs as this user. Chosen explicitly only: it protects nothing.
 */
export const SAFETY_STRATEGIES = ["unprivileged-user", "unsafe"] as const;
export type SafetyStrategy = (typeof SAFETY_STRATEGIES)[number];
export const DEFAULT_SAFETY_STRATEGY: SafetyStrategy = "unprivileged-user";

export function parseSafetyStrategy(raw: string | undefined): SafetyStrategy {
  const s = (raw ?? "").trim().toLowerCase();
  if (s === "") return DEFAULT_SAFETY_STRATEGY;
  if ((SAFETY_STRATEGIES as readonly string[]).includes(s)) return s as SafetyStrategy;
  throw new UserError(`unknown safety-strategy "${raw}"`, {
    hint: `use ${SAFETY_STRATEGIES.join(" or ")} (default ${DEFAULT_SAFETY_STRATEGY}; unsafe lets the agent read the token)`,
    code: "speckit.bad-safety-strategy",
  });
}

export interface AgentUser {
  name: string;
  uid: number;
  gid: number;
}

export interface Sandbox {
  readonly strategy: SafetyStrategy;
  readonly user?: AgentUser;
  /** The program and arguments that run `file args` as the agent (`file` is an absolute path). */
  wrap(file: string, args: readonly string[], envPath: string | undefined): { file: string; args: string[] };
  /** Make these trees the agent's (before it runs). */
  give(dirs: readonly string[]): Promise<void>;
  /** Take these trees back (after it ran), so our own git can read them whatever modes it set. */
  take(dirs: readonly string[]): Promise<void>;
  /** Kill every process of the agent's uid; throws when some survive. Returns how many were killed. */
  killAll(): Promise<number>;
  /** Remove trees the agent may have filled with anything (modes, links). */
  remove(dirs: readonly string[]): Promise<void>;
  /** Kill what is left and delete the user. Safe to call twice. */
  close(): Promise<void>;
}

/** Runs a program as root: directly when we are root, else through `sudo -n`. */
interface Privilege {
  root: boolean;
  run(file: string, args: readonly string[]): Promise<RunResult>;
  prefix: string[];
}

const SYSTEM_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

async function which(name: string, envPath = process.env.PATH): Promise<string | undefined> {
  for (const dir of [...(envPath ?? "").split(path.delimiter), ...SYSTEM_PATH]) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      const st = await fs.stat(p);
      if (st.isFile() && (st.mode & 0o111) !== 0) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

async function findPrivilege(): Promise<Privilege | undefined> {
  if (process.getuid?.() === 0) {
    return { root: true, prefix: [], run: (file, args) => runProcess(file, args, { timeoutMs: 60_000 }) };
  }
  const sudo = await which("sudo");
  if (!sudo) return undefined;
  const probe = await runProcess(sudo, ["-n", "true"], { timeoutMs: 15_000 }).catch(() => undefined);
  if (probe?.code !== 0) return undefined;
  return {
    root: false,
    prefix: [sudo, "-n", "--"],
    run: (file, args) => runProcess(sudo, ["-n", "--", file, ...args], { timeoutMs: 60_000 }),
  };
}

function cannotIsolate(why: string): UserError {
  return new UserError(`safety-strategy unprivileged-user cannot run the agent under a user of its own: ${why}`, {
    hint: "run on a Linux runner where the job is root or has passwordless sudo (GitHub-hosted ubuntu runners have both useradd and setpriv); or set safety-strategy: unsafe, which lets the agent read the token",
    code: "speckit.no-sandbox",
  });
}

/** Open the sandbox the strategy asks for, or fail closed. `home` is the agent's HOME. */
export async function openSandbox(strategy: SafetyStrategy, runId: string, home: string): Promise<Sandbox> {
  if (strategy === "unsafe") return UNSAFE;
  if (process.platform !== "linux") throw cannotIsolate(`this runner is ${process.platform}, not Linux`);
  const privilege = await findPrivilege();
  if (!privilege) throw cannotIsolate("this job is not root and has no passwordless sudo");
  const tools: Record<string, string | undefined> = {};
  for (const name of ["useradd", "userdel", "setpriv", "chown", "kill", "rm"]) tools[name] = await which(name);
  const lacking = Object.keys(tools).filter((k) => !tools[k]);
  if (lacking.length > 0) throw cannotIsolate(`${lacking.join(", ")} not found`);
  const shell = (await which("nologin")) ?? (await which("false")) ?? "/bin/false";
  // Named after the run, so that a leftover user is recognisable and the post step can find it.
  const name = `specpipe-${runId
    .slice(-8)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "0")}`;
  const created = await retryOnLock(() =>
    privilege.run(tools.useradd!, [
      "--system",
      "--no-create-home",
      "--home-dir",
      home,
      "--shell",
      shell,
      "--user-group",
      "--no-log-init",
      "--comment",
      `specpipe speckit-run ${runId}`,
      name,
    ]),
  );
  if (created.code !== 0) throw cannotIsolate(`useradd ${name} failed: ${created.stderr.toString("utf8").trim()}`);
  const user = await lookUpUser(name);
  if (!user) throw cannotIsolate(`useradd made ${name}, but it is not in /etc/passwd`);
  return new UserSandbox(privilege, tools as Record<string, string>, user);
}

/** The post step's way back to a run's user: kill what is left, delete the user. */
export async function closeLeftoverUser(name: string): Promise<void> {
  if (!/^specpipe-[a-z0-9]{8}$/.test(name)) return;
  const user = await lookUpUser(name);
  const privilege = await findPrivilege();
  if (!user || !privilege) return;
  const tools: Record<string, string> = {};
  for (const t of ["useradd", "userdel", "setpriv", "chown", "kill", "rm"]) tools[t] = (await which(t)) ?? t;
  await new UserSandbox(privilege, tools, user).close();
}

/** Removes folders an agent's user filled (as root, or through sudo); plain removal without either. */
export async function leftoverRemover(): Promise<(dirs: readonly string[]) => Promise<void>> {
  const privilege = await findPrivilege();
  const rm = await which("rm");
  return async (dirs) => {
    if (!privilege || privilege.root || !rm) {
      for (const d of dirs) await fs.rm(d, { recursive: true, force: true, maxRetries: 3 });
      return;
    }
    const r = await privilege.run(rm, ["-rf", "--", ...dirs]);
    if (r.code !== 0) throw new Error(`rm failed: ${r.stderr.toString("utf8").trim()}`);
  };
}

async function lookUpUser(name: string): Promise<AgentUser | undefined> {
  const passwd = await fs.readFile("/etc/passwd", "utf8").catch(() => "");
  for (const line of passwd.split("\n")) {
    const f = line.split(":");
    if (f[0] === name && f.length >= 4) return { name, uid: Number(f[2]), gid: Number(f[3]) };
  }
  return undefined;
}

/** useradd and userdel lock /etc/passwd; parallel runs on one machine take turns. */
async function retryOnLock(fn: () => Promise<RunResult>): Promise<RunResult> {
  let r = await fn();
  for (let i = 0; i < 30 && r.code !== 0 && /lock|try again/i.test(r.stderr.toString("utf8")); i++) {
    await new Promise((res) => setTimeout(res, 50 + Math.random() * 200));
    r = await fn();
  }
  return r;
}

/** The uids of a /proc/<pid>/status (real, effective, saved, fs), and whether it is a zombie. */
function parseStatus(text: string): { uids: number[]; zombie: boolean } {
  const uid = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(text);
  const state = /^State:\s+(\S)/m.exec(text);
  return { uids: uid ? uid.slice(1, 5).map(Number) : [], zombie: state?.[1] === "Z" || state?.[1] === "X" };
}

/** Every live process one of whose uids is `uid`. */
export async function processesOf(uid: number): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await fs.readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const text = await fs.readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
    const { uids, zombie } = parseStatus(text);
    if (!zombie && uids.includes(uid)) found.push(Number(entry));
  }
  return found;
}

class UserSandbox implements Sandbox {
  readonly strategy = "unprivileged-user" as const;
  private closed = false;

  constructor(
    private readonly privilege: Privilege,
    private readonly tools: Record<string, string>,
    readonly user: AgentUser,
  ) {
    // Never act on root or on ourselves, whatever /etc/passwd said.
    if (!(user.uid > 0) || user.uid === process.getuid?.() || !(user.gid > 0)) throw cannotIsolate(`${user.name} has uid ${user.uid}`);
  }

  wrap(file: string, args: readonly string[], envPath: string | undefined): { file: string; args: string[] } {
    const drop = [this.tools.setpriv, `--reuid=${this.user.uid}`, `--regid=${this.user.gid}`, "--clear-groups", "--no-new-privs", "--"];
    if (this.privilege.root) return { file: drop[0], args: [...drop.slice(1), file, ...args] };
    // sudo resets PATH to its secure_path; the agent gets the PATH it was given back through env.
    const [sudo, ...sudoArgs] = this.privilege.prefix;
    return { file: sudo, args: [...sudoArgs.slice(0, -1), "-E", "--", ...drop, "/usr/bin/env", `PATH=${envPath ?? ""}`, file, ...args] };
  }

  async give(dirs: readonly string[]): Promise<void> {
    await this.chown(dirs, `${this.user.uid}:${this.user.gid}`);
  }

  async take(dirs: readonly string[]): Promise<void> {
    // Root reads whatever modes the agent left; only a sudo user needs its files back.
    if (this.privilege.root) return;
    await this.chown(dirs, `${process.getuid?.()}:${process.getgid?.()}`);
  }

  private async chown(dirs: readonly string[], owner: string): Promise<void> {
    const there = [];
    for (const d of dirs)
      if (
        await fs.lstat(d).then(
          () => true,
          () => false,
        )
      )
        there.push(d);
    if (there.length === 0) return;
    // -R without -L never follows a symlink the agent left; -h changes the link, not its target.
    const r = await this.privilege.run(this.tools.chown, ["-R", "-h", owner, "--", ...there]);
    if (r.code !== 0) throw new Error(`chown ${owner} failed: ${r.stderr.toString("utf8").trim()}`);
  }

  async killAll(): Promise<number> {
    let killed = 0;
    for (let round = 0; round < 50; round++) {
      const pids = await processesOf(this.user.uid);
      if (pids.length === 0) return killed;
      killed += pids.length;
      if (this.privilege.root) {
        for (const pid of pids) {
          try {
            process.kill(pid, "SIGKILL");
          } catch {
            // gone already
          }
        }
      } else await this.privilege.run(this.tools.kill, ["-s", "KILL", "--", ...pids.map(String)]);
      await new Promise((r) => setTimeout(r, 10 + round * 5));
    }
    const left = await processesOf(this.user.uid);
    if (left.length === 0) return killed;
    // Fail closed: the run does not go on to the push while any of the agent's processes lives.
    throw new Error(`processes of ${this.user.name} survived SIGKILL: ${left.join(", ")}`);
  }

  async remove(dirs: readonly string[]): Promise<void> {
    if (this.privilege.root) {
      for (const d of dirs) await fs.rm(d, { recursive: true, force: true, maxRetries: 3 });
      return;
    }
    const r = await this.privilege.run(this.tools.rm, ["-rf", "--", ...dirs]);
    if (r.code !== 0) throw new Error(`rm failed: ${r.stderr.toString("utf8").trim()}`);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.killAll();
    const r = await retryOnLock(() => this.privilege.run(this.tools.userdel, [this.user.name]));
    // 6: the user does not exist (a second close, or the post step after main).
    if (r.code !== 0 && r.code !== 6) throw new Error(`userdel ${this.user.name} failed: ${r.stderr.toString("utf8").trim()}`);
    this.closed = true;
  }
}

const UNSAFE: Sandbox = {
  strategy: "unsafe",
  wrap: (file, args) => ({ file, args: [...args] }),
  give: async () => {},
  take: async () => {},
  killAll: async () => 0,
  remove: async (dirs) => {
    for (const d of dirs) await fs.rm(d, { recursive: true, force: true, maxRetries: 3 });
  },
  close: async () => {},
};
