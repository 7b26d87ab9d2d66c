import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors.js";
import type { GitAuth } from "../git/git.js";
import type { GitHubApi, Job, RepoRef, WorkflowRun } from "../github/port.js";
import { Aggregator, type AggregatorOptions, type BadLine, type MetricsReport } from "./aggregate.js";
import { aggregateFile, emptyScanStats, type ReportThreads, type ScanStats } from "./parallel.js";
import { GitBranchStore } from "./git-store.js";
import { MetricRecordSchema, checkRecord, parseTimestamp, type MetricRecord } from "./record.js";
import { FileStore, type MetricsStore, type PruneResult } from "./store.js";

/** The operations behind `metrics-collect` and `specpipe metrics …`: one function per mode. */

/**
 * What a store is opened with: the action's and the command's store inputs, the same whatever the
 * kind, so a new kind of store (a database) is added here, in `STORES`, without touching either.
 */
export interface StoreConfig {
  /** "file", "git-branch", or a kind added with `registerStore`. */
  kind: string;
  /** The workspace: relative paths are resolved against it. */
  root: string;
  /** file: the JSONL file, relative to root (default .specpipe/metrics.jsonl). */
  path?: string;
  /** git-branch: the remote and branch holding the monthly files, and how to authenticate. */
  remote?: string;
  branch?: string;
  auth?: GitAuth;
  env?: NodeJS.ProcessEnv;
  maxAttempts?: number;
  /** Settings of kinds that need more (`store-options`: "key=value" lines), e.g. a database URL. */
  options?: Readonly<Record<string, string>>;
}

export const DEFAULT_FILE = ".specpipe/metrics.jsonl";

/** Opens a store of one kind; it throws a UserError naming the setting that is missing or wrong. */
export type StoreFactory = (config: StoreConfig) => MetricsStore;

const STORES = new Map<string, StoreFactory>([
  [
    "file",
    (config) => {
      const rel = config.path ?? DEFAULT_FILE;
      const file = path.resolve(config.root, rel);
      const display = path.relative(config.root, file).split(path.sep).join("/");
      return new FileStore({ file, displayPath: display.startsWith("..") ? file : display });
    },
  ],
  [
    "git-branch",
    (config) =>
      new GitBranchStore({
        repoDir: config.root,
        remote: config.remote,
        branch: config.branch,
        auth: config.auth,
        env: config.env,
        maxAttempts: config.maxAttempts,
      }),
  ],
]);

/** Adds a kind of store (`store: <kind>` in the action, `--store <kind>` in the command). */
export function registerStore(kind: string, factory: StoreFactory): void {
  if (STORES.has(kind)) throw new Error(`internal: a store of kind "${kind}" is registered already`);
  STORES.set(kind, factory);
}

export function openStore(config: StoreConfig): MetricsStore {
  return STORES.get(storeKind(config.kind))!(config);
}

export function storeKind(value: string): string {
  if (STORES.has(value)) return value;
  const kinds = [...STORES.keys()].map((k) => `"${k}"`);
  throw new UserError(`unknown store "${value}"`, {
    hint: `use ${kinds.slice(0, -1).join(", ")} or ${kinds.at(-1)}`,
    code: "metrics.bad-store",
  });
}

/**
 * One "key=value" line of a multi-line input, trimmed, or undefined when it has no key. Split at
 * the first "=" (a value such as a URL may hold more) or at the last (a key such as a glob may).
 */
function splitKeyValue(line: string, at: "first" | "last"): [key: string, value: string] | undefined {
  const i = at === "first" ? line.indexOf("=") : line.lastIndexOf("=");
  const key = i < 0 ? "" : line.slice(0, i).trim();
  return key === "" ? undefined : [key, line.slice(i + 1).trim()];
}

/** `store-options`: one "key=value" per line (blank lines ignored). */
export function parseStoreOptions(lines: readonly string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (const line of lines) {
    if (line.trim() === "") continue;
    const kv = splitKeyValue(line, "first");
    if (!kv)
      throw new UserError(`store option "${line}" is not "key=value"`, {
        hint: 'write one "key=value" per line in the store-options input (--store-option KEY=VALUE on the command line)',
        code: "metrics.bad-store-option",
      });
    options[kv[0]] = kv[1];
  }
  return options;
}

