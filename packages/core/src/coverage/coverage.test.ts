import { applyPatch } from "diff";
import fc from "fast-check";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { UserError } from "../errors.js";
import { applyPlan } from "../fs/plan.js";
import * as splice from "../text/splice.js";
import { plainText, scanBlocks } from "../markdown/blocks.js";
import { cleanTitle, discoverSpecs, readSpecText, readTasks, titleCase } from "./specs.js";
import { planStatus } from "./status.js";
import { assignRows } from "./match.js";
import { spliceDiff } from "./splice-diff.js";
import type { Spec } from "./specs.js";
import { computeCoverage, decideWrite } from "./update.js";
import { tempProjects } from "../../../../test/harness/temp-project.js";

const { project } = tempProjects("specpipe-cov-");

const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|------|---------|--------|--------|-------|\n";

describe("spec discovery", () => {
  it("finds flat, Spec Kit and unnumbered specs; keys are whole names; skip matches whole names", async () => {
    const root = await project({
      "specs/027-fully-automated-pipeline.md": "# Spec: Fully Automated Pipeline\n\n- [x] one\n- [ ] two\n",
      "specs/027-other-thing.md": "No heading here\n",
      "specs/003-auth/spec.md": "# Feature Specification: User Login\n\n```\n# not the title\n- [x] not a requirement\n```\n- [X] r1\n",
      "specs/003-auth/plan.md": "plan",
      "specs/003-auth/tasks.md": "- [x] T001 [P] [US1] a\n- [ ] T002 [US1] b\n- [X] T003 [US2] c\n- [ ] not a task\n",
      "specs/glossary.md": "Glossary\n========\n",
      "specs/TEMPLATE.md": "# Template",
      "specs/INDEX.md": "# Index",
      "specs/027-index-pages.md": "# Index pages",
      "specs/004-empty-folder/notes.txt": "x",
    });
    const { specs } = await discoverSpecs({ root, specsDir: "specs" });
    expect(specs.map((s) => s.key)).toEqual(["003-auth", "027-fully-automated-pipeline", "027-index-pages", "027-other-thing", "glossary"]);
    const byKey = Object.fromEntries(specs.map((s) => [s.key, s]));
    expect(byKey["027-fully-automated-pipeline"].title).toBe("Fully Automated Pipeline");
    expect(byKey["027-fully-automated-pipeline"].requirements).toEqual({ done: 1, total: 2 });
    expect(byKey["027-other-thing"].title).toBe("Other Thing");
    expect(byKey["003-auth"].title).toBe("User Login");
    expect(byKey["003-auth"].layout).toBe("speckit");
    expect(byKey["003-auth"].requirements).toEqual({ done: 1, total: 1 });
    expect(byKey["003-auth"].hasPlan).toBe(true);
    expect(byKey["003-auth"].tasks).toEqual({ done: 2, total: 3, byStory: { US1: { done: 1, total: 2 }, US2: { done: 1, total: 1 } } });
    expect(byKey["glossary"].title).toBe("Glossary");
    expect(byKey["glossary"].number).toBeUndefined();
  });

  it("names the missing folder and the fix", async () => {
    const root = await project({});
    await expect(discoverSpecs({ root, specsDir: "specs" })).rejects.toMatchObject({ name: "UserError", file: "specs", hint: expect.stringContaining("specs-dir") });
  });

  it("titles: prefixes removed, otherwise the whole name in title case", () => {
    expect(cleanTitle("Spec: Auto-Update Framework", "x")).toBe("Auto-Update Framework");
    expect(cleanTitle("Feature Specification: Spec Kit Automation", "x")).toBe("Spec Kit Automation");
    expect(cleanTitle(undefined, "fully-automated-self-updating-pipeline")).toBe("Fully Automated Self Updating Pipeline");
    expect(titleCase("a_b-c")).toBe("A B C");
    expect(readSpecText("\uFEFF# Ünïcödé Tïtle\r\n- [x] a\r\n").h1).toBe("Ünïcödé Tïtle");
    expect(readTasks("- [ ] T1 x").total).toBe(1);
  });
});

