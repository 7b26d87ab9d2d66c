import type { MetricRecord } from "./record.js";
import { invalidReason, parseTimestamp, recordTime } from "./record-check.js";

/** The fields a report reads from a record. */
type RecordFields = Pick<
  MetricRecord,
  "task_id" | "task_type" | "model" | "duration_seconds" | "status" | "created_at" | "phase" | "run_url"
>;

/**
 * Aggregates and attention flags, computed in one streaming pass.
 *
 * The output shape is the seed's API contract, field for field:
 *   success_rate {completed, failed, total, rate}, execution_time {p50_seconds, p95_seconds},
 *   by_task_type {<type>: {count, success_rate}}, by_model {<model>: {count, avg_duration}}.
 *
 * Definitions (documented in specs/005-metrics-collect.md):
 * - Only records whose `created_at` falls in the window count (`now - windowDays` up to any time).
 * - A task's outcome is `completed` (success) or `failed`; `total = completed + failed` and every
 *   figure (counts, durations, averages) is over those records. pending / running / cancelled /
 *   skipped records are not outcomes and are left out of the aggregates.
 * - Percentiles use the nearest-rank method: sort the n durations ascending; the p-th percentile is
 *   the value at 1-based rank ceil(p / 100 × n). It is always an observed duration. No data: 0.
 * - Every comparison with a threshold uses the unrounded value; only the output is rounded
 *   (rates to 4 decimals, seconds to 3).
 */
export interface Aggregates {
  success_rate: { completed: number; failed: number; total: number; rate: number };
  execution_time: { p50_seconds: number; p95_seconds: number };
  by_task_type: Record<string, { count: number; success_rate: number }>;
  by_model: Record<string, { count: number; avg_duration: number }>;
}

export interface Attention {
  stuck: boolean;
  repeated_failures: boolean;
  low_success_rate: boolean;
  flags: string[];
}

