/**
 * The attention flags of a report: `stuck` (work waits to start and nothing started or finished
 * for stuck-minutes), `repeated_failures` (a phase's latest tasks all failed) and
 * `low_success_rate` (the unrounded rate is below the threshold over enough tasks).
 */
import { formatPercent, round } from "./format.js";
import type { MetricsReport, Thresholds } from "./report.js";
import type { StreakEntry } from "./streaks.js";

/** What the flags are read from, as the aggregator has gathered it. */
export interface AttentionInput {
  thresholds: Thresholds;
  /** "Now", ms since the epoch. */
  now: number;
  /** Outcomes in the window, and the unrounded success rate over them. */
  total: number;
  rate: number;
  /** Tasks waiting to start (open in the store or known from outside it) and tasks running. */
  pending: number;
  running: number;
  /** The latest finish and start of any task, ms since the epoch (-Infinity: none). */
  lastFinished: number;
  lastStarted: number;
  /** The latest outcomes of each phase, in created_at order (`streaks.ts`). */
  streaks: ReadonlyMap<string, readonly StreakEntry[]>;
}

export function attentionOf(input: AttentionInput): Pick<MetricsReport, "attention" | "failing_phases" | "latest_by_phase" | "stuck"> {
  const { thresholds: t, now, total, rate, pending, running, lastFinished, lastStarted, streaks } = input;
  const flags: string[] = [];
  // stuck: work waits to start, and nothing started or finished for stuck-minutes
  const sinceFinish = lastFinished === -Infinity ? null : (now - lastFinished) / 60_000;
  const lastProgress = Math.max(lastFinished, lastStarted);
  const sinceProgress = lastProgress === -Infinity ? null : (now - lastProgress) / 60_000;
  const stuck = pending > 0 && (sinceProgress === null || sinceProgress >= t.stuckMinutes);
  if (stuck) {
    flags.push(
      sinceProgress === null
        ? `stuck: ${pending} pending task(s) and no task has started or finished yet`
        : `stuck: ${pending} pending task(s) and no task started or finished for ${Math.floor(sinceProgress)} minutes (threshold ${t.stuckMinutes})`,
    );
  }
  // repeated failures, per phase
  const phases = [...streaks.keys()].sort();
  const failing_phases: MetricsReport["failing_phases"] = [];
  for (const phase of phases) {
    const list = streaks.get(phase)!;
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
  for (const phase of phases) {
    const last = streaks.get(phase)!.at(-1);
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
    attention: { stuck, repeated_failures: failing_phases.length > 0, low_success_rate: low, flags },
    failing_phases,
    latest_by_phase,
    stuck: {
      pending,
      running,
      last_finished_at: lastFinished === -Infinity ? null : new Date(lastFinished).toISOString(),
      minutes_since_finish: sinceFinish === null ? null : round(sinceFinish, 1),
      last_progress_at: lastProgress === -Infinity ? null : new Date(lastProgress).toISOString(),
      minutes_since_progress: sinceProgress === null ? null : round(sinceProgress, 1),
    },
  };
}
