import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, promises as fs, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { createRepo, TEST_ENV, tempDir, type TestRepo } from "./repo.js";
import { REPO_ROOT } from "./run-action.js";

/**
 * speckit-run test fixtures: a repository initialised for Spec Kit pushed to a bare remote that is
 * also reachable as `<serverRoot>/acme/widgets.git`, so an action run with
 * `GITHUB_SERVER_URL=<serverRoot>` and `GITHUB_REPOSITORY=acme/widgets` clones it; and a bin folder
 * where a test agent answers to every agent's name.
 *
 * The repository is either the example repository (`test/fixtures/speckit/example-repo`, a Spec
 * Kit 0.0.x layout built from the snapshot README's description), or, with `tree`, the example
 * repository's own files plus a Spec Kit 1.x tree as `specify init` wrote it (a snapshot, see
 * `speckitSnapshot`). Modes are kept: Spec Kit's scripts are executable, as in a real checkout.
 *
 * Everything the agent needs is reachable by other users (the fixture's folder is 0755, the
 * agent's dump folder 0777), since by default the agent runs as a user of its own.
 */
export const FIXTURE_DIR = path.join(REPO_ROOT, "test/fixtures/speckit");
export const EXAMPLE_REPO = path.join(FIXTURE_DIR, "example-repo");
export const SCRIPTED_AGENT = path.join(FIXTURE_DIR, "scripted-agent.mjs");
export const SPECKIT_AGENT = path.join(FIXTURE_DIR, "speckit-agent.mjs");
export const HOSTILE_AGENT = path.join(FIXTURE_DIR, "hostile-agent.mjs");
export const FAKE_SPECIFY = path.join(FIXTURE_DIR, "fake-specify.mjs");
export const EXAMPLE_AGENT = path.join(REPO_ROOT, "examples/agent/example-agent.mjs");
export const AGENT_NAMES = ["codex", "claude", "gemini", "copilot"] as const;
const SPECKIT_DIRS = [".specify", ".claude", ".codex", ".agents", ".gemini", ".github", ".vscode"];

export interface SpeckitFixture {
  repo: TestRepo;
  /** The folder holding `acme/widgets.git`. */
  serverRoot: string;
  /** GITHUB_SERVER_URL for the action (`file://`, so clones are real fetches: shallow, packed). */
  serverUrl: string;
  /** `${serverUrl}/acme/widgets.git` */
  remoteUrl: string;
  /** Holds codex, claude, gemini, copilot: links to the test agent (and `specify`, with `installer`). */
  bin: string;
  /** PATH with `bin` first. */
  path: string;
  /** SCRIPTED_AGENT_DIR: dumps, pid files, counters, the conformance agent's log; writable by any user. */
  agentDir: string;
  /** A scratch folder for workspaces and artifacts (RUNNER_TEMP). */
  scratch: string;
  cleanup: () => Promise<void>;
}

export interface SpeckitFixtureOptions {
  files?: Record<string, string>;
  /** No Spec Kit at all (no .specify/, no agent command folders). */
  withoutSpecify?: boolean;
  /** A Spec Kit tree to lay over the example repository's own files (instead of its 0.0.x layout). */
  tree?: string;
  /** Which test agent answers to the agents' names (default: the scripted agent). */
  agent?: "scripted" | "speckit" | "hostile";
  /**
   * Put a fake `specify` on PATH that lays down this Spec Kit snapshot root (…/<version>/<integration>),
   * or (`via`) a fake `uvx` or `pipx` that runs it only when asked for `specify-cli==<version>` the way
   * uv and pipx take it.
   */
  installer?: { snapshots: string; version: string; via?: "specify" | "uvx" | "pipx" };
}

