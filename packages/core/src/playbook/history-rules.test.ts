import { afterEach, describe, expect, it } from "vitest";
import { createPlaybookRepo, filesPlaybook } from "../../../../test/harness/playbook-repo.js";
import type { TestRepo } from "../../../../test/harness/repo.js";
import { renderAdr } from "../adr/adr.js";
import { checkRange } from "../commits/check.js";
import { computeSpecHash } from "../spec/hash.js";
import { parseBeacon, sealBeacon, serializeBeacon } from "./beacon.js";
import { evidenceRef } from "./commits.js";
import { playbookAdvance, playbookCheck, playbookStatus } from "./gate.js";
import { parsePlaybook } from "./load.js";
import { updateProgressMd } from "./progress-md.js";

/**
 * What the review of issue 16 found open, on real repositories: an evil merge that moves the
 * beacon or changes the spec, a beacon moved in playbook.yml, one CI run cited twice, evidence that
 * is not the parent or not there, a revert of a forged advance, an ADR without its spec change,
 * two Playbook-Step trailers, and an amendment in B3.
 */
const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});
async function track(r: Promise<TestRepo>): Promise<TestRepo> {
  const repo = await r;
  repos.push(repo);
  return repo;
}
let runs = 5000;
const ci = () => ({ id: String(runs++), attempt: 1 });

async function specShort(repo: TestRepo): Promise<string> {
  return (await computeSpecHash({ root: repo.dir })).short;
}

/** A sealed beacon one legal step on from the committed one, with the given run and evidence commit: what a forger writes. */
async function forgeNext(repo: TestRepo, run: { id: string; attempt: number }, evidence: string, extra: object = {}): Promise<void> {
  const pb = await parsePlaybook(await repo.read("playbook.yml"));
  const b = parseBeacon(await repo.read("progress.json"), "progress.json");
  const to = pb.steps[pb.byId.get(b.step)!.order + 1].id;
  const next = sealBeacon({
    ...b,
    step: to,
    history: [
      ...b.history,
      { from: b.step, to, at: "2026-12-01T00:00:00Z", commit: evidence, iteration: 1, playbook: pb.hash, values: {}, run, ...extra },
    ],
  });
  await repo.write("progress.json", serializeBeacon(next));
  await repo.write("progress.md", updateProgressMd(Buffer.from(await repo.read("progress.md")), pb, next, "progress.md"));
}

