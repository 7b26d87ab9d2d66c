export const id = 352;
export const ids = [352];
export const modules = {

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitsFailure: () => (/* binding */ commitsFailure),
/* harmony export */   commitsNotes: () => (/* binding */ commitsNotes),
/* harmony export */   commitsOutputs: () => (/* binding */ commitsOutputs),
/* harmony export */   commitsSummary: () => (/* binding */ commitsSummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9663);
/* harmony import */ var _spec_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4649);



/**
 * What a spec-hash-check run shows: its outputs, the job summary, the annotations and the
 * failure rule, rendered here so that the action and `specpipe commits check` print the same.
 */
// A table the 1 MiB job summary can hold; the "violations" output has them all.
const MAX_ROWS = 300;
function short(sha) {
    return sha ? sha.slice(0, 12) : "—";
}
function commitsOutputs({ report }) {
    return {
        "spec-hash": report.specHash.short,
        "spec-hash-full": report.specHash.full,
        checked: String(report.checked),
        violations: JSON.stringify(report.violations),
        ok: String(report.ok),
    };
}
function commitsSummary({ report, range, spec }) {
    const s = new _markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .MarkdownSummary */ .yE().heading("spec-hash-check");
    const verdict = report.ok ? "✅ all rules hold" : `❌ ${report.violations.length} violation(s)`;
    const skipped = (reason) => report.skipped.filter((k) => k.reason === reason).length;
    s.paragraph(`${verdict} · spec \`${report.specHash.short}\` (${report.specFiles.join(", ") || "no spec file"}) · ${report.checked} commit(s) checked` +
        (report.skipped.length ? `, ${report.skipped.length} skipped (${skipped("merge")} merge, ${skipped("bot")} bot)` : "") +
        ` · range \`${short(range.from)}..${short(report.to)}\` (${range.mode})` +
        (spec.origin === "playbook" ? ` · spec paths from ${(0,_spec_paths_js__WEBPACK_IMPORTED_MODULE_1__.describeSource)(spec)}` : ""));
    if (range.notes.length)
        s.paragraph(range.notes.map((n) => `- ${n}`).join("\n"));
    if (report.violations.length) {
        const shown = report.violations.slice(0, MAX_ROWS);
        s.heading("Violations", 3).table(["commit", "subject", "rule", "problem", "fix"], shown.map((v) => [v.commit ? `\`${short(v.commit)}\`` : (v.file ?? "—"), v.subject ?? "", v.code, v.message, v.hint]));
        if (report.violations.length > shown.length)
            s.paragraph(`…and ${report.violations.length - shown.length} more: see the step's \`violations\` output.`);
    }
    if (report.history.length) {
        s.heading("Spec history in this range", 3).table(["commit", "subject", "before", "after", "amendment", "ADR"], report.history.map((h) => [
            `\`${short(h.commit)}\``,
            h.subject,
            h.before ?? "none",
            h.after ?? "none",
            h.amendment ?? "",
            h.adr ?? "",
        ]));
    }
    else {
        s.paragraph(`The spec did not change in this range.`);
    }
    return s;
}
/** One error annotation per violation, at its file and line where it has one. */
function commitsNotes({ report }) {
    return report.violations.map((v) => ({
        level: "error",
        title: `spec-hash-check: ${v.code}`,
        message: `${v.commit ? `${short(v.commit)} ${v.subject}: ` : ""}${v.message}. Fix: ${v.hint}`,
        ...(v.file ? { file: v.file } : {}),
        ...(v.line ? { line: v.line } : {}),
    }));
}
/** The failure rule: violations fail the step unless fail-on-violation is false. */
function commitsFailure({ report }, failOnViolation) {
    if (report.ok || !failOnViolation)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${report.violations.length} spec-hash-check violation(s) in ${report.checked} commit(s)`, {
        hint: "see the job summary's table: each row names the commit, the rule and the fix",
        code: "spec-hash.violations",
    });
}


/***/ })

};
