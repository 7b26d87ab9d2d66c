import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createRepo, TEST_ENV, type TestRepo } from "../../../../test/harness/repo.js";
import { main } from "../main.js";

/** `specpipe coverage`: the same core run as the action, as a person sees it in a terminal. */
const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|---|---|---|---|---|\n";
const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});
async function repo(files: Record<string, string>): Promise<TestRepo> {
  const r = await createRepo({ files });
  repos.push(r);
  return r;
}
async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd, env: { ...process.env, ...TEST_ENV, CI: "" }, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("specpipe coverage", () => {
  it("says what it left alone: a missing STATUS.md, an ambiguous row, a flat copy of a Spec Kit folder", async () => {
    const r = await repo({
      "specs/048-commit-gate.md": "# Spec: Commit Gate\n",
      "specs/048-release-gate.md": "# Spec: Release Gate\n",
      "specs/007-sync/spec.md": "# Feature Specification: Calendar Sync\n",
      "specs/007-sync.md": "# Calendar Sync (copy)\n",
      "specs/constitution.md": "# Constitution\n",
      "docs/SPEC-COVERAGE.md": `${TABLE}| 048 Gate | ✓ | ✓ | ✓ | |\n`,
    });
    const dry = await cli(r.dir, "coverage", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("+| 007 Calendar Sync | ? | ? | ? | Pending |");
    expect(dry.out).not.toMatch(/^\+\| 048/m); // the ambiguous row's specs get no row
    expect(dry.out).not.toContain("onstitution");
    expect(dry.out).toContain("docs/STATUS.md does not exist; nothing to refresh there");
    expect(dry.err).toContain("specpipe: warning: specs/007-sync.md and specs/007-sync/spec.md are the same spec");
    expect(dry.err).toContain('docs/SPEC-COVERAGE.md:3: row "048 Gate" could stand for 048-commit-gate or 048-release-gate');
    const json = JSON.parse((await cli(r.dir, "coverage", "--dry-run", "--json")).out) as Record<string, unknown>;
    expect(json).toMatchObject({
      statusMissing: true,
      heldSpecs: ["048-commit-gate", "048-release-gate"],
      warnings: [{ code: "duplicate-spec", file: "specs/007-sync.md" }],
      addedRows: [{ key: "007-sync", title: "Calendar Sync" }],
    });
    expect(json.gaps).toContainEqual(
      expect.objectContaining({ kind: "ambiguous-row", line: 3, candidates: ["048-commit-gate", "048-release-gate"] }),
    );
    expect(await r.read("docs/SPEC-COVERAGE.md")).toBe(`${TABLE}| 048 Gate | ✓ | ✓ | ✓ | |\n`);
  });

  it("a path out of --root, or a symlinked document, is one line and exit code 1", async () => {
    const r = await repo({ "specs/001-a.md": "# A\n" });
    const out = await cli(r.dir, "coverage", "--coverage-file", "../../x.md");
    expect(out.code).toBe(1);
    expect(out.err.trim().split("\n")).toHaveLength(1);
    expect(out.err).toContain('coverage-file "../../x.md" is outside the workspace');
    await fs.mkdir(path.join(r.dir, "docs"));
    await fs.symlink("/proc/self/environ", path.join(r.dir, "docs/STATUS.md"));
    const link = await cli(r.dir, "coverage", "--dry-run");
    expect(link.code).toBe(1);
    expect(link.err).toContain('status-file "docs/STATUS.md" is a symlink');
    expect(link.out + link.err).not.toContain(process.env.PATH!);
  });

  it("--mark-tested marks by key and spec id from a real pytest report, and says where the count was written", async () => {
    const r = await repo({
      "specs/017-notifications.md": "# Spec: Notifications\n",
      "specs/200-big.md": "# Spec: Big\n",
      "docs/SPEC-COVERAGE.md": `${TABLE}| 017 Notifications | ✓ | ✓ | ? | |\n| 200 Big | ✓ | ✓ | ? | |\n`,
      "docs/STATUS.md": "# Status\n\n## Test Count\n\nWe have 0 tests.\n",
      "reports/pytest.xml": `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="2"><testcase classname="tests.test_api" name="test_spec_017_sends" time="0.1"/><testcase classname="tests.test_api" name="test_get_returns_200" time="0.1"/></testsuite></testsuites>`,
    });
    const run = await cli(r.dir, "coverage", "--tests-passed", "--mark-tested", "--test-results", "reports/pytest.xml");
    expect(run.code).toBe(0);
    expect(await r.read("docs/SPEC-COVERAGE.md")).toBe(`${TABLE}| 017 Notifications | ✓ | ✓ | ✓ | |\n| 200 Big | ✓ | ✓ | ? | |\n`);
    expect(await r.read("docs/STATUS.md")).toBe("# Status\n\n## Test Count\n\nWe have 2 tests.\n");
  });
});
