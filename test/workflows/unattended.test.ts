import { chmodSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Git } from "@specpipe/core/git/git";
import { exampleWorkflowWorld } from "../harness/example-workflow.js";
import { TEST_ENV } from "../harness/repo.js";
import { SCRIPTED_AGENT } from "../harness/speckit-fixture.js";
import { describeRun, runWorkflow, type World, type Repository, type RunResult } from "../harness/workflow-runner/index.js";

/**
 * workflows-examples/unattended.yml, night after night, as GitHub runs it: a five-item backlog
 * with `parallel: 2`, the repository's default branch protected, the agent a real process (the
 * scripted agent, installed by the workflow's own `npm install -g @openai/codex`), Spec Kit run by
 * the bundled speckit-run, the task recorded by metrics-collect, the item claimed and marked done by
 * the bundled CLI. Each night is a scheduled run on the same remote with the clock moved on a day.
 */
const WORKFLOW = ".github/workflows/unattended.yml";
const PRODUCT =
  "# Product backlog\n\n1. Add CSV export to the reports page\n2. Let users reset their password\n3. Show the order history\n4. Email a weekly digest\n";
const META = "# Meta backlog\n\n- [x] Set up CI\n- [ ] Speed up the test suite\n";

async function setup(files: Record<string, string> = {}) {
  const { world, repo } = await exampleWorkflowWorld({
    workflow: "unattended.yml",
    agent: SCRIPTED_AGENT,
    start: "2026-03-02T01:17:00Z",
    exampleRepo: true,
    files: { "docs/backlog/product.md": PRODUCT, "docs/backlog/meta.md": META, ...files },
  });
  world.git.protectBranch("acme/widgets", "main");
  return { world, repo };
}

function bare(repo: Repository) {
  const git = new Git({ cwd: repo.bare, env: TEST_ENV });
  return {
    show: async (spec: string) => {
      const r = await git.raw(["show", spec]);
      return r.code === 0 ? r.stdout.toString("utf8") : undefined;
    },
    tip: async (ref: string) => (await git.raw(["rev-parse", "--verify", ref])).stdout.toString().trim(),
    files: async (ref: string) => (await git.run(["ls-tree", "-r", "--name-only", ref])).split("\n").filter(Boolean),
  };
}

async function night(world: World, n: number, extra: { vars?: Record<string, string> } = {}): Promise<RunResult> {
  world.clock.set(Date.parse("2026-03-02T01:17:00Z") + (n - 1) * 86_400_000);
  return runWorkflow(world, {
    repository: "acme/widgets",
    workflow: WORKFLOW,
    event: "schedule",
    vars: { SPECPIPE_PARALLEL: "2", ...extra.vars },
    secrets: { OPENAI_API_KEY: "sk-test-0123456789" },
  });
}

const itemsOf = (run: RunResult) => JSON.parse(run.job("plan").outputs.items) as { id: string; text: string; source: string }[];

