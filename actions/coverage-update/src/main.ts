import {
  annotate,
  bool,
  capText,
  core,
  int,
  list,
  readInputs,
  runMain,
  setOutputs,
  str,
  Summary,
  workspaceRoot,
} from "@specpipe/action-kit";
import { UserError } from "@specpipe/core/errors";
import { runCoverage } from "@specpipe/core/coverage/run";
import { formatReport } from "@specpipe/core/coverage/report";
// zod/mini like readInputs: the full zod costs start-up time (ADR 0023).
import { z } from "zod/mini";

const inputs = {
  mode: z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      const m = v.trim() || "update";
      if (m !== "update" && m !== "validate" && m !== "report") {
        ctx.issues.push({ code: "custom", message: `must be update, validate or report, got "${v}"`, input: v });
        return z.NEVER;
      }
      return m;
    }),
  ),
  "specs-dir": str("specs"),
  "coverage-file": str("docs/SPEC-COVERAGE.md"),
  "status-file": str("docs/STATUS.md"),
  header: str("| Spec | Present | Spec'd | Tested | Notes |"),
  // Added to the defaults in core (skipList): an empty input is the defaults alone.
  skip: list([]),
  "tests-passed": bool(false),
  "test-results": list([]),
  "test-count": int(undefined, 0),
  "mark-tested": bool(false),
  "dry-run": bool(false),
  strict: bool(false),
  "test-count-section": str("Test Count"),
  "implemented-section": str("Specs Implemented"),
  "pending-section": str("Specs Pending"),
  commit: bool(false),
  token: str(""),
  "working-directory": str("."),
};

/** The diff in the log: its first 2 Mi characters; the rest is cut with a marker. */
const LOG_DIFF_CHARS = 2 * 1024 * 1024;

await runMain(async () => {
  const i = readInputs(inputs, { secrets: ["token"] });
  const outcome = await runCoverage({
    workspace: workspaceRoot(),
    workingDirectory: i["working-directory"],
    mode: i.mode,
    specsDir: i["specs-dir"],
    coverageFile: i["coverage-file"],
    statusFile: i["status-file"],
    header: i.header,
    skip: i.skip,
    sections: { testCount: i["test-count-section"], implemented: i["implemented-section"], pending: i["pending-section"] },
    markTested: i["mark-tested"],
    testResults: i["test-results"],
    testCount: i["test-count"],
    dryRun: i["dry-run"],
    testsPassed: i["tests-passed"],
    ci: process.env.CI === "true",
    strict: i.strict,
    commit: i.commit,
    token: i.token || undefined,
  });
  const r = outcome.result;

  core.info(outcome.message);
  if (outcome.removedTemps.length)
    core.info(`removed ${outcome.removedTemps.length} temp file(s) a killed run had left: ${outcome.removedTemps.join(", ")}`);
  if (outcome.diff) {
    core.startGroup(i["dry-run"] ? "Dry run: the diff a real run would write" : "Diff written");
    // The log is for reading: a diff past a few MiB (a 50 MB heading) is cut, with a marker.
    core.info(capText(outcome.diff, LOG_DIFF_CHARS));
    core.endGroup();
  }
  if (i.mode === "report") core.info(formatReport(r));
  if (r.testResultsMissing)
    core.warning(
      `test-results (${i["test-results"].join(", ")}) matched no file: no test count, and mark-tested had nothing to read. Does the test step write its JUnit report there?`,
      { title: "coverage: no test results" },
    );
  if (r.statusMissing) core.info(`${r.statusFile} does not exist; nothing to refresh there (it is never created)`);
  for (const s of r.missingSections) core.info(`${r.statusFile}: no section whose heading starts with "${s}" (left alone)`);
  for (const n of r.statusNotes) core.info(`${r.statusFile}: ${n}`);

  // The runner shows 10 annotations of a kind: what is wrong with the table's rows comes first.
  const order = (kind: string) => (kind === "orphan-row" || kind === "ambiguous-row" || kind === "duplicate-row" ? 0 : 1);
  const shown = annotate([
    ...r.warnings.map((w) => ({ level: "warning" as const, message: w.message, title: `coverage: ${w.code}`, file: w.file })),
    ...r.statusWarnings.map((message) => ({ level: "warning" as const, message, title: "coverage: status-count", file: r.statusFile })),
    ...[...r.gaps]
      .sort((a, b) => order(a.kind) - order(b.kind))
      .map((g) => ({
        level: g.level === "error" && i.mode === "validate" ? ("error" as const) : ("warning" as const),
        message: g.message,
        title: `coverage: ${g.kind}`,
        file: g.file,
        line: g.line,
      })),
  ]);

  const summary = new Summary().heading("Spec coverage");
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
      `Gaps (${r.gaps.length}${shown.held ? `, ${shown.held} not annotated` : ""})`,
      "\n" + r.gaps.map((g) => `- ${g.level}: ${g.file}:${g.line} ${g.message}`).join("\n"),
    );
  if (outcome.diff) summary.details(i["dry-run"] ? "Diff (dry run)" : "Diff", "\n```diff\n" + outcome.diff + "\n```");
  summary.write();

  setOutputs({
    changed: outcome.changed,
    "added-rows": r.addedRows,
    "specs-implemented": r.implemented.length,
    "specs-pending": r.pending.length,
    "test-count": r.testCount ? r.testCount.total : "",
    diff: outcome.diff,
    gaps: r.gaps,
  });
  if (outcome.failure)
    throw new UserError(outcome.failure.message, {
      hint: outcome.failure.hint,
      file: outcome.failure.file,
      line: outcome.failure.line,
      code: "coverage.validate",
    });
});
