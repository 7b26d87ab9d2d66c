// zod/mini, not "zod": metrics-collect loads this module on every run (the store reader needs
// it), and the full zod costs several times more to evaluate (start-up budget, ADR 0023). The
// schema is the same, check for check, so are its messages: the full zod sets the English locale
// as its first schema is built (unless one is set), and so does this module.
import { z } from "zod/mini";
import en from "zod/v4/locales/en.js";

import { parseTimestamp, recordTime, invalidReason, TASK_STATUSES } from "./record-check.js";

export {
  FINISHED_STATUSES,
  invalidReason,
  OPEN_STATUSES,
  parseTimestamp,
  recordTime,
  TASK_STATUSES,
  type TaskStatus,
} from "./record-check.js";

if (!z.config().localeError) z.config(en());

/**
 * One task metric: what ran, with which model, how long, and how it ended.
 *
 * The zod schema is the definition (used for every record we write and every file we ingest).
 * Reading a store uses `checkRecord`, a hand-written check of exactly the same rules that does
 * not allocate per field, because a report may read a million lines; a property test holds the
 * two to the same answers.
 *
 * Timestamps: ISO 8601. One without a zone ("2026-01-05T10:00:00") is taken as UTC, never as
 * the machine's local time and never as an error.
 */
const text = z.string().check(z.minLength(1));
const count = z.number().check(z.int(), z.nonnegative());

export const MetricRecordSchema = z.looseObject({
  task_id: text,
  task_type: text,
  model: text,
  duration_seconds: z.number().check(z.nonnegative()),
  status: z.enum(TASK_STATUSES),
  created_at: z.string().check(z.refine((v) => !Number.isNaN(parseTimestamp(v)), { message: "must be an ISO 8601 timestamp" })),
  phase: z.optional(text),
  executor: z.optional(text),
  prompt_variant: z.optional(text),
  tokens_in: z.optional(count),
  tokens_out: z.optional(count),
  cost_usd: z.optional(z.number().check(z.nonnegative())),
  run_url: z.optional(text),
});

export type MetricRecord = z.output<typeof MetricRecordSchema>;

/** The reason `value` is not a record, or undefined when it is one. */
export function checkRecord(value: unknown): string | undefined {
  return Number.isNaN(recordTime(value)) ? invalidReason : undefined;
}

/** The phase a record counts under for `repeated_failures`: its `phase`, else its `task_type`. */
export function phaseOf(r: Pick<MetricRecord, "phase" | "task_type">): string {
  return r.phase ?? r.task_type;
}

/** One JSONL line (with its newline) for a record; `created_at` normalised to UTC with `Z`. */
export function formatRecord(record: MetricRecord): string {
  const ms = parseTimestamp(record.created_at);
  return JSON.stringify({ ...record, created_at: new Date(ms).toISOString() }) + "\n";
}
