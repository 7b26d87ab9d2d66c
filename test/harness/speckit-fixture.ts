import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import { createRepo, tempDir, type TestRepo } from "./repo.js";
import { REPO_ROOT } from "./run-action.js";

/**
 * speckit-run test fixtures: the example repository (initialised for Spec Kit) pushed to a bare
 * remote that is also reachable as `<serverRoot>/acme/widgets.git`, so an action run with
 * `GITHUB_SERVER_URL=<serverRoot>` and `GITHUB_REPOSITORY=acme/widgets` clones it; and a bin
 * folder where the scripted agent answers to every agent's name.
 */
export const FIXTURE_DIR = path.join(REPO_ROOT, "test/fixtures/speckit");
export const SCRIPTED_AGENT = path.join(FIXTURE_DIR, "scripted-agent.mjs");
export const EXAMPLE_AGENT = path.join(REPO_ROOT, "examples/agent/example-agent.mjs");
export const AGENT_NAMES = ["codex", "claude", "gemini", "copilot"] as const;

export interface SpeckitFixture {
  repo: TestRepo;
  /** The folder holding `acme/widgets.git`. */
  serverRoot: string;
  /** GITHUB_SERVER_URL for the action (`file://`, so clones are real fetches: shallow, packed). */
  serverUrl: string;
  /** `${serverUrl}/acme/widgets.git` */
  remoteUrl: string;
  /** Holds codex, claude, gemini, copilot: links to the scripted agent. */
  bin: string;
  /** PATH with `bin` first. */
  path: string;
  /** SCRIPTED_AGENT_DIR: dumps, pid files, counters. */
  agentDir: string;
  /** A scratch folder for workspaces and artifacts. */
  scratch: string;
  cleanup: () => Promise<void>;
}

async function readTree(dir: string, base = dir, out: Record<string, string> = {}): Promise<Record<string, string>> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await readTree(p, base, out);
    else out[path.relative(base, p).split(path.sep).join("/")] = await fs.readFile(p, "utf8");
  }
  return out;
}

export async function exampleRepoFiles(): Promise<Record<string, string>> {
  return readTree(path.join(FIXTURE_DIR, "example-repo"));
}

export async function createSpeckitFixture(
  options: { files?: Record<string, string>; withoutSpecify?: boolean } = {},
): Promise<SpeckitFixture> {
  let files = { ...(await exampleRepoFiles()), ...options.files };
  if (options.withoutSpecify) files = Object.fromEntries(Object.entries(files).filter(([f]) => !f.startsWith(".specify/")));
  const repo = await createRepo({ files });
  const serverRoot = path.join(repo.root, "srv");
  await fs.mkdir(path.join(serverRoot, "acme"), { recursive: true });
  await fs.symlink(repo.remote, path.join(serverRoot, "acme", "widgets.git"));
  const bin = path.join(repo.root, "bin");
  await fs.mkdir(bin);
  for (const name of AGENT_NAMES) await fs.symlink(SCRIPTED_AGENT, path.join(bin, name));
  const agentDir = path.join(repo.root, "agent");
  const scratch = tempDir("specpipe-speckit-");
  return {
    repo,
    serverRoot,
    serverUrl: `file://${serverRoot}`,
    remoteUrl: `file://${path.join(serverRoot, "acme", "widgets.git")}`,
    bin,
    path: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
    agentDir,
    scratch,
    async cleanup() {
      await repo.cleanup();
      await fs.rm(scratch, { recursive: true, force: true });
    },
  };
}

/** Every `<phase>-<n>.json` dump the scripted agent wrote. */
/** What the test agent wrote about one of its runs (test/fixtures/speckit/scripted-agent.mjs). */
export interface AgentDump {
  file: string;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  gitConfig: string;
  stdinIsClosed: boolean;
}

export async function agentDumps(agentDir: string): Promise<AgentDump[]> {
  const names = (await fs.readdir(agentDir).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".json") && f !== "hang-pids.json")
    .sort();
  return Promise.all(
    names.map(async (f) => ({ ...(JSON.parse(await fs.readFile(path.join(agentDir, f), "utf8")) as Omit<AgentDump, "file">), file: f })),
  );
}

/** true while a process with this pid exists and is not a zombie (killed, not yet reaped). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return true;
  }
}

/** Wait (up to `ms`) for a process to be gone; returns whether it still runs. */
export async function stillAliveAfter(pid: number, ms = 3000): Promise<boolean> {
  for (let waited = 0; waited < ms && alive(pid); waited += 50) await new Promise((r) => setTimeout(r, 50));
  return alive(pid);
}

export async function readRemoteFile(repo: TestRepo, ref: string, file: string): Promise<string | undefined> {
  const r = await repo.git.raw(["--git-dir", repo.remote, "show", `${ref}:${file}`]);
  return r.code === 0 ? r.stdout.toString("utf8") : undefined;
}

export async function remoteBranches(repo: TestRepo): Promise<string[]> {
  const out = await repo.git.run(["--git-dir", repo.remote, "for-each-ref", "--format=%(refname:short)", "refs/heads"]);
  return out.split("\n").filter(Boolean);
}
