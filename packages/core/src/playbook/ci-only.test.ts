import { afterEach, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../../../../test/harness/github-server.js";
import { createPlaybookRepo } from "../../../../test/harness/playbook-repo.js";
import type { TestRepo } from "../../../../test/harness/repo.js";
import { renderAdr } from "../adr/adr.js";
import { isUserError } from "../errors.js";
import { createGitHubApi } from "../github/octokit.js";
import { computeSpecHash } from "../spec/hash.js";
import { parseBeacon, sealBeacon, serializeBeacon } from "./beacon.js";
import { playbookAdvance, playbookCheck, playbookStatus } from "./gate.js";
import { parsePlaybook } from "./load.js";
import { updateProgressMd } from "./progress-md.js";

/**
 * Only CI advances (ADR 0035), amendments at any step (ADR 0036), an abort back with a recorded
 * reason, and a run killed between writing and committing the beacon.
 */
const repos: TestRepo[] = [];
const servers: GitHubServer[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function refinement(): Promise<TestRepo> {
  const r = await createPlaybookRepo({ template: "refinement" });
  repos.push(r);
  return r;
}
const CI = { id: "1000", attempt: 1 };
/** A new CI run for each advance: a run advances once (ADR 0040). */
let runs = 2000;
const ci = () => ({ id: String(runs++), attempt: 1 });

async function spec(repo: TestRepo): Promise<string> {
  return (await computeSpecHash({ root: repo.dir })).short;
}

/** A commit as the hooks and `specpipe amend` make it: the spec change, its ADR, the trailers. */
async function amend(repo: TestRepo, text: string, step: string, adr = true): Promise<string> {
  const before = await spec(repo);
  await repo.write("docs/spec.md", text);
  const after = await spec(repo);
  if (adr)
    await repo.write(
      "docs/adr/0002-amend.md",
      renderAdr({ number: 2, title: "Amend", context: "The e2e test showed a gap.", specHashBefore: before, specHashAfter: after }),
    );
  return repo.commit(`spec: cover the gap\n\nThe e2e test showed a gap.\n\nSpec-Hash: ${after}\nPlaybook-Step: ${step}\n`);
}

describe("only CI advances", () => {
  it("advance refuses to commit without a CI run; a hand-made advance never passes check", async () => {
    const repo = await refinement();
    const base = await repo.git.head();
    const err = await playbookAdvance({ root: repo.dir, git: repo.git }).catch((e: unknown) => e);
    expect(isUserError(err) && err.code).toBe("playbook.not-ci");
    expect(await repo.git.head()).toBe(base);
    expect(await repo.git.run(["status", "--porcelain"])).toBe("");

    // What a local advance would have written, committed by hand with the old trailer.
    const preview = await playbookAdvance({ root: repo.dir, git: repo.git, dryRun: true });
    expect(preview.plan?.edits.map((e) => e.displayPath)).toEqual(["progress.json", "progress.md"]);
    for (const e of preview.plan!.edits) await repo.write(e.displayPath, e.after);
    await repo.commit("chore(playbook): advance A1 → A2\n\nPlaybook-Step: A2\nPlaybook-Gate: advance\n");
    let c = await playbookCheck({ root: repo.dir, git: repo.git, from: base });
    expect(c.violations.map((v) => v.code)).toContain("commit.gate-unverifiable");

    // Forged with a run id: well-formed, so the GitHub API decides.
    await repo.git.run(["reset", "--quiet", "--hard", base]);
    const forged = await playbookAdvance({ root: repo.dir, git: repo.git, ci: { id: "999999", attempt: 1 }, push: false });
    expect(forged.advanced).toBe(true);
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: base });
    expect(c.violations).toEqual([]);
    expect(c.notes?.join()).toContain("not asked of GitHub (no token)");
    const gh = await startGitHubServer({ token: "t0k3n" });
    servers.push(gh);
    const ghRepo = gh.state.addRepo({ owner: "acme", name: "widgets" });
    const api = await createGitHubApi({ token: "t0k3n", baseUrl: gh.url });
    const github = { api, repo: { owner: "acme", repo: "widgets" } };
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: base, github });
    expect(c.violations.map((v) => v.code)).toEqual(["commit.gate-run-unknown"]);
    expect(c.violations[0].message).toContain("names run 999999, which acme/widgets has no record of");

    // An unreachable API is one line with the fix, never "verified".
    const nowhere = {
      api: await createGitHubApi({ token: "t0k3n", baseUrl: "http://127.0.0.1:9" }),
      repo: { owner: "acme", repo: "widgets" },
    };
    const down = await playbookCheck({ root: repo.dir, git: repo.git, from: base, github: nowhere }).catch((e: unknown) => e);
    expect(isUserError(down) && down.code).toBe("github.unreachable");
    expect((down as Error).message).not.toContain("\n");

    // A real run of the workflow on the evaluated commit verifies; one on another commit does not.
    const real = ghRepo.addWorkflowRun({ headSha: base, path: ".github/workflows/pipeline.yml" });
    await repo.git.run(["reset", "--quiet", "--hard", base]);
    await playbookAdvance({ root: repo.dir, git: repo.git, ci: { id: String(real.id), attempt: 1 }, push: false });
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: base, github });
    expect(c.violations).toEqual([]);
    expect(c.notes?.join()).toContain("verified 1 gate commit(s)");
    const other = ghRepo.addWorkflowRun({ headSha: "f".repeat(40), event: "pull_request" });
    await repo.git.run(["reset", "--quiet", "--hard", base]);
    await playbookAdvance({ root: repo.dir, git: repo.git, ci: { id: String(other.id), attempt: 1 }, push: false });
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: base, github });
    expect(c.violations.map((v) => v.code)).toEqual(["commit.gate-run-mismatch"]);
    expect(c.violations[0].message).toContain("it ran for a pull_request event");

    // A sealed beacon that skips a step, committed with a well-formed trailer: not one legal step.
    await repo.git.run(["reset", "--quiet", "--hard", base]);
    const pb = await parsePlaybook(await repo.read("playbook.yml"));
    const beacon = parseBeacon(await repo.read("progress.json"), "progress.json");
    const skipped = sealBeacon({
      ...beacon,
      step: "B3",
      history: [{ from: "A1", to: "B3", at: "2026-01-01T00:00:00Z", commit: base, iteration: 1, playbook: pb.hash, values: {}, run: CI }],
    });
    await repo.write("progress.json", serializeBeacon(skipped));
    await repo.write("progress.md", updateProgressMd(Buffer.from(await repo.read("progress.md")), pb, skipped, "progress.md"));
    await repo.commit(`chore(playbook): advance A1 → B3\n\nPlaybook-Step: B3\nPlaybook-Gate: advance run=1000/1 evidence=${base}\n`);
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: base });
    expect(c.violations.map((v) => v.code)).toContain("commit.gate-bad-transition");
  });

  it("a run killed after writing the beacon: detected, and the next advance redoes it instead of advancing twice", async () => {
    const repo = await refinement();
    const head = await repo.git.head();
    const written = await playbookAdvance({ root: repo.dir, git: repo.git, commit: false });
    expect(written.advanced).toBe(true);
    expect(await repo.git.head()).toBe(head);
    const s = await playbookStatus({ root: repo.dir, git: repo.git });
    expect(s.violations.map((v) => [v.code, v.severity])).toContainEqual(["beacon.uncommitted", "notice"]);
    const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false });
    expect(r).toMatchObject({ advanced: true, step: "A2", evaluated: "A1" });
    expect(r.notes?.[0]).toContain("restored the committed beacon and evaluated again");
    expect(parseBeacon(await repo.read("progress.json"), "progress.json").history).toHaveLength(1);

    // Someone else's uncommitted edit is refused, and left alone.
    const edited = (await repo.read("progress.json")).replace('"iteration": 1', '"iteration": 2');
    await repo.write("progress.json", edited);
    const err = await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false }).catch((e: unknown) => e);
    expect(isUserError(err)).toBe(true);
    expect(await repo.read("progress.json")).toBe(edited);
  });
});

