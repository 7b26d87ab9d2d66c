import {
  annotate,
  core,
  bool,
  int,
  list,
  num,
  optionalStr,
  readInputs,
  runMain,
  setOutputs,
  str,
  Summary,
  workspaceRoot,
  type Annotation,
} from "@specpipe/action-kit";
import { UserError } from "@specpipe/core/errors";
import type { GitHubContext } from "@specpipe/core/metrics/run";
// zod/mini like readInputs: the full zod costs start-up time (ADR 0023).
import { z } from "zod/mini";

const MODES = ["record", "ingest", "report", "prune"] as const;
const PENDING = ["none", "backlog", "workflow-runs"] as const;

await runMain(async () => {
  const env = process.env;
  const input = readInputs(
    {
      mode: z.pipe(str("report"), z.enum(MODES)),
      store: str("file"),
      "store-options": list(),
      path: str(".specpipe/metrics.jsonl"),
      branch: str("specpipe-metrics"),
      "git-remote": str("origin"),
      token: optionalStr(),
      "task-id": optionalStr(),
      "task-type": optionalStr(),
      model: optionalStr(),
      "duration-seconds": num(undefined, 0),
      status: optionalStr(),
      "created-at": optionalStr(),
      "started-at": optionalStr(),
      phase: optionalStr(),
      executor: optionalStr(),
      "prompt-variant": optionalStr(),
      "tokens-in": int(undefined, 0),
      "tokens-out": int(undefined, 0),
      "cost-usd": num(undefined, 0),
      "run-url": optionalStr(),
      "ingest-from": optionalStr(),
      "ingest-days": int(7, 1, 3650),
      "task-type-map": list(),
      "ingest-model": str("github-actions"),
      "window-days": num(7, 0.0001, 36500),
      "stuck-minutes": num(10, 0),
      "failure-streak": int(3, 1, 1000),
      "min-success-rate": num(0.8, 0, 1),
      "min-tasks": int(10, 0),
      "pending-from": z.pipe(str("none"), z.enum(PENDING)),
      "backlog-product": str("docs/backlog/product.md"),
      "backlog-meta": str("docs/backlog/meta.md"),
      "backlog-ratio": int(4, 1, 1000),
      "backlog-state-branch": str("specpipe-backlog"),
      "auto-fix": bool(false),
      "diagnostic-issue": bool(false),
      "heal-labels": list(["specpipe-heal"]),
      dashboard: optionalStr(),
      "keep-days": num(90, 0),
    },
    { secrets: ["token"] },
  );
  // Core modules load after the inputs are known (start-up budget; ncc makes them chunks).
  const { describeScan, keepYoungGenerationSmall, runMetrics, workflowPathOf } = await import("@specpipe/core/metrics/run");
  const { logSafe } = await import("@specpipe/core/text/log-safe");
  const { parseStoreOptions, parseTypeMap, storeKind } = await import("@specpipe/core/metrics/service");
  let threads;
  if (input.mode === "report") {
    await keepYoungGenerationSmall();
    const { reportThreadsFromEnv, reportWorkerBeside } = await import("@specpipe/core/metrics/parallel");
    // The worker bundle sits beside this one: dist/metrics-collect/report-worker/index.js.
    threads = reportThreadsFromEnv(env, reportWorkerBeside(import.meta.url));
  }
  const root = workspaceRoot();
  const thisRun =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const token = input.token ?? env.GITHUB_TOKEN;

  const result = await runMetrics({
    mode: input.mode,
    root,
    now: Date.now(),
    env,
    // One shape for every kind of store: each reads what it needs, so a new kind needs no change here.
    store: {
      kind: storeKind(input.store),
      root,
      path: input.path,
      remote: input["git-remote"],
      branch: input.branch,
      auth: token ? { token } : undefined,
      options: parseStoreOptions(input["store-options"]),
    },
    record: dropUndefined({
      task_id:
        input["task-id"] ??
        (env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${env.GITHUB_JOB ?? "job"}` : undefined),
      task_type: input["task-type"],
      model: input.model,
      duration_seconds: input["duration-seconds"],
      status: input.status,
      created_at: input["created-at"],
      phase: input.phase,
      executor: input.executor,
      prompt_variant: input["prompt-variant"],
      tokens_in: input["tokens-in"],
      tokens_out: input["tokens-out"],
      cost_usd: input["cost-usd"],
      run_url: input["run-url"] ?? thisRun,
    }),
    startedAt: input["started-at"],
    ingestFrom: input["ingest-from"],
    ingestDays: input["ingest-days"],
    typeRules: parseTypeMap(input["task-type-map"]),
    ingestModel: input["ingest-model"],
    excludeRunId: env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined,
    // This workflow's own runs: a monitor does not measure itself.
    excludeWorkflowPath: workflowPathOf(env.GITHUB_WORKFLOW_REF),
    thresholds: {
      windowDays: input["window-days"],
      stuckMinutes: input["stuck-minutes"],
      failureStreak: input["failure-streak"],
      minSuccessRate: input["min-success-rate"],
      minTasks: input["min-tasks"],
    },
    pendingFrom: input["pending-from"],
    backlog: {
      product: input["backlog-product"],
      meta: input["backlog-meta"],
      ratio: input["backlog-ratio"],
      stateBranch: input["backlog-state-branch"],
      remote: input["git-remote"],
      auth: token ? { token } : undefined,
    },
    autoFix: input["auto-fix"],
    diagnosticIssue: input["diagnostic-issue"],
    healLabels: input["heal-labels"],
    runUrl: thisRun,
    dashboard: input.dashboard,
    threads,
    keepDays: input["keep-days"],
    github: token ? () => gitHub(token) : undefined,
  });

  const summary = new Summary();
  if (result.record) {
    core.info(`Recorded task ${logSafe(result.record.task_id)} (${result.record.status}) in ${logSafe(result.store)}.`);
    setOutputs({ "records-added": 1 });
    summary.paragraph(
      `Recorded task \`${result.record.task_id}\` (${result.record.status}, ${result.record.duration_seconds} s) in ${result.store}.`,
    );
  }
  if (result.ingest) {
    const i = result.ingest;
    core.info(`Ingested ${i.added} record(s) into ${logSafe(result.store)}; ${i.skipped} already present; ${i.invalid.length} invalid.`);
    if (i.listed !== undefined)
      core.info(`Listed ${i.listed} workflow run(s) since the last ingest; read the jobs of ${i.runs ?? 0} new one(s).`);
    setOutputs({ "records-added": i.added });
    summary.paragraph(`Ingested ${i.added} record(s) into ${result.store}; ${i.skipped} were already there; ${i.invalid.length} invalid.`);
    if (i.invalid.length)
      summary.table(
        ["where", "why"],
        i.invalid.map((b) => [`${b.file}:${b.line}`, b.reason]),
      );
    annotate(
      i.invalid.map((b): Annotation => ({
        level: "warning",
        message: `skipped: ${b.reason}`,
        file: b.file,
        line: b.line,
        title: "metrics-collect",
      })),
    );
  }
  if (result.prune) {
    const p = result.prune;
    core.info(`Pruned ${p.dropped} record(s) older than ${p.cutoff}; kept ${p.kept}; kept ${p.unreadable} unreadable line(s).`);
    summary.paragraph(`Pruned ${p.dropped} record(s) created before ${p.cutoff} from ${result.store}; ${p.kept} kept.`);
  }
  if (result.report) {
    const r = result.report;
    if (result.scan) core.info(`Report: ${describeScan(result.scan)}.`);
    for (const line of result.heal?.log ?? []) core.info(logSafe(line));
    setOutputs({
      aggregates: r.aggregates,
      attention: r.attention,
      flags: r.attention.flags.join("\n"),
      "heal-issue-url": result.heal?.healIssueUrl ?? "",
      "bad-lines": r.bad_lines.count,
      "dashboard-path": result.dashboardPath,
    });
    const notes: Annotation[] = r.attention.flags.map((f) => ({ level: "warning", message: f, title: "metrics-collect attention" }));
    // Only the file store's lines are files in the workspace, which annotations can point at.
    if (input.store === "file") {
      for (const b of r.bad_lines.examples)
        notes.push({ level: "notice", message: `skipped line: ${b.reason}`, file: b.file, line: b.line, title: "metrics-collect" });
    }
    annotate(notes);
    const { reportMarkdown } = await import("@specpipe/core/metrics/markdown");
    summary.raw(reportMarkdown(r, { store: result.store }));
    if (result.heal?.actions.length) {
      summary.heading(`Auto-fix (${result.autoFix ? "on" : "off: log only"})`, 3);
      summary.table(
        ["subject", "action", "issue"],
        result.heal.actions.map((a) => [a.subject, a.kind, a.url ?? ""]),
      );
    }
  }
  summary.write();
});

async function gitHub(token: string): Promise<GitHubContext> {
  const { createGitHubApi } = await import("@specpipe/core/github/octokit");
  const { parseRepository } = await import("@specpipe/core/github/port");
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository)
    throw new UserError("GITHUB_REPOSITORY is not set", {
      hint: "run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name",
      code: "metrics.no-repository",
    });
  const api = await createGitHubApi({ token, baseUrl: process.env.GITHUB_API_URL, onSecret: (s) => core.setSecret(s) });
  return { api, repo: parseRepository(repository) };
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