/** Validates one record with the zod schema; a UserError names the field and the fix. */
export function parseRecord(value: unknown, where?: { file?: string; line?: number }): MetricRecord {
  const result = MetricRecordSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.join(".") || "record";
    throw new UserError(`invalid metric record: ${field} ${issue.message}`, {
      file: where?.file,
      line: where?.line,
      hint: `give ${field} as the record format in specs/005-metrics-collect.md describes`,
      code: "metrics.bad-record",
    });
  }
  return result.data;
}

/** `record`: validate and append one record. */
export async function recordTask(store: MetricsStore, input: unknown): Promise<MetricRecord> {
  const record = parseRecord(input);
  await store.append([record]);
  return record;
}

/**
 * A record's identity for ingest: its task, its status and its time. One task has several records
 * (`running`, then `completed`), so the task_id alone would drop all but the first; the same
 * record ingested twice has the same identity.
 */
export function recordKey(r: Pick<MetricRecord, "task_id" | "status" | "created_at">): string {
  return `${r.task_id}\u0000${r.status}\u0000${parseTimestamp(r.created_at)}`;
}

/**
 * The identities (`recordKey`) of the store's records of these tasks, for ingest's "already
 * ingested" check. Only the tasks being ingested are kept, so a large store costs no memory.
 */
export async function storedKeys(store: MetricsStore, taskIds: ReadonlySet<string>): Promise<Set<string>> {
  const keys = new Set<string>();
  if (taskIds.size === 0) return keys;
  await store.scan((text) => {
    if (text.trim() === "") return;
    try {
      const v = JSON.parse(text) as unknown;
      if (checkRecord(v) === undefined && taskIds.has((v as MetricRecord).task_id)) keys.add(recordKey(v as MetricRecord));
    } catch {
      // unreadable lines are the report's business
    }
  });
  return keys;
}

/** Appends the records the store does not have yet (by `recordKey`), each once. */
async function appendNew(store: MetricsStore, records: readonly MetricRecord[]): Promise<{ added: number; skipped: number }> {
  const known = await storedKeys(store, new Set(records.map((r) => r.task_id)));
  const fresh: MetricRecord[] = [];
  for (const r of records) {
    const key = recordKey(r);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(r);
  }
  await store.append(fresh);
  return { added: fresh.length, skipped: records.length - fresh.length };
}

export interface IngestResult {
  added: number;
  /** Already in the store (same task, status and time: `recordKey`), or repeated in the input. */
  skipped: number;
  invalid: BadLine[];
}

/** `ingest` from a JSONL file, or a JSON file holding an array of records (or one record). */
export async function ingestFile(store: MetricsStore, file: string, displayPath = file): Promise<IngestResult> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (cause) {
    throw new UserError(`cannot read ${displayPath}`, {
      file: displayPath,
      hint: "give the path of a JSONL or JSON file of records",
      code: "metrics.ingest-missing",
      cause,
    });
  }
  const candidates: { value: unknown; line: number }[] = [];
  const invalid: BadLine[] = [];
  const trimmed = text.trimStart().replace(/^\uFEFF/, "");
  let whole: unknown;
  let isWhole = false;
  // A JSON array, or one record written over several lines; anything else is read as JSONL.
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    try {
      whole = JSON.parse(trimmed);
      isWhole = true;
    } catch {
      isWhole = false;
    }
  }
  if (isWhole && Array.isArray(whole)) {
    whole.forEach((value, i) => candidates.push({ value, line: i + 1 }));
  } else if (isWhole && trimmed.startsWith("{")) {
    candidates.push({ value: whole, line: 1 });
  } else {
    text
      .replace(/^\uFEFF/, "")
      .split("\n")
      .forEach((raw, i) => {
        const l = raw.replace(/\r$/, "");
        if (l.trim() === "") return;
        try {
          candidates.push({ value: JSON.parse(l), line: i + 1 });
        } catch {
          invalid.push({ file: displayPath, line: i + 1, reason: "not JSON" });
        }
      });
  }
  const valid: MetricRecord[] = [];
  for (const c of candidates) {
    const r = MetricRecordSchema.safeParse(c.value);
    if (!r.success) {
      const issue = r.error.issues[0];
      invalid.push({ file: displayPath, line: c.line, reason: `${issue.path.join(".") || "record"}: ${issue.message}` });
      continue;
    }
    valid.push(r.data);
  }
  return { ...(await appendNew(store, valid)), invalid };
}

