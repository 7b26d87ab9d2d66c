import fc from "fast-check";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { UserError } from "../errors.js";
import { applyPlan } from "../fs/plan.js";
import { splitCells } from "../markdown/blocks.js";
import { escapeCell, formatRow, isMarked } from "./table.js";
import { computeCoverage } from "./update.js";
import { tempProjects } from "../../../../test/harness/temp-project.js";

const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|---|---|---|---|---|\n";
const { project } = tempProjects("specpipe-table-");

const read = (root: string, f: string) => fs.readFile(path.join(root, f), "utf8");

describe("escaping a cell", () => {
  it("is idempotent: an escaped pipe stays escaped once; the cell stays one cell", () => {
    expect(escapeCell("A | B")).toBe("A \\| B");
    expect(escapeCell("A \\| B")).toBe("A \\| B");
    expect(escapeCell("A \\\\| B")).toBe("A \\\\\\| B");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "|", "\\", "\n", "`") }), (s) => {
        const once = escapeCell(s);
        expect(escapeCell(once)).toBe(once);
        // Whatever the title held, it is one cell between the row's pipes.
        expect(splitCells(formatRow(["x", once, "y"]), 0)).toHaveLength(3);
      }),
      { numRuns: 500 },
    );
  });

  it("property: specs whose titles hold pipes and backslashes: a second run writes nothing", async () => {
    const title = fc.string({ unit: fc.constantFrom("a", "b", " ", "|", "\\", "`", "*"), minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(title, { minLength: 1, maxLength: 4 }), async (titles) => {
        const files: Record<string, string> = { "docs/SPEC-COVERAGE.md": `# Coverage\n\n${TABLE}`, "docs/STATUS.md": "# Status\n\n## Specs Pending\n" };
        titles.forEach((t, k) => (files[`specs/00${k + 1}-s${k}.md`] = `# Spec 00${k + 1}: ${t}\n`));
        const root = await project(files);
        const first = await computeCoverage({ root });
        await applyPlan(first.plan);
        const after = [await read(root, "docs/SPEC-COVERAGE.md"), await read(root, "docs/STATUS.md")];
        const second = await computeCoverage({ root });
        expect(second.plan.edits).toEqual([]);
        expect(second.addedRows).toEqual([]);
        await applyPlan(second.plan);
        expect([await read(root, "docs/SPEC-COVERAGE.md"), await read(root, "docs/STATUS.md")]).toEqual(after);
        // One row per spec, each its own.
        expect(second.rows.map((r) => r.key)).toEqual(titles.map((_, k) => `00${k + 1}-s${k}`));
      }),
      { numRuns: 40 },
    );
  });
});

describe("marks as people write them", () => {
  it.each(["✓", "✔", "✅", "✔️", "✓ (unit only)", "✅ Done", "✓ partial: API", "[x]", "x", "Yes", "yes, v2", "Done", "done — 2024", "**✓**", "TRUE"])("%s is marked", (cell) => {
    expect(isMarked(cell)).toBe(true);
  });
  it.each(["", "?", "✗", "❌", "No", "partly", "TBD", "n/a", "x-ray", "Yesterday", "Pending"])("%s is not marked", (cell) => {
    expect(isMarked(cell)).toBe(false);
  });
});

