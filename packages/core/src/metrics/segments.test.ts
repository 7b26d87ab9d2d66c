import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import { forEachLine } from "./lines.js";
import { emptyScanStats, reportThreadsFromEnv, reportWorkerBeside } from "./parallel.js";
import { MAX_TARGETED_TASKS, openTaskEffects, splitAtLines } from "./segments.js";
import { buildReport } from "./service.js";
import { FileStore } from "./store.js";

// A report cut into segments must give exactly the answer of one pass (ADR 0025). These tests
// read the segments on this thread (no worker bundle); the action's tests run the real workers.

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), "specpipe-segments-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const NOW = Date.parse("2026-11-22T12:00:00Z");
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();

let n = 0;
async function storeOf(text: string): Promise<FileStore> {
  const file = path.join(dir, `s${n++}.jsonl`);
  await fs.writeFile(file, text);
  return new FileStore({ file, displayPath: "m.jsonl" });
}

/** One pass, and `threads` segments of at least one byte (every cut the file allows). */
async function both(text: string, threads: number, options: { windowDays?: number; failureStreak?: number } = {}) {
  const store = await storeOf(text);
  const opts = { now: NOW, windowDays: options.windowDays ?? 7, failureStreak: options.failureStreak ?? 3 };
  const stats = emptyScanStats();
  const one = await buildReport(store, opts);
  const cut = await buildReport(store, opts, { threads, minSegmentBytes: 1 }, stats);
  return { one, cut, stats };
}

const rec = (o: Record<string, unknown>) =>
  JSON.stringify({ task_type: "impl", model: "m", duration_seconds: 1, status: "completed", created_at: at(30), ...o });