/** Maps a job name to a task type: "pattern=type" rules (glob on the job name), first match wins. */
export interface TypeRule {
  pattern: string;
  type: string;
}

export function parseTypeMap(lines: readonly string[]): TypeRule[] {
  return lines.map((l) => {
    const kv = splitKeyValue(l, "last");
    if (!kv || kv[1] === "") {
      throw new UserError(`task type mapping "${l}" is not "job-name-pattern=type"`, {
        hint: 'write one "pattern=type" per line, e.g. "test*=test"',
        code: "metrics.bad-type-map",
      });
    }
    return { pattern: kv[0], type: kv[1] };
  });
}

export async function typeMapper(rules: readonly TypeRule[]): Promise<(jobName: string) => string> {
  if (rules.length === 0) return (name) => name;
  const { default: picomatch } = await import("picomatch");
  const compiled = rules.map((r) => ({ test: picomatch(r.pattern, { nocase: true, bash: true }), type: r.type }));
  return (name) => compiled.find((c) => c.test(name))?.type ?? name;
}

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

/** `ingest` from this repository's workflow runs: each finished job is one task. */
export async function ingestWorkflowRuns(
  store: MetricsStore,
  api: GitHubApi,
  ref: RepoRef,
  options: IngestRunsOptions,
): Promise<IngestResult> {
  const since = new Date(options.sinceMs).toISOString().slice(0, 10);
  const runs = await api.listWorkflowRuns({ ...ref, status: "completed", created: `>=${since}` });
  const map = await typeMapper(options.typeRules ?? []);
  const model = options.model ?? "github-actions";
  const records: MetricRecord[] = [];
  for (const run of runs) {
    if (run.id === options.excludeRunId) continue;
    const jobs = await api.listJobsForRun({ ...ref, runId: run.id });
    for (const job of jobs) {
      const rec = jobToRecord(job, run, map(job.name), model);
      if (rec) records.push(rec);
    }
  }
  return { ...(await appendNew(store, records)), invalid: [] };
}

/** Run statuses that mean work has not started: GitHub filters runs by one status at a time. */
export const WAITING_RUN_STATUSES = ["queued", "waiting", "pending", "requested"] as const;

/** Workflow runs that have not started (queued, waiting for approval, pending, requested): pending work for `stuck`. */
export async function countQueuedRuns(api: GitHubApi, ref: RepoRef): Promise<number> {
  let n = 0;
  for (const status of WAITING_RUN_STATUSES) n += (await api.listWorkflowRuns({ ...ref, status, limit: 100 })).length;
  return n;
}

/**
 * `report`: one streaming pass over the store; with `threads`, large local files are read in
 * segments on several threads, with the same answer (ADR 0025). `stats` is filled in.
 */
export async function buildReport(
  store: MetricsStore,
  options: AggregatorOptions,
  threads?: ReportThreads,
  stats: ScanStats = emptyScanStats(),
): Promise<MetricsReport> {
  const a = new Aggregator(options);
  if (threads && threads.threads > 1 && store.localFiles) {
    for (const file of await store.localFiles()) await aggregateFile(a, file, options, threads, stats);
  } else {
    let last = "";
    await store.scan((text, file, line, terminated) => {
      if (file !== last) {
        stats.files++;
        stats.segments++;
        last = file;
      }
      a.line(text, file, line, terminated);
    });
  }
  return a.finish();
}

/** `prune --keep-days N`. */
export async function pruneStore(store: MetricsStore, keepDays: number, nowMs: number): Promise<PruneResult & { cutoff: string }> {
  const cutoff = nowMs - keepDays * 86_400_000;
  const result = await store.prune(cutoff);
  return { ...result, cutoff: new Date(cutoff).toISOString() };
}

/** PIPELINE_AUTO_FIX_ENABLED=1|true (any case) turns auto-fix on; the input can too. */
export function autoFixEnabled(input: boolean, env: NodeJS.ProcessEnv): boolean {
  const v = (env.PIPELINE_AUTO_FIX_ENABLED ?? "").trim().toLowerCase();
  return input || v === "1" || v === "true";
}
