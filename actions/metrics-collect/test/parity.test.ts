import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../../../test/harness/github-server.js";
import { createRepo, type TestRepo } from "../../../test/harness/repo.js";
import { runAction, type ActionResult } from "../../../test/harness/run-action.js";
import { inputsAsFlags, runCli, type CliResult } from "../../../test/harness/run-cli.js";

/**
 * Parity: the bundled action and the bundled `specpipe metrics` get the same inputs (an input
 * `x` is the flag `--x`) over two copies of the same repository, in the same runner environment,
 * and must leave the same files and give the same results. Both go through
 * `core/metrics/options.ts`; this holds them to it. The pattern for every action and its command:
 * one `step` per mode, comparing what each adapter can show (outputs vs --json, summary vs
 * --markdown, the store's files).
 *
 * Build first: node scripts/build.mjs --no-check metrics-collect cli
 */
const hour = 3_600_000;
const at = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

let gh: GitHubServer;
let action: TestRepo;
let cli: TestRepo;
let runner: NodeJS.ProcessEnv;

/** The same files in both copies: a store with an old record, and a file to ingest with a bad line. */
function seedFiles(): Record<string, string> {
  const rec = (id: string, status: string, created: string, duration = 30) =>
    JSON.stringify({ task_id: id, task_type: "spec", model: "m", duration_seconds: duration, status, created_at: created }) + "\n";
  return {
    ".specpipe/metrics.jsonl":
      rec("old", "completed", at(200 * 24 * hour)) + rec("s1", "completed", at(3 * hour), 40) + rec("s2", "failed", at(2 * hour), 50),
    "import/tasks.jsonl":
      rec("i1", "completed", at(4 * hour), 12) +
      "not json\n" +
      rec("i2", "cancelled", at(4 * hour), 3) +
      rec("s1", "completed", at(3 * hour), 40),
  };
}

beforeAll(async () => {
  gh = await startGitHubServer({ token: "tkn" });
  const repo = gh.state.addRepo({ owner: "acme", name: "widgets" });
  const run = repo.addWorkflowRun({ name: "CI", createdAt: at(5 * hour) });
  repo.addJob(run.id, { name: "test", conclusion: "success", startedAt: at(5 * hour), completedAt: at(5 * hour - 60_000) });
  repo.addJob(run.id, { name: "build", conclusion: "failure", startedAt: at(5 * hour), completedAt: at(5 * hour - 120_000) });
  const seeded = seedFiles();
  [action, cli] = await Promise.all([createRepo({ files: { "README.md": "hi\n" } }), createRepo({ files: { "README.md": "hi\n" } })]);
  for (const repo of [action, cli]) for (const [file, text] of Object.entries(seeded)) await repo.write(file, text);
  // The runner's variables, the same for both (a re-run: attempt 2, job "metrics").
  runner = {
    GITHUB_REPOSITORY: "acme/widgets",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: gh.url,
    GITHUB_RUN_ID: "1000",
    GITHUB_RUN_ATTEMPT: "2",
    GITHUB_JOB: "metrics",
    GITHUB_WORKFLOW_REF: "acme/widgets/.github/workflows/monitor.yml@refs/heads/main",
  };
});
afterAll(async () => {
  await gh?.close();
  await Promise.all([action?.cleanup(), cli?.cleanup()]);
});

/** Every file of the work tree (not .git), by path: what each adapter left. */
async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    const abs = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, abs);
    if (entry.isFile() && !rel.startsWith(".git" + path.sep)) out[rel] = await fs.readFile(abs, "utf8");
  }
  return out;
}

/**
 * One mode through both adapters. The action gets `token` as an input, the command GITHUB_TOKEN
 * (the token rule: input, else GITHUB_TOKEN, else GH_TOKEN).
 */
async function step(
  mode: string,
  inputs: Record<string, string | number | boolean>,
  cliArgs: string[] = [],
): Promise<{ a: ActionResult; c: CliResult }> {
  const a = await runAction("metrics-collect", { cwd: action.dir, env: runner, inputs: { mode, token: "tkn", ...inputs } });
  const c = await runCli(["metrics", mode, ...inputsAsFlags(inputs), ...cliArgs], {
    cwd: cli.dir,
    env: { ...runner, GITHUB_TOKEN: "tkn" },
  });
  expect(a.exitCode, a.stdout + a.stderr).toBe(0);
  expect(c.code, c.stdout + c.stderr).toBe(0);
  expect(await files(cli.dir)).toEqual(await files(action.dir));
  return { a, c };
}

