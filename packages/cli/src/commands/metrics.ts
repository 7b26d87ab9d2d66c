import type { MetricsMode, MetricsRunResult } from "@specpipe/core/metrics/run";
import type { Command, CommandContext } from "../command.js";
import { parseOptions } from "../main.js";

/**
 * `specpipe metrics record|ingest|report|prune` and `specpipe backlog merge|next|done|claim`:
 * the same core calls as the metrics-collect action, from a terminal or a workflow `run:` step.
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

const BACKLOG_OPTIONS = {
  product: { type: "string", default: "docs/backlog/product.md" },
  meta: { type: "string", default: "docs/backlog/meta.md" },
  ratio: { type: "string", default: "4" },
  state: { type: "string", default: ".specpipe/backlog-state.json" },
  "state-branch": { type: "string", default: "specpipe-backlog" },
  "git-remote": { type: "string", default: "origin" },
  offline: { type: "boolean", default: false },
} as const;

const BACKLOG_USAGE = `Backlog options:
  --product FILE        product backlog, a Markdown numbered or checkbox list (default docs/backlog/product.md)
  --meta FILE           meta backlog (default docs/backlog/meta.md)
  --ratio N             product items per meta item (default 4)
  --state-branch NAME   the branch that holds backlog-state.json (default specpipe-backlog), read from
                        and pushed to --git-remote (default origin; token from GITHUB_TOKEN or
                        GH_TOKEN, or the checkout's credentials)
  --state FILE          the local state file: used offline (--offline, --no-push, no remote) and to
                        start the state branch (default .specpipe/backlog-state.json)
  --offline             read the local state file only

An item is held back by a trailing <!-- blocked: reason --> (or "specpipe backlog block"); its turn
goes to the next meta item.`;

const SHARE_OPTIONS = {
  "no-push": { type: "boolean", default: false },
} as const;

async function usageError(command: string, message: string, hint: string): Promise<never> {
  const { UserError } = await import("@specpipe/core/errors");
  throw new UserError(`${command}: ${message}`, { hint, code: "cli.usage" });
}

async function number(command: string, name: string, text: string | undefined, min = 0): Promise<number | undefined> {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || n < min)
    return usageError(command, `--${name} must be a number ≥ ${min}, got "${text}"`, `pass --${name} N`);
  return n;
}

function print(ctx: CommandContext, json: boolean, value: unknown, human: string): void {
  ctx.out(json ? JSON.stringify(value, null, 2) + "\n" : human.endsWith("\n") ? human : human + "\n");
}

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
      root: ctx.cwd,
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

async function backlogConfig(
  command: string,
  values: {
    product?: string;
    meta?: string;
    ratio?: string;
    state?: string;
    "state-branch"?: string;
    "git-remote"?: string;
    offline?: boolean;
    "no-push"?: boolean;
  },
  ctx: CommandContext,
) {
  const { githubToken } = await import("@specpipe/core/github/token");
  const token = githubToken(undefined, ctx.env);
  return {
    root: ctx.cwd,
    product: values.product!,
    meta: values.meta!,
    ratio: await number(command, "ratio", values.ratio, 1),
    statePath: values.state,
    stateBranch: values["state-branch"],
    remote: values["git-remote"],
    auth: token ? { token: token.value } : undefined,
    env: ctx.env,
    offline: values.offline === true || values["no-push"] === true,
  };
}

function itemJson(item: { id: string; text: string; source: string; file: string; line: number }, status?: string) {
  return { id: item.id, text: item.text, source: item.source, file: item.file, line: item.line, ...(status ? { status } : {}) };
}

const merge: Command = {
  path: ["backlog", "merge"],
  summary: "show the combined backlog: the queue (product first, one meta item per --ratio), then blocked and done items",
  usage: `Usage: specpipe backlog merge [--json] [options]

${BACKLOG_USAGE}
`,
  async run(args, ctx) {
    const { values } = await parseOptions("backlog merge", args, { ...BACKLOG_OPTIONS, json: { type: "boolean", default: false } });
    const { loadBacklog } = await import("@specpipe/core/backlog/store");
    const { blockedReason, statusOf } = await import("@specpipe/core/backlog/backlog");
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    const { items, merged, state } = await loadBacklog(await backlogConfig("backlog merge", values, ctx));
    const queued = new Set(merged.map((i) => i.id));
    const rest = items.filter((i) => !queued.has(i.id));
    const order = [
      ...merged,
      ...rest.filter((i) => statusOf(i, state) === "blocked"),
      ...rest.filter((i) => statusOf(i, state) === "done"),
    ];
    const rows = order.map((i) => ({
      ...itemJson(i, statusOf(i, state)),
      owner: statusOf(i, state) === "claimed" ? state.claims[i.id]?.owner : undefined,
      reason: blockedReason(i, state),
    }));
    const mark = { done: "x", claimed: "~", blocked: "!", open: " " } as Record<string, string>;
    print(
      ctx,
      values.json,
      rows,
      rows
        .map(
          (r, n) =>
            `${String(n + 1).padStart(3)}. [${mark[r.status!]}] ${r.id} ${r.source.padEnd(7)} ${logSafe(r.text)}${r.owner ? `  (claimed by ${logSafe(r.owner)})` : ""}${r.reason ? `  (blocked: ${logSafe(r.reason)})` : ""}`,
        )
        .join("\n") || "the backlog is empty",
    );
    return 0;
  },
};

const next: Command = {
  path: ["backlog", "next"],
  summary: "the next open item(s) of the combined backlog (--count N for a matrix)",
  usage: `Usage: specpipe backlog next [--json] [--count N] [--require-work] [options]

Prints the next open item (not done, not claimed, not blocked). --count N prints N distinct items,
e.g. for a matrix of parallel jobs (each job then runs "specpipe backlog claim ID"). With no open
item, prints nothing (JSON: [] or null) and exits 0 — unless --require-work is given and items are
left (claimed or blocked): then it says which and why, and exits 1, so that a run that can do no
work while work remains fails instead of passing.

${BACKLOG_USAGE}
`,
  async run(args, ctx) {
    const { values } = await parseOptions("backlog next", args, {
      ...BACKLOG_OPTIONS,
      json: { type: "boolean", default: false },
      count: { type: "string" },
      "require-work": { type: "boolean", default: false },
    });
    const count = (await number("backlog next", "count", values.count, 1)) ?? 1;
    const { loadBacklog } = await import("@specpipe/core/backlog/store");
    const { blockedReason, nextItems, statusOf } = await import("@specpipe/core/backlog/backlog");
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    const { items, merged, state, stateFrom } = await loadBacklog(await backlogConfig("backlog next", values, ctx));
    const found = nextItems(merged, state, Math.floor(count));
    if (found.length === 0 && values["require-work"]) {
      const claimed = items.filter((i) => statusOf(i, state) === "claimed");
      const blocked = items.filter((i) => statusOf(i, state) === "blocked");
      if (claimed.length + blocked.length > 0) {
        const { UserError } = await import("@specpipe/core/errors");
        const why = [
          ...claimed.map((i) => `${i.id} claimed by ${logSafe(state.claims[i.id].owner)}`),
          ...blocked.map((i) => `${i.id} blocked: ${logSafe(blockedReason(i, state) ?? "")}`),
        ];
        throw new UserError(
          `no backlog item is open, and ${claimed.length + blocked.length} are left (${stateFrom}): ${why.slice(0, 5).join("; ")}${why.length > 5 ? "; …" : ""}`,
          {
            hint: 'unblock an item (remove its <!-- blocked: … --> or run "specpipe backlog unblock ID"), or release a claim whose job ended ("specpipe backlog release ID"); a claim lapses by itself after its --ttl-hours',
            code: "backlog.no-open-work",
          },
        );
      }
    }
    const shown = found.map((i) => itemJson(i));
    const value = values.count === undefined ? (shown[0] ?? null) : shown;
    print(ctx, values.json, value, shown.map((i) => `${i.id} ${logSafe(i.text)}`).join("\n"));
    return 0;
  },
};

function shareFlags(values: { "no-push"?: boolean }) {
  return { push: !values["no-push"] };
}

const doneCmd: Command = {
  path: ["backlog", "done"],
  summary: "mark a backlog item done (committed to the state branch and pushed unless --no-push)",
  usage: `Usage: specpipe backlog done ID [--no-push] [options]

${BACKLOG_USAGE}
`,
  async run(args, ctx) {
    const { values, positionals } = await parseOptions(
      "backlog done",
      args,
      { ...BACKLOG_OPTIONS, ...SHARE_OPTIONS, json: { type: "boolean", default: false } },
      true,
    );
    if (positionals.length !== 1) return usageError("backlog done", "give exactly one item ID", 'see "specpipe backlog merge" for the ids');
    const { done } = await import("@specpipe/core/backlog/store");
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    const outcome = await done(await backlogConfig("backlog done", values, ctx), positionals[0], shareFlags(values));
    print(ctx, values.json, { ...outcome, state: undefined }, `done: ${outcome.item.id} ${logSafe(outcome.item.text)}`);
    return 0;
  },
};

const releaseCmd: Command = {
  path: ["backlog", "release"],
  summary: "give a claim back (the job failed): the item is open again for the next run",
  usage: `Usage: specpipe backlog release ID [--no-push] [options]

${BACKLOG_USAGE}
`,
  async run(args, ctx) {
    const { values, positionals } = await parseOptions(
      "backlog release",
      args,
      { ...BACKLOG_OPTIONS, ...SHARE_OPTIONS, json: { type: "boolean", default: false } },
      true,
    );
    if (positionals.length !== 1)
      return usageError("backlog release", "give exactly one item ID", 'see "specpipe backlog merge" for the ids');
    const { release } = await import("@specpipe/core/backlog/store");
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    const outcome = await release(await backlogConfig("backlog release", values, ctx), positionals[0], shareFlags(values));
    print(ctx, values.json, { ...outcome, state: undefined }, `released: ${outcome.item.id} ${logSafe(outcome.item.text)}`);
    return 0;
  },
};

function blockCommand(unblock: boolean): Command {
  const word = unblock ? "unblock" : "block";
  return {
    path: ["backlog", word],
    summary: unblock ? "let a blocked item go back into the queue" : "hold an item back (--reason); its turn goes to the next meta item",
    usage: `Usage: specpipe backlog ${word} ID${unblock ? "" : ' --reason "…"'} [--no-push] [options]

${unblock ? "Removes the state's block (a <!-- blocked: … --> marker is removed by editing the file)." : "Records the block in the backlog state (or write <!-- blocked: reason --> at the end of the item)."}

${BACKLOG_USAGE}
`,
    async run(args, ctx) {
      const { values, positionals } = await parseOptions(
        `backlog ${word}`,
        args,
        { ...BACKLOG_OPTIONS, ...SHARE_OPTIONS, reason: { type: "string" }, json: { type: "boolean", default: false } },
        true,
      );
      if (positionals.length !== 1)
        return usageError(`backlog ${word}`, "give exactly one item ID", 'see "specpipe backlog merge" for the ids');
      if (!unblock && !values.reason?.trim())
        return usageError("backlog block", "--reason is required", 'pass --reason "what it waits for"');
      const { block } = await import("@specpipe/core/backlog/store");
      const { logSafe } = await import("@specpipe/core/text/log-safe");
      const outcome = await block(
        await backlogConfig(`backlog ${word}`, values, ctx),
        positionals[0],
        unblock ? undefined : values.reason!.trim(),
        shareFlags(values),
      );
      print(ctx, values.json, { ...outcome, state: undefined }, `${word}ed: ${outcome.item.id} ${logSafe(outcome.item.text)}`);
      return 0;
    },
  };
}

const claimCmd: Command = {
  path: ["backlog", "claim"],
  summary: "claim a backlog item for this run (committed to the state branch and pushed with retry: one owner wins)",
  usage: `Usage: specpipe backlog claim ID [--owner NAME] [--ttl-hours H] [--no-push] [options]

Exit code 0 when this run owns the item; 3 when another run owns it, or it is done or blocked (take
another: the message names the next open item). A claim lapses after --ttl-hours (default 12), so an
item whose job died is taken again by a later run.

${BACKLOG_USAGE}
`,
  async run(args, ctx) {
    const { values, positionals } = await parseOptions(
      "backlog claim",
      args,
      {
        ...BACKLOG_OPTIONS,
        ...SHARE_OPTIONS,
        owner: { type: "string" },
        "ttl-hours": { type: "string" },
        json: { type: "boolean", default: false },
      },
      true,
    );
    if (positionals.length !== 1)
      return usageError("backlog claim", "give exactly one item ID", 'see "specpipe backlog next --json" for the ids');
    const env = ctx.env;
    const owner =
      values.owner ??
      (env.GITHUB_RUN_ID
        ? `run ${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? "1"}${env.GITHUB_JOB ? ` ${env.GITHUB_JOB}` : ""}`
        : `${env.USER ?? "someone"} pid ${process.pid}`);
    const ttlHours = await number("backlog claim", "ttl-hours", values["ttl-hours"]);
    const { claim, loadBacklog } = await import("@specpipe/core/backlog/store");
    const { nextItems } = await import("@specpipe/core/backlog/backlog");
    const { logSafe } = await import("@specpipe/core/text/log-safe");
    const config = await backlogConfig("backlog claim", values, ctx);
    const outcome = await claim(
      config,
      positionals[0],
      owner,
      shareFlags(values),
      new Date(),
      ttlHours === undefined ? undefined : ttlHours * 3_600_000,
    );
    if (outcome.ok) {
      print(
        ctx,
        values.json,
        { claimed: true, owner, item: itemJson(outcome.item), attempts: outcome.attempts },
        `claimed ${outcome.item.id} for ${logSafe(owner)}: ${logSafe(outcome.item.text)}`,
      );
      return 0;
    }
    const { merged } = await loadBacklog(config);
    const other = nextItems(merged, outcome.state, 1)[0];
    const why =
      outcome.reason === "done"
        ? "is already done"
        : outcome.reason === "blocked"
          ? "is blocked"
          : `is claimed by ${logSafe(outcome.owner ?? "")}`;
    if (values.json)
      ctx.out(
        JSON.stringify(
          {
            claimed: false,
            reason: outcome.reason,
            owner: outcome.owner,
            item: itemJson(outcome.item),
            next: other ? itemJson(other) : null,
          },
          null,
          2,
        ) + "\n",
      );
    ctx.err(
      `specpipe: backlog item ${outcome.item.id} ${why}. Take another${other ? `: next open is ${other.id} ${logSafe(other.text)}` : "; no open item is left"}\n`,
    );
    return 3;
  },
};

export const commands: Command[] = [
  record,
  ingest,
  report,
  prune,
  merge,
  next,
  doneCmd,
  claimCmd,
  releaseCmd,
  blockCommand(false),
  blockCommand(true),
];
