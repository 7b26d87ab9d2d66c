import { describe, expect, it, onTestFinished } from "vitest";
import { createRepo } from "../../../../test/harness/repo.js";
import { SPEC_V2, specCommit, specHashOf, specRepos } from "../../../../test/harness/spec-repo.js";
import { renderAdr } from "../adr/adr.js";
import { checkRange } from "./check.js";
import { readCommits } from "./range.js";
import { resolveRange } from "./resolve.js";

const repo = specRepos();
const rules = (report: { violations: { code: string }[] }) => report.violations.map((v) => v.code);

describe("readCommits", () => {
  it("reads every field and the numstat of a range in one git log", async () => {
    const r = await repo();
    const base = await r.git.head();
    await r.write("bin.dat", Buffer.from([0, 1, 2, 0]));
    await r.write("a b.txt", "1\n2\n");
    const sha = await specCommit(r, "feat(x): two files", { body: "Reason here.", trailers: { "Playbook-Step": "scaffold" } });
    const [c] = await readCommits(r.git, { from: base, to: sha });
    expect(c).toMatchObject({
      sha,
      parents: [base],
      authorName: "Test Author",
      authorEmail: "author@example.com",
      header: "feat(x): two files",
    });
    expect(c.trailers).toEqual([
      { key: "Spec-Hash", value: "b372944052ad" },
      { key: "Playbook-Step", value: "scaffold" },
    ]);
    expect(c.files).toEqual([
      { path: "a b.txt", added: 2, deleted: 0 },
      { path: "bin.dat", added: null, deleted: null },
    ]);
  });
});

describe("readCommits with watched paths", () => {
  it("still lists every commit and parent (merges too), with only the watched files", async () => {
    const r = await repo();
    const base = await r.git.head();
    await r.git.run(["checkout", "--quiet", "-b", "side"]);
    await specCommit(r, "feat: side", { files: { "src/s": "1", "docs/adr/0002-x.md": "# 2. X\n" } });
    await r.git.run(["checkout", "--quiet", "main"]);
    await specCommit(r, "fix: main", { files: { "src/m": "1" } });
    await r.git.run(["merge", "--quiet", "--no-ff", "-m", "Merge branch 'side'", "side"]);
    await specCommit(r, "docs: after", { files: { "src/a": "1" } });
    const all = await readCommits(r.git, { from: base, to: "HEAD", stat: "names" });
    const some = await readCommits(r.git, { from: base, to: "HEAD", stat: "names", paths: ["docs/spec.md", "docs/adr/"] });
    expect(some.map((c) => [c.sha, c.parents])).toEqual(all.map((c) => [c.sha, c.parents]));
    expect(all).toHaveLength(4);
    const adr = [{ path: "docs/adr/0002-x.md", added: null, deleted: null, status: "A" }];
    // A merge's diff is against its first parent: it brings the side branch's ADR.
    const expected: Record<string, unknown[]> = { "feat: side": adr, "fix: main": [], "Merge branch 'side'": adr, "docs: after": [] };
    expect(some.map((c) => [c.header, c.files])).toEqual(all.map((c) => [c.header, expected[c.header]]));
  });
});