describe("merges are exempt only when they make no change of their own", () => {
  it("an evil merge that writes its own beacon, or its own spec, is refused; an ordinary merge passes", async () => {
    const repo = await track(createPlaybookRepo({ template: "refinement" }));
    const base = await repo.git.head();
    const spec = await specShort(repo);
    await repo.git.run(["checkout", "-q", "-b", "side"]);
    await repo.write("src/s.ts", "s\n");
    await repo.commit(`feat: s\n\nThe spec asks for s.\n\nSpec-Hash: ${spec}\nPlaybook-Step: A1\n`);
    await repo.git.run(["checkout", "-q", "main"]);
    await repo.write("src/m.ts", "m\n");
    await repo.commit(`feat: m\n\nThe spec asks for m.\n\nSpec-Hash: ${spec}\nPlaybook-Step: A1\n`);
    // An ordinary merge: accepted by both checks.
    await repo.git.run(["merge", "-q", "--no-ff", "--no-edit", "side"]);
    expect((await playbookCheck({ root: repo.dir, git: repo.git, from: base })).violations).toEqual([]);
    expect((await checkRange(repo.git, { from: base })).violations).toEqual([]);
    const good = await repo.git.head();

    // The same merge, with a forged beacon written into the merge commit itself.
    await repo.git.run(["reset", "-q", "--hard", "HEAD~1"]);
    await repo.git.run(["merge", "-q", "--no-ff", "--no-commit", "side"]);
    await forgeNext(repo, ci(), base);
    await repo.git.run(["add", "-A"]);
    await repo.git.run(["commit", "-q", "--no-verify", "--no-edit"]);
    const evil = await repo.git.head();
    const c = await playbookCheck({ root: repo.dir, git: repo.git, from: base });
    expect(c.violations.map((v) => v.code)).toEqual(["commit.merge-changes-beacon"]);
    expect(c.violations[0].message).toContain(`merge ${evil.slice(0, 12)}`);
    expect(c.violations[0].hint).toContain(`git revert -m 1 ${evil.slice(0, 12)}`);

    // A merge that changes the spec vs both parents: not an amendment, refused; the gate's
    // spec-hash condition is not re-based on it.
    await repo.git.run(["reset", "-q", "--hard", good]);
    await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false });
    await repo.git.run(["checkout", "-q", "side"]);
    await repo.write("src/s2.ts", "s2\n");
    await repo.commit(`feat: s2\n\nThe spec asks for s2.\n\nSpec-Hash: ${spec}\nPlaybook-Step: A1\n`);
    await repo.git.run(["checkout", "-q", "main"]);
    const before = await repo.git.head();
    await repo.git.run(["merge", "-q", "--no-ff", "--no-commit", "side"]);
    await repo.write("docs/spec.md", "# Spec\n\nChanged inside the merge.\n");
    await repo.git.run(["add", "-A"]);
    await repo.git.run(["commit", "-q", "--no-verify", "--no-edit"]);
    const r = await checkRange(repo.git, { from: before });
    expect(r.violations.map((v) => v.code)).toEqual(["merge-spec-change"]);
    expect(r.history).toEqual([]);
    const s = await playbookStatus({ root: repo.dir, git: repo.git });
    expect(s.step).toBe("A2");
    expect(s.blockedBy.map((b) => b.id)).toEqual(["spec-hash"]);
    expect(s.blockedBy[0].reason).toContain("a spec change inside a merge is not an amendment");
    const pc = await playbookCheck({ root: repo.dir, git: repo.git, from: before });
    expect(pc.violations.map((v) => v.code)).toEqual(["commit.merge-changes-spec"]);
  });
});

describe("the beacon's place and the playbook it was written under", () => {
  it("moving the beacon in playbook.yml with a forged beacon there is refused, and so is a beacon sealed under an edited playbook", async () => {
    const repo = await track(createPlaybookRepo({ template: "refinement" }));
    const base = await repo.git.head();
    const pbText = await repo.read("playbook.yml");
    const moved = pbText.replace(/^spec:/m, "beacon:\n  json: state/progress.json\n  markdown: state/progress.md\nspec:");
    const pb = await parsePlaybook(moved);
    const b = parseBeacon(await repo.read("progress.json"), "progress.json");
    const forged = sealBeacon({ ...b, playbook: pb.hash, step: "B3" });
    await repo.write("playbook.yml", moved);
    await repo.write("state/progress.json", serializeBeacon(forged));
    await repo.write("state/progress.md", updateProgressMd(Buffer.from(await repo.read("progress.md")), pb, forged, "state/progress.md"));
    const sha = await repo.commit(`chore: tidy the playbook\n\nSpec-Hash: ${await specShort(repo)}\nPlaybook-Step: A1\n`);
    const c = await playbookCheck({ root: repo.dir, git: repo.git, from: base });
    const movedV = c.violations.find((v) => v.code === "commit.beacon-moved");
    expect(movedV?.message).toBe(
      `commit ${sha.slice(0, 12)} ("chore: tidy the playbook") changes the beacon's paths in playbook.yml; the beacon stays where the playbook started it (progress.json, progress.md)`,
    );

    // A beacon sealed by hand that names the old playbook, next to an edited playbook: its
    // history is judged under the playbook committed with it, which it does not name.
    await repo.git.run(["reset", "-q", "--hard", base]);
    const edited = pbText.replace("name: Refinement", "name: Refinement, edited");
    const skip = sealBeacon({ ...b, step: "B3" });
    await repo.write("playbook.yml", edited);
    await repo.write("progress.json", serializeBeacon(skip));
    await repo.commit(`chore: skip\n\nSpec-Hash: ${await specShort(repo)}\nPlaybook-Step: A1\n`);
    const s = await playbookCheck({ root: repo.dir, git: repo.git });
    expect(s.violations.map((v) => [v.code, v.severity])).toContainEqual(["beacon.playbook-unknown", "error"]);
  });
});

