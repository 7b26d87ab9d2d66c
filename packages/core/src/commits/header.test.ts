import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TYPES, headerOf, isIgnoredMessage, parseHeader } from "./header.js";

// commitlint is the reference (a dev dependency only): its own lint() with config-conventional.
type Lint = typeof import("@commitlint/lint").default;
let lint: Lint;
let rules: Parameters<Lint>[1];
let parserOpts: NonNullable<Parameters<Lint>[2]>["parserOpts"];
const CONVENTIONAL_TYPES = ["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"];
const HEADER_RULES = new Set([
  "header-max-length",
  "header-trim",
  "type-empty",
  "type-case",
  "type-enum",
  "subject-empty",
  "subject-case",
  "subject-full-stop",
]);

beforeAll(async () => {
  lint = (await import("@commitlint/lint")).default;
  rules = (await import("@commitlint/config-conventional")).default.rules;
  const { default: createPreset } = await import("conventional-changelog-conventionalcommits");
  // Preset 10 (commitlint 21) names its parser options `parser` (9 and earlier: `parserOpts`);
  // its declared return type is `{}`, so the shape is asserted here.
  const preset = createPreset() as { parser?: typeof parserOpts };
  parserOpts = preset.parser;
  expect(parserOpts).toBeTruthy();
});

async function commitlintHeaderVerdict(message: string): Promise<boolean> {
  const r = await lint(message, rules, { parserOpts });
  return r.errors.filter((e) => HEADER_RULES.has(e.name)).length === 0;
}

function ours(message: string): boolean {
  return isIgnoredMessage(message) || parseHeader(headerOf(message), CONVENTIONAL_TYPES).valid;
}

describe("parseHeader", () => {
  it("splits type, scope, breaking mark and subject", () => {
    expect(parseHeader("feat(api)!: add spin")).toMatchObject({
      type: "feat",
      scope: "api",
      subject: "add spin",
      breaking: true,
      valid: true,
    });
    expect(parseHeader("spec: amend the widget")).toMatchObject({ type: "spec", scope: null, valid: true });
  });
  it("names the rule that fails", () => {
    const rules = (h: string) => parseHeader(h).problems.map((p) => p.rule);
    expect(rules("Add spin")).toEqual(["type-empty", "subject-empty"]);
    expect(rules("feat: Add spin")).toEqual(["subject-case"]);
    expect(rules("feat: add spin.")).toEqual(["subject-full-stop"]);
    expect(rules("wip: add spin")).toEqual(["type-enum"]);
    expect(rules("Feat: add spin")).toEqual(["type-case", "type-enum"]);
    expect(rules("feat: " + "x".repeat(100))).toEqual(["header-max-length"]);
    expect(rules("feat: add ")).toEqual(["header-trim"]);
    expect(rules("feat:")).toEqual(["type-empty", "subject-empty"]);
    expect(rules("feat: ")).toEqual(["header-trim", "subject-empty"]);
  });
  it("takes types from the configuration", () => {
    expect(parseHeader("wip: x", ["wip"]).valid).toBe(true);
    expect(DEFAULT_TYPES).toContain("spec");
  });
  it("agrees with commitlint on hand-picked headers", async () => {
    for (const h of [
      "feat: a",
      "feat: A",
      "feat: `Code` thing",
      'fix: "Quoted" start',
      "feat: ß",
      "feat: 1 thing",
      "feat: ...",
      "fix: end...",
      "feat:x",
      "feat(: x",
      "feat(a)(b): x",
      "Merge branch 'x'",
      'Revert "feat: x"',
      "fixup! feat: x",
      "chore: v1.2.3",
      "feat: ǅ",
      "feat: ĸ",
      "feat!: x",
      " feat: x",
      "feat: é",
      // A lower-case letter outside the BMP: commitlint judges its first UTF-16 unit (found by the property below).
      "feat: 𞤢",
      "feat: 𐐨 x",
    ]) {
      expect([h, ours(h)]).toEqual([h, await commitlintHeaderVerdict(h)]);
    }
  });
  it("agrees with commitlint's config-conventional on generated headers (property)", async () => {
    const type = fc.constantFrom("feat", "fix", "docs", "chore", "Feat", "FIX", "wip", "", "feat1", "spec");
    const scope = fc.constantFrom("", "(api)", "()", "(a b)", "(x)(y)", "(");
    const bang = fc.constantFrom("", "!");
    const sep = fc.constantFrom(": ", ":", " : ", ":  ");
    const subject = fc.oneof(
      fc.constantFrom(
        "add spin",
        "Add spin",
        "ADD",
        "add spin.",
        "add...",
        "`Code` x",
        "'Q' x",
        "1st",
        "",
        " lead",
        "trail ",
        "Été",
        "été",
        "ĸ x",
        "ǅ",
        "x".repeat(95),
        "v1.2.3",
        "1.2.3",
        "v1.2.3-rc.1",
        "1.2.3-01",
        "=1.2.3",
        "v01.2.3",
      ),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: "grapheme", maxLength: 12 }),
    );
    const body = fc.constantFrom("", "\n\nbody text", "\n\nSpec-Hash: abc", "\n\nMerge branch 'x' into main", "\n\nMerge tag v1");
    const whole = fc.constantFrom(
      "",
      "Revert ",
      "revert ",
      "Reapply ",
      "fixup! ",
      "squash! ",
      "amend! ",
      "Merged x into y: ",
      "Automatic merge ",
      "Auto-merged a into b ",
    );
    await fc.assert(
      fc.asyncProperty(whole, type, scope, bang, sep, subject, body, async (w, t, s, b, c, subj, bd) => {
        const message = `${w}${t}${s}${b}${c}${subj}`.replace(/\r?\n/g, " ") + bd;
        expect([message, ours(message)]).toEqual([message, await commitlintHeaderVerdict(message)]);
      }),
      { numRuns: 600 },
    );
  });
});
