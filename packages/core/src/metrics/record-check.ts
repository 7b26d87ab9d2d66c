/**
 * The hand-written record check and the timestamp parser, without zod: the report's worker
 * threads (ADR 0025) load only this, the aggregator and the line reader. `record.ts` holds the
 * zod schema, which is the definition; a property test holds the two to the same answers.
 *
 * Timestamps: ISO 8601. One without a zone ("2026-01-05T10:00:00") is taken as UTC, never as
 * the machine's local time and never as an error.
 */
export const TASK_STATUSES = ["pending", "running", "completed", "failed", "cancelled", "skipped"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Statuses that mean the task has ended (whatever the outcome). */
export const FINISHED_STATUSES: ReadonlySet<string> = new Set(["completed", "failed", "cancelled", "skipped"]);
/** Statuses that mean the task still has to run or is running. */
export const OPEN_STATUSES: ReadonlySet<string> = new Set(["pending", "running"]);

const TS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (no Date object: this runs per line). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return NaN;
  return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
}

/** Digit value of the character at i, or NaN (which poisons every sum it enters). */
function dg(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

let dayPrefix = "\u0000"; // "YYYY-MM-DDT" of the last canonical timestamp parsed
let dayBase = 0;

/**
 * Milliseconds since the epoch of an ISO 8601 timestamp, or NaN when it is not one.
 * A date alone is midnight UTC; a time without a zone is UTC.
 */
export function parseTimestamp(text: string): number {
  // Fast path: the form every record we write has, "2026-01-05T10:00:00.000Z". Records come
  // mostly in time order, so the date of the previous one is usually the same.
  if (
    text.length === 24 &&
    text.charCodeAt(23) === 90 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58 &&
    text.charCodeAt(19) === 46
  ) {
    const hour = dg(text, 11) * 10 + dg(text, 12);
    const minute = dg(text, 14) * 10 + dg(text, 15);
    const second = dg(text, 17) * 10 + dg(text, 18);
    const ms = dg(text, 20) * 100 + dg(text, 21) * 10 + dg(text, 22);
    if (Number.isNaN(hour + minute + second + ms) || hour > 23 || minute > 59 || second > 59) return NaN;
    if (!text.startsWith(dayPrefix)) {
      if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return NaN;
      const year = dg(text, 0) * 1000 + dg(text, 1) * 100 + dg(text, 2) * 10 + dg(text, 3);
      const month = dg(text, 5) * 10 + dg(text, 6);
      const day = dg(text, 8) * 10 + dg(text, 9);
      if (Number.isNaN(year + month + day)) return NaN;
      const base = utc(year, month, day, 0, 0, 0, 0);
      if (Number.isNaN(base)) return NaN;
      // 11 characters: V8 copies a slice this short (a longer one would keep the whole string).
      dayPrefix = text.slice(0, 11);
      dayBase = base;
    }
    return dayBase + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
  }
  const m = TS.exec(text);
  if (m === null) return NaN;
  const hour = m[4] === undefined ? 0 : +m[4];
  const minute = m[5] === undefined ? 0 : +m[5];
  const second = m[6] === undefined ? 0 : +m[6];
  const ms = m[7] === undefined ? 0 : Math.floor(+`0.${m[7]}` * 1000);
  let offset = 0;
  const zone = m[8];
  if (zone !== undefined && zone !== "Z" && zone !== "z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const oh = +digits.slice(0, 2);
    const om = digits.length > 2 ? +digits.slice(2, 4) : 0;
    if (oh > 23 || om > 59) return NaN;
    offset = sign * (oh * 60 + om) * 60_000;
  }
  return utc(+m[1], +m[2], +m[3], hour, minute, second, ms) - offset;
}

function isText(v: unknown): v is string {
  return typeof v === "string" && v.length > 0;
}
function isCount(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}
function isAmount(v: unknown): boolean {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}

/** Why the last `recordTime` call returned NaN. */
export let invalidReason = "";

function invalid(reason: string): number {
  invalidReason = reason;
  return NaN;
}

/**
 * The same rules as `MetricRecordSchema`, for a value from `JSON.parse`, and the record's time:
 * its `created_at` in ms, or NaN when the value is not a record (then `invalidReason` says why).
 * One call per line of a store, so it allocates nothing. (JSON has no NaN or Infinity, so "a
 * number" from JSON.parse is always finite.)
 */
export function recordTime(value: unknown): number {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return invalid("not a JSON object");
  const r = value as Record<string, unknown>;
  if (!isText(r.task_id)) return invalid("task_id must be a non-empty string");
  if (!isText(r.task_type)) return invalid("task_type must be a non-empty string");
  if (!isText(r.model)) return invalid("model must be a non-empty string");
  if (!isAmount(r.duration_seconds)) return invalid("duration_seconds must be a number ≥ 0");
  const st = r.status;
  // String comparisons, most frequent first: cheaper than hashing a freshly parsed string.
  if (st !== "completed" && st !== "failed" && st !== "running" && st !== "pending" && st !== "cancelled" && st !== "skipped") {
    return invalid(`status must be one of ${TASK_STATUSES.join(", ")}`);
  }
  const ms = typeof r.created_at === "string" ? parseTimestamp(r.created_at) : NaN;
  if (Number.isNaN(ms)) return invalid("created_at must be an ISO 8601 timestamp");
  if (r.phase !== undefined && !isText(r.phase)) return invalid("phase must be a non-empty string when present");
  if (r.executor !== undefined && !isText(r.executor)) return invalid("executor must be a non-empty string when present");
  if (r.prompt_variant !== undefined && !isText(r.prompt_variant)) return invalid("prompt_variant must be a non-empty string when present");
  if (r.run_url !== undefined && !isText(r.run_url)) return invalid("run_url must be a non-empty string when present");
  if (r.tokens_in !== undefined && !isCount(r.tokens_in)) return invalid("tokens_in must be a whole number ≥ 0 when present");
  if (r.tokens_out !== undefined && !isCount(r.tokens_out)) return invalid("tokens_out must be a whole number ≥ 0 when present");
  if (r.cost_usd !== undefined && !isAmount(r.cost_usd)) return invalid("cost_usd must be a number ≥ 0 when present");
  return ms;
}
