import { existsSync, promises as fs } from "node:fs";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { UserError } from "../errors.js";
import type { Aggregator, AggregatorOptions, PartialAggregate } from "./aggregate.js";
import { forEachLine } from "./lines.js";
import { openTaskEffects, scanSegment, splitAtLines, type SegmentJob } from "./segments.js";

/**
 * A report reads a large store file in segments, on several threads, and adds the segments up in
 * file order; the answer is the one a single pass gives (ADR 0025). JSON.parse is most of a
 * report's time, and a runner has two or more cores.
 */
export interface ReportThreads {
  /** Threads reading one file at a time, this one included (1: a single pass). */
  threads: number;
  /** A file is only cut into segments of at least this many bytes. */
  minSegmentBytes: number;
  /**
   * The worker bundle (`dist/<bundle>/report-worker/index.js`). Without it the segments are read
   * on this thread one after another (library use, tests of the merge).
   */
  workerScript?: string;
}

/** Two threads: the second halves the parse; each more costs ~25 MiB for less gain (bench/). */
export const DEFAULT_THREADS = 2;
/** Under ~16 MiB a second thread's start (~35 ms) eats what it saves. */
export const DEFAULT_MIN_SEGMENT_BYTES = 16 * 1024 * 1024;

/**
 * The worker bundle beside the bundle `moduleUrl` belongs to (its `import.meta.url`), or undefined
 * when there is none (running from sources): the report then reads in one pass.
 */
export function reportWorkerBeside(moduleUrl: string): string | undefined {
  const script = path.join(path.dirname(fileURLToPath(moduleUrl)), "report-worker", "index.js");
  return existsSync(script) ? script : undefined;
}

/**
 * `SPECPIPE_REPORT_THREADS` (1 turns the worker off) and `SPECPIPE_REPORT_MIN_SEGMENT_BYTES`,
 * for runners with one core or tight memory, and for tests that cut small files.
 */
export function reportThreadsFromEnv(env: NodeJS.ProcessEnv, workerScript?: string): ReportThreads {
  const read = (name: string, fallback: number, min: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) {
      throw new UserError(`${name} is "${raw}", not a whole number ≥ ${min}`, {
        hint: `set ${name} to a whole number ≥ ${min}, or unset it`,
        code: "metrics.bad-threads",
      });
    }
    return n;
  };
  const threads = read("SPECPIPE_REPORT_THREADS", Math.min(DEFAULT_THREADS, availableParallelism()), 1);
  return {
    // No worker bundle (sources): one pass, since segments on this thread would only add work.
    threads: workerScript === undefined ? 1 : threads,
    minSegmentBytes: read("SPECPIPE_REPORT_MIN_SEGMENT_BYTES", DEFAULT_MIN_SEGMENT_BYTES, 1),
    workerScript,
  };
}

/** What a report read, for its log line. */
export interface ScanStats {
  files: number;
  bytes: number;
  segments: number;
  /** Segments read by worker threads. */
  workers: number;
}

export function emptyScanStats(): ScanStats {
  return { files: 0, bytes: 0, segments: 0, workers: 0 };
}

/**
 * Feeds one store file to `a`, after whatever `a` has seen: in one pass when it is small, else in
 * segments read at the same time (the first on this thread) and absorbed in file order.
 */
export async function aggregateFile(
  a: Aggregator,
  file: { path: string; name: string },
  options: AggregatorOptions,
  threads: ReportThreads,
  stats: ScanStats,
): Promise<void> {
  let before: import("node:fs").Stats;
  try {
    before = await fs.stat(file.path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  const size = before.size;
  stats.files++;
  stats.bytes += size;
  const parts = Math.min(threads.threads, Math.floor(size / threads.minSegmentBytes));
  const ranges = parts >= 2 ? await splitAtLines(file.path, size, parts) : [];
  if (ranges.length < 2) {
    stats.segments++;
    await forEachLine(file.path, (text, line, terminated, invalidAt) => a.line(text, file.name, line, terminated, invalidAt));
    return;
  }
  const jobs: SegmentJob[] = ranges.map((r) => ({
    file: file.path,
    name: file.name,
    start: r.start,
    end: r.end,
    options: segmentOptions(options, a),
  }));
  const workers: Worker[] = [];
  const partials: Promise<PartialAggregate>[] = [];
  try {
    for (const [i, job] of jobs.entries()) {
      let partial: Promise<PartialAggregate>;
      if (i === 0 || threads.workerScript === undefined) partial = scanSegment(job);
      else {
        const w = startWorker(threads.workerScript, job); // may throw: the finally stops the others
        workers.push(w.worker);
        partial = w.result;
      }
      // Awaited in order below; a later one may fail first, and that must not be an unhandled rejection.
      partial.catch(() => undefined);
      partials.push(partial);
    }
    let lineOffset = 0;
    for (let i = 0; i < jobs.length; i++) {
      // Tasks still open after the segments before this one are looked up in it while its worker
      // may still be reading it (the main thread's own segment is usually done first).
      const carried = a.openTaskIds();
      const [partial, effects] = await Promise.all([
        partials[i],
        carried.length === 0 ? undefined : openTaskEffects(file.path, ranges[i], carried, a.windowStart),
      ]);
      a.absorb(partial, lineOffset, effects);
      lineOffset += partial.lines;
    }
  } finally {
    // On success they have exited already; on a failure the others must not run on.
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Each thread opens the file by its path. Appends after the first stat are simply not read, but
  // a file replaced meanwhile (a prune renames a new one into place) may have been read in part.
  const after = await fs.stat(file.path).catch(() => undefined);
  if (after === undefined || after.ino !== before.ino || after.dev !== before.dev) {
    throw new UserError(`${file.name} was replaced while the report read it (a prune at the same time?)`, {
      hint: "run the report again",
      code: "metrics.store-replaced",
    });
  }
  stats.segments += jobs.length;
  stats.workers += workers.length;
}

/** The thresholds `a` uses (defaults filled in) and its "now": a worker's aggregator must agree. */
function segmentOptions(options: AggregatorOptions, a: Aggregator): AggregatorOptions {
  return { ...a.thresholds, now: options.now, pending: 0 };
}

function startWorker(script: string, job: SegmentJob): { worker: Worker; result: Promise<PartialAggregate> } {
  // An empty environment: the worker reads a file and needs nothing else (no token reaches it).
  // Its young generation is capped like the main thread's (keepYoungGenerationSmall, ADR 0021).
  const worker = new Worker(script, {
    workerData: job,
    env: {},
    stdout: false,
    stderr: false,
    resourceLimits: { maxYoungGenerationSizeMb: 12 },
  });
  const result = new Promise<PartialAggregate>((resolve, reject) => {
    let settled = false;
    worker.once("message", (m: { partial?: PartialAggregate; error?: string }) => {
      settled = true;
      if (m.partial) resolve(m.partial);
      else reject(new Error(`reading ${job.name} (bytes ${job.start}–${job.end}): ${m.error ?? "the report worker failed"}`));
    });
    worker.once("error", (e: unknown) => {
      settled = true;
      reject(e instanceof Error ? e : new Error(String(e)));
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the report worker for ${job.name} stopped (exit code ${code}) before it answered`));
    });
  });
  return { worker, result };
}
