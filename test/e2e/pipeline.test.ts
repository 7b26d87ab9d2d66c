import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer, type RepoState } from "../harness/github-server.js";
import { TEST_ENV } from "../harness/repo.js";
import { REPO_ROOT, runAction, type ActionResult } from "../harness/run-action.js";
import { createSpeckitFixture, remoteBranches, type SpeckitFixture } from "../harness/speckit-fixture.js";

/**
 * The end-to-end story of issue 7: one consumer repository (real git, a bare `origin` also served
 * as `acme/widgets` for clones, the local GitHub REST server) taken through the steps of
 * workflows-examples/ in order — pipeline.yml, speckit.yml/unattended.yml, monitor.yml — with the
 * bundled actions (dist/<name>/index.js) and the bundled CLI (dist/cli/index.js).
 * The `it`s share state and must run in order.
 */
const TOKEN = "ghs_e2eTOKEN0123456789abcdef";
const CLI = path.join(REPO_ROOT, "dist/cli/index.js");
const BUNDLES = ["coverage-update", "spec-hash-check", "playbook-gate", "speckit-run", "metrics-collect", "cli"];

const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|------|---------|--------|--------|-------|\n";
const COVERAGE = `# Spec coverage\n\n${TABLE}| 001 Greeting banner | ✓ | ✓ | ✓ | |\n| 002 Monthly report | ✓ | ✓ | ? | |\n`;
const STATUS =
  "# Status\n\n## Test Count\n\nunknown\n\n## Specs Implemented\n\n_None._\n\n## Specs Pending Implementation\n\n_None._\n\n## Strategic gaps\n\nWritten by people; never touched.\n";
// A1 holds when the JUnit report the test job wrote has at least one test and none failing.
const PLAYBOOK = `version: 1
name: Consumer pipeline
phases:
  - id: A
    name: Build
    steps:
      - id: A1
        name: Green tests
        description: The test job's JUnit report has tests and no failures.
        exit:
          - type: tests
            reports: "reports/junit.xml"
            min: 1
      - id: A2
        name: Ship
        description: Then ship it.
`;
const JUNIT_RED = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="reports" tests="2" failures="1">
<testcase classname="reports" name="exports a CSV file"/>
<testcase classname="reports" name="totals the month"><failure message="expected 42, got 41">AssertionError</failure></testcase>
</testsuite></testsuites>
`;
const JUNIT_GREEN = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="reports" tests="2" failures="0">
<testcase classname="reports" name="exports a CSV file"/>
<testcase classname="reports" name="totals the month"/>
</testsuite></testsuites>
`;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The bundled CLI as a workflow's `run:` step runs it: a child process, an argument array. */
function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...TEST_ENV, CI: "true", ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

function pushEvent(before: string, after: string) {
  return {
    eventName: "push",
    event: { before, after, ref: "refs/heads/main", repository: { default_branch: "main", full_name: "acme/widgets" } },
  };
}

function show(r: ActionResult | CliResult): string {
  return `${r.stdout}\n${r.stderr}`;
}