describe("a gate commit cites a fresh run, on its parent, with its evidence", () => {
  it("a run cited twice, evidence that is not the parent, and evidence that is missing or another file are refused", async () => {
    // The condition files are reports of the run: ignored, never committed.
    const repo = await track(createPlaybookRepo({ playbook: filesPlaybook(["S1", "S2", "S3"]), files: { ".gitignore": "s*.txt\n" } }));
    const base = await repo.git.head();
    const first = ci();
    // s1.txt is the evidence, not committed: the gate attaches it to the run.
    await repo.write("s1.txt", "done\n");
    const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: first, push: true });
    expect(r.advanced).toBe(true);
    expect(await repo.git.run(["cat-file", "blob", `${evidenceRef(first)}:s1.txt`])).toBe("done\n");
    // A clone of the remote has no evidence ref; check fetches it.
    expect((await repo.git.run(["ls-remote", "origin", evidenceRef(first)])).trim()).not.toBe("");
    expect((await playbookCheck({ root: repo.dir, git: repo.git, from: base })).violations).toEqual([]);
    await repo.git.run(["update-ref", "-d", evidenceRef(first)]);
    expect((await playbookCheck({ root: repo.dir, git: repo.git, from: base })).violations).toEqual([]);
    const advanced = await repo.git.head();

    // The same run cited again for the next advance.
    await repo.write("s2.txt", "done\n");
    await playbookAdvance({ root: repo.dir, git: repo.git, ci: first, push: false });
    let c = await playbookCheck({ root: repo.dir, git: repo.git, from: advanced });
    expect(c.violations.map((v) => v.code)).toEqual(["commit.gate-run-reused"]);
    expect(c.violations[0].message).toContain(`cites run ${first.id}, which advance 1 of the beacon's history (S1 → S2) already cited`);

    // Evidence that is not the gate commit's parent: an older commit.
    await repo.git.run(["reset", "-q", "--hard", advanced]);
    await repo.write("s2.txt", "done\n");
    await forgeNext(repo, ci(), base, { evidence: [] });
    const run = String(runs - 1);
    await repo.commit(`chore(playbook): advance S2 → S3\n\nPlaybook-Step: S3\nPlaybook-Gate: advance run=${run}/1 evidence=${base}\n`);
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: advanced });
    expect(
      c.violations.map((v) => v.code),
      JSON.stringify(c.violations),
    ).toEqual(["commit.gate-evidence-not-parent", "commit.gate-evidence-missing"]);
    expect(c.violations[1].message).toContain("advances S2 but cites no evidence for files");

    // Evidence cited but neither committed nor attached; and evidence that is another file.
    await repo.git.run(["reset", "-q", "--hard", advanced]);
    const ghost = { condition: "files", file: "s2.txt", sha256: `sha256:${"0".repeat(64)}` };
    await forgeNext(repo, ci(), advanced, { evidence: [ghost] });
    await repo.commit(
      `chore(playbook): advance S2 → S3\n\nPlaybook-Step: S3\nPlaybook-Gate: advance run=${runs - 1}/1 evidence=${advanced}\n`,
    );
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: advanced });
    expect(c.violations.map((v) => v.code)).toEqual(["commit.gate-evidence-missing"]);
    expect(c.violations[0].message).toContain(
      `cites s2.txt for files, which is neither committed at ${advanced.slice(0, 12)} nor attached to run`,
    );
    await repo.git.run(["reset", "-q", "--hard", advanced]);
    await repo.write("s2.txt", "done\n");
    const real = ci();
    await playbookAdvance({ root: repo.dir, git: repo.git, ci: real, push: false });
    // Swap the attached file for another one under the same ref.
    const blob = (await repo.git.run(["hash-object", "-w", "--stdin"], { input: "other\n" })).trim();
    const tree = (await repo.git.run(["mktree"], { input: `100644 blob ${blob}\ts2.txt\n` })).trim();
    const commit = (await repo.git.run(["commit-tree", tree, "-m", "swap"])).trim();
    await repo.git.run(["update-ref", evidenceRef(real), commit]);
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: advanced });
    expect(c.violations.map((v) => v.code)).toEqual(["commit.gate-evidence-mismatch"]);
  });

  it("git revert of a forged advance is accepted; a revert of that revert is not", async () => {
    const repo = await track(createPlaybookRepo({ playbook: filesPlaybook(["S1", "S2", "S3"]) }));
    const base = await repo.git.head();
    await forgeNext(repo, ci(), base);
    const forged = await repo.commit(
      `chore(playbook): advance S1 → S2\n\nPlaybook-Step: S2\nPlaybook-Gate: advance run=1/1 evidence=${base}\n`,
    );
    let c = await playbookCheck({ root: repo.dir, git: repo.git, from: base });
    const codes = c.violations.map((v) => v.code);
    expect(codes).toContain("commit.gate-evidence-missing");
    expect(c.violations[0].hint).toBe(
      `revert it (git revert --no-edit ${forged.slice(0, 12)}); only the playbook gate changes the beacon, in CI`,
    );
    await repo.git.run(["revert", "--no-edit", forged]);
    // The revert's trailer names the step active at its parent (the hook writes it); here by hand.
    await repo.git.run(["commit", "-q", "--amend", "--file=-"], {
      input: `${(await repo.git.run(["log", "-1", "--format=%B"])).trim()}\n\nPlaybook-Step: S2\n`,
    });
    const revert = await repo.git.head();
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: forged });
    expect(c.violations).toEqual([]);
    expect(parseBeacon(await repo.read("progress.json"), "progress.json").step).toBe("S1");
    // Reverting the revert would reinstate the forged beacon: refused.
    await repo.git.run(["revert", "--no-edit", revert]);
    await repo.git.run(["commit", "-q", "--amend", "--file=-"], {
      input: `${(await repo.git.run(["log", "-1", "--format=%B"])).trim()}\n\nPlaybook-Step: S1\n`,
    });
    c = await playbookCheck({ root: repo.dir, git: repo.git, from: revert });
    expect(c.violations.map((v) => v.code)).toEqual(["commit.beacon-edited"]);
  });
});

