/** `report`: the store read in one pass (or in segments on threads), aggregated. */
import { Aggregator, type AggregatorOptions } from "./aggregate.js";
import { aggregateFile, emptyScanStats, type ReportThreads, type ScanStats } from "./parallel.js";
import type { MetricsReport } from "./report.js";
import type { MetricsStore } from "./store.js";

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
