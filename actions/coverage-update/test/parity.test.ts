import { afterEach, describe, expect, it } from "vitest";
import { createRepo, type TestRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";
import { inputsAsFlags, runCli } from "../../../test/harness/run-cli.js";

/**
 * Parity: the bundled action and the bundled `specpipe coverage` get the same inputs (an input
 * `x` is the flag `--x`) over copies of the same repository and must write the same documents,
 * report the same outputs (`--json`) and render the same job summary (`--markdown`): both go
 * through core/coverage/options.ts and core/coverage/summary.ts.
 *
 * Build first: node scripts/build.mjs --no-check coverage-update cli
 */
const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|------|---------|--------|--------|-------|\n";
const FILES: Record<string, string> = {
  // A Spec Kit feature folder, a flat spec, and one the table does not have yet.
  "specs/001-health-check/spec.md": "# Feature Specification: Health Check\n\n**Feature Branch**: `001-health-check`\n",
  "specs/002-login.md": "# Spec 002: Login\n",
  "specs/003-export/spec.md": "# Feature Specification: CSV Export\n",
  "docs/SPEC-COVERAGE.md": `# Spec coverage\n\n${TABLE}| 001 Health Check | ✓ | ✓ | ? | |\n| 002 Login | ✓ | ✓ | ✅ Done | hand-written |\n`,
  "docs/STATUS.md": "# Status\n\n## Test Count\n\nWe have 1 tests.\n\n## Implemented\n\n- nothing yet\n\n## Pending\n\n- everything\n",
  "src/health.ts": "export const ok = true;\n",
  // pytest's JUnit report (pytest --junitxml), one test naming spec 001.
  "reports/pytest.xml":
    '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="3" time="0.05">' +
    '<testcase classname="tests.test_health" name="test_001_health_check_returns_ok" time="0.01"/>' +
    '<testcase classname="tests.test_login" name="test_login_form" time="0.01"/>' +
    '<testcase classname="tests.test_misc" name="test_get_returns_200" time="0.01"/></testsuite></testsuites>\n',
};

const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});
async function copy(): Promise<TestRepo> {
  const r = await createRepo({ files: FILES });
  repos.push(r);
  return r;
}

interface CliJson {
  changed: boolean;
  addedRows: unknown[];
  specsImplemented: number;
  specsPending: number;
  testCount: { total: number } | null;
  diff: string;
  gaps: unknown[];
}

describe("coverage-update and `specpipe coverage` agree", () => {
  it.each([
    ["an update that marks tested from a pytest report", { "tests-passed": true, "mark-tested": true, "test-results": "reports/*.xml" }],
    ["a dry run", { "dry-run": true, "tests-passed": true, "test-results": "reports/pytest.xml" }],
    ["validate", { mode: "validate" }],
    ["report, with other STATUS.md headings", { mode: "report", "implemented-section": "Done", skip: "002-*" }],
  ] as const)("on %s", async (_, inputs) => {
    const [forAction, forJson, forMarkdown] = await Promise.all([copy(), copy(), copy()]);
    const action = await runAction("coverage-update", { cwd: forAction.dir, inputs });
    const json = await runCli(["coverage", ...inputsAsFlags(inputs), "--json"], { cwd: forJson.dir });
    const markdown = await runCli(["coverage", ...inputsAsFlags(inputs), "--markdown"], { cwd: forMarkdown.dir });

    expect(json.stderr).toBe("");
    expect(json.code, json.stdout).toBe(action.exitCode);
    expect(markdown.code).toBe(action.exitCode);
    const report = JSON.parse(json.stdout) as CliJson;
    expect(action.outputs).toMatchObject({
      changed: String(report.changed),
      "specs-implemented": String(report.specsImplemented),
      "specs-pending": String(report.specsPending),
      "test-count": report.testCount ? String(report.testCount.total) : "",
      diff: report.diff,
    });
    expect(JSON.parse(action.outputs["added-rows"])).toEqual(report.addedRows);
    expect(JSON.parse(action.outputs.gaps)).toEqual(report.gaps);
    // Something happened, so the comparison is not of two empty results.
    expect(report.addedRows.length + report.gaps.length).toBeGreaterThan(0);
    expect(markdown.stdout.trim()).toBe(action.summary.trim());
    for (const file of ["docs/SPEC-COVERAGE.md", "docs/STATUS.md"]) {
      const written = await forAction.read(file);
      expect(await forJson.read(file)).toBe(written);
      expect(await forMarkdown.read(file)).toBe(written);
    }
  });

  it("refuses a bad input in the same words, naming the input or the flag", async () => {
    const [forAction, forCli] = await Promise.all([copy(), copy()]);
    const action = await runAction("coverage-update", { cwd: forAction.dir, inputs: { "test-count": "-3" } });
    const cli = await runCli(["coverage", "--test-count=-3"], { cwd: forCli.dir });
    const words = 'must be a whole number from 0 to 9007199254740991, got "-3"';
    expect(action.exitCode).toBe(1);
    expect(action.stdout).toContain(`input "test-count" ${words}`);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`coverage: --test-count ${words}`);
  });
});
