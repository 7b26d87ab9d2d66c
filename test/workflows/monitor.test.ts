import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Git } from "@specpipe/core/git/git";
import { exampleWorkflowWorld } from "../harness/example-workflow.js";
import type { RepoState } from "../harness/github-server.js";
import { TEST_ENV } from "../harness/repo.js";
import { runWorkflow, type Repository, type RunResult, type World } from "../harness/workflow-runner/index.js";

/**
 * workflows-examples/monitor.yml, run after run, over a repository with a week of history: the
 * monitor's own runs every ten minutes (more than the 1,000 runs GitHub returns for one filtered
 * query) and the pipeline's runs, half of them failed. Each monitor run is played as GitHub plays
 * it, with its own GITHUB_TOKEN, whose requests are counted: the budget is GitHub's 1,000 an hour
 * for the GITHUB_TOKENs of a repository, which speckit-run and playbook-gate share.
 */
const MONITOR = ".github/workflows/monitor.yml";
const PIPELINE = ".github/workflows/pipeline.yml";
const START = Date.parse("2026-03-09T00:00:00Z");
const MIN = 60_000;
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");

/** A finished pipeline run with one job, `test`, that took 3 minutes. */
function pipelineRun(state: RepoState, at: number, ok: boolean) {
  const run = state.addWorkflowRun({
    name: "pipeline",
    path: PIPELINE,
    conclusion: ok ? "success" : "failure",
    createdAt: iso(at),
    updatedAt: iso(at + 3 * MIN),
  });
  state.addJob(run.id, { name: "test", conclusion: ok ? "success" : "failure", startedAt: iso(at), completedAt: iso(at + 3 * MIN) });
  return run;
}

interface Monitored {
  run: RunResult;
  requests: number;
  report: {
    aggregates: { success_rate: { completed: number; failed: number; total: number } };
    attention: { flags: string[]; stuck: boolean; repeated_failures: boolean; low_success_rate: boolean };
  };
  log: string;
}