async function copyTree(from: string, to: string, skip: (rel: string) => boolean = () => false): Promise<void> {
  await fs.cp(from, to, {
    recursive: true,
    filter: (src) => !skip(path.relative(from, src).split(path.sep).join("/")),
  });
  // Snapshot trees are read-only on disk; a checkout's files are the owner's to write.
  execFileSync("chmod", ["-R", "u+w", to]);
}

export async function createSpeckitFixture(options: SpeckitFixtureOptions = {}): Promise<SpeckitFixture> {
  const repo = await createRepo({ noCommit: true });
  const isSpeckit = (rel: string) => SPECKIT_DIRS.some((d) => rel === d || rel.startsWith(`${d}/`));
  await copyTree(EXAMPLE_REPO, repo.dir, (rel) => (options.tree !== undefined || options.withoutSpecify === true) && isSpeckit(rel));
  if (options.tree) await copyTree(options.tree, repo.dir);
  for (const [f, c] of Object.entries(options.files ?? {})) await repo.write(f, c);
  await repo.commit("chore: initial commit");
  await repo.push();
  await repo.git.run(["branch", "--quiet", "--set-upstream-to", "origin/main"]).catch(async () => {
    await repo.git.fetch("origin");
    await repo.git.run(["branch", "--quiet", "--set-upstream-to", "origin/main"]);
  });
  await fs.chmod(repo.root, 0o755);
  const serverRoot = path.join(repo.root, "srv");
  await fs.mkdir(path.join(serverRoot, "acme"), { recursive: true });
  await fs.symlink(repo.remote, path.join(serverRoot, "acme", "widgets.git"));
  const bin = path.join(repo.root, "bin");
  await fs.mkdir(bin);
  const agentScript = { scripted: SCRIPTED_AGENT, speckit: SPECKIT_AGENT, hostile: HOSTILE_AGENT }[options.agent ?? "scripted"];
  for (const name of AGENT_NAMES) await fs.symlink(agentScript, path.join(bin, name));
  const agentDir = path.join(repo.root, "agent");
  await fs.mkdir(agentDir);
  await fs.chmod(agentDir, 0o777);
  if (options.installer) {
    const { snapshots, version, via = "specify" } = options.installer;
    const specify = `'${process.execPath}' '${FAKE_SPECIFY}' --snapshots '${snapshots}' --version-dir '${version}' --log '${path.join(agentDir, "specify.log")}'`;
    const expected = { specify: "", uvx: `--from specify-cli==${version} specify`, pipx: `run --spec specify-cli==${version} specify` }[
      via
    ];
    const words = expected.split(" ").filter(Boolean).length;
    const check = words
      ? `printf '%s\\n' "$*" >> '${path.join(agentDir, `${via}.log`)}'\n[ "$(echo "$@" | cut -d' ' -f1-${words})" = '${expected}' ] || { echo "${via}: unexpected arguments: $*" >&2; exit 2; }\nshift ${words}\n`
      : "";
    await fs.writeFile(path.join(bin, via), `#!/bin/sh\n${check}exec ${specify} "$@"\n`, { mode: 0o755 });
  }
  const scratch = tempDir("specpipe-speckit-");
  await fs.chmod(scratch, 0o755);
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

/** Spec Kit 1.0.1's trees, one per integration (`../shared/speckit/README.md`), and the agent each is for. */
export const SNAPSHOT_TREES = [
  { tree: "codex", agent: "codex", command: "$speckit-specify" },
  { tree: "claude", agent: "claude", command: "/speckit-specify" },
  { tree: "gemini", agent: "gemini", command: "/speckit.specify" },
  { tree: "copilot", agent: "copilot", command: "/speckit-specify" },
  { tree: "copilot-commands", agent: "copilot", command: "/speckit.specify" },
] as const;
export const SNAPSHOT_VERSION = "1.0.1";

let snapshots: { root?: string; reason?: string } | undefined;

/**
 * Where Spec Kit's own `specify init` output is: `SPECKIT_SNAPSHOTS` (`bash .ci/run` points it at
 * ../shared/speckit), else trees generated now by a real `specify` on PATH, else nothing, with the
 * reason (tests then skip with it in their name).
 */
export function speckitSnapshots(): { root?: string; reason?: string } {
  if (snapshots) return snapshots;
  const env = process.env.SPECKIT_SNAPSHOTS;
  if (env) {
    if (!existsSync(path.join(env, SNAPSHOT_VERSION, "claude", ".specify"))) {
      throw new Error(`SPECKIT_SNAPSHOTS=${env} holds no ${SNAPSHOT_VERSION}/claude/.specify: point it at ../shared/speckit`);
    }
    return (snapshots = { root: env });
  }
  let specify: string | undefined;
  try {
    specify = execFileSync("sh", ["-c", "command -v specify"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    specify = undefined;
  }
  if (!specify) {
    return (snapshots = {
      reason: "skipped: SPECKIT_SNAPSHOTS is not set and no specify is on PATH (bash .ci/run sets SPECKIT_SNAPSHOTS to ../shared/speckit)",
    });
  }
  const root = mkdtempSync(path.join(tmpdir(), "specpipe-speckit-snapshots-"));
  for (const { tree } of SNAPSHOT_TREES) {
    const dir = path.join(root, SNAPSHOT_VERSION, tree);
    mkdirSync(dir, { recursive: true });
    const integration = tree === "copilot-commands" ? "copilot" : tree;
    const extra = tree === "copilot-commands" ? ["--integration-options=--commands"] : [];
    execFileSync(specify, ["init", "--here", "--integration", integration, "--script", "sh", "--ignore-agent-tools", ...extra], {
      cwd: dir,
      env: { ...process.env, HOME: dir },
      stdio: "ignore",
    });
  }
  return (snapshots = { root });
}

/** The tree of one integration, or undefined (see speckitSnapshots). */
export function snapshotTree(tree: string): string | undefined {
  const { root } = speckitSnapshots();
  return root ? path.join(root, SNAPSHOT_VERSION, tree) : undefined;
}

/** What the scripted agent wrote about one of its runs (test/fixtures/speckit/scripted-agent.mjs). */
export interface AgentDump {
  file: string;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  uid: number;
  gitConfig: string;
  stdinIsClosed: boolean;
}

/** Every `<phase>-<n>.json` dump the scripted agent wrote. */
export async function agentDumps(agentDir: string): Promise<AgentDump[]> {
  const names = (await fs.readdir(agentDir).catch(() => [] as string[])).filter((f) => /^[a-z]+-\d+\.json$/.test(f)).sort();
  return Promise.all(
    names.map(async (f) => ({ ...(JSON.parse(await fs.readFile(path.join(agentDir, f), "utf8")) as Omit<AgentDump, "file">), file: f })),
  );
}

/** One line per call of the conformance agent (SPECKIT_AGENT_LOG). */
export interface SpeckitAgentCall {
  identity: string;
  command: string;
  file: string;
  scripts: string[];
  env: Record<string, string>;
  wrote: string[];
  error?: string;
}

export async function speckitAgentCalls(logFile: string): Promise<SpeckitAgentCall[]> {
  const text = await fs.readFile(logFile, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SpeckitAgentCall);
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

/** Every file of a remote branch, with its git mode. */
export async function remoteTree(repo: TestRepo, ref: string): Promise<{ mode: string; path: string }[]> {
  const out = await repo.git.run(["--git-dir", repo.remote, "ls-tree", "-r", "--full-tree", ref]);
  return out
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [meta, file] = l.split("\t");
      return { mode: meta.split(" ")[0], path: file };
    });
}

/** The number of commits a remote branch has on top of main. */
export async function commitsAhead(repo: TestRepo, ref: string): Promise<number> {
  return Number((await repo.git.run(["--git-dir", repo.remote, "rev-list", "--count", `main..${ref}`])).trim());
}

export { TEST_ENV };
