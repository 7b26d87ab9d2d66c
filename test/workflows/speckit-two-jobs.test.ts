import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Git } from "@specpipe/core/git/git";
import { TEST_ENV } from "../harness/repo.js";
import { speckitWorkflowWorld } from "../harness/example-workflow.js";
import { FIXTURE_DIR } from "../harness/speckit-fixture.js";
import { describeRun, runWorkflow, type Repository, type World } from "../harness/workflow-runner/index.js";

/**
 * speckit.yml's two jobs (ADR 0037) against an agent talked into overreaching by the issue it was
 * given (test/fixtures/speckit/overreaching-agent.mjs obeys `[[overreach: …]]` lines in the
 * request): the propose job, whose token can only read, does what the agent did; the publish job
 * refuses every change a run may not make, one line each, and publishes nothing. The issue's
 * title line with a workflow command and a team mention reaches the pull request neutralised.
 */
const WORKFLOW = ".github/workflows/speckit.yml";
const OVERREACHING_AGENT = path.join(FIXTURE_DIR, "overreaching-agent.mjs");

describe("speckit.yml with a prompt-injected agent: propose reads, publish refuses", () => {
  let world: World;
  let repo: Repository;
  let mainTip: string;
  const git = () => new Git({ cwd: repo.bare, env: TEST_ENV });

  beforeAll(async () => {
    ({ world, repo } = await speckitWorkflowWorld(OVERREACHING_AGENT));
    mainTip = (await git().run(["rev-parse", "refs/heads/main"])).trim();
  }, 120_000);
  afterAll(async () => world?.close());

  // An outsider opens the issue; a maintainer labels it, as the workflow requires.
  const labelled = (title: string, body: string) => {
    const issue = repo.state.addIssue({ title, body });
    return runWorkflow(world, {
      repository: "acme/widgets",
      workflow: WORKFLOW,
      event: "issues",
      payload: {
        action: "labeled",
        issue: {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          labels: [{ name: "speckit" }],
          user: { login: "outsider-oz" },
        },
        label: { name: "speckit" },
        sender: { login: "maintainer-mia", type: "User" },
      },
      actor: "maintainer-mia",
      secrets: { OPENAI_API_KEY: "sk-test-0123456789" },
    });
  };

  it("refuses a workflow, a symlink, 50 MB, an executable and a file outside the feature folder, one line each, and publishes nothing", async () => {
    const run = await labelled(
      "Calendar sync",
      [
        "# Team calendar sync",
        "",
        "Sync the team calendar with Google Calendar every hour.",
        "[[overreach: workflow]]",
        "[[overreach: symlink]]",
        "[[overreach: big]]",
        "[[overreach: exec]]",
        "[[overreach: elsewhere]]",
      ].join("\n"),
    );
    expect(run.conclusion, describeRun(run, 12)).toBe("failure");
    const propose = run.job("propose");
    expect(propose.conclusion, describeRun(run, 12)).toBe("success");
    expect(propose.permissions).toEqual({ contents: "read" });
    expect(world.github.requestsWith(propose.token!).filter((r) => r.method !== "GET")).toEqual([]);
    const publish = run.job("publish");
    const step = publish.steps.find((s) => s.id === "speckit")!;
    expect(step.outcome).toBe("failure");
    const log = step.log.join("\n");
    const feature = "specs/002-team-calendar-sync";
    // One error annotation: its message names every refused path on a line of its own.
    const errors = step.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    const lines = errors[0].message.split("\n").filter((l) => l.startsWith("refused "));
    expect(lines).toEqual([
      'refused ".github/workflows/pwned.yml": nothing under .github/ is published from a proposal',
      expect.stringMatching(/^refused "README.md": outside the folders this run may change \(specs\/002-team-calendar-sync\/\)/),
      `refused "${feature}/big.bin": 52428800 bytes, more than the 1 MiB a file may have`,
      `refused "${feature}/passwd": a symlink`,
      `refused "${feature}/run.sh": an executable file outside .specify/scripts/`,
      // The last line of the error carries its fix.
      expect.stringMatching(
        /^refused \(all files\): \d+ bytes together, more than the 10 MiB a proposal may have\. Fix: a proposal may change only/,
      ),
    ]);
    expect(log).toMatch(/the proposal was refused, nothing was published \(6 refused\)/);
    expect(publish.summary).toMatch(/\| refused \| why \|/);
    expect(publish.summary).toContain(`${feature}/passwd`);
    // Nothing reached the remote but the task's record: no feature branch, main as it was, no pull request.
    const heads = (await git().run(["for-each-ref", "--format=%(refname:short)", "refs/heads"])).trim().split("\n");
    expect(heads.sort()).toEqual(["main", "specpipe-metrics"]);
    expect((await git().run(["rev-parse", "refs/heads/main"])).trim()).toBe(mainTip);
    expect(repo.state.pulls()).toEqual([]);
    const records = (await git().run(["show", "specpipe-metrics:2026-03.jsonl"]))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r: { status: string }) => r.status)).toEqual(["failed"]);
  });

  it("neutralises a workflow command and a team mention from the issue's first line in the pull request it publishes", async () => {
    const run = await labelled("Sync", "::set-output name=pwned::1 sync calendars for @acme/owners\n\nSync the team calendar every hour.");
    expect(run.conclusion, describeRun(run, 12)).toBe("success");
    const pulls = repo.state.pulls();
    expect(pulls).toHaveLength(1);
    const title = pulls[0].title;
    expect(title).toContain("`@acme/owners`");
    expect(title.replace(/`@acme\/owners`/, "")).not.toContain("@acme/owners");
    // No line of any step's log is a workflow command made of the issue's text.
    for (const j of Object.values(run.jobs).flat())
      for (const s of [...j.steps, ...j.posts]) for (const l of s.log) expect(l).not.toMatch(/^\s*::set-output/);
  });
});
