import { UserError } from "../errors.js";
import { plainText, scanBlocks, splitCells, type BlockScan, type Table, type TableCell } from "../markdown/blocks.js";
import type { Splice } from "../text/splice.js";
import { compareSpecs, type Spec } from "./specs.js";
import { COVERAGE_DEFAULTS } from "../defaults.js";

/**
 * The coverage table: the one table in SPEC-COVERAGE.md whose columns are
 * `| Spec | Present | Spec'd | Tested | Notes |` (configurable). Rows are matched to specs in
 * match.ts; new rows are appended inside the table; existing rows and marks are never changed,
 * except Tested → ✓ with mark-tested.
 */
export const DEFAULT_HEADER: string = COVERAGE_DEFAULTS.header;

export type Role = "spec" | "present" | "specd" | "tested" | "notes" | "other";

export interface CoverageRow {
  /** 1-based line in the file. */
  line: number;
  cells: TableCell[];
  label: string;
  /** The label as plain text (links, emphasis and code reduced). */
  plain: string;
  /** Offset of the row's end (before its line ending), and the row as written. */
  end: number;
  text: string;
}

export interface CoverageTable {
  table: Table;
  roles: Role[];
  rows: CoverageRow[];
}

/** Words that mark a cell done when they are its first word ("yes", "Done — v2", "x"). */
const YES_WORDS = new Set(["[x]", "x", "yes", "y", "done", "true"]);
/** Check marks: a cell that starts with one is marked, whatever follows ("✓ (unit only)", "✅ Done"). */
const CHECK = /^(?:✓|✔|✅|☑|✔️|☑️)/u;

/**
 * Is the cell marked? As people mark them: a check mark first ("✓", "✅ Done", "✓ (unit only)"),
 * or a yes-word as the first word ("yes", "Done, v2", "[x] partial"). "?", "✗", "No", "partly"
 * and an empty cell are not.
 */
export function isMarked(cell: string | undefined): boolean {
  if (cell === undefined) return false;
  const text = plainText(cell).trim();
  if (CHECK.test(text)) return true;
  const first = /^\S+?(?=[\s,;:.()—–]|$)/u.exec(text.toLowerCase())?.[0];
  return first !== undefined && YES_WORDS.has(first);
}

