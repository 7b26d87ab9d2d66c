import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectContained, hostileContent, hostilePath, sandbox, type Sandbox } from "../../../test/harness/fuzz.js";
import { createRepo, type TestRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";

// Needs the bundle: npm run build -- --no-check coverage-update
const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|------|---------|--------|--------|-------|\n";
const STATUS =
  "# Status\n\n## Test Count\n\nunknown\n\n## Specs Implemented\n\n- nothing\n\n## Specs Pending Implementation\n\n- nothing\n";
let repo: TestRepo;
let box: Sandbox;
let head: string;
beforeAll(async () => {
  repo = await createRepo({
    files: {
      "specs/001-login.md": "# Login\n\n- [x] works\n",
      "docs/SPEC-COVERAGE.md": `# Coverage\n\n${TABLE}`,
      "docs/STATUS.md": STATUS,
      "reports/junit.xml": '<testsuite tests="1"><testcase classname="specs/001-login" name="works"/></testsuite>',
    },
  });
  head = await repo.git.head();
  box = await sandbox(repo);
});
afterAll(async () => {
  await repo.cleanup();
});

async function reset(): Promise<void> {
  await repo.git.run(["reset", "--quiet", "--hard", head]);
  await repo.git.run(["clean", "-fdq", "--exclude=escape", "--exclude=secret-link.md"]);
}

const modes = fc.constantFrom("update", "validate", "report", "updte");
const files = fc.constantFrom("docs/SPEC-COVERAGE.md", "docs/STATUS.md", "specs/001-login.md", "specs/002-new.md", "reports/junit.xml");

describe("coverage-update, fuzzed", () => {
  it("hostile file contents in every mode: exit 0 or 1, one line, nothing written outside", async () => {
    await fc.assert(
      fc.asyncProperty(modes, files, hostileContent, fc.boolean(), fc.boolean(), async (mode, file, content, dryRun, strict) => {
        await reset();
        await repo.write(file, content);
        const before = await box.snapshot();
        const r = await runAction("coverage-update", {
          cwd: repo.dir,
          inputs: { mode, "dry-run": dryRun, strict, "test-results": "reports/junit.xml", "tests-passed": true },
        });
        await expectContained(r, box, before, JSON.stringify({ mode, file, content: content.toString("latin1").slice(0, 60) }));
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
          specsDir: hostilePath(box),
          coverageFile: hostilePath(box),
          statusFile: hostilePath(box),
          testResults: hostilePath(box),
          workingDirectory: fc.constantFrom(".", "..", "../..", "escape", box.outside),
        }),
        async (v) => {
          await reset();
          const before = await box.snapshot();
          const r = await runAction("coverage-update", {
            cwd: repo.dir,
            inputs: {
              "specs-dir": v.specsDir,
              "coverage-file": v.coverageFile,
              "status-file": v.statusFile,
              "test-results": v.testResults,
              "working-directory": v.workingDirectory,
            },
          });
          await expectContained(r, box, before, JSON.stringify(v));
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
