import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runNodeTestRunner } from "../../../../test/harness/playbook-reports.js";
import { UserError } from "../errors.js";
import { detectCoverageFormat, parseCobertura, parseCoverage, parseIstanbulSummary, parseLcov } from "./coverage.js";
import { parseMutationReport } from "./mutation.js";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const fixture = (name: string) => fs.readFile(path.join(FIXTURES, name), "utf8");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

describe("lcov", () => {
  it("reads the lcov that Node's test runner writes (--experimental-test-coverage)", async () => {
    const r = await runNodeTestRunner();
    cleanups.push(r.cleanup);
    const text = await fs.readFile(r.lcov, "utf8");
    const s = parseCoverage(text, "lcov.info");
    expect(s.format).toBe("lcov");
    // Node 20 also reported the test file; Node 22+ leaves test files out by default. Count the
    // SF: records Node wrote, and require lib.mjs among them.
    const sources = [...text.matchAll(/^SF:(.*)$/gm)].map((m) => m[1]);
    expect(sources.some((f) => f.endsWith("lib.mjs"))).toBe(true);
    expect(s.files).toBe(sources.length);
    // LF/LH as Node wrote them, summed over the records.
    const sum = (tag: string) => [...text.matchAll(new RegExp(`^${tag}:(\\d+)$`, "gm"))].reduce((n, m) => n + Number(m[1]), 0);
    expect(s.lines).toMatchObject({ total: sum("LF"), covered: sum("LH") });
    expect(s.branches).toMatchObject({ total: sum("BRF"), covered: sum("BRH") });
    expect(s.lines.pct!).toBeGreaterThan(50);
    expect(s.lines.pct!).toBeLessThan(100); // unused() is never called
  });

  it("counts DA and BRDA lines when LF/LH and BRF/BRH are missing", () => {
    const s = parseLcov("TN:\nSF:a.js\nDA:1,1\nDA:2,0\nDA:3,5\nBRDA:1,0,0,1\nBRDA:1,0,1,-\nBRDA:2,1,0,0\nend_of_record\n", "x.info");
    expect(s.lines).toEqual({ covered: 2, total: 3, pct: (2 / 3) * 100 });
    expect(s.branches).toEqual({ covered: 1, total: 3, pct: (1 / 3) * 100 });
  });

  it("sums any set of records (property) and keeps CRLF files equal", () => {
    const record = fc.record({
      lines: fc.array(fc.nat(5), { maxLength: 20 }),
      branches: fc.array(fc.option(fc.nat(3), { nil: undefined }), { maxLength: 10 }),
      summary: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 10 }), fc.boolean(), (records, crlf) => {
        let text = "";
        let lf = 0,
          lh = 0,
          brf = 0,
          brh = 0;
        records.forEach((r, i) => {
          text += `TN:\nSF:src/f${i}.js\n`;
          r.lines.forEach((hits, n) => (text += `DA:${n + 1},${hits}\n`));
          r.branches.forEach((taken, n) => (text += `BRDA:${n + 1},0,${n},${taken === undefined ? "-" : taken}\n`));
          const h = r.lines.filter((x) => x > 0).length;
          const bh = r.branches.filter((x) => x !== undefined && x > 0).length;
          if (r.summary) text += `LF:${r.lines.length}\nLH:${h}\nBRF:${r.branches.length}\nBRH:${bh}\n`;
          text += "end_of_record\n";
          lf += r.lines.length;
          lh += h;
          brf += r.branches.length;
          brh += bh;
        });
        const s = parseLcov(crlf ? text.replace(/\n/g, "\r\n") : text, "p.info");
        expect([s.lines.total, s.lines.covered, s.branches.total, s.branches.covered, s.files]).toEqual([lf, lh, brf, brh, records.length]);
        if (lf === 0) expect(s.lines.pct).toBeNull();
      }),
    );
  });

  it.each([
    ["DA:1,1\n", "outside a record"],
    ["SF:a\nDA:1,1\n", "no end_of_record"],
    ["SF:a\nDA:1,x\nend_of_record\n", '"x" is not a count'],
    ["TN:\n", "no SF: records"],
  ])("rejects %j", (text, message) => {
    expect(() => parseLcov(text, "bad.info")).toThrow(message);
  });

  it("reads a 2,000-file report", () => {
    let text = "";
    for (let i = 0; i < 2000; i++) {
      text += `TN:\nSF:src/f${i}.ts\n`;
      for (let l = 1; l <= 50; l++) text += `DA:${l},${(i + l) % 4}\n`;
      text += "LF:50\nLH:" + Array.from({ length: 50 }, (_, l) => (i + l + 1) % 4).filter((h) => h > 0).length + "\nend_of_record\n";
    }
    const s = parseLcov(text, "big.info");
    expect(s.files).toBe(2000);
    expect(s.lines.total).toBe(100_000);
  });
});