describe("row matching", () => {
  const spec: Spec = { key: "027-fully-automated-pipeline", number: "027", numberKey: "27", slug: "fully-automated-pipeline", title: "Fully Automated Pipeline", file: "", layout: "flat", requirements: { done: 0, total: 0 }, hasPlan: false };
  const other: Spec = { ...spec, key: "028-other", number: "028", numberKey: "28", slug: "other", title: "Other" };
  const match = (label: string) => {
    const m = assignRows([{ label, plain: plainText(label), line: 3 }], [spec, other]).rows[0];
    return m.kind === "matched" ? m.spec.key : m.kind;
  };
  it("matches by key anywhere in the cell, by title, or by a number no other spec has", () => {
    expect(match("[027](../specs/027-fully-automated-pipeline.md)")).toBe(spec.key);
    expect(match("027 Fully Automated Pipeline")).toBe(spec.key);
    expect(match("**027**: fully automated pipeline")).toBe(spec.key);
    expect(match("27 Fully Automated Pipeline")).toBe(spec.key);
    expect(match("027 Something Else")).toBe(spec.key); // the number is 027's alone
    expect(match("027")).toBe(spec.key);
    expect(match("Fully Automated Pipeline")).toBe(spec.key);
    expect(match("027-fully-automated-pipeline-v2")).toBe(spec.key); // by its number
    expect(match("029 Fully Automated Pipeline")).toBe("orphan");
    expect(match("027–028 pipeline foundations")).toBe("orphan"); // a range names no one spec
  });
});

