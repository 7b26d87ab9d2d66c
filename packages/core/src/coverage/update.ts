import { promises as fs } from "node:fs";
import * as path from "node:path";
import { readIfExists } from "../fs/atomic.js";
import { planEdit, type FileEdit, type Plan } from "../fs/plan.js";
import { plainText, scanBlocks, splitCells } from "../markdown/blocks.js";
import { UserError } from "../errors.js";
import { parseJUnit } from "../reports/junit.js";
import { decodeText, encodeText } from "../text/document.js";
import { applySplices } from "../text/splice.js";
import { DEFAULT_SECTIONS, planStatus, type StatusSectionNames, type TestCount } from "./status.js";
import { DEFAULT_SKIP, discoverSpecs, type Spec } from "./specs.js";
import { DEFAULT_HEADER, isMarked, locateCoverageTable, matchRows, planTable, rowLabel, standardCoverageDocument, testedSpecKeys, type CoverageRow, type Role } from "./table.js";

/**
 * coverage-update, as one pure-ish computation: read specs, SPEC-COVERAGE.md, STATUS.md and test
 * results; return the plan of edits and everything a report needs. Writing is the caller's
 * decision (see decideWrite), so the dry run and the real run share every line of this.
 */
export interface CoverageOptions {
  root: string;
  specsDir?: string;
  coverageFile?: string;
  statusFile?: string;
  header?: string;
  skip?: string[];
  sections?: StatusSectionNames;
  /** Set Tested → ✓ for specs named by passing tests in the JUnit results. */
  markTested?: boolean;
  /** Globs of JUnit XML files, relative to root. */
  testResults?: string[];
  /** An explicit test count; wins over the JUnit total. */
  testCount?: number;
}

export interface Gap {
  level: "error" | "warning";
  kind: "specd-not-implemented" | "implemented-not-tested" | "orphan-row";
  message: string;
  file: string;
  line: number;
  label: string;
}

export interface TestResults extends TestCount {
  files: string[];
  passingNames: string[];
  failed: number;
}

export interface CoverageRowView {
  label: string;
  key?: string;
  line: number;
  present: boolean;
  specd: boolean;
  tested: boolean;
}

export interface CoverageResult {
  specs: Spec[];
  /** test-results globs were given but matched no file (the test step wrote no report?). */
  testResultsMissing: boolean;
  plan: Plan;
  coverageFile: string;
  statusFile: string;
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
  gaps: Gap[];
}

export async function readTestResults(root: string, globs: string[]): Promise<TestResults | undefined> {
  if (!globs.length) return undefined;
  const { glob } = await import("tinyglobby");
  const files = (await glob(globs, { cwd: root, onlyFiles: true, dot: true })).sort();
  if (!files.length) return undefined;
  const result: TestResults = { total: 0, passed: 0, failed: 0, skipped: 0, files, passingNames: [] };
  for (const file of files) {
    const summary = parseJUnit(await fs.readFile(path.join(root, file), "utf8"), file);
    result.total += summary.total;
    result.passed! += summary.passed;
    result.failed += summary.failed;
    result.skipped! += summary.skipped;
    for (const c of summary.cases) if (c.status === "passed") result.passingNames.push(c.classname ? `${c.classname} ${c.name}` : c.name);
  }
  return result;
}

function rowView(row: CoverageRow, roles: Role[]): CoverageRowView {
  const cell = (role: Role) => {
    const k = roles.indexOf(role);
    return k >= 0 ? row.cells[k]?.text : undefined;
  };
  return { label: row.plain, key: row.spec?.key, line: row.line, present: isMarked(cell("present")), specd: isMarked(cell("specd")), tested: isMarked(cell("tested")) };
}

