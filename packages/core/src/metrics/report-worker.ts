import { parentPort, workerData } from "node:worker_threads";
import { scanSegment, transferables, type SegmentJob } from "./segments.js";

/**
 * Entry of the report's worker bundle (dist/<bundle>/report-worker/index.js, ADR 0025): reads
 * one segment of a store file and posts what it gathered; the durations are transferred.
 */
if (!parentPort) {
  console.error("report-worker: this file runs as a worker thread of a metrics report, not on its own");
  process.exit(2);
}
try {
  const partial = await scanSegment(workerData as SegmentJob);
  parentPort.postMessage({ partial }, transferables(partial));
} catch (e) {
  parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
