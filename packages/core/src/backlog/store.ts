import { GITHUB_ACTIONS_BOT } from "../defaults.js";
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { readIfExists, writeFileAtomic } from "../fs/atomic.js";
import { Git, isNonFastForward, type GitAuth } from "../git/git.js";
import {
  claimItem,
  findItem,
  formatState,
  interleave,
  markDone,
  parseBacklog,
  parseState,
  type BacklogItem,
  type BacklogState,
} from "./backlog.js";

/** Reading the backlog files and keeping `.specpipe/backlog-state.json` in the repository. */
export interface BacklogConfig {
  /** Repository root. */
  root: string;
  /** Product backlog, relative to root. */
  product: string;
  /** Meta backlog, relative to root. */
  meta: string;
  ratio?: number;
  statePath?: string;
}

export const DEFAULT_STATE_PATH = ".specpipe/backlog-state.json";

export interface LoadedBacklog {
  merged: BacklogItem[];
  state: BacklogState;
}

async function readList(root: string, rel: string, source: "product" | "meta"): Promise<BacklogItem[]> {
  const bytes = await readIfExists(path.resolve(root, rel));
  if (bytes === undefined) {
    throw new UserError(`backlog file ${rel} does not exist`, {
      file: rel,
      hint: `create it, or point the ${source} backlog option at the right file`,
      code: "backlog.missing-file",
    });
  }
  return parseBacklog(bytes.toString("utf8"), rel, source);
}

export async function loadBacklog(config: BacklogConfig): Promise<LoadedBacklog> {
  const [product, meta] = await Promise.all([readList(config.root, config.product, "product"), readList(config.root, config.meta, "meta")]);
  const statePath = config.statePath ?? DEFAULT_STATE_PATH;
  const stateBytes = await readIfExists(path.resolve(config.root, statePath));
  return { merged: interleave(product, meta, config.ratio ?? 4), state: parseState(stateBytes?.toString("utf8"), statePath) };
}

export interface ShareOptions {
  /** Commit and push the state change (default true). Without it only the file is written. */
  push?: boolean;
  remote?: string;
  /** Branch to push to; default: the checkout's current branch. */
  branch?: string;
  auth?: GitAuth;
  env?: NodeJS.ProcessEnv;
  /** Attempts before giving up (default 10). */
  maxAttempts?: number;
  retryDelayMs?: number;
}

export type ChangeOutcome =
  | { ok: true; item: BacklogItem; state: BacklogState; attempts: number; pushed: boolean }
  /** `state`: the shared state that decided it (the remote's), e.g. to pick another item. */
  | { ok: false; item: BacklogItem; reason: "claimed" | "done"; owner?: string; attempts: number; state: BacklogState };

const BOT = ["-c", `user.name=${GITHUB_ACTIONS_BOT.name}`, "-c", `user.email=${GITHUB_ACTIONS_BOT.email}`];

/**
 * Apply a change to the shared state: read the state as the remote branch has it, change it,
 * commit that one file on top of the remote tip (a private index: the user's index and work tree
 * are not used to build the commit), push; when the push is refused because another job pushed
 * first, read the new tip and decide again. So two jobs claiming one item end with one owner:
 * the second one reads the first one's claim and is told to take another item.
 */