describe("the range check and the hooks agree on amendments and trailers", () => {
  it("an ADR that records an amendment without the spec change, and two Playbook-Step trailers, are refused", async () => {
    const repo = await track(createPlaybookRepo({ template: "refinement" }));
    const base = await repo.git.head();
    const spec = await specShort(repo);
    await repo.write(
      "docs/adr/0002-amend.md",
      renderAdr({ number: 2, title: "Amend", context: "A gap.", specHashBefore: spec, specHashAfter: "abcdef012345" }),
    );
    await repo.commit(`docs: amend\n\nA gap.\n\nSpec-Hash: ${spec}\nPlaybook-Step: A1\n`);
    const r = await checkRange(repo.git, { from: base });
    expect(r.violations.map((v) => v.code)).toEqual(["amendment-unstaged"]);
    expect(r.violations[0].message).toBe(
      `docs/adr/0002-amend.md records an amendment to the spec abcdef012345, but the spec at this commit is ${spec}: the spec change is not in this commit`,
    );
    await repo.git.run(["reset", "-q", "--hard", base]);
    await repo.write("src/a.ts", "a\n");
    const two = await repo.commit(`feat: a\n\nSpec-Hash: ${spec}\nPlaybook-Step: A1\nPlaybook-Step: B3\n`);
    const c = await playbookCheck({ root: repo.dir, git: repo.git, from: base });
    expect(c.violations.map((v) => v.message)).toEqual([
      `commit ${two.slice(0, 12)} ("feat: a") has 2 Playbook-Step trailers (A1, B3); a commit is made in one step`,
    ]);
  });
});