describe("Cobertura", () => {
  it("reads the root totals of a Cobertura report", async () => {
    const s = parseCoverage(await fixture("cobertura.xml"), "cobertura.xml");
    expect(s).toEqual({
      format: "cobertura",
      lines: { covered: 8, total: 10, pct: 80 },
      branches: { covered: 3, total: 4, pct: 75 },
      files: 2,
    });
  });

  it("counts class lines (not method lines) when the totals are missing", async () => {
    const text = (await fixture("cobertura.xml")).replace(/<coverage [^>]*>/, '<coverage line-rate="0.8" version="0.1">');
    const s = parseCobertura(text, "cobertura.xml");
    expect(s.lines).toEqual({ covered: 8, total: 10, pct: 80 });
    expect(s.branches).toEqual({ covered: 3, total: 4, pct: 75 });
  });

  it("rejects another XML root and truncated files", async () => {
    expect(() => parseCobertura("<testsuites/>", "c.xml")).toThrow("the root element is <testsuites>");
    const truncated = (await fixture("cobertura.xml")).slice(0, 600);
    expect(() => parseCobertura(truncated, "c.xml")).toThrow(UserError);
  });
});

describe("istanbul coverage-summary.json", () => {
  it("reads total.lines and total.branches", async () => {
    const s = parseIstanbulSummary(await fixture("coverage-summary.json"), "coverage-summary.json");
    expect(s).toEqual({
      format: "istanbul-summary",
      lines: { covered: 171, total: 200, pct: 85.5 },
      branches: { covered: 42, total: 60, pct: 70 },
      files: 2,
    });
    expect(detectCoverageFormat(await fixture("coverage-summary.json"), "x")).toBe("istanbul-summary");
  });

  it("says what to do with coverage-final.json", () => {
    expect(() => parseIstanbulSummary('{"/a.js": {"path": "/a.js", "s": {}}}', "coverage-final.json")).toThrow("json-summary");
    expect(() => detectCoverageFormat("hello", "x.txt")).toThrow("cannot tell which coverage format");
  });
});

describe("Stryker mutation report", () => {
  it("the fixture is valid against mutation-testing-report-schema (ajv)", async () => {
    const { default: Ajv } = await import("ajv");
    const { schema } = await import("mutation-testing-report-schema");
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    const validate = ajv.compile(schema as object);
    const data = JSON.parse(await fixture("stryker-mutation.json"));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    // and the schema does reject what the parser rejects
    data.files["src/io.ts"].mutants[0].status = "Zombie";
    expect(validate(data)).toBe(false);
  });

  it("computes Stryker's mutation score", async () => {
    const s = parseMutationReport(await fixture("stryker-mutation.json"), "mutation.json");
    expect(s.counts).toMatchObject({ Killed: 3, Survived: 1, Timeout: 1, NoCoverage: 1, CompileError: 1, Ignored: 1 });
    expect(s.detected).toBe(4);
    expect(s.valid).toBe(6);
    expect(s.score).toBeCloseTo((4 / 6) * 100, 10);
    expect(s.scoreCovered).toBeCloseTo((4 / 5) * 100, 10);
    expect(s.files).toBe(2);
  });

  it("rejects what is not a mutation report", () => {
    expect(() => parseMutationReport("{}", "m.json")).toThrow("no schemaVersion");
    expect(() => parseMutationReport('{"schemaVersion":"1","files":{"a":{"mutants":[{"status":"Zombie"}]}}}', "m.json")).toThrow(
      'unknown status "Zombie"',
    );
    expect(() => parseMutationReport("nope", "m.json")).toThrow("not JSON");
  });

  it("score is detected / valid for any mix of statuses (property)", () => {
    const status = fc.constantFrom("Killed", "Survived", "NoCoverage", "CompileError", "RuntimeError", "Timeout", "Ignored", "Pending");
    fc.assert(
      fc.property(fc.array(status, { maxLength: 60 }), (statuses) => {
        const report = {
          schemaVersion: "1.0",
          thresholds: { high: 80, low: 60 },
          files: {
            "a.ts": {
              language: "typescript",
              source: "",
              mutants: statuses.map((s, i) => ({
                id: String(i),
                mutatorName: "X",
                location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
                status: s,
              })),
            },
          },
        };
        const r = parseMutationReport(JSON.stringify(report), "m.json");
        const n = (s: string) => statuses.filter((x) => x === s).length;
        const valid = n("Killed") + n("Timeout") + n("Survived") + n("NoCoverage");
        expect(r.score).toBe(valid ? ((n("Killed") + n("Timeout")) / valid) * 100 : null);
        expect(r.total).toBe(statuses.length);
      }),
    );
  });
});
