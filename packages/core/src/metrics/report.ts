/** The metrics report: its shape (the seed's API contract) and the thresholds of its attention flags. */

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
