export const id = 166;
export const ids = [166];
export const modules = {

/***/ 7166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeScan: () => (/* binding */ describeScan),
/* harmony export */   keepYoungGenerationSmall: () => (/* binding */ keepYoungGenerationSmall),
/* harmony export */   runMetrics: () => (/* binding */ runMetrics),
/* harmony export */   workflowPathOf: () => (/* binding */ workflowPathOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _parallel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9883);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6050);
/* harmony import */ var _auto_fix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3494);
/* harmony import */ var _build_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3286);
/* harmony import */ var _ingest_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4034);
/* harmony import */ var _ingest_runs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3450);
/* harmony import */ var _prune_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1907);
/* harmony import */ var _queued_runs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7021);
/* harmony import */ var _record_task_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2998);
/* harmony import */ var _stores_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4117);











function needGitHub(options, why) {
    if (!options.github) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${why} needs the GitHub API, and no token was given`, {
            hint: 'pass "token" (the default github.token works) or GITHUB_TOKEN',
            code: "metrics.no-token",
        });
    }
    return options.github();
}
/** Stands in for GitHub when auto-fix is off (heal then only logs; calling it is a bug). */
const NO_API = new Proxy({}, {
    get() {
        throw new Error("internal: GitHub API used while auto-fix is off");
    },
});
/**
 * The report reads every line into a short-lived object. V8 grows its young generation up to
 * 16 MiB per semi-space for such garbage, which costs ~40 MiB of resident memory and buys little
 * speed here (measured in bench/metrics-collect.bench.mjs). This lets it grow to `semiSpaceMiB`
 * and then stops its growth (`--semi-space-growth-factor=1`, read by V8 at each growth step), so
 * a million-record report stays near the memory of a bare streaming parse. Process-wide: called by
 * the adapters (action, CLI) before a report, never by library code on its own.
 */
async function keepYoungGenerationSmall(semiSpaceMiB = 4) {
    const v8 = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8877, 23));
    const limit = semiSpaceMiB * 1024 * 1024 * 2; // new space = two semi-spaces
    const check = () => {
        const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
        if (!space || space.space_size >= limit) {
            v8.setFlagsFromString("--semi-space-growth-factor=1");
            clearInterval(timer);
        }
    };
    const timer = setInterval(check, 10);
    timer.unref();
    check();
}
/** The log line of a report's read: "read 1 file (171.6 MB) in 2 segments, 1 on a worker thread". */
function describeScan(s) {
    const files = `${s.files} file${s.files === 1 ? "" : "s"}`;
    const bytes = s.bytes > 0 ? ` (${(s.bytes / 1e6).toFixed(1)} MB)` : "";
    const workers = s.workers > 0 ? `, ${s.workers} on worker thread${s.workers === 1 ? "" : "s"}` : "";
    return `read ${files}${bytes} in ${s.segments} segment${s.segments === 1 ? "" : "s"}${workers}`;
}
/** Seconds from `startedAt` to `endedAt` (both ISO 8601), or a UserError naming started-at. */
function durationSince(startedAt, endedAt) {
    const start = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(startedAt);
    const end = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(endedAt);
    if (Number.isNaN(start))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`started-at "${startedAt}" is not an ISO 8601 time`, {
            hint: 'give it as e.g. "2026-03-02T01:17:05Z" (a step can write it: echo "at=$(date -u +%FT%TZ)" >> "$GITHUB_OUTPUT")',
            code: "metrics.bad-started-at",
        });
    if (!(end >= start))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`started-at "${startedAt}" is after the record's time ${endedAt}`, {
            hint: "give the time the task started, before it ended",
            code: "metrics.bad-started-at",
        });
    return Math.round(end - start) / 1000;
}
/** The path part of GITHUB_WORKFLOW_REF ("owner/repo/.github/workflows/monitor.yml@refs/heads/main"). */
function workflowPathOf(workflowRef) {
    const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef ?? "");
    return m?.[1];
}
async function runMetrics(options) {
    const { insideWorkspace } = await __webpack_require__.e(/* import() */ 680).then(__webpack_require__.bind(__webpack_require__, 3680));
    // Every path an input names stays in the workspace, and none goes through a symlink (ADR: trust boundaries).
    if (options.store.kind === "file") {
        const guarded = await insideWorkspace(options.root, options.store.path ?? _stores_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_FILE */ .j9, {
            what: "the metrics store (path)",
            noSymlink: true,
            file: true,
        });
        options = { ...options, store: { ...options.store, path: guarded.rel } };
    }
    // A bad PIPELINE_AUTO_FIX_ENABLED is refused before anything is read or written.
    if (options.mode === "report")
        (0,_auto_fix_js__WEBPACK_IMPORTED_MODULE_3__/* .autoFixEnabled */ .K)(options.autoFix ?? false, options.env);
    const store = (0,_stores_js__WEBPACK_IMPORTED_MODULE_8__/* .openStore */ .Ch)(options.store);
    try {
        const result = { mode: options.mode, store: store.location };
        switch (options.mode) {
            case "record": {
                const record = { created_at: new Date(options.now).toISOString(), ...options.record };
                if (options.startedAt !== undefined && record.duration_seconds === undefined)
                    record.duration_seconds = durationSince(options.startedAt, String(record.created_at));
                result.record = await (0,_record_task_js__WEBPACK_IMPORTED_MODULE_7__/* .recordTask */ .R)(store, record);
                break;
            }
            case "ingest": {
                const from = options.ingestFrom;
                if (!from)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y("ingest needs a source", {
                        hint: 'set "ingest-from" to a JSONL/JSON file or to "workflow-runs"',
                        code: "metrics.no-ingest-source",
                    });
                if (from === "workflow-runs") {
                    const gh = await needGitHub(options, "ingest from workflow runs");
                    result.ingest = await (0,_ingest_runs_js__WEBPACK_IMPORTED_MODULE_6__/* .ingestWorkflowRuns */ .KB)(store, gh.api, gh.repo, {
                        sinceMs: options.now - (options.ingestDays ?? 7) * 86_400_000,
                        typeRules: options.typeRules,
                        model: options.ingestModel,
                        excludeRunId: options.excludeRunId,
                        excludeWorkflowPath: options.excludeWorkflowPath,
                    }, options.now);
                }
                else {
                    const file = await insideWorkspace(options.root, from, { what: "ingest-from", noSymlink: true, file: true });
                    result.ingest = await (0,_ingest_file_js__WEBPACK_IMPORTED_MODULE_5__/* .ingestFile */ .t)(store, file.abs, file.rel);
                }
                break;
            }
            case "report": {
                let pending = 0;
                if (options.pendingFrom === "backlog") {
                    if (!options.backlog)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y("pending-from: backlog needs the backlog files", {
                            hint: 'set "backlog-product" and "backlog-meta"',
                            code: "metrics.no-backlog",
                        });
                    const { loadBacklog } = await __webpack_require__.e(/* import() */ 716).then(__webpack_require__.bind(__webpack_require__, 3716));
                    const { pendingCount } = await __webpack_require__.e(/* import() */ 294).then(__webpack_require__.bind(__webpack_require__, 1294));
                    const loaded = await loadBacklog({ ...options.backlog, root: options.root });
                    pending = pendingCount(loaded.merged, loaded.state, options.now);
                }
                else if (options.pendingFrom === "workflow-runs") {
                    const gh = await needGitHub(options, "pending-from: workflow-runs");
                    pending = await (0,_queued_runs_js__WEBPACK_IMPORTED_MODULE_9__/* .countQueuedRuns */ .P)(gh.api, gh.repo, options.excludeWorkflowPath);
                }
                result.scan = (0,_parallel_js__WEBPACK_IMPORTED_MODULE_1__.emptyScanStats)();
                const report = await (0,_build_report_js__WEBPACK_IMPORTED_MODULE_4__/* .buildReport */ .F)(store, { now: options.now, pending, ...options.thresholds }, options.threads, result.scan);
                result.report = report;
                const autoFix = (0,_auto_fix_js__WEBPACK_IMPORTED_MODULE_3__/* .autoFixEnabled */ .K)(options.autoFix ?? false, options.env);
                result.autoFix = autoFix;
                const { reconcileHealIssues } = await __webpack_require__.e(/* import() */ 249).then(__webpack_require__.bind(__webpack_require__, 3249));
                const gh = autoFix ? await needGitHub(options, "auto-fix (heal issues)") : undefined;
                result.heal = await reconcileHealIssues({
                    api: gh?.api ?? NO_API,
                    repo: gh?.repo ?? { owner: "", repo: "" },
                    report,
                    autoFix,
                    diagnosticIssue: options.diagnosticIssue ?? false,
                    labels: options.healLabels,
                    runUrl: options.runUrl,
                });
                if (options.dashboard) {
                    const { dashboardHtml } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 7351));
                    const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4444));
                    const file = await insideWorkspace(options.root, options.dashboard, { what: "the dashboard", noSymlink: true, file: true });
                    await writeFileAtomic(file.abs, dashboardHtml(report, { store: store.location }));
                    result.dashboardPath = file.abs;
                }
                break;
            }
            case "prune": {
                const keep = options.keepDays;
                if (keep === undefined || !(keep >= 0))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y("prune needs keep-days", {
                        hint: 'set "keep-days" to the number of days of records to keep',
                        code: "metrics.no-keep-days",
                    });
                result.prune = await (0,_prune_js__WEBPACK_IMPORTED_MODULE_10__/* .pruneStore */ .I)(store, keep, options.now);
                break;
            }
            default:
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown mode "${String(options.mode)}"`, {
                    hint: "use record, ingest, report or prune",
                    code: "metrics.bad-mode",
                });
        }
        return result;
    }
    finally {
        await store.close();
    }
}


/***/ })

};
