import { promises as fs } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { checkProduct, clarificationMarkers, donePhases } from "./products.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function feature(files: Record<string, string>): Promise<string> {
  dir = tempDir();
  for (const [f, c] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, "specs/003-x", f)), { recursive: true });
    await fs.writeFile(path.join(dir, "specs/003-x", f), c);
  }
  return dir;
}

const TEMPLATE = "# Feature Specification: [FEATURE NAME]\n\n## User Scenarios\n\n[Describe]\n";
const SPEC = "# Feature Specification: Dark mode\n\n## User Scenarios\n\nA user switches.\n";
const PLAN = "# Implementation Plan: Dark mode\n\n## Summary\n";
const TASKS = "# Tasks: Dark mode\n\n- [ ] T001 Create structure\n";

describe("phase products", () => {
  it("judges spec.md, plan.md and tasks.md by their content", async () => {
    const root = await feature({
      "spec.md": SPEC,
      "plan.md": "# Implementation Plan: [FEATURE]\n",
      "tasks.md": "# Tasks: Dark mode\n\n- [ ] Do it\n",
    });
    expect(await checkProduct("specify", root, "specs/003-x", TEMPLATE)).toEqual({ ok: true, file: "specs/003-x/spec.md" });
    expect((await checkProduct("plan", root, "specs/003-x")).problem).toMatch(/template's title/);
    expect((await checkProduct("tasks", root, "specs/003-x")).problem).toMatch(/no T001-style task/);
    await fs.writeFile(path.join(root, "specs/003-x/spec.md"), TEMPLATE);
    expect((await checkProduct("specify", root, "specs/003-x", TEMPLATE)).problem).toMatch(/unfilled template/);
    await fs.rm(path.join(root, "specs/003-x/spec.md"));
    expect((await checkProduct("specify", root, "specs/003-x")).problem).toMatch(/was not written/);
  });

  it("finds where a rerun resumes", async () => {
    const root = await feature({ "spec.md": SPEC, "plan.md": PLAN });
    expect([...(await donePhases(["specify", "clarify", "plan", "tasks"], root, "specs/003-x", TEMPLATE))]).toEqual([
      "specify",
      "clarify",
      "plan",
    ]);
    await fs.writeFile(path.join(root, "specs/003-x/tasks.md"), TASKS);
    expect([...(await donePhases(["specify", "plan", "tasks", "analyze"], root, "specs/003-x"))]).toEqual(["specify", "plan", "tasks"]);
    await fs.rm(path.join(root, "specs/003-x/plan.md"));
    expect([...(await donePhases(["specify", "plan", "tasks"], root, "specs/003-x"))]).toEqual(["specify"]);
  });
});

describe("clarification markers", () => {
  it("finds markers with their lines, not in HTML comments", () => {
    const text =
      "# S\n<!-- e.g. [NEEDS CLARIFICATION: example]\n still comment -->\n- FR-1 via [NEEDS CLARIFICATION: auth method?]\nx <!-- [NEEDS CLARIFICATION] --> y\n";
    expect(clarificationMarkers(text)).toEqual([{ line: 4, text: "[NEEDS CLARIFICATION: auth method?]" }]);
  });

  it("finds every marker outside comments (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 40 }).filter((s) => !/[[\]<>\n\r]/.test(s)),
          { maxLength: 8 },
        ),
        fc.array(fc.boolean(), { maxLength: 8 }),
        (lines, marks) => {
          const body = lines.map((l, i) => (marks[i] ? `${l} [NEEDS CLARIFICATION: q${i}]` : l));
          const expected = body.flatMap((l, i) => (marks[i] && i < lines.length ? [i + 1] : []));
          expect(clarificationMarkers(body.join("\n")).map((m) => m.line)).toEqual(expected);
        },
      ),
    );
  });
});
