import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * FR-002: every run gets its own id and workspace: `repo/` (the clone), `home/` (the agent's
 * HOME, so its caches and credentials files stay in the run), `tmp/` (its TMPDIR) and
 * `artifacts/` (logs and the run record; kept when the rest is removed).
 */
export interface Workspace {
  runId: string;
  dir: string;
  repo: string;
  home: string;
  tmp: string;
  artifacts: string;
}

/** `sr-20260101T120000Z-1a2b3c4d`: sortable by time, unique by its random part. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `sr-${stamp}-${randomBytes(4).toString("hex")}`;
}

export async function createWorkspace(root: string, runId: string, artifactsDir?: string): Promise<Workspace> {
  const dir = path.join(root, `speckit-${runId}`);
  const ws: Workspace = {
    runId,
    dir,
    repo: path.join(dir, "repo"),
    home: path.join(dir, "home"),
    tmp: path.join(dir, "tmp"),
    artifacts: artifactsDir ? path.resolve(artifactsDir) : path.join(dir, "artifacts"),
  };
  await fs.mkdir(dir, { recursive: true });
  // repo/ is made by git clone.
  await Promise.all([ws.home, ws.tmp, ws.artifacts].map((d) => fs.mkdir(d, { recursive: true, mode: 0o700 })));
  return ws;
}

/**
 * Remove the clone, the home and the temp folder (where credentials could be); keep the
 * artifacts. Returns what was removed. Safe to call twice (the post step calls it again).
 */
export async function removeWorkspace(ws: Pick<Workspace, "dir" | "repo" | "home" | "tmp" | "artifacts">): Promise<string[]> {
  const removed: string[] = [];
  for (const d of [ws.repo, ws.home, ws.tmp]) {
    const there = await fs
      .lstat(d)
      .then(() => true)
      .catch(() => false);
    if (!there) continue;
    await fs.rm(d, { recursive: true, force: true, maxRetries: 3 });
    removed.push(d);
  }
  // The workspace folder itself, unless the artifacts live in it.
  const artifactsInside = path.resolve(ws.artifacts).startsWith(path.resolve(ws.dir) + path.sep);
  if (!artifactsInside) {
    const left = await fs.readdir(ws.dir).catch(() => undefined);
    if (left && left.length === 0) {
      await fs.rmdir(ws.dir).catch(() => {});
      removed.push(ws.dir);
    }
  }
  return removed;
}
