import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cloneRepo, createRepo, type TestRepo } from "../../../test/harness/repo.js";
import { REPO_ROOT, runAction } from "../../../test/harness/run-action.js";
import { main } from "../../../packages/cli/src/main.js";

const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|------|---------|--------|--------|-------|\n";
const STATUS =
  "# Status\n\n## Test Count\n\nTotal: 0\n\n## Specs Implemented\n\n_None._\n\n## Specs Pending Implementation\n\n_None._\n\n## Strategic gaps\n\nHuman text stays.\n";

const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});

async function repoWith(files: Record<string, string>): Promise<TestRepo> {
  const repo = await createRepo({ files });
  repos.push(repo);
  return repo;
}

beforeAll(async () => {
  await fs.access(path.join(REPO_ROOT, "dist/coverage-update/index.js"));
});

async function snapshot(repo: TestRepo, files: string[]) {
  return Promise.all(
    files.map(async (f) => ({
      f,
      bytes: await fs.readFile(path.join(repo.dir, f)),
      mtime: (await fs.stat(path.join(repo.dir, f))).mtimeMs,
    })),
  );
}

describe("coverage-update (bundled action, seed acceptance tests)", () => {
  it("dry-run exits 0, prints the diff, and modifies nothing", async () => {
    const repo = await repoWith({
      "specs/001-new.md": "# New Thing\n",
      "docs/SPEC-COVERAGE.md": `# Coverage\n\n${TABLE}`,
      "docs/STATUS.md": STATUS,
    });
    const before = await snapshot(repo, ["docs/SPEC-COVERAGE.md", "docs/STATUS.md"]);
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { "dry-run": true } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("+| 001 New Thing | ? | ? | ? | Pending |");
    expect(r.outputs.changed).toBe("true");
    expect(r.outputs.diff).toContain("--- a/docs/SPEC-COVERAGE.md");
    expect(r.outputs.diff).toContain("+- 001 New Thing");
    expect(await snapshot(repo, ["docs/SPEC-COVERAGE.md", "docs/STATUS.md"])).toEqual(before);
    expect((await repo.git.status()).length).toBe(0);
  });

  it("adds one row for a new spec; a second run writes zero bytes", async () => {
    const repo = await repoWith({
      "specs/001-old.md": "# Old\n",
      "docs/SPEC-COVERAGE.md": `# Coverage\n\n${TABLE}| 001 Old | ✓ | ✓ | ✓ | |\n`,
      "docs/STATUS.md": STATUS,
    });
    await repo.write("specs/002-new-spec.md", "# Spec: New Spec\n\n- [ ] r1\n");
    const first = await runAction("coverage-update", { cwd: repo.dir, inputs: { "test-count": 42 } });
    expect(first.exitCode).toBe(0);
    expect(first.outputs.changed).toBe("true");
    expect(JSON.parse(first.outputs["added-rows"])).toEqual([
      { key: "002-new-spec", number: "002", title: "New Spec", row: "| 002 New Spec | ? | ? | ? | Pending |", line: 6 },
    ]);
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(
      `# Coverage\n\n${TABLE}| 001 Old | ✓ | ✓ | ✓ | |\n| 002 New Spec | ? | ? | ? | Pending |\n`,
    );
    // STATUS.md reflects SPEC-COVERAGE and the test count; human sections are untouched.
    expect(await repo.read("docs/STATUS.md")).toBe(
      "# Status\n\n## Test Count\n\nTotal: 42\n\n## Specs Implemented\n\n- 001 Old\n\n## Specs Pending Implementation\n\n- 002 New Spec\n\n## Strategic gaps\n\nHuman text stays.\n",
    );
    expect(first.outputs["specs-implemented"]).toBe("1");
    expect(first.outputs["specs-pending"]).toBe("1");
    expect(first.outputs["test-count"]).toBe("42");
    expect(first.summary).toContain("| 6 | \\| 002 New Spec \\| ? \\| ? \\| ? \\| Pending \\| |");

    const before = await snapshot(repo, ["docs/SPEC-COVERAGE.md", "docs/STATUS.md"]);
    const second = await runAction("coverage-update", { cwd: repo.dir, inputs: { "test-count": 42 } });
    expect(second.exitCode).toBe(0);
    expect(second.outputs.changed).toBe("false");
    expect(second.outputs["added-rows"]).toBe("[]");
    expect(await snapshot(repo, ["docs/SPEC-COVERAGE.md", "docs/STATUS.md"])).toEqual(before);
  });

  it("is a no-op that says why when tests are not known to have passed (CI unset, no tests-passed)", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE });
    const r = await runAction("coverage-update", { cwd: repo.dir, env: { CI: "" } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("not writing: tests are not known to have passed");
    expect(r.outputs.changed).toBe("false");
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(TABLE);
    const allowed = await runAction("coverage-update", { cwd: repo.dir, env: { CI: "" }, inputs: { "tests-passed": true } });
    expect(allowed.outputs.changed).toBe("true");
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(`${TABLE}| 001 A | ? | ? | ? | Pending |\n`);
  });

  it("failing test results block writing even with tests-passed and CI", async () => {
    const repo = await repoWith({
      "specs/001-a.md": "# A\n",
      "docs/SPEC-COVERAGE.md": TABLE,
      "reports/junit.xml": `<testsuites><testsuite name="x"><testcase name="ok"/><testcase name="bad"><failure message="boom"/></testcase></testsuite></testsuites>`,
    });
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { "tests-passed": true, "test-results": "reports/*.xml" } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("not writing: 1 failed test(s) in reports/junit.xml");
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(TABLE);
  });

  it("counts tests from JUnit files and marks tested specs", async () => {
    const repo = await repoWith({
      "specs/001-a.md": "# A\n",
      "specs/002-b.md": "# B\n",
      "docs/SPEC-COVERAGE.md": `${TABLE}| 001 A | ✓ | ✓ | ? | |\n`,
      "docs/STATUS.md": STATUS,
      "reports/a.xml": `<testsuite name="a"><testcase classname="001-a" name="works"/><testcase name="skipped"><skipped/></testcase></testsuite>`,
      "reports/b.xml": `<testsuites><testsuite name="b"><testcase name="other"/></testsuite></testsuites>`,
    });
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { "test-results": "reports/*.xml", "mark-tested": true } });
    expect(r.exitCode).toBe(0);
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(`${TABLE}| 001 A | ✓ | ✓ | ✓ | |\n| 002 B | ? | ? | ? | Pending |\n`);
    expect(await repo.read("docs/STATUS.md")).toContain("## Test Count\n\nTotal: 3\n\n");
    expect(r.outputs["test-count"]).toBe("3");
  });

  it("STATUS.md: a person's one-item list, mixed lists and link lines stay; a count that names no total is left with a warning", async () => {
    const status = [
      "# Status",
      "",
      "## Test Count",
      "",
      "- API: 8 tests",
      "- UI: 4 tests",
      "",
      "## Specs Implemented",
      "",
      "- See the roadmap for what ships next",
      "",
      "## Specs Pending",
      "",
      "- 002 Beta",
      "- 040 blocked on legal (ask Ann)",
      "- 001 Alpha",
      "- See [SPEC-COVERAGE.md](SPEC-COVERAGE.md)",
      "",
    ].join("\n");
    const repo = await repoWith({
      "specs/001-alpha.md": "# Alpha\n",
      "specs/002-beta.md": "# Beta\n",
      "docs/SPEC-COVERAGE.md": `${TABLE}| 001 Alpha | ✓ | ✓ | ✓ | |\n| 002 Beta | | ✓ | | |\n`,
      "docs/STATUS.md": status,
    });
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { "test-count": 31 } });
    expect(r.exitCode).toBe(0);
    const expected = status
      .replace("- See the roadmap for what ships next\n", "- See the roadmap for what ships next\n\n- 001 Alpha\n")
      .replace("- 040 blocked on legal (ask Ann)\n- 001 Alpha\n", "- 040 blocked on legal (ask Ann)\n");
    expect(await repo.read("docs/STATUS.md")).toBe(expected);
    const warning = r.annotations.find((a) => a.title === "coverage: status-count");
    expect(warning).toMatchObject({ level: "warning", file: "docs/STATUS.md" });
    expect(warning!.message).toContain('section "Test Count" has 2 numbers (8, 4) and none of them reads as the total');
    const again = await runAction("coverage-update", { cwd: repo.dir, inputs: { "test-count": 31 } });
    expect(again.outputs.changed).toBe("false");
    expect(await repo.read("docs/STATUS.md")).toBe(expected);
  });

  it("creates a missing docs folder and SPEC-COVERAGE.md; reports a missing STATUS.md", async () => {
    const repo = await repoWith({
      "specs/007-thing/spec.md": "# Feature Specification: The Thing\n",
      "specs/007-thing/tasks.md": "- [x] T001 a\n",
    });
    const r = await runAction("coverage-update", { cwd: repo.dir });
    expect(r.exitCode).toBe(0);
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toContain(`| 007 The Thing | ? | ? | ? | Pending |\n`);
    expect(await repo.exists("docs/STATUS.md")).toBe(false);
    expect(r.summary).toContain("docs/STATUS.md does not exist");
    expect(r.stdout).toContain("docs/STATUS.md does not exist; nothing to refresh there");
  });

  it("two coverage tables: one clear error at file:line, nothing written", async () => {
    const doc = `${TABLE}| 001 A | ✓ | ✓ | ✓ | |\n\n## Again\n\n${TABLE}`;
    const repo = await repoWith({
      "specs/001-a.md": "# A\n",
      "specs/002-b.md": "# B\n",
      "docs/SPEC-COVERAGE.md": doc,
      "docs/STATUS.md": STATUS,
    });
    const r = await runAction("coverage-update", { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: "docs/SPEC-COVERAGE.md", line: 7 });
    expect(errors[0].message).toContain("Fix: merge them into one table");
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(doc);
    expect(await repo.read("docs/STATUS.md")).toBe(STATUS);
  });

  it("a row with more cells than columns: error at its line (named once), nothing written; a row without its Notes cell is fine", async () => {
    const doc = `# C\n\n${TABLE}| 001 A | ✓ | ✓ | ✓ | | extra |\n`;
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": doc });
    const r = await runAction("coverage-update", { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === "error")!;
    expect(error).toMatchObject({ file: "docs/SPEC-COVERAGE.md", line: 5 });
    expect(error.message).toMatch(/^docs\/SPEC-COVERAGE\.md:5:1: this coverage row has 6 cells, the table has 5 columns\. Fix: /);
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(doc);

    const short = `# C\n\n${TABLE}| 001 A | ✓ (unit only) | ✅ Done | ✓\n`;
    await repo.write("docs/SPEC-COVERAGE.md", short);
    const ok = await runAction("coverage-update", { cwd: repo.dir, inputs: { mode: "validate", strict: true } });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.gaps).toBe("[]");
    expect(ok.outputs["specs-implemented"]).toBe("1");
  });

  it("a bad input is named with its fix", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n" });
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { "dry-run": "yes" } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('input "dry-run" must be true or false, got "yes"');
  });

  it("a header that is not a table row is an error naming the input's fix; missing test results are a warning", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE });
    const bad = await runAction("coverage-update", { cwd: repo.dir, inputs: { header: "Spec, Present, Tested" } });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain('the coverage table header "Spec, Present, Tested" is not a Markdown table row');
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(TABLE);
    const missing = await runAction("coverage-update", { cwd: repo.dir, inputs: { "test-results": "reports/*.xml" } });
    expect(missing.exitCode).toBe(0);
    expect(missing.annotations).toContainEqual(expect.objectContaining({ level: "warning", title: "coverage: no test results" }));
  });

  it("validate: errors fail, warnings pass unless strict; annotations at the rows' lines", async () => {
    const repo = await repoWith({
      "specs/001-a.md": "# A\n",
      "specs/002-b.md": "# B\n",
      "docs/SPEC-COVERAGE.md": `${TABLE}| 001 A | ✓ | ✓ | ? | |\n| 002 B | ✓ | ✓ | ✓ | |\n`,
    });
    const ok = await runAction("coverage-update", { cwd: repo.dir, inputs: { mode: "validate" } });
    expect(ok.exitCode).toBe(0);
    expect(ok.annotations).toContainEqual(expect.objectContaining({ level: "warning", file: "docs/SPEC-COVERAGE.md", line: 3 }));
    const strict = await runAction("coverage-update", { cwd: repo.dir, inputs: { mode: "validate", strict: true } });
    expect(strict.exitCode).toBe(1);
    await repo.write("docs/SPEC-COVERAGE.md", `${TABLE}| 001 A | ? | ✓ | ? | |\n| 002 B | ✓ | ✓ | ✓ | |\n`);
    const bad = await runAction("coverage-update", { cwd: repo.dir, inputs: { mode: "validate" } });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations).toContainEqual(
      expect.objectContaining({ level: "error", line: 3, message: expect.stringContaining("spec'd but not implemented") }),
    );
    expect(JSON.parse(bad.outputs.gaps).map((g: { kind: string }) => g.kind)).toContain("specd-not-implemented");
  });

  it("report mode prints totals, percentages and progress bars", async () => {
    const repo = await repoWith({
      "specs/001-a.md": "# A\n",
      "specs/002-b.md": "# B\n",
      "docs/SPEC-COVERAGE.md": `${TABLE}| 001 A | ✓ | ✓ | ✓ | |\n| 002 B | ? | ✓ | ? | |\n`,
    });
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { mode: "report" } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("Present  ██████████░░░░░░░░░░    50%  (1/2)");
    expect(r.stdout).toContain("Spec'd   ████████████████████   100%  (2/2)");
    expect(r.stdout).toContain("Tested   ██████████░░░░░░░░░░    50%  (1/2)");
  });

  it("commit: true commits the docs and pushes, rebasing when the remote moved on", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE, "README.md": "x\n" });
    // Someone else pushes meanwhile: our push is rejected first, then rebased and retried.
    const other = await cloneRepo(repo.remote);
    await fs.writeFile(path.join(other.dir, "README.md"), "changed elsewhere\n");
    await other.git.run(["-c", "user.name=o", "-c", "user.email=o@x", "commit", "-qam", "docs: elsewhere"]);
    await other.git.run(["push", "-q", "origin", "HEAD:main"]);
    await other.cleanup();
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { commit: true } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("pushed");
    const log = await repo.git.run(["log", "--format=%s", "origin/main", "-3"]);
    await repo.git.fetch("origin");
    const remoteLog = await repo.git.run(["log", "--format=%s", "origin/main", "-3"]);
    expect(remoteLog.split("\n")[0]).toBe("docs(coverage): add 1 spec row(s)");
    expect(remoteLog).toContain("docs: elsewhere");
    expect(log).toBeDefined();
    const config = await fs.readFile(path.join(repo.dir, ".git/config"), "utf8");
    expect(config).not.toContain("extraheader");
  });
});