export async function computeCoverage(options: CoverageOptions): Promise<CoverageResult> {
  const root = options.root;
  const coverageFile = options.coverageFile ?? "docs/SPEC-COVERAGE.md";
  const statusFile = options.statusFile ?? "docs/STATUS.md";
  const header = options.header ?? DEFAULT_HEADER;
  if (!header.includes("|") || splitCells(header, 0).length < 2) {
    throw new UserError(`the coverage table header "${header}" is not a Markdown table row`, {
      hint: `give the header row as it stands in the file, with pipes, e.g. "${DEFAULT_HEADER}"`,
      code: "coverage.bad-header",
    });
  }
  const [specs, tests, coverageBytes, statusBytes] = await Promise.all([
    discoverSpecs({ root, specsDir: options.specsDir ?? "specs", skip: options.skip ?? DEFAULT_SKIP }),
    readTestResults(root, options.testResults ?? []),
    readIfExists(path.join(root, coverageFile)),
    readIfExists(path.join(root, statusFile)),
  ]);

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
  const missing = matchRows(ct.rows, specs);
  const testedKeys = options.markTested && tests ? testedSpecKeys(specs, tests.passingNames) : new Set<string>();
  const tp = planTable(ct, missing, doc.eol, testedKeys);
  const newCoverageText = applySplices(baseText, tp.splices);

  const edits: FileEdit[] = [];
  const covEdit = planEdit(root, coverageFile, coverageBytes ?? null, encodeText({ text: newCoverageText, bom: doc.bom }), [
    ...(created ? ["created with the standard header"] : []),
    ...(tp.added.length ? [`${tp.added.length} row(s) added`] : []),
    ...(tp.markedTested.length ? [`${tp.markedTested.length} row(s) marked tested`] : []),
  ]);
  if (covEdit) edits.push(covEdit);

  // The table as it will be after this run (existing rows, marks set by mark-tested, the new
  // rows): the basis for STATUS.md and validation. Built from what we know, not re-parsed.
  const marked = new Set(tp.markedTested.map((m) => m.line));
  const rows: CoverageRowView[] = [
    ...ct.rows.map((r) => {
      const v = rowView(r, ct.roles);
      return marked.has(r.line) ? { ...v, tested: true } : v;
    }),
    ...tp.added.map((a) => ({ label: plainText(rowLabel(a.spec)), key: a.spec.key, line: a.line, present: false, specd: false, tested: testedKeys.has(a.spec.key) })),
  ];
  const implemented = rows.filter((r) => r.present).map((r) => r.label);
  const pending = rows.filter((r) => !r.present).map((r) => r.label);

  const testCount: TestCount | undefined =
    options.testCount !== undefined ? { total: options.testCount } : tests ? { total: tests.total, passed: tests.passed, failed: tests.failed, skipped: tests.skipped } : undefined;

  let missingSections: string[] = [];
  let updatedSections: string[] = [];
  const statusMissing = statusBytes === undefined;
  if (statusBytes !== undefined) {
    const sdoc = decodeText(statusBytes, statusFile);
    const sp = planStatus(sdoc.text, sdoc.eol, options.sections ?? DEFAULT_SECTIONS, { tests: testCount, implemented, pending });
    missingSections = sp.missing;
    updatedSections = sp.updated;
    const e = planEdit(root, statusFile, statusBytes, encodeText({ text: applySplices(sdoc.text, sp.splices), bom: sdoc.bom }), sp.updated.map((s) => `section "${s}" updated`));
    if (e) edits.push(e);
  }

  const gaps: Gap[] = [];
  for (const v of rows) {
    if (!v.key) gaps.push({ level: "warning", kind: "orphan-row", message: `row "${v.label}" names no spec under ${options.specsDir ?? "specs"}/`, file: coverageFile, line: v.line, label: v.label });
    if (v.specd && !v.present) gaps.push({ level: "error", kind: "specd-not-implemented", message: `"${v.label}" is spec'd but not implemented`, file: coverageFile, line: v.line, label: v.label });
    if (v.present && !v.tested) gaps.push({ level: "warning", kind: "implemented-not-tested", message: `"${v.label}" is implemented but not tested`, file: coverageFile, line: v.line, label: v.label });
  }

  return {
    specs,
    testResultsMissing: (options.testResults ?? []).length > 0 && tests === undefined,
    plan: { edits },
    coverageFile,
    statusFile,
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
    gaps,
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
