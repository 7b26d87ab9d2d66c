import type { Command, CommandContext } from "../command.js";
import { parseOptions, usageError, print } from "../command.js";
import type { MetricsMode, MetricsRunResult } from "@specpipe/core/metrics/run";

/**
 * `specpipe metrics record|ingest|report|prune`: the same core calls as the metrics-collect action.
 * The metrics flags are the action's inputs (`core/metrics/options.ts`: one shape, one mapping),
 * so a flag and its input cannot differ in default, limit or meaning. Core modules are imported
 * inside `run`, so `specpipe --help` loads none of them.
 */
const STORE_USAGE = `Store options:
  --store file|git-branch   where metrics live (default file)
  --path FILE               the file store's JSONL file (default .specpipe/metrics.jsonl)
  --branch NAME             the git-branch store's branch (default specpipe-metrics)
  --git-remote NAME|URL     the git-branch store's (and the backlog state's) remote (default origin;
                            --remote is the older name)
  --store-option KEY=VALUE  a setting of another kind of store (repeatable)
  --json                    machine-readable output

The token (git-branch store, GitHub) is GITHUB_TOKEN, else GH_TOKEN; never a flag, which other
users of the machine could read.`;

/** Flags only the CLI has: how it prints, and what an action gets from its runner instead. */
interface CliExtras {
  /** OWNER/NAME for GitHub (default GITHUB_REPOSITORY). */
  repo?: string;
  record?: Record<string, unknown>;
  backlogState?: string;
  offline?: boolean;
  /** `ingest FILE`, `ingest --workflow-runs`. */
  ingestFrom?: string;
}

/** Parse `specpipe metrics <mode>`'s flags with the action's shape, map them as the action does, run. */
async function metricsCommand(
  mode: MetricsMode,
  args: string[],
  ctx: CommandContext,
  cliOnly: Record<string, { type: "string" | "boolean"; default?: string | boolean }>,
  extras: (values: Record<string, unknown>, positionals: string[]) => Promise<CliExtras>,
): Promise<{ values: Record<string, unknown>; result: MetricsRunResult }> {
  const command = `metrics ${mode}`;
  const options = await import("@specpipe/core/metrics/options");
  const { values, positionals } = await parseOptions(
    command,
    args,
    { ...options.metricsFlagOptions(mode), ...cliOnly, json: { type: "boolean", default: false } },
    mode === "ingest",
  );
  const given = await extras(values, positionals);
  const { texts, flags } = options.metricsFlagTexts(mode, values);
  if (given.ingestFrom !== undefined) texts["ingest-from"] = given.ingestFrom;
  const input = options.parseMetricsInputs(texts, {
    name: (n) => `${command}: --${flags[n as keyof typeof flags] ?? n}`,
    hint: () => `run "specpipe ${command} --help" for the options`,
  });
  const [{ runMetrics }, { runnerContext }, { connectGitHub }] = await Promise.all([
    import("@specpipe/core/metrics/run"),
    import("@specpipe/core/github/runner-context"),
    import("@specpipe/core/github/connect"),
  ]);
  const { logSafe } = await import("@specpipe/core/text/log-safe");
  const result = await runMetrics(
    await options.metricsRunOptions(input, {
      workspace: ctx.cwd,
      env: ctx.env,
      now: Date.now(),
      runner: runnerContext(ctx.env),
      connect: (token) =>
        connectGitHub({
          token,
          env: ctx.env,
          repository: given.repo,
          why: command,
          repositoryHint: "pass --repo OWNER/NAME or set GITHUB_REPOSITORY",
          client: { onWarning: (m) => ctx.err(`specpipe: ${logSafe(m)}\n`) },
        }),
      // The worker bundle sits beside this chunk: dist/cli/report-worker/index.js.
      threads: await options.reportThreads(mode, ctx.env, import.meta.url),
      record: given.record,
      backlogState: given.backlogState,
      offline: given.offline,
    }),
  );
  return { values, result };
}

