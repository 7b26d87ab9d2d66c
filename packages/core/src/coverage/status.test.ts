import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySplices } from "../text/splice.js";
import { DEFAULT_SECTIONS, findCount, headingMatches, planStatus, type StatusData } from "./status.js";

const data = (over: Partial<StatusData> = {}): StatusData => ({
  tests: { total: 31 },
  implemented: ["001 Health", "002 Agent Orchestration"],
  pending: ["003 Task Queue"],
  rowLabels: new Set(["001 Health", "002 Agent Orchestration", "003 Task Queue"]),
  ...over,
});

function run(text: string, d: StatusData = data(), eol = "\n") {
  const plan = planStatus(text, eol, DEFAULT_SECTIONS, d);
  return { plan, out: applySplices(text, plan.splices) };
}

describe("STATUS.md keeps the user's prose", () => {
  const human = [
    "# Status",
    "",
    "## Specs Implemented (Selected)",
    "",
    "- 001–005 core API/pipeline foundations",
    "- 020–031 agent orchestration and webhooks",
    "",
    "See [SPEC-COVERAGE.md](SPEC-COVERAGE.md) for the full mapping | by CI.",
    "",
    "## Specs Pending",
    "",
    "- 003 Task Queue",
    "- 013 Billing",
    "",
    "Billing waits for the contract.",
    "",
    "## Next",
    "",
    "- people's list",
    "",
  ].join("\n");

  it("in a section of prose ours is added after it; in a list, only the lines we wrote are ours; the rest stays", () => {
    const { plan, out } = run(human);
    // "- 013 Billing" is no row label: a person's line, kept (before, the whole list was replaced).
    expect(out).toBe(human.replace("for the full mapping | by CI.\n", "for the full mapping | by CI.\n\n- 001 Health\n- 002 Agent Orchestration\n"));
    expect(plan.updated).toEqual(["Specs Implemented"]);
    expect(plan.missing).toEqual(["Test Count"]);
    // The second run finds its own lists and changes nothing.
    expect(run(out).plan.splices).toEqual([]);
  });

  it("an empty list becomes _None._ in place, and back", () => {
    const { out } = run(human, data({ pending: [] }));
    // In a list that keeps a person's line, "nothing" is an item (a bare line would join theirs).
    expect(out).toContain("## Specs Pending\n\n- _None._\n- 013 Billing\n\nBilling waits for the contract.\n");
    expect(run(out, data({ pending: [] })).plan.splices).toEqual([]);
    const back = run(out).out;
    expect(back).toContain("## Specs Pending\n\n- 003 Task Queue\n- 013 Billing\n\nBilling waits");
    const alone = "## Specs Pending\n\n- 003 Task Queue\n\nBilling waits.\n";
    const none = run(alone, data({ pending: [] })).out;
    expect(none).toBe("## Specs Pending\n\n_None._\n\nBilling waits.\n");
    expect(run(none).out).toBe(alone);
  });

  it("a person's one-item list, a mixed list and link lines keep every line we did not write", () => {
    const doc = [
      "## Specs Implemented",
      "",
      "- See the roadmap for what ships next",
      "",
      "## Specs Pending",
      "",
      "- 003 Task Queue",
      "- 040 blocked on legal (ask Ann)",
      "- 001 Health",
      "- See [SPEC-COVERAGE.md](SPEC-COVERAGE.md)",
      "",
    ].join("\n");
    const { out } = run(doc, data({ pending: ["003 Task Queue", "002 Agent Orchestration"] }));
    expect(out).toBe(
      [
        "## Specs Implemented",
        "",
        "- See the roadmap for what ships next",
        "",
        "- 001 Health",
        "- 002 Agent Orchestration",
        "",
        "## Specs Pending",
        "",
        "- 003 Task Queue",
        "- 002 Agent Orchestration",
        "- 040 blocked on legal (ask Ann)",
        "- See [SPEC-COVERAGE.md](SPEC-COVERAGE.md)",
        "",
      ].join("\n"),
    );
    expect(run(out, data({ pending: ["003 Task Queue", "002 Agent Orchestration"] })).plan.splices).toEqual([]);
  });

  it("a one-item list of a person's is theirs, ours goes after it; an empty section gets ours as its body", () => {
    const doc = "## Specs Implemented\n\n- nothing yet\n\n## Specs Pending Implementation\n## Other\n";
    const { out } = run(doc);
    expect(out).toBe("## Specs Implemented\n\n- nothing yet\n\n- 001 Health\n- 002 Agent Orchestration\n\n## Specs Pending Implementation\n\n- 003 Task Queue\n\n## Other\n");
    expect(run(out).plan.splices).toEqual([]);
  });

  it("the seed's 'Specs Pending' and our old 'Specs Pending Implementation' both match; 'Specs Pendingness' does not", () => {
    expect(headingMatches("Specs Pending", "Specs Pending")).toBe(true);
    expect(headingMatches("Specs Pending Implementation", "Specs Pending")).toBe(true);
    expect(headingMatches("**Specs Implemented** (Selected)", "Specs Implemented")).toBe(true);
    expect(headingMatches("Specs Pendingness", "Specs Pending")).toBe(false);
  });

  it("CRLF, no final newline, a heading on the last line", () => {
    const doc = "# S\r\n\r\n## Specs Implemented\r\n\r\nprose\r\n## Specs Pending";
    const { out } = run(doc, data(), "\r\n");
    expect(out).toBe("# S\r\n\r\n## Specs Implemented\r\n\r\nprose\r\n\r\n- 001 Health\r\n- 002 Agent Orchestration\r\n## Specs Pending\r\n\r\n- 003 Task Queue");
    expect(run(out, data(), "\r\n").plan.splices).toEqual([]);
  });
});

