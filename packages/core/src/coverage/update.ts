import * as path from "node:path";
import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import { planEdit, type FileEdit, type Plan } from "../fs/plan.js";
import { plainText, scanBlocks, splitCells } from "../markdown/blocks.js";
import { UserError } from "../errors.js";
import { decodeText, encodeText } from "../text/document.js";
import { applySplices, type Splice } from "../text/splice.js";
import { assignRows, newRowLabels, type RowMatch } from "./match.js";
import { DEFAULT_SECTIONS, planStatus, type StatusSectionNames, type TestCount } from "./status.js";
import { discoverSpecs, type DiscoverWarning, type Spec } from "./specs.js";
import { DEFAULT_HEADER, isMarked, locateCoverageTable, planTable, standardCoverageDocument, type CoverageRow, type Role } from "./table.js";
import { readTestResults, type TestResults } from "./tested.js";

export type { TestResults } from "./tested.js";

/**
 * coverage-update, as one pure-ish computation: read specs, SPEC-COVERAGE.md, STATUS.md and test
 * results; return the plan of edits and everything a report needs. Writing is the caller's
 * decision (see decideWrite), so the dry run and the real run share every line of this.
 */
export interface CoverageOptions {
  /** The repository root (working-directory): relative paths start here. */
  root: string;
  /** The boundary no path may leave (the runner's workspace; default: root). */
  workspace?: string;
  specsDir?: string;
  coverageFile?: string;
  statusFile?: string;
  header?: string;
  /** Spec names to skip besides the defaults ("!name" takes a default out). */
  skip?: string[];
  sections?: StatusSectionNames;
  /** Set Tested → ✓ for specs named by passing tests in the JUnit results. */
  markTested?: boolean;
  /** Paths or globs of JUnit XML files, relative to root. */
  testResults?: string[];
  /** An explicit test count; wins over the JUnit total. */
  testCount?: number;
}

export interface Gap {
  level: "error" | "warning";
  kind: "specd-not-implemented" | "implemented-not-tested" | "orphan-row" | "ambiguous-row" | "duplicate-row";
  message: string;
  file: string;
  line: number;
  label: string;
  /** ambiguous-row: the keys of the specs the row might stand for; duplicate-row: the one it repeats. */
  candidates?: string[];
}

export interface CoverageRowView {
  label: string;
  key?: string;
  line: number;
  match: RowMatch["kind"] | "added";
  present: boolean;
  specd: boolean;
  tested: boolean;
}

export interface CoverageResult {
  specs: Spec[];
  /** test-results were given but matched no file (the test step wrote no report?). */
  testResultsMissing: boolean;
  plan: Plan;
  /** Both documents, relative to root, and absolute (for the temp-file clean-up next to them). */
  coverageFile: string;
  statusFile: string;
  coveragePath: string;
  statusPath: string;
  createdCoverageFile: boolean;
  addedRows: { key: string; number?: string; title: string; row: string; line: number }[];
  markedTested: { key: string; line: number }[];
  rows: CoverageRowView[];
  implemented: string[];
  pending: string[];
  tests?: TestResults;
  testCount?: TestCount;
  statusMissing: boolean;
  missingSections: string[];
  updatedSections: string[];
  /** STATUS.md sections found but left alone, and why. */
  statusNotes: string[];
  /** STATUS.md sections left alone where an update was expected (a test count whose total is not said). */
  statusWarnings: string[];
  /** Specs an ambiguous row might stand for (no row was added for them). */
  heldSpecs: string[];
  warnings: DiscoverWarning[];
  gaps: Gap[];
  /** Each edited file's old text (BOM included) and the splices that make the new one, by path: its diff in one pass. */
  splices: Map<string, { before: string; splices: Splice[] }>;
}

function cellOf(row: CoverageRow, roles: Role[], role: Role): string | undefined {
  const k = roles.indexOf(role);
  return k >= 0 ? row.cells[k]?.text : undefined;
}

function gapsOf(views: CoverageRowView[], matches: RowMatch[], file: string, specsDir: string): Gap[] {
  const gaps: Gap[] = [];
  views.forEach((v, k) => {
    const m = matches[k] as RowMatch | undefined;
    const at = { file, line: v.line, label: v.label };
    // Messages quote the label; a hand-made cell can be any length, a message should not be.
    const label = v.label.length > 160 ? `${v.label.slice(0, 157)}…` : v.label;
    if (m?.kind === "orphan") gaps.push({ level: "warning", kind: "orphan-row", message: `row "${label}" names no spec under ${specsDir}/`, ...at });
    else if (m?.kind === "ambiguous") {
      const keys = m.candidates.map((s) => s.key);
      gaps.push({
        level: "warning",
        kind: "ambiguous-row",
        message: `row "${label}" could stand for ${keys.join(" or ")}; no row was added for ${keys.length > 1 ? "them" : "it"}: put the spec's key in the row's first cell (e.g. a link to ${m.candidates[0].file})`,
        candidates: keys,
        ...at,
      });
    } else if (m?.kind === "duplicate") {
      gaps.push({
        level: "warning",
        kind: "duplicate-row",
        message: `row "${label}" stands for ${m.spec.key}, which the row at line ${m.otherLine} already stands for`,
        candidates: [m.spec.key],
        ...at,
      });
    }
    if (v.specd && !v.present) gaps.push({ level: "error", kind: "specd-not-implemented", message: `"${label}" is spec'd but not implemented`, ...at });
    if (v.present && !v.tested) gaps.push({ level: "warning", kind: "implemented-not-tested", message: `"${label}" is implemented but not tested`, ...at });
  });
  return gaps;
}

