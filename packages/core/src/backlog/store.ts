import { GITHUB_ACTIONS_BOT } from "../defaults.js";
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { writeFileAtomic } from "../fs/atomic.js";
import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import { Git, isNonFastForward, type GitAuth } from "../git/git.js";
import { decodeUtf8 } from "../text/document.js";
import {
  claimItem,
  DEFAULT_CLAIM_TTL_MS,
  findItem,
  formatState,
  interleave,
  markBlocked,
  markDone,
  parseBacklog,
  parseState,
  releaseItem,
  type BacklogItem,
  type BacklogState,
  type ClaimRefusal,
} from "./backlog.js";

/**
 * Where the backlog's progress lives (ADR 0034): `backlog-state.json` alone on a branch of its own
 * (`specpipe-backlog`), like the metrics store. A checkout, even one that empties `.specpipe/`,
 * cannot erase it; branch protection on the default branch does not refuse it; every job reads
 * the state the last job pushed. `claim`, `done`, `release` and `block` commit on top of the
 * branch's tip and push, and on a refused push read the new tip and decide again, so two jobs
 * claiming one item end with one owner.
 *
 * Offline (`--no-push`, no remote, or a branch that does not exist yet) the state is the file
 * `statePath` in the checkout (`.specpipe/backlog-state.json`), which also seeds the branch the
 * first time it is written.
 */
export interface BacklogConfig {
  /** Repository root. */
  root: string;
  /** Product backlog, relative to root. */
  product: string;
  /** Meta backlog, relative to root. */
  meta: string;
  ratio?: number;
  /** The local state file (offline, and the seed of a new state branch). */
  statePath?: string;
  /** The state branch (default specpipe-backlog). */
  stateBranch?: string;
  /** The remote of the state branch (default origin). */
  remote?: string;
  auth?: GitAuth;
  env?: NodeJS.ProcessEnv;
  /** Read the local file only: no git, no network. */
  offline?: boolean;
  /** "Now", for lapsed claims (default Date.now()). */
  now?: number;
}

export const DEFAULT_STATE_PATH = ".specpipe/backlog-state.json";
export const DEFAULT_STATE_BRANCH = "specpipe-backlog";
/** The state file's name on the state branch. */
export const STATE_FILE = "backlog-state.json";

export interface LoadedBacklog {
  /** Every item of both files, product first, in file order. */
  items: BacklogItem[];
  /** The queue: items not done and not blocked, in the order they are taken. */
  merged: BacklogItem[];
  state: BacklogState;
  /** Where the state came from: "branch specpipe-backlog of origin", ".specpipe/backlog-state.json", … */
  stateFrom: string;
}

async function readList(root: string, rel: string, source: "product" | "meta"): Promise<BacklogItem[]> {
  const what = `the ${source} backlog`;
  const guarded = await insideWorkspace(root, rel, { what, noSymlink: true });
  const bytes = await readRegularFile(guarded.abs, guarded.rel, 16 * 1024 * 1024);
  if (bytes === undefined) {
    throw new UserError(`backlog file ${rel} does not exist`, {
      file: rel,
      hint: `create it, or point the ${source} backlog option at the right file`,
      code: "backlog.missing-file",
    });
  }
  return parseBacklog(decodeUtf8(bytes, guarded.rel), guarded.rel, source);
}

async function readLocalState(config: BacklogConfig): Promise<{ state: BacklogState; text?: string; file: string }> {
  const rel = config.statePath ?? DEFAULT_STATE_PATH;
  const guarded = await insideWorkspace(config.root, rel, { what: "the backlog state file", noSymlink: true });
  const bytes = await readRegularFile(guarded.abs, guarded.rel, 16 * 1024 * 1024);
  const text = bytes === undefined ? undefined : decodeUtf8(bytes, guarded.rel);
  return { state: parseState(text, guarded.rel), text, file: guarded.abs };
}

interface SharedState {
  state: BacklogState;
  /** The state branch's tip, undefined when the branch does not exist (yet). */
  tip?: string;
  text?: string;
  from: string;
}

function lastLines(text: string): string {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/^(To |hint:|error: failed to push)/.test(l));
  return lines.slice(-3).join(" ") || text.trim().split("\n").pop() || "";
}