const record: Command = {
  path: ["metrics", "record"],
  summary: "append one task metric record",
  usage: `Usage: specpipe metrics record --task-id ID --task-type TYPE --model MODEL --duration-seconds S --status STATUS [options]
   or: specpipe metrics record --record '{"task_id": …}'

Record fields (the metrics-collect inputs of the same names): --task-id (default in a workflow:
<run id>-<attempt>-<job>) --task-type --model --duration-seconds (or --duration; or --started-at
ISO 8601, the duration is then the time since) --status (pending, running, completed, failed,
cancelled, skipped) --created-at (ISO 8601; default now; no zone = UTC) --phase --executor
--prompt-variant --tokens-in --tokens-out --cost-usd --run-url (default in a workflow: this run)

${STORE_USAGE}
`,
  async run(args, ctx) {
    const { values, result } = await metricsCommand("record", args, ctx, { record: { type: "string" } }, async (v) => {
      if (v.record === undefined) return {};
      try {
        const parsed: unknown = JSON.parse(v.record as string);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return { record: parsed as Record<string, unknown> };
      } catch {
        // said below
      }
      return usageError("metrics record", "--record is not a JSON object", "pass one record as a JSON object");
    });
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    print(
      ctx,
      values.json === true,
      result.record,
      `recorded ${logSafe(result.record!.task_id)} (${result.record!.status}) in ${logSafe(result.store)}`,
    );
    return 0;
  },
};

const ingest: Command = {
  path: ["metrics", "ingest"],
  summary: "append records from a JSONL/JSON file or from the repository's workflow runs",
  usage: `Usage: specpipe metrics ingest FILE [options]
   or: specpipe metrics ingest --workflow-runs --repo OWNER/NAME [--ingest-days N] [--task-type-map 'glob=type' …]
   or: specpipe metrics ingest --ingest-from FILE|workflow-runs [options]

Records already in the store (same task_id, status and created_at) are skipped. Workflow runs
need GITHUB_TOKEN (or GH_TOKEN); each finished job becomes one record (job name → task type by
--task-type-map, repeatable, or --type-map; conclusion → status). --ingest-days (or --days, default
7) is how far back the first ingest looks; --ingest-model (or --model, default github-actions) the
model recorded for jobs.

${STORE_USAGE}
`,
  async run(args, ctx) {
    const { values, result } = await metricsCommand(
      "ingest",
      args,
      ctx,
      { "workflow-runs": { type: "boolean", default: false }, repo: { type: "string" } },
      async (v, positionals) => {
        // FILE, --workflow-runs, or the action's --ingest-from (FILE or workflow-runs).
        const from = v["workflow-runs"] ? "workflow-runs" : positionals[0];
        if ((!from && v["ingest-from"] === undefined) || positionals.length > (v["workflow-runs"] ? 0 : 1))
          return usageError("metrics ingest", "give one FILE or --workflow-runs", 'run "specpipe metrics ingest --help"');
        return { ingestFrom: from, repo: v.repo as string | undefined };
      },
    );
    const i = result.ingest!;
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    const lines = [
      `ingested ${i.added} record(s) into ${logSafe(result.store)}; ${i.skipped} already present; ${i.invalid.length} invalid`,
    ];
    for (const b of i.invalid) lines.push(`  ${logSafe(b.file)}:${b.line}: ${logSafe(b.reason)}`);
    print(ctx, values.json === true, i, lines.join("\n"));
    return 0;
  },
};

