import { spawnSync } from "node:child_process";
import { promises as fs, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeStaleTemps, tempName, writeFileAtomic, writeTemp } from "./atomic.js";

const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "specpipe-atomic-")));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** The pid of a process that has exited: what a killed run leaves in its temp file's name. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

describe("removeStaleTemps", () => {
  it("removes only our own temp files of this file whose writer is gone (or that are old)", async () => {
    const target = path.join(dir, "SPEC-COVERAGE.md");
    await fs.writeFile(target, "kept\n");
    const dead = deadPid();
    const leftovers = [tempName("SPEC-COVERAGE.md", dead, "0badc0de"), `.SPEC-COVERAGE.md.${dead}.tmp`];
    const kept = [
      // A live writer (this process's parent: the test runner) that is still young.
      tempName("SPEC-COVERAGE.md", process.ppid, "12345678"),
      // Not our pattern, or another file's temp files.
      ".SPEC-COVERAGE.md.bak",
      `.SPEC-COVERAGE.md.${dead}.notes.tmp`,
      tempName("STATUS.md", dead, "0badc0de"),
      "SPEC-COVERAGE.md.1.tmp",
    ];
    for (const f of [...leftovers, ...kept]) await fs.writeFile(path.join(dir, f), "x");
    // A symlink named like a temp file is not ours to remove.
    const link = tempName("SPEC-COVERAGE.md", dead, "aaaaaaaa");
    await fs.symlink(target, path.join(dir, link));
    // An old temp file of a live pid: left over from a run whose pid was reused.
    const old = tempName("SPEC-COVERAGE.md", process.ppid, "bbbbbbbb");
    await fs.writeFile(path.join(dir, old), "x");
    const hourAgo = new Date(Date.now() - 3600_000);
    await fs.utimes(path.join(dir, old), hourAgo, hourAgo);

    const removed = await removeStaleTemps(target);
    expect(removed.sort()).toEqual([...leftovers, old].sort());
    const now = await fs.readdir(dir);
    for (const f of [...kept, link, "SPEC-COVERAGE.md"]) expect(now).toContain(f);
    for (const f of [...leftovers, old]) expect(now).not.toContain(f);
    expect(await fs.readFile(target, "utf8")).toBe("kept\n");
    expect(await removeStaleTemps(target)).toEqual([]);
  });

  it("is a no-op for a folder that does not exist", async () => {
    expect(await removeStaleTemps(path.join(dir, "missing", "x.md"))).toEqual([]);
  });

  it("an atomic write leaves no temp file; writeTemp names its file by the pattern", async () => {
    const target = path.join(dir, "w", "STATUS.md");
    await writeFileAtomic(target, "a");
    const tmp = await writeTemp(target, "b");
    expect(path.basename(tmp)).toMatch(new RegExp(`^\\.STATUS\\.md\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`));
    expect(await removeStaleTemps(target)).toEqual([]); // our own pid: not stale
    await fs.rm(tmp);
    expect(await fs.readdir(path.dirname(target))).toEqual(["STATUS.md"]);
  });
});
