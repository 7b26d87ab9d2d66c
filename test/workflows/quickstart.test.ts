import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Git } from "@specpipe/core/git/git";
import { runProcess } from "@specpipe/core/process";
import { TEST_ENV } from "../harness/repo.js";
import { REPO_ROOT } from "../harness/run-action.js";
import { runWorkflow, World, type Repository, type RunResult } from "../harness/workflow-runner/index.js";

/**
 * The README's quick start, as a new user follows it: a small vitest project; pipeline.yml copied
 * to .github/workflows/; `specpipe init` and `specpipe hooks install`; then push after push, each
 * played as GitHub plays the push (tests with real vitest, JUnit and coverage; spec-hash-check;
 * coverage-update and playbook-gate on main; the metrics record). As tests land, the gate advances
 * A1 → A4 and on to B1; when a step's exit condition does not hold, the job stays green and the
 * run carries a warning naming the condition. A pull request runs the check job.
 *
 * Also coverage.yml, the smaller example: its test job and coverage-update on push and on a pull
 * request, run twice.
 */
const CLI = path.join(REPO_ROOT, "dist/cli/index.js");
const PROJECT = {
  "README.md": "# widgets\n",
  "package.json": JSON.stringify({ name: "widgets", private: true, type: "module", scripts: { test: "vitest run" } }, null, 2) + "\n",
  // `npm ci` needs a lockfile; the offline runner installs the prepared node_modules from it.
  "package-lock.json": JSON.stringify({ name: "widgets", lockfileVersion: 3, requires: true, packages: {} }, null, 2) + "\n",
  ".gitignore": "node_modules/\nreports/\ncoverage/\n",
  "specs/001-greeting.md": "# Spec: Greeting\n\n## Purpose\n\nGreet a user by name.\n",
  "src/greet.js": "export function greet(name) {\n  if (!name) return 'hello';\n  return `hello ${name}`;\n}\n",
  "test/greet.test.js":
    "import { expect, test } from 'vitest';\nimport { greet } from '../src/greet.js';\ntest('001 greets by name', () => expect(greet('mona')).toBe('hello mona'));\ntest('greets nobody', () => expect(greet()).toBe('hello'));\n",
};

async function copyExample(repo: Repository, name: string) {
  await repo.work.write(`.github/workflows/${name}`, await fs.readFile(path.join(REPO_ROOT, "workflows-examples", name), "utf8"));
}

function user(repo: Repository) {
  const w = repo.work;
  const env = { ...process.env, ...TEST_ENV };
  return {
    specpipe: async (args: string[]) => {
      const r = await runProcess(process.execPath, [CLI, ...args], { cwd: w.dir, env });
      expect(r.code, `specpipe ${args.join(" ")}: ${r.stderr.toString()}`).toBe(0);
      return r.stdout.toString();
    },
    /** Stage everything and commit through the installed hooks (they add the trailers). */
    commit: async (message: string) => {
      await w.git.run(["add", "--all"]);
      const r = await runProcess("git", ["commit", "--quiet", "--file=-"], { cwd: w.dir, env, input: message });
      return { code: r.code, err: r.stderr.toString() + r.stdout.toString() };
    },
    pull: () => w.git.run(["pull", "--quiet", "--rebase", "origin", "main"], { network: true }),
    push: () => w.push(),
  };
}

const push = (world: World, sha?: string) =>
  runWorkflow(world, {
    repository: "acme/widgets",
    workflow: ".github/workflows/pipeline.yml",
    event: "push",
    ref: "refs/heads/main",
    sha,
  });

function gate(run: RunResult) {
  return run.job("advance").steps.find((s) => s.name === "Run OWNER/specpipe/actions/playbook-gate@v1")!;
}