describe("unattended.yml over three nights: a five-item backlog, parallel: 2, main protected", () => {
  let world: World;
  let repo: Repository;
  const runs: RunResult[] = [];
  let mainTip: string;

  beforeAll(async () => {
    ({ world, repo } = await setup());
    mainTip = await bare(repo).tip("refs/heads/main");
  }, 120_000);
  afterAll(async () => world?.close());

  it("night 1 takes the first two items, and the state lands on its own branch, not on protected main", async () => {
    const run = await night(world, 1);
    runs.push(run);
    expect(run.conclusion, describeRun(run, 6)).toBe("success");
    expect(itemsOf(run).map((i) => i.text)).toEqual(["Add CSV export to the reports page", "Let users reset their password"]);
    expect(run.jobs.propose).toHaveLength(2);
    expect(run.jobs.publish).toHaveLength(2);
    // The agent's legs held a token that can only read (ADR 0037), and wrote nothing with it.
    for (const leg of run.jobs.propose) {
      expect(leg.permissions).toEqual({ contents: "read" });
      expect(world.github.requestsWith(leg.token!).filter((r) => r.method !== "GET")).toEqual([]);
    }
    for (const leg of run.jobs.publish) {
      expect(leg.steps.find((s) => s.id === "speckit")!.outputs.status).toBe("succeeded");
      expect(leg.steps.find((s) => s.id === "done")!.outcome).toBe("success");
    }
    const state = JSON.parse((await bare(repo).show("specpipe-backlog:backlog-state.json"))!);
    expect(Object.keys(state.done).sort()).toEqual(
      itemsOf(run)
        .map((i) => i.id)
        .sort(),
    );
    expect(state.claims).toEqual({});
    expect(await bare(repo).files("specpipe-backlog")).toEqual(["backlog-state.json"]);
    // Nothing was pushed to main (branch protection would have refused it, as GitHub does).
    expect(await bare(repo).tip("refs/heads/main")).toBe(mainTip);
    expect(repo.state.pulls().map((p) => p.labels)).toEqual([
      ["speckit", "unattended"],
      ["speckit", "unattended"],
    ]);
  });

  it("night 2 takes the next two: the checkout that empties .specpipe erased nothing", async () => {
    const run = await night(world, 2);
    runs.push(run);
    expect(run.conclusion, describeRun(run, 6)).toBe("success");
    // The second checkout (specpipe into .specpipe) emptied that folder again; the state was not there.
    expect(run.job("plan").steps.find((s) => s.name.startsWith("Run actions/checkout") && s.outputs.ref === "v1")).toBeDefined();
    expect(itemsOf(run).map((i) => i.text)).toEqual(["Show the order history", "Email a weekly digest"]);
    const state = JSON.parse((await bare(repo).show("specpipe-backlog:backlog-state.json"))!);
    expect(Object.keys(state.done)).toHaveLength(4);
  });

  it("night 3 takes the meta item, the last one (the meta item ticked by hand used no turn)", async () => {
    const run = await night(world, 3);
    runs.push(run);
    expect(run.conclusion, describeRun(run, 6)).toBe("success");
    expect(itemsOf(run).map((i) => [i.text, i.source])).toEqual([["Speed up the test suite", "meta"]]);
    const state = JSON.parse((await bare(repo).show("specpipe-backlog:backlog-state.json"))!);
    expect(Object.keys(state.done)).toHaveLength(5);
    expect(
      Object.values(state.done as Record<string, { source: string }>)
        .map((d) => d.source)
        .sort(),
    ).toEqual(["meta", "product", "product", "product", "product"]);
    expect(repo.state.pulls()).toHaveLength(5);
  });

  it("night 4 finds the backlog finished: green, and no job is started for nothing", async () => {
    const run = await night(world, 4);
    expect(run.conclusion, describeRun(run, 6)).toBe("success");
    expect(itemsOf(run)).toEqual([]);
    expect(run.jobs.propose).toEqual([]);
    expect(run.jobs.publish).toEqual([]);
    expect(repo.state.pulls()).toHaveLength(5);
  });

  it("every task was recorded on the metrics branch, with its duration, one per item and night", async () => {
    const months = (await bare(repo).files("specpipe-metrics")).filter((f) => f.endsWith(".jsonl"));
    expect(months).toEqual(["2026-03.jsonl"]);
    const records = (await bare(repo).show("specpipe-metrics:2026-03.jsonl"))!
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            task_id: string;
            status: string;
            phase: string;
            model: string;
            duration_seconds: number;
            task_type: string;
            created_at: string;
          },
      );
    expect(records).toHaveLength(5);
    for (const r of records) {
      expect(r).toMatchObject({ status: "completed", phase: "unattended", model: "codex" });
      expect(r.duration_seconds).toBeGreaterThanOrEqual(0);
    }
    expect(records.map((r) => r.task_type).sort()).toEqual(["meta", "product", "product", "product", "product"]);
    // On the scenario's clock: one record date per night.
    expect([...new Set(records.map((r) => r.created_at.slice(0, 10)))]).toEqual(["2026-03-02", "2026-03-03", "2026-03-04"]);
    // The jobs' tokens ended with their jobs.
    for (const run of runs) for (const leg of Object.values(run.jobs).flat()) expect(world.github.grantOf(leg.token!)).toBeUndefined();
  });
});

describe("unattended.yml when a night goes wrong", () => {
  let world: World;
  let repo: Repository;
  beforeAll(async () => {
    ({ world, repo } = await setup({
      "docs/backlog/product.md":
        "# Product backlog\n\n1. Add CSV export to the reports page\n2. Let users reset their password <!-- blocked: waiting for the identity provider -->\n",
      "docs/backlog/meta.md": "",
    }));
  }, 120_000);
  afterAll(async () => world?.close());

  it("the agent fails: the night fails, the claim is given back, the task is recorded as failed", async () => {
    const broken = path.join(world.root, "broken-codex");
    await fs.writeFile(broken, '#!/bin/sh\necho "codex: the service is unavailable" >&2\nexit 1\n');
    chmodSync(broken, 0o755);
    world.npmPackages["@openai/codex"] = { bin: { codex: broken } };
    const run = await night(world, 1);
    expect(run.conclusion).toBe("failure");
    expect(run.jobs.propose[0].steps.find((s) => s.id === "speckit")!.outputs.status).toBe("failed");
    const leg = run.jobs.publish[0];
    // No proposal came: publish fails saying so, and publishes nothing.
    expect(
      leg.steps
        .find((s) => s.id === "speckit")!
        .annotations.map((a) => a.message)
        .join("\n"),
    ).toMatch(/no proposal\.json in \.speckit-proposal: the propose job failed or uploaded nothing/);
    expect(leg.steps.find((s) => s.name === "Release the claim")!.outcome).toBe("success");
    const state = JSON.parse((await bare(repo).show("specpipe-backlog:backlog-state.json"))!);
    expect(state).toMatchObject({ done: {}, claims: {} });
    const records = (await bare(repo).show("specpipe-metrics:2026-03.jsonl"))!
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r: { status: string }) => r.status)).toEqual(["failed"]);
  });

  it("the next night, with the agent back, takes the same item again and finishes it", async () => {
    world.npmPackages["@openai/codex"] = { bin: { codex: SCRIPTED_AGENT } };
    const run = await night(world, 2);
    expect(run.conclusion, describeRun(run, 6)).toBe("success");
    expect(itemsOf(run).map((i) => i.text)).toEqual(["Add CSV export to the reports page"]);
    expect(repo.state.pulls()).toHaveLength(1);
  });

  it("a night that can do no work while work remains fails, naming the blocked item and why", async () => {
    const run = await night(world, 3);
    expect(run.conclusion).toBe("failure");
    const next = run.job("plan").steps.find((s) => s.id === "next")!;
    expect(next.outcome).toBe("failure");
    expect(next.log.join("\n")).toMatch(
      /no backlog item is open, and 1 are left \(branch specpipe-backlog of origin\): \w+ blocked: waiting for the identity provider/,
    );
    expect(run.jobs.propose).toEqual([]);
    expect(run.jobs.publish).toEqual([]);
  });
});
