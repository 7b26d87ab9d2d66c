import { promises as fs } from "node:fs";
import * as path from "node:path";
import { runProcess } from "@specpipe/core/process";
import { REPO_ROOT } from "./run-action.js";
import { tempDir } from "./repo.js";

/**
 * Real test and coverage reports, produced in the test itself by real tools:
 * - Node's own test runner (`node --test`) writes JUnit XML and lcov (`--experimental-test-coverage`);
 * - vitest writes JUnit XML (`--reporter=junit`).
 * (@vitest/coverage-v8 is not installed here, so vitest's coverage output is not used; Node's lcov
 * reporter is the real lcov source.)
 */
export interface NodeTestReports {
  dir: string;
  junit: string;
  lcov: string;
  exitCode: number | null;
  cleanup: () => Promise<void>;
}

/** A small project: `lib.mjs` with branches, and a test file with passing, failing and skipped tests. */
export async function runNodeTestRunner(options: { failing?: boolean; dir?: string } = {}): Promise<NodeTestReports> {
  const dir = options.dir ?? tempDir("specpipe-nodetest-");
  await fs.writeFile(
    path.join(dir, "lib.mjs"),
    [
      "export function classify(n) {",
      "  if (n < 0) return 'negative';",
      "  if (n === 0) return 'zero';",
      "  return 'positive';",
      "}",
      "export function unused(a) {",
      "  return a ? 1 : 2;",
      "}",
      "",
    ].join("\n"),
  );
  await fs.writeFile(
    path.join(dir, "lib.test.mjs"),
    [
      "import test from 'node:test';",
      "import assert from 'node:assert/strict';",
      "import { classify } from './lib.mjs';",
      "test('classify negative', () => assert.equal(classify(-1), 'negative'));",
      "test('classify <zero> & more', () => assert.equal(classify(0), 'zero'));",
      "test('e2e: mock-up answers', () => assert.equal(classify(5), 'positive'));",
      "test('later', { skip: 'not yet' }, () => {});",
      options.failing ? "test('broken', () => assert.equal(classify(1), 'zero'));" : "",
      "",
    ].join("\n"),
  );
  const r = await runProcess(
    process.execPath,
    [
      "--test",
      "--experimental-test-coverage",
      "--test-reporter=junit",
      "--test-reporter-destination=junit.xml",
      "--test-reporter=lcov",
      "--test-reporter-destination=lcov.info",
      "lib.test.mjs",
    ],
    { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
  );
  return {
    dir,
    junit: path.join(dir, "junit.xml"),
    lcov: path.join(dir, "lcov.info"),
    exitCode: r.code,
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

/**
 * A temporary vitest project holding `files` (relative paths): it resolves vitest from this
 * repository's node_modules and runs the `*.spec.mjs` files.
 */
async function vitestProject(prefix: string, files: Record<string, string>): Promise<string> {
  const dir = tempDir(prefix);
  await fs.symlink(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  await fs.writeFile(path.join(dir, "package.json"), JSON.stringify({ name: "tmp", type: "module", private: true }));
  await fs.writeFile(path.join(dir, "vitest.config.mjs"), "export default { test: { include: ['**/*.spec.mjs'] } };\n");
  for (const [file, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), content);
  }
  return dir;
}

/** `vitest run` in the project, with `args`, as CI runs it. */
function runVitest(dir: string, args: string[]) {
  return runProcess(process.execPath, [path.join(REPO_ROOT, "node_modules/vitest/vitest.mjs"), "run", "--root", dir, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: "true" },
  });
}

/** Runs vitest with its JUnit reporter on a small test file; returns the report's path. */
export async function runVitestJunit(
  options: { failing?: boolean } = {},
): Promise<{ dir: string; junit: string; exitCode: number | null; cleanup: () => Promise<void> }> {
  const dir = await vitestProject("specpipe-vitest-", {
    "e2e/app.spec.mjs": [
      "import { describe, it, expect } from 'vitest';",
      "describe('app', () => {",
      "  it('starts', () => expect(1 + 1).toBe(2));",
      "  it('answers <ping> with pong & more', () => expect('pong').toBe('pong'));",
      "  it.skip('is skipped', () => {});",
      options.failing ? "  it('fails', () => expect(1).toBe(2));" : "",
      "});",
      "",
    ].join("\n"),
    "unit.spec.mjs": "import { it, expect } from 'vitest';\nit('unit', () => expect(true).toBe(true));\n",
  });
  const r = await runVitest(dir, ["--reporter=junit", "--outputFile=reports/junit.xml"]);
  return { dir, junit: path.join(dir, "reports/junit.xml"), exitCode: r.code, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
}

/**
 * Runs vitest with its v8 coverage provider on a small project, writing lcov, Cobertura and
 * istanbul's coverage-summary.json from one run: three real reports of the same coverage.
 */
export async function runVitestCoverage(): Promise<{
  dir: string;
  lcov: string;
  cobertura: string;
  summary: string;
  exitCode: number | null;
  stderr: string;
  cleanup: () => Promise<void>;
}> {
  const dir = await vitestProject("specpipe-vitest-cov-", {
    "src/grade.mjs": [
      "export function grade(n) {",
      "  if (n >= 90) return 'A';",
      "  if (n >= 50) return 'B';",
      "  return 'C';",
      "}",
      "export function unused(a) {",
      "  return a * 2;",
      "}",
      "",
    ].join("\n"),
    "grade.spec.mjs":
      "import { it, expect } from 'vitest';\nimport { grade } from './src/grade.mjs';\nit('grades', () => { expect(grade(95)).toBe('A'); expect(grade(60)).toBe('B'); });\n",
  });
  const r = await runVitest(dir, [
    "--coverage.enabled",
    "--coverage.provider=v8",
    "--coverage.include=src/**",
    "--coverage.reporter=lcov",
    "--coverage.reporter=cobertura",
    "--coverage.reporter=json-summary",
  ]);
  return {
    dir,
    lcov: path.join(dir, "coverage/lcov.info"),
    cobertura: path.join(dir, "coverage/cobertura-coverage.xml"),
    summary: path.join(dir, "coverage/coverage-summary.json"),
    exitCode: r.code,
    stderr: r.stderr.toString(),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
}