const report: Command = {
  path: ["metrics", "report"],
  summary: "aggregates (success rate, p50/p95, by type, by model) and attention flags",
  usage: `Usage: specpipe metrics report [options]

  --window-days N        window of the aggregates (default 7)
  --stuck-minutes N      stuck: pending work and nothing finished for N minutes (default 10)
  --failure-streak N     repeated_failures: latest N tasks of one phase failed (default 3)
  --min-success-rate R   low_success_rate: rate below R (default 0.8)…
  --min-tasks N          …over at least N tasks (default 10)
  --pending-from none|backlog|workflow-runs
                         pending work: the combined backlog's open items (see backlog options),
                         or this repository's workflow runs that have not started (GITHUB_TOKEN,
                         --repo OWNER/NAME or GITHUB_REPOSITORY)
  --dashboard FILE       also write a self-contained HTML dashboard
  --markdown             print the Markdown the action's job summary gets
  --attention            print the attention flags only (one per line; "attention: none" when none)
  --auto-fix             open/update/close heal issues (PIPELINE_AUTO_FIX_ENABLED=1 turns it on, =0 vetoes it;
                         needs GITHUB_TOKEN, --repo)
  --diagnostic-issue     with auto-fix, a diagnostic issue when stuck
  --heal-labels LABEL    labels of new heal issues (repeatable; default specpipe-heal)
  --repo OWNER/NAME      repository for heal issues (default GITHUB_REPOSITORY)

Exit code 0 whatever the flags say (they are information); 1 on a usage error.

${STORE_USAGE}

Backlog options (with --pending-from backlog):
  --backlog-product FILE      product backlog (default docs/backlog/product.md; or --product)
  --backlog-meta FILE         meta backlog (default docs/backlog/meta.md; or --meta)
  --backlog-ratio N           product items per meta item (default 4; or --ratio)
  --backlog-state-branch NAME the branch that holds backlog-state.json (default specpipe-backlog; or
                              --state-branch), read from --git-remote
  --state FILE                the local state file (default .specpipe/backlog-state.json)
  --offline                   read the local state file only
`,
  async run(args, ctx) {
    const { values, result } = await metricsCommand(
      "report",
      args,
      ctx,
      {
        state: { type: "string" },
        offline: { type: "boolean", default: false },
        markdown: { type: "boolean", default: false },
        attention: { type: "boolean", default: false },
        repo: { type: "string" },
      },
      async (v) => ({ repo: v.repo as string | undefined, backlogState: v.state as string | undefined, offline: v.offline === true }),
    );
    const r = result.report!;
    const [{ logSafe }, { metricsSummary }, { describeScan }] = await Promise.all([
      import("@specpipe/core/text/log-safe"),
      import("@specpipe/core/metrics/summary"),
      import("@specpipe/core/metrics/run"),
    ]);
    if (result.scan) ctx.err(`${describeScan(result.scan)}\n`);
    for (const line of result.heal?.log ?? []) ctx.err(logSafe(line) + "\n");
    if (values.attention) {
      // The seed's `check_pipeline.py --attention`: the flags, and nothing else.
      if (values.json) ctx.out(JSON.stringify(r.attention, null, 2) + "\n");
      else ctx.out((r.attention.flags.length ? r.attention.flags.map(logSafe).join("\n") : "attention: none") + "\n");
      return 0;
    }
    if (values.json) {
      ctx.out(JSON.stringify({ aggregates: r.aggregates, attention: r.attention, report: r, heal: result.heal }, null, 2) + "\n");
      return 0;
    }
    if (values.markdown) {
      ctx.out(metricsSummary(result).toString());
      return 0;
    }
    const { formatPercent } = await import("@specpipe/core/metrics/aggregate");
    const a = r.aggregates;
    const lines = [
      `${logSafe(result.store)}: ${r.records_in_window} record(s) in the last ${r.window.days} day(s)`,
      `success rate ${formatPercent(a.success_rate.rate)} (${a.success_rate.completed} completed, ${a.success_rate.failed} failed, ${a.success_rate.total} total)`,
      `duration p50 ${a.execution_time.p50_seconds} s, p95 ${a.execution_time.p95_seconds} s`,
      ...Object.entries(a.by_task_type).map(
        ([k, v]) => `  type ${logSafe(k)}: ${v.count} task(s), ${formatPercent(v.success_rate)} success`,
      ),
      ...Object.entries(a.by_model).map(([k, v]) => `  model ${logSafe(k)}: ${v.count} task(s), avg ${v.avg_duration} s`),
      r.attention.flags.length ? "attention:" : "attention: none",
      ...r.attention.flags.map((f) => `  ${logSafe(f)}`),
      ...r.bad_lines.examples.map((b) => `skipped ${logSafe(b.file)}:${b.line}: ${logSafe(b.reason)}`),
    ];
    if (r.bad_lines.count > r.bad_lines.examples.length)
      lines.push(`…and ${r.bad_lines.count - r.bad_lines.examples.length} more skipped line(s)`);
    if (result.dashboardPath) lines.push(`dashboard: ${result.dashboardPath}`);
    ctx.out(lines.join("\n") + "\n");
    return 0;
  },
};

const prune: Command = {
  path: ["metrics", "prune"],
  summary: "drop records older than --keep-days (default 90; rewrites the store atomically)",
  usage: `Usage: specpipe metrics prune [--keep-days N] [options]

Drops records created more than --keep-days days ago (default 90, as the action's keep-days).

${STORE_USAGE}
`,
  async run(args, ctx) {
    const { values, result } = await metricsCommand("prune", args, ctx, {}, async () => ({}));
    const p = result.prune!;
    print(
      ctx,
      values.json === true,
      p,
      `pruned ${p.dropped} record(s) created before ${p.cutoff}; kept ${p.kept}${p.unreadable ? ` and ${p.unreadable} unreadable line(s)` : ""}`,
    );
    return 0;
  },
};

export const commands: Command[] = [record, ingest, report, prune];
