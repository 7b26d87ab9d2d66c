/**
 * The aggregator: one streaming pass over a store's records (or over segments of it, added up in
 * file order: ADR 0025) that gathers what the report is computed from. Definitions in `report.ts`.
 */
import { attentionOf } from "./attention.js";
import { concat, Durations } from "./durations.js";
import { ExactSum } from "./exact-sum.js";
import { round } from "./format.js";
import { nearestRanksInPlace, PercentileSelector } from "./percentiles.js";
import type { MetricRecord } from "./record.js";
import { invalidReason, parseTimestamp, recordTime } from "./record-check.js";
import { DEFAULT_THRESHOLDS, type Aggregates, type BadLine, type DailyPoint, type MetricsReport, type Thresholds } from "./report.js";
import { SmallMap } from "./small-map.js";
import { byTime, sortIn, type StreakEntry } from "./streaks.js";

// The pieces of the report, re-exported so that `@specpipe/core/metrics/aggregate` keeps its names.
export { attentionOf, type AttentionInput } from "./attention.js";
export { ExactSum } from "./exact-sum.js";
export { formatPercent, round } from "./format.js";
export { nearestRank, nearestRanksInPlace, PercentileSelector } from "./percentiles.js";
export {
  DEFAULT_THRESHOLDS,
  type Aggregates,
  type Attention,
  type BadLine,
  type DailyPoint,
  type FailingTask,
  type MetricsReport,
  type Thresholds,
} from "./report.js";
export type { StreakEntry } from "./streaks.js";

/** The fields a report reads from a record. */
type RecordFields = Pick<
  MetricRecord,
  "task_id" | "task_type" | "model" | "duration_seconds" | "status" | "created_at" | "phase" | "run_url"
>;

const DAY = 86_400_000;
const MAX_BAD_EXAMPLES = 50;

interface DayBucket {
  completed: number;
  failed: number;
  durations: Durations;
}

/**
 * What an `Aggregator` has gathered from one segment of a file (ADR 0025), as plain data and typed
 * arrays so that a worker thread can post it (the duration arrays are transferred, not copied).
 * `absorb` adds segments in file order and gets exactly the answer of one pass over the file.
 */
export interface PartialAggregate {
  /** Lines in the segment: the next segment's line numbers start after them. */
  lines: number;
  records: number;
  inWindow: number;
  completed: number;
  failed: number;
  /** Outcomes in the window: the streak order numbers the segment used (0 … seq-1). */
  seq: number;
  lastFinished: number;
  /** The latest `running` record's time (a task started). */
  lastStarted: number;
  badCount: number;
  /** Line numbers within the segment. */
  badExamples: BadLine[];
  days: { key: number; completed: number; failed: number; durations: Float64Array[] }[];
  types: { name: string; completed: number; failed: number }[];
  /** `partials`: the exact sum of the durations (`ExactSum`). */
  models: { name: string; count: number; partials: number[] }[];
  streaks: { phase: string; entries: StreakEntry[] }[];
  /** Tasks still pending or running at the end of the segment, as if nothing came before it. */
  open: [taskId: string, ms: number, running: boolean][];
}

/**
 * What a segment does to a task that was open before it (found by `openTaskEffects`): `opened`
 * when the segment has a pending/running record of the task in the window (its own state then
 * wins), else `maxFinish`, the latest time of the task's finished records there (-Infinity: none).
 */
export type OpenTaskEffects = ReadonlyMap<string, { opened: boolean; maxFinish: number }>;

export interface AggregatorOptions extends Partial<Thresholds> {
  /** "Now", in ms since the epoch. */
  now: number;
  /** Pending tasks known from outside the store (backlog items, queued workflow runs). */
  pending?: number;
}

/** Feed records (or raw lines) in store order, then call `finish()`. */
export class Aggregator {
  readonly thresholds: Thresholds;
  private readonly now: number;
  private readonly from: number;
  private readonly externalPending: number;
  private records = 0;
  private inWindow = 0;
  private completed = 0;
  private failed = 0;
  private readonly days = new Map<number, DayBucket>();
  private readonly types = new SmallMap<{ completed: number; failed: number }>();
  private readonly models = new SmallMap<{ count: number; sum: ExactSum }>();
  private readonly streaks = new SmallMap<StreakEntry[]>();
  private readonly openTasks = new Map<string, number>();
  /** The open tasks whose latest open record says `running`. */
  private readonly runningTasks = new Set<string>();
  private lastFinished = -Infinity;
  private lastStarted = -Infinity;
  private seq = 0;
  private badCount = 0;
  private readonly badExamples: BadLine[] = [];