export interface Thresholds {
  /** Report window in days (default 7). */
  windowDays: number;
  /**
   * `stuck` when tasks are pending (waiting to start: pending records not ended since, and the
   * pending work from outside the store) and no task made progress (started or finished) for this
   * long (default 10). A task that is running is progress, not pending work: one long task with
   * nothing queued behind it is not stuck (the seed's rule).
   */
  stuckMinutes: number;
  /** `repeated_failures` when the latest this-many tasks of one phase all failed (default 3). */
  failureStreak: number;
  /** `low_success_rate` when the rate is below this (default 0.8)… */
  minSuccessRate: number;
  /** …over at least this many tasks (default 10). */
  minTasks: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { windowDays: 7, stuckMinutes: 10, failureStreak: 3, minSuccessRate: 0.8, minTasks: 10 };

export interface BadLine {
  /** Store-relative file name, e.g. ".specpipe/metrics.jsonl" or "specpipe-metrics:2026-01.jsonl". */
  file: string;
  line: number;
  reason: string;
}

export interface DailyPoint {
  /** UTC date, YYYY-MM-DD. */
  date: string;
  completed: number;
  failed: number;
  /** completed / (completed + failed); null on a day without outcomes. */
  rate: number | null;
  p50_seconds: number | null;
  p95_seconds: number | null;
}

export interface FailingTask {
  task_id: string;
  created_at: string;
  run_url?: string;
}

export interface MetricsReport {
  aggregates: Aggregates;
  attention: Attention;
  /** Phases whose latest `failureStreak` tasks all failed, with those tasks (newest first). */
  failing_phases: { phase: string; tasks: FailingTask[] }[];
  /**
   * The latest outcome of each phase in the window: the evidence a heal issue is closed on (a phase
   * whose latest task succeeded has recovered; a phase with no task in the window says nothing).
   */
  latest_by_phase: { phase: string; status: "completed" | "failed"; task_id: string; created_at: string }[];
  stuck: {
    /** Tasks waiting to start. */
    pending: number;
    /** Tasks running (a running record not ended since). */
    running: number;
    last_finished_at: string | null;
    minutes_since_finish: number | null;
    /** The latest start or finish of any task. */
    last_progress_at: string | null;
    minutes_since_progress: number | null;
  };
  window: { days: number; from: string; to: string };
  /** Valid records read / valid records in the window. */
  records: number;
  records_in_window: number;
  bad_lines: { count: number; examples: BadLine[] };
  daily: DailyPoint[];
  thresholds: Thresholds;
}

const DAY = 86_400_000;
const MAX_BAD_EXAMPLES = 50;

/** Values per chunk once a bucket is large (64 KiB): big enough that chunk overhead is nil. */
const CHUNK = 8192;

/**
 * Durations in Float64Array chunks: never an array of boxed numbers, never copied to grow, and
 * a segment read by a worker thread hands its chunks over as they are (ADR 0025). The first
 * chunks are small, so a day with three records does not hold 64 KiB.
 */
class Durations {
  readonly chunks: Float64Array[] = [];
  private current = new Float64Array(256);
  private used = 0;
  length = 0;
  push(v: number): void {
    if (this.used === this.current.length) {
      this.chunks.push(this.current);
      this.current = new Float64Array(Math.min(CHUNK, this.current.length * 2));
      this.used = 0;
    }
    this.current[this.used++] = v + 0; // -0 → 0
    this.length++;
  }
  /** Another segment's values (already normalised), kept as they are. */
  pushChunks(values: readonly Float64Array[]): void {
    for (const c of values) {
      if (c.length === 0) continue;
      this.chunks.push(c);
      this.length += c.length;
    }
  }
  /** Every value, as views (no copy). */
  values(): Float64Array[] {
    return this.used === 0 ? [...this.chunks] : [...this.chunks, this.current.subarray(0, this.used)];
  }
}

/**
 * A string-keyed map for the few distinct task types, models and phases a store has: a linear
 * scan of a short array (string equality, no hashing of a freshly parsed string) up to 16 keys,
 * a Map beyond. Keys come back in insertion order.
 */
class SmallMap<V> {
  private names: string[] = [];
  private values: V[] = [];
  private map: Map<string, V> | undefined;
  get(key: string): V | undefined {
    if (this.map !== undefined) return this.map.get(key);
    const names = this.names;
    for (let i = 0; i < names.length; i++) if (names[i] === key) return this.values[i];
    return undefined;
  }
  set(key: string, value: V): void {
    if (this.map !== undefined) {
      this.map.set(key, value);
      return;
    }
    this.names.push(key);
    this.values.push(value);
    if (this.names.length > 16) this.map = new Map(this.names.map((n, i) => [n, this.values[i]]));
  }
  keys(): string[] {
    return this.map !== undefined ? [...this.map.keys()] : [...this.names];
  }
}

function concat(parts: readonly Float64Array[], length: number): Float64Array {
  const out = new Float64Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A sum of doubles kept exactly, as non-overlapping partials (Shewchuk's algorithm, as in Python's
 * math.fsum), and rounded once at the end. The answer does not depend on the order of the
 * additions, so a report read in segments and added up (ADR 0025) gives the averages that one pass
 * gives. A plain running sum can differ in its last bit, and that bit can flip a 3-decimal average.
 * For durations of similar size the list holds one to three numbers, and adding allocates nothing.
 */
export class ExactSum {
  readonly partials: number[] = [];
  size = 0;

  add(value: number): void {
    let x = value;
    const p = this.partials;
    let i = 0;
    for (let j = 0; j < this.size; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p[i++] = x;
    this.size = i;
  }

  /** The sum, correctly rounded to a double (round half to even, as math.fsum). */
  value(): number {
    const p = this.partials;
    let n = this.size;
    if (n === 0) return 0;
    let hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-way case: the partials below decide which way the rounding of hi + lo goes.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}

/** Nearest-rank percentile of ascending-sorted values; 0 when there are none. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return sorted[Math.min(rank, n) - 1];
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
/** Index of the 32-bit word holding a double's sign, exponent and top mantissa bits. */
const HI = U32[1] === 0x3ff00000 ? 1 : 0;
const BIN_BITS = 18;

/**
 * Nearest-rank percentiles of values spread over several arrays, in linear time and without
 * sorting or copying them all: for doubles ≥ 0 the order of the bit patterns is the numeric order,
 * so the top 18 bits (sign, exponent, 6 mantissa bits) put each value in one of 2^18 ordered
 * bins. Pass one counts per bin; the rank's bin is found by a running sum; pass two collects
 * only that bin's values, which are sorted to pick the exact element. Same answers as sorting.
 */
export class PercentileSelector {
  private readonly hist = new Uint32Array(1 << BIN_BITS);

  /** `ps` ascending, at most two distinct bins are looked at (callers ask for p50 and p95). */
  select(arrays: readonly Float64Array[], total: number, ps: readonly number[]): number[] {
    if (total === 0) return ps.map(() => 0);
    const hist = this.hist;
    hist.fill(0);
    const shift = 32 - BIN_BITS;
    for (const a of arrays) {
      for (let i = 0; i < a.length; i++) {
        F64[0] = a[i]!;
        hist[U32[HI] >>> shift]++;
      }
    }
    const wanted = ps.map((p) => Math.min(total, Math.max(1, Math.ceil((p / 100) * total))));
    const bins = wanted.map(() => -1);
    const below = wanted.map(() => 0);
    let cum = 0;
    for (let b = 0, found = 0; b < hist.length && found < wanted.length; b++) {
      const c = hist[b];
      if (c === 0) continue;
      for (let k = 0; k < wanted.length; k++) {
        if (bins[k] === -1 && cum + c >= wanted[k]) {
          bins[k] = b;
          below[k] = cum;
          found++;
        }
      }
      cum += c;
    }
    // Pass two: the values of the (at most two distinct) bins the ranks fall in.
    const b0 = bins[0];
    const b1 = bins[bins.length - 1];
    const in0: number[] = [];
    const in1: number[] = [];
    for (const a of arrays) {
      for (let i = 0; i < a.length; i++) {
        const v = a[i];
        F64[0] = v;
        const b = U32[HI] >>> shift;
        if (b === b0) in0.push(v);
        else if (b === b1) in1.push(v);
      }
    }
    in0.sort((x, y) => x - y);
    in1.sort((x, y) => x - y);
    const candidates = new Map<number, number[]>([
      [b0, in0],
      [b1, b1 === b0 ? in0 : in1],
    ]);
    for (const b of bins) if (!candidates.has(b)) throw new Error("internal: percentile bins");
    return wanted.map((rank, k) => candidates.get(bins[k])![rank - below[k] - 1]);
  }
}

/**
 * Nearest-rank percentiles (ascending `ps`) of `values` by quickselect, which reorders `values`
 * in place: O(n), no copy. Same answers as sorting.
 */
export function nearestRanksInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => 0);
  let hi = n - 1;
  const out = new Array<number>(ps.length);
  // Largest rank first: everything left of it is then smaller, so the next select searches less.
  for (let k = ps.length - 1; k >= 0; k--) {
    const idx = Math.min(n, Math.max(1, Math.ceil((ps[k] / 100) * n))) - 1;
    out[k] = quickselect(values, idx, 0, Math.max(hi, idx));
    hi = idx;
  }
  return out;
}

function quickselect(a: Float64Array, k: number, left: number, right: number): number {
  while (right > left) {
    // Median of three as the pivot, Hoare partition.
    const mid = (left + right) >>> 1;
    const x = a[left];
    const y = a[mid];
    const z = a[right];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k];
  }
  return a[k];
}

export function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

interface DayBucket {
  completed: number;
  failed: number;
  durations: Durations;
}

export interface StreakEntry {
  ms: number;
  seq: number;
  failed: boolean;
  task_id: string;
  created_at: string;
  run_url?: string;
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