describe("the CLI: specpipe coverage", () => {
  async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
    let out = "";
    let err = "";
    const code = await main(args, { cwd, env, out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }

  it("--dry-run prints the diff; without --tests-passed it is a no-op; --tests-passed writes", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE });
    const dry = await cli(["coverage", "--dry-run"], repo.dir);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("+| 001 A | ? | ? | ? | Pending |");
    const noop = await cli(["coverage"], repo.dir);
    expect(noop.out).toContain("not writing");
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(TABLE);
    const real = await cli(["coverage", "--tests-passed", "--json"], repo.dir);
    expect(JSON.parse(real.out)).toMatchObject({ changed: true, written: true, addedRows: [{ key: "001-a" }] });
  });

  it("a user error is one line and exit code 1", async () => {
    const repo = await repoWith({ "README.md": "x" });
    const r = await cli(["coverage"], repo.dir);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("the specs folder specs does not exist");
  });
});

describe("workflows-examples/coverage.yml", () => {
  it("runs the step after the test step, only on success, with continue-on-error", async () => {
    const wf = parseYaml(await fs.readFile(path.join(REPO_ROOT, "workflows-examples/coverage.yml"), "utf8"));
    const steps = wf.jobs.test.steps as { id?: string; name?: string; uses?: string; if?: string; "continue-on-error"?: boolean }[];
    const testIndex = steps.findIndex((s) => s.id === "tests");
    const covIndex = steps.findIndex((s) => s.uses?.includes("actions/coverage-update"));
    expect(testIndex).toBeGreaterThanOrEqual(0);
    expect(covIndex).toBeGreaterThan(testIndex);
    expect(steps[covIndex]["continue-on-error"]).toBe(true);
    expect(steps[covIndex].if).toContain("success()");
  });
});
