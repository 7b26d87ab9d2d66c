import { spawnSync } from "node:child_process";
import { cpSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { parseJUnit } from "../reports/junit.js";
import { initialBeacon } from "./beacon.js";
import { evaluateCondition } from "./conditions.js";
import { parsePlaybook } from "./load.js";
import { testFileCandidates } from "./test-files.js";

/**
 * pytest's JUnit (the default junit_family, xunit2) names no file: a test is `classname="e2e.test_flow"`
 * (the module) or `"e2e.test_flow.TestCheckout"` (a class in it). `file:` conditions must still find
 * them. The report is pytest's own: made here when pytest is installed, else the one it made for
 * fixtures/pytest-project (committed next to it).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.join(here, "fixtures", "pytest-project");
let root: string;
let report: string;
let live = false;

beforeAll(() => {
  root = tempDir("specpipe-pytest-");
  cpSync(project, root, { recursive: true });
  const r = spawnSync("python3", ["-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml=reports/pytest.xml"], {
    cwd: root,
    encoding: "utf8",
  });
  live = r.status === 1 && /1 failed, 4 passed, 1 skipped/.test(r.stdout);
  if (!live) {
    // No pytest here: the report pytest 9 wrote for the same project.
    cpSync(path.join(here, "fixtures", "pytest-junit.xml"), path.join(root, "reports", "pytest.xml"));
  }
  report = path.join(root, "reports", "pytest.xml");
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function condition(required: { file?: string; name?: string }[]) {
  const pb = await parsePlaybook(
    `version: 1\nname: P\nphases:\n  - id: A\n    name: A\n    steps:\n      - id: A1\n        name: A\n        description: d\n`,
  );
  const ctx = { root, playbook: pb, beacon: initialBeacon(pb, null) };
  return evaluateCondition({ type: "tests", reports: "reports/pytest.xml", min: 1, required }, ctx);
}

describe("pytest's JUnit and file: conditions", () => {
  it("reads pytest's report shape: dotted classnames, no file attribute", async () => {
    const s = parseJUnit(await fs.readFile(report, "utf8"), "reports/pytest.xml");
    expect(s).toMatchObject({ total: 6, passed: 4, failed: 1, skipped: 1 });
    expect(s.cases.map((k) => k.classname)).toContain("e2e.test_flow.TestCheckout");
    expect(s.cases.every((k) => k.file === undefined)).toBe(true);
    expect(live || s.cases.length === 6).toBe(true);
  });

  it("maps module and class classnames to the files they are in", () => {
    expect(testFileCandidates({ classname: "e2e.test_flow" })).toContain("e2e/test_flow.py");
    expect(testFileCandidates({ classname: "e2e.test_flow.TestCheckout" })).toContain("e2e/test_flow.py");
    expect(testFileCandidates({ classname: "src/a.test.ts", file: "src/a.test.ts" })).toEqual(["src/a.test.ts"]);
    expect(testFileCandidates({ classname: "Login works" })).toEqual(["Login works"]);
  });

  it("a file: e2e/** condition is met by the e2e tests; one on the failing module names its failure", async () => {
    const e2e = await condition([{ file: "e2e/**" }]);
    expect(e2e.reason ?? "").not.toContain("no test with");
    // The run has a failing unit test, so the condition as a whole fails, but not for e2e.
    expect(e2e.reason).toContain("1 test failed");
    const one = await condition([{ file: "e2e/test_flow.py", name: "test_pay" }]);
    expect(one.reason).not.toContain("no test with");
    const unit = await condition([{ file: "tests/test_unit.py" }]);
    expect(unit.reason).toContain('of the tests with file "tests/test_unit.py" did not pass (test_later: skipped; test_broken: failed)');
    const none = await condition([{ file: "integration/**" }]);
    expect(none.reason).toContain('no test with file "integration/**" ran');
  });
});
