import { promises as fs } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../test/harness/run-action.js";
import { PlaybookError, parsePlaybook, stepLabel } from "./load.js";

const MIN = `version: 1
name: Demo
phases:
  - id: A
    name: Prep
    steps:
      - id: A1
        name: One
        description: first
        exit:
          - type: files
            paths: [a.txt]
      - id: A2
        name: Two
        description: second
`;

async function issues(text: string) {
  try {
    await parsePlaybook(text, "playbook.yml");
  } catch (e) {
    expect(e).toBeInstanceOf(PlaybookError);
    return (e as PlaybookError).issues;
  }
  throw new Error("expected an error");
}

describe("parsePlaybook", () => {
  it("reads both templates", async () => {
    const read = async (t: string) =>
      parsePlaybook(await fs.readFile(path.join(REPO_ROOT, "templates/playbook", t, "playbook.yml"), "utf8"));
    const refinement = await read("refinement");
    expect(refinement.steps.map((s) => s.id)).toEqual(["A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5", "B6", "B7"]);
    expect(stepLabel(refinement.byId.get("B3")!)).toBe("B Refinement loop, step 3");
    expect(refinement.byId.get("B7")!.loop).toMatchObject({ from: "B7", to: "B1" });
    const phases = await read("phases");
    expect(phases.steps.map((s) => s.phase.name)).toEqual([
      "Spec Draft",
      "E2E Test",
      "Scaffold",
      "Domain Logic",
      "Infra Integration",
      "Perf Budget",
      "Done",
    ]);
    expect(phases.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("labels steps by phase and position", async () => {
    const pb = await parsePlaybook(MIN);
    expect(stepLabel(pb.byId.get("A2")!)).toBe("A Prep, step 2");
    expect(pb.steps[0].exit[0]).toMatchObject({ type: "files", paths: ["a.txt"], "non-empty": true });
  });

  it("gives the hash of the content, not of the layout", async () => {
    const a = await parsePlaybook(MIN);
    const b = await parsePlaybook("# a comment\n" + MIN.replace("name: Demo", "name:   'Demo'"));
    expect(b.hash).toBe(a.hash);
    const c = await parsePlaybook(MIN.replace("second", "changed"));
    expect(c.hash).not.toBe(a.hash);
  });

  it.each([
    {
      what: "an unknown key at the key, with the allowed keys",
      from: "        description: first\n",
      to: "        description: first\n        descripton: typo\n",
      at: { code: "playbook.unknown-key", line: 10, column: 9 },
      message: 'unknown key "descripton"',
      hint: "allowed here: id, name, description, details, exit",
    },
    {
      what: "an unknown key inside a condition with that condition's keys",
      from: "            paths: [a.txt]\n",
      to: "            paths: [a.txt]\n            nonempty: true\n",
      at: { code: "playbook.unknown-key", line: 13, column: 13 },
      hint: "non-empty",
    },
    {
      what: "a duplicate step id at the second one",
      from: "id: A2",
      to: "id: A1",
      at: { code: "playbook.duplicate-step", line: 13, column: 13 },
      message: '"A1" is used twice',
    },
    {
      what: "an unknown condition type at its value, listing the types",
      from: "type: files",
      to: "type: filez",
      at: { code: "playbook.unknown-condition", line: 11, column: 19 },
      hint: "tests, coverage, mutation, files, spec-hash, command, checks",
    },
    {
      what: "a bad threshold with its range",
      from: "          - type: files\n            paths: [a.txt]\n",
      to: "          - type: coverage\n            report: lcov.info\n            lines: 120\n",
      at: { code: "playbook.too-big", line: 13, column: 20 },
      message: "120 is out of range",
      hint: "at most 100",
    },
  ])(
    "reports $what",
    async ({ from, to, at, message, hint }: { from: string; to: string; at: object; message?: string; hint?: string }) => {
      const [i] = await issues(MIN.replace(from, to));
      expect(i).toMatchObject(at);
      if (message !== undefined) expect(i.message).toContain(message);
      if (hint !== undefined) expect(i.hint).toContain(hint);
    },
  );

  it("reports a missing key at its object, a YAML syntax error and a duplicate key", async () => {
    const [m] = await issues(MIN.replace("        name: Two\n", ""));
    expect(m).toMatchObject({ code: "playbook.missing-key", line: 13, column: 9 });
    expect(m.message).toContain('"name" is missing');
    const [y] = await issues(MIN.replace("name: Prep", "name: [Prep"));
    expect(y).toMatchObject({ code: "playbook.yaml-syntax" });
    expect(y.line).toBeGreaterThanOrEqual(5);
    const [d] = await issues(MIN.replace("name: Demo\n", "name: Demo\nname: Again\n"));
    expect(d).toMatchObject({ code: "playbook.duplicate-key", line: 3 });
  });

  it("checks loops: known steps, backwards, once per step", async () => {
    const withLoop = (l: string) => MIN + `loops:\n${l}`;
    expect((await parsePlaybook(withLoop("  - from: A2\n    to: A1\n"))).byId.get("A2")!.loop).toMatchObject({ from: "A2", to: "A1" });
    const [u] = await issues(withLoop("  - from: A3\n    to: A1\n"));
    expect(u).toMatchObject({ code: "playbook.loop-unknown-step", line: 17, column: 11 });
    const [f] = await issues(withLoop("  - from: A1\n    to: A2\n"));
    expect(f).toMatchObject({ code: "playbook.loop-forward" });
    const [t] = await issues(withLoop("  - from: A2\n    to: A1\n  - from: A2\n    to: A2\n"));
    expect(t).toMatchObject({ code: "playbook.loop-twice", line: 19 });
  });

  it("requires distinct ids for two conditions of one type", async () => {
    const [i] = await issues(
      MIN.replace("            paths: [a.txt]\n", "            paths: [a.txt]\n          - type: files\n            paths: [b.txt]\n"),
    );
    expect(i).toMatchObject({ code: "playbook.duplicate-condition", line: 13 });
    expect(i.hint).toContain("id: files-2");
  });

  it("formats as file:line:column: message. Fix: hint", async () => {
    try {
      await parsePlaybook(MIN.replace("id: A2", "id: A1"), "pb/playbook.yml");
    } catch (e) {
      expect((e as PlaybookError).format()).toMatch(/^pb\/playbook\.yml:13:13: .*"A1" is used twice.*\. Fix: give every step its own id/);
    }
  });

  it("reads any generated playbook, and places an unknown key at its line and column (property)", async () => {
    const shape = fc.array(
      fc.array(fc.record({ indentExit: fc.boolean(), cond: fc.constantFrom("files", "spec-hash", "tests", "none") }), {
        minLength: 1,
        maxLength: 4,
      }),
      { minLength: 1, maxLength: 3 },
    );
    await fc.assert(
      fc.asyncProperty(
        shape,
        fc.nat(),
        fc.string({ unit: fc.constantFrom("x", "y", "_"), minLength: 1, maxLength: 8 }),
        async (phases, pick, junk) => {
          const lines = ["version: 1", "name: Generated", "phases:"];
          const stepLines: number[] = [];
          const ids: string[] = [];
          phases.forEach((steps, pi) => {
            lines.push(`  - id: P${pi}`, `    name: Phase ${pi}`, "    steps:");
            steps.forEach((st, si) => {
              ids.push(`P${pi}S${si}`);
              lines.push(`      - id: P${pi}S${si}`);
              stepLines.push(lines.length); // 1-based line of the next key of this step
              lines.push(`        name: "Step ${pi}.${si}"`, "        description: >-", "          Folded", "          text.");
              if (st.cond !== "none") {
                lines.push("        exit:");
                const ind = st.indentExit ? "          " : "        ";
                if (st.cond === "files") lines.push(`${ind}- type: files`, `${ind}  paths: [a.txt]`);
                else if (st.cond === "tests") lines.push(`${ind}- type: tests`, `${ind}  reports: r.xml`, `${ind}  min: 2`);
                else lines.push(`${ind}- type: spec-hash`);
              }
            });
          });
          const text = lines.join("\n") + "\n";
          const pb = await parsePlaybook(text);
          expect(pb.steps.map((s) => s.id)).toEqual(ids);
          // An unknown key in a random step, inserted as that step's second key.
          const k = pick % stepLines.length;
          const withJunk = [...lines.slice(0, stepLines[k]), `        zz${junk}: 1`, ...lines.slice(stepLines[k])].join("\n") + "\n";
          const [issue] = await issues(withJunk);
          expect(issue).toMatchObject({ code: "playbook.unknown-key", line: stepLines[k] + 1, column: 9 });
          expect(issue.message).toContain(`"zz${junk}"`);
        },
      ),
      { numRuns: 60 },
    );
  });
});
