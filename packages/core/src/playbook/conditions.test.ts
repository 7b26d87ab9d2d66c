import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { initialBeacon, sealBeacon, type Beacon } from "./beacon.js";
import { isUserError, type UserError } from "../errors.js";
import { evaluateCondition, type EvalContext } from "./conditions.js";
import { parsePlaybook } from "./load.js";
import type { Condition } from "./schema.js";
import { tempProjects } from "../../../../test/harness/temp-project.js";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../reports/fixtures");
const folders = tempProjects("specpipe-cond-");

async function ctx(files: Record<string, string> = {}, values: Record<string, number> = {}): Promise<EvalContext> {
  const root = await folders.project(files);
  const pb = await parsePlaybook(
    "version: 1\nname: T\nphases:\n  - id: A\n    name: A\n    steps:\n      - id: A1\n        name: one\n        description: d\n      - id: A2\n        name: two\n        description: d\n",
  );
  let beacon: Beacon = initialBeacon(pb, null);
  if (Object.keys(values).length) {
    const { digest: _d, ...body } = beacon;
    beacon = sealBeacon({
      ...body,
      step: "A2",
      history: [{ from: "A1", to: "A2", at: "t", commit: "c", iteration: 1, playbook: pb.hash, values }],
    });
  }
  return { root, playbook: pb, beacon };
}

const cond = (c: Record<string, unknown>) => c as unknown as Condition;

describe("exit conditions", () => {
  it("coverage: thresholds and no-drop against the value recorded at the last advance", async () => {
    const lcov = "TN:\nSF:a.ts\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,0\nBRDA:1,0,0,1\nBRDA:1,0,1,0\nend_of_record\n";
    const c = await ctx({ "coverage/lcov.info": lcov }, { "coverage.lines": 80, "coverage.branches": 40 });
    const r = await evaluateCondition(cond({ type: "coverage", report: "coverage/*.info", lines: 70, branches: 50, "no-drop": true }), c);
    expect(r).toMatchObject({
      pass: false,
      value: "lines 75.00% (3/4), branches 50.00% (1/2)",
      threshold: "lines ≥ 70%, branches ≥ 50%, no drop (was lines 80%, branches 40%)",
      evidence: ["coverage/lcov.info"],
      metrics: { "coverage.lines": 75, "coverage.branches": 50 },
    });
    expect(r.reason).toBe(
      "line coverage dropped from 80.00% at the last advance to 75.00%. Fix: add tests for the code that lost coverage",
    );
    const ok = await evaluateCondition(cond({ type: "coverage", report: "coverage/lcov.info", lines: 75, "no-drop": false }), c);
    expect(ok.pass).toBe(true);
    const fixture = await ctx({ "cov.xml": await fs.readFile(path.join(FIXTURES, "cobertura.xml"), "utf8") });
    expect(await evaluateCondition(cond({ type: "coverage", report: "cov.xml", lines: 80, branches: 75 }), fixture)).toMatchObject({
      pass: true,
    });
    expect(await evaluateCondition(cond({ type: "coverage", report: "missing.info", lines: 1 }), fixture)).toMatchObject({
      pass: false,
      value: "no report",
    });
  });

  it("mutation: score and no-drop", async () => {
    const c = await ctx(
      { "reports/mutation/mutation.json": await fs.readFile(path.join(FIXTURES, "stryker-mutation.json"), "utf8") },
      { "mutation.score": 70 },
    );
    const r = await evaluateCondition(cond({ type: "mutation", report: "reports/mutation/mutation.json", score: 60, "no-drop": true }), c);
    expect(r).toMatchObject({
      pass: false,
      value: "66.67% (4 of 6 detected, 1 survived, 1 no coverage)",
      metrics: { "mutation.score": 66.67 },
    });
    expect(r.reason).toContain("the mutation score dropped from 70.00%");
    expect(
      await evaluateCondition(cond({ type: "mutation", report: "reports/mutation/mutation.json", score: 66, "no-drop": false }), c),
    ).toMatchObject({ pass: true });
    const corrupt = await ctx({ "m.json": "{ nope" });
    const bad = await evaluateCondition(cond({ type: "mutation", report: "m.json", score: 1, "no-drop": false }), corrupt);
    expect(bad).toMatchObject({ pass: false, value: "unreadable" });
    expect(bad.reason).toMatch(/^m\.json: m\.json is not a Stryker mutation report: not JSON/);
  });

  it("tests: failures, min and required patterns", async () => {
    const xml = `<testsuites><testsuite name="s" file="e2e/app.spec.ts"><testcase name="e2e: starts" classname="app"/><testcase name="later" classname="app"><skipped/></testcase></testsuite><testcase name="unit" classname="u" file="src/u.test.ts"><failure/></testcase></testsuites>`;
    const c = await ctx({ "reports/junit/a.xml": xml });
    const r = await evaluateCondition(
      cond({ type: "tests", reports: ["reports/junit/*.xml"], min: 3, required: [{ file: "e2e/**" }, { name: "*smoke*" }] }),
      c,
    );
    expect(r).toMatchObject({ pass: false, value: "1 passed, 1 failed, 1 skipped", metrics: { "tests.passed": 1, "tests.total": 3 } });
    expect(r.reason).toContain("1 test failed");
    expect(r.reason).toContain("1 passed, fewer than the 3 required");
    expect(r.reason).toContain('1 of the tests with file "e2e/**" did not pass (later: skipped)');
    expect(r.reason).toContain('no test with name "*smoke*" ran');
  });

  it("files: globs, missing and empty files", async () => {
    const c = await ctx({ "docs/spec.md": "# Spec\n", "e2e/a.spec.ts": "x", "empty.md": " \n\t\n" });
    expect(await evaluateCondition(cond({ type: "files", paths: ["docs/spec.md", "e2e/**"], "non-empty": true }), c)).toMatchObject({
      pass: true,
      evidence: ["docs/spec.md", "e2e/a.spec.ts"],
      value: "2 of 2 present (2 files)",
    });
    const r = await evaluateCondition(cond({ type: "files", paths: ["empty.md", "nope/**", "missing.md"], "non-empty": true }), c);
    expect(r).toMatchObject({ pass: false, value: "1 of 3 present (1 file), 1 empty" });
    expect(r.reason).toBe("missing: nope/**, missing.md. Fix: create them; empty: empty.md. Fix: write the content");
    expect(await evaluateCondition(cond({ type: "files", paths: ["empty.md"], "non-empty": false }), c)).toMatchObject({ pass: true });
  });

  it("command: exit code, timeout, a program that does not exist (never a shell)", async () => {
    const c = await ctx();
    expect(
      await evaluateCondition(cond({ type: "command", run: [process.execPath, "-e", "process.exit(0)"], timeout: 30 }), c),
    ).toMatchObject({ pass: true, value: "exit 0" });
    const failing = await evaluateCondition(
      cond({ type: "command", run: [process.execPath, "-e", "console.error('broken; $(whoami)'); process.exit(3)"], timeout: 30 }),
      c,
    );
    expect(failing).toMatchObject({ pass: false, value: "exit 3" });
    expect(failing.reason).toContain("broken; $(whoami)");
    const slow = await evaluateCondition(
      cond({ type: "command", run: [process.execPath, "-e", "setTimeout(() => {}, 60000)"], timeout: 0.3 }),
      c,
    );
    expect(slow).toMatchObject({ pass: false, value: "timed out" });
    expect(await evaluateCondition(cond({ type: "command", run: ["specpipe-no-such-program"], timeout: 5 }), c)).toMatchObject({
      pass: false,
      value: "did not start",
    });
  });

  it("spec-hash: equal to the beacon's, else an amendment is pending", async () => {
    const c = await ctx({ "docs/spec.md": "# Spec\n" });
    const { computeSpecHash } = await import("../spec/hash.js");
    const h = await computeSpecHash({ root: c.root });
    const { digest: _d, ...body } = c.beacon;
    const same = { ...c, beacon: sealBeacon({ ...body, specHash: h.full }) };
    expect(await evaluateCondition(cond({ type: "spec-hash" }), same)).toMatchObject({
      pass: true,
      value: h.short,
      evidence: ["docs/spec.md"],
    });
    await fs.writeFile(path.join(c.root, "docs/spec.md"), "# Spec, amended\n");
    const r = await evaluateCondition(cond({ type: "spec-hash" }), same);
    expect(r).toMatchObject({ pass: false, threshold: h.short });
    expect(r.reason).toContain("an amendment is pending");
  });

  it("checks: without the API it fails and says what is missing", async () => {
    const c = await ctx();
    const r = await evaluateCondition(cond({ type: "checks", ignore: [] }), { ...c, sha: "abc" });
    expect(r).toMatchObject({ pass: false, value: "not asked" });
  });
});

