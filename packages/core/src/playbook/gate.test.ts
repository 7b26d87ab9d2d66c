import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createPlaybookRepo, filesPlaybook } from "../../../../test/harness/playbook-repo.js";
import { cloneRepo, createRepo, type TestRepo } from "../../../../test/harness/repo.js";
import { UserError } from "../errors.js";
import { applyPlan } from "../fs/plan.js";
import { parseBeacon } from "./beacon.js";
import { playbookAdvance, playbookCheck, playbookStatus } from "./gate.js";
import { planInit } from "./init.js";

const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});

async function initRepo(template = "refinement"): Promise<TestRepo> {
  const repo = await createRepo({ files: { "README.md": "# demo\n" } });
  repos.push(repo);
  const init = await planInit({ root: repo.dir, template });
  await applyPlan(init.plan);
  await repo.commit("chore: specpipe init\n\nPlaybook-Step: A1\n");
  await repo.push();
  return repo;
}

const NOW = () => new Date("2026-02-03T04:05:06.000Z");
/** The run the gate's commits name (what ciRunFromEnv reads from a runner). */
const CI = { id: "1000", attempt: 1, workflow: ".github/workflows/pipeline.yml" };

describe("the gate on a real repository", () => {
  it("init writes the template, the spec, the ADR and a valid beacon, and refuses to overwrite", async () => {
    const repo = await initRepo();
    for (const f of ["playbook.yml", "docs/spec.md", "docs/adr/0001-record-architecture-decisions.md", "progress.json", "progress.md"]) {
      expect(await repo.exists(f)).toBe(true);
    }
    const beacon = parseBeacon(await repo.read("progress.json"), "progress.json");
    expect(beacon).toMatchObject({ step: "A1", status: "active", iteration: 1, history: [] });
    expect(await repo.read("progress.md")).toContain("## Step\n\nA Preparation, step 1: Spec (A1).\n\n## Details\n");
    const err = await planInit({ root: repo.dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain(
      "docs/adr/0001-record-architecture-decisions.md, docs/spec.md, playbook.yml, progress.json, progress.md",
    );
  });

  it("status evaluates the active step without writing", async () => {
    const repo = await initRepo();
    const before = await repo.read("progress.json");
    const r = await playbookStatus({ root: repo.dir, git: repo.git });
    expect(r).toMatchObject({ step: "A1", nextStep: "A2", advanced: false, blockedBy: [], violations: [] });
    expect(r.conditions).toEqual([expect.objectContaining({ id: "files", pass: true, evidence: ["docs/spec.md"] })]);
    expect(await repo.read("progress.json")).toBe(before);
  });

  it("advance moves one step, keeps Notes byte for byte, commits with trailers and pushes", async () => {
    const repo = await initRepo();
    const md = (await repo.read("progress.md")).replace(
      "## Notes\n\n- \n",
      "## Notes\r\n\r\n- keep  me\t exactly \u00e9\r\n\n```\n## Step\n```\n",
    );
    await repo.write("progress.md", md);
    await repo.commit("docs: notes\n\nPlaybook-Step: A1\n");
    const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW, tag: true });
    expect(r).toMatchObject({ advanced: true, step: "A2", nextStep: "A3", pushed: true, tag: "playbook/A2" });
    const after = await repo.read("progress.md");
    expect(after.slice(after.indexOf("\n## Notes\r\n"))).toBe(md.slice(md.indexOf("\n## Notes\r\n")));
    expect(md.indexOf("\n## Notes\r\n")).toBeGreaterThan(0);
    expect(after).toContain("A Preparation, step 2: Progress (A2).");
    const msg = await repo.git.run(["log", "-1", "--format=%B"]);
    expect(msg).toMatch(/^chore\(playbook\): advance A1 → A2\n/);
    const evaluated = await repo.git.run(["rev-parse", "HEAD~1"]);
    expect(msg).toContain(
      `Playbook-Step: A2\nPlaybook-From: A1\nPlaybook-Gate: advance run=1000/1 workflow=.github/workflows/pipeline.yml evidence=${evaluated.trim()}\nSpec-Hash: `,
    );
    expect(
      (await repo.git.run(["ls-remote", "origin", "refs/heads/main", "refs/tags/playbook/A2"])).split("\n").filter(Boolean),
    ).toHaveLength(2);
    expect((await repo.git.run(["rev-parse", "origin/main"])).trim()).not.toBe("");
    const remoteHead = (await repo.git.run(["ls-remote", "origin", "refs/heads/main"])).split("\t")[0];
    expect(remoteHead).toBe(await repo.git.head());
    const beacon = parseBeacon(await repo.read("progress.json"), "progress.json");
    expect(beacon.history).toEqual([
      {
        from: "A1",
        to: "A2",
        at: "2026-02-03T04:05:06.000Z",
        commit: expect.stringMatching(/^[0-9a-f]{40}$/),
        iteration: 1,
        playbook: beacon.playbook,
        values: {},
        run: CI,
        evidence: [{ condition: "files", file: "docs/spec.md", sha256: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) }],
      },
    ]);
    // The gate's own commit passes the check; the step is now A2.
    const c = await playbookCheck({ root: repo.dir, git: repo.git, from: "HEAD~1", to: "HEAD" });
    expect(c.violations).toEqual([]);
  });

  it("a blocked step is reported and nothing is written", async () => {
    const repo = await initRepo();
    await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW });
    await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW });
    const head = await repo.git.head();
    const before = await repo.read("progress.json");
    const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW });
    expect(r).toMatchObject({ step: "A3", advanced: false });
    expect(r.blockedBy.map((b) => b.id)).toEqual(["tests"]);
    expect(r.blockedBy[0].reason).toContain("no JUnit report matches reports/junit.xml");
    expect(await repo.read("progress.json")).toBe(before);
    expect(await repo.git.head()).toBe(head);
  });

  it("dry run returns the diff and writes nothing", async () => {
    const repo = await initRepo();
    const before = await repo.read("progress.json");
    const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW, dryRun: true });
    expect(r.advanced).toBe(false);
    expect(r.diff).toContain('-  "step": "A1"');
    expect(r.diff).toContain('+  "step": "A2"');
    expect(await repo.read("progress.json")).toBe(before);
  });

  it("a hand-edited beacon is refused and never overwritten", async () => {
    const repo = await initRepo();
    const edited = (await repo.read("progress.json")).replace('"step": "A1"', '"step": "A3"');
    await repo.write("progress.json", edited);
    const err = await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain("edited by hand");
    expect(await repo.read("progress.json")).toBe(edited);
    await repo.write("progress.json", "{ not json");
    const corrupt = await playbookStatus({ root: repo.dir }).catch((e: unknown) => e);
    expect((corrupt as UserError).format()).toMatch(/^progress\.json:1:3: progress\.json is not valid JSON/);
  });

  it("when the remote moved on, the advance is not rebased onto it: nothing is pushed, and the run for the new head advances", async () => {
    const repo = await initRepo();
    const evaluated = await repo.git.head();
    const other = await cloneRepo(repo.remote);
    await fs.writeFile(path.join(other.dir, "other.txt"), "x\n");
    await other.git.run(["add", "other.txt"]);
    await other.git.run(["-c", "user.name=o", "-c", "user.email=o@example.com", "commit", "-q", "-m", "feat: other\n\nPlaybook-Step: A1"]);
    await other.git.run(["push", "-q", "origin", "HEAD:refs/heads/main"]);
    await other.cleanup();
    const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW });
    // A gate commit sits on the commit it evaluated (ADR 0040): rebased, check would refuse it.
    expect(r).toMatchObject({ advanced: false, step: "A1" });
    expect(r.notes?.join()).toContain(`the branch moved on while the gate evaluated ${evaluated.slice(0, 12)}; nothing was pushed`);
    expect(await repo.git.head()).toBe(evaluated);
    expect(await repo.git.run(["status", "--porcelain"])).toBe("");
    await repo.git.run(["fetch", "-q", "origin"]);
    expect(await repo.git.run(["log", "-1", "--format=%s", "origin/main"])).toBe("feat: other\n");
    // The run for the new head evaluates it and advances on top of it.
    await repo.git.run(["pull", "-q", "--ff-only", "origin", "main"]);
    const next = await playbookAdvance({ root: repo.dir, git: repo.git, ci: { ...CI, id: "1001" }, now: NOW });
    expect(next).toMatchObject({ advanced: true, pushed: true, step: "A2" });
    const log = await repo.git.run(["log", "--format=%s", "origin/main"]);
    expect(log.split("\n").slice(0, 2)).toEqual(["chore(playbook): advance A1 → A2", "feat: other"]);
  });

  it("check names commits without the step trailer, with the wrong step, and hand edits of the beacon", async () => {
    const repo = await initRepo();
    const base = await repo.git.head();
    await repo.write("src/a.ts", "export {};\n");
    await repo.commit("feat: no trailer");
    await repo.write("src/b.ts", "export {};\n");
    await repo.commit("feat: wrong step\n\nPlaybook-Step: B3\n");
    await repo.write("progress.json", (await repo.read("progress.json")).replace('"iteration": 1', '"iteration": 1 '));
    await repo.commit("chore: touch beacon\n\nPlaybook-Step: A1\n");
    const md = await repo.read("progress.md");
    await repo.write("progress.md", md + "\nmore notes\n");
    await repo.commit("docs: notes only\n\nPlaybook-Step: A1\n");
    await repo.write("progress.md", md.replace("Spec (A1)", "Spec (A2)"));
    await repo.commit("docs: edit step\n\nPlaybook-Step: A1\n");
    const r = await playbookCheck({ root: repo.dir, git: repo.git, from: base, to: "HEAD" });
    expect(r.commits).toBe(5);
    const codes = r.violations.map((v) => v.code);
    expect(codes).toEqual(
      ["commit.missing-step", "commit.wrong-step", "commit.beacon-edited", "commit.progress-md-edited", "progress-md.hand-edited"].sort(
        (a, b) => codes.indexOf(a) - codes.indexOf(b),
      ),
    );
    expect(new Set(codes)).toEqual(
      new Set(["commit.missing-step", "commit.wrong-step", "commit.beacon-edited", "commit.progress-md-edited", "progress-md.hand-edited"]),
    );
    expect(r.violations.find((v) => v.code === "commit.wrong-step")!.hint).toContain("Playbook-Step: A1");
  });

  it("a changed playbook keeps the beacon valid: its history is judged from where the new playbook took over", async () => {
    const repo = await createPlaybookRepo({
      playbook: filesPlaybook(["S1", "S2", "S3"]),
      files: { "s0.txt": "x", "s1.txt": "x", "s2.txt": "x", "s3.txt": "x" },
    });
    repos.push(repo);
    expect((await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW })).step).toBe("S2");
    // A step is inserted before the active one.
    await repo.write("playbook.yml", filesPlaybook(["S0", "S1", "S2", "S3"]));
    await repo.commit("docs: a step before S1\n\nPlaybook-Step: S2\n");
    const s = await playbookStatus({ root: repo.dir });
    expect(s.violations.map((v) => [v.code, v.severity])).toContainEqual(["beacon.playbook-changed", "notice"]);
    expect(s.violations.filter((v) => v.severity === "error")).toEqual([]);
    expect((await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW })).step).toBe("S3");
    const after = await playbookStatus({ root: repo.dir });
    expect(after.violations).toEqual([]);
    const done = await playbookAdvance({ root: repo.dir, git: repo.git, ci: CI, now: NOW });
    expect(done).toMatchObject({ advanced: true, done: true, step: "S3", nextStep: null });
    expect((await playbookStatus({ root: repo.dir })).violations).toEqual([]);
  });

  it("check does not judge the commits before the playbook started, nor the one that starts it", async () => {
    const repo = await createRepo({ files: { "README.md": "# demo\n" } });
    repos.push(repo);
    const first = await repo.git.head();
    await repo.write("src/old.ts", "export {};\n");
    await repo.commit("feat: before the playbook");
    await applyPlan((await planInit({ root: repo.dir })).plan);
    await repo.commit("chore: specpipe init");
    await repo.write("src/new.ts", "export {};\n");
    const last = await repo.commit("feat: after, without a trailer");
    const r = await playbookCheck({ root: repo.dir, git: repo.git, from: first, to: "HEAD" });
    expect(r.commits).toBe(3);
    expect(r.violations.map((v) => [v.code, v.commit])).toEqual([["commit.missing-step", last]]);
  });
});
