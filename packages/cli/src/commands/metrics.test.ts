import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { cleanupsAfterEach, cliIsolated as cli } from "../../../../test/harness/cli-in-process.js";
import { TEST_ENV } from "../../../../test/harness/repo.js";
import { taskFlags } from "../../../../test/harness/metrics-flags.js";

const cleanups = cleanupsAfterEach("specpipe-metrics-cli-");

const dir = () => cleanups.dir();

describe("specpipe metrics", () => {
  it("record, report (text, JSON, Markdown), prune", async () => {
    const d = dir();
    const rec = (id: string, status: string, created?: string) =>
      cli(d, [
        "metrics",
        "record",
        ...taskFlags({ id, type: "spec", model: "m", duration: "12.5", status }),
        ...(created ? ["--created-at", created] : []),
      ]);
    expect((await rec("a", "completed")).code).toBe(0);
    expect((await rec("b", "failed")).out).toBe("recorded b (failed) in .specpipe/metrics.jsonl\n");
    expect((await rec("old", "completed", "2020-01-01T00:00:00")).code).toBe(0);
    const json = await cli(d, ["metrics", "report", "--json"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out);
    expect(parsed.aggregates.success_rate).toEqual({ completed: 1, failed: 1, total: 2, rate: 0.5 });
    expect(parsed.attention).toEqual({ stuck: false, repeated_failures: false, low_success_rate: false, flags: [] });
    const low = await cli(d, ["metrics", "report", "--min-tasks", "2"]);
    expect(low.out).toContain("success rate 50% (1 completed, 1 failed, 2 total)");
    expect(low.out).toContain("low_success_rate: 50% < 80% over 2 tasks in 7 day(s)");
    const md = await cli(d, ["metrics", "report", "--markdown"]);
    expect(md.out).toContain("### By task type");
    const pruned = await cli(d, ["metrics", "prune", "--keep-days", "30", "--json"]);
    expect(JSON.parse(pruned.out)).toMatchObject({ kept: 2, dropped: 1, unreadable: 0 });
  });

  it("the bundled command reads a large store in segments on worker threads, with the answer of one pass", async () => {
    // Build first: node scripts/build.mjs --no-check cli (the worker is dist/cli/report-worker/).
    const bin = fileURLToPath(new URL("../../../../dist/cli/index.js", import.meta.url));
    const d = dir();
    const created = new Date(Date.now() - 3_600_000).toISOString();
    const lines = Array.from({ length: 400 }, (_, i) =>
      i % 50 === 0
        ? JSON.stringify({ task_id: `r${i}`, task_type: "impl", model: "m", duration_seconds: 0, status: "running", created_at: created })
        : JSON.stringify({
            task_id: i % 100 === 40 ? `r${i - 40}` : `t${i}`,
            task_type: ["spec", "impl"][i % 2],
            model: "m",
            duration_seconds: i / 4,
            status: i % 7 ? "completed" : "failed",
            created_at: created,
          }),
    );
    await fs.writeFile(path.join(d, "m.jsonl"), lines.join("\n") + "\nnot json\n");
    const run = (env: NodeJS.ProcessEnv) =>
      promisify(execFile)(process.execPath, [bin, "metrics", "report", "--json", "--path", "m.jsonl"], {
        cwd: d,
        env: { ...TEST_ENV, ...env },
      });
    const one = await run({ SPECPIPE_REPORT_THREADS: "1" });
    const cut = await run({ SPECPIPE_REPORT_THREADS: "3", SPECPIPE_REPORT_MIN_SEGMENT_BYTES: "500" });
    expect(one.stderr).toMatch(/^read 1 file in 1 segment\n/);
    expect(cut.stderr).toMatch(/^read 1 file \([\d.]+ MB\) in 3 segments, 2 on worker threads\n/);
    const a = JSON.parse(one.stdout);
    const b = JSON.parse(cut.stdout);
    // Everything but the clock (the runs are a few ms apart).
    const steady = (r: { window: unknown; stuck: { minutes_since_finish: unknown } }) => ({
      ...r,
      window: null,
      stuck: { ...r.stuck, minutes_since_finish: null, minutes_since_progress: null },
    });
    expect(steady(b.report)).toEqual(steady(a.report));
    expect(a.report.stuck).toMatchObject({ pending: 0, running: 4 }); // r50, r150, r250, r350 run on; r100 finishes across a cut
    expect(a.report.bad_lines.examples).toEqual([{ file: "m.jsonl", line: 401, reason: "not JSON" }]);
  });

  it("report --pending-from workflow-runs counts the repository's runs that have not started", async () => {
    const { startGitHubServer } = await import("../../../../test/harness/github-server.js");
    const gh = await startGitHubServer({ token: "tkn" });
    cleanups.defer(() => gh.close());
    const repo = gh.state.addRepo({ owner: "acme", name: "widgets" });
    repo.addWorkflowRun({ status: "queued", conclusion: null });
    repo.addWorkflowRun({ status: "pending", conclusion: null });
    repo.addWorkflowRun({ status: "requested", conclusion: null });
    const d = dir();
    const env = { GITHUB_TOKEN: "tkn", GITHUB_API_URL: gh.url };
    const r = await cli(d, ["metrics", "report", "--json", "--pending-from", "workflow-runs", "--repo", "acme/widgets"], env);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).report.stuck.pending).toBe(3);
    expect(JSON.parse(r.out).attention.flags).toEqual(["stuck: 3 pending task(s) and no task has started or finished yet"]);
    const bad = await cli(d, ["metrics", "report", "--pending-from", "queue"], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--pending-from must be none, backlog or workflow-runs, got "queue"/);
  });

  it("rejects bad input with a one-line fix and exit code 1", async () => {
    const d = dir();
    const bad = await cli(d, ["metrics", "record", ...taskFlags({ id: "a", type: "t", model: "m", duration: "x", status: "completed" })]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--duration must be a number/);
    const invalid = await cli(d, ["metrics", "record", "--record", '{"task_id":"a"}']);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/invalid metric record: task_type/);
    // The action's limits and defaults (keep-days: 90), named by the flag that was typed.
    expect((await cli(d, ["metrics", "prune", "--keep-days=-1"])).err).toMatch(
      /metrics prune: --keep-days must be a number from 0 to Infinity, got "-1"/,
    );
    expect((await cli(d, ["metrics", "ingest", "--days", "0", "--workflow-runs"])).err).toMatch(
      /metrics ingest: --days must be a whole number from 1 to 3650/,
    );
    expect((await cli(d, ["metrics", "report", "--help"])).out).toMatch(/nearest|--window-days/);
    expect((await cli(d, ["metrics", "ingest", "missing.jsonl"])).err).toMatch(/cannot read missing.jsonl/);
  });

  it("ingests a JSONL file once", async () => {
    const d = dir();
    const line = (id: string) =>
      JSON.stringify({
        task_id: id,
        task_type: "t",
        model: "m",
        duration_seconds: 1,
        status: "completed",
        created_at: new Date().toISOString(),
      });
    await fs.writeFile(path.join(d, "in.jsonl"), `${line("a")}\n{oops\n${line("b")}\n`);
    const first = await cli(d, ["metrics", "ingest", "in.jsonl"]);
    expect(first.out).toBe("ingested 2 record(s) into .specpipe/metrics.jsonl; 0 already present; 1 invalid\n  in.jsonl:2: not JSON\n");
    const second = await cli(d, ["metrics", "ingest", "in.jsonl", "--json"]);
    expect(JSON.parse(second.out)).toMatchObject({ added: 0, skipped: 2 });
  });

  it("ingests every record of a task (running, then completed) once, and a record written over several lines", async () => {
    const d = dir();
    const started = new Date(Date.now() - 120_000).toISOString();
    const ended = new Date(Date.now() - 60_000).toISOString();
    const rec = (status: string, created_at: string) =>
      JSON.stringify({ task_id: "job-7", task_type: "t", model: "m", duration_seconds: status === "running" ? 0 : 60, status, created_at });
    await fs.writeFile(
      path.join(d, "in.jsonl"),
      `${rec("running", started)}
${rec("completed", ended)}
${rec("completed", ended)}
`,
    );
    const first = await cli(d, ["metrics", "ingest", "in.jsonl", "--json"]);
    expect(JSON.parse(first.out)).toMatchObject({ added: 2, skipped: 1 });
    const again = await cli(d, ["metrics", "ingest", "in.jsonl", "--json"]);
    expect(JSON.parse(again.out)).toMatchObject({ added: 0, skipped: 3 });
    const report = JSON.parse((await cli(d, ["metrics", "report", "--json", "--stuck-minutes", "0"])).out).report;
    expect(report.aggregates.success_rate).toEqual({ completed: 1, failed: 0, total: 1, rate: 1 });
    expect(report.stuck.pending).toBe(0);
    await fs.writeFile(path.join(d, "one.json"), JSON.stringify(JSON.parse(rec("failed", started).replace("job-7", "job-8")), null, 2));
    const pretty = await cli(d, ["metrics", "ingest", "one.json", "--json"]);
    expect(JSON.parse(pretty.out)).toMatchObject({ added: 1, skipped: 0, invalid: [] });
  });
});