describe("hostile report paths and files are one clear UserError, never read", () => {
  it("a path out of the workspace, a symlink to /etc/passwd and a JUnit file that is not UTF-8 are refused", async () => {
    // A vitest JUnit report, as the demo repository's pipeline writes it.
    const junit = await fs.readFile(
      path.join(path.dirname(fileURLToPath(import.meta.url)), "../../../../examples/demo-repo/reports/junit.xml"),
    );
    const c = await ctx({ "reports/ok.xml": junit.toString("utf8") });
    const tests = (reports: string) => cond({ type: "tests", reports, min: 1, required: [] });
    const files = (p: string) => cond({ type: "files", paths: [p] });
    const fail = async (x: Condition) => {
      const e = await evaluateCondition(x, c).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(isUserError(e), String(e)).toBe(true);
      expect((e as UserError).format()).not.toContain("\n");
      return (e as UserError).format();
    };
    expect(await fail(tests("../outside.xml"))).toContain(
      `the tests condition's path (playbook.yml) "../outside.xml" is outside the workspace`,
    );
    expect(await fail(files("/etc/passwd"))).toContain(`"/etc/passwd" is outside the workspace`);
    expect(await fail(tests("../**/*.xml"))).toContain("is outside the workspace");
    await fs.symlink("/etc/passwd", path.join(c.root, "reports/passwd.xml"));
    expect(await fail(tests("reports/passwd.xml"))).toContain(`"reports/passwd.xml" is a symlink`);
    // A glob does not see the link: the real report alone is read and cited.
    expect(await evaluateCondition(tests("reports/*.xml"), c)).toMatchObject({ pass: true, evidence: ["reports/ok.xml"] });
    expect(await fail(files("reports/passwd.xml"))).toContain("is a symlink");
    await fs.rm(path.join(c.root, "reports/passwd.xml"));
    const bad = Buffer.concat([junit.subarray(0, 20), Buffer.from([0xff, 0xfe]), junit.subarray(20)]);
    await fs.writeFile(path.join(c.root, "reports/bad.xml"), bad);
    expect(await fail(tests("reports/bad.xml"))).toMatch(/^reports\/bad\.xml:1: reports\/bad\.xml is not valid UTF-8 \(byte 20, line 1\)/);
    // The same report, readable, still counts.
    expect((await evaluateCondition(tests("reports/ok.xml"), c)).pass).toBe(true);
  });
});