describe("checkRange", () => {
  it("skips merges and bot authors", async () => {
    const r = await repo();
    const base = await r.git.head();
    await r.git.run(["checkout", "--quiet", "-b", "side"]);
    await specCommit(r, "feat: on the side", { files: { s: "1" } });
    await r.git.run(["checkout", "--quiet", "main"]);
    await specCommit(r, "fix: on main", { files: { m: "1" } });
    await r.git.run(["merge", "--quiet", "--no-ff", "-m", "Merge branch 'side'", "side"]);
    await r.write("deps", "1");
    await r.commit("bump deps", { author: "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>" });
    const report = await checkRange(r.git, { from: base, to: "HEAD" });
    expect(report.violations).toEqual([]);
    expect(report.checked).toBe(2);
    expect(report.skipped.map((s) => s.reason).sort()).toEqual(["bot", "merge"]);
    expect(report.gitCalls).toBe(2);
  });

  it("requires Playbook-Step from the commit that adds playbook.yml on", async () => {
    const r = await repo();
    const base = await r.git.head();
    await specCommit(r, "chore: before the playbook", { files: { a: "1" } });
    const add = await specCommit(r, "chore: add the playbook", { files: { "playbook.yml": "steps: []\n" } });
    await specCommit(r, "chore: with a step", { files: { a: "2" }, trailers: { "Playbook-Step": "scaffold" } });
    const report = await checkRange(r.git, { from: base, to: "HEAD" });
    expect(report.violations.map((v) => [v.code, v.commit])).toEqual([["playbook-step-missing", add]]);
  });

  it("hashes a spec of several files given by globs, at each commit", async () => {
    const r = await repo();
    const base = await r.git.head();
    await r.write("docs/b.md", "B\r\n");
    await r.write("docs/a.md", "A\n");
    const paths = ["docs/[ab].md"];
    const h = await specHashOf(r, paths);
    const adr = renderAdr({ number: 2, title: "Split spec", context: "Too long.", specHashAfter: h.short });
    await specCommit(r, "spec: split the spec", { files: { "docs/adr/0002-split.md": adr }, specHash: h.short });
    expect(h.short).toBe("610b1ed008c2");
    const report = await checkRange(r.git, { from: base, to: "HEAD" }, { specPaths: paths });
    expect(report.violations).toEqual([]);
    expect(report.specFiles).toEqual(["docs/a.md", "docs/b.md"]);
    expect(report.history).toEqual([expect.objectContaining({ before: null, after: "610b1ed008c2", adr: "docs/adr/0002-split.md" })]);
  });

  it("wants the amendment marker and an ADR with both hashes and a reason", async () => {
    const r = await repo();
    const base = await r.git.head();
    await r.write("docs/spec.md", SPEC_V2);
    const v2 = (await specHashOf(r)).short;
    const adr = renderAdr({ number: 2, title: "Spin twice", context: "Asked.", specHashAfter: v2 });
    await specCommit(r, "feat: spin twice", { files: { "docs/adr/0002-spin-twice.md": adr } });
    const report = await checkRange(r.git, { from: base, to: "HEAD" });
    expect(rules(report).sort()).toEqual(["amendment-adr", "amendment-marker"]);
    expect(report.violations.find((v) => v.code === "amendment-adr")!.message).toContain("does not record both hashes");
  });

  it("checks ADR numbering and links at the end of the range", async () => {
    const r = await repo();
    const base = await r.git.head();
    await specCommit(r, "docs: more decisions", {
      body: "",
      files: {
        "docs/adr/0003-gap.md": "# 3\n\n- Supersedes: [0001](0001-record-decisions.md)\n- Superseded by 0009\n\n## Context\n\nx\n",
        "docs/adr/0004-a.md": "# 4\n",
        "docs/adr/0004-b.md": "# 4 again\n\nDated 2026-01-01.\n",
        "docs/adr/7-short.md": "# 7\n",
        "docs/adr/README.md": "index\n",
      },
    });
    const report = await checkRange(r.git, { from: base, to: "HEAD" });
    expect(report.violations.map((v) => [v.code, v.file, v.line])).toEqual([
      ["adr-name", "docs/adr/7-short.md", undefined],
      ["adr-duplicate", "docs/adr/0004-b.md", undefined],
      ["adr-gap", "docs/adr/0003-gap.md", undefined],
      ["adr-link", "docs/adr/0003-gap.md", 4],
    ]);
  });
});

describe("resolveRange", () => {
  it("takes pull_request, push, new-branch, deleted and workflow_dispatch ranges", async () => {
    const r = await repo();
    const base = await r.git.head();
    await r.git.run(["checkout", "--quiet", "-b", "topic"]);
    const t1 = await specCommit(r, "feat: t1", { files: { t: "1" } });
    await r.push("topic");
    await r.git.run(["fetch", "--quiet", "origin"]);
    const pr = await resolveRange(r.git, {
      eventName: "pull_request",
      payload: { pull_request: { base: { sha: base }, head: { sha: t1 } } },
    });
    expect(pr).toMatchObject({ from: base, to: t1, mode: "pull_request", adrScope: "range" });
    const nb = await resolveRange(r.git, {
      eventName: "push",
      payload: { before: "0".repeat(40), after: t1, repository: { default_branch: "main" } },
    });
    expect(nb).toMatchObject({ from: base, to: t1, mode: "new-branch" });
    const del = await resolveRange(r.git, { eventName: "push", payload: { before: t1, after: "0".repeat(40), deleted: true } });
    expect(del).toMatchObject({ mode: "deleted", empty: true });
    const wd = await resolveRange(r.git, { eventName: "workflow_dispatch", payload: { inputs: { from: base, to: t1 } } });
    expect(wd).toMatchObject({ from: base, to: t1, mode: "manual" });
    await expect(resolveRange(r.git, { from: "nope", to: t1 })).rejects.toThrow(/cannot find nope/);
  });

  it("checks a whole new repository's history on its first push", async () => {
    const r = await createRepo({ files: { "docs/spec.md": "x\n" } });
    onTestFinished(() => r.cleanup());
    const head = await r.git.head();
    const res = await resolveRange(r.git, {
      eventName: "push",
      payload: { before: "0".repeat(40), after: head, repository: { default_branch: "main" } },
    });
    expect(res).toMatchObject({ from: undefined, to: head, mode: "new-branch" });
  });
});
