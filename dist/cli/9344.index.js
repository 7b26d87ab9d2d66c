export const id = 9344;
export const ids = [9344,5528];
export const modules = {

/***/ 5528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coverageTotals: () => (/* binding */ coverageTotals),
/* harmony export */   formatReport: () => (/* binding */ formatReport),
/* harmony export */   progressBar: () => (/* binding */ progressBar)
/* harmony export */ });
function coverageTotals(result) {
    const rows = result.rows.length;
    const count = (k) => result.rows.filter((r) => r[k]).length;
    const present = count("present");
    const specd = count("specd");
    const tested = count("tested");
    const pct = (n) => (rows ? Math.round((n / rows) * 1000) / 10 : 0);
    return { specs: result.specs.length, rows, present, specd, tested, percent: { present: pct(present), specd: pct(specd), tested: pct(tested) } };
}
function progressBar(fraction, width = 20) {
    const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
    const full = Math.round(f * width);
    return "█".repeat(full) + "░".repeat(width - full);
}
function formatReport(result) {
    const t = coverageTotals(result);
    const line = (name, n, p) => `  ${name.padEnd(8)} ${progressBar(t.rows ? n / t.rows : 0)} ${String(p).padStart(5)}%  (${n}/${t.rows})`;
    const out = [`Spec coverage: ${t.specs} spec(s), ${t.rows} row(s) in ${result.coverageFile}`, line("Present", t.present, t.percent.present), line("Spec'd", t.specd, t.percent.specd), line("Tested", t.tested, t.percent.tested)];
    if (result.testCount)
        out.push(`  Tests    ${result.testCount.total}${result.testCount.passed !== undefined ? ` (${result.testCount.passed} passed, ${result.testCount.failed} failed, ${result.testCount.skipped} skipped)` : ""}`);
    const errors = result.gaps.filter((g) => g.level === "error").length;
    const warnings = result.gaps.length - errors;
    out.push(`  Gaps     ${errors} error(s), ${warnings} warning(s)`);
    return out.join("\n") + "\n";
}


/***/ }),

/***/ 9344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coverageFailure: () => (/* binding */ coverageFailure),
/* harmony export */   coverageLog: () => (/* binding */ coverageLog),
/* harmony export */   coverageNotes: () => (/* binding */ coverageNotes),
/* harmony export */   coverageOutputs: () => (/* binding */ coverageOutputs),
/* harmony export */   coverageSummary: () => (/* binding */ coverageSummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9663);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5528);



