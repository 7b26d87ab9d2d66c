import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../../../test/harness/github-server.js";
import { createRepo, tempDir, type TestRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";

// Build first: node scripts/build.mjs --no-check metrics-collect

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function dir(): string {
  const d = tempDir("specpipe-metrics-action-");
  cleanups.push(() => fs.rm(d, { recursive: true, force: true }));
  return d;
}

function line(o: Record<string, unknown>): string {
  return JSON.stringify(o) + "\n";
}

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe("metrics-collect action", () => {
  it("records tasks and reports the contract's aggregates, flags and summary", async () => {
    const cwd = dir();
    for (const [i, status] of ["completed", "failed", "completed"].entries()) {
      const r = await runAction("metrics-collect", {
        cwd,
        inputs: {
          mode: "record",
          "task-id": `t${i}`,
          "task-type": "impl",
          model: "gpt",
          "duration-seconds": 10 * (i + 1),
          status,
          phase: "impl",
        },
      });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(r.outputs["records-added"]).toBe("1");
    }
    const stored = (await fs.readFile(path.join(cwd, ".specpipe/metrics.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(stored.map((r) => r.task_id)).toEqual(["t0", "t1", "t2"]);
    // The default run URL points at this workflow run.
    expect(stored[0].run_url).toBe("https://github.com/acme/widgets/actions/runs/1000");

    const r = await runAction("metrics-collect", { cwd, inputs: { mode: "report", "min-tasks": 3 } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.aggregates)).toEqual({
      success_rate: { completed: 2, failed: 1, total: 3, rate: 0.6667 },
      execution_time: { p50_seconds: 20, p95_seconds: 30 },
      by_task_type: { impl: { count: 3, success_rate: 0.6667 } },
      by_model: { gpt: { count: 3, avg_duration: 20 } },
    });
    expect(JSON.parse(r.outputs.attention)).toEqual({
      stuck: false,
      repeated_failures: false,
      low_success_rate: true,
      flags: ["low_success_rate: 66.66% < 80% over 3 tasks in 7 day(s)"],
    });
    expect(r.outputs.flags).toBe("low_success_rate: 66.66% < 80% over 3 tasks in 7 day(s)");
    expect(r.outputs["heal-issue-url"]).toBe("");
    expect(r.summary).toContain("| completed | failed | total | success rate | p50 | p95 |");
    expect(r.summary).toContain("xychart-beta");
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: "warning", message: expect.stringContaining("low_success_rate") }),
    );
    // Auto-fix is off by default: it only logs.
    expect(r.stdout).not.toContain("Opened heal issue");
  });

  it("reports empty aggregates with success when there is no data", async () => {
    const r = await runAction("metrics-collect", { cwd: dir(), inputs: {} });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.aggregates)).toEqual({
      success_rate: { completed: 0, failed: 0, total: 0, rate: 0 },
      execution_time: { p50_seconds: 0, p95_seconds: 0 },
      by_task_type: {},
      by_model: {},
    });
    expect(JSON.parse(r.outputs.attention)).toEqual({ stuck: false, repeated_failures: false, low_success_rate: false, flags: [] });
  });

  it("skips and names bad lines, takes naive timestamps as UTC, repairs a torn line before appending", async () => {
    const cwd = dir();
    const file = path.join(cwd, "m.jsonl");
    const naive = ago(60).replace("Z", "");
    await fs.writeFile(
      file,
      line({ task_id: "a", task_type: "spec", model: "m", duration_seconds: 5, status: "completed", created_at: naive }) +
        "not json\n" +
        line({ task_id: "b", task_type: "spec", model: "m", duration_seconds: "5", status: "completed", created_at: ago(5) }) +
        '{"task_id":"torn',
    );
    const rec = await runAction("metrics-collect", {
      cwd,
      inputs: {
        mode: "record",
        path: "m.jsonl",
        "task-id": "c",
        "task-type": "spec",
        model: "m",
        "duration-seconds": 7,
        status: "completed",
      },
    });
    expect(rec.exitCode, rec.stdout + rec.stderr).toBe(0);
    const text = await fs.readFile(file, "utf8");
    expect(text.split("\n").at(-2)).toMatch(/^\{"task_id":"c"/);
    expect(text).toContain('{"task_id":"torn\n');

    const r = await runAction("metrics-collect", { cwd, inputs: { path: "m.jsonl" } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.aggregates).success_rate).toEqual({ completed: 2, failed: 0, total: 2, rate: 1 });
    expect(r.outputs["bad-lines"]).toBe("3");
    expect(r.summary).toContain("m.jsonl:2");
    expect(r.summary).toContain("m.jsonl:3");
    expect(r.summary).toContain("m.jsonl:4");
    expect(r.annotations).toContainEqual(expect.objectContaining({ level: "notice", file: "m.jsonl", line: 3 }));
  });

  it("fails with a clear message on an invalid record and writes nothing", async () => {
    const cwd = dir();
    const r = await runAction("metrics-collect", {
      cwd,
      inputs: { mode: "record", "task-id": "x", "task-type": "impl", model: "m", "duration-seconds": 3, status: "exploded" },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/invalid metric record: status/);
    await expect(fs.access(path.join(cwd, ".specpipe/metrics.jsonl"))).rejects.toThrow();
    const bad = await runAction("metrics-collect", { cwd, inputs: { mode: "report", "min-success-rate": "1.5" } });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/input "min-success-rate" must be a number from 0 to 1/);
    const kind = await runAction("metrics-collect", { cwd, inputs: { mode: "report", store: "postgres" } });
    expect(kind.exitCode).toBe(1);
    expect(kind.stdout).toMatch(/unknown store "postgres".*use "file" or "git-branch"/s);
    const option = await runAction("metrics-collect", { cwd, inputs: { mode: "report", "store-options": "url" } });
    expect(option.exitCode).toBe(1);
    expect(option.stdout).toMatch(/store option "url" is not "key=value"/);
  });

  it("ingests a JSON file once, and prunes old records atomically", async () => {
    const cwd = dir();
    const records = [
      { task_id: "old", task_type: "impl", model: "m", duration_seconds: 1, status: "completed", created_at: ago(200 * 24 * 60) },
      { task_id: "new", task_type: "impl", model: "m", duration_seconds: 2, status: "failed", created_at: ago(10) },
      { task_id: "bad", task_type: "impl" },
    ];
    await fs.writeFile(path.join(cwd, "in.json"), JSON.stringify(records));
    const first = await runAction("metrics-collect", { cwd, inputs: { mode: "ingest", "ingest-from": "in.json" } });
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["records-added"]).toBe("2");
    expect(first.annotations).toContainEqual(expect.objectContaining({ level: "warning", file: "in.json", line: 3 }));
    const again = await runAction("metrics-collect", { cwd, inputs: { mode: "ingest", "ingest-from": "in.json" } });
    expect(again.outputs["records-added"]).toBe("0");
    const prune = await runAction("metrics-collect", { cwd, inputs: { mode: "prune", "keep-days": 30 } });
    expect(prune.exitCode, prune.stdout + prune.stderr).toBe(0);
    const left = (await fs.readFile(path.join(cwd, ".specpipe/metrics.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).task_id);
    expect(left).toEqual(["new"]);
    expect((await fs.readdir(path.join(cwd, ".specpipe"))).sort()).toEqual(["metrics.jsonl"]);
  });

  it("reads a large store in segments on worker threads and gives the answer of one pass", async () => {
    const cwd = dir();
    // Whole minutes + 30 s ago: "no task started or finished for N minutes" reads the same in both runs.
    const start = Date.now();
    const when = (minutes: number) => new Date(start - (minutes * 60 + 30) * 1000).toISOString();
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const minutes = 3000 - i;
      if (i % 97 === 0) {
        // A task queued here that, unless it is every fifth one, finishes 150 lines later,
        // across a cut; some finishes spell the id with escapes (the targeted search's hard case).
        lines.push(
          line({
            task_id: `run-${i}`,
            task_type: "impl",
            model: "m",
            duration_seconds: 0,
            status: "pending",
            created_at: when(minutes),
            phase: "impl",
          }),
        );
      } else if (i >= 150 && i % 97 === 150 % 97 && ((i - 150) / 97) % 5 !== 4) {
        const id = `run-${i - 150}`;
        const text = line({
          task_id: id,
          task_type: "impl",
          model: "m",
          duration_seconds: 12.5,
          status: "completed",
          created_at: when(minutes),
          phase: "impl",
        });
        lines.push(i % 2 ? text.replace('"run-', '"r\\u0075n-') : text);
      } else if (i % 211 === 0) {
        lines.push("{ torn and not json\n");
      } else {
        const failed = i > 2990 || i % 9 === 0;
        lines.push(
          line({
            task_id: `t${i}`,
            task_type: ["spec", "plan", "impl"][i % 3],
            model: ["a", "b"][i % 2],
            duration_seconds: (i % 400) / 4,
            status: failed ? "failed" : "completed",
            created_at: when(minutes),
            phase: "review",
          }),
        );
      }
    }
    await fs.mkdir(path.join(cwd, ".specpipe"));
    await fs.writeFile(path.join(cwd, ".specpipe/metrics.jsonl"), lines.join(""));
    const inputs = { mode: "report", "window-days": 30, "stuck-minutes": 1 };
    const one = await runAction("metrics-collect", { cwd, inputs, env: { SPECPIPE_REPORT_THREADS: "1" } });
    const cut = await runAction("metrics-collect", {
      cwd,
      inputs,
      env: { SPECPIPE_REPORT_THREADS: "4", SPECPIPE_REPORT_MIN_SEGMENT_BYTES: "1000" },
    });
    expect(one.exitCode, one.stdout + one.stderr).toBe(0);
    expect(cut.exitCode, cut.stdout + cut.stderr).toBe(0);
    expect(one.stdout).toMatch(/Report: read 1 file in 1 segment\./);
    expect(cut.stdout).toMatch(/Report: read 1 file \([\d.]+ MB\) in 4 segments, 3 on worker threads\./);
    for (const key of ["aggregates", "attention", "flags", "bad-lines"]) expect(cut.outputs[key], key).toBe(one.outputs[key]);
    expect(cut.annotations).toEqual(one.annotations);
    // The answer is not trivially equal: tasks are open, a streak fails, lines are bad.
    expect(one.outputs.flags).toMatch(/^stuck: \d+ pending task\(s\) and no task started or finished for \d+ minutes/);
    expect(one.outputs.flags).toContain('repeated_failures: the latest 3 tasks of phase "review" failed');
    expect(Number(one.outputs["bad-lines"])).toBeGreaterThan(10);

    const bad = await runAction("metrics-collect", { cwd, inputs, env: { SPECPIPE_REPORT_THREADS: "many" } });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/SPECPIPE_REPORT_THREADS is "many", not a whole number ≥ 1/);
  });

  it("writes a dashboard and names it in the outputs", async () => {
    const cwd = dir();
    await fs.mkdir(path.join(cwd, ".specpipe"));
    await fs.writeFile(
      path.join(cwd, ".specpipe/metrics.jsonl"),
      line({ task_id: "a", task_type: "spec", model: "m", duration_seconds: 4, status: "completed", created_at: ago(3) }),
    );
    const r = await runAction("metrics-collect", { cwd, inputs: { dashboard: "out/dash.html" } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs["dashboard-path"]).toBe(path.join(cwd, "out/dash.html"));
    const html = await fs.readFile(path.join(cwd, "out/dash.html"), "utf8");
    expect(html).toContain('data-metric="success_rate.rate">100%<');
  });
});

describe("metrics-collect pending work and workflow runs", () => {
  let gh: GitHubServer;
  afterEach(async () => gh?.close());

  it("counts the combined backlog's open items as pending work for stuck", async () => {
    const cwd = dir();
    await fs.mkdir(path.join(cwd, "docs/backlog"), { recursive: true });
    await fs.writeFile(path.join(cwd, "docs/backlog/product.md"), "# Product\n\n1. Sign-up form\n2. Password reset\n3. Audit log\n");
    await fs.writeFile(path.join(cwd, "docs/backlog/meta.md"), "- [ ] Faster CI\n- [x] Done already\n");
    await fs.mkdir(path.join(cwd, ".specpipe"));
    await fs.writeFile(
      path.join(cwd, ".specpipe/metrics.jsonl"),
      line({ task_id: "a", task_type: "impl", model: "m", duration_seconds: 3, status: "completed", created_at: ago(30) }),
    );
    const none = await runAction("metrics-collect", { cwd, inputs: {} });
    expect(JSON.parse(none.outputs.attention).stuck).toBe(false);
    const r = await runAction("metrics-collect", { cwd, inputs: { "pending-from": "backlog" } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.flags).toMatch(/^stuck: 4 pending task\(s\) and no task started or finished for 30 minutes \(threshold 10\)$/);
    const missing = await runAction("metrics-collect", { cwd, inputs: { "pending-from": "backlog", "backlog-meta": "nope.md" } });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain("nope.md");
  });

  it("ingests finished workflow jobs once and counts runs that have not started as pending work", async () => {
    gh = await startGitHubServer({ token: "tkn" });
    const repo = gh.state.addRepo({ owner: "acme", name: "widgets" });
    const finished = repo.addWorkflowRun({ name: "CI", createdAt: ago(60) });
    repo.addJob(finished.id, { name: "test", conclusion: "success", startedAt: ago(60), completedAt: ago(58) });
    repo.addJob(finished.id, { name: "build", conclusion: "failure", startedAt: ago(60), completedAt: ago(59) });
    repo.addWorkflowRun({ status: "queued", conclusion: null, createdAt: ago(20) });
    repo.addWorkflowRun({ status: "waiting", conclusion: null, createdAt: ago(20) });
    const cwd = dir();
    const env = { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "acme/widgets" };
    const ingest = () =>
      runAction("metrics-collect", {
        cwd,
        env,
        inputs: { mode: "ingest", "ingest-from": "workflow-runs", token: "tkn", "task-type-map": "test=test\nbuild=impl" },
      });
    const first = await ingest();
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["records-added"]).toBe("2");
    expect((await ingest()).outputs["records-added"]).toBe("0");
    const r = await runAction("metrics-collect", { cwd, env, inputs: { token: "tkn", "pending-from": "workflow-runs" } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.aggregates).by_task_type).toEqual({
      impl: { count: 1, success_rate: 0 },
      test: { count: 1, success_rate: 1 },
    });
    expect(r.outputs.flags).toMatch(/^stuck: 2 pending task\(s\) and no task started or finished for 58 minutes/);
    const noToken = await runAction("metrics-collect", {
      cwd,
      env: { GITHUB_API_URL: gh.url },
      inputs: { "pending-from": "workflow-runs" },
    });
    expect(noToken.exitCode).toBe(1);
    expect(noToken.stdout).toMatch(/pending-from: workflow-runs needs the GitHub API, and no token was given/);
  });
});

describe("metrics-collect git-branch store", () => {
  let repo: TestRepo;
  afterEach(async () => repo?.cleanup());

  it("appends to an orphan branch in monthly files without touching the checkout", async () => {
    repo = await createRepo({ files: { "README.md": "hi\n" } });
    const head = await repo.git.head();
    for (const [id, created] of [
      ["a", "2026-01-31T23:00:00Z"],
      ["b", "2026-02-01T01:00:00Z"],
    ] as const) {
      const r = await runAction("metrics-collect", {
        cwd: repo.dir,
        inputs: {
          mode: "record",
          store: "git-branch",
          token: "s3cret-token",
          "task-id": id,
          "task-type": "impl",
          model: "m",
          "duration-seconds": 1,
          status: "completed",
          "created-at": created,
        },
      });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    }
    const files = (await repo.git.run(["--git-dir", repo.remote, "ls-tree", "--name-only", "specpipe-metrics"])).trim().split("\n");
    expect(files).toEqual(["2026-01.jsonl", "2026-02.jsonl"]);
    // Orphan: no shared history with main.
    const base = await repo.git.raw(["--git-dir", repo.remote, "merge-base", "main", "specpipe-metrics"]);
    expect(base.code).toBe(1);
    // The user's checkout: same HEAD, clean, no token in its config.
    expect(await repo.git.head()).toBe(head);
    expect(await repo.git.status()).toEqual([]);
    expect(await fs.readFile(path.join(repo.dir, ".git/config"), "utf8")).not.toContain("s3cret");
    expect(await repo.git.currentBranch()).toBe("main");

    const r = await runAction("metrics-collect", { cwd: repo.dir, inputs: { store: "git-branch", "window-days": 36500 } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.aggregates).success_rate.total).toBe(2);
  });
});

describe("metrics-collect heal issues (auto-fix)", () => {
  let gh: GitHubServer;
  afterEach(async () => gh?.close());

  it("opens one heal issue per failing phase, does not duplicate it on a rerun, closes it when the flag clears", async () => {
    gh = await startGitHubServer({ token: "tkn" });
    gh.state.addRepo({ owner: "acme", name: "widgets" });
    const cwd = dir();
    const fail = (id: string, m: number) =>
      line({ task_id: id, task_type: "impl", phase: "impl", model: "m", duration_seconds: 1, status: "failed", created_at: ago(m) });
    await fs.mkdir(path.join(cwd, ".specpipe"));
    const file = path.join(cwd, ".specpipe/metrics.jsonl");
    await fs.writeFile(file, fail("f1", 30) + fail("f2", 20) + fail("f3", 10));
    const env = { GITHUB_API_URL: gh.url };
    const run = () => runAction("metrics-collect", { cwd, env, inputs: { token: "tkn", "auto-fix": true } });

    const first = await run();
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    const issues = () => gh.state.repo("acme", "widgets")!.issues();
    expect(issues()).toHaveLength(1);
    expect(issues()[0].body).toContain("<!-- specpipe:heal phase=impl -->");
    expect(first.outputs["heal-issue-url"]).toBe("https://github.com/acme/widgets/issues/1");
    expect(first.masks).toContain("tkn");

    const second = await run();
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(second.outputs["heal-issue-url"]).toBe("https://github.com/acme/widgets/issues/1");

    // PIPELINE_AUTO_FIX_ENABLED also turns it on; a success in the phase clears the flag.
    await fs.appendFile(
      file,
      line({ task_id: "ok", task_type: "impl", phase: "impl", model: "m", duration_seconds: 1, status: "completed", created_at: ago(1) }),
    );
    const third = await runAction("metrics-collect", { cwd, env: { ...env, PIPELINE_AUTO_FIX_ENABLED: "1" }, inputs: { token: "tkn" } });
    expect(third.exitCode, third.stdout + third.stderr).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(issues()[0].state).toBe("closed");
    expect(gh.state.repo("acme", "widgets")!.comments.map((c) => c.issueNumber)).toEqual([1]);
  });
});
