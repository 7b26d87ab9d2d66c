import { UserError } from "../errors.js";
import { scanXml } from "./xml.js";

/**
 * JUnit XML, as written by vitest (`--reporter=junit`), Node's test runner
 * (`--test-reporter=junit`), jest-junit, pytest (`--junitxml`), Maven Surefire and others.
 *
 * What counts: every `<testcase>`, wherever it is nested (`<testsuites>` / `<testsuite>`, nested
 * suites). A test case is
 * - "failed" when it has a `<failure>` or `<error>` child,
 * - "skipped" when it has a `<skipped>` child (and no failure),
 * - "passed" otherwise.
 * The suite-level counters (`tests=`, `failures=`) are not trusted: tools disagree on them, and
 * the test cases themselves are the evidence.
 *
 * `file` is the test case's `file` attribute, else the nearest enclosing `<testsuite file=...>`.
 */
export type TestCaseStatus = "passed" | "failed" | "skipped";

export interface TestCase {
  name: string;
  classname: string;
  file?: string;
  status: TestCaseStatus;
}

export interface JUnitSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  cases: TestCase[];
}

/** Parse one JUnit XML document. `file` names it in errors. Throws UserError when malformed. */
export function parseJUnit(xml: string, file: string): JUnitSummary {
  const cases: TestCase[] = [];
  const suiteFiles: (string | undefined)[] = [];
  let current: TestCase | undefined;
  let depthInCase = 0;
  let sawRoot = false;
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  scanXml(xml, file, {
    open(name, attrs) {
      if (current) {
        depthInCase++;
        if (name === "failure" || name === "error") current.status = "failed";
        else if (name === "skipped" && current.status !== "failed") current.status = "skipped";
        return;
      }
      if (name === "testsuite" || name === "testsuites") {
        sawRoot = true;
        if (name === "testsuite") {
          // scanXml calls close() for a self-closing tag too, which pops this again.
          const inherited = suiteFiles.length ? suiteFiles[suiteFiles.length - 1] : undefined;
          suiteFiles.push(attrs.file ?? inherited);
        }
        return;
      }
      if (name === "testcase") {
        sawRoot = true;
        const inherited = suiteFiles.length ? suiteFiles[suiteFiles.length - 1] : undefined;
        const tc: TestCase = { name: attrs.name ?? "", classname: attrs.classname ?? "", status: "passed" };
        const f = attrs.file ?? inherited;
        if (f !== undefined) tc.file = f;
        cases.push(tc);
        // A self-closing <testcase/> gets its close() at once, which ends it again.
        current = tc;
        depthInCase = 0;
      }
    },
    close(name) {
      if (current) {
        if (depthInCase === 0 && name === "testcase") current = undefined;
        else depthInCase--;
        return;
      }
      if (name === "testsuite") suiteFiles.pop();
    },
  });
  if (!sawRoot) {
    throw new UserError(`${file} is not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)`, {
      file,
      hint: "point the tests condition at the JUnit XML your test runner writes, e.g. vitest --reporter=junit --outputFile=reports/junit.xml",
      code: "junit.not-junit",
    });
  }
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const c of cases) {
    if (c.status === "passed") passed++;
    else if (c.status === "failed") failed++;
    else skipped++;
  }
  return { total: cases.length, passed, failed, skipped, cases };
}
