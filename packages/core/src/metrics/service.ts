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

/** Appends the records the store does not have yet (by `recordKey`), each once; `meta` goes with them. */
async function appendNew(
  store: MetricsStore,
  records: readonly MetricRecord[],
  meta?: Readonly<Record<string, string>>,
): Promise<{ added: number; skipped: number }> {
  const known = await storedKeys(store, new Set(records.map((r) => r.task_id)));
  const fresh: MetricRecord[] = [];
  for (const r of records) {
    const key = recordKey(r);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(r);
  }
  await store.append(fresh, meta);
  return { added: fresh.length, skipped: records.length - fresh.length };
}

export interface IngestResult {
  /** workflow-runs: the runs listed since the last ingest, and those whose jobs were read. */
  listed?: number;
  runs?: number;
  added: number;
  /** Already in the store (same task, status and time: `recordKey`), or repeated in the input. */
  skipped: number;
  invalid: BadLine[];
}

/**
 * `ingest` from a JSONL file, or a JSON file holding an array of records (or one record). A file
 * that is not text (a NUL byte, bytes that are not UTF-8) or that ends in the middle of a record
 * (a JSON array without its end, a last line cut off) is an error naming the file and the byte or
 * line, not "0 ingested": nothing is appended from it.
 */
export async function ingestFile(store: MetricsStore, file: string, displayPath = file): Promise<IngestResult> {
  const { readRegularFile } = await import("../fs/guard.js");
  const { decodeUtf8 } = await import("../text/document.js");
  let bytes: Buffer | undefined;
  try {
    bytes = await readRegularFile(file, displayPath, 512 * 1024 * 1024);
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    bytes = undefined;
  }
  if (bytes === undefined) {
    throw new UserError(`cannot read ${displayPath}`, {
      file: displayPath,
      hint: "give the path of a JSONL or JSON file of records",
      code: "metrics.ingest-missing",
    });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new UserError(`${displayPath} is not a JSONL or JSON file: byte ${nul} is a NUL (a binary file?)`, {
      file: displayPath,
      hint: "give the path of a JSONL file (one record per line) or a JSON array of records",
      code: "metrics.ingest-binary",
    });
  }
  const text = decodeUtf8(bytes, displayPath);
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
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  if (!isWhole && trimmed.startsWith("[")) {
    throw new UserError(`${displayPath} starts a JSON array that does not parse (cut off before its end?)`, {
      file: displayPath,
      hint: "give a complete JSON array of records, or a JSONL file (one record per line)",
      code: "metrics.ingest-truncated",
    });
  }
  if (isWhole && Array.isArray(whole)) {
    whole.forEach((value, i) => candidates.push({ value, line: i + 1 }));
  } else if (isWhole && trimmed.startsWith("{")) {
    candidates.push({ value: whole, line: 1 });
  } else {
    const lastIndex = text.endsWith("\n") ? -1 : lines.length - 1;
    lines.forEach((raw, i) => {
      const l = raw.replace(/\r$/, "");
      if (l.trim() === "") return;
      try {
        candidates.push({ value: JSON.parse(l), line: i + 1 });
      } catch {
        if (i === lastIndex) {
          throw new UserError(
            `${displayPath} ends in the middle of a line (line ${i + 1} has no newline and is not JSON): the file is cut off`,
            {
              file: displayPath,
              line: i + 1,
              hint: "ingest the complete file (each record one line of JSON, each line ending in a newline)",
              code: "metrics.ingest-truncated",
            },
          );
        }
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

/** Run statuses that mean work has not started: GitHub filters runs by one status at a time. */
export const WAITING_RUN_STATUSES = ["queued", "waiting", "pending", "requested"] as const;

/**
 * Workflow runs that have not started (queued, waiting for approval, pending, requested): pending
 * work for `stuck`. The asking workflow's own runs (a monitor queued behind itself) are not counted.
 */
export async function countQueuedRuns(api: GitHubApi, ref: RepoRef, excludeWorkflowPath?: string): Promise<number> {
  let n = 0;
  for (const status of WAITING_RUN_STATUSES)
    n += (await api.listWorkflowRuns({ ...ref, status, limit: 100 })).filter(
      (r) => !excludeWorkflowPath || r.path !== excludeWorkflowPath,
    ).length;
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
    await store.scan((text, file, line, terminated, invalidAt) => {
      if (file !== last) {
        stats.files++;
        stats.segments++;
        last = file;
      }
      a.line(text, file, line, terminated, invalidAt);
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

/**
 * Auto-fix is gated by PIPELINE_AUTO_FIX_ENABLED (the seed: `=0|1`, default 0): 1 (or true) turns it
 * on, 0 (or false) turns it off whatever the input says, a veto a repository variable holds; unset
 * or empty leaves it to the `auto-fix` input. Any other value is a mistake, not a silent "off".
 */
export function autoFixEnabled(input: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = env.PIPELINE_AUTO_FIX_ENABLED;
  const v = (raw ?? "").trim().toLowerCase();
  if (v === "") return input;
  if (v === "1" || v === "true") return true;
  if (v === "0" || v === "false") return false;
  throw new UserError(`PIPELINE_AUTO_FIX_ENABLED is "${raw}", which is neither 1 nor 0`, {
    hint: "set it to 1 (auto-fix on), 0 (off, even when auto-fix: true) or leave it empty (the auto-fix input decides)",
    code: "metrics.bad-auto-fix",
  });
}
