import fc from "fast-check";
import { describe, it } from "vitest";
import { fuzzWorkspace, hostileContent, hostilePath } from "../../../test/harness/fuzz.js";
import { createRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";

// Needs the bundle: npm run build -- --no-check coverage-update
const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|------|---------|--------|--------|-------|\n";
const STATUS =
  "# Status\n\n## Test Count\n\nunknown\n\n## Specs Implemented\n\n- nothing\n\n## Specs Pending Implementation\n\n- nothing\n";
const ws = fuzzWorkspace(() =>
  createRepo({
    files: {
      "specs/001-login.md": "# Login\n\n- [x] works\n",
      "docs/SPEC-COVERAGE.md": `# Coverage\n\n${TABLE}`,
      "docs/STATUS.md": STATUS,
      "reports/junit.xml": '<testsuite tests="1"><testcase classname="specs/001-login" name="works"/></testsuite>',
    },
  }),
);

const modes = fc.constantFrom("update", "validate", "report", "updte");
const files = fc.constantFrom("docs/SPEC-COVERAGE.md", "docs/STATUS.md", "specs/001-login.md", "specs/002-new.md", "reports/junit.xml");

describe("coverage-update, fuzzed", () => {
  it("hostile file contents in every mode: exit 0 or 1, one line, nothing written outside", async () => {
    await fc.assert(
      fc.asyncProperty(modes, files, hostileContent, fc.boolean(), fc.boolean(), async (mode, file, content, dryRun, strict) => {
        await ws.contained(
          JSON.stringify({ mode, file, content: content.toString("latin1").slice(0, 60) }),
          () =>
            runAction("coverage-update", {
              cwd: ws.repo.dir,
              inputs: { mode, "dry-run": dryRun, strict, "test-results": "reports/junit.xml", "tests-passed": true },
            }),
          { [file]: content },
        );
      }),
      { numRuns: 25 },
    );
  }, 240_000);

  // The path inputs (specs-dir, coverage-file, status-file, test-results, working-directory) go
  // through the one guard (fs/guard.ts).
  it("hostile path inputs: exit 0 or 1, one line, nothing read or written outside the workspace", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          specsDir: hostilePath(ws.box),
          coverageFile: hostilePath(ws.box),
          statusFile: hostilePath(ws.box),
          testResults: hostilePath(ws.box),
          workingDirectory: fc.constantFrom(".", "..", "../..", "escape", ws.box.outside),
        }),
        async (v) => {
          await ws.contained(JSON.stringify(v), () =>
            runAction("coverage-update", {
              cwd: ws.repo.dir,
              inputs: {
                "specs-dir": v.specsDir,
                "coverage-file": v.coverageFile,
                "status-file": v.statusFile,
                "test-results": v.testResults,
                "working-directory": v.workingDirectory,
              },
            }),
          );
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
