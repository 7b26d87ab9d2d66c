/** `ingest` from this repository's workflow runs: each finished job is one task. */
import type { GitHubApi, Job, RepoRef, WorkflowRun } from "../github/port.js";
import { appendNew, type IngestResult } from "./ingest-append.js";
import { parseTimestamp, type MetricRecord } from "./record.js";
import type { MetricsStore } from "./store.js";
import { typeMapper, type TypeRule } from "./type-map.js";

/** A job's conclusion as a task status; undefined for a job that has not ended. */
export function jobStatus(job: Pick<Job, "status" | "conclusion">): MetricRecord["status"] | undefined {
  if (job.status !== "completed") return job.status === "in_progress" ? "running" : "pending";
  switch (job.conclusion) {
    case "success":
      return "completed";
    case "failure":
    case "timed_out":
    case "startup_failure":
    case "action_required":
      return "failed";
    case "cancelled":
      return "cancelled";
    default:
      return "skipped";
  }
}

export interface IngestRunsOptions {
  /** Runs created on or after this time. */
  sinceMs: number;
  typeRules?: TypeRule[];
  model?: string;
  /** The run doing the ingest (its own jobs are not finished). */
  excludeRunId?: number;
  /**
   * The workflow file doing the ingest (".github/workflows/monitor.yml"): its runs are never
   * ingested, so a monitor that runs every 30 minutes does not measure itself.
   */
  excludeWorkflowPath?: string;
}

export function jobToRecord(job: Job, run: WorkflowRun, type: string, model: string): MetricRecord | undefined {
  const status = jobStatus(job);
  if (status === undefined || status === "pending" || status === "running" || !job.completedAt) return undefined;
  const start = job.startedAt ? parseTimestamp(job.startedAt) : NaN;
  const end = parseTimestamp(job.completedAt);
  const duration = Number.isNaN(start) || Number.isNaN(end) ? 0 : Math.max(0, (end - start) / 1000);
  const record: MetricRecord = {
    task_id: `gh-job-${job.id}`,
    task_type: type,
    model,
    duration_seconds: duration,
    status,
    created_at: new Date(end).toISOString(),
    executor: "github-actions",
  };
  const url = job.htmlUrl ?? run.htmlUrl;
  if (url) record.run_url = url;
  return record;
}

/** The store's memory of workflow-run ingests (`ingest-cursor.json`, kept with the records). */
export interface IngestCursor {
  version: 1;
  /** Runs created before this were all ingested (or are older than the window). */
  since: string;
  /** Runs created at or after `since` that were ingested already (id:attempt). */
  seen: string[];
}

export const INGEST_CURSOR = "ingest-cursor.json";

function parseCursor(text: string | undefined): IngestCursor | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<IngestCursor>;
    if (v.version === 1 && typeof v.since === "string" && !Number.isNaN(Date.parse(v.since)) && Array.isArray(v.seen)) {
      return { version: 1, since: v.since, seen: v.seen.filter((x): x is string => typeof x === "string") };
    }
  } catch {
    // An unreadable cursor only costs a longer read: the window is read again, and records already
    // in the store are skipped by their identity.
  }
  return undefined;
}

/** GitHub's created filter takes whole seconds. */
const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, "Z");

/**
 * The runs created in [fromMs, toMs], all of them: GitHub returns at most 1,000 for a filtered
 * query (its total_count says how many matched), so a window with more is split in two, and so on,
 * until every part fits.
 */
export async function listRunsInWindow(
  api: GitHubApi,
  ref: RepoRef,
  fromMs: number,
  toMs: number,
): Promise<{ runs: WorkflowRun[]; queries: number }> {
  const from = Math.floor(fromMs / 1000) * 1000;
  const to = Math.floor(toMs / 1000) * 1000;
  const { totalCount, runs } = await api.listWorkflowRunsCounted({ ...ref, created: `${isoSeconds(from)}..${isoSeconds(to)}` });
  if (totalCount <= runs.length || to - from < 2000) return { runs, queries: 1 };
  const mid = from + Math.floor((to - from) / 2000) * 1000;
  const newer = await listRunsInWindow(api, ref, mid + 1000, to);
  const older = await listRunsInWindow(api, ref, from, mid);
  return { runs: [...newer.runs, ...older.runs], queries: 1 + newer.queries + older.queries };
}

/**
 * `ingest` from this repository's workflow runs: each finished job is one task. Incremental: the
 * store remembers how far the last ingest got (`ingest-cursor.json`), so only runs created since
 * then are listed, and the jobs endpoint is asked only about runs not ingested yet. Runs still in
 * progress hold the cursor back until they finish. The ingesting workflow's own runs are skipped.
 */
export async function ingestWorkflowRuns(
  store: MetricsStore,
  api: GitHubApi,
  ref: RepoRef,
  options: IngestRunsOptions,
  nowMs = Date.now(),
): Promise<IngestResult> {
  const cursor = parseCursor(await store.readMeta?.(INGEST_CURSOR));
  const from = Math.max(options.sinceMs, cursor ? Date.parse(cursor.since) : -Infinity);
  const seen = new Set(cursor?.seen ?? []);
  const { runs } = await listRunsInWindow(api, ref, from, nowMs);
  const map = await typeMapper(options.typeRules ?? []);
  const model = options.model ?? "github-actions";
  const records: MetricRecord[] = [];
  let oldestOpen = Infinity;
  let newest = from;
  const ingested: { id: string; created: number }[] = [];
  let fetched = 0;
  for (const run of runs) {
    const created = Date.parse(run.createdAt);
    if (created > newest) newest = created;
    if (run.id === options.excludeRunId) continue;
    if (options.excludeWorkflowPath && run.path === options.excludeWorkflowPath) continue;
    if (run.status !== "completed") {
      if (created < oldestOpen) oldestOpen = created;
      continue;
    }
    const key = `${run.id}:${run.runAttempt}`;
    if (seen.has(key)) {
      ingested.push({ id: key, created });
      continue;
    }
    fetched++;
    const jobs = await api.listJobsForRun({ ...ref, runId: run.id });
    for (const job of jobs) {
      const rec = jobToRecord(job, run, map(job.name), model);
      if (rec) records.push(rec);
    }
    ingested.push({ id: key, created });
  }
  // The next ingest starts at the oldest run still in progress, else at the newest run seen.
  const since = Math.min(oldestOpen, newest);
  const next: IngestCursor = {
    version: 1,
    since: isoSeconds(since),
    seen: ingested
      .filter((r) => r.created >= Math.floor(since / 1000) * 1000)
      .map((r) => r.id)
      .sort(),
  };
  const text = JSON.stringify(next, null, 2) + "\n";
  const meta = text === (await store.readMeta?.(INGEST_CURSOR)) ? undefined : { [INGEST_CURSOR]: text };
  return { ...(await appendNew(store, records, meta)), invalid: [], runs: fetched, listed: runs.length };
}
