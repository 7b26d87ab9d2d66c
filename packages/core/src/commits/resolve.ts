import { UserError } from "../errors.js";
import type { Git } from "../git/git.js";
import { checkObjectId, checkRev, safeBranchName } from "../git/ref.js";
import type { CommitRange } from "./range.js";
import type { EventPayload } from "../github/event.js";

/**
 * Which commits to check, from the workflow event (spec: "The range"):
 * - pull_request / pull_request_target: base.sha..head.sha (ADRs may be anywhere in the range);
 * - push: before..after; a new branch (before = 000…0) checks what is not on the default branch;
 *   a forced push checks from the merge base of before and after, or, when before is no longer
 *   reachable anywhere, the pushed commits the payload lists (else like a new branch); a deleted
 *   branch checks nothing;
 * - workflow_dispatch: the `from`/`to` inputs (or the event's inputs of those names);
 * - "cli" (a terminal, `specpipe commits check`): what HEAD has that its upstream branch has not
 *   (nothing when HEAD is on it), else as below;
 * - anything else: what HEAD has that the default branch has not.
 * Explicit `from`/`to` always win. A shallow clone is deepened until the range is complete.
 */
export interface RangeRequest {
  /** The workflow event's name; "cli" for a terminal (the upstream branch decides). */
  eventName?: string;
  payload?: EventPayload;
  /** GITHUB_SHA. */
  sha?: string;
  from?: string;
  to?: string;
  remote?: string;
  /** Deepen a shallow clone with git fetch (true) or fail at once (false). */
  deepen?: boolean;
  /** How `from`/`to` are named in errors: 'input "from"' (default) or "--from" (the CLI). */
  names?: { from: string; to: string };
}

export interface ResolvedRange extends CommitRange {
  to: string;
  mode: "pull_request" | "push" | "new-branch" | "forced-push" | "deleted" | "manual" | "full";
  adrScope: "commit" | "range";
  notes: string[];
  /** Nothing to check (a deleted branch). */
  empty?: boolean;
}

const ZERO = /^0+$/;

async function exists(git: Git, rev: string): Promise<boolean> {
  return (await git.raw(["cat-file", "-e", "--end-of-options", `${rev}^{commit}`])).code === 0;
}

async function mergeBase(git: Git, a: string, b: string): Promise<string | undefined> {
  const r = await git.raw(["merge-base", "--end-of-options", a, b]);
  return r.code === 0 ? r.stdout.toString().trim().split("\n")[0] : undefined;
}

async function isAncestor(git: Git, a: string, b: string): Promise<boolean> {
  return (await git.raw(["merge-base", "--is-ancestor", "--end-of-options", a, b])).code === 0;
}

function shallowHint(): string {
  return 'check out the full history: "uses: actions/checkout@v4" with "fetch-depth: 0"';
}

/**
 * Make sure `revs` exist and, when `connect` is given, that it has a merge base with them;
 * deepen a shallow clone step by step (then unshallow) as needed. Returns the revs still missing.
 */
/**
 * One git call for the common case: is the clone shallow, and do all `revs` name commits? Their
 * full ids when they do (undefined when one is missing).
 */
export async function probe(git: Git, revs: readonly string[]): Promise<{ shallow: boolean; shas?: string[] }> {
  // rev-parse outside --verify mode has no --end-of-options before git 2.43; every rev here was
  // checked by checkRev/checkObjectId already, and this is the second line of defence.
  if (revs.some((x) => x.startsWith("-"))) throw new Error(`internal: unchecked revision ${JSON.stringify(revs)}`);
  const r = await git.raw(["rev-parse", "--is-shallow-repository", ...revs.map((x) => `${x}^{commit}`)]);
  const lines = r.stdout.toString().trim().split("\n");
  const shallow = lines[0] === "true";
  if (r.code === 0 && lines.length === revs.length + 1) return { shallow, shas: lines.slice(1) };
  return { shallow: r.code === 0 ? shallow : await git.isShallow() };
}