describe("specpipe --help for every command word, and user data printed safely", () => {
  it("a command word lists its subcommands; an unknown subcommand points at that list", async () => {
    const d = dir();
    for (const word of ["metrics", "backlog", "hooks", "playbook", "spec", "commits", "adr", "speckit"]) {
      const r = await cli(d, [word, "--help"]);
      expect(r.code, word).toBe(0);
      expect(r.out).toContain(`Usage: specpipe ${word} <command>`);
      expect(r.out).toMatch(new RegExp(`\\n  ${word} \\w+`));
    }
    expect((await cli(d, ["metrics"])).code).toBe(1);
    const unknown = await cli(d, ["metrics", "frobnicate"]);
    expect(unknown.err).toContain('Fix: run "specpipe metrics --help"');
    expect((await cli(d, ["metrics", "report", "--help"])).out).toContain("--attention");
  });

  it("metrics report --attention prints the flags only; a task id cannot write a workflow command into the log", async () => {
    const d = dir();
    const evil = "t1\n::error::pwned";
    const rec = await cli(d, ["metrics", "record", ...taskFlags({ id: evil, type: "impl", model: "m", duration: "1", status: "failed" })]);
    expect(rec.code, rec.err).toBe(0);
    expect(rec.out).toBe("recorded t1\\n::error::pwned (failed) in .specpipe/metrics.jsonl\n");
    for (const n of [2, 3])
      await cli(d, ["metrics", "record", ...taskFlags({ id: `t${n}`, type: "impl", model: "m", duration: "1", status: "failed" })]);
    const attention = await cli(d, ["metrics", "report", "--attention"]);
    expect(attention.code).toBe(0);
    expect(attention.out).toBe('repeated_failures: the latest 3 tasks of phase "impl" failed (t3, t2, t1\\n::error::pwned)\n');
    for (const l of attention.out.split("\n")) expect(l.startsWith("::")).toBe(false);
    expect(JSON.parse((await cli(d, ["metrics", "report", "--attention", "--json"])).out)).toMatchObject({ repeated_failures: true });
    const calm = dir();
    expect((await cli(calm, ["metrics", "report", "--attention"])).out).toBe("attention: none\n");
  });

  it("record --started-at: without a duration, the duration is the time from the start to the record", async () => {
    const d = dir();
    const base = ["metrics", "record", "--task-id", "t", "--task-type", "impl", "--model", "m", "--status", "completed", "--json"];
    const r = await cli(d, [...base, "--started-at", "2026-03-02T01:17:05Z", "--created-at", "2026-03-02T01:18:35Z"]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ duration_seconds: 90 });
    const late = await cli(d, [...base, "--started-at", "2026-03-02T02:00:00Z", "--created-at", "2026-03-02T01:18:35Z"]);
    expect(late.err).toContain('started-at "2026-03-02T02:00:00Z" is after the record\'s time');
    expect((await cli(d, [...base, "--started-at", "yesterday"])).err).toContain('started-at "yesterday" is not an ISO 8601 time');
  });
});