describe("a report read in segments", () => {
  it("closes a task opened before the cut and finished after it, also when the finish spells the id with escapes", async () => {
    const text =
      [
        rec({ task_id: "t-1", status: "running", created_at: at(40) }),
        rec({ task_id: "t-2", status: "pending", created_at: at(40) }),
        rec({ task_id: 'q"3', status: "pending", created_at: at(40) }),
        rec({ task_id: "filler", created_at: at(39) }),
        rec({ task_id: "filler", created_at: at(39) }),
        '{"task_id":"t\\u002d1","task_type":"impl","model":"m","duration_seconds":2,"status":"completed","created_at":"' + at(20) + '"}',
        rec({ task_id: 'q"3', status: "failed", created_at: at(20) }),
        rec({ task_id: "t-2", status: "completed", created_at: at(50) }), // finished before it was opened: still open
      ].join("\n") + "\n";
    for (const threads of [2, 3, 5, 8]) {
      const { one, cut, stats } = await both(text, threads);
      expect(cut).toEqual(one);
      expect(stats.segments).toBeGreaterThan(1);
      expect(stats.segments).toBeLessThanOrEqual(threads);
    }
    const { one } = await both(text, 2);
    expect(one.stuck.pending).toBe(1);
  });

  it("gives the one-pass answer for any store, cut anywhere (property)", async () => {
    const id = fc.constantFrom("a", "b", "c", "d", 'e"q', "f\\g", "h\u00e9");
    const status = fc.constantFrom("completed", "completed", "failed", "running", "pending", "cancelled", "skipped");
    const good = fc.record({
      id,
      status,
      minutes: fc.integer({ min: 0, max: 60 * 24 * 9 }),
      millis: fc.integer({ min: 0, max: 4_000_000 }),
      type: fc.constantFrom("spec", "plan", "impl"),
      phase: fc.option(fc.constantFrom("p1", "p2"), { nil: undefined }),
      escape: fc.boolean(),
    });
    const line = fc.oneof(
      {
        weight: 12,
        arbitrary: good.map((g) => {
          let text = JSON.stringify({
            task_id: g.id,
            task_type: g.type,
            model: g.type === "spec" ? "x" : "y",
            duration_seconds: g.millis / 1000,
            status: g.status,
            created_at: at(g.minutes),
            ...(g.phase ? { phase: g.phase } : {}),
          });
          // The same record with its id spelled by escapes, which the targeted search cannot see.
          if (g.escape && g.id === "a") text = text.replace('"task_id":"a"', '"task_id":"\\u0061"');
          return text;
        }),
      },
      { weight: 1, arbitrary: fc.constantFrom("not json", "[1,2]", '{"task_id":""}', "", "   ", '{"task_id":"a","status":"completed"}') },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2, max: 9 }),
        fc.boolean(),
        fc.boolean(),
        async (lines, threads, crlf, torn) => {
          const text = lines.join(crlf ? "\r\n" : "\n") + (torn ? "" : "\n");
          const { one, cut } = await both(text, threads, { failureStreak: 2 });
          expect(cut).toEqual(one);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("parses a whole segment when more tasks are carried than the targeted search takes, with the same answer", async () => {
    const opened = Array.from({ length: MAX_TARGETED_TASKS + 5 }, (_, i) =>
      rec({ task_id: `open-${i}`, status: "running", created_at: at(100) }),
    );
    const closed = opened
      .map((_, i) => rec({ task_id: `open-${i}`, status: i % 2 ? "completed" : "failed", created_at: at(10) }))
      .filter((_, i) => i % 3 !== 0);
    const text = [...opened, ...closed].join("\n") + "\n";
    const { one, cut } = await both(text, 2);
    expect(cut).toEqual(one);
    expect(one.stuck.running).toBe(Math.ceil(opened.length / 3));
    expect(one.stuck.pending).toBe(0);
  });

  it("averages durations exactly as one pass does, whatever the cut (a running sum's last bit would flip 1.157 to 1.156)", async () => {
    const text = [1.961, 0.552, 0.937, 1.176].map((d, i) => rec({ task_id: `d${i}`, duration_seconds: d })).join("\n") + "\n";
    for (const threads of [2, 3, 4]) {
      const { one, cut } = await both(text, threads);
      expect(cut).toEqual(one);
    }
    const { one } = await both(text, 2);
    expect(one.aggregates.by_model.m.avg_duration).toBe(1.157); // (1.961 + 0.552 + 0.937 + 1.176) / 4 = 1.1565
  });

  it("renumbers bad lines and keeps the streak order across the cut", async () => {
    const lines = [
      rec({ task_id: "x", phase: "p", status: "failed", created_at: at(5) }),
      "oops",
      rec({ task_id: "y", phase: "p", status: "failed", created_at: at(5) }),
      "{",
      rec({ task_id: "z", phase: "p", status: "failed", created_at: at(5) }),
    ];
    const { one, cut } = await both(lines.join("\n") + "\n", 5);
    expect(cut).toEqual(one);
    expect(one.bad_lines.examples.map((b) => b.line)).toEqual([2, 4]);
    expect(one.failing_phases).toEqual([{ phase: "p", tasks: ["z", "y", "x"].map((task_id) => ({ task_id, created_at: at(5) })) }]);
  });
});

describe("openTaskEffects", () => {
  it("finds a task's records by its id's bytes and on lines with a backslash, and nothing else", async () => {
    const text = [
      rec({ task_id: "keep", status: "completed", created_at: at(1) }),
      rec({ task_id: "t", status: "completed", created_at: at(9) }),
      rec({ task_id: "t", status: "failed", created_at: at(3) }),
      rec({ task_id: "u", status: "running", created_at: at(2), model: 'mentions "t" in a string' }),
      '{"task_id":"\\u0076","task_type":"impl","model":"m","duration_seconds":1,"status":"pending","created_at":"' + at(2) + '"}',
    ].join("\n");
    const file = path.join(dir, "effects.jsonl");
    await fs.writeFile(file, text);
    const effects = await openTaskEffects(file, { start: 0, end: Buffer.byteLength(text) }, ["t", "v", "w"], NOW - 7 * 86_400_000);
    expect(Object.fromEntries(effects)).toEqual({
      t: { opened: false, maxFinish: Date.parse(at(3)) },
      v: { opened: true, maxFinish: -Infinity },
    });
  });
});

describe("splitAtLines and ranges", () => {
  it("cuts at line starts only and leaves out ranges a long line swallows", async () => {
    const file = path.join(dir, "split.txt");
    const text = "aaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\ncc\n";
    await fs.writeFile(file, text);
    const ranges = await splitAtLines(file, text.length, 6);
    expect(ranges[0].start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(text.length);
    for (const r of ranges) expect(r.start === 0 || text[r.start - 1] === "\n").toBe(true);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].start).toBe(ranges[i - 1].end);
    expect(ranges.length).toBeLessThan(6);
    const seen: string[] = [];
    for (const r of ranges) await forEachLine(file, (t, line) => seen.push(`${line}:${t}`), r);
    expect(seen.map((s) => s.slice(s.indexOf(":") + 1))).toEqual(["aaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "cc"]);
    expect(seen[0]).toBe("1:aaaa");
  });
});

describe("reportThreadsFromEnv", () => {
  it("reads the two variables, refuses nonsense naming the variable, and uses one pass without a worker bundle", () => {
    expect(reportThreadsFromEnv({ SPECPIPE_REPORT_THREADS: "3", SPECPIPE_REPORT_MIN_SEGMENT_BYTES: "1000" }, "/w.js")).toEqual({
      threads: 3,
      minSegmentBytes: 1000,
      workerScript: "/w.js",
    });
    expect(reportThreadsFromEnv({ SPECPIPE_REPORT_THREADS: "3" }, undefined).threads).toBe(1);
    expect(() => reportThreadsFromEnv({ SPECPIPE_REPORT_THREADS: "two" }, "/w.js")).toThrow(UserError);
    expect(() => reportThreadsFromEnv({ SPECPIPE_REPORT_MIN_SEGMENT_BYTES: "0" }, "/w.js")).toThrow(
      /SPECPIPE_REPORT_MIN_SEGMENT_BYTES is "0"/,
    );
    expect(reportWorkerBeside(import.meta.url)).toBeUndefined();
  });
});

describe("a failing report worker", () => {
  it("fails the report with what the worker said, or that it stopped without an answer", async () => {
    const { Aggregator } = await import("./aggregate.js");
    const { aggregateFile } = await import("./parallel.js");
    const file = path.join(dir, "w.jsonl");
    await fs.writeFile(file, Array.from({ length: 50 }, (_, i) => rec({ task_id: `t${i}` })).join("\n") + "\n");
    const said = path.join(dir, "said.mjs");
    await fs.writeFile(said, 'import { parentPort } from "node:worker_threads"; parentPort.postMessage({ error: "disk on fire" });\n');
    const quit = path.join(dir, "quit.mjs");
    await fs.writeFile(quit, "process.exit(3);\n");
    const run = (workerScript: string) =>
      aggregateFile(
        new Aggregator({ now: NOW }),
        { path: file, name: "m.jsonl" },
        { now: NOW },
        { threads: 2, minSegmentBytes: 1, workerScript },
        emptyScanStats(),
      );
    await expect(run(said)).rejects.toThrow(/^reading m\.jsonl \(bytes \d+–\d+\): disk on fire$/);
    await expect(run(quit)).rejects.toThrow(/the report worker for m\.jsonl stopped \(exit code 3\) before it answered/);
    // A worker that cannot even start (Node refuses a bare relative path at once).
    await expect(run("not-a-path.js")).rejects.toThrow(/not-a-path\.js/);
  });

  it("fails with the fix when the store file is replaced while it is read (a prune renames a new one in)", async () => {
    const { Aggregator } = await import("./aggregate.js");
    const { aggregateFile } = await import("./parallel.js");
    const file = path.join(dir, "r.jsonl");
    await fs.writeFile(file, Array.from({ length: 50 }, (_, i) => rec({ task_id: `t${i}` })).join("\n") + "\n");
    await fs.writeFile(`${file}.new`, rec({ task_id: "only" }) + "\n");
    // A worker that renames the new file into place, as a prune would, then answers "nothing here".
    const swap = path.join(dir, "swap.mjs");
    const empty = {
      lines: 0,
      records: 0,
      inWindow: 0,
      completed: 0,
      failed: 0,
      seq: 0,
      lastFinished: null,
      badCount: 0,
      badExamples: [],
      days: [],
      types: [],
      models: [],
      streaks: [],
      open: [],
    };
    await fs.writeFile(
      swap,
      `import { renameSync } from "node:fs"; import { parentPort, workerData } from "node:worker_threads"; renameSync(workerData.file + ".new", workerData.file); parentPort.postMessage({ partial: ${JSON.stringify(empty)} });\n`,
    );
    const run = aggregateFile(
      new Aggregator({ now: NOW }),
      { path: file, name: "m.jsonl" },
      { now: NOW },
      { threads: 2, minSegmentBytes: 1, workerScript: swap },
      emptyScanStats(),
    );
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow("m.jsonl was replaced while the report read it (a prune at the same time?)");
  });
});
