import { promises as fs } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runNodeTestRunner, runVitestJunit } from "../../../../test/harness/playbook-reports.js";
import { UserError } from "../errors.js";
import { parseJUnit } from "./junit.js";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

/** A real runner's failing run (3 passed, 1 failed, 1 skipped) read back from its JUnit report. */
async function failingRunReport(run: Promise<{ junit: string; exitCode: number | null; cleanup: () => Promise<void> }>) {
  const r = await run;
  cleanups.push(r.cleanup);
  expect(r.exitCode).toBe(1);
  const s = parseJUnit(await fs.readFile(r.junit, "utf8"), "junit.xml");
  expect(s).toMatchObject({ total: 5, passed: 3, failed: 1, skipped: 1 });
  return s;
}

describe("parseJUnit on real reports", () => {
  it("reads Node's test runner JUnit output (pass, skip, fail, escaped names)", async () => {
    const s = await failingRunReport(runNodeTestRunner({ failing: true }));
    expect(s.cases.map((c) => c.name)).toContain("classify <zero> & more");
    expect(s.cases.find((c) => c.name === "broken")?.status).toBe("failed");
    expect(s.cases.find((c) => c.name === "later")?.status).toBe("skipped");
  });

  it("reads vitest's JUnit reporter output", async () => {
    const s = await failingRunReport(runVitestJunit({ failing: true }));
    const starts = s.cases.find((c) => c.name.includes("starts"));
    expect(starts?.classname).toContain("e2e/app.spec.mjs");
    expect(s.cases.some((c) => c.name.includes("answers <ping> with pong & more"))).toBe(true);
  });
});

describe("parseJUnit", () => {
  it("takes file from the test case, else from the enclosing suite", () => {
    const xml = `<?xml version="1.0"?>
<!-- <testcase name="in a comment"/> -->
<testsuites>
  <testsuite name="a" file="a.test.ts">
    <testcase name="x" classname="A"/>
    <testcase name="y" classname="A" file="b.test.ts"><system-out><![CDATA[<testcase name="fake">]]></system-out></testcase>
    <testsuite name="nested"><testcase name="z" classname="N"><error message="boom"/></testcase></testsuite>
  </testsuite>
  <testsuite name="b" tests="0"/>
  <testcase name="top" classname="T"><skipped/><failure>x</failure></testcase>
</testsuites>`;
    const s = parseJUnit(xml, "r.xml");
    expect(s.cases).toEqual([
      { name: "x", classname: "A", file: "a.test.ts", status: "passed" },
      { name: "y", classname: "A", file: "b.test.ts", status: "passed" },
      { name: "z", classname: "N", file: "a.test.ts", status: "failed" },
      { name: "top", classname: "T", status: "failed" },
    ]);
    expect(s).toMatchObject({ total: 4, passed: 2, failed: 2, skipped: 0 });
  });

  it.each([
    ["<testsuites><testcase name='a'></testsuites>", "closes <testcase>", 1],
    ["<testsuites>\n  <testcase name='a'>", "is not closed", 2],
    ["<testsuites>\n<testcase name=a/></testsuites>", "not quoted", 2],
    ["<html><body/></html>", "not a JUnit XML report", undefined],
    ["<testsuites><!-- x", "comment is not closed", 1],
  ])("rejects %j with the place and a fix", (xml, message, line) => {
    let error: unknown;
    try {
      parseJUnit(xml, "bad.xml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const u = error as UserError;
    expect(u.message).toContain(message);
    expect(u.file).toBe("bad.xml");
    expect(u.line).toBe(line);
    expect(u.hint.length).toBeGreaterThan(10);
  });

  it("round-trips any list of test cases (property)", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "<", ">", "&", '"', "'", " ", "é", "\u{1F600}", "]]>", "-->") });
    const tcase = fc.record({ name: text, classname: text, status: fc.constantFrom("passed", "failed", "skipped" as const) });
    const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    fc.assert(
      fc.property(fc.array(tcase, { maxLength: 30 }), fc.boolean(), (cases, wrap) => {
        const body = cases
          .map((c) => {
            const open = `<testcase name="${esc(c.name)}" classname="${esc(c.classname)}"`;
            if (c.status === "passed") return `${open}/>`;
            if (c.status === "skipped") return `${open}>\n<skipped message="${esc(c.name)}"/></testcase>`;
            return `${open}><failure message="m">${esc(c.name)}</failure></testcase>`;
          })
          .join("\n");
        const xml = wrap
          ? `<?xml version="1.0"?>\n<testsuites><testsuite name="s">${body}</testsuite></testsuites>`
          : `<testsuite>${body}</testsuite>`;
        const s = parseJUnit(xml, "p.xml");
        expect(s.cases).toEqual(cases);
        expect(s.total).toBe(cases.length);
        expect(s.passed + s.failed + s.skipped).toBe(s.total);
      }),
    );
  });

  it("reads 10,000 test cases", () => {
    const parts = ["<testsuites>"];
    for (let i = 0; i < 10_000; i++)
      parts.push(`<testcase name="t${i}" classname="c${i % 50}" time="0.001"${i % 1000 === 0 ? "><skipped/></testcase>" : "/>"}`);
    parts.push("</testsuites>");
    const s = parseJUnit(parts.join("\n"), "big.xml");
    expect(s).toMatchObject({ total: 10_000, skipped: 10, passed: 9_990, failed: 0 });
  });
});
