import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { RunContext } from "../context.js";
import { BUNDLE_FILE, PROPOSAL_REF, PROPOSAL_SCHEMA, writeProposalFile, type Proposal } from "../proposal.js";

/**
 * Stage 6 of `mode: propose` (ADR 0037), instead of the push and the pull request: the run's
 * commit as a git bundle of exactly that commit over its parent, and proposal.json with the facts
 * a publish job needs, in a folder of their own for actions/upload-artifact. The agent's processes
 * are all gone first (as before a push), and the folder is made after they are, by this job's
 * user: nothing of the agent's is in it but the commit's tree.
 */
export async function writeProposal(ctx: RunContext, status: Proposal["status"], reason?: string): Promise<string> {
  await ctx.sandbox?.killAll();
  const dir = ctx.options.proposalDir ?? path.join(path.dirname(ctx.ws.dir), `speckit-proposal-${ctx.runId}`);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true, mode: 0o755 });
  let parent: string | undefined;
  const git = ctx.git;
  if (ctx.commit && git) {
    parent = (await git.run(["rev-parse", "--verify", "--end-of-options", `${ctx.commit.sha}^`])).trim();
    await git.run(["update-ref", PROPOSAL_REF, ctx.commit.sha]);
    // `^parent`: the bundle holds the one commit and needs its parent, which publish fetches itself.
    await git.run(["bundle", "create", "--quiet", path.join(dir, BUNDLE_FILE), PROPOSAL_REF, `^${parent}`]);
  }
  const trigger = ctx.options.trigger;
  const proposal: Proposal = {
    schema: PROPOSAL_SCHEMA,
    runId: ctx.runId,
    repository: ctx.options.repository,
    status,
    ...(ctx.record.timeline[0] ? { startedAt: ctx.record.timeline[0].at } : {}),
    ...(reason ? { reason: reason.slice(0, 2000) } : {}),
    base: { branch: ctx.base!, sha: ctx.baseSha! },
    ...(ctx.branch ? { branch: ctx.branch } : {}),
    resumed: ctx.resumed,
    ...(ctx.commit ? { parent, commit: ctx.commit.sha } : {}),
    ...(ctx.featureDir ? { featureDir: ctx.featureDir } : {}),
    agent: ctx.agent?.name ?? "command",
    ...(ctx.record.speckit
      ? {
          speckit: {
            installed: ctx.installed,
            ...(ctx.record.speckit.installer ? { installer: ctx.record.speckit.installer as "specify" } : {}),
          },
        }
      : {}),
    phases: ctx.phases.map((p) => ({
      phase: p.phase,
      status: p.status === "succeeded" || p.status === "failed" || p.status === "skipped" ? p.status : "pending",
      ...(p.durationMs !== undefined ? { durationMs: p.durationMs } : {}),
    })),
    succeededThisRun: ctx.succeededThisRun,
    ...(ctx.record.tokens !== undefined ? { tokens: ctx.record.tokens } : {}),
    ...(ctx.record.costUsd !== undefined ? { costUsd: ctx.record.costUsd } : {}),
    request: {
      text: ctx.options.specText,
      ...(ctx.options.eventName ? { event: ctx.options.eventName } : {}),
      ...(trigger?.number !== undefined ? { issue: trigger.number } : {}),
      ...(trigger?.user ? { user: trigger.user } : {}),
    },
    pr: {
      ...(ctx.options.pr.title ? { title: ctx.options.pr.title } : {}),
      ...(ctx.options.pr.body ? { body: ctx.options.pr.body } : {}),
      labels: [...ctx.options.pr.labels],
      draft: ctx.options.pr.draft,
    },
  };
  await writeProposalFile(dir, proposal);
  ctx.proposalDir = dir;
  ctx.record.proposal = { dir, ...(ctx.commit ? { commit: ctx.commit.sha } : {}) };
  ctx.log(ctx.commit ? `proposed ${ctx.commit.sha.slice(0, 12)} for ${ctx.branch} in ${dir}` : `proposal (no commit) in ${dir}`);
  return dir;
}
