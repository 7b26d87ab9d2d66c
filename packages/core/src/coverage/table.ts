import { UserError } from "../errors.js";
import { plainText, scanBlocks, splitCells, type BlockScan, type Table, type TableCell } from "../markdown/blocks.js";
import type { Splice } from "../text/splice.js";
import { compareSpecs, type Spec } from "./specs.js";

/**
 * The coverage table: the one table in SPEC-COVERAGE.md whose columns are
 * `| Spec | Present | Spec'd | Tested | Notes |` (configurable). Rows are matched to specs in
 * match.ts; new rows are appended inside the table; existing rows and marks are never changed,
 * except Tested → ✓ with mark-tested.
 */
export const DEFAULT_HEADER = "| Spec | Present | Spec'd | Tested | Notes |";

export type Role = "spec" | "present" | "specd" | "tested" | "notes" | "other";

export interface CoverageRow {
  /** 1-based line in the file. */
  line: number;
  cells: TableCell[];
  label: string;
  /** The label as plain text (links, emphasis and code reduced). */
  plain: string;
}

export interface CoverageTable {
  table: Table;
  roles: Role[];
  rows: CoverageRow[];
}

const YES = new Set(["✓", "✔", "✔️", "✅", "[x]", "x", "yes", "y", "done", "true"]);

export function isMarked(cell: string | undefined): boolean {
  return cell !== undefined && YES.has(plainText(cell).toLowerCase());
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

/**
 * The coverage table is found by its columns: the one table whose header cells are the `header`
 * input's, compared without case, spaces or quotes. A table that is close to it (the first column
 * and at least two of the others, or half of them) but not the same is an error at its line: a
 * second table appended next to a hand-made one would be worse than asking.
 */
export function locateCoverageTable(text: string, file: string, header: string, scan: BlockScan = scanBlocks(text)): CoverageTable | undefined {
  const wantedCells = splitCells(header, 0).map((c) => c.text);
  const wanted = wantedCells.map(normalizeHeaderCell);
  const found = scan.tables.filter((t) => t.header.cells.length === wanted.length && t.header.cells.every((c, k) => normalizeHeaderCell(c.text) === wanted[k]));
  if (found.length === 0) {
    const similar = scan.tables.find((t) => {
      const cells = t.header.cells.map((c) => normalizeHeaderCell(c.text));
      if (!cells[0]?.includes(wanted[0]) && !wanted[0].includes(cells[0] ?? "\0")) return false;
      const shared = wanted.slice(1).filter((w) => cells.slice(1).includes(w)).length;
      return shared >= 2 || shared * 2 >= wanted.length - 1;
    });
    if (similar) {
      const line = similar.header.line + 1;
      const got = formatRow(similar.header.cells.map((c) => c.text));
      throw new UserError(`${file}:${line}: this table looks like the coverage table, but its header ${got} is not the header ${header}`, {
        file,
        line,
        hint: `give the table the columns ${wantedCells.join(", ")} (case, spaces and Spec'd/Specd do not matter), or set the header input to "${got}"`,
        code: "coverage.similar-table",
      });
    }
    return undefined;
  }
  if (found.length > 1) {
    throw new UserError(`${file} has ${found.length} coverage tables (lines ${found.map((t) => t.header.line + 1).join(", ")}); there must be one`, {
      file,
      line: found[1].header.line + 1,
      hint: `merge them into one table, or rename the header of the one specpipe should not manage`,
      code: "coverage.duplicate-table",
    });
  }
  const table = found[0];
  const roles = table.header.cells.map((c, k) => roleOf(c.text, k));
  const rows: CoverageRow[] = table.rows.map((r) => {
    if (r.cells.length !== table.columns) {
      throw new UserError(`${file}:${r.line + 1}: this coverage row has ${r.cells.length} cells, the table has ${table.columns} columns`, {
        file,
        line: r.line + 1,
        column: 1,
        hint: `give the row exactly ${table.columns} cells (${table.header.cells.map((c) => c.text).join(", ")}); escape a "|" inside a cell as "\\|"`,
        code: "coverage.bad-row",
      });
    }
    const label = r.cells[0].text;
    return { line: r.line + 1, cells: r.cells, label, plain: plainText(label) };
  });
  return { table, roles, rows };
}

export function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
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
  added: { spec: Spec; label: string; row: string; line: number }[];
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
    return { spec, label, row: formatRow(newRowCells(label, ct.roles, testedKeys.has(spec.key))), line: lastLine + k + 1 };
  });
  const splices: Splice[] = [];
  if (added.length) splices.push({ start: ct.table.end, end: ct.table.end, text: added.map((a) => eol + a.row).join("") });
  const markedTested: TablePlan["markedTested"] = [];
  const testedCol = ct.roles.indexOf("tested");
  if (testedCol >= 0 && testedKeys.size) {
    ct.rows.forEach((row, k) => {
      const spec = rowSpecs[k];
      if (!spec || !testedKeys.has(spec.key)) return;
      const cell = row.cells[testedCol];
      if (isMarked(cell.text)) return;
      splices.push({ start: cell.start, end: cell.end, text: "✓" });
      markedTested.push({ spec, line: row.line });
    });
  }
  return { splices, added, markedTested };
}

export function standardCoverageDocument(header: string, eol: string): string {
  const cells = splitCells(header, 0).map((c) => c.text);
  return ["# Spec Coverage", "", "Spec → implementation → test mapping. Rows are added by specpipe's coverage-update; marks are yours.", "", formatRow(cells), `|${cells.map((c) => "-".repeat(Math.max(3, c.length + 2))).join("|")}|`, ""].join(eol);
}