export async function computeCoverage(options: CoverageOptions): Promise<CoverageResult> {
  const root = options.root;
  const workspace = options.workspace ?? root;
  const specsDir = options.specsDir ?? "specs";
  const header = options.header ?? DEFAULT_HEADER;
  if (!header.includes("|") || splitCells(header, 0).length < 2) {
    throw new UserError(`the coverage table header "${header}" is not a Markdown table row`, {
      hint: `give the header row as it stands in the file, with pipes, e.g. "${DEFAULT_HEADER}"`,
      code: "coverage.bad-header",
    });
  }
  // Every path through the one guard, before anything is read: inside the workspace, and the two
  // documents never through a symlink (a committed docs/X.md -> /proc/self/environ would print
  // the job's secrets into the diff, the log and the summary, dry run included).
  const [cov, stat] = await Promise.all([
    insideWorkspace(workspace, options.coverageFile ?? "docs/SPEC-COVERAGE.md", { what: "coverage-file", noSymlink: true }, root),
    insideWorkspace(workspace, options.statusFile ?? "docs/STATUS.md", { what: "status-file", noSymlink: true }, root),
  ]);
  const relToRoot = (abs: string) => path.relative(root, abs).split(path.sep).join("/");
  const coverageFile = relToRoot(cov.abs);
  const statusFile = relToRoot(stat.abs);
  if (cov.abs === stat.abs) {
    throw new UserError(`coverage-file and status-file are the same file, ${coverageFile}`, {
      hint: "give STATUS.md and SPEC-COVERAGE.md their own files",
      code: "coverage.same-file",
    });
  }
  const [discovery, coverageBytes, statusBytes] = await Promise.all([
    discoverSpecs({ root, workspace, specsDir, skip: options.skip }),
    readRegularFile(cov.abs, coverageFile),
    readRegularFile(stat.abs, statusFile),
  ]);
  const specs = discovery.specs;
  const tests = await readTestResults({ root, workspace, globs: options.testResults ?? [], specs: options.markTested ? specs : undefined });

  // SPEC-COVERAGE.md: create the standard document when missing.
  const created = coverageBytes === undefined;
  const doc = created ? { text: standardCoverageDocument(header, "\n"), bom: false, eol: "\n" as const } : decodeText(coverageBytes, coverageFile);
  const scan = scanBlocks(doc.text);
  let ct = locateCoverageTable(doc.text, coverageFile, header, scan);
  let baseText = doc.text;
  if (!ct) {
    // A document without the table gets one appended, with the document's own line endings.
    const sep = baseText === "" ? "" : baseText.endsWith("\n") ? doc.eol : doc.eol + doc.eol;
    const block = standardCoverageDocument(header, doc.eol).split(doc.eol).slice(4).join(doc.eol);
    baseText = baseText + sep + block;
    ct = locateCoverageTable(baseText, coverageFile, header)!;
  }
  const assignment = assignRows(ct.rows, specs);
  const rowSpecs = assignment.rows.map((m) => (m.kind === "matched" ? m.spec : undefined));
  const testedKeys = options.markTested && tests?.tested ? tests.tested : new Set<string>();
  const labels = newRowLabels(assignment.unmatched, specs);
  const tp = planTable(ct, rowSpecs, assignment.unmatched, labels, doc.eol, testedKeys);
  const newCoverageText = applySplices(baseText, tp.splices);

  const edits: FileEdit[] = [];
  const covEdit = planEdit(root, coverageFile, coverageBytes ?? null, encodeText({ text: newCoverageText, bom: doc.bom }), [
    ...(created ? ["created with the standard header"] : []),
    ...(tp.added.length ? [`${tp.added.length} row(s) added`] : []),
    ...(tp.markedTested.length ? [`${tp.markedTested.length} row(s) marked tested`] : []),
  ]);
  if (covEdit) edits.push(covEdit);
  const spliced = new Map<string, { before: string; splices: Splice[] }>();
  const bomShift = (list: Splice[], bom: boolean) => (bom ? list.map((x) => ({ start: x.start + 1, end: x.end + 1, text: x.text })) : list);
  if (covEdit && coverageBytes !== undefined) {
    // An appended table is one splice at the end; the rows and marks are inside it.
    const own = baseText === doc.text ? tp.splices : [{ start: doc.text.length, end: doc.text.length, text: newCoverageText.slice(doc.text.length) }];
    spliced.set(covEdit.path, { before: (doc.bom ? "\uFEFF" : "") + doc.text, splices: bomShift(own, doc.bom) });
  }

  // The table as it will be after this run (existing rows, marks set by mark-tested, the new
  // rows): the basis for STATUS.md and validation. Built from what we know, not re-parsed.
  const marked = new Set(tp.markedTested.map((m) => m.line));
  const rows: CoverageRowView[] = [
    ...ct.rows.map((r, k): CoverageRowView => ({
      label: r.plain,
      key: rowSpecs[k]?.key,
      line: r.line,
      match: assignment.rows[k].kind,
      present: isMarked(cellOf(r, ct.roles, "present")),
      specd: isMarked(cellOf(r, ct.roles, "specd")),
      tested: marked.has(r.line) || isMarked(cellOf(r, ct.roles, "tested")),
    })),
    // A new row's label as the next run will read it back from the cell: STATUS.md lists it so.
    ...tp.added.map((a): CoverageRowView => ({ label: plainText(a.cell), key: a.spec.key, line: a.line, match: "added", present: false, specd: false, tested: testedKeys.has(a.spec.key) })),
  ];
  // STATUS.md lists the rows by their labels; a label that is only a number ("008") gets its
  // spec's title, so that the list can be read on its own.
  const bySpec = new Map(specs.map((s) => [s.key, s]));
  const listLabel = (r: CoverageRowView) => {
    const spec = r.key !== undefined ? bySpec.get(r.key) : undefined;
    return spec && !/\p{L}/u.test(r.label) ? `${r.label} ${spec.title}` : r.label;
  };
  const implemented = rows.filter((r) => r.present).map(listLabel);
  const pending = rows.filter((r) => !r.present).map(listLabel);

  const testCount: TestCount | undefined =
    options.testCount !== undefined ? { total: options.testCount } : tests ? { total: tests.total, passed: tests.passed, failed: tests.failed, skipped: tests.skipped } : undefined;

  let missingSections: string[] = [];
  let updatedSections: string[] = [];
  let statusNotes: string[] = [];
  let statusWarnings: string[] = [];
  const statusMissing = statusBytes === undefined;
  if (statusBytes !== undefined) {
    const sdoc = decodeText(statusBytes, statusFile);
    const sp = planStatus(sdoc.text, sdoc.eol, options.sections ?? DEFAULT_SECTIONS, { tests: testCount, implemented, pending, rowLabels: new Set([...rows.map((r) => r.label), ...implemented, ...pending]) });
    missingSections = sp.missing;
    updatedSections = sp.updated;
    statusNotes = sp.notes;
    statusWarnings = sp.warnings;
    const e = planEdit(root, statusFile, statusBytes, encodeText({ text: applySplices(sdoc.text, sp.splices), bom: sdoc.bom }), sp.updated.map((s) => `section "${s}" updated`));
    if (e) {
      edits.push(e);
      spliced.set(e.path, { before: (sdoc.bom ? "\uFEFF" : "") + sdoc.text, splices: bomShift(sp.splices, sdoc.bom) });
    }
  }

  return {
    specs,
    testResultsMissing: (options.testResults ?? []).length > 0 && tests === undefined,
    plan: { edits },
    coverageFile,
    statusFile,
    coveragePath: cov.abs,
    statusPath: stat.abs,
    createdCoverageFile: created,
    addedRows: tp.added.map((a) => ({ key: a.spec.key, number: a.spec.number, title: a.spec.title, row: a.row, line: a.line })),
    markedTested: tp.markedTested.map((m) => ({ key: m.spec.key, line: m.line })),
    rows,
    implemented,
    pending,
    tests,
    testCount,
    statusMissing,
    missingSections,
    updatedSections,
    statusNotes,
    statusWarnings,
    heldSpecs: assignment.held.map((s) => s.key),
    warnings: discovery.warnings,
    gaps: gapsOf(rows, assignment.rows, coverageFile, specsDir.replace(/\/+$/, "")),
    splices: spliced,
  };
}

/**
 * The seed's rule for writing: only after tests passed. `tests-passed: true` or CI=true allow it;
 * a test results file that shows failures forbids it in every case.
 */
export function decideWrite(input: { testsPassed: boolean; ci: boolean; tests?: TestResults }): { allowed: boolean; reason: string } {
  if (input.tests && input.tests.failed > 0) {
    return { allowed: false, reason: `not writing: ${input.tests.failed} failed test(s) in ${input.tests.files.join(", ")}` };
  }
  if (input.testsPassed) return { allowed: true, reason: "tests passed (tests-passed: true)" };
  if (input.ci) return { allowed: true, reason: "running in CI after the test step (CI=true)" };
  return { allowed: false, reason: "not writing: tests are not known to have passed; pass --tests-passed (CLI) or tests-passed: true, or run in CI" };
}