    const flags: string[] = [];
    // stuck: work waits to start, and nothing started or finished for stuck-minutes
    const running = this.runningTasks.size;
    const pending = this.openTasks.size - running + this.externalPending;
    const sinceFinish = this.lastFinished === -Infinity ? null : (this.now - this.lastFinished) / 60_000;
    const lastProgress = Math.max(this.lastFinished, this.lastStarted);
    const sinceProgress = lastProgress === -Infinity ? null : (this.now - lastProgress) / 60_000;
    const stuck = pending > 0 && (sinceProgress === null || sinceProgress >= t.stuckMinutes);
    if (stuck) {
      flags.push(
        sinceProgress === null
          ? `stuck: ${pending} pending task(s) and no task has started or finished yet`
          : `stuck: ${pending} pending task(s) and no task started or finished for ${Math.floor(sinceProgress)} minutes (threshold ${t.stuckMinutes})`,
      );
    }
    // repeated failures, per phase
    const failing_phases: MetricsReport["failing_phases"] = [];
    for (const phase of [...this.streaks.keys()].sort()) {
      const list = this.streaks.get(phase)!;
      if (list.length >= t.failureStreak && list.every((e) => e.failed)) {
        const tasks = [...list]
          .reverse()
          .map((e) =>
            e.run_url
              ? { task_id: e.task_id, created_at: e.created_at, run_url: e.run_url }
              : { task_id: e.task_id, created_at: e.created_at },
          );
        failing_phases.push({ phase, tasks });
        flags.push(
          `repeated_failures: the latest ${t.failureStreak} tasks of phase "${phase}" failed (${tasks.map((x) => x.task_id).join(", ")})`,
        );
      }
    }
    const latest_by_phase: MetricsReport["latest_by_phase"] = [];
    for (const phase of [...this.streaks.keys()].sort()) {
      const last = this.streaks.get(phase)!.at(-1);
      if (last)
        latest_by_phase.push({ phase, status: last.failed ? "failed" : "completed", task_id: last.task_id, created_at: last.created_at });
    }
    // low success rate: the unrounded rate is compared
    const low = total >= t.minTasks && rate < t.minSuccessRate;
    if (low) {
      flags.push(
        `low_success_rate: ${formatPercent(rate)} < ${formatPercent(t.minSuccessRate)} over ${total} tasks in ${t.windowDays} day(s)`,
      );
    }

