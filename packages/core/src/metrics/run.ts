import { UserError } from "../errors.js";
import type { GitHubApi, GitHubContext } from "../github/port.js";
import type { MetricsReport, Thresholds } from "./report.js";
import type { HealOutcome } from "./heal.js";
import { emptyScanStats, type ReportThreads, type ScanStats } from "./parallel.js";
import { parseTimestamp, type MetricRecord } from "./record.js";
import { autoFixEnabled } from "./auto-fix.js";
import { buildReport } from "./build-report.js";
import type { IngestResult } from "./ingest-append.js";
import { ingestFile } from "./ingest-file.js";
import { ingestWorkflowRuns } from "./ingest-runs.js";
import { pruneStore } from "./prune.js";
import { countQueuedRuns } from "./queued-runs.js";
import { recordTask } from "./record-task.js";
import { DEFAULT_FILE, openStore, type StoreConfig } from "./stores.js";
import type { TypeRule } from "./type-map.js";
import type { PruneResult } from "./store.js";

/**
 * One call per run of `metrics-collect` (and of `specpipe metrics …`): open the store, do the
 * mode, close the store. Adapters pass parsed inputs and render the result.
 */
export type MetricsMode = "record" | "ingest" | "report" | "prune";

export type { GitHubContext } from "../github/port.js";

/** The combined backlog's files and where its state is (see `BacklogConfig`), without the root. */
export type BacklogSourceConfig = Omit<import("../backlog/store.js").BacklogConfig, "root">;

export interface MetricsRunOptions {
  mode: MetricsMode;
  root: string;
  store: StoreConfig;
  now: number;
  env: NodeJS.ProcessEnv;
  /** `record`: the record as given (validated with the zod schema). */
  record?: Record<string, unknown>;
  /** `record`: when the task started (ISO 8601); without a duration, it is the time from this to created_at. */
  startedAt?: string;
  /** `ingest`: a file path (relative to root) or "workflow-runs". */
  ingestFrom?: string;
  ingestDays?: number;
  typeRules?: TypeRule[];
  ingestModel?: string;
  excludeRunId?: number;
  /** The workflow file running this (GITHUB_WORKFLOW_REF's path): its runs are not ingested, nor counted as pending. */
  excludeWorkflowPath?: string;
  /** `report` */
  thresholds?: Partial<Thresholds>;
  pendingFrom?: "none" | "backlog" | "workflow-runs";
  backlog?: BacklogSourceConfig;
  autoFix?: boolean;
  diagnosticIssue?: boolean;
  healLabels?: string[];
  runUrl?: string;
  /** Write the HTML dashboard here (relative to root). */
  dashboard?: string;
  /** Read large store files in segments on several threads (`reportThreadsFromEnv`, ADR 0025). */
  threads?: ReportThreads;
  /** `prune` */
  keepDays?: number;
  /** Created only when a mode needs GitHub. */
  github?: () => Promise<GitHubContext>;
}

export interface MetricsRunResult {
  mode: MetricsMode;
  store: string;
  record?: MetricRecord;
  ingest?: IngestResult;
  report?: MetricsReport;
  heal?: HealOutcome;
  autoFix?: boolean;
  prune?: PruneResult & { cutoff: string };
  /** Absolute path of the dashboard written. */
  dashboardPath?: string;
  /** `report`: how the store was read (files, bytes, segments, worker threads). */
  scan?: ScanStats;
}

function needGitHub(options: MetricsRunOptions, why: string): Promise<GitHubContext> {
  if (!options.github) {
    throw new UserError(`${why} needs the GitHub API, and no token was given`, {
      hint: 'pass "token" (the default github.token works) or GITHUB_TOKEN',
      code: "metrics.no-token",
    });
  }
  return options.github();
}

/** Stands in for GitHub when auto-fix is off (heal then only logs; calling it is a bug). */
const NO_API = new Proxy({} as GitHubApi, {
  get() {
    throw new Error("internal: GitHub API used while auto-fix is off");
  },
});

/**
 * The report reads every line into a short-lived object. V8 grows its young generation up to
 * 16 MiB per semi-space for such garbage, which costs ~40 MiB of resident memory and buys little
 * speed here (measured in bench/metrics-collect.bench.mjs). This lets it grow to `semiSpaceMiB`
 * and then stops its growth (`--semi-space-growth-factor=1`, read by V8 at each growth step), so
 * a million-record report stays near the memory of a bare streaming parse. Process-wide: called by
 * the adapters (action, CLI) before a report, never by library code on its own.
 */
export async function keepYoungGenerationSmall(semiSpaceMiB = 4): Promise<void> {
  const v8 = await import("node:v8");
  const limit = semiSpaceMiB * 1024 * 1024 * 2; // new space = two semi-spaces
  const check = () => {
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    if (!space || space.space_size >= limit) {
      v8.setFlagsFromString("--semi-space-growth-factor=1");
      clearInterval(timer);
    }
  };
  const timer = setInterval(check, 10);
  timer.unref();
  check();
}

/** The log line of a report's read: "read 1 file (171.6 MB) in 2 segments, 1 on a worker thread". */
export function describeScan(s: ScanStats): string {
  const files = `${s.files} file${s.files === 1 ? "" : "s"}`;
  const bytes = s.bytes > 0 ? ` (${(s.bytes / 1e6).toFixed(1)} MB)` : "";
  const workers = s.workers > 0 ? `, ${s.workers} on worker thread${s.workers === 1 ? "" : "s"}` : "";
  return `read ${files}${bytes} in ${s.segments} segment${s.segments === 1 ? "" : "s"}${workers}`;
}

