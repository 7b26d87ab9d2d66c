import { isUserError } from "../errors.js";
import { openRun, type RunContext, type SpeckitRunOptions, type Stop } from "./context.js";
import { RunCancelled } from "./failures.js";
import { checkTriggerPermission } from "./permission.js";
import { ProgressComment } from "./progress.js";
import type { RunRecord } from "./record.js";
import { commitProducts } from "./stages/commit.js";
import { prepareAgent, runPhases } from "./stages/phases.js";
import { nameFeature } from "./stages/products.js";
import { openPullRequest } from "./stages/pull-request.js";
import { writeProposal } from "./stages/propose.js";
import { pushCommit } from "./stages/push.js";
import { prepareSpeckit } from "./stages/speckit.js";
import { teardown } from "./stages/teardown.js";
import { prepareWorkspace } from "./stages/workspace.js";
import type { Workspace } from "./workspace.js";

export type { SpeckitRunOptions } from "./context.js";
export { inputHash } from "./stages/commit.js";

export interface SpeckitRunResult {
  record: RunRecord;
  workspace: Workspace;
  /** Set when the run failed: a UserError to show, or an internal error (a bug). */
  error?: Error;
}

/**
 * One Spec Kit run, from specification text to a pushed branch and a pull request, as stages over
 * one run context (context.ts). Each stage is a module of its own in stages/; read this top to
 * bottom to follow a run.
 */
export async function runSpeckit(options: SpeckitRunOptions): Promise<SpeckitRunResult> {
  const ctx = await openRun(options); // run id, workspace folders, run.json
  await ctx.setStatus("queued");
  try {
    await checkTrigger(ctx); // who asked may ask; their issue gets the progress comment
    await ctx.setStatus("in_progress");
    await prepareWorkspace(ctx); // the agent's user, the clone (our git dir, its work tree)
    await prepareSpeckit(ctx); // Spec Kit as installed, or installed now
    await nameFeature(ctx); // the feature as Spec Kit names it, or the branch a rerun resumes
    await prepareAgent(ctx); // its environment and executable
    const stop = await runPhases(ctx); // specify, plan, tasks…: products checked on disk
    if (stop) {
      if (ctx.options.mode === "propose" && stop.status === "needs_clarification") await writeProposal(ctx, stop.status, stop.reason);
      await ctx.setStatus(stop.status, stop.reason);
    } else if (ctx.options.mode === "propose") {
      // ADR 0037: no push, no pull request; a publish job validates the proposal and does both.
      const commit = await commitProducts(ctx);
      const reason = commit ? undefined : outcome(ctx, undefined)[1];
      await writeProposal(ctx, commit ? "succeeded" : "no_changes", reason);
      await ctx.setStatus(commit ? "succeeded" : "no_changes", commit ? `proposed ${ctx.branch}; the publish job pushes it` : reason);
    } else {
      const commit = await commitProducts(ctx); // undefined: the phases changed nothing
      if (commit) await pushCommit(ctx, commit);
      // A resumed branch is on the remote: it gets its pull request even when nothing was new.
      const pr = commit || ctx.resumed ? await openPullRequest(ctx) : undefined;
      await ctx.setStatus(...outcome(ctx, pr));
    }
  } catch (e) {
    await fail(ctx, e);
  } finally {
    await teardown(ctx); // agent's processes and user gone, workspace removed, artifacts kept
  }
  return { record: ctx.record, workspace: ctx.ws, error: ctx.error };
}

/** Who asked may ask; their issue gets the progress comment (not in propose: it may not write). */
export async function checkTrigger(ctx: RunContext): Promise<void> {
  const { github, trigger } = ctx.options;
  if (github && trigger?.checkPermission) {
    const permission = await checkTriggerPermission(github.api, github.repo, trigger.user);
    ctx.log(`${trigger.user} has ${permission} permission`);
  }
  if (github && trigger?.number !== undefined && ctx.options.mode !== "propose") {
    ctx.progress = new ProgressComment(github.api, github.repo, trigger.number, (m) => ctx.warn(m), { runUrl: trigger.runUrl });
  }
}

/** A run that pushed nothing new still succeeds when it opened the pull request the branch lacked. */
export function outcome(ctx: RunContext, pr: Awaited<ReturnType<typeof openPullRequest>>): [Stop["status"], string?] {
  if (ctx.commit) return ["succeeded"];
  const why = ctx.succeededThisRun === 0 ? "every phase's product was already on the branch" : "the phases changed no file";
  if (pr === "opened") return ["succeeded", `${why}; opened its pull request`];
  return ["no_changes", `${why}${pr === "found" ? `; pull request #${ctx.record.pr?.number} is open` : ""}`];
}

export async function fail(ctx: RunContext, e: unknown): Promise<void> {
  if (e instanceof RunCancelled) {
    await ctx.setStatus("cancelled", e.message);
    return;
  }
  ctx.error = e instanceof Error ? e : new Error(String(e));
  const u = isUserError(e) ? e : undefined;
  ctx.record.error = u
    ? { message: u.message, hint: u.hint, code: u.code }
    : { message: `internal error: ${ctx.redact(ctx.error.message)}`, code: "internal" };
  await ctx.setStatus("failed", ctx.record.error.message);
}
