import { applyPatch, createTwoFilesPatch } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySplices, type Splice } from "../text/splice.js";
import { spliceDiff } from "./splice-diff.js";

/** jsdiff's patch as planDiff writes it (headers without the "Index:" banner and tabs). */
function jsdiff(before: string, after: string): string {
  const p = createTwoFilesPatch("a/x.md", "b/x.md", before, after, "", "", { context: 3 });
  return p.slice(p.indexOf("--- ")).replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}

describe("spliceDiff", () => {
  it.each([
    ["a row appended to a table", "# T\n\n| a |\n|---|\n| 1 |\n\nafter\n", [{ start: 20, end: 20, text: "\n| 2 |" }]],
    ["a cell changed", "| a | b |\n|---|---|\n| 1 | ? |\n| 2 | ? |\n", [{ start: 28, end: 29, text: "✓" }]],
    ["the last line has no newline", "l1\nl2\nl3", [{ start: 8, end: 8, text: "\nl4" }]],
    ["CRLF", "l1\r\nl2\r\nl3\r\nl4\r\n", [{ start: 4, end: 6, text: "X" }]],
    ["an insertion at the very end", "a\nb\n", [{ start: 4, end: 4, text: "c\n" }]],
    ["a deletion of the last line", "a\nb\nc\n", [{ start: 4, end: 6, text: "" }]],
    ["an empty file", "", [{ start: 0, end: 0, text: "x\n" }]],
    ["a BOM on the first line", "\uFEFF# T\n1\n2\n3\n4\n5\n6\n7\n8\n", [{ start: 1, end: 2, text: "## " }, { start: 21, end: 21, text: "9\n" }]],
  ] as [string, string, Splice[]][])("%s: the same patch as jsdiff", (_, before, splices) => {
    const after = applySplices(before, splices);
    expect(spliceDiff("a/x.md", "b/x.md", before, splices)).toBe(jsdiff(before, after));
  });

  it("is empty when nothing changes", () => {
    expect(spliceDiff("a/x", "b/x", "same\n", [{ start: 0, end: 4, text: "same" }])).toBe("");
  });

  it("property: the patch turns the old text into the new one (jsdiff applies it)", () => {
    const line = fc.constantFrom("| 001 A | ✓ | ? |", "", "text", "| 002 B | ? | ? |", "## H", "x\r");
    const doc = fc.array(line, { maxLength: 30 }).chain((lines) => fc.tuple(fc.constant(lines.join("\n")), fc.boolean()));
    fc.assert(
      fc.property(
        doc.chain(([body, nl]) => {
          const text = nl && body ? body + "\n" : body;
          const edit = fc.tuple(fc.nat(text.length), fc.nat(6), fc.constantFrom("", "✓", "\n| 003 C | ? | ? |", "X\nY", "\n"));
          return fc.tuple(fc.constant(text), fc.array(edit, { maxLength: 6 }));
        }),
        ([text, edits]) => {
          // Non-overlapping splices, as planTable and planStatus make them.
          const splices: Splice[] = [];
          let cursor = 0;
          for (const [at, len, t] of [...edits].sort((x, y) => x[0] - y[0])) {
            const start = Math.max(at, cursor);
            if (start > text.length) break;
            const end = Math.min(text.length, start + len);
            splices.push({ start, end, text: t });
            cursor = end + 1;
          }
          const after = applySplices(text, splices);
          const patch = spliceDiff("a/x.md", "b/x.md", text, splices);
          if (after === text) expect(patch).toBe("");
          else expect(applyPatch(text, patch)).toBe(after);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
