import { promises as fs } from "node:fs";
import { describe, expect, it } from "vitest";
import { runVitestCoverage } from "../../../../test/harness/playbook-reports.js";
import { parseCoverage } from "./coverage.js";

describe("coverage parsers on vitest's own coverage output (v8 provider)", () => {
  it("lcov, Cobertura and coverage-summary.json of one run give the same line and branch figures", async () => {
    const run = await runVitestCoverage();
    try {
      expect(run.exitCode, run.stderr).toBe(0);
      const lcov = parseCoverage(await fs.readFile(run.lcov, "utf8"), "coverage/lcov.info");
      const cobertura = parseCoverage(await fs.readFile(run.cobertura, "utf8"), "coverage/cobertura-coverage.xml");
      const summary = parseCoverage(await fs.readFile(run.summary, "utf8"), "coverage/coverage-summary.json");
      // src/grade.mjs: the C branch and unused() are never run, so lines are covered partly.
      expect(lcov.lines.total).toBeGreaterThan(0);
      expect(lcov.lines.covered).toBeLessThan(lcov.lines.total);
      expect(lcov.lines.covered).toBeGreaterThan(0);
      for (const other of [cobertura, summary]) {
        expect(other.lines.covered).toBe(lcov.lines.covered);
        expect(other.lines.total).toBe(lcov.lines.total);
      }
      expect(summary.branches?.total).toBe(lcov.branches?.total);
      expect(summary.branches?.covered).toBe(lcov.branches?.covered);
    } finally {
      await run.cleanup();
    }
  });
});