export async function ensureHistory(
  git: Git,
  revs: string[],
  options: { remote: string; deepen: boolean; connect?: string; full?: boolean; notes: string[] },
): Promise<string[]> {
  if (!options.full) {
    const p = await probe(git, revs);
    if (!p.shallow && p.shas) return [];
  }
  const missing = async () => {
    const out: string[] = [];
    for (const r of revs) if (!(await exists(git, r))) out.push(r);
    return out;
  };
  const complete = async () => {
    const m = await missing();
    if (m.length) return false;
    if (options.connect) for (const r of revs) if (!(await mergeBase(git, r, options.connect))) return false;
    return true;
  };
  if (!(await git.isShallow())) {
    const m = await missing();
    if (m.length && options.deepen) {
      // A sha the clone has not fetched (another branch): ask the remote for it.
      await git.raw(["fetch", "--quiet", "--no-tags", "--end-of-options", options.remote, ...m], { network: true });
      return missing();
    }
    return m;
  }
  if (!options.full && (await complete())) return [];
  if (!options.deepen) {
    throw new UserError(`the clone is shallow and lacks the commits to check (${(await missing()).join(", ") || "their history"})`, {
      hint: shallowHint(),
      code: "spec-hash.shallow",
    });
  }
  const steps = options.full ? [] : [50, 250, 1000];
  for (const n of steps) {
    const r = await git.raw(["fetch", "--quiet", "--no-tags", `--deepen=${n}`, options.remote], { network: true });
    if (r.code !== 0) {
      throw new UserError(`the clone is shallow and "git fetch --deepen" failed: ${r.stderr.toString().trim().split("\n")[0]}`, {
        hint: shallowHint(),
        code: "spec-hash.shallow",
      });
    }
    options.notes.push(`deepened the shallow clone by ${n} commits`);
    const m = await missing();
    if (m.length)
      await git.raw(["fetch", "--quiet", "--no-tags", `--depth=${n}`, "--end-of-options", options.remote, ...m], { network: true });
    if (await complete()) return [];
  }
  const r = await git.raw(["fetch", "--quiet", "--no-tags", "--unshallow", options.remote], { network: true });
  if (r.code !== 0 && (await git.isShallow())) {
    throw new UserError(`the clone is shallow and "git fetch --unshallow" failed: ${r.stderr.toString().trim().split("\n")[0]}`, {
      hint: shallowHint(),
      code: "spec-hash.shallow",
    });
  }
  options.notes.push("fetched the full history (git fetch --unshallow)");
  const m = await missing();
  if (m.length) {
    await git.raw(["fetch", "--quiet", "--no-tags", "--end-of-options", options.remote, ...m], { network: true });
    return missing();
  }
  return [];
}