describe("the README's quick start: specpipe init, hooks install, pipeline.yml, push after push", () => {
  let world: World;
  let repo: Repository;
  let u: ReturnType<typeof user>;

  beforeAll(async () => {
    world = await World.create({ start: "2026-03-02T09:00:00Z" });
    await world.publishSpecpipe();
    repo = await world.addRepository({ owner: "acme", name: "widgets", files: PROJECT });
    u = user(repo);
  }, 120_000);
  afterAll(async () => world?.close());

  /** The user pulls, writes `files`, commits them (the hooks let the commit through) and pushes to main: the pipeline's run. */
  async function pushed(files: Record<string, string>, message: string): Promise<RunResult> {
    await u.pull();
    for (const [file, content] of Object.entries(files)) await repo.work.write(file, content);
    expect((await u.commit(message)).code).toBe(0);
    await u.push();
    return push(world);
  }

  it("push 1: the first commit with the pipeline, the spec and the beacon; the gate advances A1 → A2", async () => {
    await copyExample(repo, "pipeline.yml");
    expect(await u.specpipe(["init"])).toMatch(/the active step is A1/);
    await u.specpipe(["hooks", "install"]);
    let c = await u.commit("chore: start the spec-driven pipeline\n");
    if (c.code !== 0) {
      // The hooks ask for the first spec to be recorded as an amendment, and say how.
      expect(c.err).toContain('run "specpipe amend --reason');
      await u.specpipe(["amend", "--reason", "the first version of the living spec"]);
      c = await u.commit(
        "spec: start the spec-driven pipeline\n\nThe living spec, the playbook and its beacon, and the pipeline that gates them.\n\nSpec-Amendment: the first version of the living spec\n",
      );
    }
    expect(c.code, c.err).toBe(0);
    await u.push();
    const run = await push(world);
    expect(run.conclusion).toBe("success");
    expect(
      run
        .job("test")
        .steps.find((s) => s.id === "tests")!
        .log.join("\n"),
    ).toMatch(/JUNIT report written to .*reports\/junit\.xml/);
    expect(run.job("spec").steps[1].outputs).toMatchObject({ ok: "true", violations: "[]" });
    expect(gate(run).outputs).toMatchObject({ step: "A2", advanced: "true" });
    // The check job runs on pushes too (actions: read): here there is no gate commit to verify yet.
    expect(run.job("check").conclusion).toBe("success");
    // coverage-update added the spec's row on main.
    const git = new Git({ cwd: repo.bare, env: TEST_ENV });
    expect(await git.run(["show", "main:docs/SPEC-COVERAGE.md"])).toContain("001 Greeting");
    expect(JSON.parse(await git.run(["show", "main:progress.json"]))).toMatchObject({ step: "A2" });
  });

  it("pushes 2 and 3: code and tests land; A2 → A3 → A4 (A3 reads the report the pipeline writes)", async () => {
    const second = await pushed(
      { "src/greet.js": "export function greet(name) {\n  if (!name) return 'hello';\n  return `hello ${name.trim()}`;\n}\n" },
      "feat: trim the name before greeting\n\nNames pasted from forms carry spaces.\n",
    );
    expect(gate(second).outputs).toMatchObject({ step: "A3", advanced: "true" });
    // The gate's push started no workflow; the next push's check judged its commit and asked
    // GitHub for the run it names (this workflow, on push 1's commit, on main).
    expect(second.job("check").conclusion).toBe("success");
    expect(second.job("check").summary).toContain("verified 1 gate commit(s) against GitHub's record of their runs");
    const run = await pushed(
      {
        "test/trim.test.js":
          "import { expect, test } from 'vitest';\nimport { greet } from '../src/greet.js';\ntest('trims', () => expect(greet(' mona ')).toBe('hello mona'));\n",
      },
      "test: greet trims the name\n\nThe mock-up's interface, covered.\n",
    );
    expect(gate(run).outputs).toMatchObject({ step: "A4", advanced: "true" });
  });

  it("push 4 without an e2e test: A4 holds, the job stays green, and the run warns naming the condition", async () => {
    const run = await pushed(
      { "README.md": "# widgets\n\nGreets people.\n" },
      "docs: say what widgets does\n\nA first line for the README.\n",
    );
    expect(run.conclusion).toBe("success");
    expect(gate(run).outputs).toMatchObject({ step: "A4", advanced: "false" });
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        title: "playbook-gate",
        message: expect.stringMatching(/^step A4 is blocked by tests: .*no test with file "e2e\/\*\*" ran/),
      }),
    );
    expect(run.job("advance").summary).toMatch(/⛔ blocked by `tests` \(.*no test with file "e2e\/\*\*" ran/);
  });

  it("push 5: the e2e test lands; A4 → B1, and every push was recorded as a pipeline task", async () => {
    const run = await pushed(
      {
        "e2e/flow.test.js":
          "import { expect, test } from 'vitest';\nimport { greet } from '../src/greet.js';\ntest('the mock-up greets end to end', () => expect(greet('world')).toBe('hello world'));\n",
      },
      "test: the end-to-end test of the mock-up\n\nIt runs the greeting as a user would.\n",
    );
    expect(gate(run).outputs).toMatchObject({ step: "B1", advanced: "true" });
    const git = new Git({ cwd: repo.bare, env: TEST_ENV });
    const records = (await git.run(["show", "specpipe-metrics:2026-03.jsonl"]))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { task_type: string; status: string });
    expect(records).toHaveLength(5);
    expect(records.every((r) => r.task_type === "pipeline" && r.status === "completed")).toBe(true);
  });

  it("a pull request runs the check job: the beacon is valid and its commits carry the active step", async () => {
    await u.pull();
    await repo.work.git.run(["checkout", "--quiet", "-b", "feature/shout"]);
    await repo.work.write("src/shout.js", "export const shout = (s) => s.toUpperCase();\n");
    expect((await u.commit("feat: shout\n\nFor the loud parts of the greeting.\n")).code).toBe(0);
    await repo.work.git.run(["push", "--quiet", "origin", "HEAD:refs/heads/feature/shout"]);
    const git = new Git({ cwd: repo.bare, env: TEST_ENV });
    const head = (await git.run(["rev-parse", "refs/heads/feature/shout"])).trim();
    const base = (await git.run(["rev-parse", "refs/heads/main"])).trim();
    const pull = repo.state.addPull({ title: "Shout", head: "feature/shout" });
    // GitHub's merge ref for the pull request: the head merged into the base.
    const tree = (await git.run(["merge-tree", "--write-tree", base, head])).trim().split("\n")[0];
    const merge = (
      await git.run([
        "-c",
        "user.name=GitHub",
        "-c",
        "user.email=noreply@github.com",
        "commit-tree",
        tree,
        "-p",
        base,
        "-p",
        head,
        "-m",
        "Merge",
      ])
    ).trim();
    await git.run(["update-ref", `refs/pull/${pull.number}/merge`, merge]);
    await git.run(["update-ref", `refs/pull/${pull.number}/head`, head]);
    const run = await runWorkflow(world, {
      repository: "acme/widgets",
      workflow: ".github/workflows/pipeline.yml",
      event: "pull_request",
      ref: `refs/pull/${pull.number}/merge`,
      sha: merge,
      payload: {
        action: "opened",
        number: pull.number,
        pull_request: { number: pull.number, head: { ref: "feature/shout", sha: head }, base: { ref: "main", sha: base } },
      },
    });
    expect(run.conclusion).toBe("success");
    const check = run.job("check");
    expect(check.conclusion).toBe("success");
    expect(check.steps.find((s) => s.name === "Run OWNER/specpipe/actions/playbook-gate@v1")!.outputs).toMatchObject({
      step: "B1",
      violations: "[]",
    });
    expect(run.jobs.advance).toEqual([]);
    // Nothing was pushed by a pull request's run.
    expect((await git.run(["rev-parse", "refs/heads/main"])).trim()).toBe(base);
  });
});

