import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderAdr } from "@specpipe/core/adr/adr";
import { Git } from "@specpipe/core/git/git";
import { TEST_ENV, tempDir, type TestRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";
import { createSpecRepo, SPEC_V2, specCommit, specHashOf } from "../../../test/harness/spec-repo.js";

// Needs the bundle: node scripts/build.mjs --no-check spec-hash-check
const repos: TestRepo[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function repo(options: Parameters<typeof createSpecRepo>[0] = {}): Promise<TestRepo> {
  const r = await createSpecRepo(options);
  repos.push(r);
  return r;
}

function pushEvent(before: string, after: string) {
  return { eventName: "push", event: { before, after, ref: "refs/heads/main", repository: { default_branch: "main" } } };
}

function violations(result: { outputs: Record<string, string> }): { code: string; commit?: string; message: string; hint: string }[] {
  return JSON.parse(result.outputs.violations ?? "[]");
}

const V1 = "b372944052ad";

describe("spec-hash-check action", () => {
  it("passes a good history and reports the spec hash", async () => {
    const r = await repo();
    const before = await r.git.head();
    await specCommit(r, "feat(widget): add the spinner", { files: { "src/a.ts": "export const a = 1;\n" } });
    await specCommit(r, "docs: explain spinning", { files: { "README.md": "spin\n" }, body: "" });
    const after = await r.git.head();
    const res = await runAction("spec-hash-check", { cwd: r.dir, ...pushEvent(before, after) });
    expect(res.stderr).toBe("");
    expect(res.exitCode).toBe(0);
    expect(res.outputs).toMatchObject({ "spec-hash": V1, ok: "true", checked: "2", violations: "[]" });
    expect(res.outputs["spec-hash-full"]).toMatch(/^b372944052ad[0-9a-f]{52}$/);
    expect(res.summary).toContain("all rules hold");
    expect(res.summary).toContain("The spec did not change in this range.");
  });

  it("fails a commit without the Spec-Hash trailer, naming the commit, rule and fix", async () => {
    const r = await repo();
    const before = await r.git.head();
    const bad = await specCommit(r, "fix: stop the wobble", { specHash: null, files: { "src/b.ts": "b\n" } });
    const res = await runAction("spec-hash-check", { cwd: r.dir, ...pushEvent(before, bad) });
    expect(res.exitCode).toBe(1);
    expect(res.outputs.ok).toBe("false");
    const v = violations(res);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ code: "spec-hash-missing", commit: bad });
    expect(v[0].hint).toContain(`Spec-Hash: ${V1}`);
    expect(res.summary).toMatch(/\| `[0-9a-f]{12}` \| fix: stop the wobble \| spec-hash-missing \|/);
    expect(
      res.annotations.some((a) => a.level === "error" && a.title === "spec-hash-check: spec-hash-missing" && a.file === "docs/spec.md"),
    ).toBe(true);
  });

  it("fails a wrong hash, a bad header and a missing body", async () => {
    const r = await repo();
    const before = await r.git.head();
    await specCommit(r, "feat: Add thing.", { specHash: "deadbeefdead", body: "", files: { x: "1" } });
    const res = await runAction("spec-hash-check", { cwd: r.dir, ...pushEvent(before, await r.git.head()) });
    expect(res.exitCode).toBe(1);
    expect(
      violations(res)
        .map((v) => v.code)
        .sort(),
    ).toEqual(["body-required", "header", "spec-hash-mismatch"]);
    expect(violations(res).find((v) => v.code === "header")!.message).toContain("subject-case");
  });

  it("fails a spec change without an ADR, and passes it with one", async () => {
    const r = await repo();
    const before = await r.git.head();
    const bad = await specCommit(r, "spec: spin twice", { files: { "docs/spec.md": SPEC_V2 } });
    let res = await runAction("spec-hash-check", { cwd: r.dir, ...pushEvent(before, bad) });
    expect(res.exitCode).toBe(1);
    const v = violations(res);
    expect(v.map((x) => x.code)).toEqual(["amendment-adr"]);
    expect(v[0].hint).toContain("specpipe amend");
    expect(res.summary).toContain("Spec history in this range");

    // The same change as an amendment commit with its ADR.
    await r.git.run(["reset", "--quiet", "--hard", before]);
    const v2 = (
      await (async () => {
        await r.write("docs/spec.md", SPEC_V2);
        return specHashOf(r);
      })()
    ).short;
    const adr = renderAdr({ number: 2, title: "Spin twice", context: "Customers asked for it.", specHashBefore: V1, specHashAfter: v2 });
    const good = await specCommit(r, "feat: spin twice", {
      files: { "docs/adr/0002-spin-twice.md": adr },
      trailers: { "Spec-Amendment": "customers asked for it" },
    });
    res = await runAction("spec-hash-check", { cwd: r.dir, ...pushEvent(before, good) });
    expect(violations(res)).toEqual([]);
    expect(res.exitCode).toBe(0);
    expect(res.summary).toContain(`| ${V1} | ${v2} | customers asked for it | docs/adr/0002-spin-twice.md |`);
  });

  it("on a pull request, accepts the ADR anywhere in the range", async () => {
    const r = await repo();
    const base = await r.git.head();
    await specCommit(r, "spec: spin twice", { files: { "docs/spec.md": SPEC_V2 } });
    const v2 = (await specHashOf(r)).short;
    const head = await specCommit(r, "docs: record the amendment", {
      body: "",
      files: {
        "docs/adr/0002-spin-twice.md": renderAdr({
          number: 2,
          title: "Spin twice",
          context: "Asked for.",
          specHashBefore: V1,
          specHashAfter: v2,
        }),
      },
    });
    const res = await runAction("spec-hash-check", {
      cwd: r.dir,
      eventName: "pull_request",
      event: { pull_request: { base: { sha: base }, head: { sha: head } } },
    });
    expect(violations(res)).toEqual([]);
    expect(res.outputs.checked).toBe("2");
  });

  it("checks a forced push from the merge base, ignoring the rewritten commits", async () => {
    const r = await repo();
    const base = await r.git.head();
    await specCommit(r, "feat: first try", { specHash: null, files: { a: "1" } });
    await r.push();
    const oldTip = await r.git.head();
    await r.git.run(["reset", "--quiet", "--hard", base]);
    const newTip = await specCommit(r, "feat: second try", { files: { a: "2" } });
    await r.push("main", ["--force"]);
    await r.git.run(["reflog", "expire", "--expire=now", "--all"]);
    await r.git.run(["gc", "--quiet", "--prune=now"]);
    const res = await runAction("spec-hash-check", { cwd: r.dir, ...pushEvent(oldTip, newTip) });
    expect(violations(res)).toEqual([]);
    expect(res.outputs.checked).toBe("1");
    expect(res.summary).toContain("a forced push: checking from the merge base");

    // A fresh clone, and the old tip is gone from the remote too: the payload's commits decide.
    await new Git({ cwd: r.remote, env: TEST_ENV }).run(["gc", "--quiet", "--prune=now"]);
    const root = tempDir("specpipe-forced-");
    dirs.push(root);
    const clone = path.join(root, "clone");
    await new Git({ cwd: root, env: TEST_ENV }).run(["clone", "--quiet", `file://${r.remote}`, clone]);
    const ev = pushEvent(oldTip, newTip);
    const res2 = await runAction("spec-hash-check", {
      cwd: clone,
      eventName: "push",
      event: { ...ev.event, commits: [{ id: newTip, distinct: true }] },
    });
    expect(res2.summary).toContain("is no longer reachable");
    expect(violations(res2)).toEqual([]);
    expect(res2.outputs.checked).toBe("1");
  });

  it("deepens a shallow clone to reach the range", async () => {
    const r = await repo();
    const before = await r.git.head();
    for (let i = 0; i < 5; i++) await specCommit(r, `feat: step ${i}`, { files: { [`f${i}`]: String(i) } });
    await r.push();
    const after = await r.git.head();
    const root = tempDir("specpipe-shallow-");
    dirs.push(root);
    const clone = path.join(root, "clone");
    await new Git({ cwd: root, env: TEST_ENV }).run(["clone", "--quiet", "--depth=1", `file://${r.remote}`, clone]);
    const cg = new Git({ cwd: clone, env: TEST_ENV });
    expect(await cg.isShallow()).toBe(true);
    const res = await runAction("spec-hash-check", { cwd: clone, ...pushEvent(before, after) });
    expect(res.exitCode).toBe(0);
    expect(res.outputs).toMatchObject({ ok: "true", checked: "5" });
    expect(res.summary).toContain("deepened the shallow clone");

    // Without deepening, the step fails and says how to check out the history.
    const root2 = tempDir("specpipe-shallow-");
    dirs.push(root2);
    const clone2 = path.join(root2, "clone");
    await new Git({ cwd: root2, env: TEST_ENV }).run(["clone", "--quiet", "--depth=1", `file://${r.remote}`, clone2]);
    const res2 = await runAction("spec-hash-check", { cwd: clone2, inputs: { deepen: false }, ...pushEvent(before, after) });
    expect(res2.exitCode).toBe(1);
    expect(res2.stdout).toContain("fetch-depth: 0");
  });

  it("works in a SHA-256 repository", async () => {
    const r = await repo({ objectFormat: "sha256" });
    expect(await r.git.objectFormat()).toBe("sha256");
    const before = await r.git.head();
    expect(before).toHaveLength(64);
    await specCommit(r, "feat: spin", { files: { a: "1" } });
    const v2 = (
      await (async () => {
        await r.write("docs/spec.md", SPEC_V2);
        return specHashOf(r);
      })()
    ).short;
    const after = await specCommit(r, "spec: spin twice", {
      files: {
        "docs/adr/0002-spin-twice.md": renderAdr({
          number: 2,
          title: "Spin twice",
          context: "Asked.",
          specHashBefore: V1,
          specHashAfter: v2,
        }),
      },
    });
    const res = await runAction("spec-hash-check", { cwd: r.dir, ...pushEvent(before, after) });
    expect(violations(res)).toEqual([]);
    expect(res.outputs).toMatchObject({ ok: "true", checked: "2", "spec-hash": v2 });
    expect(res.summary).toContain(`| ${V1} | ${v2} |`);
  });
});