describe("monitor.yml over a week of history and the days after", () => {
  let world: World;
  let repo: Repository;

  beforeAll(async () => {
    ({ world, repo } = await exampleWorkflowWorld({ workflow: "monitor.yml", start: iso(START) }));
    // The week before: the monitor every 10 minutes (1,008 runs), the pipeline 20 times on the
    // first two days, every other run failed, the last three in a row.
    for (let at = START - 7 * 1440 * MIN + 5 * MIN; at < START; at += 10 * MIN) {
      const run = repo.state.addWorkflowRun({ name: "monitor", path: MONITOR, createdAt: iso(at), event: "schedule" });
      repo.state.addJob(run.id, { name: "monitor", conclusion: "success", startedAt: iso(at), completedAt: iso(at + MIN) });
    }
    const first = START - 6.5 * 1440 * MIN;
    for (let i = 0; i < 20; i++) pipelineRun(repo.state, first + i * 90 * MIN, i < 17 ? i % 2 === 0 : false);
  }, 120_000);
  afterAll(async () => world?.close());

  async function monitor(at: number, vars: Record<string, string> = {}): Promise<Monitored> {
    world.clock.set(at);
    const run = await runWorkflow(world, { repository: "acme/widgets", workflow: MONITOR, event: "schedule", vars });
    const job = run.job("monitor");
    const report = job.steps.find((s) => s.id === "report")!;
    const log = [...job.steps, ...job.posts].flatMap((s) => s.log).join("\n");
    expect(run.conclusion, log).toBe("success");
    return {
      run,
      requests: world.github.requestsWith(job.token!).length,
      report: { aggregates: JSON.parse(report.outputs.aggregates), attention: JSON.parse(report.outputs.attention) },
      log,
    };
  }

  const reports: Monitored[] = [];

  it("first run: counts the pipeline's 20 tasks, never the monitor's own 1,008 runs, and flags what is wrong", async () => {
    const m = await monitor(START + 5 * MIN);
    reports.push(m);
    // 9 of 20 succeeded: the rate the old ingest read as 97% (its own runs counted in) is 45%.
    expect(m.report.aggregates.success_rate).toMatchObject({ completed: 9, failed: 11, total: 20 });
    expect(m.report.attention).toMatchObject({ low_success_rate: true, repeated_failures: true, stuck: false });
    expect(m.report.attention.flags).toContain("low_success_rate: 45% < 80% over 20 tasks in 7 day(s)");
    // More than 1,000 runs in the window: split until nothing was lost (the pipeline's runs are the oldest).
    const listings = world.github.requestsWith(m.run.job("monitor").token!).filter((r) => r.path === "/repos/acme/widgets/actions/runs");
    expect(listings.filter((r) => r.query.created).length).toBeGreaterThan(11);
    expect(m.log).toMatch(/Listed 10\d\d workflow run\(s\) since the last ingest; read the jobs of 20 new one\(s\)\./);
    // The jobs endpoint is asked about the pipeline's runs only.
    expect(world.github.requestsWith(m.run.job("monitor").token!).filter((r) => r.path.endsWith("/jobs"))).toHaveLength(20);
    expect(m.requests).toBeLessThan(50);
    // The rate-limit headers counted this run's requests down, from the repository's 1,000 an hour.
    expect(world.github.bucket("GITHUB_TOKEN acme/widgets")).toMatchObject({ limit: 1000, used: m.requests });
  });

  it("half an hour later, with nothing new: a handful of requests, the same flags", async () => {
    const m = await monitor(START + 35 * MIN);
    reports.push(m);
    expect(m.requests).toBeLessThanOrEqual(6);
    expect(m.log).toMatch(/read the jobs of 0 new one\(s\)/);
    expect(m.report.aggregates.success_rate.total).toBe(20);
    expect(m.report.attention.flags).toEqual(reports[0].report.attention.flags);
    // The dashboard went up as an artifact.
    const artifacts = world.artifacts.get(m.run.id)!;
    expect([...artifacts.keys()]).toEqual(["metrics-dashboard"]);
    expect(artifacts.get("metrics-dashboard")!.files).toEqual(["index.html"]);
  });

  it("a green pipeline run clears repeated failures; enough of them clear the low success rate", async () => {
    pipelineRun(repo.state, START + 40 * MIN, true);
    const one = await monitor(START + 65 * MIN);
    expect(one.report.attention).toMatchObject({ repeated_failures: false, low_success_rate: true });
    expect(one.requests).toBeLessThanOrEqual(8);
    for (let i = 0; i < 35; i++) pipelineRun(repo.state, START + 70 * MIN + i * 5 * MIN, true);
    const many = await monitor(START + 250 * MIN);
    expect(many.report.aggregates.success_rate).toMatchObject({ completed: 45, failed: 11, total: 56 });
    expect(many.report.attention).toMatchObject({ repeated_failures: false, low_success_rate: false });
    expect(many.report.attention.flags).toEqual([]);
  });

  it("work waiting with nothing moving raises stuck; the queue draining clears it", async () => {
    const queued = [0, 1].map(() =>
      repo.state.addWorkflowRun({
        name: "pipeline",
        path: PIPELINE,
        status: "queued",
        conclusion: null,
        createdAt: iso(START + 300 * MIN),
      }),
    );
    // Its own run waiting behind it does not count: the monitor is not pending work.
    repo.state.addWorkflowRun({ name: "monitor", path: MONITOR, status: "queued", conclusion: null, createdAt: iso(START + 300 * MIN) });
    const stuck = await monitor(START + 330 * MIN);
    expect(stuck.report.attention.flags).toEqual([
      expect.stringMatching(/^stuck: 2 pending task\(s\) and no task started or finished for \d+ minutes \(threshold 10\)$/),
    ]);
    for (const run of queued) {
      run.status = "completed";
      run.conclusion = "success";
      repo.state.addJob(run.id, {
        name: "test",
        conclusion: "success",
        startedAt: iso(START + 335 * MIN),
        completedAt: iso(START + 338 * MIN),
      });
    }
    const moving = await monitor(START + 340 * MIN);
    expect(moving.report.attention.stuck).toBe(false);
  });

  it("the store remembers the ingest: the cursor and the records are on the metrics branch, each record once", async () => {
    const git = new Git({ cwd: repo.bare, env: TEST_ENV });
    const cursor = JSON.parse(await git.run(["show", "specpipe-metrics:ingest-cursor.json"]));
    expect(cursor).toMatchObject({ version: 1 });
    expect(Date.parse(cursor.since)).toBeGreaterThan(START);
    const lines = (await git.run(["show", "specpipe-metrics:2026-03.jsonl"])).trim().split("\n");
    const ids = lines.map((l) => (JSON.parse(l) as { task_id: string }).task_id);
    expect(ids).toHaveLength(58);
    expect(new Set(ids).size).toBe(58);
  });
});

