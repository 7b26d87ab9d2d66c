import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { isUserError, type UserError } from "../errors.js";
import { tempName } from "../fs/atomic.js";
import { runCoverage, type RunCoverageOptions } from "./run.js";
import { computeCoverage } from "./update.js";
import { tempProjects, writeFiles } from "../../../../test/harness/temp-project.js";

/** Files and inputs an attacker could commit or set: refused with one error that shows nothing of the target. */
const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|---|---|---|---|---|\n";
const folders = tempProjects("specpipe-hostile-");

/** A workspace `ws/` with a secret file beside it, outside. */
async function workspace(files: Record<string, string> = {}): Promise<{ top: string; ws: string; secret: string }> {
  const top = folders.folder();
  const ws = path.join(top, "ws");
  const secret = path.join(top, "secret.md");
  await fs.writeFile(secret, "# Spec: ghs_SECRETSECRET\n\n| Spec | Present | Spec'd | Tested | Notes |\n|---|---|---|---|---|\n");
  await writeFiles(ws, { "specs/001-a.md": "# A\n", ...files });
  return { top, ws, secret };
}

async function failure(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (isUserError(e)) return e;
    throw e;
  }
  throw new Error("expected a UserError");
}

/** Nothing of the process environment or the secret file in what the user sees. */
function expectNoLeak(e: UserError) {
  const shown = `${e.format()} ${e.file ?? ""}`;
  expect(shown).not.toContain("ghs_SECRETSECRET");
  expect(shown).not.toContain(process.env.PATH!);
  expect(shown).not.toMatch(/\w+=\S/);
}

const run = (ws: string, over: Partial<RunCoverageOptions> = {}) =>
  runCoverage({ workspace: ws, mode: "update", dryRun: true, testsPassed: true, ci: false, strict: false, commit: false, ...over });

