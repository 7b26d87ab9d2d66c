/** `prune`: records older than the days kept are dropped. */
import type { MetricsStore, PruneResult } from "./store.js";

/** `prune --keep-days N`. */
export async function pruneStore(store: MetricsStore, keepDays: number, nowMs: number): Promise<PruneResult & { cutoff: string }> {
  const cutoff = nowMs - keepDays * 86_400_000;
  const result = await store.prune(cutoff);
  return { ...result, cutoff: new Date(cutoff).toISOString() };
}
