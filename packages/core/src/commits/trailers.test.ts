import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSeparator, messageBody, parseTrailers, trailerValue } from "./trailers.js";

/** git's own verdict: `git interpret-trailers --parse --no-divider` (the rules %(trailers) uses). */
function gitTrailers(message: string): { key: string; value: string }[] {
  const r = spawnSync("git", ["interpret-trailers", "--parse", "--no-divider"], {
    input: message,
    env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
  });
  const out = r.stdout.toString("utf8");
  return out
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const at = l.indexOf(":");
      return { key: l.slice(0, at), value: l.slice(at + 1).trim() };
    });
}

describe("parseTrailers", () => {
  it("reads the last paragraph's trailers", () => {
    const msg = "feat: spin\n\nWhy it spins.\n\nSpec-Hash: 5891b5b522d5\nPlaybook-Step: scaffold\n";
    expect(parseTrailers(msg)).toEqual([
      { key: "Spec-Hash", value: "5891b5b522d5" },
      { key: "Playbook-Step", value: "scaffold" },
    ]);
    expect(trailerValue(parseTrailers(msg), "spec-hash")).toBe("5891b5b522d5");
    expect(messageBody(msg)).toBe("Why it spins.");
  });
  it("never takes the title, nor a paragraph with prose, as trailers", () => {
    expect(parseTrailers("Spec-Hash: abc\n")).toEqual([]);
    expect(parseTrailers("feat: x\n\nSee: this\nand some prose\n")).toEqual([]);
  });
  it("accepts a mostly-prose block with a git-generated trailer", () => {
    const msg = "fix: y\n\nSpec-Hash: abc\nSigned-off-by: A <a@b>\nprose line\n";
    expect(parseTrailers(msg)).toEqual([
      { key: "Spec-Hash", value: "abc" },
      { key: "Signed-off-by", value: "A <a@b>" },
    ]);
  });
  it("unfolds continuation lines and ignores trailing comments and blank lines", () => {
    const msg = "fix: y\n\nSpec-Amendment: the widget\n  must spin twice\nSpec-Hash: abc\n\n# Please enter the commit message\n\n";
    expect(parseTrailers(msg)).toEqual([
      { key: "Spec-Amendment", value: "the widget must spin twice" },
      { key: "Spec-Hash", value: "abc" },
    ]);
  });
  it("findSeparator follows git: token, optional blanks, colon", () => {
    expect(findSeparator("Key: v")).toBe(3);
    expect(findSeparator("Key : v")).toBe(4);
    expect(findSeparator("Two words: v")).toBe(-1);
    expect(findSeparator(": v")).toBe(0);
    expect(findSeparator(" Key: v")).toBe(-1);
  });

  it("a comment line ends the trailer before it (as in git)", () => {
    expect(parseTrailers("feat: t\n\nSigned-off-by: A <a@b>\n# comment\n\tcontinued\n")).toEqual([
      { key: "Signed-off-by", value: "A <a@b>" },
    ]);
  });

  it("agrees with git interpret-trailers on generated messages (property)", () => {
    const token = fc.constantFrom(
      "Spec-Hash",
      "Playbook-Step",
      "Signed-off-by",
      "Co-authored-by",
      "X",
      "a-b-1",
      "Two words",
      "Ünï",
      "Key ",
    );
    const value = fc.constantFrom("abc", "", " spaced ", "a: b", "x\ty");
    const line = fc.oneof(
      fc.tuple(token, value).map(([k, v]) => `${k}:${v}`),
      fc.tuple(token, value).map(([k, v]) => `${k}: ${v}`),
      fc.constantFrom(
        "",
        " ",
        "prose here",
        "  continued",
        "\tcontinued",
        "# comment",
        "(cherry picked from commit abc)",
        "Signed-off-by: A <a@b>",
        "---",
        "x\r",
      ),
    );
    const message = fc
      .tuple(
        fc.constantFrom("feat: t", "fix(s)!: t", "", "title\nmore title"),
        fc.array(line, { maxLength: 8 }),
        fc.array(line, { maxLength: 6 }),
        fc.constantFrom("", "\n", "\n\n"),
      )
      .map(([title, p1, p2, tail]) => [title, "", ...p1, "", ...p2].join("\n") + tail);
    fc.assert(
      fc.property(message, (m) => {
        expect(parseTrailers(m)).toEqual(gitTrailers(m));
      }),
      { numRuns: 500 },
    );
  });
});
