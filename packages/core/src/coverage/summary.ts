import { UserError } from "../errors.js";
import { MarkdownSummary } from "../markdown/summary.js";
import { formatReport } from "./report.js";
import type { RunCoverageOutcome } from "./run.js";

/**
 * What a coverage run tells the person who ran it, rendered in core so that coverage-update and
 * `specpipe coverage` can say the same: the step outputs, the log lines, the annotations, the
 * job summary and the failure (validate's gaps).
 */
type Mode = "update" | "validate" | "report";

/** coverage-update's outputs (action.yml `outputs:`), by name. */
export function coverageOutputs(outcome: RunCoverageOutcome): Record<string, unknown> {
  const r = outcome.result;
  return {
    changed: outcome.changed,
    "added-rows": r.addedRows,
    "specs-implemented": r.implemented.length,
    "specs-pending": r.pending.length,
    "test-count": r.testCount ? r.testCount.total : "",
    diff: outcome.diff,
    gaps: r.gaps,
  };
}

/** The log lines (the diff is shown apart, in a group of its own). */
export function coverageLog(outcome: RunCoverageOutcome, mode: Mode): string[] {
  const r = outcome.result;
  const lines = [outcome.message];
  if (outcome.removedTemps.length)
    lines.push(`removed ${outcome.removedTemps.length} temp file(s) a killed run had left: ${outcome.removedTemps.join(", ")}`);
  if (mode === "report") lines.push(formatReport(r));
  if (r.statusMissing) lines.push(`${r.statusFile} does not exist; nothing to refresh there (it is never created)`);
  for (const s of r.missingSections) lines.push(`${r.statusFile}: no section whose heading starts with "${s}" (left alone)`);
  for (const n of r.statusNotes) lines.push(`${r.statusFile}: ${n}`);
  return lines;
}

export interface CoverageNote {
  level: "error" | "warning";
  title: string;
  message: string;
  file?: string;
  line?: number;
}

/**
 * Annotations: missing test results, the documents' warnings, then the gaps (errors in validate
 * mode). The runner shows 10 of a kind: what is wrong with the table's rows comes first.
 */
export function coverageNotes(outcome: RunCoverageOutcome, mode: Mode, testResults: readonly string[]): CoverageNote[] {
  const r = outcome.result;
  const notes: CoverageNote[] = [];
  if (r.testResultsMissing)
    notes.push({
      level: "warning",
      title: "coverage: no test results",
      message: `test-results (${testResults.join(", ")}) matched no file: no test count, and mark-tested had nothing to read. Does the test step write its JUnit report there?`,
    });
  for (const w of r.warnings) notes.push({ level: "warning", message: w.message, title: `coverage: ${w.code}`, file: w.file });
  for (const message of r.statusWarnings) notes.push({ level: "warning", message, title: "coverage: status-count", file: r.statusFile });
  const order = (kind: string) => (kind === "orphan-row" || kind === "ambiguous-row" || kind === "duplicate-row" ? 0 : 1);
  for (const g of [...r.gaps].sort((a, b) => order(a.kind) - order(b.kind)))
    notes.push({
      level: g.level === "error" && mode === "validate" ? "error" : "warning",
      message: g.message,
      title: `coverage: ${g.kind}`,
      file: g.file,
      line: g.line,
    });
  return notes;
}

/** The job summary's Markdown; `held` is how many annotations the runner's limit kept back. */
export function coverageSummary(outcome: RunCoverageOutcome, options: { dryRun: boolean; held?: number }): MarkdownSummary {
  const r = outcome.result;
  const summary = new MarkdownSummary().heading("Spec coverage");
  summary.paragraph(outcome.message);
  if (r.addedRows.length)
    summary.heading("Rows added", 3).table(
      ["Line", "Row"],
      r.addedRows.map((a) => [String(a.line), a.row]),
    );
  if (r.markedTested.length)
    summary.heading("Marked tested", 3).table(
      ["Line", "Spec"],
      r.markedTested.map((m) => [String(m.line), m.key]),
    );
  if (r.updatedSections.length || r.missingSections.length || r.statusMissing || r.statusNotes.length || r.statusWarnings.length) {
    summary.heading("STATUS.md", 3);
    if (r.statusMissing) summary.paragraph(`${r.statusFile} does not exist; nothing to refresh.`);
    if (r.updatedSections.length) summary.paragraph(`Refreshed: ${r.updatedSections.join(", ")}.`);
    if (r.missingSections.length) summary.paragraph(`Not found (not invented): ${r.missingSections.join(", ")}.`);
    for (const n of [...r.statusWarnings, ...r.statusNotes]) summary.paragraph(`${n[0].toUpperCase()}${n.slice(1)}.`);
  }
  summary.heading("Report", 3).code(formatReport(r));
  if (r.gaps.length)
    summary.details(
      `Gaps (${r.gaps.length}${options.held ? `, ${options.held} not annotated` : ""})`,
      "\n" + r.gaps.map((g) => `- ${g.level}: ${g.file}:${g.line} ${g.message}`).join("\n"),
    );
  if (outcome.diff) summary.details(options.dryRun ? "Diff (dry run)" : "Diff", "\n```diff\n" + outcome.diff + "\n```");
  return summary;
}

/** The error that fails the run (validate found gaps, or tests failed), if any. */
export function coverageFailure(outcome: RunCoverageOutcome): UserError | undefined {
  const f = outcome.failure;
  if (!f) return undefined;
  return new UserError(f.message, { hint: f.hint, file: f.file, line: f.line, code: "coverage.validate" });
}
