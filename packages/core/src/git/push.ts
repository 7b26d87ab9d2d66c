import { UserError } from "../errors.js";
import { type Git, isNonFastForward } from "./git.js";

/**
 * Push the current branch, and when the remote moved on meanwhile, fetch, rebase our commits on
 * top and try again, a bounded number of times. Scheduled runs that commit generated files
 * (coverage docs, the playbook beacon, metrics) race each other; this is how none of them loses.
 */
export async function pushWithRebase(git: Git, options: { remote?: string; branch: string; tries?: number }): Promise<{ attempts: number }> {
  const remote = options.remote ?? "origin";
  const tries = options.tries ?? 3;
  let last = "";
  for (let attempt = 1; attempt <= tries; attempt++) {
    const r = await git.push(remote, [`HEAD:refs/heads/${options.branch}`]);
    if (r.code === 0) return { attempts: attempt };
    last = (r.stderr.toString() + r.stdout.toString()).trim();
    if (!isNonFastForward(r)) {
      throw new UserError(`git push to ${remote}/${options.branch} was refused: ${last.split("\n").slice(-3).join(" ")}`, {
        hint: "give the workflow `permissions: contents: write` (and check branch protection rules that block pushes from Actions)",
        code: "git.push-denied",
      });
    }
    if (attempt === tries) break;
    await git.fetch(remote, [options.branch]);
    const rebase = await git.raw(["rebase", "--quiet", `${remote}/${options.branch}`]);
    if (rebase.code !== 0) {
      await git.raw(["rebase", "--abort"]);
      throw new UserError(`could not rebase onto ${remote}/${options.branch}: ${rebase.stderr.toString().trim()}`, {
        hint: "someone changed the same lines meanwhile; run the step again",
        code: "git.rebase-conflict",
      });
    }
  }
  throw new UserError(`git push to ${remote}/${options.branch} was still rejected after ${tries} tries: ${last.split("\n").slice(-2).join(" ")}`, {
    hint: "the branch is moving fast; run the step again, or serialise the workflows with a `concurrency:` group",
    code: "git.push-retries",
  });
}
