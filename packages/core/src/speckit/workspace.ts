import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

/**
 * FR-002: every run gets its own id and workspace. What is ours and what is the agent's are kept
 * apart (ADR 0031):
 * - `git/`: our git dir (the clone's objects, refs, index, config). The agent never has it: its
 *   work tree holds a `.git` of its own, a copy, and our git commands name this one explicitly.
 * - `artifacts/`: logs and the run record, written by us from the agent's pipes; kept at the end.
 * - `repo/` (the work tree the agent writes), `home/` (its HOME, so its caches and credentials
 *   files stay in the run) and `tmp/` (its TMPDIR): the agent's, owned by its user when it has one.
 * The workspace folder is 0711 when the agent has a user of its own: it can reach its three
 * folders, but cannot list the workspace or enter `git/` and `artifacts/` (both 0700).
 */
export interface Workspace {
  runId: string;
  dir: string;
  /** Our git dir. */
  git: string;
  repo: string;
  home: string;
  tmp: string;
  artifacts: string;
  /** Where repo/, home/ and tmp/ are, when not in `dir` (see createWorkspace). */
  agentRoot?: string;
}

/** `sr-20260101T120000Z-1a2b3c4d`: sortable by time, unique by its random part. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `sr-${stamp}-${randomBytes(4).toString("hex")}`;
}

/**
 * `shared`: another user (the agent's) must reach repo/, home/ and tmp/. When some folder above the
 * workspace is closed to other users (a 0700 RUNNER_TEMP), those three go to a folder of their own
 * in the system temp folder instead; git/ and artifacts/ stay where they are.
 */
export async function createWorkspace(root: string, runId: string, artifactsDir?: string, shared = false): Promise<Workspace> {
  const dir = path.join(path.resolve(root), `speckit-${runId}`);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.chmod(dir, shared ? 0o711 : 0o700);
  let agentRoot: string | undefined;
  if (shared && !(await reachableByOthers(path.dirname(dir)))) {
    agentRoot = await fs.mkdtemp(path.join(tmpdir(), `specpipe-agent-${runId.slice(-8)}-`));
    await fs.chmod(agentRoot, 0o711);
  }
  const base = agentRoot ?? dir;
  const ws: Workspace = {
    runId,
    dir,
    git: path.join(dir, "git"),
    repo: path.join(base, "repo"),
    home: path.join(base, "home"),
    tmp: path.join(base, "tmp"),
    artifacts: artifactsDir ? path.resolve(artifactsDir) : path.join(dir, "artifacts"),
    ...(agentRoot ? { agentRoot } : {}),
  };
  // repo/ and git/ are made by git clone.
  await Promise.all([ws.home, ws.tmp, ws.artifacts].map((d) => fs.mkdir(d, { recursive: true, mode: 0o700 })));
  return ws;
}

/** Whether every folder from `dir` up to `/` lets other users through (o+x). */
async function reachableByOthers(dir: string): Promise<boolean> {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const st = await fs.stat(d).catch(() => undefined);
    if (!st || (st.mode & 0o001) === 0) return false;
    if (path.dirname(d) === d) return true;
  }
}

/**
 * Remove the clone, the home, the temp folder (where credentials could be) and our git dir; keep
 * the artifacts. Returns what was removed. Safe to call twice (the post step calls it again).
 * `remove` removes folders the agent may have filled with anything (root or sudo, see Sandbox).
 */
export async function removeWorkspace(
  ws: Pick<Workspace, "dir" | "repo" | "home" | "tmp" | "artifacts"> & Partial<Pick<Workspace, "git" | "agentRoot">>,
  remove: (dirs: readonly string[]) => Promise<void> = async (dirs) => {
    for (const d of dirs) await fs.rm(d, { recursive: true, force: true, maxRetries: 3 });
  },
): Promise<string[]> {
  const removed: string[] = [];
  for (const d of [ws.repo, ws.home, ws.tmp, ws.git]) {
    if (!d) continue;
    const there = await fs
      .lstat(d)
      .then(() => true)
      .catch(() => false);
    if (!there) continue;
    await remove([d]);
    removed.push(d);
  }
  // The folders themselves, unless the artifacts live in them.
  for (const d of [ws.agentRoot, ws.dir]) {
    if (!d) continue;
    const artifactsInside = path.resolve(ws.artifacts).startsWith(path.resolve(d) + path.sep);
    if (artifactsInside) continue;
    const left = await fs.readdir(d).catch(() => undefined);
    if (left && left.length === 0) {
      await fs.rmdir(d).catch(() => {});
      removed.push(d);
    }
  }
  return removed;
}
