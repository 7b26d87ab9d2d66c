import { mkdtempSync } from "node:fs";
import * as path from "node:path";
import type { GitHubApi, RepoRef } from "../github/port.js";
import { UserError } from "../errors.js";
import { openRun, type SpeckitRunOptions } from "./context.js";
import { DEFAULT_PROPOSAL_LIMITS, readProposal, type ProposalLimits } from "./proposal.js";
import { checkTrigger, fail, outcome, type SpeckitRunResult } from "./run.js";
import { openPullRequest } from "./stages/pull-request.js";
import { pushCommit } from "./stages/push.js";
import { teardown } from "./stages/teardown.js";
import { openProposal, ProposalRefused } from "./stages/unbundle.js";

/**
 * `mode: publish` (ADR 0037): the second job of a two-job run, with the write permissions and no
 * agent. It takes the proposal a propose job left (a bundle of one commit and proposal.json),
 * validates it in a throwaway repository of its own, and only then pushes the branch and opens or
 * updates the pull request with the same stages `mode: run` uses, so that a good proposal ends as
 * `mode: run` would have ended. Its trigger (who asked, which issue) comes from its own event, not
 * from the proposal.
 */
export interface PublishOptions {
  /** The workspace; proposalDir is inside it. */
  root: string;
  proposalDir: string;
  repository: string;
  remoteUrl: string;
  token?: string;
  authUrlPrefix?: string;
  /** The branch this job publishes onto; the proposal must have been made on it. Default: the proposal's. */
  baseBranch?: string;
  github?: { api: GitHubApi; repo: RepoRef };
  trigger?: SpeckitRunOptions["trigger"];
  workspaceRoot: string;
  artifactsDir?: string;
  retentionDays: number;
  limits?: Partial<ProposalLimits>;
  signal?: AbortSignal;
  committer?: { name: string; email: string };
  log?: (line: string) => void;
  warn?: (line: string) => void;
  onWorkspace?: SpeckitRunOptions["onWorkspace"];
  clock?: () => Date;
}

export async function publishProposal(options: PublishOptions): Promise<SpeckitRunResult> {
  const { proposal, bundle } = await readProposal(options.root, options.proposalDir);
  const [owner, name] = proposal.repository.split("/");
  if (`${owner}/${name}`.toLowerCase() !== options.repository.toLowerCase())
    throw new UserError(`the proposal is for ${proposal.repository}, not ${options.repository}`, {
      hint: "publish a proposal in the repository it was made for",
      code: "speckit.bad-proposal",
    });
  const limits = { ...DEFAULT_PROPOSAL_LIMITS, ...options.limits };
  const ctx = await openRun({
    ...options,
    mode: "run",
    // A fresh folder: a propose job on the same machine may have used the run's id already.
    workspaceRoot: mkdtempSync(path.join(path.resolve(options.workspaceRoot), "speckit-publish-")),
    runId: proposal.runId,
    specText: proposal.request.text,
    agent: { input: proposal.agent },
    agentEnv: [],
    phases: proposal.phases.map((p) => p.phase),
    phaseTimeoutMs: 0,
    retries: 0,
    pr: { title: proposal.pr.title, body: proposal.pr.body, labels: proposal.pr.labels, draft: proposal.pr.draft },
    safetyStrategy: "unsafe",
    speckitVersion: "",
  });
  // No agent runs here: the record says what ran in the propose job.
  ctx.record.safetyStrategy = undefined;
  ctx.record.agent = { name: proposal.agent, source: "the proposal" };
  ctx.agent = { name: proposal.agent } as NonNullable<typeof ctx.agent>;
  proposal.phases.forEach((p, k) => Object.assign(ctx.phases[k], { status: p.status, durationMs: p.durationMs }));
  ctx.succeededThisRun = proposal.succeededThisRun;
  if (proposal.startedAt) ctx.record.proposedAt = proposal.startedAt;
  if (proposal.tokens !== undefined) ctx.record.tokens = proposal.tokens;
  if (proposal.costUsd !== undefined) ctx.record.costUsd = proposal.costUsd;
  await ctx.setStatus("queued");
  try {
    await checkTrigger(ctx); // who asked may ask (from this job's own event); the issue gets the progress comment
    await ctx.setStatus("in_progress");
    await openProposal(ctx, proposal, bundle, limits); // fetched, validated, the commit rebuilt: or refused
    if (proposal.status === "needs_clarification") await ctx.setStatus("needs_clarification", proposal.reason);
    else {
      if (ctx.commit) await pushCommit(ctx, ctx.commit);
      const pr = ctx.commit || ctx.resumed ? await openPullRequest(ctx) : undefined;
      await ctx.setStatus(...outcome(ctx, pr));
    }
  } catch (e) {
    if (e instanceof ProposalRefused) ctx.record.refused = e.refused;
    await fail(ctx, e);
  } finally {
    await teardown(ctx);
  }
  return { record: ctx.record, workspace: ctx.ws, error: ctx.error };
}
