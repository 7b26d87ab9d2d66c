import { core } from "@specpipe/action-kit";
import { tmpdir } from "node:os";
// zod/mini like readInputs: the full zod costs start-up time (ADR 0023).
import { z } from "zod/mini";
import {
  annotate,
  bool,
  int,
  list,
  num,
  optionalStr,
  readEvent,
  readInputs,
  runMain,
  setOutputs,
  str,
  Summary,
  workspaceRoot,
} from "@specpipe/action-kit";
import { DEFAULT_PR_LABELS, SPECKIT_VERSION } from "@specpipe/core/defaults";
import { UserError } from "@specpipe/core/errors";
import { insideWorkspace } from "@specpipe/core/fs/guard";
import { parseRepository } from "@specpipe/core/github/port";
import { parsePhases } from "@specpipe/core/speckit/agents";
import { parseSafetyStrategy } from "@specpipe/core/speckit/sandbox";
import { parseSpeckitVersion } from "@specpipe/core/speckit/stages/speckit";
import { runSpeckit, type SpeckitRunResult } from "@specpipe/core/speckit/run";
import { resolveSpecText, triggerFromEvent } from "@specpipe/core/speckit/trigger";
import type { RunRecord } from "@specpipe/core/speckit/record";
import type { Workspace } from "@specpipe/core/speckit/workspace";

/** speckit-run: spec text in, one Spec Kit run, branch and pull request out. Reads like action.yml. */
await runMain(async () => {
  const inputs = readInputs(
    {
      spec: z.string(),
      "spec-file": optionalStr(),
      repository: optionalStr(),
      "base-branch": optionalStr(),
      agent: optionalStr(),
      "agent-command": optionalStr(),
      "agent-env": list(),
      phases: list(),
      "phase-timeout-minutes": num(20, 0.001, 24 * 60),
      retries: int(1, 0, 10),
      "branch-name": optionalStr(),
      title: optionalStr(),
      body: optionalStr(),
      labels: list([...DEFAULT_PR_LABELS]),
      draft: bool(false),
      token: optionalStr(),
      "artifacts-dir": optionalStr(),
      "retention-days": int(7, 1, 90),
      "upload-artifact": bool(true),
      "safety-strategy": optionalStr(),
      "speckit-version": optionalStr(),
      mode: str("run"),
      "proposal-dir": optionalStr(),
    },
    { secrets: ["token"] },
  );
  const env = process.env;
  const mode = parseMode(inputs.mode);
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const trigger = triggerFromEvent(eventName, readEvent(env));
  const artifactsDir = inputs["artifacts-dir"]
    ? (await insideWorkspace(workspaceRoot(), inputs["artifacts-dir"], { what: "artifacts-dir" })).abs
    : undefined;
  const repository = inputs.repository ?? env.GITHUB_REPOSITORY ?? "";
  const repo = parseRepository(repository);
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
  const token = inputs.token;

  let github: Parameters<typeof runSpeckit>[0]["github"];
  if (token) {
    const { createGitHubApi } = await import("@specpipe/core/github/octokit");
    const api = await createGitHubApi({ token, baseUrl: env.GITHUB_API_URL, onSecret: core.setSecret, onWarning: core.warning });
    github = { api, repo };
  }

  // Cancellation: the runner sends SIGINT, then SIGTERM. Stop the agent, clean up, record it.
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      core.info(`received ${signal}: cancelling the run`);
      controller.abort();
    });
  }
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const proposalDir = inputs["proposal-dir"];

  // publish (ADR 0037): no agent, no spec; the proposal a propose job left, validated, then pushed.
  if (mode === "publish") {
    if (!proposalDir)
      throw new UserError("mode publish needs proposal-dir: the folder the propose job's artifact was downloaded into", {
        hint: "add actions/download-artifact with the propose job's artifact name and path, and give that path as proposal-dir",
        code: "speckit.no-proposal-dir",
      });
    const { publishProposal } = await import("@specpipe/core/speckit/publish");
    const result = await publishProposal({
      root: workspaceRoot(),
      proposalDir,
      repository: `${repo.owner}/${repo.repo}`,
      remoteUrl: `${serverUrl}/${repo.owner}/${repo.repo}.git`,
      token,
      authUrlPrefix: `${serverUrl}/`,
      baseBranch: inputs["base-branch"],
      github,
      trigger: { ...trigger, runUrl },
      workspaceRoot: env.RUNNER_TEMP || tmpdir(),
      artifactsDir,
      retentionDays: inputs["retention-days"]!,
      signal: controller.signal,
      log: (line) => core.info(line),
      warn: (line) => core.warning(line),
      onWorkspace: (ws: Workspace) => core.saveState("workspace", JSON.stringify(ws)),
    });
    await finish(result, inputs["upload-artifact"], "");
    return;
  }

  const specText = await resolveSpecText({ spec: inputs.spec, specFile: inputs["spec-file"], root: workspaceRoot(), trigger });
  const safetyStrategy = parseSafetyStrategy(inputs["safety-strategy"]);
  const result = await runSpeckit({
    mode,
    proposalDir: proposalDir ? (await insideWorkspace(workspaceRoot(), proposalDir, { what: "proposal-dir" })).abs : undefined,
    eventName,
    specText,
    repository: `${repo.owner}/${repo.repo}`,
    remoteUrl: `${serverUrl}/${repo.owner}/${repo.repo}.git`,
    token,
    authUrlPrefix: `${serverUrl}/`,
    baseBranch: inputs["base-branch"],
    agent: { input: inputs.agent, inputCommand: inputs["agent-command"], env: env.SPECPIPE_AGENT },
    agentEnv: inputs["agent-env"],
    phases: parsePhases(inputs.phases),
    phaseTimeoutMs: Math.round(inputs["phase-timeout-minutes"]! * 60_000),
    retries: inputs.retries!,
    safetyStrategy,
    speckitVersion: parseSpeckitVersion(inputs["speckit-version"], SPECKIT_VERSION),
    branchName: inputs["branch-name"],
    pr: { title: inputs.title, body: inputs.body, labels: inputs.labels, draft: inputs.draft },
    github,
    trigger: { ...trigger, runUrl },
    workspaceRoot: env.RUNNER_TEMP || tmpdir(),
    checkout: workspaceRoot(),
    artifactsDir,
    retentionDays: inputs["retention-days"]!,
    signal: controller.signal,
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
    onWorkspace: (ws: Workspace) => core.saveState("workspace", JSON.stringify(ws)),
    onAgentUser: (name) => core.saveState("agent-user", name),
  });
  await finish(result, inputs["upload-artifact"], result.record.proposal?.dir ?? "");
});