    return {
      aggregates,
      attention: { stuck, repeated_failures: failing_phases.length > 0, low_success_rate: low, flags },
      failing_phases,
      latest_by_phase,
      stuck: {
        pending,
        running,
        last_finished_at: this.lastFinished === -Infinity ? null : new Date(this.lastFinished).toISOString(),
        minutes_since_finish: sinceFinish === null ? null : round(sinceFinish, 1),
        last_progress_at: lastProgress === -Infinity ? null : new Date(lastProgress).toISOString(),
        minutes_since_progress: sinceProgress === null ? null : round(sinceProgress, 1),
      },
      window: { days: t.windowDays, from: new Date(this.from).toISOString(), to: new Date(this.now).toISOString() },
      records: this.records,
      records_in_window: this.inWindow,
      bad_lines: { count: this.badCount, examples: this.badExamples },
      daily,
      thresholds: t,
    };
  }
}

/** Puts `e` in its place in a list ordered by `byTime` (the lists hold a few entries). */
function sortIn(list: StreakEntry[], e: StreakEntry): void {
  let at = list.length;
  list.push(e);
  while (at > 0 && byTime(list[at - 1], e) > 0) {
    list[at] = list[at - 1]!;
    at--;
  }
  list[at] = e;
}

function byTime(a: StreakEntry, b: StreakEntry): number {
  return a.ms - b.ms || a.seq - b.seq;
}

/**
 * 0.795 → "79.5%", 0.79999 → "79.99%": at most two decimals, cut (not rounded), so a rate just
 * under a threshold never prints as the threshold itself.
 */
export function formatPercent(rate: number): string {
  const hundredths = Math.floor(round(rate * 10_000, 6));
  return `${hundredths / 100}%`;
}

/** Aggregate records already in memory (tests, ingest previews). */
export function aggregate(records: Iterable<MetricRecord>, options: AggregatorOptions): MetricsReport {
  const a = new Aggregator(options);
  for (const r of records) a.add(r);
  return a.finish();
}