describe("the test count in the user's own words", () => {
  const section = (body: string) => `# S\n\n## Test Count\n\n${body}\n\n## Specs Implemented\n\n- 001 Health\n- 002 Agent Orchestration\n`;
  it.each([
    ["Total: 12", "Total: 31"],
    ["**Total**: 12 (API and workers)", "**Total**: 31 (API and workers)"],
    ["12 tests, all green on 2026-02-03", "31 tests, all green on 2026-02-03"],
    ["12", "31"],
    ["**7 tests**", "**31 tests**"],
    ["**7 tests**: 7 passed, 0 failed, 0 skipped", "**31 tests**"],
    ["Tests: 1,204 (see CI)", "Tests: 31 (see CI)"],
    ["We run 3 suites with 12 tests in total.", "We run 3 suites with 31 tests in total."],
  ])("%s → %s", (before, after) => {
    const { out, plan } = run(section(before));
    expect(out).toBe(section(after));
    expect(plan.updated).toContain("Test Count");
    expect(run(out).plan.splices).toEqual([]);
  });

  it("keeps thousands separators when the user wrote them", () => {
    expect(run(section("Tests: 1,204"), data({ tests: { total: 12345 } })).out).toContain("Tests: 12,345");
  });

  it("text with no count is left alone, and the plan says so; an empty section gets ours", () => {
    const { out, plan } = run(section("unknown, ask the team"));
    expect(out).toBe(section("unknown, ask the team"));
    expect(plan.notes).toEqual(['section "Test Count" has no number to update (its text was left alone)']);
    const dated = run(section("As of 2026-02-03 and 2026-02-04"));
    expect(dated.plan.notes).toHaveLength(1);
    expect(run("## Test Count\n\n## Next\n").out).toBe("## Test Count\n\n**31 tests**\n\n## Next\n");
    expect(run("## Test Count\n\n## Next\n", data({ tests: { total: 3, passed: 2, failed: 0, skipped: 1 } })).out).toBe(
      "## Test Count\n\n**3 tests**: 2 passed, 0 failed, 1 skipped\n\n## Next\n",
    );
  });

  it("findCount takes the number a total's label names, then the one whole 'N tests', then the only number", () => {
    const count = (body: string) => findCount(body).found?.text;
    expect(count("3 suites, 12 tests")).toBe("12");
    expect(count("v2 build, total 40")).toBe("40");
    expect(count("2026-02-03: 5")).toBe("5"); // a date is not a number of its own
    expect(count("about 5")).toBe("5");
    expect(count("Total: 12 (unit 8)")).toBe("12");
    expect(count("Total: 12 tests (unit: 8 tests)")).toBe("12");
    expect(count("- API: 8 tests\n- UI: 4 tests\n\nTotal: 12")).toBe("12");
    expect(count("**12 tests** (API: 8 tests)")).toBe("12");
    expect(count("12 tests: 8 passed, 4 failed")).toBe("12");
    expect(count("Tests: 12")).toBe("12");
    expect(count("40 total, 2 skipped")).toBe("40");
    // Which number is the total is not said: none is changed.
    expect(findCount("3 suites on 4 runners")).toMatchObject({ why: "ambiguous" });
    expect(findCount("API: 8 tests")).toMatchObject({ why: "ambiguous" });
    expect(findCount("- API: 8 tests\n- UI: 4 tests")).toMatchObject({ why: "ambiguous" });
    expect(findCount("12 (unit 8)")).toMatchObject({ why: "ambiguous" });
    expect(findCount("Unit total: 8. Total: 12")).toMatchObject({ why: "ambiguous" });
    expect(findCount("Counted by CI.")).toMatchObject({ why: "none" });
  });

  it("an ambiguous count body is left byte for byte, with a warning; a part's count is never rewritten", () => {
    const doc = "## Test Count\n\n- API: 8 tests\n- UI: 4 tests\n\n## Other\n";
    const { plan, out } = run(doc);
    expect(out).toBe(doc);
    expect(plan.warnings).toEqual([expect.stringContaining('section "Test Count" has 2 numbers (8, 4) and none of them reads as the total')]);
    const withTotal = "## Test Count\n\nTotal: 12 (unit 8)\n\n- API: 8 tests\n";
    expect(run(withTotal).out).toBe("## Test Count\n\nTotal: 31 (unit 8)\n\n- API: 8 tests\n");
  });
});

