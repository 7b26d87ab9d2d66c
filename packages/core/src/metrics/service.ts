/**
 * The operations behind `metrics-collect` and `specpipe metrics …`, one module each; this module
 * gathers their names so that `@specpipe/core/metrics/service` stays the one import of adapters.
 */
export { autoFixEnabled } from "./auto-fix.js";
export { buildReport } from "./build-report.js";
export { recordKey, storedKeys, type IngestResult } from "./ingest-append.js";
export { ingestFile } from "./ingest-file.js";
export {
  INGEST_CURSOR,
  ingestWorkflowRuns,
  jobStatus,
  jobToRecord,
  listRunsInWindow,
  type IngestCursor,
  type IngestRunsOptions,
} from "./ingest-runs.js";
export { pruneStore } from "./prune.js";
export { countQueuedRuns, WAITING_RUN_STATUSES } from "./queued-runs.js";
export { parseRecord, recordTask } from "./record-task.js";
export { DEFAULT_FILE, openStore, parseStoreOptions, registerStore, storeKind, type StoreConfig, type StoreFactory } from "./stores.js";
export { parseTypeMap, typeMapper, type TypeRule } from "./type-map.js";
