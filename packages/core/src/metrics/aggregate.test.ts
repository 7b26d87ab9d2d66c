import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate, Aggregator, ExactSum, formatPercent, nearestRank, nearestRanksInPlace, PercentileSelector } from "./aggregate.js";
import { checkRecord, MetricRecordSchema, parseTimestamp, type MetricRecord } from "./record.js";

const NOW = Date.parse("2026-03-10T12:00:00Z");

function rec(partial: Partial<MetricRecord> & { minutesAgo?: number } = {}): MetricRecord {
  const { minutesAgo = 60, ...rest } = partial;
  return {
    task_id: `t-${Math.random().toString(36).slice(2)}`,
    task_type: "impl",
    model: "m1",
    duration_seconds: 10,
    status: "completed",
    created_at: new Date(NOW - minutesAgo * 60_000).toISOString(),
    ...rest,
  };
}

describe("aggregates (the seed's API contract)", () => {
  it("matches a hand-computed data set", () => {
    // 10 outcomes: durations 10..100; spec = first 4 (one failed), impl = last 6 (one failed).
    const records: MetricRecord[] = [];
    for (let i = 1; i <= 10; i++) {
      records.push(
        rec({
          task_id: `t${i}`,
          task_type: i <= 4 ? "spec" : "impl",
          model: i <= 3 ? "a" : "b",
          duration_seconds: i * 10,
          status: i === 2 || i === 7 ? "failed" : "completed",
          minutesAgo: 200 - i,
        }),
      );
    }
    // Not outcomes, or outside the window: left out of every figure.
    records.push(rec({ status: "cancelled", duration_seconds: 999 }));
    records.push(rec({ status: "skipped", duration_seconds: 999 }));
    records.push(rec({ status: "completed", duration_seconds: 999, minutesAgo: 8 * 24 * 60 }));
    const report = aggregate(records, { now: NOW });
    expect(report.aggregates).toEqual({
      success_rate: { completed: 8, failed: 2, total: 10, rate: 0.8 },
      // nearest rank: p50 → rank ceil(5) = 5 → 50; p95 → rank ceil(9.5) = 10 → 100
      execution_time: { p50_seconds: 50, p95_seconds: 100 },
      by_task_type: { impl: { count: 6, success_rate: 0.8333 }, spec: { count: 4, success_rate: 0.75 } },
      by_model: { a: { count: 3, avg_duration: 20 }, b: { count: 7, avg_duration: 70 } },
    });
    expect(Object.keys(report.aggregates)).toEqual(["success_rate", "execution_time", "by_task_type", "by_model"]);
    expect(report.records).toBe(13);
    expect(report.records_in_window).toBe(12);
    expect(report.attention).toEqual({ stuck: false, repeated_failures: false, low_success_rate: false, flags: [] });
  });

  it("nearest rank picks observed values: 20 values, p95 is the 19th", () => {
    const sorted = Float64Array.from({ length: 20 }, (_, i) => i + 1);
    expect(nearestRank(sorted, 95)).toBe(19);
    expect(nearestRank(sorted, 50)).toBe(10);
    expect(nearestRank(Float64Array.of(7), 95)).toBe(7);
    expect(nearestRank(new Float64Array(0), 50)).toBe(0);
    expect(nearestRank(Float64Array.of(1, 2, 3), 0)).toBe(1);
  });

  it("the linear-time selector gives nearest rank of the sorted union (property)", () => {
    const selector = new PercentileSelector();
    const value = fc.oneof(
      fc.integer({ min: 0, max: 50 }),
      fc.double({ min: 0, max: 1e9, noNaN: true }),
      fc.constantFrom(0, 5e-324, 1.5, 1.5000000000000002, 1e300),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 40 }), { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }),
        (parts, ps) => {
          const arrays = parts.map((a) => Float64Array.from(a));
          const union = Float64Array.from(parts.flat()).sort();
          const sortedPs = [...ps].sort((x, y) => x - y).slice(0, 2);
          expect(selector.select(arrays, union.length, sortedPs)).toEqual(sortedPs.map((p) => nearestRank(union, p)));
          expect(nearestRanksInPlace(Float64Array.from(parts.flat()), sortedPs)).toEqual(sortedPs.map((p) => nearestRank(union, p)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("with no data: the same structure, zeros, empty objects, no flags", () => {
    const report = aggregate([], { now: NOW });
    expect(report.aggregates).toEqual({
      success_rate: { completed: 0, failed: 0, total: 0, rate: 0 },
      execution_time: { p50_seconds: 0, p95_seconds: 0 },
      by_task_type: {},
      by_model: {},
    });
    expect(report.attention).toEqual({ stuck: false, repeated_failures: false, low_success_rate: false, flags: [] });
    expect(report.daily).toEqual([]);
  });

  it("takes a timestamp without a zone as UTC, and it does not empty the result", () => {
    const a = new Aggregator({ now: NOW });
    a.line(JSON.stringify(rec({ task_id: "zoned", minutesAgo: 30 })), "m.jsonl", 1);
    a.line(JSON.stringify({ ...rec({ task_id: "naive" }), created_at: "2026-03-10T11:00:00" }), "m.jsonl", 2);
    a.line(JSON.stringify({ ...rec({ task_id: "offset", status: "failed" }), created_at: "2026-03-10T12:30:00+02:00" }), "m.jsonl", 3);
    const report = a.finish();
    expect(report.aggregates.success_rate).toEqual({ completed: 2, failed: 1, total: 3, rate: 0.6667 });
    expect(report.bad_lines.count).toBe(0);
    expect(parseTimestamp("2026-03-10T11:00:00")).toBe(Date.parse("2026-03-10T11:00:00Z"));
    expect(parseTimestamp("2026-03-10")).toBe(Date.parse("2026-03-10T00:00:00Z"));
    expect(parseTimestamp("2026-02-30T00:00:00Z")).toBeNaN();
    expect(parseTimestamp("yesterday")).toBeNaN();
  });

  it("compares the unrounded rate: 0.795 is below 80%", () => {
    // 159 of 200 = 0.795, which rounds to 0.80 at two places: it must still be flagged.
    const records = Array.from({ length: 200 }, (_, i) =>
      rec({ task_type: `type${i % 7}`, status: i < 159 ? "completed" : "failed", minutesAgo: 300 - i }),
    );
    const report = aggregate(records, { now: NOW });
    expect(report.aggregates.success_rate.rate).toBe(0.795);
    expect(report.attention.low_success_rate).toBe(true);
    expect(report.attention.flags).toContain("low_success_rate: 79.5% < 80% over 200 tasks in 7 day(s)");
    // Exactly at the threshold is not below it.
    const at = aggregate(
      Array.from({ length: 10 }, (_, i) => rec({ status: i < 8 ? "completed" : "failed" })),
      { now: NOW },
    );
    expect(at.attention.low_success_rate).toBe(false);
    // Below the threshold but under min-tasks: no flag; a lower min-tasks raises it.
    const few = Array.from({ length: 5 }, (_, i) => rec({ status: i < 3 ? "completed" : "failed", task_type: `p${i}` }));
    expect(aggregate(few, { now: NOW }).attention.low_success_rate).toBe(false);
    expect(aggregate(few, { now: NOW, minTasks: 5 }).attention.low_success_rate).toBe(true);
    expect(aggregate(few, { now: NOW, minTasks: 5, minSuccessRate: 0.6 }).attention.low_success_rate).toBe(false);
  });

  it("repeated failures count per phase: a streak spread over phases is not one", () => {
    // Latest three outcomes overall are failures, but in three different phases.
    const spread = [
      rec({ phase: "plan", status: "completed", minutesAgo: 50 }),
      rec({ phase: "spec", status: "completed", minutesAgo: 49 }),
      rec({ phase: "impl", status: "completed", minutesAgo: 48 }),
      rec({ phase: "plan", status: "failed", minutesAgo: 3 }),
      rec({ phase: "spec", status: "failed", minutesAgo: 2 }),
      rec({ phase: "impl", status: "failed", minutesAgo: 1 }),
    ];
    const a = aggregate(spread, { now: NOW });
    expect(a.attention.repeated_failures).toBe(false);

    // Three failures in "impl", interleaved with successes of another phase: one streak.
    const inPhase = [
      rec({ phase: "impl", status: "completed", minutesAgo: 60 }),
      rec({ task_id: "f1", phase: "impl", status: "failed", minutesAgo: 40, run_url: "https://ci/1" }),
      rec({ phase: "spec", status: "completed", minutesAgo: 35 }),
      rec({ task_id: "f2", phase: "impl", status: "failed", minutesAgo: 30 }),
      rec({ phase: "spec", status: "completed", minutesAgo: 25 }),
      rec({ task_id: "f3", phase: "impl", status: "failed", minutesAgo: 20 }),
      rec({ phase: "spec", status: "completed", minutesAgo: 5 }),
    ];
    const b = aggregate(inPhase, { now: NOW });
    expect(b.attention.repeated_failures).toBe(true);
    expect(b.failing_phases).toEqual([
      {
        phase: "impl",
        tasks: [
          { task_id: "f3", created_at: inPhase[5].created_at },
          { task_id: "f2", created_at: inPhase[3].created_at },
          { task_id: "f1", created_at: inPhase[1].created_at, run_url: "https://ci/1" },
        ],
      },
    ]);
    expect(b.attention.flags).toEqual(['repeated_failures: the latest 3 tasks of phase "impl" failed (f3, f2, f1)']);
    // A configurable streak length.
    expect(aggregate(inPhase, { now: NOW, failureStreak: 4 }).attention.repeated_failures).toBe(false);
    // Order is by created_at, not by position in the file: a success written last but dated first does not break it.
    const late = [...inPhase, rec({ phase: "impl", status: "completed", minutesAgo: 100 })];
    expect(aggregate(late, { now: NOW }).attention.repeated_failures).toBe(true);
    // Without a phase the task type is the phase.
    const typed = [1, 2, 3].map((i) => rec({ task_type: "review", status: "failed", minutesAgo: i }));
    expect(aggregate(typed, { now: NOW }).failing_phases.map((p) => p.phase)).toEqual(["review"]);
  });

  it("stuck: pending work and nothing finished for stuck-minutes", () => {
    const finished = rec({ status: "completed", minutesAgo: 12 });
    expect(aggregate([finished], { now: NOW }).attention.stuck).toBe(false);
    expect(aggregate([finished], { now: NOW, pending: 2 }).attention.stuck).toBe(true);
    expect(aggregate([finished], { now: NOW, pending: 2, stuckMinutes: 15 }).attention.stuck).toBe(false);
    // A pending record in the store counts until a later record of the same task ends it.
    const open = rec({ task_id: "p1", status: "pending", minutesAgo: 11 });
    const report = aggregate([finished, open], { now: NOW });
    expect(report.attention.stuck).toBe(true);
    expect(report.stuck.pending).toBe(1);
    expect(report.attention.flags[0]).toBe("stuck: 1 pending task(s) and no task started or finished for 12 minutes (threshold 10)");
    expect(aggregate([finished, open, rec({ task_id: "p1", status: "completed", minutesAgo: 1 })], { now: NOW }).attention.stuck).toBe(
      false,
    );
    expect(aggregate([], { now: NOW, pending: 1 }).attention.flags).toEqual([
      "stuck: 1 pending task(s) and no task has started or finished yet",
    ]);
  });

  it("stuck is the seed's rule: no progress for 10+ minutes *and* pending tasks exist", () => {
    // One task running for 15 minutes, nothing queued: busy, not stuck.
    const long = rec({ task_id: "long", status: "running", minutesAgo: 15 });
    const alone = aggregate([long], { now: NOW });
    expect(alone.attention.stuck).toBe(false);
    expect(alone.stuck).toMatchObject({ pending: 0, running: 1, minutes_since_progress: 15 });
    // The same with two tasks waiting behind it: stuck.
    const blocked = aggregate([long], { now: NOW, pending: 2 });
    expect(blocked.attention.flags).toEqual(["stuck: 2 pending task(s) and no task started or finished for 15 minutes (threshold 10)"]);
    // A task that started 3 minutes ago is progress.
    const moving = aggregate([long, rec({ task_id: "new", status: "running", minutesAgo: 3 })], { now: NOW, pending: 2 });
    expect(moving.attention.stuck).toBe(false);
    expect(moving.stuck).toMatchObject({ pending: 2, running: 2, minutes_since_progress: 3 });
    // A pending record counts as pending until the task runs or ends.
    const queued = aggregate([rec({ task_id: "q", status: "pending", minutesAgo: 20 })], { now: NOW });
    expect(queued.stuck).toMatchObject({ pending: 1, running: 0 });
    expect(queued.attention.stuck).toBe(true);
    expect(
      aggregate([rec({ task_id: "q", status: "pending", minutesAgo: 20 }), rec({ task_id: "q", status: "running", minutesAgo: 19 })], {
        now: NOW,
      }).attention.stuck,
    ).toBe(false);
  });

  it("skips, counts and names bad lines without failing or emptying the result", () => {
    const a = new Aggregator({ now: NOW });
    const good = JSON.stringify(rec({ task_id: "ok" }));
    a.line(good, "f.jsonl", 1);
    a.line("{not json", "f.jsonl", 2);
    a.line("[1,2]", "f.jsonl", 3);
    a.line(JSON.stringify({ ...rec(), duration_seconds: "12" }), "f.jsonl", 4);
    a.line(JSON.stringify({ ...rec(), status: "done" }), "f.jsonl", 5);
    a.line("   ", "f.jsonl", 6);
    a.line('{"task_id":"tor', "f.jsonl", 7, false);
    const r = a.finish();
    expect(r.aggregates.success_rate.total).toBe(1);
    expect(r.bad_lines.count).toBe(5);
    expect(r.bad_lines.examples.map((b) => `${b.file}:${b.line}`)).toEqual([
      "f.jsonl:2",
      "f.jsonl:3",
      "f.jsonl:4",
      "f.jsonl:5",
      "f.jsonl:7",
    ]);
    expect(r.bad_lines.examples[2].reason).toMatch(/duration_seconds/);
    expect(r.bad_lines.examples[4].reason).toMatch(/torn/);
  });

  it("daily series: rate and p95 per UTC day", () => {
    const day1 = Date.parse("2026-03-08T10:00:00Z");
    const mk = (ms: number, d: number, status: MetricRecord["status"]) =>
      rec({ created_at: new Date(ms).toISOString(), duration_seconds: d, status });
    const r = aggregate([mk(day1, 5, "completed"), mk(day1 + 1000, 15, "failed"), mk(day1 + 86_400_000, 7, "completed")], { now: NOW });
    expect(r.daily).toEqual([
      { date: "2026-03-08", completed: 1, failed: 1, rate: 0.5, p50_seconds: 5, p95_seconds: 15 },
      { date: "2026-03-09", completed: 1, failed: 0, rate: 1, p50_seconds: 7, p95_seconds: 7 },
    ]);
  });

  it("formats a percentage without rounding it up to the threshold", () => {
    expect(formatPercent(0.795)).toBe("79.5%");
    expect(formatPercent(0.8)).toBe("80%");
    expect(formatPercent(0.79999)).toBe("79.99%");
    expect(formatPercent(2 / 3)).toBe("66.66%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0.29)).toBe("29%");
  });
});

describe("record rules", () => {
  it("parses timestamps like Date.parse does for zoned ones (property), naive ones as UTC", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        expect(parseTimestamp(iso)).toBe(d.getTime());
        expect(parseTimestamp(iso.slice(0, 19))).toBe(Date.parse(iso.slice(0, 19) + "Z"));
        expect(parseTimestamp(iso.slice(0, 19) + "+01:30")).toBe(Date.parse(iso.slice(0, 19) + "+01:30"));
      }),
    );
    // Every single-character corruption of the canonical form is rejected or read as Date.parse reads it.
    const iso = "2024-02-29T23:59:59.999Z";
    for (let i = 0; i < iso.length; i++) {
      for (const c of ["x", "9", "-", ":", " "]) {
        const bad = iso.slice(0, i) + c + iso.slice(i + 1);
        // The parser caches the last date ("YYYY-MM-DDT"): warm it with the valid form first, so
        // that a corruption after the cached prefix is checked on the cached path too.
        expect(parseTimestamp(iso)).toBe(Date.parse(iso));
        const ours = parseTimestamp(bad);
        if (!Number.isNaN(ours)) expect(ours).toBe(Date.parse(bad.endsWith("Z") ? bad : bad + "Z"));
      }
    }
    // Timestamps close together, as a store has them (same minute, same day, across midnight).
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -200_000, max: 200_000 }), { maxLength: 60 }), (steps) => {
        let t = Date.parse("2026-03-09T23:58:30.000Z");
        for (const step of steps) {
          t += step;
          const iso = new Date(t).toISOString();
          expect(parseTimestamp(iso)).toBe(t);
        }
      }),
    );
    expect(parseTimestamp("2023-02-29T00:00:00.000Z")).toBeNaN();
    expect(parseTimestamp("2024-02-29T24:00:00.000Z")).toBeNaN();
    expect(parseTimestamp("2024-02-29T2-:00:00.000Z")).toBeNaN();
  });

  it("checkRecord (the fast reader) and the zod schema agree", () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 4 }),
      fc.integer({ min: -3, max: 100 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -5, max: 5 }),
      fc.constantFrom("completed", "failed", "pending", "done", "2026-03-01T00:00:00", "2026-13-01", "2026-03-01T10:00:00+01:00", ""),
    );
    const record = fc.record(
      {
        task_id: value,
        task_type: value,
        model: value,
        duration_seconds: value,
        status: value,
        created_at: value,
        phase: value,
        tokens_in: value,
        cost_usd: value,
        run_url: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(record, value, fc.array(value)), (v) => {
        // Through JSON, as a store line would be.
        const parsed = v === undefined ? null : JSON.parse(JSON.stringify(v));
        expect(checkRecord(parsed) === undefined).toBe(MetricRecordSchema.safeParse(parsed).success);
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts a complete valid record", () => {
    const r = rec({
      phase: "plan",
      tokens_in: 5,
      tokens_out: 7,
      cost_usd: 0.01,
      run_url: "https://x",
      executor: "agent",
      prompt_variant: "b",
    });
    expect(checkRecord(r)).toBeUndefined();
    expect(MetricRecordSchema.safeParse(r).success).toBe(true);
  });
});

describe("ExactSum", () => {
  const sum = (xs: readonly number[]) => {
    const s = new ExactSum();
    for (const x of xs) s.add(x);
    return s.value();
  };
  it("is the correctly rounded sum, in any order and any grouping (property)", () => {
    expect(sum(Array.from({ length: 10 }, () => 0.1))).toBe(1); // a running sum gives 0.9999999999999999
    expect(sum([1e16, 1, -1e16])).toBe(1);
    expect(sum([])).toBe(0);
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 10_000_000 }).map((m) => m / 1000),
          { maxLength: 60 },
        ),
        fc.integer({ min: 0, max: 60 }),
        (xs, cut) => {
          const whole = sum(xs);
          expect(sum([...xs].reverse())).toBe(whole);
          // Two groups summed apart and then joined, as segments are.
          const a = new ExactSum();
          const b = new ExactSum();
          xs.forEach((x, i) => (i < cut ? a : b).add(x));
          for (const p of b.partials.slice(0, b.size)) a.add(p);
          expect(a.value()).toBe(whole);
        },
      ),
    );
  });
});
