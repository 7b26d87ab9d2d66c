import { promises as fs } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { specCommit, specRepos } from "../../../../test/harness/spec-repo.js";
import { isUserError } from "../errors.js";
import { checkObjectId, checkRev } from "../git/ref.js";
import { readCommits } from "./range.js";
import { resolveRange } from "./resolve.js";

const repo = specRepos();

async function refused(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(isUserError(e), String(e)).toBe(true);
  return (e as Error).message;
}

describe("revisions from inputs and events", () => {
  it("refuses an option in from/to, workflow_dispatch inputs, base.sha and the push payload; git writes nothing", async () => {
    const r = await repo();
    const head = await specCommit(r, "feat: one", { files: { a: "1" } });
    const target = path.join(r.root, "written-by-git.txt");
    const option = `--output=${target}`;
    expect(await refused(resolveRange(r.git, { from: option, to: head }))).toContain(`input "from" "${option}" is not a revision`);
    expect(await refused(resolveRange(r.git, { to: option }))).toContain('input "to"');
    expect(await refused(resolveRange(r.git, { from: option, names: { from: "--from", to: "--to" } }))).toMatch(/^--from /);
    expect(
      await refused(resolveRange(r.git, { eventName: "workflow_dispatch", payload: { inputs: { from: option, to: head } } })),
    ).toContain('the workflow_dispatch input "from"');
    expect(
      await refused(
        resolveRange(r.git, { eventName: "pull_request", payload: { pull_request: { base: { sha: option }, head: { sha: head } } } }),
      ),
    ).toContain("pull_request.base.sha");
    expect(await refused(resolveRange(r.git, { eventName: "push", payload: { before: option, after: head } }))).toContain("before");
    expect(
      await refused(resolveRange(r.git, { eventName: "push", payload: { before: "1".repeat(40), after: head, commits: [{ id: "-x" }] } })),
    ).toContain("commits[0].id");
    expect(await refused(resolveRange(r.git, { sha: "--all" }))).toContain("GITHUB_SHA");
    await expect(fs.access(target)).rejects.toThrow();
  });

  it("passes revisions after --end-of-options, so even an unchecked one is never an option", async () => {
    const r = await repo();
    const target = path.join(r.root, "out.txt");
    await expect(readCommits(r.git, { to: `--output=${target}` })).rejects.toThrow(/bad revision/);
    await expect(readCommits(r.git, { from: "HEAD", to: "HEAD", exclude: ["--remotes=origin"] })).resolves.toEqual([]);
    expect(await r.git.revParse(`--output=${target}`)).toBeUndefined();
    await expect(fs.access(target)).rejects.toThrow();
  });

  it("checkRev refuses every value that starts with '-' or holds white space; accepts what people write", () => {
    fc.assert(
      fc.property(fc.string(), (tail) => {
        expect(() => checkRev(`-${tail}`, { what: "x" })).toThrow(/starts with '-'/);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(" ", "\n", "\t", "\0", "\u007f"), fc.string(), (a, ws, b) => {
        const v = `a${a}${ws}${b}`;
        expect(() => checkRev(v, { what: "x" })).toThrow();
      }),
    );
    for (const ok of ["main", "v1.2.0", "HEAD~3", "HEAD^2", "origin/main", "@{upstream}", "a".repeat(40), "feature/x-y_z"])
      expect(checkRev(ok, { what: "x" })).toBe(ok);
    expect(() => checkRev("a..b", { what: "x" })).toThrow(/range/);
    expect(() => checkObjectId("main", { what: "x" })).toThrow(/full commit id/);
    expect(checkObjectId("A".repeat(64), { what: "x" })).toBe("a".repeat(64));
  });
});