async function defaultBranchRef(git: Git, remote: string, payload: EventPayload | undefined): Promise<string | undefined> {
  const name = safeBranchName(payload?.repository?.default_branch);
  if (name) {
    const ref = `refs/remotes/${remote}/${name}`;
    if (await exists(git, ref)) return ref;
    const r = await git.raw(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${name}:${ref}`], { network: true });
    if (r.code === 0) return ref;
  }
  const head = await git.raw(["symbolic-ref", "--quiet", `refs/remotes/${remote}/HEAD`]);
  if (head.code === 0) return head.stdout.toString().trim();
  for (const n of ["main", "master"]) if (await exists(git, `refs/remotes/${remote}/${n}`)) return `refs/remotes/${remote}/${n}`;
  return undefined;
}

/** The commits `to` has that the default branch has not; all of `to` when it is on the default branch. */
async function sinceDefault(
  git: Git,
  to: string,
  remote: string,
  payload: EventPayload | undefined,
  notes: string[],
  deepen: boolean,
): Promise<Pick<ResolvedRange, "from">> {
  if (await git.isShallow()) await ensureHistory(git, [to], { remote, deepen, full: true, notes });
  const base = await defaultBranchRef(git, remote, payload);
  if (base) {
    const mb = await mergeBase(git, base, to);
    const toSha = (await git.revParse(to)) ?? to;
    if (mb && mb !== toSha) {
      notes.push(`checking the commits not on ${base.replace(/^refs\/remotes\//, "")} (since ${mb.slice(0, 12)})`);
      return { from: mb };
    }
  }
  notes.push("checking the whole history of the branch");
  return { from: undefined };
}

export async function resolveRange(git: Git, req: RangeRequest): Promise<ResolvedRange> {
  const remote = req.remote ?? "origin";
  const deepen = req.deepen ?? true;
  const payload = req.payload ?? {};
  const notes: string[] = [];
  const event = req.eventName ?? "";
  const names = req.names ?? { from: 'input "from"', to: 'input "to"' };
  /** The commits `to` has that the default branch has not, as a range of `mode`. */
  const fromDefault = async (to: string, mode: ResolvedRange["mode"]): Promise<ResolvedRange> => ({
    to,
    ...(await sinceDefault(git, to, remote, payload, notes, deepen)),
    mode,
    adrScope: "commit",
    notes,
  });
  // Every revision from an input, the command line or the event is checked before git sees it.
  const sha = req.sha ? checkRev(req.sha, { what: "GITHUB_SHA" }) : undefined;

  const dispatched = event === "workflow_dispatch" && !req.from && !req.to;
  const explicit = dispatched
    ? {
        from: payload.inputs?.from ? checkRev(String(payload.inputs.from), { what: 'the workflow_dispatch input "from"' }) : undefined,
        to: payload.inputs?.to ? checkRev(String(payload.inputs.to), { what: 'the workflow_dispatch input "to"' }) : undefined,
      }
    : req.from || req.to
      ? {
          from: req.from ? checkRev(req.from, { what: names.from }) : undefined,
          to: req.to ? checkRev(req.to, { what: names.to }) : undefined,
        }
      : undefined;
  if (explicit && (explicit.from || explicit.to)) {
    const to = explicit.to || sha || "HEAD";
    if (explicit.from) {
      let p = await probe(git, [explicit.from, to]);
      if (p.shallow || !p.shas) {
        const missing = await ensureHistory(git, [explicit.from, to], { remote, deepen, connect: to, notes });
        if (missing.length)
          throw new UserError(`cannot find ${missing.join(", ")} in the repository`, {
            hint: `give "from"/"to" as commits, branches or tags that exist; ${shallowHint()}`,
            code: "spec-hash.range",
          });
        p = await probe(git, [explicit.from, to]);
      }
      return { from: p.shas?.[0] ?? explicit.from, to: p.shas?.[1] ?? to, mode: "manual", adrScope: "commit", notes };
    }
    return fromDefault(to, "manual");
  }

  if (event === "pull_request" || event === "pull_request_target") {
    if (!payload.pull_request?.base?.sha || !payload.pull_request?.head?.sha)
      throw new UserError("the pull_request event has no base.sha/head.sha", {
        hint: "run the action on pull_request events, or give the from/to inputs",
        code: "spec-hash.event",
      });
    const base = checkObjectId(payload.pull_request.base.sha, { what: "the event's pull_request.base.sha" });
    const head = checkObjectId(payload.pull_request.head.sha, { what: "the event's pull_request.head.sha" });
    const missing = await ensureHistory(git, [base, head], { remote, deepen, connect: head, notes });
    if (missing.length)
      throw new UserError(`the pull request's commits ${missing.join(", ")} are not in the clone`, {
        hint: shallowHint(),
        code: "spec-hash.shallow",
      });
    // base.sha is the base branch as it was when the event was made; what the base branch has
    // now (a pull request that merged main) is not the pull request's own work either.
    const baseRef = safeBranchName(payload.pull_request.base.ref);
    const exclude = baseRef && (await exists(git, `refs/remotes/${remote}/${baseRef}`)) ? [`refs/remotes/${remote}/${baseRef}`] : undefined;
    return { from: base, to: head, ...(exclude ? { exclude } : {}), mode: "pull_request", adrScope: "range", notes };
  }

  if (event === "push") {
    const after: string = payload.after ? checkObjectId(payload.after, { what: "the event's after" }) : sha || "HEAD";
    const before: string | undefined = payload.before ? checkObjectId(payload.before, { what: "the event's before" }) : undefined;
    if (payload.deleted || ZERO.test(after))
      return { to: "HEAD", mode: "deleted", adrScope: "commit", notes: ["the branch was deleted; nothing to check"], empty: true };
    if (!before || ZERO.test(before)) {
      notes.push("a new branch");
      return fromDefault(after, "new-branch");
    }
    const missing = await ensureHistory(git, [before, after], { remote, deepen, connect: after, notes });
    if (missing.includes(after))
      throw new UserError(`the pushed commit ${after} is not in the clone`, { hint: shallowHint(), code: "spec-hash.shallow" });
    if (missing.includes(before)) {
      notes.push(`the commit before the push (${before.slice(0, 12)}) is no longer reachable (a forced push)`);
      // The payload lists the pushed commits (at most 20, oldest first): check from the first one's parent.
      const pushed: string[] = Array.isArray(payload.commits)
        ? payload.commits.map((c: { id?: string }, i) => checkObjectId(c?.id, { what: `the event's commits[${i}].id` }))
        : [];
      if (pushed.length > 0 && pushed.length < 20) {
        const parent = await git.revParse(`${pushed[0]}^`);
        if (parent && (await isAncestor(git, parent, after))) {
          notes.push(`checking the ${pushed.length} pushed commit(s) the event lists`);
          return { from: parent, to: after, mode: "forced-push", adrScope: "commit", notes };
        }
      }
      return fromDefault(after, "forced-push");
    }
    if (await isAncestor(git, before, after)) return { from: before, to: after, mode: "push", adrScope: "commit", notes };
    const mb = await mergeBase(git, before, after);
    notes.push(`a forced push: checking from the merge base of before and after (${mb ? mb.slice(0, 12) : "none"})`);
    if (mb) return { from: mb, to: after, mode: "forced-push", adrScope: "commit", notes };
    return fromDefault(after, "forced-push");
  }

  if (event === "cli") {
    const upstream = await sinceUpstream(git, notes);
    if (upstream) return { ...upstream, mode: "manual", adrScope: "commit", notes };
  }
  return fromDefault(sha || "HEAD", "full");
}

/**
 * A terminal's default range: the commits HEAD has that its upstream branch has not (what a push
 * would send); an empty range when HEAD is on the upstream; undefined without an upstream.
 */
async function sinceUpstream(git: Git, notes: string[]): Promise<Pick<ResolvedRange, "from" | "to"> | undefined> {
  const up = await git.raw(["rev-parse", "--verify", "--quiet", "--symbolic-full-name", "@{upstream}"]);
  if (up.code !== 0) return undefined;
  const ref = up.stdout.toString().trim();
  const head = await git.revParse("HEAD");
  const base = head ? await mergeBase(git, "HEAD", ref) : undefined;
  if (!head || !base) return undefined;
  notes.push(
    base === head
      ? `nothing to check: HEAD is on ${ref.replace(/^refs\/remotes\//, "")}`
      : `checking the commits not on ${ref.replace(/^refs\/remotes\//, "")} (since ${base.slice(0, 12)})`,
  );
  return { from: base, to: head };
}