describe("amendments at any step", () => {
  it("an accepted amendment in B3 leaves the gate able to advance, with the new hash recorded", async () => {
    const repo = await track(createPlaybookRepo({ template: "refinement" }));
    // Real-shaped reports, not committed (an artifact of the run, as in pipeline.yml).
    await repo.write(".gitignore", "reports/\ncoverage/\n");
    await repo.write(
      "reports/junit.xml",
      `<?xml version="1.0" encoding="UTF-8" ?>\n<testsuites name="vitest tests" tests="2" failures="0" errors="0" time="0.01">\n  <testsuite name="e2e/flow.test.ts" timestamp="2026-12-01T00:00:00.000Z" hostname="ci" tests="1" failures="0" errors="0" skipped="0" time="0.005">\n    <testcase classname="e2e/flow.test.ts" name="the widget spins" time="0.004">\n    </testcase>\n  </testsuite>\n  <testsuite name="src/a.test.ts" timestamp="2026-12-01T00:00:00.000Z" hostname="ci" tests="1" failures="0" errors="0" skipped="0" time="0.005">\n    <testcase classname="src/a.test.ts" name="a" time="0.001">\n    </testcase>\n  </testsuite>\n</testsuites>\n`,
    );
    await repo.write(
      "coverage/lcov.info",
      "TN:\nSF:src/a.ts\nFN:1,a\nFNDA:1,a\nFNF:1\nFNH:1\nDA:1,1\nDA:2,1\nLF:2\nLH:2\nBRF:0\nBRH:0\nend_of_record\n",
    );
    await repo.write("e2e/flow.test.ts", "// e2e\n");
    await repo.commit(`test: e2e\n\nSpec-Hash: ${await specShort(repo)}\nPlaybook-Step: A1\n`);
    const base = await repo.git.head();
    for (const step of ["A2", "A3", "A4", "B1", "B2", "B3"]) {
      const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false });
      expect(r, JSON.stringify(r.blockedBy)).toMatchObject({ advanced: true, step });
    }
    // The amendment, as specpipe amend and the hooks make it: spec, ADR and trailers in one commit.
    const before = await specShort(repo);
    await repo.write("docs/spec.md", (await repo.read("docs/spec.md")) + "\nThe widget shall spin twice.\n");
    const after = await specShort(repo);
    await repo.write(
      "docs/adr/0002-spin-twice.md",
      renderAdr({
        number: 2,
        title: "Spin twice",
        context: "The e2e test showed one spin is not enough.",
        specHashBefore: before,
        specHashAfter: after,
      }),
    );
    await repo.commit(`spec: spin twice\n\nThe e2e test showed one spin is not enough.\n\nSpec-Hash: ${after}\nPlaybook-Step: B3\n`);
    const s = await playbookStatus({ root: repo.dir, git: repo.git });
    expect(s.blockedBy).toEqual([]);
    const r = await playbookAdvance({ root: repo.dir, git: repo.git, ci: ci(), push: false });
    expect(r).toMatchObject({ advanced: true, step: "B4" });
    expect(parseBeacon(await repo.read("progress.json"), "progress.json").specHash).toBe((await computeSpecHash({ root: repo.dir })).full);
    // Every advance cites its reports, attached to its run; the range is clean.
    expect((await playbookCheck({ root: repo.dir, git: repo.git, from: base })).violations).toEqual([]);
  });
});