/** coverage-update's outputs (action.yml `outputs:`), by name. */
function coverageOutputs(outcome) {
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
function coverageLog(outcome, mode) {
    const r = outcome.result;
    const lines = [outcome.message];
    if (outcome.removedTemps.length)
        lines.push(`removed ${outcome.removedTemps.length} temp file(s) a killed run had left: ${outcome.removedTemps.join(", ")}`);
    if (mode === "report")
        lines.push((0,_report_js__WEBPACK_IMPORTED_MODULE_1__.formatReport)(r));
    if (r.statusMissing)
        lines.push(`${r.statusFile} does not exist; nothing to refresh there (it is never created)`);
    for (const s of r.missingSections)
        lines.push(`${r.statusFile}: no section whose heading starts with "${s}" (left alone)`);
    for (const n of r.statusNotes)
        lines.push(`${r.statusFile}: ${n}`);
    return lines;
}
/**
 * Annotations: missing test results, the documents' warnings, then the gaps (errors in validate
 * mode). The runner shows 10 of a kind: what is wrong with the table's rows comes first.
 */
function coverageNotes(outcome, mode, testResults) {
    const r = outcome.result;
    const notes = [];
    if (r.testResultsMissing)
        notes.push({
            level: "warning",
            title: "coverage: no test results",
            message: `test-results (${testResults.join(", ")}) matched no file: no test count, and mark-tested had nothing to read. Does the test step write its JUnit report there?`,
        });
    for (const w of r.warnings)
        notes.push({ level: "warning", message: w.message, title: `coverage: ${w.code}`, file: w.file });
    for (const message of r.statusWarnings)
        notes.push({ level: "warning", message, title: "coverage: status-count", file: r.statusFile });
    const order = (kind) => (kind === "orphan-row" || kind === "ambiguous-row" || kind === "duplicate-row" ? 0 : 1);
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
function coverageSummary(outcome, options) {
    const r = outcome.result;
    const summary = new _markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .MarkdownSummary */ .yE().heading("Spec coverage");
    summary.paragraph(outcome.message);
    if (r.addedRows.length)
        summary.heading("Rows added", 3).table(["Line", "Row"], r.addedRows.map((a) => [String(a.line), a.row]));
    if (r.markedTested.length)
        summary.heading("Marked tested", 3).table(["Line", "Spec"], r.markedTested.map((m) => [String(m.line), m.key]));
    if (r.updatedSections.length || r.missingSections.length || r.statusMissing || r.statusNotes.length || r.statusWarnings.length) {
        summary.heading("STATUS.md", 3);
        if (r.statusMissing)
            summary.paragraph(`${r.statusFile} does not exist; nothing to refresh.`);
        if (r.updatedSections.length)
            summary.paragraph(`Refreshed: ${r.updatedSections.join(", ")}.`);
        if (r.missingSections.length)
            summary.paragraph(`Not found (not invented): ${r.missingSections.join(", ")}.`);
        for (const n of [...r.statusWarnings, ...r.statusNotes])
            summary.paragraph(`${n[0].toUpperCase()}${n.slice(1)}.`);
    }
    summary.heading("Report", 3).code((0,_report_js__WEBPACK_IMPORTED_MODULE_1__.formatReport)(r));
    if (r.gaps.length)
        summary.details(`Gaps (${r.gaps.length}${options.held ? `, ${options.held} not annotated` : ""})`, "\n" + r.gaps.map((g) => `- ${g.level}: ${g.file}:${g.line} ${g.message}`).join("\n"));
    if (outcome.diff)
        summary.details(options.dryRun ? "Diff (dry run)" : "Diff", "\n```diff\n" + outcome.diff + "\n```");
    return summary;
}
/** The error that fails the run (validate found gaps, or tests failed), if any. */
function coverageFailure(outcome) {
    const f = outcome.failure;
    if (!f)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(f.message, { hint: f.hint, file: f.file, line: f.line, code: "coverage.validate" });
}


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yE: () => (/* binding */ MarkdownSummary)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, escapeCell, mdTable, details */
/**
 * A job summary's Markdown, built in core so that the CLI can print what an action's summary
 * shows. The runner refuses a step summary over 1 MiB, so the builder keeps a budget and replaces
 * whatever would overflow it by a note; the summary never breaks the step. Writing it to
 * GITHUB_STEP_SUMMARY is the action kit's part.
 */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
function escapeCell(text) {
    return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function mdTable(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(" | ")} |`;
    return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n") + "\n";
}
function details(summaryText, body) {
    return `<details><summary>${summaryText}</summary>\n\n${body}\n</details>\n`;
}
class MarkdownSummary {
    limit;
    parts = [];
    size = 0;
    truncated = false;
    constructor(limit = SUMMARY_LIMIT_BYTES) {
        this.limit = limit;
    }
    heading(text, level = 2) {
        return this.add(`${"#".repeat(level)} ${text}\n\n`);
    }
    paragraph(text) {
        return this.add(`${text}\n\n`);
    }
    table(header, rows) {
        return this.add(mdTable(header, rows) + "\n");
    }
    details(summaryText, body) {
        return this.add(details(summaryText, body) + "\n");
    }
    code(text, lang = "") {
        const fence = text.includes("```") ? "````" : "```";
        return this.add(`${fence}${lang}\n${text}${text.endsWith("\n") ? "" : "\n"}${fence}\n\n`);
    }
    raw(text) {
        return this.add(text);
    }
    add(text) {
        if (this.truncated)
            return this;
        const bytes = Buffer.byteLength(text);
        if (this.size + bytes > this.limit) {
            this.truncated = true;
            this.parts.push("\n_The rest was cut: a job summary may hold at most 1 MiB. The step outputs and logs have the full data._\n");
            return this;
        }
        this.size += bytes;
        this.parts.push(text);
        return this;
    }
    /** True when nothing was added. */
    get empty() {
        return this.parts.length === 0;
    }
    toString() {
        return this.parts.join("");
    }
}


/***/ })

};
