import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { Git } from "@specpipe/core/git/git";
import { TEST_ENV, tempDir } from "../../../../test/harness/repo.js";
import { useSpecCliBundle } from "../../../../test/harness/spec-cli-bundle.js";
import { SPEC_V2, specCommit } from "../../../../test/harness/spec-repo.js";
// @ts-expect-error plain JS helper shared with the bench
import { generateHistory } from "../../../../test/harness/spec-history.mjs";
import { cli, specRepos } from "../../../../test/harness/cli-in-process.js";

const repo = specRepos();

describe("specpipe harvest", () => {
  it("writes one JSONL record per commit, and chat records", async () => {
    const r = await repo();
    const base = await r.git.head();
    await specCommit(r, "feat(widget): add the spinner", {
      body: "The spec asks for it.",
      files: { "src/a.ts": "a\nb\n" },
      trailers: { "Playbook-Step": "scaffold" },
    });
    await cli(r.dir, "amend", "--reason", "two spins", "--title", "Spin twice");
    await r.write("docs/spec.md", SPEC_V2);
    const v2 = (await cli(r.dir, "spec", "hash")).out.trim();
    await r.git.run(["reset", "--quiet"]);
    await r.remove("docs/adr/0002-spin-twice.md");
    await cli(r.dir, "amend", "--reason", "two spins", "--title", "Spin twice");
    await specCommit(r, "spec: spin twice", { trailers: { "Spec-Amendment": "two spins" } });
    const res = await cli(r.dir, "harvest", "--since", base, "--out", "h.jsonl");
    expect(res).toMatchObject({ code: 0, err: "harvest: 2 record(s) → h.jsonl\n" });
    const lines = (await r.read("h.jsonl"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({
      type: "feat",
      scope: "widget",
      body: "The spec asks for it.",
      playbookStep: "scaffold",
      specChanged: false,
      specHashBefore: "b372944052ad",
      specDiff: null,
      files: [{ path: "src/a.ts", added: 2, deleted: 0 }],
    });
    expect(lines[1]).toMatchObject({
      type: "spec",
      specChanged: true,
      specHashBefore: "b372944052ad",
      specHashAfter: v2,
      amendmentReason: "two spins",
    });
    expect(lines[1].specDiff).toContain("-The widget shall spin.\n+The widget shall spin twice.\n");
    expect(lines[1].adrs[0].path).toBe("docs/adr/0002-spin-twice.md");
    await cli(r.dir, "harvest", "--since", base, "--out", "c.jsonl", "--format", "chat");
    const chat = (await r.read("c.jsonl"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(chat[1].messages.map((m: { role: string }) => m.role)).toEqual(["system", "user", "assistant"]);
    expect(chat[1].messages[1].content).toContain("Spec diff:");
    expect(chat[1].messages[2].content).toMatch(/^spec: spin twice\n/);
  });
});

describe("specpipe harvest: test results, ADR reasons, a bad --out", () => {
  it("joins commits with the gate's evidence and JUnit files, takes reasons from the ADRs, and says what is wrong with --out in one line", async () => {
    const r = await repo();
    const base = await r.git.head();
    // An amendment whose ADR says why (the trailer says less).
    await r.write("docs/spec.md", SPEC_V2);
    expect((await cli(r.dir, "amend", "--reason", "Customers asked for two spins at the fair", "--title", "Spin twice")).code).toBe(0);
    const amended = await specCommit(r, "spec: spin twice", { trailers: { "Spec-Amendment": "two spins" } });
    // The gate's evidence for the next commit, as its history entry records it.
    const evaluated = await specCommit(r, "test: cover spinning", { files: { "t.test.ts": "x\n" }, body: "" });
    const { initialBeacon, sealBeacon, serializeBeacon } = await import("@specpipe/core/playbook/beacon");
    const { parsePlaybook } = await import("@specpipe/core/playbook/load");
    const pb = await parsePlaybook(
      "version: 1\nname: P\nphases:\n  - id: A\n    name: A\n    steps:\n      - { id: A1, name: A, description: d }\n      - { id: A2, name: B, description: d }\n",
    );
    const b0 = initialBeacon(pb, null);
    const entry = { from: "A1", to: "A2", at: "2026-01-01T00:00:00Z", commit: evaluated, iteration: 1, playbook: pb.hash };
    const b1 = sealBeacon({
      ...b0,
      step: "A2",
      history: [{ ...entry, values: { "tests.passed": 41, "tests.total": 42 }, run: { id: "7", attempt: 1 } }],
    });
    await specCommit(r, "chore(playbook): advance A1 → A2", { files: { "progress.json": serializeBeacon(b1) }, body: "" });
    await r.write(
      "junit.xml",
      '<testsuites><testsuite name="s" tests="2"><testcase classname="e2e.test_flow" name="test_ok"/><testcase classname="e2e.test_flow" name="test_bad"><failure message="no"/></testcase></testsuite></testsuites>',
    );
    const res = await cli(r.dir, "harvest", "--since", base, "--out", "h.jsonl", "--junit", "junit.xml", "--junit-commit", amended);
    expect(res).toMatchObject({ code: 0, err: "harvest: 3 record(s) → h.jsonl\n" });
    const [a, e, g] = (await r.read("h.jsonl"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(a).toMatchObject({
      amendmentReason: "Customers asked for two spins at the fair",
      amendmentAdr: "docs/adr/0002-spin-twice.md",
      tests: {
        source: "junit",
        passed: 1,
        total: 2,
        failed: 1,
        failures: [{ name: "test_bad", classname: "e2e.test_flow", file: "e2e/test_flow.py" }],
      },
    });
    expect(e.tests).toEqual({ source: "gate", passed: 41, total: 42, step: "A1", run: { id: "7", attempt: 1 } });
    expect(g.tests).toBeNull();

    const missing = await cli(r.dir, "harvest", "--since", base, "--out", "missing-dir/x.jsonl");
    expect(missing).toMatchObject({ code: 1, out: "" });
    expect(missing.err).toBe(
      "specpipe: --out missing-dir/x.jsonl: the folder missing-dir does not exist. Fix: create it first (mkdir -p missing-dir), or write to another path\n",
    );
    const outside = await cli(r.dir, "harvest", "--since", base, "--out", "../x.jsonl");
    expect(outside.code).toBe(1);
    expect(outside.err).toMatch(/^specpipe: --out "\.\.\/x\.jsonl" is outside the workspace\. Fix: .*\n$/);
    await expect(fs.access(path.join(r.root, "x.jsonl"))).rejects.toThrow();
    expect((await cli(r.dir, "harvest", "--since=--output=x", "--out", "-")).err).toContain('--since "--output=x" is not a revision');
  });
});

describe("specpipe harvest on a generated history", () => {
  it("streams one record per commit of a 2,000-commit range, with the amendments' diffs and ADRs", async () => {
    const root = tempDir("specpipe-harvest-");
    try {
      const { base } = generateHistory(path.join(root, "repo"), { commits: 2000 }) as { base: string };
      const res = await cli(path.join(root, "repo"), "harvest", "--since", base, "--out", "h.jsonl");
      expect(res.code).toBe(0);
      const lines = (await fs.readFile(path.join(root, "repo", "h.jsonl"), "utf8"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(2000);
      const amended = lines.filter((r) => r.specChanged);
      expect(amended).toHaveLength(20);
      for (const r of amended) {
        expect(r.specDiff).toMatch(/^--- a\/docs\/spec\.md\n\+\+\+ b\/docs\/spec\.md\n/);
        expect(r.adrs).toHaveLength(1);
        expect(r.adrs[0].content).toContain(`Spec-Hash-After: ${r.specHashAfter}`);
        expect(r.amendmentReason).toBe("one more spin");
      }
      expect(lines[1].specHashBefore).toBe(lines[0].specHashAfter);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});

describe("specpipe hooks", () => {
  const entry = useSpecCliBundle(120_000);

  it("installs chained hooks that add trailers, reject bad messages and check pushes; uninstall restores", async () => {
    const r = await repo();
    const hooksDir = path.join(r.dir, ".git", "hooks");
    await fs.mkdir(hooksDir, { recursive: true });
    const previous = `#!/bin/sh\necho "previous $1" >> "${path.join(r.root, "previous.log")}"\n`;
    await fs.writeFile(path.join(hooksDir, "commit-msg"), previous, { mode: 0o755 });
    const inst = await cli(r.dir, "hooks", "install", "--runner", `node '${entry()}'`);
    expect(inst.code).toBe(0);
    expect(inst.out).toContain("kept the existing commit-msg");
    // Installing again updates our hooks in place and keeps the one chained hook.
    const again = await cli(r.dir, "hooks", "install", "--runner", `node '${entry()}'`);
    expect(again.out).not.toContain("kept the existing");
    expect(await fs.readFile(path.join(hooksDir, "commit-msg.specpipe-previous"), "utf8")).toBe(previous);
    const g = new Git({ cwd: r.dir, env: TEST_ENV });

    // prepare-commit-msg adds the trailer; commit-msg accepts.
    await r.write("src/x.ts", "x\n");
    await g.run(["add", "-A"]);
    await g.run(["commit", "--quiet", "-F", "-"], { input: "docs: add x\n" });
    expect(await g.run(["log", "-1", "--format=%B"])).toBe("docs: add x\n\nSpec-Hash: b372944052ad\n\n");
    expect(await fs.readFile(path.join(r.root, "previous.log"), "utf8")).toMatch(/^previous .*COMMIT_EDITMSG\n$/);

    // commit-msg rejects with the reason.
    await r.write("src/y.ts", "y\n");
    await g.run(["add", "-A"]);
    const bad = await g.raw(["commit", "--quiet", "-F", "-"], { input: "Add y.\n" });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.toString()).toContain("specpipe: commit rejected:");
    expect(bad.stderr.toString()).toContain('header: header "Add y."');
    const specChange = await (async () => {
      await r.write("docs/spec.md", SPEC_V2);
      await g.run(["add", "-A"]);
      return g.raw(["commit", "--quiet", "-F", "-"], { input: "spec: spin twice\n\nCustomers asked.\n" });
    })();
    expect(specChange.stderr.toString()).toContain("amendment-adr: the staged spec differs from HEAD");
    expect((await cli(r.dir, "amend", "--reason", "customers asked")).code).toBe(0);
    const ok = await g.raw(["commit", "--quiet", "-F", "-"], { input: "spec: spin twice\n\nCustomers asked.\n" });
    expect(ok.stderr.toString()).toBe("");
    expect(ok.code).toBe(0);

    // pre-push checks the pushed range: a commit made with --no-verify (no commit-msg hook) is caught.
    await r.write("src/z.ts", "z\n");
    await g.run(["add", "-A"]);
    await g.run(["commit", "--quiet", "--no-verify", "-m", "feat: no trailers"]);
    const push = await g.raw(["push", "origin", "HEAD:refs/heads/main"]);
    expect(push.code).not.toBe(0);
    expect(push.stderr.toString()).toContain("specpipe: push rejected, 1 violation(s):");
    expect(push.stderr.toString()).toContain("feat: no trailers: body-required");
    await g.run(["reset", "--quiet", "--hard", "HEAD~1"]);
    const push2 = await g.raw(["push", "--quiet", "origin", "HEAD:refs/heads/main"]);
    expect(push2.stderr.toString()).toBe("");
    expect(push2.code).toBe(0);

    const un = await cli(r.dir, "hooks", "uninstall");
    expect(un.out).toBe("removed prepare-commit-msg, commit-msg, pre-push; restored commit-msg\n");
    expect(await fs.readFile(path.join(hooksDir, "commit-msg"), "utf8")).toBe(previous);
    expect(await fs.readdir(hooksDir).then((l) => l.filter((f) => !f.endsWith(".sample")).sort())).toEqual(["commit-msg"]);
  });
});
