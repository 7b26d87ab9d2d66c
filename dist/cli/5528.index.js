export const id = 5528;
export const ids = [5528];
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


/***/ })

};