// ---- property: only the generated list and the count change ------------------------------------

const prose = fc.oneof(
  fc.constantFrom(
    "See [SPEC-COVERAGE.md](SPEC-COVERAGE.md) | by CI.",
    "Written by people.",
    "- 001–005 foundations\n- 006–010 agents",
    "> quoted 42",
    "```\n- 001 Health\n```",
    "1. first\n2. second",
    // A person's one-item list and link line: theirs, whatever they look like.
    "- See the roadmap",
    "- See [SPEC-COVERAGE.md](SPEC-COVERAGE.md)",
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z ,.()]{0,30}$/),
);
const labels = fc.uniqueArray(fc.stringMatching(/^0\d\d [A-Z][a-z]{1,8}$/), { maxLength: 5 });

describe("property: STATUS.md edits are splices of our own parts", () => {
  it("every byte outside the generated lists and the count stays; a second run changes nothing", () => {
    fc.assert(
      fc.property(
        fc.array(prose, { maxLength: 3 }),
        fc.array(prose, { maxLength: 3 }),
        labels,
        labels,
        fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.boolean(),
        (implProse, pendProse, implemented, pending, total, eol, finalNewline, mixed) => {
          // A list of ours with a person's line in it (from an earlier run, then edited by hand).
          const human = "- 040 blocked on legal (ask Ann)";
          if (mixed && pending.length) pendProse = [[`- ${pending[0]}`, human].join("\n"), ...pendProse];
          const doc = [
            "# Status",
            "",
            "Prose 12 at the top.",
            "",
            "## Test Count",
            "",
            "Total: 12",
            "",
            "## Specs Implemented (Selected)",
            "",
            ...implProse.flatMap((p) => [p, ""]),
            "## Specs Pending",
            "",
            ...pendProse.flatMap((p) => [p, ""]),
            "## Strategic gaps",
            "",
            "Kept.",
          ]
            .join("\n")
            .replace(/\n/g, eol);
          const text = finalNewline ? doc + eol : doc;
          const d: StatusData = { tests: total === undefined ? undefined : { total }, implemented, pending, rowLabels: new Set([...implemented, ...pending]) };
          const plan = planStatus(text, eol, DEFAULT_SECTIONS, d);
          const out = applySplices(text, plan.splices);
          // Outside the splices, the text is the same, byte for byte.
          const sorted = [...plan.splices].sort((a, b) => a.start - b.start);
          let cursor = 0;
          let outCursor = 0;
          for (const s of sorted) {
            expect(out.slice(outCursor, outCursor + (s.start - cursor))).toBe(text.slice(cursor, s.start));
            outCursor += s.start - cursor + s.text.length;
            cursor = s.end;
          }
          expect(out.slice(outCursor)).toBe(text.slice(cursor));
          // What the splices put in is our list or the count, nothing else.
          for (const s of sorted) {
            const removed = text.slice(s.start, s.end);
            expect(removed.includes("Prose") || removed.includes("Kept") || removed.includes("##")).toBe(false);
          }
          for (const item of [...implemented, ...pending]) expect(out).toContain(`- ${item}`);
          if (total !== undefined) expect(out).toContain(`Total: ${total}`);
          for (const p of [...implProse, ...pendProse].filter((x) => !x.includes(human))) expect(out).toContain(p.replace(/\n/g, eol));
          if (mixed && pending.length) expect(out).toContain(human);
          expect(planStatus(out, eol, DEFAULT_SECTIONS, d).splices).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
