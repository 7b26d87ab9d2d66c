import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Git } from "@specpipe/core/git/git";
import { TEST_ENV } from "../harness/repo.js";
import { speckitWorkflowWorld } from "../harness/example-workflow.js";
import { SCRIPTED_AGENT } from "../harness/speckit-fixture.js";
import { describeRun, runWorkflow, type Repository, type RunResult, type World } from "../harness/workflow-runner/index.js";

/**
 * workflows-examples/speckit.yml as GitHub runs it: an issue labelled `speckit` by a maintainer
 * starts Spec Kit's phases through the bundled speckit-run (the agent installed by the workflow's
 * own `npm install -g @openai/codex`: the scripted agent) in the `propose` job, whose token can only
 * read; the `publish` job, with no agent, validates the proposal it uploaded, pushes the branch and
 * opens the pull request (ADR 0037); the task is recorded on the metrics branch. A rerun of the
 * same run (attempt 2) finds its work pushed. A dispatch with the spec text works the same way.
 */
const WORKFLOW = ".github/workflows/speckit.yml";

describe("speckit.yml from an issue labelled speckit, and a rerun", () => {
  let world: World;
  let repo: Repository;
  let first: RunResult;

  beforeAll(async () => {
    ({ world, repo } = await speckitWorkflowWorld(SCRIPTED_AGENT));
  }, 120_000);
  afterAll(async () => world?.close());

  const labelled = (issue: { number: number; title: string; body: string | null }, rerunOf?: RunResult) =>
    runWorkflow(world, {
      repository: "acme/widgets",
      workflow: WORKFLOW,
      event: "issues",
      payload: {
        action: "labeled",
        issue: { number: issue.number, title: issue.title, body: issue.body, labels: [{ name: "speckit" }] },
        label: { name: "speckit" },
        sender: { login: "maintainer-mia", type: "User" },
      },
      actor: "maintainer-mia",
      secrets: { OPENAI_API_KEY: "sk-test-0123456789" },
      rerunOf,
    });

  it("turns the issue's text into a branch and a pull request, and records the task", async () => {
    const issue = repo.state.addIssue({
      title: "Calendar sync",
      body: "# Team calendar sync\n\nSync the team calendar with Google Calendar every hour.",
    });
    first = await labelled(issue);
    const propose = first.job("propose");
    const job = first.job("publish");
    const proposed = propose.steps.find((s) => s.id === "speckit")!;
    const speckit = job.steps.find((s) => s.id === "speckit")!;
    expect(first.conclusion, [...proposed.log, ...speckit.log].join("\n")).toBe("success");
    expect(proposed.outputs).toMatchObject({ status: "succeeded", branch: "002-team-calendar-sync", "pr-url": "" });
    expect(speckit.outputs).toMatchObject({ status: "succeeded", branch: "002-team-calendar-sync", "run-id": proposed.outputs["run-id"] });
    // The agent's job had a token that can read the repository and do nothing else, and wrote nothing with it.
    expect(propose.permissions).toEqual({ contents: "read" });
    expect(world.github.requestsWith(propose.token!).filter((r) => r.method !== "GET")).toEqual([]);
    const pulls = repo.state.pulls();
    expect(pulls).toHaveLength(1);
    expect(pulls[0].pull).toMatchObject({ head: "002-team-calendar-sync", base: "main" });
    expect(pulls[0].labels).toEqual(["speckit"]);
    // One progress comment on the issue.
    expect(repo.state.commentsOf(issue.number)).toHaveLength(1);
    const git = new Git({ cwd: repo.bare, env: TEST_ENV });
    expect(await git.run(["ls-tree", "-r", "--name-only", "002-team-calendar-sync"])).toContain("specs/002-team-calendar-sync/tasks.md");
    const records = (await git.run(["show", "specpipe-metrics:2026-03.jsonl"]))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toEqual([
      expect.objectContaining({
        task_type: "spec",
        phase: "speckit",
        model: "codex",
        status: "completed",
        task_id: `speckit-${speckit.outputs["run-id"]}`,
      }),
    ]);
    expect(records[0].duration_seconds).toBeGreaterThanOrEqual(0);
    expect(records[0].tokens_in).toBeGreaterThan(0);
    // The agent's key went in as a secret: never in a log.
    for (const s of [...propose.steps, ...propose.posts, ...job.steps, ...job.posts])
      expect(s.log.join("\n")).not.toContain("sk-test-0123456789");
  });

  it("a rerun of the same run (attempt 2) finds its work pushed: no second branch or pull request, the attempt recorded", async () => {
    const issue = repo.state.issue(1)!;
    const rerun = await labelled(issue, first);
    expect(rerun.conclusion, describeRun(rerun, 8)).toBe("success");
    expect([rerun.id, rerun.attempt]).toEqual([first.id, 2]);
    // Every phase's product is on the branch already: speckit-run reports no changes and leaves the pull request as it is.
    expect(rerun.job("propose").steps.find((s) => s.id === "speckit")!.outputs).toMatchObject({ status: "no_changes" });
    expect(rerun.job("publish").steps.find((s) => s.id === "speckit")!.outputs).toMatchObject({
      status: "no_changes",
      "pr-url": expect.stringMatching(new RegExp(`/acme/widgets/pull/${repo.state.pulls()[0].number}$`)),
    });
    expect(repo.state.pulls()).toHaveLength(1);
    const git = new Git({ cwd: repo.bare, env: TEST_ENV });
    const records = (await git.run(["show", "specpipe-metrics:2026-03.jsonl"]))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r: { status: string }) => r.status)).toEqual(["completed", "completed"]);
    expect(records[1].run_url).toBe(records[0].run_url);
    expect(repo.state.commentsOf(issue.number)).toHaveLength(1);
    // The run's jobs on GitHub: the latest attempt's.
    expect(repo.state.jobs.filter((j) => j.runId === first.id).map((j) => j.runAttempt)).toEqual([1, 1, 2, 2]);
  });

  it("an issue labelled with another label starts nothing", async () => {
    const issue = repo.state.addIssue({ title: "Bug", body: "It crashes." });
    const run = await runWorkflow(world, {
      repository: "acme/widgets",
      workflow: WORKFLOW,
      event: "issues",
      payload: {
        action: "labeled",
        issue: { number: issue.number, title: issue.title, body: issue.body },
        label: { name: "bug" },
        sender: { login: "maintainer-mia" },
      },
    });
    expect(run.jobs.propose).toEqual([]);
    expect(run.jobs.publish).toEqual([]);
    expect(repo.state.pulls()).toHaveLength(1);
  });

  it("a dispatch with the spec text opens its own pull request", async () => {
    const run = await runWorkflow(world, {
      repository: "acme/widgets",
      workflow: WORKFLOW,
      event: "workflow_dispatch",
      inputs: { spec: "Add CSV export to the monthly reports page" },
      secrets: { OPENAI_API_KEY: "sk-test-0123456789" },
    });
    expect(run.conclusion).toBe("success");
    expect(run.job("publish").steps.find((s) => s.id === "speckit")!.outputs.branch).toMatch(/csv/);
    expect(repo.state.pulls()).toHaveLength(2);
  });
});