describe("amendments at any step", () => {
  it("an accepted amendment in A2 re-bases spec-hash, and the advance records the new hash; an unaccepted one blocks", async () => {
    const repo = await refinement();
    await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false });
    expect(parseBeacon(await repo.read("progress.json"), "progress.json").step).toBe("A2");
    // Not an amendment: no ADR. The condition says which commit and how to fix it.
    const bad = await amend(repo, "# Spec\n\nChanged without a reason.\n", "A2", false);
    let s = await playbookStatus({ root: repo.dir, git: repo.git });
    expect(s.blockedBy.map((b) => b.id)).toEqual(["spec-hash"]);
    expect(s.blockedBy[0].reason).toContain(`commit ${bad.slice(0, 12)}`);
    expect(s.blockedBy[0].reason).toContain("specpipe amend");
    await repo.git.run(["reset", "--quiet", "--hard", "HEAD~1"]);

    const good = await amend(repo, "# Spec\n\nThe widget shall spin twice.\n", "A2");
    s = await playbookStatus({ root: repo.dir, git: repo.git });
    expect(s.blockedBy).toEqual([]);
    expect(s.notes?.join()).toContain(`${good.slice(0, 12)} with docs/adr/0002-amend.md`);
    // An uncommitted edit on top is pending, not accepted.
    await repo.write("docs/spec.md", "# Spec\n\nNot committed.\n");
    s = await playbookStatus({ root: repo.dir, git: repo.git });
    expect(s.blockedBy[0]?.reason).toContain("an amendment is pending");
    await repo.git.run(["checkout", "--quiet", "--", "docs/spec.md"]);
    const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false });
    expect(r).toMatchObject({ advanced: true, step: "A3" });
    expect(parseBeacon(await repo.read("progress.json"), "progress.json").specHash).toBe((await computeSpecHash({ root: repo.dir })).full);
    expect((await playbookCheck({ root: repo.dir, git: repo.git, from: "HEAD~2" })).violations).toEqual([]);
  });
});

