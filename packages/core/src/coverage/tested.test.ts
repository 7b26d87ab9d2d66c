import fc from "fast-check";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { UserError } from "../errors.js";
import type { Spec } from "./specs.js";
import { indexSpecNames, readTestResults, specsNamedBy } from "./tested.js";
import { normalizeNumber } from "./title.js";
import { tempProjects } from "../../../../test/harness/temp-project.js";

function spec(key: string): Spec {
  const m = /^(\d+)-(.+)$/.exec(key);
  return {
    key,
    number: m?.[1],
    numberKey: m ? normalizeNumber(m[1]) : undefined,
    slug: m ? m[2] : key,
    title: key,
    file: `specs/${key}.md`,
    layout: m ? "flat" : "unnumbered",
    requirements: { done: 0, total: 0 },
    hasPlan: false,
  };
}

const specs = [spec("001-health-check"), spec("017-notifications"), spec("020-pagination"), spec("048-commit-gate"), spec("048-release-notes"), spec("200-big-spec"), spec("user-login")];
const index = indexSpecNames(specs);
const named = (...names: string[]) => {
  const out = new Set<string>();
  for (const n of names) specsNamedBy(n, index, out);
  return [...out].sort();
};

describe("mark-tested names specs by key or id, never by a bare number", () => {
  it.each([
    ["test_get_returns_200", []],
    ["test_list_returns_first_20 items", []],
    ["retries after 1 second", []],
    ["test_001_health_check_returns_ok", ["001-health-check"]],
    ["tests/test_001_health_check.py::test_ok", ["001-health-check"]],
    ["specs/001-health-check.test.ts > GET /health", ["001-health-check"]],
    ["001 Health Check works", ["001-health-check"]],
    ["test_001_health", []], // not the whole key
    ["test_spec_017_notifications_are_sent", ["017-notifications"]],
    ["spec-17: sends mail", ["017-notifications"]],
    ["SPEC017 sends mail", ["017-notifications"]],
    ["Spec 20 paginates", ["020-pagination"]],
    ["test_spec_048_blocks", []], // two specs are numbered 048: the id says neither
    ["test_048_release_notes_render", ["048-release-notes"]],
    ["test_user_login_locks_after_5_tries", ["user-login"]],
    ["test_spec_999_is_nobody", []],
    ["spec200 and 001-health-check", ["001-health-check", "200-big-spec"]],
  ])("%s", (name, expected) => {
    expect(named(name)).toEqual(expected);
  });

  it("property: a name with no spec key and no spec-NNN token names nothing, whatever numbers it holds", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom("test", "get", "returns", "ok", "health", "list", "_", "-", " ", "::")), { maxLength: 12 }), (parts) => {
        const name = parts.join("_");
        fc.pre(!/spec/i.test(name) && !/(^|[^a-z0-9])user[^a-z0-9]+login/i.test(name));
        const hit = named(name);
        for (const k of hit) expect(name.toLowerCase().replace(/[^a-z0-9]+/g, "-")).toContain(k);
      }),
    );
  });
});

describe("readTestResults", () => {
  const { project: repo } = tempProjects("specpipe-tested-");
  const pytest = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="4"><testcase classname="tests.test_001_health_check" name="test_get_returns_200"/><testcase classname="tests.test_api" name="test_spec_017_sends"><failure message="boom"/></testcase><testcase classname="tests.test_api" name="test_spec_020_pages"><skipped/></testcase><testcase classname="tests.test_api" name="test_user_login_ok"/></testsuite></testsuites>`;

  it("counts tests and finds the specs of passing tests only (from names and classnames)", async () => {
    const root = await repo({ "reports/pytest.xml": pytest });
    const r = await readTestResults({ root, globs: ["reports/*.xml"], specs });
    expect(r).toMatchObject({ total: 4, passed: 2, failed: 1, skipped: 1, files: ["reports/pytest.xml"] });
    expect([...r!.tested!].sort()).toEqual(["001-health-check", "user-login"]);
    expect((await readTestResults({ root, globs: ["reports/pytest.xml"] }))?.tested).toBeUndefined();
    expect(await readTestResults({ root, globs: ["nothing/*.xml"], specs })).toBeUndefined();
  });

  it("refuses report paths and globs that leave the workspace, and symlinked reports", async () => {
    const root = await repo({ "ws/reports/a.xml": pytest, "secret.xml": pytest });
    const ws = path.join(root, "ws");
    await fs.symlink(path.join(root, "secret.xml"), path.join(ws, "reports/b.xml"));
    await fs.symlink("/proc/self/environ", path.join(ws, "reports/c.xml"));
    await expect(readTestResults({ root: ws, globs: ["../secret.xml"], specs })).rejects.toMatchObject({ code: "path.outside-workspace" });
    await expect(readTestResults({ root: ws, globs: ["../*.xml"], specs })).rejects.toMatchObject({ code: "path.outside-workspace" });
    await expect(readTestResults({ root: ws, globs: [path.join(root, "*.xml")], specs })).rejects.toMatchObject({ code: "path.outside-workspace" });
    await expect(readTestResults({ root: ws, globs: ["reports/b.xml"], specs })).rejects.toMatchObject({ code: "path.symlink" });
    await expect(readTestResults({ root: ws, globs: ["reports/c.xml"], specs })).rejects.toThrow('test-results "reports/c.xml" is a symlink');
    // A glob that matches a symlink names it in an error (it was skipped silently: a wrong count, no word said).
    for (const glob of ["reports/*.xml", "**/*.xml", "reports/{b,a}.xml"]) {
      const e = await readTestResults({ root: ws, globs: [glob], specs }).catch((x: UserError) => x);
      expect(e).toMatchObject({ code: "path.symlink", file: "reports/b.xml" });
      expect((e as UserError).message).toBe("test-results: reports/b.xml is a symlink; specpipe does not follow symlinks for the files it reads");
    }
    // One that matches none is read as before; a symlinked folder before the wildcard is refused too.
    expect((await readTestResults({ root: ws, globs: ["reports/a*.xml", "!reports/b.xml", "!reports/c.xml"], specs }))?.files).toEqual(["reports/a.xml"]);
    expect((await readTestResults({ root: ws, globs: ["reports/*.xml", "!reports/[bc].xml"], specs }))?.files).toEqual(["reports/a.xml"]);
    await fs.symlink("reports", path.join(ws, "linked"));
    await expect(readTestResults({ root: ws, globs: ["linked/*.xml"], specs })).rejects.toMatchObject({ code: "path.symlink", file: "linked" });
    await fs.rm(path.join(ws, "linked"));
    // A working-directory below the workspace may name a report beside it, inside the workspace.
    await fs.mkdir(path.join(ws, "api"));
    await fs.rm(path.join(ws, "reports/b.xml"));
    await fs.rm(path.join(ws, "reports/c.xml"));
    expect((await readTestResults({ root: path.join(ws, "api"), workspace: ws, globs: ["../reports/a.xml"], specs }))?.files).toEqual(["../reports/a.xml"]);
  });
});
