import { UserError } from "../errors.js";
import type { RunResult } from "../process.js";
import { type Git, GitError, gitUserError, isNonFastForward } from "./git.js";

/**
 * Push the current branch, and when the remote moved on meanwhile, fetch, rebase our commits on
 * top and try again, a bounded number of times. Scheduled runs that commit generated files
 * (coverage docs, the playbook beacon) race each other; this is how none of them loses.
 *
 * Callers name what is being pushed and how to fix a refusal in their own words (`texts`); the
 * mechanism is the same for all. (The metrics and backlog stores do not rebase: they recompute
 * their file from the new tip, see metrics/git-store.ts and backlog/store.ts.)
 */
export interface PushTexts {
  /** Start of the refusal message, e.g. "git push to origin/main". */
  subject?: string;
  /** Hint and code when the remote refuses for another reason than a race, or races every time. */
  failedHint?: string;
  failedCode?: string;
  /** Message, hint and code when our commits do not rebase onto the new tip. */
  conflictMessage?: string;
  conflictHint?: string;
  conflictCode?: string;
}

export async function pushWithRebase(
  git: Git,
  options: { remote?: string; branch: string; tries?: number; texts?: PushTexts },
): Promise<{ attempts: number }> {
  const remote = options.remote ?? "origin";
  const branch = options.branch;
  const tries = options.tries ?? 3;
  const t = options.texts ?? {};
  const subject = t.subject ?? `git push to ${remote}/${branch}`;
  for (let attempt = 1; attempt <= tries; attempt++) {
    const r = await git.push(remote, [`HEAD:refs/heads/${branch}`]);
    if (r.code === 0) return { attempts: attempt };
    const race = isNonFastForward(r);
    if (!race || attempt === tries) throw pushRefused(r, remote, subject, t, race ? tries : undefined);
    // An explicit refspec: a single-branch clone (actions/checkout) may not fetch this ref by default.
    await git.fetch(remote, [`refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
    const rebase = await git.raw(["rebase", "--quiet", `${remote}/${branch}`]);
    if (rebase.code !== 0) {
      await git.raw(["rebase", "--abort"]);
      throw new UserError(t.conflictMessage ?? `could not rebase onto ${remote}/${branch}: ${rebase.stderr.toString().trim()}`, {
        hint: t.conflictHint ?? "someone changed the same lines meanwhile; run the step again",
        code: t.conflictCode ?? "git.rebase-conflict",
      });
    }
  }
  throw new Error("internal: pushWithRebase left its loop without a result");
}

/**
 * Why a push failed, as one line with the fix: the remote could not be reached (URL, network:
 * gitUserError's words), it refused us (permissions, branch protection), or it kept moving on
 * (`raceTries`: how many times we tried).
 */
export function pushRefused(r: RunResult, remote: string, subject: string, t: PushTexts = {}, raceTries?: number): UserError {
  const stderr = r.stderr.toString();
  const detail = (stderr || r.stdout.toString()).trim().split("\n").slice(-2).join(" ");
  const denied = /returned error: 40[13]|permission to .* denied|denied to|protected branch|\[remote rejected\]/i.test(
    stderr + r.stdout.toString(),
  );
  if (raceTries === undefined && !denied) {
    const unreachable = gitUserError(new GitError(["push", remote], r.code, stderr, r.stdout.toString()));
    if (unreachable) return unreachable;
  }
  const race = raceTries !== undefined;
  return new UserError(`${subject} ${race ? `was still rejected after ${raceTries} tries` : "was refused"}: ${detail}`, {
    hint:
      t.failedHint ??
      (race
        ? "the branch is moving fast; run the step again, or serialise the workflows with a `concurrency:` group"
        : "give the workflow `permissions: contents: write` (and check branch protection rules that block pushes from Actions)"),
    code: t.failedCode ?? (race ? "git.push-retries" : "git.push-denied"),
  });
}
