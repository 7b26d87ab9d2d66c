import { MarkdownSummary } from "../markdown/summary.js";
import type { RunRecord } from "./record.js";
import type { SpeckitRunResult } from "./run.js";

/**
 * What a speckit run tells the person who ran it, rendered in core so that speckit-run and
 * `specpipe speckit run` can say the same: the step outputs, the annotations and the job summary.
 */

/** speckit-run's outputs (action.yml `outputs:`), by name. */
export function speckitOutputs(result: SpeckitRunResult, mode: "run" | "propose" | "publish"): Record<string, unknown> {
  const { record, workspace } = result;
  return {
    "run-id": record.runId,
    status: record.status,
    branch: record.branch ?? "",
    "pr-url": record.pr?.url ?? "",
    "pr-number": record.pr ? String(record.pr.number) : "",
    tokens: record.tokens === undefined ? "" : String(record.tokens),
    cost: record.costUsd === undefined ? "" : String(record.costUsd),
    "artifacts-dir": workspace.artifacts,
    // A propose job's proposal, for actions/upload-artifact; a publish job has none.
    "proposal-dir": mode === "publish" ? "" : (record.proposal?.dir ?? ""),
    "started-at": record.proposedAt ?? record.timeline[0]?.at ?? "",
  };
}

export interface SpeckitNote {
  level: "warning" | "notice";
  title: string;
  message: string;
}

/** Annotations: a run that needs clarification, or changed nothing, says why on the run's page. */
export function speckitNotes(record: RunRecord): SpeckitNote[] {
  const last = record.timeline[record.timeline.length - 1];
  if (record.status === "needs_clarification")
    return [{ level: "warning", title: "speckit-run: clarification needed", message: last?.reason ?? "" }];
  if (record.status === "no_changes") return [{ level: "notice", title: "speckit-run: no changes", message: last?.reason ?? "" }];
  return [];
}

/** The job summary's Markdown (within the runner's 1 MiB). */
export function speckitSummary(result: SpeckitRunResult): MarkdownSummary {
  const { record } = result;
  const s = new MarkdownSummary().heading(`speckit-run: ${record.status.replace(/_/g, " ")}`);
  const facts = [
    ["run id", record.runId],
    ["repository", record.repository],
    ["branch", record.branch ?? ""],
    ["pull request", record.pr ? `${record.pr.url} (${record.pr.created ? "opened" : "updated"})` : ""],
    ["agent", `${record.agent.name}${record.agent.version ? ` (${record.agent.version})` : ""}, from ${record.agent.source}`],
    [
      "runs as",
      record.safetyStrategy === undefined
        ? "no agent in this job (mode publish): the proposal's commit, validated"
        : record.agentUser
          ? `${record.agentUser} (safety-strategy ${record.safetyStrategy})`
          : `this job's user (safety-strategy ${record.safetyStrategy})`,
    ],
    [
      "Spec Kit",
      record.speckit
        ? `${record.speckit.generation === 1 ? (record.speckit.version ?? "1.x") : "0.0.x"}${record.speckit.integration ? ` (${record.speckit.integration})` : ""}${record.speckit.installed ? `, installed by this run with ${record.speckit.installer}` : ""}`
        : "",
    ],
    ["tokens / cost", `${record.tokens ?? "n/a"} / ${record.costUsd === undefined ? "n/a" : `$${record.costUsd}`}`],
    ["artifacts", result.workspace.artifacts],
  ].filter(([, v]) => v !== "");
  s.table(["", ""], facts);
  s.table(
    ["phase", "status", "attempts", "exit code", "duration", "logs"],
    record.phases.map((p) => [
      p.phase,
      p.status,
      String(p.attempts.length),
      p.exitCode === undefined || p.exitCode === null ? "" : String(p.exitCode),
      p.durationMs === undefined ? "" : `${(p.durationMs / 1000).toFixed(1)} s`,
      p.stdoutLog ? `${p.stdoutLog}, ${p.stderrLog}` : "",
    ]),
  );
  const last = record.timeline[record.timeline.length - 1];
  if (record.error)
    s.paragraph(`**${record.error.code ?? "error"}**: ${record.error.message}${record.error.hint ? `. Fix: ${record.error.hint}` : ""}`);
  else if (last?.reason) s.paragraph(last.reason);
  if (record.refused?.length)
    s.table(
      ["refused", "why"],
      record.refused.map((r) => [r.path, r.reason]),
    );
  if (record.proposal)
    s.paragraph(
      `Proposal${record.proposal.commit ? ` of commit ${record.proposal.commit.slice(0, 12)}` : ""} in ${record.proposal.dir}: upload it for the publish job.`,
    );
  for (const w of record.warnings) s.paragraph(`Warning: ${w}`);
  return s;
}
