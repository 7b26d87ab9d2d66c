export const id = 2817;
export const ids = [2817];
export const modules = {

/***/ 2817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rebaseOnAmendments: () => (/* binding */ rebaseOnAmendments)
/* harmony export */ });
/* harmony import */ var _commits_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(456);

/** The rules that make a spec change an accepted amendment (a merge's own spec change never is one). */
const AMENDMENT_RULES = new Set(["amendment-marker", "amendment-adr", "amendment-unstaged", "merge-spec-change"]);
/**
 * Judge the spec's changes between the commit that last wrote the beacon and HEAD. `current` is the
 * work tree's spec hash: a spec change that is not committed is never an accepted amendment.
 */
async function rebaseOnAmendments(git, options) {
    const since = (await git.raw(["log", "-1", "--format=%H", "--", options.beaconFile])).stdout.toString().trim();
    if (!since) {
        return {
            accepted: false,
            amendments: [],
            reason: `the commit that last wrote ${options.beaconFile} is not in this clone, so the amendments since cannot be judged. Fix: check out with fetch-depth: 0`,
        };
    }
    const report = await (0,_commits_check_js__WEBPACK_IMPORTED_MODULE_0__.checkRange)(git, { from: since, to: "HEAD" }, 
    // Every author is judged: a bot's name on a spec change does not make it an amendment.
    { specPaths: [...options.specPaths], adrDir: options.adrDir, checkAdrs: false, botAuthors: [] });
    const amendments = report.history.map((h) => ({ commit: h.commit, before: h.before, after: h.after, adr: h.adr, reason: h.amendment }));
    const bad = report.violations.filter((v) => AMENDMENT_RULES.has(v.code));
    if (bad.length) {
        const first = bad[0];
        return {
            accepted: false,
            amendments,
            reason: `commit ${first.commit?.slice(0, 12)} ("${first.subject}") changes the spec without being an accepted amendment: ${first.message}. Fix: ${first.hint}`,
        };
    }
    if (report.specHash.full !== options.current) {
        return {
            accepted: false,
            amendments,
            reason: `the spec in the work tree (${options.current.slice(0, 12)}) is not the committed one (${report.specHash.short}): an amendment is pending. Fix: commit it as an amendment (specpipe amend --reason "…" stages the spec and its ADR), or revert it`,
        };
    }
    if (!amendments.length) {
        return {
            accepted: false,
            amendments,
            reason: `no commit since the last advance changed the spec, yet it differs from the beacon's. Fix: restore ${options.beaconFile} from git`,
        };
    }
    return { accepted: true, amendments };
}


/***/ })

};