describe("metrics-collect and specpipe metrics, on the same inputs", () => {
  it("record: the same record, with the runner's default task id and run URL", async () => {
    const created = at(hour);
    const { a, c } = await step(
      "record",
      { "task-type": "impl", model: "gpt", "duration-seconds": 12.5, status: "completed", "created-at": created },
      ["--json"],
    );
    expect(a.outputs["records-added"]).toBe("1");
    const stored = JSON.parse(c.stdout);
    expect(stored).toMatchObject({ task_id: "1000-2-metrics", run_url: "https://github.com/acme/widgets/actions/runs/1000/attempts/2" });
    const last = (await action.read(".specpipe/metrics.jsonl")).trim().split("\n").at(-1)!;
    expect(JSON.parse(last)).toEqual(stored);
  });

  it("ingest from a file: the same records added, the same bad line named", async () => {
    const { a, c } = await step("ingest", { "ingest-from": "import/tasks.jsonl" }, ["--json"]);
    const ingested = JSON.parse(c.stdout);
    expect(ingested).toMatchObject({ added: 2, skipped: 1 });
    expect(a.outputs["records-added"]).toBe(String(ingested.added));
    expect(ingested.invalid).toEqual([{ file: "import/tasks.jsonl", line: 2, reason: "not JSON" }]);
    expect(a.annotations).toContainEqual(expect.objectContaining({ level: "warning", file: "import/tasks.jsonl", line: 2 }));
  });

  it("ingest from workflow runs: the same jobs, through the same token rule and API root", async () => {
    const { a, c } = await step("ingest", { "ingest-from": "workflow-runs", "task-type-map": "test=test\nbuild=impl" }, ["--json"]);
    expect(a.outputs["records-added"]).toBe("2");
    expect(JSON.parse(c.stdout).added).toBe(2);
    expect(a.masks).toContain("tkn");
    expect(a.stdout).toContain('GitHub token: the "token" input');
  });

  it("report: the same aggregates and flags (outputs vs --json), the same summary (job summary vs --markdown)", async () => {
    const inputs = { "window-days": 30, "min-tasks": 2, "min-success-rate": 0.9 };
    const { a, c } = await step("report", inputs, ["--json"]);
    const json = JSON.parse(c.stdout);
    expect(JSON.parse(a.outputs.aggregates)).toEqual(json.aggregates);
    expect(JSON.parse(a.outputs.attention)).toEqual(json.attention);
    expect(a.outputs.flags).toBe(json.attention.flags.join("\n"));
    expect(json.attention.low_success_rate).toBe(true);
    expect(json.aggregates.by_task_type).toEqual({
      impl: { count: 2, success_rate: 0.5 },
      spec: { count: 3, success_rate: 0.6667 }, // i2 was cancelled: not a finished attempt
      test: { count: 1, success_rate: 1 },
    });
    const md = await runCli(["metrics", "report", ...inputsAsFlags(inputs), "--markdown"], { cwd: cli.dir, env: runner });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain("xychart-beta");
    expect(md.stdout).toBe(a.summary);
  });

  it("prune with no keep-days: both keep the default 90 days", async () => {
    const { c } = await step("prune", {}, ["--json"]);
    expect(JSON.parse(c.stdout)).toMatchObject({ dropped: 1 });
    expect(await action.read(".specpipe/metrics.jsonl")).not.toContain('"old"');
  });

  it("a bad value: both refuse it with the same words, naming the input or the flag", async () => {
    const a = await runAction("metrics-collect", { cwd: action.dir, env: runner, inputs: { mode: "report", "failure-streak": "0" } });
    const c = await runCli(["metrics", "report", "--failure-streak", "0"], { cwd: cli.dir, env: runner });
    expect(a.exitCode).toBe(1);
    expect(c.code).toBe(1);
    const words = 'must be a whole number from 1 to 1000, got "0"';
    expect(a.stdout).toContain(`input "failure-streak" ${words}`);
    expect(c.stderr).toContain(`metrics report: --failure-streak ${words}`);
  });
});

describe("the git-branch store through both adapters", () => {
  it("a record of the action and one of the command land on the same branch; both report the same", async () => {
    const repo = await createRepo({ files: { "README.md": "hi\n" } });
    try {
      const dir = repo.dir;
      const created = at(hour);
      const fields = {
        store: "git-branch",
        "task-type": "impl",
        model: "m",
        "duration-seconds": 5,
        status: "completed",
        "created-at": created,
      };
      const a = await runAction("metrics-collect", {
        cwd: dir,
        env: runner,
        inputs: { mode: "record", "task-id": "by-action", ...fields },
      });
      expect(a.exitCode, a.stdout).toBe(0);
      const c = await runCli(["metrics", "record", ...inputsAsFlags({ "task-id": "by-cli", ...fields })], { cwd: dir, env: runner });
      expect(c.code, c.stderr).toBe(0);
      const month = `${created.slice(0, 7)}.jsonl`;
      const branch = await repo.git.run(["--git-dir", repo.remote, "show", `specpipe-metrics:${month}`]);
      expect(
        branch
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l).task_id),
      ).toEqual(["by-action", "by-cli"]);
      const ra = await runAction("metrics-collect", { cwd: dir, env: runner, inputs: { store: "git-branch" } });
      const rc = await runCli(["metrics", "report", "--store", "git-branch", "--json"], { cwd: dir, env: runner });
      expect(ra.exitCode, ra.stdout).toBe(0);
      expect(JSON.parse(ra.outputs.aggregates)).toEqual(JSON.parse(rc.stdout).aggregates);
      expect(JSON.parse(rc.stdout).aggregates.success_rate.total).toBe(2);
    } finally {
      await repo.cleanup();
    }
  });
});