describe("abort back to an earlier step", () => {
  it("B4 aborts back to B1 with the reason recorded, as a new iteration", async () => {
    const yaml = `version: 1
name: Abort
phases:
  - id: B
    name: Refinement loop
    steps:
      - { id: B1, name: Plan, description: Plan. }
      - { id: B2, name: Test, description: Test. }
      - { id: B3, name: Build, description: Build. }
      - id: B4
        name: E2E passes
        description: Passes, or abort.
        abort: { to: B1 }
        exit:
          - type: files
            paths: [never.txt]
      - { id: B5, name: Review, description: Review. }
`;
    const repo = await createPlaybookRepo({ playbook: yaml });
    repos.push(repo);
    for (let i = 0; i < 3; i++) await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false });
    const at = await playbookStatus({ root: repo.dir, git: repo.git });
    expect(at).toMatchObject({ step: "B4", blockedBy: [expect.objectContaining({ id: "files" })] });
    const base = await repo.git.head();
    // A request made in another step does not count; one made in B4 does.
    await repo.commit("chore(playbook): abort B4 → B1\n\nWrong step.\n\nPlaybook-Step: B3\nPlaybook-Abort: not in B4\n");
    expect((await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false })).advanced).toBe(false);
    const ask = await repo.commit(
      "chore(playbook): abort B4 → B1\n\nThe refinement failed.\n\nPlaybook-Step: B4\nPlaybook-Abort: the plan has to change\n",
    );
    const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false, tag: true });
    expect(r).toMatchObject({ advanced: true, step: "B1", tag: "playbook/B1-i2" });
    expect(r.notes?.join()).toContain(`${ask.slice(0, 12)} asks to abort B4: the plan has to change`);
    const beacon = parseBeacon(await repo.read("progress.json"), "progress.json");
    expect(beacon).toMatchObject({ step: "B1", iteration: 2 });
    expect(beacon.history.at(-1)).toMatchObject({
      from: "B4",
      to: "B1",
      iteration: 2,
      reason: "the plan has to change",
      run: { attempt: 1 },
    });
    expect(await repo.git.run(["log", "-1", "--format=%s%n%(trailers:key=Playbook-Gate,valueonly)"])).toMatch(
      /^chore\(playbook\): abort B4 → B1 \(iteration 2\)\nabort run=\d+\/1 evidence=[0-9a-f]{40}\n/,
    );
    // The request made in the wrong step is named; the request and the gate's abort pass.
    const all = await playbookCheck({ root: repo.dir, git: repo.git, from: base });
    expect(all.violations.map((v) => v.code)).toEqual(["commit.wrong-step"]);
    const c = await playbookCheck({ root: repo.dir, git: repo.git, from: `${ask}~1` });
    expect(c.violations).toEqual([]);
    // The next advance is the ordinary B1 → B2 again: the request is behind the beacon now.
    expect((await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false })).step).toBe("B2");
  });
});
