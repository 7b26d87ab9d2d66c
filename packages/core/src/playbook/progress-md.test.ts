import { promises as fs } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../test/harness/run-action.js";
import { UserError } from "../errors.js";
import { initialBeacon, sealBeacon } from "./beacon.js";
import { playbookJsonSchemaText } from "./json-schema.js";
import { parsePlaybook } from "./load.js";
import { mermaidFlowchart } from "./render.js";
import { checkProgressMd, renderProgressMd, updateProgressMd } from "./progress-md.js";

const YAML = `version: 1
name: Demo
phases:
  - id: A
    name: Prep
    steps:
      - id: A1
        name: One
        description: first
        details: |
          - a detail
      - id: A2
        name: Two
        description: second
`;

describe("progress.md", () => {
  it("keeps everything outside Step and Details byte for byte: any notes, CRLF, BOM (property)", async () => {
    const pb = await parsePlaybook(YAML);
    const b1 = initialBeacon(pb, null);
    const b2 = sealBeacon({
      ...b1,
      step: "A2",
      history: [{ from: "A1", to: "A2", at: "t", commit: "c", iteration: 1, playbook: pb.hash, values: {} }],
    });
    const line = fc.string({ unit: fc.constantFrom("a", " ", "\t", "#", "`", "é", "|", "-", "\u{1F600}", "<!--", "-->") });
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 12 }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        async (notes, preamble, crlf, bom) => {
          const eol = crlf ? "\r\n" : "\n";
          const base = renderProgressMd(pb, b1).replace("# Progress\n", `# Progress\n${preamble.replace(/[#\r\n`~]/g, "")}\n`);
          // Notes may hold anything, including fenced "## Step" headings, which are not sections.
          const text = (base.replace("## Notes\n\n- \n", "## Notes\n\n") + notes.join("\n") + "\n```\n## Step\n## Details\n```\n").replace(
            /\n/g,
            eol,
          );
          const bytes = Buffer.from((bom ? "\uFEFF" : "") + text, "utf8");
          const after = updateProgressMd(bytes, pb, b2, "progress.md");
          const s = after.toString("utf8");
          const tail = (t: string) => t.slice(t.indexOf(`${eol}## Notes${eol}`));
          const head = (t: string) => t.slice(0, t.indexOf(`## Step${eol}`));
          expect(tail(s)).toBe(tail((bom ? "\uFEFF" : "") + text));
          expect(head(s)).toBe(head((bom ? "\uFEFF" : "") + text));
          expect(s).toContain(`A Prep, step 2: Two (A2).`);
          expect(checkProgressMd(after, pb, b2, "progress.md")).toEqual([]);
          expect(checkProgressMd(after, pb, b1, "progress.md").map((v) => v.code)).toContain("progress-md.hand-edited");
          // Idempotent: writing the same state again changes nothing.
          expect(updateProgressMd(after, pb, b2, "progress.md").equals(after)).toBe(true);
          if (crlf) expect(s.replace(/\r\n/g, "")).not.toContain("\n");
        },
      ),
      { numRuns: 100 },
    );
  });

  it("names a missing or misplaced section", async () => {
    const pb = await parsePlaybook(YAML);
    const b = initialBeacon(pb, null);
    const md = renderProgressMd(pb, b);
    expect(() => updateProgressMd(Buffer.from(md.replace("## Notes", "## Notez")), pb, b, "progress.md")).toThrow(
      'progress.md has no "## Notes" section',
    );
    const swapped = md.replace("## Details", "## Tmp").replace("## Notes", "## Details").replace("## Tmp", "## Notes");
    const err = (() => {
      try {
        updateProgressMd(Buffer.from(swapped), pb, b, "progress.md");
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain("not in the order Step, Details, Notes");
  });
});

describe("playbook JSON Schema", () => {
  it("the committed schemas/playbook.schema.json is what gen-schemas generates", async () => {
    expect(await fs.readFile(path.join(REPO_ROOT, "schemas/playbook.schema.json"), "utf8")).toBe(playbookJsonSchemaText());
  });

  it("accepts both templates and rejects what the zod schema rejects (ajv)", async () => {
    const { default: Ajv } = await import("ajv");
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(playbookJsonSchemaText()));
    for (const t of ["refinement", "phases"]) {
      const data = parseYaml(await fs.readFile(path.join(REPO_ROOT, "templates/playbook", t, "playbook.yml"), "utf8"));
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
    const bad = parseYaml(YAML);
    bad.phases[0].steps[0].exit = [{ type: "coverage", report: "lcov.info", lines: 120 }];
    expect(validate(bad)).toBe(false);
    bad.phases[0].steps[0].exit = [{ type: "filez", paths: ["a"] }];
    expect(validate(bad)).toBe(false);
    bad.phases[0].steps[0].exit = [];
    bad.phases[0].steps[0].descripton = "typo";
    expect(validate(bad)).toBe(false);
  });
});

describe("mermaid flowchart", () => {
  it("draws phases, steps in order, loops, and marks the active step", async () => {
    const pb = await parsePlaybook(YAML + "loops:\n  - from: A2\n    to: A1\n");
    expect(mermaidFlowchart(pb, "A2")).toBe(
      [
        "flowchart LR",
        '  subgraph p0["A Prep"]',
        '    s0["A1 One"]',
        '    s1["A2 Two"]',
        "  end",
        "  s0 --> s1",
        '  s1 -. "next iteration" .-> s0',
        "  classDef active fill:#fde68a,stroke:#b45309,stroke-width:3px",
        "  classDef passed fill:#d1fae5,stroke:#047857",
        "  class s0 passed",
        "  class s1 active",
        "",
      ].join("\n"),
    );
  });
});
