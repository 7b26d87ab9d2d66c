import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanBlocks, splitCells, splitLines } from "./blocks.js";
import { parseMarkdownTree } from "../../../../test/harness/remark.js";

const word = fc.stringMatching(/^[A-Za-zäöü€✓][A-Za-z0-9 äöü€✓.,'()-]{0,14}$/).map((s) => s.trim() || "w");
const cell = fc.oneof(
  word,
  fc.constant(""),
  fc.constant("✓"),
  fc.constant("?"),
  word.map((w) => `${w} \\| x`),
  word.map((w) => `\`${w}\``),
);

const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), word).map(([n, w]) => `${"#".repeat(n)} ${w}`),
  fc.tuple(word, fc.constantFrom("===", "---", "=")).map(([w, u]) => `${w}\n${u}`),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join("\n")),
  fc.tuple(fc.constantFrom("```", "~~~", "````"), word).map(([f, w]) => `${f}\n| a | b |\n|---|---|\n# not a heading ${w}\n${f}`),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.map((w) => `- ${w}`).join("\n")),
  fc.constant("<!-- | x | y |\n|---|---| -->"),
  fc.constant("> quoted | text"),
  fc.constant("    indented | code\n    |---|---|"),
  fc.integer({ min: 1, max: 5 }).chain((cols) =>
    fc
      .tuple(
        fc.array(word, { minLength: cols, maxLength: cols }),
        fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([head, rows, outer, aligned]) => {
        const row = (cells: string[]) => (outer ? `| ${cells.join(" | ")} |` : cells.join(" | ")) + (outer ? "" : "");
        const delim = Array.from({ length: cols }, (_, k) => (aligned && k % 2 ? ":---:" : "---"));
        const lines = [row(head), outer || cols > 1 ? row(delim) : `| ${delim[0]} |`, ...rows.map(row)];
        // A one-column table without outer pipes is a paragraph in GFM; keep pipes then.
        if (cols === 1) return [`| ${head[0]} |`, `| --- |`, ...rows.map((r) => `| ${r[0]} |`)].join("\n");
        return lines.join("\n");
      }),
  ),
);

const documentArb = fc
  .tuple(
    fc.array(fc.tuple(block, fc.constantFrom("\n\n", "\n\n", "\n")), { minLength: 1, maxLength: 8 }),
    fc.constantFrom("\n", "\r\n"),
    fc.boolean(),
  )
  .map(([raw, eol, finalNewline]) => {
    // Out of scope (see blocks.ts): what CommonMark nests into a list item or block quote (lazy
    // lines, indented continuations). A heading after each container ends it explicitly.
    const blocks = raw.map(([b, sep], k): [string, string] =>
      k > 0 && /^(- |> )/.test(raw[k - 1][0]) ? ["# H\n\n" + b, "\n\n"] : [b, sep],
    );
    // Mostly blank-line separated, sometimes directly adjacent (a table right under a paragraph).
    const text = blocks.map(([b, sep], k) => (k === 0 ? b : sep + b)).join("") + (finalNewline ? "\n" : "");
    return eol === "\n" ? text : text.replace(/\n/g, "\r\n");
  });

async function reference(text: string) {
  const tree = await parseMarkdownTree(text);
  const headings: { level: number; line: number }[] = [];
  const tables: { line: number; lastLine: number; rows: number[] }[] = [];
  for (const node of tree.children) {
    if (node.type === "heading") headings.push({ level: node.depth, line: node.position!.start.line - 1 });
    if (node.type === "table") {
      tables.push({
        line: node.position!.start.line - 1,
        lastLine: node.position!.end.line - 1,
        rows: node.children.slice(1).map((r) => r.position!.start.line - 1),
      });
    }
  }
  return { headings, tables };
}

describe("scanBlocks agrees with remark-parse + remark-gfm", () => {
  it("finds the same top-level headings and tables on generated documents", async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (text) => {
        const ours = scanBlocks(text);
        const ref = await reference(text);
        expect(ours.headings.map((h) => ({ level: h.level, line: h.line }))).toEqual(ref.headings);
        expect(ours.tables.map((t) => ({ line: t.header.line, lastLine: t.lastLine, rows: t.rows.map((r) => r.line) }))).toEqual(
          ref.tables,
        );
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it("gives cell offsets that slice back to the cell text", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), fc.nat(100), (cells, offset) => {
        const line = `| ${cells.join(" | ")} |`;
        const parsed = splitCells(line, offset);
        expect(parsed.map((c) => c.text)).toEqual(cells.map((c) => c.trim()));
        for (const c of parsed) expect(line.slice(c.start - offset, c.end - offset)).toBe(c.text);
      }),
    );
  });
});

describe("splitLines", () => {
  it("keeps offsets exact with CRLF and without a final newline", () => {
    const text = "a\r\nbb\nccc";
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(["a", "bb", "ccc"]);
    expect(lines.map((l) => [l.start, l.end, l.next])).toEqual([
      [0, 1, 3],
      [3, 5, 6],
      [6, 9, 9],
    ]);
  });
});