/** The state as the remote's state branch has it (fetched now), or the local file when there is no branch. */
async function readShared(config: BacklogConfig, git: Git): Promise<SharedState> {
  const branch = config.stateBranch ?? DEFAULT_STATE_BRANCH;
  const remote = config.remote ?? "origin";
  const local = async (): Promise<SharedState> => {
    const l = await readLocalState(config);
    return { state: l.state, text: l.text, from: config.statePath ?? DEFAULT_STATE_PATH };
  };
  if (config.offline) return local();
  // Not a repository, or no such remote (a local experiment): the local file is all there is.
  if ((await git.raw(["remote", "get-url", "--end-of-options", remote])).code !== 0) return local();
  const remoteRef = `refs/remotes/${remote}/${branch}`;
  const fetched = await git.raw(["fetch", "--quiet", "--no-tags", "--end-of-options", remote, `+refs/heads/${branch}:${remoteRef}`], {
    network: true,
  });
  if (fetched.code !== 0) {
    const text = fetched.stderr.toString("utf8");
    if (/couldn't find remote ref|could not find remote ref/i.test(text)) return local();
    throw new UserError(`could not read the backlog state from branch ${branch} of ${remote}: ${lastLines(text)}`, {
      hint: 'give the job "contents: read" (or write) and a checkout of the repository, or run with --no-push to use the local state file',
      code: "backlog.fetch-failed",
    });
  }
  const tip = (await git.run(["rev-parse", "--verify", remoteRef])).trim();
  const shown = await git.raw(["show", `${tip}:${STATE_FILE}`]);
  const from = `branch ${branch} of ${remote}`;
  if (shown.code !== 0) return { state: parseState(undefined, from), tip, from };
  const text = decodeUtf8(shown.stdout, `${branch}:${STATE_FILE}`);
  return { state: parseState(text, `${branch}:${STATE_FILE}`), tip, text, from };
}

export async function loadBacklog(config: BacklogConfig): Promise<LoadedBacklog> {
  const [product, meta] = await Promise.all([readList(config.root, config.product, "product"), readList(config.root, config.meta, "meta")]);
  const git = new Git({ cwd: config.root, env: config.env }).withAuth(config.auth);
  const shared = await readShared(config, git);
  return {
    items: [...product, ...meta],
    merged: interleave(product, meta, config.ratio ?? 4, shared.state),
    state: shared.state,
    stateFrom: shared.from,
  };
}

export interface ShareOptions {
  /** Commit and push the state change (default true). Without it only the local file is written. */
  push?: boolean;
  /** Attempts before giving up (default 10). */
  maxAttempts?: number;
  retryDelayMs?: number;
}

export type ChangeOutcome =
  | { ok: true; item: BacklogItem; state: BacklogState; attempts: number; pushed: boolean }
  /** `state`: the shared state that decided it (the remote's), e.g. to pick another item. */
  | { ok: false; item: BacklogItem; reason: ClaimRefusal; owner?: string; attempts: number; state: BacklogState };

const BOT = ["-c", `user.name=${GITHUB_ACTIONS_BOT.name}`, "-c", `user.email=${GITHUB_ACTIONS_BOT.email}`];

type Decision = { ok: true; state: BacklogState } | { ok: false; reason: ClaimRefusal; owner?: string };

/**
 * Apply a change to the shared state: read the state branch's tip, change it, commit the one file
 * on top of that tip (an object of its own tree: the user's index, work tree and branch are not
 * touched), push; when the push is refused because another job pushed first, read the new tip and
 * decide again.
 */
async function change(
  config: BacklogConfig,
  ref: string,
  decide: (state: BacklogState, item: BacklogItem) => Decision,
  message: (item: BacklogItem) => string,
  share: ShareOptions,
): Promise<ChangeOutcome> {
  const [product, meta] = await Promise.all([readList(config.root, config.product, "product"), readList(config.root, config.meta, "meta")]);
  const item = findItem([...product, ...meta], ref);
  if (share.push === false) {
    const local = await readLocalState(config);
    const d = decide(local.state, item);
    if (!d.ok) return { ...d, item, attempts: 1, state: local.state };
    await writeFileAtomic(local.file, formatState(d.state));
    return { ok: true, item, state: d.state, attempts: 1, pushed: false };
  }
  const git = new Git({ cwd: config.root, env: config.env }).withAuth(config.auth);
  const remote = config.remote ?? "origin";
  const branch = config.stateBranch ?? DEFAULT_STATE_BRANCH;
  if ((await git.raw(["remote", "get-url", "--end-of-options", remote])).code !== 0) {
    throw new UserError(`the repository has no remote "${remote}" to keep the backlog state on`, {
      hint: "run in a checkout of the repository (actions/checkout), pass --git-remote, or use --no-push for a local state file",
      code: "backlog.no-remote",
    });
  }
  const tmpIndex = path.join(tmpdir(), `specpipe-backlog-index-${process.pid}-${randomBytes(4).toString("hex")}`);
  const indexGit = new Git({ cwd: config.root, env: { ...config.env, GIT_INDEX_FILE: tmpIndex } });
  const maxAttempts = share.maxAttempts ?? 10;
  try {
    for (let attempt = 1; ; attempt++) {
      const shared = await readShared(config, git);
      const d = decide(shared.state, item);
      if (!d.ok) return { ...d, item, attempts: attempt, state: shared.state };
      const text = formatState(d.state);
      if (shared.tip !== undefined && text === shared.text) return { ok: true, item, state: d.state, attempts: attempt, pushed: false };
      // A tree that holds the state file only; its parent is the branch's tip (none for a new branch).
      const blob = (await indexGit.run(["hash-object", "-w", "--stdin"], { input: text })).trim();
      await indexGit.run(["read-tree", "--empty"]);
      await indexGit.run(["update-index", "--add", "--cacheinfo", `100644,${blob},${STATE_FILE}`]);
      const tree = (await indexGit.run(["write-tree"])).trim();
      const parents = shared.tip === undefined ? [] : ["-p", shared.tip];
      const commit = (await indexGit.run([...BOT, "commit-tree", tree, ...parents, "-F", "-"], { input: message(item) })).trim();
      const push = await git.push(remote, [`${commit}:refs/heads/${branch}`]);
      if (push.code === 0) {
        await git.raw(["update-ref", `refs/remotes/${remote}/${branch}`, commit]);
        return { ok: true, item, state: d.state, attempts: attempt, pushed: true };
      }
      if (!isNonFastForward(push) || attempt >= maxAttempts) {
        throw new UserError(
          `could not push the backlog state to branch ${branch} of ${remote}: ${lastLines(push.stderr.toString() + push.stdout.toString())}`,
          {
            hint: isNonFastForward(push)
              ? "run again: many jobs changed the backlog at once"
              : `give the job "contents: write" permission (the state goes to the branch ${branch}, never to the default branch)`,
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

export function claim(
  config: BacklogConfig,
  ref: string,
  owner: string,
  share: ShareOptions = {},
  now = new Date(),
  ttlMs = DEFAULT_CLAIM_TTL_MS,
): Promise<ChangeOutcome> {
  return change(
    config,
    ref,
    (state, item) => claimItem(state, item, owner, now.toISOString(), ttlMs),
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

export function release(config: BacklogConfig, ref: string, share: ShareOptions = {}): Promise<ChangeOutcome> {
  return change(
    config,
    ref,
    (state, item) => ({ ok: true, state: releaseItem(state, item) }),
    (item) => `chore(backlog): release ${item.id}\n\n${item.text}\n`,
    share,
  );
}

/** Blocks an item (with a reason) or unblocks it (reason undefined). */
export function block(
  config: BacklogConfig,
  ref: string,
  reason: string | undefined,
  share: ShareOptions = {},
  now = new Date(),
): Promise<ChangeOutcome> {
  return change(
    config,
    ref,
    (state, item) => ({ ok: true, state: markBlocked(state, item, now.toISOString(), reason) }),
    (item) => `chore(backlog): ${reason === undefined ? "unblock" : "block"} ${item.id}\n\n${item.text}${reason ? `\n\n${reason}` : ""}\n`,
    share,
  );
}