describe("hostile files: symlinks are refused, never read, dry run included", () => {
  it("SPEC-COVERAGE.md -> /proc/self/environ", async () => {
    const { ws } = await workspace();
    await fs.mkdir(path.join(ws, "docs"));
    await fs.symlink("/proc/self/environ", path.join(ws, "docs/SPEC-COVERAGE.md"));
    const e = await failure(run(ws));
    expect(e.code).toBe("path.symlink");
    expect(e.message).toBe('coverage-file "docs/SPEC-COVERAGE.md" is a symlink; specpipe does not follow symlinks for the files it reads or writes');
    expectNoLeak(e);
  });

  it("STATUS.md -> a file outside the workspace: refused, and the file outside stays as it was", async () => {
    const { ws, secret } = await workspace({ "docs/SPEC-COVERAGE.md": TABLE });
    await fs.symlink(secret, path.join(ws, "docs/STATUS.md"));
    const before = await fs.readFile(secret, "utf8");
    const e = await failure(run(ws, { dryRun: false }));
    expect(e.code).toBe("path.symlink");
    expectNoLeak(e);
    expect(await fs.readFile(secret, "utf8")).toBe(before);
    expect((await fs.lstat(path.join(ws, "docs/STATUS.md"))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(path.join(ws, "docs/SPEC-COVERAGE.md"), "utf8")).toBe(TABLE); // nothing half-written
  });

  it("a docs/ folder that is a symlink out of the workspace", async () => {
    const { top, ws } = await workspace();
    await fs.mkdir(path.join(top, "elsewhere"));
    await fs.symlink(path.join(top, "elsewhere"), path.join(ws, "docs"));
    const e = await failure(run(ws));
    expect(e.code).toBe("path.outside-workspace");
    expect(e.message).toContain("goes through the symlink docs, which leads out of the workspace");
    expectNoLeak(e);
  });

  it("a spec that is a symlink, flat or a Spec Kit spec.md, is refused by name", async () => {
    const { ws, secret } = await workspace({ "docs/SPEC-COVERAGE.md": TABLE });
    await fs.symlink(secret, path.join(ws, "specs/002-leak.md"));
    let e = await failure(run(ws));
    expect(e).toMatchObject({ code: "path.symlink", file: "specs/002-leak.md" });
    expect(e.hint).toContain('add "002-leak" to the skip input');
    expectNoLeak(e);
    // skip is the way out for a link someone wants to keep.
    await expect(run(ws, { skip: ["002-leak"] })).resolves.toMatchObject({ changed: true });
    await fs.rm(path.join(ws, "specs/002-leak.md"));
    await fs.mkdir(path.join(ws, "specs/003-kit"));
    await fs.symlink("/proc/self/environ", path.join(ws, "specs/003-kit/spec.md"));
    e = await failure(run(ws));
    expect(e).toMatchObject({ code: "path.symlink", file: "specs/003-kit/spec.md" });
    expectNoLeak(e);
    // A numbered folder that is a link is a spec too: refused.
    await fs.rm(path.join(ws, "specs/003-kit"), { recursive: true });
    await fs.symlink(path.dirname(secret), path.join(ws, "specs/004-linked"));
    expect(await failure(run(ws))).toMatchObject({ code: "path.symlink", file: "specs/004-linked" });
  });

  it("any other symlink in specs/ is skipped with a warning naming it, not a failed run; a linked tasks.md too", async () => {
    const { ws, secret } = await workspace({ "docs/SPEC-COVERAGE.md": TABLE, "specs/002-kit/spec.md": "# Kit\n" });
    await fs.symlink(path.dirname(secret), path.join(ws, "specs/assets"));
    await fs.symlink("/etc/hostname", path.join(ws, "specs/logo.png"));
    await fs.symlink("/proc/self/environ", path.join(ws, "specs/002-kit/tasks.md"));
    const r = await run(ws);
    expect(r.result.specs.map((s) => s.key)).toEqual(["001-a", "002-kit"]);
    expect(r.result.specs[1].tasks).toBeUndefined();
    expect(r.result.warnings.map((w) => [w.code, w.file])).toEqual([
      ["symlink-skipped", "specs/assets"],
      ["symlink-skipped", "specs/002-kit/tasks.md"],
    ]);
    const shown = r.result.warnings.map((w) => w.message).join("\n") + r.diff;
    expect(shown).not.toContain("ghs_SECRETSECRET");
    expect(shown).not.toMatch(/\w+=\S/);
  });

  it("skip adds to the defaults (the constitution stays out), and !name takes a default out", async () => {
    const { ws } = await workspace({ "docs/SPEC-COVERAGE.md": TABLE, "specs/constitution.md": "# Constitution\n", "specs/drafts.md": "# Drafts\n", "specs/README.md": "# Read me\n" });
    const keys = async (skip?: string[]) => (await run(ws, { skip })).result.specs.map((s) => s.key);
    expect(await keys()).toEqual(["001-a", "drafts"]);
    expect(await keys(["drafts"])).toEqual(["001-a"]);
    expect(await keys(["drafts", "!README"])).toEqual(["001-a", "README"]);
  });
});

describe("hostile inputs: every path stays inside the workspace", () => {
  it.each([
    [{ coverageFile: "../../x.md" }, 'coverage-file "../../x.md" is outside the workspace'],
    [{ statusFile: "/etc/passwd" }, 'status-file "/etc/passwd" is outside the workspace'],
    [{ specsDir: "../../../etc" }, 'specs-dir "../../../etc" is outside the workspace'],
    [{ workingDirectory: "../.." }, 'working-directory "../.." is outside the workspace'],
    [{ testResults: ["../../*.xml"] }, 'test-results "../../*.xml" is a glob that reaches out of the repository'],
    [{ testResults: ["/etc/hosts"] }, 'test-results "/etc/hosts" is outside the workspace'],
  ])("%o", async (input, message) => {
    const { ws } = await workspace({ "docs/SPEC-COVERAGE.md": TABLE });
    const e = await failure(run(ws, input));
    expect(e.message).toBe(message);
    expect(e.code).toBe("path.outside-workspace");
  });

  it("a working-directory inside the workspace may name docs beside it, inside the workspace", async () => {
    const { ws } = await workspace({ "docs/SPEC-COVERAGE.md": TABLE, "api/README.md": "x" });
    const r = await run(ws, { workingDirectory: "api", specsDir: "../specs", coverageFile: "../docs/SPEC-COVERAGE.md", statusFile: "../docs/STATUS.md" });
    expect(r.result.addedRows.map((a) => a.key)).toEqual(["001-a"]);
    expect(r.diff).toContain("+| 001 A | ? | ? | ? | Pending |");
  });
});

describe("tables found by their columns", () => {
  it("case, spacing, quotes and Spec'd/Specd do not matter", async () => {
    for (const header of ["| spec | PRESENT | Specd | tested | notes |", "|Spec|Present|Spec’d|Tested|Notes|", "| **Spec** | Present | Spec 'd | Tested | Notes |"]) {
      const { ws } = await workspace({ "docs/SPEC-COVERAGE.md": `${header}\n|---|---|---|---|---|\n| 001 A | ✓ | ✓ | ✓ | |\n` });
      const r = await computeCoverage({ root: ws });
      expect(r.addedRows).toEqual([]);
      expect(r.plan.edits.filter((e) => e.displayPath === "docs/SPEC-COVERAGE.md")).toEqual([]);
    }
  });

  it("a table that is close but not the same is an error at its line, not a second table", async () => {
    for (const header of ["| Spec | Present | Spec'd | Tested |", "| Spec | Present | Spec'd | Tested | Notes | Owner |", "| Specs | Status | Spec'd | Tested | Notes |"]) {
      const doc = `# Coverage\n\nintro\n\n${header}\n|${header.split("|").slice(2).map(() => "---|").join("")}\n| 001 A |${header.split("|").slice(2, -1).map(() => " ✓ |").join("")}\n`;
      const { ws } = await workspace({ "docs/SPEC-COVERAGE.md": doc });
      const e = await failure(computeCoverage({ root: ws }));
      expect(e).toMatchObject({ code: "coverage.similar-table", file: "docs/SPEC-COVERAGE.md", line: 5 });
      expect(e.message).toContain(`its header ${header.replace(/\s*\|\s*/g, " | ").trim()} is not the header | Spec | Present | Spec'd | Tested | Notes |`);
      expect(e.hint).toContain("set the header input to");
    }
    // A table of other columns is someone else's: the coverage table is appended after it.
    const { ws } = await workspace({ "docs/SPEC-COVERAGE.md": "| Spec | Owner |\n|---|---|\n| 001 | ann |\n" });
    expect((await computeCoverage({ root: ws })).addedRows).toHaveLength(1);
  });
});

describe("temp files a killed run left", () => {
  it("are removed by the next real run, only ours and only next to the documents; a dry run removes nothing", async () => {
    const { ws } = await workspace({ "docs/SPEC-COVERAGE.md": TABLE, "docs/STATUS.md": "# S\n", "docs/notes.md": "n" });
    const dead = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
    const leftovers = [tempName("SPEC-COVERAGE.md", dead, "deadbeef"), `.STATUS.md.${dead}.tmp`];
    const others = [tempName("notes.md", dead, "deadbeef"), ".SPEC-COVERAGE.md.swp"];
    for (const f of [...leftovers, ...others]) await fs.writeFile(path.join(ws, "docs", f), "half a file");
    const dry = await run(ws);
    expect(dry.removedTemps).toEqual([]);
    const real = await run(ws, { dryRun: false });
    expect(real.removedTemps.sort()).toEqual(leftovers.map((f) => `docs/${f}`).sort());
    const left = await fs.readdir(path.join(ws, "docs"));
    expect(left.sort()).toEqual(["SPEC-COVERAGE.md", "STATUS.md", "notes.md", ...others].sort());
  });
});

describe("both documents are one plan", () => {
  it("when STATUS.md cannot be written as planned, SPEC-COVERAGE.md is not written either", async () => {
    const { ws } = await workspace({ "docs/SPEC-COVERAGE.md": TABLE, "docs/STATUS.md": "# S\n\n## Specs Pending\n" });
    const r = await computeCoverage({ root: ws });
    expect(r.plan.edits.map((e) => e.displayPath)).toEqual(["docs/SPEC-COVERAGE.md", "docs/STATUS.md"]);
    // Someone changes STATUS.md between the plan and the write.
    await fs.writeFile(path.join(ws, "docs/STATUS.md"), "# S\n\nedited meanwhile\n");
    const { applyPlan } = await import("../fs/plan.js");
    await expect(applyPlan(r.plan)).rejects.toMatchObject({ code: "plan.concurrent-change", file: "docs/STATUS.md" });
    expect(await fs.readFile(path.join(ws, "docs/SPEC-COVERAGE.md"), "utf8")).toBe(TABLE);
    expect((await fs.readdir(path.join(ws, "docs"))).sort()).toEqual(["SPEC-COVERAGE.md", "STATUS.md"]); // no temp file left
  });
});