async function change(
  config: BacklogConfig,
  ref: string,
  decide: (
    state: BacklogState,
    item: BacklogItem,
  ) => { ok: true; state: BacklogState } | { ok: false; reason: "claimed" | "done"; owner?: string },
  message: (item: BacklogItem) => string,
  share: ShareOptions,
): Promise<ChangeOutcome> {
  const loaded = await loadBacklog(config);
  const item = findItem(loaded.merged, ref);
  const statePath = config.statePath ?? DEFAULT_STATE_PATH;
  const stateFile = path.resolve(config.root, statePath);
  if (share.push === false) {
    const d = decide(loaded.state, item);
    if (!d.ok) return { ...d, item, attempts: 1, state: loaded.state };
    await writeFileAtomic(stateFile, formatState(d.state));
    return { ok: true, item, state: d.state, attempts: 1, pushed: false };
  }
  const git = new Git({ cwd: config.root, env: share.env }).withAuth(share.auth);
  const remote = share.remote ?? "origin";
  const branch = share.branch ?? (await git.currentBranch());
  if (!branch) {
    throw new UserError("cannot tell which branch to push the backlog state to (detached HEAD)", {
      hint: "pass --branch (CLI) or check out a branch",
      code: "backlog.no-branch",
    });
  }
  const repoPath = (await git.run(["rev-parse", "--show-prefix"])).trim();
  const statePathInRepo = path.posix.join(repoPath.split(path.sep).join("/"), statePath.split(path.sep).join("/"));
  const tmpIndex = path.join(tmpdir(), `specpipe-backlog-index-${process.pid}-${randomBytes(4).toString("hex")}`);
  const indexGit = new Git({ cwd: config.root, env: { ...share.env, GIT_INDEX_FILE: tmpIndex } });
  const maxAttempts = share.maxAttempts ?? 10;
  const remoteRef = `refs/remotes/${remote}/${branch}`;
  try {
    for (let attempt = 1; ; attempt++) {
      const fetched = await git.raw(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${branch}:${remoteRef}`], { network: true });
      const base = fetched.code === 0 ? (await git.run(["rev-parse", remoteRef])).trim() : await git.head();
      const shown = await git.raw(["show", `${base}:${statePathInRepo}`]);
      const before = shown.code === 0 ? shown.stdout.toString("utf8") : undefined;
      const shared = parseState(before, statePath);
      const d = decide(shared, item);
      if (!d.ok) {
        await writeLocal(git, stateFile, formatState(shared), base);
        return { ...d, item, attempts: attempt, state: shared };
      }
      const text = formatState(d.state);
      if (text === before) {
        await writeLocal(git, stateFile, text, base);
        return { ok: true, item, state: d.state, attempts: attempt, pushed: false };
      }
      await indexGit.run(["read-tree", base]);
      const blob = (await indexGit.run(["hash-object", "-w", "--stdin"], { input: text })).trim();
      await indexGit.run(["update-index", "--add", "--cacheinfo", `100644,${blob},${statePathInRepo}`]);
      const tree = (await indexGit.run(["write-tree"])).trim();
      const commit = (await indexGit.run([...BOT, "commit-tree", tree, "-p", base, "-F", "-"], { input: message(item) })).trim();
      const push = await git.push(remote, [`${commit}:refs/heads/${branch}`]);
      if (push.code === 0) {
        await git.raw(["update-ref", remoteRef, commit]);
        await writeLocal(git, stateFile, text, base, commit);
        return { ok: true, item, state: d.state, attempts: attempt, pushed: true };
      }
      if (!isNonFastForward(push) || attempt >= maxAttempts) {
        throw new UserError(
          `could not push the backlog state to ${remote}/${branch}: ${push.stderr.toString().trim().split("\n").pop() ?? ""}`,
          {
            hint: isNonFastForward(push) ? "run again: many jobs changed the backlog at once" : 'give the job "contents: write" permission',
            code: "backlog.push-failed",
          },
        );
      }
      await new Promise((r) => setTimeout(r, (share.retryDelayMs ?? 100) * attempt * (0.5 + Math.random())));
    }
  } finally {
    await fs.rm(tmpIndex, { force: true });
  }
}

/** Bring the checkout along: fast-forward when it was at the base, else just write the file. */
async function writeLocal(git: Git, stateFile: string, text: string, base: string, commit?: string): Promise<void> {
  if (commit) {
    const head = await git.raw(["rev-parse", "HEAD"]);
    if (head.code === 0 && head.stdout.toString().trim() === base) {
      const ff = await git.raw(["merge", "--ff-only", "--quiet", commit]);
      if (ff.code === 0) return;
    }
  }
  const now = await readIfExists(stateFile);
  if (now?.toString("utf8") !== text) await writeFileAtomic(stateFile, text);
}

export function claim(
  config: BacklogConfig,
  ref: string,
  owner: string,
  share: ShareOptions = {},
  now = new Date(),
): Promise<ChangeOutcome> {
  return change(
    config,
    ref,
    (state, item) => claimItem(state, item, owner, now.toISOString()),
    (item) => `chore(backlog): claim ${item.id} for ${owner}\n\n${item.text}\n`,
    share,
  );
}

export function done(config: BacklogConfig, ref: string, share: ShareOptions = {}, now = new Date()): Promise<ChangeOutcome> {
  return change(
    config,
    ref,
    (state, item) => ({ ok: true, state: markDone(state, item, now.toISOString()) }),
    (item) => `chore(backlog): done ${item.id}\n\n${item.text}\n`,
    share,
  );
}