describe("heal issues from monitor.yml with PIPELINE_AUTO_FIX_ENABLED=1", () => {
  let world: World;
  let repo: Repository;
  beforeAll(async () => {
    ({ world, repo } = await exampleWorkflowWorld({ workflow: "monitor.yml", start: iso(START) }));
    for (let i = 0; i < 3; i++) pipelineRun(repo.state, START - (60 - i * 10) * MIN, false);
  }, 120_000);
  afterAll(async () => world?.close());

  const monitor = async (at: number) => {
    world.clock.set(at);
    const run = await runWorkflow(world, {
      repository: "acme/widgets",
      workflow: MONITOR,
      event: "schedule",
      vars: { PIPELINE_AUTO_FIX_ENABLED: "1" },
    });
    expect(run.conclusion).toBe("success");
    return run;
  };
  const heal = () => repo.state.issues().filter((i) => i.body?.includes("specpipe:heal phase=test"));

  it("opens one issue for the failing phase, once, and updates it in place when more failures come", async () => {
    await monitor(START);
    expect(heal()).toHaveLength(1);
    expect(heal()[0]).toMatchObject({ state: "open", title: 'specpipe: repeated failures in phase "test"', labels: ["specpipe-heal"] });
    await monitor(START + 30 * MIN);
    expect(heal()).toHaveLength(1);
    const before = heal()[0].body;
    pipelineRun(repo.state, START + 35 * MIN, false);
    const run = await monitor(START + 60 * MIN);
    expect(heal()).toHaveLength(1);
    expect(heal()[0].body).not.toBe(before);
    expect(run.job("monitor").steps.find((s) => s.id === "report")!.outputs["heal-issue-url"]).toMatch(/\/issues\/1$/);
  });

  it("keeps it open when the failures age out of the window: missing data is no recovery", async () => {
    const run = await monitor(START + 9 * 1440 * MIN);
    expect(heal()[0].state).toBe("open");
    expect(
      run
        .job("monitor")
        .steps.find((s) => s.id === "report")!
        .log.join("\n"),
    ).toMatch(/stays open: no task of phase "test" is in the report's window/);
    expect(repo.state.commentsOf(heal()[0].number)).toHaveLength(0);
  });

  it("closes it, with a comment, when a later task of that phase succeeds", async () => {
    pipelineRun(repo.state, START + 9 * 1440 * MIN + 10 * MIN, true);
    await monitor(START + 9 * 1440 * MIN + 30 * MIN);
    expect(heal()[0].state).toBe("closed");
    expect(repo.state.commentsOf(heal()[0].number).map((c) => c.body)).toEqual([expect.stringMatching(/succeeded: the phase recovered/)]);
    await monitor(START + 9 * 1440 * MIN + 60 * MIN);
    expect(heal()).toHaveLength(1);
    expect(repo.state.commentsOf(heal()[0].number)).toHaveLength(1);
  });
});
