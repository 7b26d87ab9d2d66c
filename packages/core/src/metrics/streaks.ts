/**
 * The latest outcomes of a phase, ordered by created_at then store order: `repeated_failures`
 * reads whether they all failed.
 */

export interface StreakEntry {
  ms: number;
  seq: number;
  failed: boolean;
  task_id: string;
  created_at: string;
  run_url?: string;
}

/** Puts `e` in its place in a list ordered by `byTime` (the lists hold a few entries). */
export function sortIn(list: StreakEntry[], e: StreakEntry): void {
  let at = list.length;
  list.push(e);
  while (at > 0 && byTime(list[at - 1], e) > 0) {
    list[at] = list[at - 1]!;
    at--;
  }
  list[at] = e;
}

export function byTime(a: StreakEntry, b: StreakEntry): number {
  return a.ms - b.ms || a.seq - b.seq;
}