/** A header cell for comparison: case, spaces, quotes and markup do not count ("Spec'd" = "Specd" = "spec ’d"). */
export function normalizeHeaderCell(s: string): string {
  return plainText(s)
    .replace(/[’‘`'"]/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

export function roleOf(headerCell: string, index: number): Role {
  const h = normalizeHeaderCell(headerCell).replace(/[^a-z]/g, "");
  if (index === 0) return "spec";
  if (h === "present" || h === "implemented") return "present";
  if (h === "specd" || h === "specified") return "specd";
  if (h === "tested") return "tested";
  if (h === "notes" || h === "note") return "notes";
  return "other";
}

/** A column for comparing headers: its name without case, spaces or quotes, synonyms as one. */
function columnKey(headerCell: string): string {
  const h = normalizeHeaderCell(headerCell).replace(/[^\p{L}\p{N}#]/gu, "");
  return h === "implemented" ? "present" : h === "specified" ? "specd" : h === "note" ? "notes" : h;
}

const CONTAINER = /^(?:[ \t]*>[ \t]?|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+|[ \t]+)*/;
const FENCE = /^(`{3,}|~{3,})/;
const DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

interface HeaderAt {
  /** 1-based line. */
  line: number;
  cells: string[];
  /** Inside a block quote or a list item (scanBlocks does not look there). */
  nested: boolean;
}

/**
 * Every table header row of the document, nested ones included (a table in a block quote or a
 * list item), outside code fences: where a table that is not quite the coverage table may hide.
 */
function tableHeaders(scan: BlockScan): HeaderAt[] {
  const out: HeaderAt[] = [];
  const lines = scan.lines;
  let fence: string | undefined;
  const strip = (t: string) => {
    const prefix = CONTAINER.exec(t)?.[0] ?? "";
    return { rest: t.slice(prefix.length), nested: /[>*+\-\d]/.test(prefix) };
  };
  for (let i = 0; i < lines.length; i++) {
    const { rest, nested } = strip(lines[i].text);
    // Indented code (four spaces, no container): an example, not a table.
    if (!nested && /^(?: {4}|\t)/.test(lines[i].text) && fence === undefined) continue;
    const f = FENCE.exec(rest);
    if (fence !== undefined) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && /^[`~]+[ \t]*$/.test(rest)) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    if (i + 1 >= lines.length || !rest.includes("|")) continue;
    const next = strip(lines[i + 1].text).rest;
    if (!DELIMITER.test(next) || !next.includes("-")) continue;
    const cells = splitCells(rest, 0).map((c) => c.text);
    if (cells.length === splitCells(next, 0).length) out.push({ line: i + 1, cells, nested });
  }
  return out;
}

/**
 * The coverage table is found by its columns: the one top-level table whose header cells are the
 * `header` input's, compared without case, spaces or quotes. A table that is close to it but is
 * not it is an error at its line, never a reason to append a second table next to a hand-made
 * one: a table with at least half of the header's columns (and two), in any order, whatever its
 * first column is called ("#", "Feature", "ID"), or the table itself inside a block quote or a
 * list item (where specpipe does not edit).
 */
export function locateCoverageTable(text: string, file: string, header: string, scan: BlockScan = scanBlocks(text)): CoverageTable | undefined {
  const wantedCells = splitCells(header, 0).map((c) => c.text);
  const wanted = wantedCells.map(normalizeHeaderCell);
  const found = scan.tables.filter((t) => t.header.cells.length === wanted.length && t.header.cells.every((c, k) => normalizeHeaderCell(c.text) === wanted[k]));
  if (found.length === 0) {
    const wantedKeys = new Set(wantedCells.map(columnKey));
    const need = Math.max(2, Math.ceil(wantedKeys.size / 2));
    const similar = tableHeaders(scan).find((h) => {
      const keys = new Set(h.cells.map(columnKey));
      let shared = 0;
      for (const k of wantedKeys) if (keys.has(k)) shared++;
      return shared >= need;
    });
    if (similar) {
      const got = formatRow(similar.cells);
      const exact = similar.cells.length === wanted.length && similar.cells.every((c, k) => normalizeHeaderCell(c) === wanted[k]);
      if (exact) {
        throw new UserError(`the coverage table is inside a block quote or a list item, where specpipe does not edit tables`, {
          file,
          line: similar.line,
          hint: `move the table out of the block quote or list (no "> " or indentation before its rows), so that rows can be added to it`,
          code: "coverage.nested-table",
        });
      }
      throw new UserError(`this table looks like the coverage table, but its header ${got} is not the header ${header}${similar.nested ? " (and it is inside a block quote or a list item)" : ""}`, {
        file,
        line: similar.line,
        hint: `give the table the columns ${wantedCells.join(", ")} (case, spaces and Spec'd/Specd do not matter)${similar.nested ? ", outside any block quote or list," : ""} or set the header input to "${got}"`,
        code: "coverage.similar-table",
      });
    }
    return undefined;
  }
  if (found.length > 1) {
    throw new UserError(`this file has ${found.length} coverage tables (lines ${found.map((t) => t.header.line + 1).join(", ")}); there must be one`, {
      file,
      line: found[1].header.line + 1,
      hint: `merge them into one table, or rename the header of the one specpipe should not manage`,
      code: "coverage.duplicate-table",
    });
  }
  const table = found[0];
  const roles = table.header.cells.map((c, k) => roleOf(c.text, k));
  const rows: CoverageRow[] = table.rows.map((r) => {
    // Fewer cells than columns is GFM's empty cells (a row without its trailing Notes cell);
    // more would drop text from the rendered table: that is the user's to fix.
    if (r.cells.length > table.columns) {
      throw new UserError(`this coverage row has ${r.cells.length} cells, the table has ${table.columns} columns`, {
        file,
        line: r.line + 1,
        column: 1,
        hint: `give the row at most ${table.columns} cells (${table.header.cells.map((c) => c.text).join(", ")}); escape a "|" inside a cell as "\\|"`,
        code: "coverage.bad-row",
      });
    }
    const label = r.cells[0].text;
    return { line: r.line + 1, cells: r.cells, label, plain: plainText(label), end: r.end, text: text.slice(r.start, r.end) };
  });
  return { table, roles, rows };
}

/**
 * Text for a table cell: a "|" not yet escaped gets its backslash; one already escaped ("\|" in a
 * title written for a table) is left as it is, so escaping is idempotent and a title never
 * gains a backslash per run. (An escaped backslash before a pipe, "\\|", leaves the pipe bare.)
 */
export function escapeCell(s: string): string {
  return s.replace(/(\\*)\|/g, (m, slashes: string) => (slashes.length % 2 === 1 ? m : `${slashes}\\|`)).replace(/\r?\n/g, " ");
}

export function newRowCells(label: string, roles: Role[], tested: boolean): string[] {
  return roles.map((role) => {
    switch (role) {
      case "spec":
        return escapeCell(label);
      case "present":
      case "specd":
        return "?";
      case "tested":
        return tested ? "✓" : "?";
      case "notes":
        return "Pending";
      default:
        return "";
    }
  });
}

export function formatRow(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

export interface TablePlan {
  splices: Splice[];
  /** `cell` is the label as written into the row (escaped): what the next run reads back. */
  added: { spec: Spec; label: string; cell: string; row: string; line: number }[];
  markedTested: { spec: Spec; line: number }[];
}

/**
 * Splices for the table: new rows after the last row (no blank line, ordered by number then
 * name), and Tested → ✓ for rows whose spec passed tests (never the other way).
 * `rowSpecs` is the spec each existing row stands for (parallel to ct.rows).
 */
export function planTable(ct: CoverageTable, rowSpecs: readonly (Spec | undefined)[], missing: Spec[], labels: Map<Spec, string>, eol: string, testedKeys: Set<string>): TablePlan {
  const sorted = [...missing].sort(compareSpecs);
  const lastLine = ct.table.lastLine + 1; // 1-based line of the current last row
  const added = sorted.map((spec, k) => {
    const label = labels.get(spec)!;
    const cells = newRowCells(label, ct.roles, testedKeys.has(spec.key));
    return { spec, label, cell: cells[0], row: formatRow(cells), line: lastLine + k + 1 };
  });

  const splices: Splice[] = [];
  if (added.length) splices.push({ start: ct.table.end, end: ct.table.end, text: added.map((a) => eol + a.row).join("") });
  const markedTested: TablePlan["markedTested"] = [];
  const testedCol = ct.roles.indexOf("tested");
  if (testedCol >= 0 && testedKeys.size) {
    ct.rows.forEach((row, k) => {
      const spec = rowSpecs[k];
      if (!spec || !testedKeys.has(spec.key)) return;
      const cell = row.cells[testedCol] as TableCell | undefined;
      if (cell && isMarked(cell.text)) return;
      if (cell) splices.push({ start: cell.start, end: cell.end, text: "✓" });
      else {
        // The row stops before its Tested cell: the empty cells up to it, then the mark.
        const closed = /(?<!\\)\|[ \t]*$/.test(row.text);
        const missing = testedCol - row.cells.length;
        splices.push({ start: row.end, end: row.end, text: `${closed ? "" : " |"}${"  |".repeat(missing)} ✓ |` });
      }
      markedTested.push({ spec, line: row.line });
    });
  }
  return { splices, added, markedTested };
}

export function standardCoverageDocument(header: string, eol: string): string {
  const cells = splitCells(header, 0).map((c) => c.text);
  return ["# Spec Coverage", "", "Spec → implementation → test mapping. Rows are added by specpipe's coverage-update; marks are yours.", "", formatRow(cells), `|${cells.map((c) => "-".repeat(Math.max(3, c.length + 2))).join("|")}|`, ""].join(eol);
}
