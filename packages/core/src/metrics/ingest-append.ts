/** What ingest appends: the records a store does not have yet, each once (by `recordKey`). */
import type { BadLine } from "./report.js";
import { checkRecord, parseTimestamp, type MetricRecord } from "./record.js";
import type { MetricsStore } from "./store.js";

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
export async function appendNew(
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