describe("computeCoverage", () => {
  it("adds a row per unmatched spec inside the table, after its last row, ordered by number then name", async () => {
    const root = await project({
      "specs/010-b.md": "# Bee",
      "specs/002-a.md": "# Ay",
      "specs/010-a.md": "# Aa",
      "specs/001-old.md": "# Old",
      "docs/SPEC-COVERAGE.md": `# Coverage\n\n${TABLE}| 001 Old | ✓ | ✓ | ✓ | done |\n| 999 Gone | ✓ | ? | ? | spec removed |\n\nAfter the table.\n`,
    });
    const r = await computeCoverage({ root });
    expect(r.addedRows.map((a) => a.key)).toEqual(["002-a", "010-a", "010-b"]);
    await applyPlan(r.plan);
    expect(await fs.readFile(path.join(root, "docs/SPEC-COVERAGE.md"), "utf8")).toBe(
      `# Coverage\n\n${TABLE}| 001 Old | ✓ | ✓ | ✓ | done |\n| 999 Gone | ✓ | ? | ? | spec removed |\n| 002 Ay | ? | ? | ? | Pending |\n| 010 Aa | ? | ? | ? | Pending |\n| 010 Bee | ? | ? | ? | Pending |\n\nAfter the table.\n`,
    );
    expect(r.gaps.map((g) => [g.kind, g.line])).toEqual([
      ["orphan-row", 6],
      ["implemented-not-tested", 6],
    ]);
    const again = await computeCoverage({ root });
    expect(again.plan.edits).toEqual([]);
  });

  it("two specs sharing a number are two rows", async () => {
    const root = await project({ "specs/005-alpha.md": "# Alpha", "specs/005-beta.md": "# Beta", "docs/SPEC-COVERAGE.md": `${TABLE}| 005 Alpha | ✓ | ✓ | ✓ | |\n` });
    const r = await computeCoverage({ root });
    expect(r.addedRows.map((a) => a.row)).toEqual(["| 005 Beta | ? | ? | ? | Pending |"]);
  });

  it("creates a missing SPEC-COVERAGE.md (and docs/) with the standard header", async () => {
    const root = await project({ "specs/001-x.md": "# X" });
    const r = await computeCoverage({ root });
    expect(r.createdCoverageFile).toBe(true);
    await applyPlan(r.plan);
    const text = await fs.readFile(path.join(root, "docs/SPEC-COVERAGE.md"), "utf8");
    expect(text).toContain("| Spec | Present | Spec'd | Tested | Notes |\n|");
    expect(text.endsWith("| 001 X | ? | ? | ? | Pending |\n")).toBe(true);
    expect((await computeCoverage({ root })).plan.edits).toEqual([]);
  });

  it("rejects two coverage tables and rows with more cells than columns, naming file and line once", async () => {
    const two = await project({ "specs/001-x.md": "# X", "docs/SPEC-COVERAGE.md": `${TABLE}| a | ✓ | ✓ | ✓ | |\n\ntext\n\n${TABLE}` });
    const e2 = await computeCoverage({ root: two }).catch((e: UserError) => e);
    expect(e2).toMatchObject({ file: "docs/SPEC-COVERAGE.md", line: 7, code: "coverage.duplicate-table" });
    expect((e2 as UserError).format()).toMatch(/^docs\/SPEC-COVERAGE\.md:7: this file has 2 coverage tables/);
    const bad = await project({ "specs/001-x.md": "# X", "docs/SPEC-COVERAGE.md": `intro\n\n${TABLE}| a | ✓ | ✓ | ✓ | | extra |\n` });
    const e = await computeCoverage({ root: bad }).catch((e: UserError) => e);
    expect(e).toMatchObject({ file: "docs/SPEC-COVERAGE.md", line: 5, code: "coverage.bad-row", hint: expect.stringContaining("at most 5 cells") });
    // file:line once: the message does not repeat what format() puts before it.
    expect((e as UserError).format()).toMatch(/^docs\/SPEC-COVERAGE\.md:5:1: this coverage row has 6 cells/);
    expect((e as UserError).format().match(/SPEC-COVERAGE\.md/g)).toHaveLength(1);
  });

  it("mark-tested sets Tested to ✓ from passing JUnit test names, never unsets", async () => {
    const junit = `<?xml version="1.0"?><testsuites><testsuite name="s"><testcase classname="specs" name="001-x adds rows"/><testcase name="test_002_y works"/><testcase name="003 z"><failure/></testcase></testsuite></testsuites>`;
    const root = await project({
      "specs/001-x.md": "# X",
      "specs/002-y.md": "# Y",
      "specs/003-z.md": "# Z",
      "specs/004-w.md": "# W",
      "docs/SPEC-COVERAGE.md": `${TABLE}| 001 X | ✓ | ✓ | ? | |\n| 003 Z | ✓ | ✓ | ✓ | |\n`,
      "reports/junit.xml": junit,
    });
    const r = await computeCoverage({ root, markTested: true, testResults: ["reports/*.xml"] });
    expect(r.markedTested.map((m) => m.key)).toEqual(["001-x"]);
    await applyPlan(r.plan);
    const text = await fs.readFile(path.join(root, "docs/SPEC-COVERAGE.md"), "utf8");
    expect(text).toContain("| 001 X | ✓ | ✓ | ✓ | |");
    expect(text).toContain("| 003 Z | ✓ | ✓ | ✓ | |");
    expect(text).toContain("| 002 Y | ? | ? | ✓ | Pending |");
    expect(text).toContain("| 004 W | ? | ? | ? | Pending |");
    expect(r.tests).toMatchObject({ total: 3, passed: 2, failed: 1 });
    expect(decideWrite({ testsPassed: true, ci: true, tests: r.tests }).allowed).toBe(false);
  });
});

describe("STATUS.md sections", () => {
  const status =
    "# Status\r\n\r\n## Test Count\r\n\r\n12 tests\r\n\r\n### Sub stays inside\r\n\r\nx\r\n\r\n## Specs Implemented (Selected)\r\nold summary\r\n## Human notes\r\nkeep me\r\n## Specs Pending Implementation\r\n- 001 A";
  const names = { testCount: "Test Count", implemented: "Specs Implemented", pending: "Specs Pending" };
  const data = { tests: { total: 3, passed: 2, failed: 0, skipped: 1 }, implemented: ["001 A"], pending: [], rowLabels: new Set(["001 A"]) };
  it("sections run to the next heading of the same or a higher level; only our parts change; CRLF and no final newline kept", () => {
    const plan = planStatus(status, "\r\n", names, data);
    const out = splice.applySplices(status, plan.splices);
    expect(out).toBe(
      "# Status\r\n\r\n## Test Count\r\n\r\n3 tests\r\n\r\n### Sub stays inside\r\n\r\nx\r\n\r\n## Specs Implemented (Selected)\r\nold summary\r\n\r\n- 001 A\r\n## Human notes\r\nkeep me\r\n## Specs Pending Implementation\r\n_None._",
    );
    expect(plan.missing).toEqual([]);
    expect(planStatus(out, "\r\n", names, data).splices).toEqual([]);
  });

  it("reports sections that do not exist instead of inventing them", () => {
    const plan = planStatus("# Status\n\nnothing\n", "\n", names, { implemented: [], pending: [], rowLabels: new Set<string>() });
    expect(plan.missing).toEqual(["Test Count", "Specs Implemented", "Specs Pending"]);
    expect(plan.splices).toEqual([]);
  });
});

