/** `record`: one record, validated, appended. */
import { UserError } from "../errors.js";
import { MetricRecordSchema, type MetricRecord } from "./record.js";
import type { MetricsStore } from "./store.js";

/** Validates one record with the zod schema; a UserError names the field and the fix. */
export function parseRecord(value: unknown, where?: { file?: string; line?: number }): MetricRecord {
  const result = MetricRecordSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.join(".") || "record";
    throw new UserError(`invalid metric record: ${field} ${issue.message}`, {
      file: where?.file,
      line: where?.line,
      hint: `give ${field} as the record format in specs/005-metrics-collect.md describes`,
      code: "metrics.bad-record",
    });
  }
  return result.data;
}

/** `record`: validate and append one record. */
export async function recordTask(store: MetricsStore, input: unknown): Promise<MetricRecord> {
  const record = parseRecord(input);
  await store.append([record]);
  return record;
}