  constructor(options: AggregatorOptions) {
    this.thresholds = {
      windowDays: options.windowDays ?? DEFAULT_THRESHOLDS.windowDays,
      stuckMinutes: options.stuckMinutes ?? DEFAULT_THRESHOLDS.stuckMinutes,
      failureStreak: options.failureStreak ?? DEFAULT_THRESHOLDS.failureStreak,
      minSuccessRate: options.minSuccessRate ?? DEFAULT_THRESHOLDS.minSuccessRate,
      minTasks: options.minTasks ?? DEFAULT_THRESHOLDS.minTasks,
    };
    this.now = options.now;
    this.from = options.now - this.thresholds.windowDays * DAY;
    this.externalPending = options.pending ?? 0;
  }

  /**
   * One line of a JSONL store. Bad lines are counted and named, never thrown; a line that is not
   * UTF-8 (`invalidAt`: the file offset of its first bad byte) is one, whatever it decodes to.
   */
  line(text: string, file: string, line: number, terminated = true, invalidAt?: number): void {
    if (invalidAt !== undefined) {
      this.bad(file, line, `not UTF-8 (byte ${invalidAt} of the file)`);
      return;
    }
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === "")) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.bad(file, line, terminated ? "not JSON" : "torn line (no newline at the end of the file, not JSON)");
      return;
    }
    const ms = recordTime(value);
    if (ms !== ms) {
      this.bad(file, line, invalidReason);
      return;
    }
    this.addAt(value as MetricRecord, ms);
  }

  /** Start of the report window, ms since the epoch. */
  get windowStart(): number {
    return this.from;
  }

  /** Tasks open now (pending or running in the window, not finished since). */
  openTaskIds(): string[] {
    return [...this.openTasks.keys()];
  }

  /** This aggregator's state as a segment's contribution; `lines` is the segment's line count. */
  partial(lines: number): PartialAggregate {
    const days: PartialAggregate["days"] = [];
    for (const [key, b] of this.days) days.push({ key, completed: b.completed, failed: b.failed, durations: b.durations.values() });
    return {
      lines,
      records: this.records,
      inWindow: this.inWindow,
      completed: this.completed,
      failed: this.failed,
      seq: this.seq,
      lastFinished: this.lastFinished,
      lastStarted: this.lastStarted,
      badCount: this.badCount,
      badExamples: this.badExamples,
      days,
      types: this.types.keys().map((name) => ({ name, ...this.types.get(name)! })),
      models: this.models.keys().map((name) => {
        const m = this.models.get(name)!;
        return { name, count: m.count, partials: m.sum.partials.slice(0, m.sum.size) };
      }),
      streaks: this.streaks.keys().map((phase) => ({ phase, entries: this.streaks.get(phase)! })),
      open: [...this.openTasks].map(([id, ms]): [string, number, boolean] => [id, ms, this.runningTasks.has(id)]),
    };
  }

  /**
   * Adds the next segment of the store, as if its lines had been fed here one by one: counts add
   * up, duration chunks are added, streaks keep the latest entries (the segment's order numbers come
   * after ours), bad lines are renumbered by `lineOffset`. A task open here stays open unless the
   * segment reopened it or finished it at or after its time (`effects`, required whenever
   * `openTaskIds()` is not empty).
   */
  absorb(p: PartialAggregate, lineOffset: number, effects?: OpenTaskEffects): void {
    this.records += p.records;
    this.inWindow += p.inWindow;
    this.completed += p.completed;
    this.failed += p.failed;
    if (p.lastFinished > this.lastFinished) this.lastFinished = p.lastFinished;
    if (p.lastStarted > this.lastStarted) this.lastStarted = p.lastStarted;
    this.badCount += p.badCount;
    for (const b of p.badExamples) {
      if (this.badExamples.length >= MAX_BAD_EXAMPLES) break;
      this.badExamples.push({ ...b, line: b.line + lineOffset });
    }
    for (const d of p.days) {
      let day = this.days.get(d.key);
      if (day === undefined) this.days.set(d.key, (day = { completed: 0, failed: 0, durations: new Durations() }));
      day.completed += d.completed;
      day.failed += d.failed;
      day.durations.pushChunks(d.durations);
    }
    this.lastDay = undefined;
    this.lastDayKey = NaN;
    for (const t of p.types) {
      let type = this.types.get(t.name);
      if (type === undefined) this.types.set(t.name, (type = { completed: 0, failed: 0 }));
      type.completed += t.completed;
      type.failed += t.failed;
    }
    for (const m of p.models) {
      let model = this.models.get(m.name);
      if (model === undefined) this.models.set(m.name, (model = { count: 0, sum: new ExactSum() }));
      model.count += m.count;
      for (const x of m.partials) model.sum.add(x);
    }
    for (const { phase, entries } of p.streaks) {
      let list = this.streaks.get(phase);
      if (list === undefined) this.streaks.set(phase, (list = []));
      for (const e of entries) this.insertStreak(list, { ...e, seq: e.seq + this.seq });
    }
    this.seq += p.seq;
    if (this.openTasks.size !== 0) {
      if (effects === undefined) throw new Error("internal: open tasks carried into a segment without its effects");
      for (const [id, since] of this.openTasks) {
        const e = effects.get(id);
        if (e !== undefined && (e.opened || e.maxFinish >= since)) {
          this.openTasks.delete(id);
          this.runningTasks.delete(id);
        }
      }
    }
    for (const [id, ms, running] of p.open) {
      this.openTasks.set(id, ms);
      if (running) this.runningTasks.add(id);
      else this.runningTasks.delete(id);
    }
  }

  bad(file: string, line: number, reason: string): void {
    this.badCount++;
    if (this.badExamples.length < MAX_BAD_EXAMPLES) this.badExamples.push({ file, line, reason });
  }

  /** A record that already passed `checkRecord` (or the zod schema). */
  add(r: MetricRecord): void {
    this.addAt(r, parseTimestamp(r.created_at));
  }

  // Runs once per record of the store: no allocation on the common path, a cache for the
  // day bucket of the previous record (stores are mostly in time order).
  private lastDayKey = NaN;
  private lastDay: DayBucket | undefined;

  private addAt(r: RecordFields, ms: number): void {
    this.records++;
    const status = r.status;
    const ok = status === "completed";
    const outcome = ok || status === "failed";
    if (outcome || status === "cancelled" || status === "skipped") {
      if (ms > this.lastFinished) this.lastFinished = ms;
      if (this.openTasks.size !== 0) {
        const open = this.openTasks.get(r.task_id);
        if (open !== undefined && ms >= open) {
          this.openTasks.delete(r.task_id);
          this.runningTasks.delete(r.task_id);
        }
      }
    } else if (status === "running" && ms > this.lastStarted) this.lastStarted = ms;
    if (ms < this.from) return;
    this.inWindow++;
    if (!outcome) {
      if (status === "pending" || status === "running") {
        this.openTasks.set(r.task_id, ms);
        if (status === "running") this.runningTasks.add(r.task_id);
        else this.runningTasks.delete(r.task_id);
      }
      return;
    }
    if (ok) this.completed++;
    else this.failed++;
    const d = r.duration_seconds;
    const dayKey = Math.floor(ms / DAY);
    let day = this.lastDay;
    if (dayKey !== this.lastDayKey || day === undefined) {
      day = this.days.get(dayKey);
      if (day === undefined) this.days.set(dayKey, (day = { completed: 0, failed: 0, durations: new Durations() }));
      this.lastDayKey = dayKey;
      this.lastDay = day;
    }
    if (ok) day.completed++;
    else day.failed++;
    day.durations.push(d);
    let type = this.types.get(r.task_type);
    if (type === undefined) this.types.set(r.task_type, (type = { completed: 0, failed: 0 }));
    if (ok) type.completed++;
    else type.failed++;
    let model = this.models.get(r.model);
    if (model === undefined) this.models.set(r.model, (model = { count: 0, sum: new ExactSum() }));
    model.count++;
    model.sum.add(d);
    this.streak(r.phase ?? r.task_type, r, ms, !ok);
  }

  /**
   * Keeps the latest `failureStreak` outcomes of each phase, ordered by created_at, then store
   * order. An entry is only allocated when it enters the list.
   */
  private streak(phase: string, r: RecordFields, ms: number, failed: boolean): void {
    const n = this.thresholds.failureStreak;
    const seq = this.seq++;
    let list = this.streaks.get(phase);
    if (list === undefined) this.streaks.set(phase, (list = []));
    let e: StreakEntry;
    if (list.length >= n) {
      const oldest = list[0];
      if (ms < oldest.ms || (ms === oldest.ms && seq < oldest.seq)) return;
      e = list.shift()!; // reused: no allocation per record
      e.ms = ms;
      e.seq = seq;
      e.failed = failed;
      e.task_id = r.task_id;
      e.created_at = r.created_at;
      e.run_url = r.run_url;
    } else {
      e = { ms, seq, failed, task_id: r.task_id, created_at: r.created_at, run_url: r.run_url };
    }
    sortIn(list, e);
  }

  /** `streak` for an entry from another segment: the same rule, the same order. */
  private insertStreak(list: StreakEntry[], e: StreakEntry): void {
    if (list.length >= this.thresholds.failureStreak) {
      if (byTime(e, list[0]) < 0) return;
      list.shift();
    }
    sortIn(list, e);
  }

  finish(): MetricsReport {
    const t = this.thresholds;
    const total = this.completed + this.failed;
    const rate = total === 0 ? 0 : this.completed / total;

    const dayKeys = [...this.days.keys()].sort((a, b) => a - b);
    const all: Float64Array[] = [];
    const daily: DailyPoint[] = [];
    const selector = new PercentileSelector();
    for (const key of dayKeys) {
      const b = this.days.get(key)!;
      const values = b.durations.values();
      all.push(...values);
      const n = b.completed + b.failed;
      // Quickselect on the day's values: linear in the day's size, where the selector's 2^18-bin
      // histogram would cost ~0.5 ms per day even for a day of three records (long windows).
      const [p50, p95] = nearestRanksInPlace(values.length === 1 ? values[0] : concat(values, b.durations.length), [50, 95]);
      daily.push({
        date: new Date(key * DAY).toISOString().slice(0, 10),
        completed: b.completed,
        failed: b.failed,
        rate: n === 0 ? null : round(b.completed / n, 4),
        p50_seconds: n === 0 ? null : round(p50, 3),
        p95_seconds: n === 0 ? null : round(p95, 3),
      });
    }
    const [p50, p95] = selector.select(all, total, [50, 95]);

    const by_task_type: Aggregates["by_task_type"] = {};
    for (const name of [...this.types.keys()].sort()) {
      const v = this.types.get(name)!;
      const count = v.completed + v.failed;
      by_task_type[name] = { count, success_rate: round(v.completed / count, 4) };
    }
    const by_model: Aggregates["by_model"] = {};
    for (const name of [...this.models.keys()].sort()) {
      const v = this.models.get(name)!;
      by_model[name] = { count: v.count, avg_duration: round(v.sum.value() / v.count, 3) };
    }
    const aggregates: Aggregates = {
      success_rate: { completed: this.completed, failed: this.failed, total, rate: round(rate, 4) },
      execution_time: { p50_seconds: round(p50, 3), p95_seconds: round(p95, 3) },
      by_task_type,
      by_model,
    };

    const running = this.runningTasks.size;
    return {
      aggregates,
      ...attentionOf({
        thresholds: t,
        now: this.now,
        total,
        rate,
        pending: this.openTasks.size - running + this.externalPending,
        running,
        lastFinished: this.lastFinished,
        lastStarted: this.lastStarted,
        streaks: new Map(this.streaks.keys().map((phase) => [phase, this.streaks.get(phase)!])),
      }),
      window: { days: t.windowDays, from: new Date(this.from).toISOString(), to: new Date(this.now).toISOString() },
      records: this.records,
      records_in_window: this.inWindow,
      bad_lines: { count: this.badCount, examples: this.badExamples },
      daily,
      thresholds: t,
    };
  }
}

/** Aggregate records already in memory (tests, ingest previews). */
export function aggregate(records: Iterable<MetricRecord>, options: AggregatorOptions): MetricsReport {
  const a = new Aggregator(options);
  for (const r of records) a.add(r);
  return a.finish();
}
