import { afterEach, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../../../test/harness/github-server.js";
import { createPlaybookRepo, filesPlaybook } from "../../../test/harness/playbook-repo.js";
import { runNodeTestRunner } from "../../../test/harness/playbook-reports.js";
import type { TestRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";

// Run `node scripts/build.mjs --no-check playbook-gate` first: these tests run the bundle.
const repos: TestRepo[] = [];
const servers: GitHubServer[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function repoWith(options: Parameters<typeof createPlaybookRepo>[0] = {}): Promise<TestRepo> {
  const r = await createPlaybookRepo(options);
  repos.push(r);
  return r;
}

describe("playbook-gate action", () => {
  it("status: outputs, conditions table and the mermaid flowchart; writes nothing", async () => {
    const repo = await repoWith();
    const before = await repo.read("progress.json");
    const r = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "status" } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ step: "A1", "next-step": "A2", advanced: "false", done: "false", "blocked-by": "[]" });
    const conditions = JSON.parse(r.outputs.conditions);
    expect(conditions).toEqual([
      expect.objectContaining({
        id: "files",
        type: "files",
        pass: true,
        evidence: ["docs/spec.md"],
        threshold: "1 path exists, not empty",
      }),
    ]);
    expect(r.summary).toContain("| ✅ | files | 1 of 1 present (1 file) | 1 path exists, not empty | docs/spec.md |");
    expect(r.summary).toContain("```mermaid\nflowchart LR\n");
    expect(r.summary).toContain("class s0 active");
    expect(r.summary).toContain('s10 -. "next iteration" .-> s4');
    expect(await repo.read("progress.json")).toBe(before);
  });

  it("advance: one step per run, committed with trailers and pushed; blocked runs report and keep the job green unless fail-on-blocked", async () => {
    const repo = await repoWith();
    const a = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance", tag: true } });
    expect(a.exitCode, a.stdout + a.stderr).toBe(0);
    expect(a.outputs).toMatchObject({ step: "A2", "next-step": "A3", advanced: "true" });
    const head = (await repo.git.run(["ls-remote", "origin", "refs/heads/main"])).split("\t")[0];
    expect(a.outputs.commit).toBe(head);
    const message = await repo.git.run(["log", "-1", "--format=%an <%ae>%n%B", head]);
    expect(message).toContain(
      "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\nchore(playbook): advance A1 → A2\n",
    );
    expect(message).toContain("Playbook-Gate: advance");
    expect(await repo.git.run(["ls-remote", "--tags", "origin"])).toContain("refs/tags/playbook/A2");
    expect(a.summary).toContain("✅ advanced A1 → A2");

    const b = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance" } });
    expect(b.outputs).toMatchObject({ step: "A3", advanced: "true" });
    const blocked = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance" } });
    expect(blocked.exitCode).toBe(0);
    expect(blocked.outputs).toMatchObject({ step: "A3", advanced: "false" });
    expect(JSON.parse(blocked.outputs["blocked-by"])).toEqual([expect.objectContaining({ id: "tests", pass: false, value: "no report" })]);
    expect(blocked.summary).toContain("⛔ blocked by `tests` (no JUnit report matches reports/junit.xml. Fix: ");
    // A warning annotation names the condition that does not hold.
    expect(blocked.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        title: "playbook-gate",
        message: expect.stringMatching(
          /^step A3 is blocked by tests: no report \(needs all pass, ≥ 1 run\)\. no JUnit report matches reports\/junit\.xml/,
        ),
      }),
    );
    const failing = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance", "fail-on-blocked": true } });
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout).toContain("::error::playbook-gate: step A3 is blocked by tests");
  });

  it("advance evaluates real test and coverage reports", async () => {
    const yaml = `version: 1
name: Real reports
phases:
  - id: A
    name: Build
    steps:
      - id: A1
        name: Tested
        description: Tests pass with coverage.
        exit:
          - type: tests
            reports: "junit.xml"
            min: 3
            required:
              - name: "e2e:*"
          - type: coverage
            report: lcov.info
            lines: 50
            no-drop: true
      - id: A2
        name: Next
        description: Then this.
`;
    const repo = await repoWith({ playbook: yaml });
    const reports = await runNodeTestRunner({ dir: repo.dir });
    expect(reports.exitCode).toBe(0);
    const r = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance", push: false } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.advanced).toBe("true");
    const conditions = JSON.parse(r.outputs.conditions);
    expect(conditions[0]).toMatchObject({ id: "tests", pass: true, value: "3 passed, 0 failed, 1 skipped", evidence: ["junit.xml"] });
    expect(conditions[1]).toMatchObject({ id: "coverage", pass: true, evidence: ["lcov.info"] });
    const history = JSON.parse(await repo.read("progress.json")).history;
    expect(history[0].values["coverage.lines"]).toBeGreaterThan(50);
    expect(history[0].values["tests.passed"]).toBe(3);
  });

  it("check: a pull request's commits carry the active step; hand edits of the beacon are named", async () => {
    const repo = await repoWith();
    const base = await repo.git.head();
    await repo.write("src/a.ts", "export const a = 1;\n");
    const good = await repo.commit("feat: a\n\nPlaybook-Step: A1\n");
    const check = (head: string) =>
      runAction("playbook-gate", {
        cwd: repo.dir,
        eventName: "pull_request",
        event: { pull_request: { number: 1, base: { sha: base, ref: "main" }, head: { sha: head, ref: "feature" } } },
        inputs: { mode: "check" },
      });
    const ok = await check(good);
    expect(ok.exitCode, ok.stdout + ok.stderr).toBe(0);
    expect(ok.summary).toContain("✅ the beacon and 1 commit(s) follow the rules");

    await repo.write("progress.json", (await repo.read("progress.json")).replace('"step": "A1"', '"step": "A2"'));
    const bad = await repo.commit("chore: skip ahead\n\nPlaybook-Step: A1\n");
    const r = await check(bad);
    expect(r.exitCode).toBe(1);
    const violations = JSON.parse(r.outputs.violations) as { code: string; commit?: string }[];
    expect(new Set(violations.map((v) => v.code))).toEqual(
      new Set(["beacon.hand-edited", "beacon.bad-history", "commit.beacon-in-pull-request", "progress-md.hand-edited"]),
    );
    // A pull request may not touch the beacon at all, gate trailer or not.
    expect(violations.find((v) => v.code === "commit.beacon-in-pull-request")!.commit).toBe(bad);
    expect(r.annotations.some((a) => a.level === "error" && a.file === "progress.json" && a.message.includes("edited by hand"))).toBe(true);
  });

  it("checks condition: every check run and status on the commit, through the GitHub API", async () => {
    const gh = await startGitHubServer({ token: "t0k3n" });
    servers.push(gh);
    const ghRepo = gh.state.addRepo({ owner: "acme", name: "widgets" });
    const yaml = `version: 1\nname: Checks\nphases:\n  - id: A\n    name: Ship\n    steps:\n      - id: A1\n        name: Green\n        description: CI is green.\n        exit:\n          - type: checks\n            ignore: ["playbook*"]\n      - id: A2\n        name: Next\n        description: Then.\n`;
    const repo = await repoWith({ playbook: yaml });
    const sha = await repo.git.head();
    ghRepo.addCheckRun(sha, { name: "test", conclusion: "success" });
    ghRepo.addCheckRun(sha, { name: "playbook-gate", status: "in_progress" });
    ghRepo.addCheckRun(sha, { name: "gate", status: "in_progress" }); // the job running the gate (GITHUB_JOB)
    ghRepo.addCheckRun(sha, { name: "lint", conclusion: "failure" });
    ghRepo.addStatus(sha, { context: "ci/legacy", state: "success" });
    const env = { GITHUB_API_URL: gh.url, GITHUB_SHA: sha, GITHUB_REPOSITORY: "acme/widgets", GITHUB_JOB: "gate" };
    const blocked = await runAction("playbook-gate", { cwd: repo.dir, env, inputs: { mode: "advance", token: "t0k3n", push: false } });
    expect(blocked.exitCode, blocked.stdout + blocked.stderr).toBe(0);
    expect(JSON.parse(blocked.outputs["blocked-by"])).toEqual([
      expect.objectContaining({ id: "checks", value: "2 of 3 successful", reason: expect.stringContaining("lint: failure") }),
    ]);
    expect(blocked.masks).toContain("t0k3n");
    ghRepo.addCheckRun(sha, { name: "lint", conclusion: "success" });
    ghRepo.checkRuns.set(
      sha,
      ghRepo.checkRuns.get(sha)!.filter((c) => c.conclusion !== "failure"),
    );
    const ok = await runAction("playbook-gate", { cwd: repo.dir, env, inputs: { mode: "advance", token: "t0k3n", push: false } });
    expect(ok.outputs, ok.stdout + ok.stderr).toMatchObject({ advanced: "true", step: "A2" });
  });

  it("loops: B7 → B1 counts iterations until the loop's condition holds", async () => {
    const repo = await repoWith({ playbook: filesPlaybook(["S1", "S2", "S3"], { from: "S3", to: "S2", until: "stop.txt" }) });
    for (const f of ["s1.txt", "s2.txt", "s3.txt"]) await repo.write(f, "x\n");
    await repo.commit("test: evidence\n\nPlaybook-Step: S1\n");
    await repo.push();
    const steps: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance" } });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      steps.push(r.outputs.step);
    }
    expect(steps).toEqual(["S2", "S3", "S2", "S3"]);
    expect(JSON.parse(await repo.read("progress.json")).iteration).toBe(2);
    expect(await repo.read("progress.md")).toContain("P Work, step 3: Step S3 (S3), iteration 2.");
    await repo.write("stop.txt", "done\n");
    await repo.commit("docs: stop\n\nPlaybook-Step: S3\n");
    await repo.push();
    const end = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance" } });
    expect(end.outputs).toMatchObject({ advanced: "true", done: "true", step: "S3", "next-step": "" });
    expect(await repo.git.run(["log", "-1", "--format=%s"])).toBe("chore(playbook): advance S3 → done\n");
    const again = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance", "fail-on-blocked": true } });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ advanced: "false", done: "true" });
    expect(again.summary).toContain("🏁 the playbook is complete");
  });

  describe("bad input: an error at the place, the fix, and nothing written", () => {
    it("an invalid playbook", async () => {
      const repo = await repoWith();
      await repo.write(
        "playbook.yml",
        (await repo.read("playbook.yml")).replace(
          "            paths: [docs/spec.md]\n",
          "            paths: [docs/spec.md]\n            min: 3\n",
        ),
      );
      const before = await repo.read("progress.json");
      const r = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance" } });
      expect(r.exitCode).toBe(1);
      const err = r.annotations.find((a) => a.level === "error" && a.file === "playbook.yml");
      expect(err).toMatchObject({ line: 26, column: 13 });
      expect(err!.message).toContain('unknown key "min"');
      expect(err!.message).toContain("Fix: remove");
      expect(await repo.read("progress.json")).toBe(before);
    });

    it("a beacon naming a step the playbook does not have", async () => {
      const repo = await repoWith();
      await repo.write("playbook.yml", (await repo.read("playbook.yml")).replace("id: A1", "id: A0"));
      const r = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "status" } });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain('progress.json names step \\"A1\\"'.replace(/\\"/g, '"'));
      expect(r.annotations[0]).toMatchObject({ level: "error", file: "progress.json" });
    });

    it("a corrupt progress.json is an error and is never overwritten", async () => {
      const repo = await repoWith();
      const corrupt = (await repo.read("progress.json")).replace('"status": "active",', '"status": "active"');
      await repo.write("progress.json", corrupt);
      for (const mode of ["advance", "check", "status"]) {
        const r = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode } });
        expect(r.exitCode).toBe(1);
        expect(r.annotations[0]).toMatchObject({ level: "error", file: "progress.json", line: 6 });
        expect(r.annotations[0].message).toContain("not valid JSON");
      }
      expect(await repo.read("progress.json")).toBe(corrupt);
    });

    it("an unknown mode", async () => {
      const repo = await repoWith();
      const r = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advence" } });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain('input \\"mode\\" must be'.replace(/\\"/g, '"'));
    });
  });
});

describe("playbook-gate action, remote unreachable", () => {
  it("advance with an origin it cannot reach fails in one line naming the remote and the fix", async () => {
    const repo = await repoWith();
    await repo.git.run(["remote", "set-url", "origin", "http://127.0.0.1:9/acme/widgets.git"]);
    const r = await runAction("playbook-gate", { cwd: repo.dir, inputs: { mode: "advance" } });
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].message).not.toContain("\n");
    expect(errors[0].message).toMatch(/^git could not reach the remote \(git push origin\): fatal: .*127\.0\.0\.1.*check the remote's URL/);
    expect(r.stdout + r.stderr).not.toMatch(/internal error|contents: write|\n\s+at /);
  });
});