/** The modes: run (one job), or propose then publish (two jobs, ADR 0037). */
function parseMode(value: string | undefined): "run" | "propose" | "publish" {
  const mode = (value ?? "run").trim().toLowerCase() || "run";
  if (mode === "run" || mode === "propose" || mode === "publish") return mode;
  throw new UserError(`mode "${value}" is not one of run, propose, publish`, {
    hint: "mode: run for one job; propose (read-only job with the agent) then publish (write job, no agent) for text from outside",
    code: "speckit.bad-mode",
  });
}

async function finish(result: SpeckitRunResult, uploadArtifact: boolean | undefined, proposalDir: string): Promise<void> {
  const env = process.env;
  const { record, workspace } = result;
  core.saveState("cleaned", record.cleanup?.ok ? "true" : "false");

  if (uploadArtifact && env.ACTIONS_RUNTIME_TOKEN) await upload(record, workspace.artifacts);
  setOutputs({
    "run-id": record.runId,
    status: record.status,
    branch: record.branch ?? "",
    "pr-url": record.pr?.url ?? "",
    "pr-number": record.pr ? String(record.pr.number) : "",
    tokens: record.tokens === undefined ? "" : String(record.tokens),
    cost: record.costUsd === undefined ? "" : String(record.costUsd),
    "artifacts-dir": workspace.artifacts,
    "proposal-dir": proposalDir,
    "started-at": record.proposedAt ?? record.timeline[0]?.at ?? "",
  });
  summary(record, workspace.artifacts).write();
  const last = record.timeline[record.timeline.length - 1];
  if (record.status === "needs_clarification")
    annotate([{ level: "warning", title: "speckit-run: clarification needed", message: last?.reason ?? "" }]);
  if (record.status === "no_changes") annotate([{ level: "notice", title: "speckit-run: no changes", message: last?.reason ?? "" }]);
  if (result.error) throw result.error;
  if (record.status === "cancelled")
    core.setFailed(`speckit-run ${record.runId} was cancelled; the workspace was removed, the logs are in ${workspace.artifacts}`);
}

async function upload(record: RunRecord, dir: string): Promise<void> {
  try {
    const { readdirSync } = await import("node:fs");
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => `${(d as { parentPath?: string; path?: string }).parentPath ?? (d as { path?: string }).path}/${d.name}`);
    const { DefaultArtifactClient } = await import("@actions/artifact");
    const r = await new DefaultArtifactClient().uploadArtifact(`speckit-run-${record.runId}`, files, dir, {
      retentionDays: record.retentionDays,
    });
    core.info(`uploaded artifact speckit-run-${record.runId} (${r.size ?? "?"} bytes), kept ${record.retentionDays} days`);
  } catch (e) {
    core.warning(
      `the run's artifacts were not uploaded (${(e as Error).message}); they are in ${dir}, upload them with actions/upload-artifact`,
    );
  }
}

function summary(record: RunRecord, artifacts: string): Summary {
  const s = new Summary().heading(`speckit-run: ${record.status.replace(/_/g, " ")}`);
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
    ["artifacts", artifacts],
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
