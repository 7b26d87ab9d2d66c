import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "./harness/repo.js";

/**
 * `npm run check-dist` is what stops a source change from landing without its bundle. These tests
 * run it in a copy of this checkout at another path (as a fresh clone on another machine would be),
 * on the smallest bundle: it must pass there, and fail once one source string changes.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BUNDLE = "spec-hash-check";
const EDITED = "packages/core/src/commits/summary.ts";
const work = tempDir("specpipe-checkdist-");
afterAll(() => fs.rm(work, { recursive: true, force: true }));

/** The checkout's files as git sees them (tracked and new, not ignored), and node_modules hard-linked. */
async function copyCheckout(to: string): Promise<void> {
  const ls = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
  expect(ls.status).toBe(0);
  for (const rel of ls.stdout.split("\0").filter(Boolean)) {
    const from = path.join(ROOT, rel);
    const st = await fs.lstat(from).catch(() => undefined);
    if (!st?.isFile()) continue; // deleted in the work tree, or a symlink (none are tracked)
    await fs.mkdir(path.dirname(path.join(to, rel)), { recursive: true });
    await fs.copyFile(from, path.join(to, rel));
  }
  // Hard links keep the real paths inside the copy (webpack resolves symlinks to their targets).
  const cp = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(to, "node_modules")]);
  if (cp.status !== 0) {
    const full = spawnSync("cp", ["-a", path.join(ROOT, "node_modules"), path.join(to, "node_modules")]);
    expect(full.status).toBe(0);
  }
}

function checkDist(cwd: string) {
  return spawnSync(process.execPath, [path.join(cwd, "scripts/check-dist.mjs"), BUNDLE], { cwd, encoding: "utf8" });
}

describe("check-dist", () => {
  it("passes in a copy at another path without a build, and fails after a source edit", async () => {
    const copy = path.join(work, "another", "place", "specpipe");
    await copyCheckout(copy);

    const clean = checkDist(copy);
    expect(clean.stderr + clean.stdout).toContain("check-dist: dist/ matches the sources");
    expect(clean.status).toBe(0);

    const file = path.join(copy, EDITED);
    const text = await fs.readFile(file, "utf8");
    expect(text).toContain("all rules hold");
    await fs.writeFile(file, text.replace("all rules hold", "all rules are held"));
    const stale = checkDist(copy);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("check-dist: dist/ does not match the sources");
    // The summary is a lazily loaded chunk of the bundle: the edit shows in one of its files.
    expect(stale.stderr).toMatch(new RegExp(`differs  dist/${BUNDLE}/[0-9a-z.]*index\\.js`));
    // Two real bundler runs: about 17 s on an idle 2-core machine, minutes on a loaded one.
  }, 600_000);
});