describe("coverage.yml: the test job, then coverage-update commits the docs on a push to main", () => {
  let world: World;
  let repo: Repository;
  beforeAll(async () => {
    world = await World.create({ start: "2026-03-02T09:00:00Z" });
    await world.publishSpecpipe();
    repo = await world.addRepository({ owner: "acme", name: "widgets", files: PROJECT });
    await copyExample(repo, "coverage.yml");
    await repo.work.commit("ci: keep the spec coverage docs up to date");
    await repo.work.push();
  }, 120_000);
  afterAll(async () => world?.close());

  const run = () => runWorkflow(world, { repository: "acme/widgets", workflow: ".github/workflows/coverage.yml", event: "push" });

  it("adds the spec's row and marks it tested after green tests, commits it on main, and is idempotent the next time", async () => {
    const first = await run();
    expect(first.conclusion).toBe("success");
    const git = new Git({ cwd: repo.bare, env: TEST_ENV });
    const coverage = await git.run(["show", "main:docs/SPEC-COVERAGE.md"]);
    expect(coverage).toMatch(/001 Greeting/);
    // A runner has no git identity of its own: the docs are committed by github-actions[bot].
    expect(await git.run(["log", "-1", "--format=%an <%ae>|%s", "main"])).toMatch(
      /^github-actions\[bot\] <41898282\+github-actions\[bot\]@users\.noreply\.github\.com>\|docs\(coverage\): /,
    );
    const tip = (await git.run(["rev-parse", "main"])).trim();
    const second = await run();
    expect(second.conclusion).toBe("success");
    expect((await git.run(["rev-parse", "main"])).trim()).toBe(tip);
    expect(await git.run(["show", "main:docs/SPEC-COVERAGE.md"])).toBe(coverage);
  });
});
