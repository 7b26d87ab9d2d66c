import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkRange } from "@specpipe/core/commits/check";
import { DEFAULT_TYPES, isIgnoredMessage, parseHeader } from "@specpipe/core/commits/header";
import { readCommits } from "@specpipe/core/commits/range";
import { Git } from "@specpipe/core/git/git";
import { TEST_ENV, tempDir } from "../../../test/harness/repo.js";
// @ts-expect-error plain JS helpers shared with the bench
import { COMMITLINT_BIN, commitlintSetup } from "../../../test/harness/spec-commitlint.mjs";
// @ts-expect-error plain JS helpers shared with the bench
import { generateHistory } from "../../../test/harness/spec-history.mjs";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe("header verdicts agree with commitlint", () => {
  it("on every commit of the bench's generated history (1,000 commits)", async () => {
    const root = tempDir("specpipe-agree-");
    dirs.push(root);
    const repo = path.join(root, "repo");
    const { base, head } = generateHistory(repo, { commits: 1000 }) as { base: string; head: string };
    const setup = commitlintSetup() as { dir: string; config: string; formatter: string };
    dirs.push(setup.dir);
    const r = spawnSync(COMMITLINT_BIN, ["--cwd", repo, "-g", setup.config, "--format", setup.formatter, "--from", base, "--to", head], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    expect(r.stderr).toBe("");
    const theirs = (JSON.parse(r.stdout) as { input: string; valid: boolean; errors: string[] }[]).reverse();

    const git = new Git({ cwd: repo, env: TEST_ENV });
    const commits = await readCommits(git, { from: base, to: head });
    expect(theirs).toHaveLength(commits.length);
    const ours = commits.map((c) => isIgnoredMessage(c.message) || parseHeader(c.header, DEFAULT_TYPES).valid);
    const disagreements = commits
      .map((c, i) => ({ header: c.header, ours: ours[i], commitlint: theirs[i].valid, errors: theirs[i].errors }))
      .filter((d) => d.ours !== d.commitlint);
    expect(disagreements).toEqual([]);
    // The history exercises both verdicts, and commitlint's errors are all header rules.
    expect(ours.filter((v) => !v).length).toBeGreaterThan(50);
    expect(ours.filter((v) => v).length).toBeGreaterThan(500);
    expect(new Set(theirs.flatMap((t) => t.errors))).toEqual(
      new Set([
        "header-max-length",
        "header-trim",
        "type-empty",
        "type-case",
        "type-enum",
        "subject-empty",
        "subject-case",
        "subject-full-stop",
      ]),
    );

    // The range checker flags exactly the commits commitlint rejects (rule "header").
    const report = await checkRange(git, { from: base, to: head });
    const flagged = new Set(report.violations.filter((v) => v.code === "header").map((v) => v.commit));
    expect(commits.filter((c, i) => !theirs[i].valid).map((c) => c.sha)).toEqual(
      commits.filter((c) => flagged.has(c.sha)).map((c) => c.sha),
    );
  });
});