describe("the example workflows, end to end, on one consumer repository", () => {
  let fx: SpeckitFixture;
  let gh: GitHubServer;
  let ghRepo: RepoState;
  let dir: string;
  // Shared between steps.
  let specHash = "";
  let backlogItem: { id: string; text: string; source: string } | undefined;

  const git = (args: string[]) => fx.repo.git.run(args);
  const remoteGit = (args: string[]) => fx.repo.git.run(["--git-dir", fx.repo.remote, ...args]);
  /** A developer's commit with the trailers the hooks add (Spec-Hash from `specpipe spec hash`). */
  async function trailerCommit(message: string, step: string): Promise<string> {
    const hash = await cli(["spec", "hash"], dir);
    expect(hash.code, show(hash)).toBe(0);
    specHash = hash.stdout.trim();
    expect(specHash).toMatch(/^[0-9a-f]{12}$/);
    return fx.repo.commit(`${message}\n\nSpec-Hash: ${specHash}\nPlaybook-Step: ${step}\n`);
  }

  beforeAll(async () => {
    const missing = BUNDLES.filter((b) => !existsSync(path.join(REPO_ROOT, "dist", b, "index.js")));
    if (missing.length)
      throw new Error(`build the bundles first: ${missing.map((b) => `node scripts/build.mjs --no-check ${b}`).join("; ")}`);
    gh = await startGitHubServer({ token: TOKEN });
    ghRepo = gh.state.addRepo({ owner: "acme", name: "widgets" });
  });

  afterAll(async () => {
    await fx?.cleanup();
    await gh?.close();
  });

  it("set-up: specs, coverage docs, living spec, playbook + beacon, .specify/ and the backlogs", async () => {
    // The Spec Kit example repository (README, docs/spec.md, specs/001-greeting-banner, .specify/)
    // plus what a specpipe consumer adds.
    fx = await createSpeckitFixture({
      files: {
        "specs/002-monthly-report/spec.md":
          "# Feature Specification: Monthly report\n\n**Status**: Accepted\n\nThe report shows the month's totals.\n",
        "docs/SPEC-COVERAGE.md": COVERAGE,
        "docs/STATUS.md": STATUS,
        "docs/adr/0001-record-decisions.md": "# 0001. Record decisions\n\n- Status: Accepted\n\n## Context\n\nWe want a trail.\n",
        "docs/backlog/product.md":
          "# Product backlog\n\n1. Add CSV export to the monthly reports page\n2. Show a dark mode toggle in the settings\n",
        "docs/backlog/meta.md": "# Meta backlog\n\n- [ ] Speed up the test suite\n",
        "playbook.yml": PLAYBOOK,
        ".gitignore": "reports/\n",
      },
    });
    dir = fx.repo.dir;
    for (const f of [
      ".specify/templates/spec-template.md",
      ".specify/memory/constitution.md",
      "specs/001-greeting-banner/spec.md",
      "docs/spec.md",
    ]) {
      expect(await fx.repo.exists(f), f).toBe(true);
    }
    // The beacon for our own playbook, as `specpipe init --beacon-only` writes it.
    const init = await cli(["init", "--beacon-only"], dir);
    expect(init.code, show(init)).toBe(0);
    expect(JSON.parse(await fx.repo.read("progress.json"))).toMatchObject({ step: "A1" });
    expect(await fx.repo.read("progress.md")).toContain("A1");
    await trailerCommit("chore: start the playbook", "init");
    await fx.repo.push();
    expect((await remoteGit(["ls-tree", "-r", "--name-only", "main"])).split("\n")).toEqual(
      expect.arrayContaining([
        "playbook.yml",
        "progress.json",
        "progress.md",
        "docs/backlog/product.md",
        ".specify/memory/constitution.md",
      ]),
    );
  });

  it("pipeline.yml: a new spec lands and coverage-update adds its row (then is idempotent)", async () => {
    await fx.repo.write(
      "specs/003-csv-import/spec.md",
      "# Feature Specification: CSV import\n\n**Status**: Draft\n\nImport rows from a CSV file.\n",
    );
    await trailerCommit("feat(specs): add the csv import spec\n\nCustomers keep their data in spreadsheets.", "A1");
    await fx.repo.push();

    // The advance job: after green tests, update and commit the coverage docs (CI=true).
    const first = await runAction("coverage-update", { cwd: dir, inputs: { commit: true } });
    expect(first.exitCode, show(first)).toBe(0);
    expect(first.outputs.changed).toBe("true");
    expect(JSON.parse(first.outputs["added-rows"])).toEqual([
      expect.objectContaining({ key: "003-csv-import", number: "003", row: "| 003 CSV import | ? | ? | ? | Pending |" }),
    ]);
    const coverage = await fx.repo.read("docs/SPEC-COVERAGE.md");
    expect(coverage).toBe(`${COVERAGE}| 003 CSV import | ? | ? | ? | Pending |\n`);
    const status = await fx.repo.read("docs/STATUS.md");
    expect(status).toContain("## Specs Pending Implementation\n\n- 003 CSV import\n");
    expect(status).toContain("## Strategic gaps\n\nWritten by people; never touched.\n");
    // Committed and pushed to the bare remote.
    expect(await remoteGit(["log", "-1", "--format=%s", "main"])).toMatch(/^docs\(coverage\): add 1 spec row\(s\)/);
    expect(await remoteGit(["show", "main:docs/SPEC-COVERAGE.md"])).toBe(coverage);

    const tip = await remoteGit(["rev-parse", "main"]);
    const second = await runAction("coverage-update", { cwd: dir, inputs: { commit: true } });
    expect(second.exitCode, show(second)).toBe(0);
    expect(second.outputs.changed).toBe("false");
    expect(second.outputs["added-rows"]).toBe("[]");
    expect(await fx.repo.read("docs/SPEC-COVERAGE.md")).toBe(coverage);
    expect(await remoteGit(["rev-parse", "main"])).toBe(tip);
    expect((await fx.repo.git.status()).length).toBe(0);
  });

  it("pipeline.yml: a commit without trailers fails spec-hash-check and a good one passes", async () => {
    const before = await fx.repo.git.head();
    await fx.repo.write("src/csv.ts", "export const parse = (s: string) => s.split(',');\n");
    const bad = await fx.repo.commit("feat(csv): parse rows\n\nThe import needs the rows split.\n");
    await fx.repo.push();
    const red = await runAction("spec-hash-check", { cwd: dir, ...pushEvent(before, bad) });
    expect(red.exitCode).toBe(1);
    expect(red.outputs.ok).toBe("false");
    expect(red.outputs.checked).toBe("1");
    const violations = JSON.parse(red.outputs.violations) as { code: string; commit?: string; hint: string }[];
    expect(violations.map((v) => v.code).sort()).toEqual(["playbook-step-missing", "spec-hash-missing"]);
    expect(violations.every((v) => v.commit === bad)).toBe(true);
    expect(violations.find((v) => v.code === "spec-hash-missing")!.hint).toContain(`Spec-Hash: ${specHash}`);
    expect(red.annotations.some((a) => a.level === "error" && a.title === "spec-hash-check: spec-hash-missing")).toBe(true);

    // The next push carries a commit with both trailers: that push's range is green.
    await fx.repo.write("src/csv.ts", "export const parse = (s: string) => s.split(',').map((c) => c.trim());\n");
    const good = await trailerCommit("fix(csv): trim the cells\n\nSpreadsheets pad cells with spaces.", "A1");
    await fx.repo.push();
    const green = await runAction("spec-hash-check", { cwd: dir, ...pushEvent(bad, good) });
    expect(green.exitCode, show(green)).toBe(0);
    expect(green.outputs).toMatchObject({ ok: "true", checked: "1", violations: "[]", "spec-hash": specHash });
  });

  it("pipeline.yml: playbook-gate refuses to advance on failing tests and advances after green ones", async () => {
    const beacon = await fx.repo.read("progress.json");
    const tipBefore = await remoteGit(["rev-parse", "main"]);
    // The test job's report (downloaded as an artifact into the checkout; git-ignored).
    await fx.repo.write("reports/junit.xml", JUNIT_RED);
    const blocked = await runAction("playbook-gate", { cwd: dir, inputs: { mode: "advance", token: TOKEN } });
    expect(blocked.exitCode, show(blocked)).toBe(0);
    expect(blocked.outputs).toMatchObject({ step: "A1", advanced: "false" });
    const blockedBy = JSON.parse(blocked.outputs["blocked-by"]) as { id: string; pass: boolean; value?: string; reason?: string }[];
    expect(blockedBy).toEqual([expect.objectContaining({ id: "tests", pass: false })]);
    expect(blockedBy[0]).toMatchObject({ value: "1 passed, 1 failed, 0 skipped", reason: expect.stringContaining("1 test failed") });
    expect(blocked.summary).toContain("⛔ blocked by `tests`");
    expect(await fx.repo.read("progress.json")).toBe(beacon);
    expect(await remoteGit(["rev-parse", "main"])).toBe(tipBefore);

    await fx.repo.write("reports/junit.xml", JUNIT_GREEN);
    const advanced = await runAction("playbook-gate", { cwd: dir, inputs: { mode: "advance", token: TOKEN } });
    expect(advanced.exitCode, show(advanced)).toBe(0);
    expect(advanced.outputs).toMatchObject({ step: "A2", advanced: "true", "blocked-by": "[]" });
    await fx.repo.git.fetch("origin");
    const remoteTip = (await git(["rev-parse", "origin/main"])).trim();
    expect(advanced.outputs.commit).toBe(remoteTip);
    expect(await git(["log", "-1", "--format=%s", "origin/main"])).toBe("chore(playbook): advance A1 → A2\n");
    expect(await git(["log", "-1", "--format=%B", "origin/main"])).toContain("Playbook-Gate: advance");
    expect(JSON.parse(await git(["show", "origin/main:progress.json"]))).toMatchObject({ step: "A2" });
    expect(await git(["show", "origin/main:progress.md"])).toContain("A2");
  });

  it("unattended.yml: speckit-run opens a pull request for the next backlog item, which is then done", async () => {
    const next = await cli(["backlog", "next", "--json"], dir);
    expect(next.code, show(next)).toBe(0);
    backlogItem = JSON.parse(next.stdout);
    expect(backlogItem).toMatchObject({ text: "Add CSV export to the monthly reports page", source: "product" });

    const r = await runAction("speckit-run", {
      cwd: dir,
      eventName: "workflow_dispatch",
      inputs: {
        spec: backlogItem!.text,
        token: TOKEN,
        agent: "codex",
        "agent-env": "SCRIPTED_AGENT_MODE\nSCRIPTED_AGENT_DIR",
        labels: "speckit, unattended",
        "retention-days": 7,
      },
      env: {
        PATH: fx.path,
        GITHUB_SERVER_URL: fx.serverUrl,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: "acme/widgets",
        GITHUB_TOKEN: TOKEN,
        RUNNER_TEMP: fx.scratch,
        SCRIPTED_AGENT_MODE: "",
        SCRIPTED_AGENT_DIR: fx.agentDir,
      },
    });
    expect(r.exitCode, show(r)).toBe(0);
    // specs/ holds 001, 002 and 003: the feature is number 004.
    expect(r.outputs.status).toBe("succeeded");
    const branch = r.outputs.branch;
    expect(branch).toMatch(/^004-[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(branch).toContain("csv");
    const pulls = ghRepo.pulls();
    expect(pulls).toHaveLength(1);
    expect(pulls[0].pull).toMatchObject({ head: branch, base: "main" });
    expect(pulls[0].labels).toEqual(["speckit", "unattended"]);
    expect(r.outputs["pr-url"]).toMatch(new RegExp(`/acme/widgets/pull/${pulls[0].number}$`));
    expect(await remoteBranches(fx.repo)).toContain(branch);
    expect(await remoteGit(["ls-tree", "-r", "--name-only", branch])).toContain(`specs/${branch}/spec.md`);

    const done = await cli(["backlog", "done", backlogItem!.id], dir, { GITHUB_TOKEN: TOKEN });
    expect(done.code, show(done)).toBe(0);
    const after = await cli(["backlog", "next", "--json"], dir);
    expect(after.code, show(after)).toBe(0);
    const following = JSON.parse(after.stdout) as { id: string; text: string };
    expect(following.id).not.toBe(backlogItem!.id);
    expect(following.text).toBe("Show a dark mode toggle in the settings");
    // Marked done on the remote too: committed to the backlog's state branch and pushed.
    expect(await remoteGit(["log", "-1", "--format=%s", "specpipe-backlog"])).toBe(`chore(backlog): done ${backlogItem!.id}\n`);
    const state = JSON.parse(await remoteGit(["show", "specpipe-backlog:backlog-state.json"]));
    expect(state.done[backlogItem!.id]).toMatchObject({ text: backlogItem!.text });
  });

  it("monitor.yml: three failed tasks of one phase open one heal issue; running it again opens no second", async () => {
    for (const n of [1, 2, 3]) {
      const r = await runAction("metrics-collect", {
        cwd: dir,
        inputs: {
          mode: "record",
          store: "git-branch",
          token: TOKEN,
          "task-id": `backlog-${backlogItem!.id}-${n}`,
          "task-type": "product",
          model: "codex",
          phase: "unattended",
          status: "failed",
          "duration-seconds": 30 + n,
        },
      });
      expect(r.exitCode, show(r)).toBe(0);
      expect(r.outputs["records-added"]).toBe("1");
    }
    const stored = (await remoteGit(["ls-tree", "--name-only", "specpipe-metrics"])).trim().split("\n");
    expect(stored).toHaveLength(1);
    const records = (await remoteGit(["show", `specpipe-metrics:${stored[0]}`]))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => [r.phase, r.status])).toEqual([
      ["unattended", "failed"],
      ["unattended", "failed"],
      ["unattended", "failed"],
    ]);

    const report = (extra: { env?: NodeJS.ProcessEnv; inputs?: Record<string, string | boolean> }) =>
      runAction("metrics-collect", {
        cwd: dir,
        inputs: { mode: "report", store: "git-branch", "window-days": 7, token: TOKEN, dashboard: "dashboard/index.html", ...extra.inputs },
        env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "acme/widgets", ...extra.env },
      });
    const issues = () => ghRepo.issues();

    const first = await report({ inputs: { "auto-fix": true } });
    expect(first.exitCode, show(first)).toBe(0);
    expect(JSON.parse(first.outputs.attention)).toMatchObject({ repeated_failures: true });
    expect(issues()).toHaveLength(1);
    expect(issues()[0].body).toContain("phase=unattended");
    expect(issues()[0].state).toBe("open");
    expect(gh.requestsTo("POST", /\/repos\/acme\/widgets\/issues$/)).toHaveLength(1);
    const url = `https://github.com/acme/widgets/issues/${issues()[0].number}`;
    expect(first.outputs["heal-issue-url"]).toBe(url);

    const second = await report({ inputs: { "auto-fix": true } });
    expect(second.exitCode, show(second)).toBe(0);
    expect(second.outputs["heal-issue-url"]).toBe(url);
    // monitor.yml turns auto-fix on through the PIPELINE_AUTO_FIX_ENABLED variable.
    const third = await report({ env: { PIPELINE_AUTO_FIX_ENABLED: "1" } });
    expect(third.exitCode, show(third)).toBe(0);
    expect(third.outputs["heal-issue-url"]).toBe(url);
    expect(issues()).toHaveLength(1);
    expect(gh.requestsTo("POST", /\/repos\/acme\/widgets\/issues$/)).toHaveLength(1);
    expect(await fx.repo.exists("dashboard/index.html")).toBe(true);
  });
});
