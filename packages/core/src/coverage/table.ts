import { UserError } from "../errors.js";
import { plainText, scanBlocks, splitCells, type BlockScan, type Table, type TableCell } from "../markdown/blocks.js";
import type { Splice } from "../text/splice.js";
import { compareSpecs, type Spec } from "./specs.js";

/**
 * The coverage table: the one table in SPEC-COVERAGE.md whose header is
 * `| Spec | Present | Spec'd | Tested | Notes |` (configurable). Rows are matched to specs by key,
 * or by number and title; new rows are appended inside the table; existing rows and marks are
 * never changed, except Tested → ✓ with mark-tested.
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
  spec?: Spec;
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

function normalizeHeaderCell(s: string): string {
  return plainText(s).replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

export function roleOf(headerCell: string, index: number): Role {
  const h = normalizeHeaderCell(headerCell).replace(/[^a-z']/g, "");
  if (index === 0) return "spec";
  if (h === "present" || h === "implemented") return "present";
  if (h === "spec'd" || h === "specd" || h === "specified") return "specd";
  if (h === "tested") return "tested";
  if (h === "notes" || h === "note") return "notes";
  return "other";
}

/** Text compared when matching a row to a spec by title: plain, lower-case, words only. */
export function normalizeTitle(s: string): string {
  return plainText(s)
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const NAME_CHAR = /[A-Za-z0-9_-]/;

/** `name` occurs in `text` as a whole name (not inside a longer one). */
export function containsName(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    const before = i === 0 ? "" : text[i - 1];
    const after = text[i + name.length] ?? "";
    if (!NAME_CHAR.test(before) && !NAME_CHAR.test(after)) return true;
  }
  return false;
}

/** Does this row (its first cell, raw Markdown) stand for this spec? */
export function rowMatchesSpec(label: string, spec: Spec, plain: string = plainText(label)): boolean {
  // By key, anywhere in the cell (text or link target), as a whole name.
  if (containsName(label, spec.key)) return true;
  if (spec.number === undefined) return normalizeTitle(plain) === normalizeTitle(spec.title);
  // By number and title: "027 Fully Automated Pipeline", "027: Fully …", "[027 Fully …](…)".
  const m = /^\s*0*(\d+)\b[\s.:\-–—)]*(.*)$/.exec(plain);
  return !!m && Number(m[1]) === Number(spec.number) && normalizeTitle(m[2]) === normalizeTitle(spec.title);
}

export function locateCoverageTable(text: string, file: string, header: string, scan: BlockScan = scanBlocks(text)): CoverageTable | undefined {
  const wanted = splitCells(header, 0).map((c) => normalizeHeaderCell(c.text));
  const found = scan.tables.filter((t) => t.header.cells.length === wanted.length && t.header.cells.every((c, k) => normalizeHeaderCell(c.text) === wanted[k]));
  if (found.length === 0) return undefined;
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

/**
 * Match rows to specs. Indexed, not pairwise: every row's name-like tokens and its leading
 * number are collected once, so 10,000 specs against 10,000 rows stay linear.
 * Returns the specs no row stands for.
 */
export function matchRows(rows: CoverageRow[], specs: Spec[]): Spec[] {
  const byToken = new Map<string, CoverageRow[]>();
  const byNumber = new Map<number, CoverageRow[]>();
  const byTitle = new Map<string, CoverageRow[]>();
  const push = <K>(map: Map<K, CoverageRow[]>, key: K, row: CoverageRow) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  for (const row of rows) {
    for (const token of new Set(row.label.match(/[A-Za-z0-9_-]+/g) ?? [])) push(byToken, token, row);
    const m = /^\s*0*(\d+)\b/.exec(row.plain);
    if (m) push(byNumber, Number(m[1]), row);
    push(byTitle, normalizeTitle(row.plain), row);
  }
  const unmatched: Spec[] = [];
  for (const spec of specs) {
    const candidates = new Set<CoverageRow>([
      ...(byToken.get(spec.key) ?? []),
      ...(spec.number !== undefined ? (byNumber.get(Number(spec.number)) ?? []) : (byTitle.get(normalizeTitle(spec.title)) ?? [])),
    ]);
    let hit = false;
    for (const row of candidates) {
      if (rowMatchesSpec(row.label, spec, row.plain)) {
        if (!row.spec) row.spec = spec;
        hit = true;
      }
    }
    if (!hit) unmatched.push(spec);
  }
  return unmatched;
}

export function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function rowLabel(spec: Spec): string {
  return spec.number !== undefined ? `${spec.number} ${spec.title}` : spec.title;
}

export function newRowCells(spec: Spec, roles: Role[], tested: boolean): string[] {
  return roles.map((role) => {
    switch (role) {
      case "spec":
        return escapeCell(rowLabel(spec));
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
  added: { spec: Spec; row: string; line: number }[];
  markedTested: { spec: Spec; line: number }[];
}

/**
 * Splices for the table: new rows after the last row (no blank line, ordered by number then
 * name), and Tested → ✓ for rows whose spec passed tests (never the other way).
 */
export function planTable(ct: CoverageTable, missing: Spec[], eol: string, testedKeys: Set<string>): TablePlan {
  const sorted = [...missing].sort(compareSpecs);
  const lastLine = ct.table.lastLine + 1; // 1-based line of the current last row
  const added = sorted.map((spec, k) => ({ spec, row: formatRow(newRowCells(spec, ct.roles, testedKeys.has(spec.key))), line: lastLine + k + 1 }));
  const splices: Splice[] = [];
  if (added.length) splices.push({ start: ct.table.end, end: ct.table.end, text: added.map((a) => eol + a.row).join("") });
  const markedTested: TablePlan["markedTested"] = [];
  const testedCol = ct.roles.indexOf("tested");
  if (testedCol >= 0 && testedKeys.size) {
    for (const row of ct.rows) {
      if (!row.spec || !testedKeys.has(row.spec.key)) continue;
      const cell = row.cells[testedCol];
      if (isMarked(cell.text)) continue;
      splices.push({ start: cell.start, end: cell.end, text: "✓" });
      markedTested.push({ spec: row.spec, line: row.line });
    }
  }
  return { splices, added, markedTested };
}

/** Specs whose key or number appears in the name of a passing test. */
export function testedSpecKeys(specs: Spec[], passingNames: readonly string[]): Set<string> {
  const keys = new Set<string>();
  if (!passingNames.length) return keys;
  const haystack = passingNames.join("\n");
  for (const spec of specs) {
    if (haystack.includes(spec.key)) keys.add(spec.key);
    else if (spec.number !== undefined && new RegExp(`(^|[^0-9])${spec.number}([^0-9]|$)`, "m").test(haystack)) keys.add(spec.key);
  }
  return keys;
}

export function standardCoverageDocument(header: string, eol: string): string {
  const cells = splitCells(header, 0).map((c) => c.text);
  return ["# Spec Coverage", "", "Spec → implementation → test mapping. Rows are added by specpipe's coverage-update; marks are yours.", "", formatRow(cells), `|${cells.map((c) => "-".repeat(Math.max(3, c.length + 2))).join("|")}|`, ""].join(eol);
}