describe("rows as people write them", () => {
  it("a row without its trailing Notes cell is a row; mark-tested fills its Tested cell; marks with words count", async () => {
    const junit = `<?xml version="1.0"?><testsuites><testsuite name="s"><testcase name="spec-003 works"/><testcase name="spec-004 works"/></testsuite></testsuites>`;
    const cov = `${TABLE}| 001 Alpha | ✓ (unit only) | ✅ Done | ✓ |\n| 002 Beta | ✓ | ✓\n| 003 Gamma | ✓ | ✓ |\n| 004 Delta | ✓ | ✓ | ? |\n`;
    const root = await project({
      "specs/001-alpha.md": "# Alpha\n",
      "specs/002-beta.md": "# Beta\n",
      "specs/003-gamma.md": "# Gamma\n",
      "specs/004-delta.md": "# Delta\n",
      "docs/SPEC-COVERAGE.md": cov,
      "reports/junit.xml": junit,
    });
    const r = await computeCoverage({ root, markTested: true, testResults: ["reports/junit.xml"] });
    expect(r.addedRows).toEqual([]);
    expect(r.rows.map((v) => [v.key, v.present, v.specd, v.tested])).toEqual([
      ["001-alpha", true, true, true],
      ["002-beta", true, true, false],
      ["003-gamma", true, true, true],
      ["004-delta", true, true, true],
    ]);
    // Spec'd and Present both marked: no "spec'd but not implemented" for "✅ Done".
    expect(r.gaps.filter((g) => g.level === "error")).toEqual([]);
    await applyPlan(r.plan);
    expect(await read(root, "docs/SPEC-COVERAGE.md")).toBe(`${TABLE}| 001 Alpha | ✓ (unit only) | ✅ Done | ✓ |\n| 002 Beta | ✓ | ✓\n| 003 Gamma | ✓ | ✓ | ✓ |\n| 004 Delta | ✓ | ✓ | ✓ |\n`);
    expect((await computeCoverage({ root, markTested: true, testResults: ["reports/junit.xml"] })).plan.edits).toEqual([]);
  });
});

describe("tables found by their columns: a near match is an error at its line, never a second table", () => {
  const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: UserError) => e);
  it.each([
    ["| # | Present | Spec'd | Tested | Notes |", "its header | # | Present | Spec'd | Tested | Notes |"],
    ["| Feature | Present | Spec'd | Tested | Notes |", "its header | Feature | Present | Spec'd | Tested | Notes |"],
    ["| ID | Implemented | Specified | Tested |", "its header | ID | Implemented | Specified | Tested |"],
    ["| Spec | Tested | Present | Notes |", "its header | Spec | Tested | Present | Notes |"],
  ])("%s", async (header, message) => {
    const cells = splitCells(header, 0).length;
    const doc = `# Coverage\n\nSome intro.\n\n${header}\n|${"---|".repeat(cells)}\n| 001 A |${" ✓ |".repeat(cells - 1)}\n`;
    const root = await project({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": doc });
    const e = await failure(computeCoverage({ root }));
    expect(e).toMatchObject({ code: "coverage.similar-table", file: "docs/SPEC-COVERAGE.md", line: 5 });
    expect(e!.message).toContain(message);
    expect(e!.format()).toMatch(/^docs\/SPEC-COVERAGE\.md:5: this table looks like the coverage table/);
    expect(await read(root, "docs/SPEC-COVERAGE.md")).toBe(doc);
  });

  it("the coverage table inside a block quote or a list item is an error at its line", async () => {
    for (const [doc, line] of [
      [`# Coverage\n\n> ${TABLE.replace("\n|", "\n> |")}> | 001 A | ✓ | ✓ | ✓ | |\n`, 3],
      [`# Coverage\n\n- The table:\n\n  ${TABLE.replace("\n|", "\n  |")}  | 001 A | ✓ | ✓ | ✓ | |\n`, 5],
      [`# Coverage\n\n> | # | Present | Spec'd | Tested | Notes |\n> |---|---|---|---|---|\n`, 3],
    ] as const) {
      const root = await project({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": doc });
      const e = await failure(computeCoverage({ root }));
      expect(e).toMatchObject({ file: "docs/SPEC-COVERAGE.md", line });
      expect(e!.code === "coverage.nested-table" || e!.code === "coverage.similar-table").toBe(true);
      expect(e!.hint).toMatch(/block quote or list/);
    }
  });

  it("a table of other columns, or one in a code block, is not the coverage table: ours is appended", async () => {
    for (const other of ["| Spec | Owner |\n|---|---|\n| 001 | ann |\n", `\`\`\`markdown\n${TABLE}\`\`\`\n`, `    ${TABLE.replace("\n|", "\n    |")}`]) {
      const root = await project({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": other });
      expect((await computeCoverage({ root })).addedRows).toHaveLength(1);
    }
  });
});