// ---- property: edits touch only the table's end and the section bodies ----------------------

const word = fc.stringMatching(/^[A-Za-zÄÖÜäöü€✓][A-Za-z0-9 äöü€✓.,'()-]{0,12}$/).map((s) => s.trim() || "w");
const filler = fc.oneof(
  word.map((w) => `Some text ${w}.`),
  word.map((w) => `## ${w}`),
  word.map((w) => "```\n| Spec | Present | Spec'd | Tested | Notes |\n|---|---|---|---|---|\n" + w + "\n```"),
  word.map((w) => `- item ${w}`),
  fc.constant("| Other | Table |\n|---|---|\n| a | b |"),
);

describe("property: coverage-update is a splice", () => {
  it("keeps every byte outside the table's insertion point and the STATUS section bodies; a second run changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(filler, { maxLength: 4 }),
        fc.array(filler, { maxLength: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), word), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.boolean(),
        async (before, after, specList, existing, eol, finalNewline, bom) => {
          const unique = [...new Map(specList.map(([n, w]) => [`${String(n).padStart(3, "0")}-${w.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "s"}`, w])).entries()];
          const files: Record<string, string | Buffer> = {};
          for (const [key, title] of unique) files[`specs/${key}.md`] = `# ${title}\n`;
          const rows = unique.slice(0, existing).map(([key]) => `| [${key}](../specs/${key}.md) | ✓ | ✓ | ✓ | kept |`);
          const tableText = ["| Spec | Present | Spec'd | Tested | Notes |", "|---|---|---|---|---|", ...rows].join("\n");
          let doc = [...before, tableText, ...after].join("\n\n") + (finalNewline ? "\n" : "");
          doc = doc.replace(/\n/g, eol);
          const docBytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(doc)]);
          files["docs/SPEC-COVERAGE.md"] = docBytes;
          const root = await project(files);
          const r = await computeCoverage({ root });
          // The diff written from the splices is a patch jsdiff applies to get the new bytes.
          for (const e of r.plan.edits) {
            const sp = r.splices.get(e.path)!;
            expect(applyPatch(e.before!.toString(), spliceDiff(`a/${e.displayPath}`, `b/${e.displayPath}`, sp.before, sp.splices))).toBe(e.after.toString());
          }
          await applyPlan(r.plan);
          const out = await fs.readFile(path.join(root, "docs/SPEC-COVERAGE.md"));
          // Bytes before the insertion point and after it are the original ones.
          const scan = scanBlocks(doc);
          const table = scan.tables.find((t) => t.header.cells[0].text === "Spec" && t.header.cells.length === 5)!;
          const cut = Buffer.byteLength(doc.slice(0, table.end)) + (bom ? 3 : 0);
          expect(out.subarray(0, cut).equals(docBytes.subarray(0, cut))).toBe(true);
          const tail = docBytes.subarray(cut);
          expect(out.subarray(out.length - tail.length).equals(tail)).toBe(true);
          const inserted = out.subarray(cut, out.length - tail.length).toString();
          expect(inserted).toBe(r.addedRows.map((a) => eol + a.row).join(""));
          expect(r.addedRows.length).toBe(unique.length - Math.min(existing, unique.length));
          const second = await computeCoverage({ root });
          expect(second.plan.edits).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
