import { promises as fs } from "node:fs";
import { Aggregator, type AggregatorOptions, type OpenTaskEffects, type PartialAggregate } from "./aggregate.js";
import { forEachLine, type ByteRange } from "./lines.js";
import { FINISHED_STATUSES, OPEN_STATUSES, recordTime } from "./record-check.js";

/**
 * A report over a large store file reads it in segments, one per thread (ADR 0025). This module
 * holds what a segment needs, and nothing that needs zod or the action kit: the worker bundle
 * (`report-worker.ts`) loads only it, the aggregator and the line reader.
 */

/** One segment of one store file, as a worker receives it (structured-clone safe). */
export interface SegmentJob {
  /** Absolute path. */
  file: string;
  /** The name bad lines are reported under (".specpipe/metrics.jsonl", "specpipe-metrics:2026-01.jsonl"). */
  name: string;
  start: number;
  end: number;
  /** now and thresholds; pending tasks from outside the store are added once, by the caller. */
  options: AggregatorOptions;
}

/** Aggregates the lines of one segment as if nothing came before it. */
export async function scanSegment(job: SegmentJob): Promise<PartialAggregate> {
  const a = new Aggregator({ ...job.options, pending: 0 });
  const lines = await forEachLine(job.file, (text, line, terminated, invalidAt) => a.line(text, job.name, line, terminated, invalidAt), {
    start: job.start,
    end: job.end,
  });
  return a.partial(lines);
}

/** The buffers a partial holds, for `postMessage`'s transfer list. */
export function transferables(p: PartialAggregate): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const d of p.days) for (const c of d.durations) seen.add(c.buffer as ArrayBuffer);
  return [...seen];
}

const NL = 10;
const BACKSLASH = 92;

/**
 * `parts` byte ranges that cover `[0, size)` and each start at the beginning of a line: each cut
 * is moved forward to just after the next "\n". Ranges that end up empty (one very long line) are
 * left out, so fewer ranges may come back.
 */
export async function splitAtLines(file: string, size: number, parts: number): Promise<Required<ByteRange>[]> {
  const cuts = [0];
  const handle = await fs.open(file, "r");
  try {
    const buf = Buffer.alloc(1 << 16);
    for (let k = 1; k < parts; k++) {
      // A cut at `at` is a line start when the byte before it is a newline.
      let pos = Math.max(Math.floor((size * k) / parts) - 1, cuts[cuts.length - 1]);
      let cut = size;
      while (pos < size) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
        if (bytesRead === 0) break;
        const nl = buf.subarray(0, bytesRead).indexOf(NL);
        if (nl !== -1) {
          cut = pos + nl + 1;
          break;
        }
        pos += bytesRead;
      }
      if (cut > cuts[cuts.length - 1]) cuts.push(cut);
    }
  } finally {
    await handle.close();
  }
  const ranges: Required<ByteRange>[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const end = i + 1 < cuts.length ? cuts[i + 1] : size;
    if (end > cuts[i]) ranges.push({ start: cuts[i], end });
  }
  return ranges;
}

/**
 * Above this many carried tasks a segment is parsed whole instead of searched for each task: each
 * search reads the segment's bytes once more (~20 ms per 85 MB).
 */
export const MAX_TARGETED_TASKS = 8;

/**
 * What `range` does to tasks that were open before it (see `OpenTaskEffects`), found without
 * parsing the whole segment. A record's `task_id` on a line without a backslash appears in the
 * bytes exactly as JSON.stringify(id) encodes it (a JSON string without escapes is its UTF-8 text),
 * so only lines holding that text, and lines holding a backslash (escapes can spell an id in other
 * bytes), can be records of the task. Those lines are parsed and checked like every other. With
 * many tasks, or an id that has U+FFFD (bytes that were not UTF-8 decode to it; searching for it
 * would miss them), every line is parsed.
 */
export async function openTaskEffects(
  file: string,
  range: Required<ByteRange>,
  taskIds: readonly string[],
  windowStart: number,
): Promise<OpenTaskEffects> {
  const ids = new Set(taskIds);
  const effects = new Map<string, { opened: boolean; maxFinish: number }>();
  if (ids.size === 0) return effects;
  let everyLine = ids.size > MAX_TARGETED_TASKS;
  const patterns: Buffer[] = [];
  for (const id of ids) {
    if (id.includes("\uFFFD")) everyLine = true;
    const encoded = JSON.stringify(id);
    // An id whose JSON needs escapes only ever appears on lines with a backslash.
    if (!encoded.includes("\\")) patterns.push(Buffer.from(encoded, "utf8"));
  }

  const look = (text: string): void => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return;
    }
    const ms = recordTime(value);
    if (ms !== ms) return;
    const r = value as { task_id: string; status: string };
    if (!ids.has(r.task_id)) return;
    let e = effects.get(r.task_id);
    if (e === undefined) effects.set(r.task_id, (e = { opened: false, maxFinish: -Infinity }));
    if (OPEN_STATUSES.has(r.status)) {
      if (ms >= windowStart) e.opened = true;
    } else if (FINISHED_STATUSES.has(r.status) && ms > e.maxFinish) e.maxFinish = ms;
  };

  // Whole lines of the segment, a block at a time (a line longer than the buffer grows it).
  const handle = await fs.open(file, "r");
  try {
    let buf = Buffer.alloc(1 << 20);
    let pos = range.start;
    let carry = 0; // bytes buf[0, carry) are a line begun in the previous block
    while (pos < range.end) {
      if (carry === buf.length) {
        const bigger = Buffer.alloc(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, carry, Math.min(buf.length - carry, range.end - pos), pos);
      if (bytesRead === 0) break; // the file was truncated meanwhile: what was read is what there is
      pos += bytesRead;
      const filled = carry + bytesRead;
      const whole = pos >= range.end ? filled : buf.lastIndexOf(NL, filled - 1) + 1;
      if (whole > 0) {
        const block = buf.subarray(0, whole);
        if (everyLine) eachLine(block, look);
        else candidates(block, patterns, look);
        buf.copy(buf, 0, whole, filled);
      }
      carry = filled - whole;
    }
  } finally {
    await handle.close();
  }
  return effects;
}

function lineText(block: Buffer, start: number, end: number): string {
  if (end > start && block[end - 1] === 13) end--; // "\r\n", as the line reader drops the "\r"
  return block.toString("utf8", start, end);
}

function eachLine(block: Buffer, look: (text: string) => void): void {
  let start = 0;
  while (start < block.length) {
    let end = block.indexOf(NL, start);
    if (end === -1) end = block.length;
    look(lineText(block, start, end));
    start = end + 1;
  }
}

/** Lines of `block` that hold one of `patterns` or a backslash, each looked at once. */
function candidates(block: Buffer, patterns: readonly Buffer[], look: (text: string) => void): void {
  const starts = new Map<number, number>();
  const mark = (at: number) => {
    const start = at === 0 ? 0 : block.lastIndexOf(NL, at - 1) + 1;
    if (starts.has(start)) return block.indexOf(NL, at);
    let end = block.indexOf(NL, at);
    if (end === -1) end = block.length;
    starts.set(start, end);
    return end;
  };
  for (const needle of [...patterns, BACKSLASH]) {
    let at = block.indexOf(needle);
    while (at !== -1) {
      const end = mark(at);
      if (end === -1 || end >= block.length) break;
      at = block.indexOf(needle, end + 1);
    }
  }
  for (const start of [...starts.keys()].sort((a, b) => a - b)) look(lineText(block, start, starts.get(start)!));
}