/** Seconds from `startedAt` to `endedAt` (both ISO 8601), or a UserError naming started-at. */
function durationSince(startedAt: string, endedAt: string): number {
  const start = parseTimestamp(startedAt);
  const end = parseTimestamp(endedAt);
  if (Number.isNaN(start))
    throw new UserError(`started-at "${startedAt}" is not an ISO 8601 time`, {
      hint: 'give it as e.g. "2026-03-02T01:17:05Z" (a step can write it: echo "at=$(date -u +%FT%TZ)" >> "$GITHUB_OUTPUT")',
      code: "metrics.bad-started-at",
    });
  if (!(end >= start))
    throw new UserError(`started-at "${startedAt}" is after the record's time ${endedAt}`, {
      hint: "give the time the task started, before it ended",
      code: "metrics.bad-started-at",
    });
  return Math.round(end - start) / 1000;
}

/** The path part of GITHUB_WORKFLOW_REF ("owner/repo/.github/workflows/monitor.yml@refs/heads/main"). */
export function workflowPathOf(workflowRef: string | undefined): string | undefined {
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef ?? "");
  return m?.[1];
}

export async function runMetrics(options: MetricsRunOptions): Promise<MetricsRunResult> {
  const { insideWorkspace } = await import("../fs/guard.js");
  // Every path an input names stays in the workspace, and none goes through a symlink (ADR: trust boundaries).
  if (options.store.kind === "file") {
    const guarded = await insideWorkspace(options.root, options.store.path ?? DEFAULT_FILE, {
      what: "the metrics store (path)",
      noSymlink: true,
      file: true,
    });
    options = { ...options, store: { ...options.store, path: guarded.rel } };
  }
  // A bad PIPELINE_AUTO_FIX_ENABLED is refused before anything is read or written.
  if (options.mode === "report") autoFixEnabled(options.autoFix ?? false, options.env);
  const store = openStore(options.store);
  try {
    const result: MetricsRunResult = { mode: options.mode, store: store.location };
    switch (options.mode) {
      case "record": {
        const record: Record<string, unknown> = { created_at: new Date(options.now).toISOString(), ...options.record };
        if (options.startedAt !== undefined && record.duration_seconds === undefined)
          record.duration_seconds = durationSince(options.startedAt, String(record.created_at));
        result.record = await recordTask(store, record);
        break;
      }
      case "ingest": {
        const from = options.ingestFrom;
        if (!from)
          throw new UserError("ingest needs a source", {
            hint: 'set "ingest-from" to a JSONL/JSON file or to "workflow-runs"',
            code: "metrics.no-ingest-source",
          });
        if (from === "workflow-runs") {
          const gh = await needGitHub(options, "ingest from workflow runs");
          result.ingest = await ingestWorkflowRuns(
            store,
            gh.api,
            gh.repo,
            {
              sinceMs: options.now - (options.ingestDays ?? 7) * 86_400_000,
              typeRules: options.typeRules,
              model: options.ingestModel,
              excludeRunId: options.excludeRunId,
              excludeWorkflowPath: options.excludeWorkflowPath,
            },
            options.now,
          );
        } else {
          const file = await insideWorkspace(options.root, from, { what: "ingest-from", noSymlink: true, file: true });
          result.ingest = await ingestFile(store, file.abs, file.rel);
        }
        break;
      }
      case "report": {
        let pending = 0;
        if (options.pendingFrom === "backlog") {
          if (!options.backlog)
            throw new UserError("pending-from: backlog needs the backlog files", {
              hint: 'set "backlog-product" and "backlog-meta"',
              code: "metrics.no-backlog",
            });
          const { loadBacklog } = await import("../backlog/store.js");
          const { pendingCount } = await import("../backlog/backlog.js");
          const loaded = await loadBacklog({ ...options.backlog, root: options.root });
          pending = pendingCount(loaded.merged, loaded.state, options.now);
        } else if (options.pendingFrom === "workflow-runs") {
          const gh = await needGitHub(options, "pending-from: workflow-runs");
          pending = await countQueuedRuns(gh.api, gh.repo, options.excludeWorkflowPath);
        }
        result.scan = emptyScanStats();
        const report = await buildReport(store, { now: options.now, pending, ...options.thresholds }, options.threads, result.scan);
        result.report = report;
        const autoFix = autoFixEnabled(options.autoFix ?? false, options.env);
        result.autoFix = autoFix;
        const { reconcileHealIssues } = await import("./heal.js");
        const gh = autoFix ? await needGitHub(options, "auto-fix (heal issues)") : undefined;
        result.heal = await reconcileHealIssues({
          api: gh?.api ?? NO_API,
          repo: gh?.repo ?? { owner: "", repo: "" },
          report,
          autoFix,
          diagnosticIssue: options.diagnosticIssue ?? false,
          labels: options.healLabels,
          runUrl: options.runUrl,
        });
        if (options.dashboard) {
          const { dashboardHtml } = await import("./dashboard.js");
          const { writeFileAtomic } = await import("../fs/atomic.js");
          const file = await insideWorkspace(options.root, options.dashboard, { what: "the dashboard", noSymlink: true, file: true });
          await writeFileAtomic(file.abs, dashboardHtml(report, { store: store.location }));
          result.dashboardPath = file.abs;
        }
        break;
      }
      case "prune": {
        const keep = options.keepDays;
        if (keep === undefined || !(keep >= 0))
          throw new UserError("prune needs keep-days", {
            hint: 'set "keep-days" to the number of days of records to keep',
            code: "metrics.no-keep-days",
          });
        result.prune = await pruneStore(store, keep, options.now);
        break;
      }
      default:
        throw new UserError(`unknown mode "${String(options.mode)}"`, {
          hint: "use record, ingest, report or prune",
          code: "metrics.bad-mode",
        });
    }
    return result;
  } finally {
    await store.close();
  }
}
