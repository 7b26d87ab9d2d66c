export const id = 753;
export const ids = [753];
export const modules = {

/***/ 4753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeScan: () => (/* binding */ describeScan),
  keepYoungGenerationSmall: () => (/* binding */ keepYoungGenerationSmall),
  runMetrics: () => (/* binding */ runMetrics),
  workflowPathOf: () => (/* binding */ workflowPathOf)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/metrics/parallel.ts + 1 modules
var parallel = __webpack_require__(9883);
// EXTERNAL MODULE: ./packages/core/src/metrics/record.ts
var record = __webpack_require__(6050);
// EXTERNAL MODULE: ./packages/core/src/metrics/auto-fix.ts
var auto_fix = __webpack_require__(3494);
// EXTERNAL MODULE: ./packages/core/src/metrics/build-report.ts
var build_report = __webpack_require__(3286);
// EXTERNAL MODULE: ./packages/core/src/metrics/ingest-file.ts
var ingest_file = __webpack_require__(4034);
// EXTERNAL MODULE: ./packages/core/src/metrics/ingest-runs.ts
var ingest_runs = __webpack_require__(3450);
;// CONCATENATED MODULE: ./packages/core/src/metrics/prune.ts
/** `prune --keep-days N`. */
async function pruneStore(store, keepDays, nowMs) {
    const cutoff = nowMs - keepDays * 86_400_000;
    const result = await store.prune(cutoff);
    return { ...result, cutoff: new Date(cutoff).toISOString() };
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/queued-runs.ts
/** Run statuses that mean work has not started: GitHub filters runs by one status at a time. */
const WAITING_RUN_STATUSES = ["queued", "waiting", "pending", "requested"];
/**
 * Workflow runs that have not started (queued, waiting for approval, pending, requested): pending
 * work for `stuck`. The asking workflow's own runs (a monitor queued behind itself) are not counted.
 */
async function countQueuedRuns(api, ref, excludeWorkflowPath) {
    let n = 0;
    for (const status of WAITING_RUN_STATUSES)
        n += (await api.listWorkflowRuns({ ...ref, status, limit: 100 })).filter((r) => !excludeWorkflowPath || r.path !== excludeWorkflowPath).length;
    return n;
}

// EXTERNAL MODULE: ./packages/core/src/metrics/record-task.ts
var record_task = __webpack_require__(2998);
// EXTERNAL MODULE: ./packages/core/src/metrics/stores.ts + 3 modules
var stores = __webpack_require__(4019);
;// CONCATENATED MODULE: ./packages/core/src/metrics/run.ts











function needGitHub(options, why) {
    if (!options.github) {
        throw new errors/* UserError */.y(`${why} needs the GitHub API, and no token was given`, {
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
    const start = (0,record/* parseTimestamp */.EH)(startedAt);
    const end = (0,record/* parseTimestamp */.EH)(endedAt);
    if (Number.isNaN(start))
        throw new errors/* UserError */.y(`started-at "${startedAt}" is not an ISO 8601 time`, {
            hint: 'give it as e.g. "2026-03-02T01:17:05Z" (a step can write it: echo "at=$(date -u +%FT%TZ)" >> "$GITHUB_OUTPUT")',
            code: "metrics.bad-started-at",
        });
    if (!(end >= start))
        throw new errors/* UserError */.y(`started-at "${startedAt}" is after the record's time ${endedAt}`, {
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
        const guarded = await insideWorkspace(options.root, options.store.path ?? stores/* DEFAULT_FILE */.j9, {
            what: "the metrics store (path)",
            noSymlink: true,
            file: true,
        });
        options = { ...options, store: { ...options.store, path: guarded.rel } };
    }
    // A bad PIPELINE_AUTO_FIX_ENABLED is refused before anything is read or written.
    if (options.mode === "report")
        (0,auto_fix/* autoFixEnabled */.K)(options.autoFix ?? false, options.env);
    const store = (0,stores/* openStore */.Ch)(options.store);
    try {
        const result = { mode: options.mode, store: store.location };
        switch (options.mode) {
            case "record": {
                const record = { created_at: new Date(options.now).toISOString(), ...options.record };
                if (options.startedAt !== undefined && record.duration_seconds === undefined)
                    record.duration_seconds = durationSince(options.startedAt, String(record.created_at));
                result.record = await (0,record_task/* recordTask */.R)(store, record);
                break;
            }
            case "ingest": {
                const from = options.ingestFrom;
                if (!from)
                    throw new errors/* UserError */.y("ingest needs a source", {
                        hint: 'set "ingest-from" to a JSONL/JSON file or to "workflow-runs"',
                        code: "metrics.no-ingest-source",
                    });
                if (from === "workflow-runs") {
                    const gh = await needGitHub(options, "ingest from workflow runs");
                    result.ingest = await (0,ingest_runs/* ingestWorkflowRuns */.KB)(store, gh.api, gh.repo, {
                        sinceMs: options.now - (options.ingestDays ?? 7) * 86_400_000,
                        typeRules: options.typeRules,
                        model: options.ingestModel,
                        excludeRunId: options.excludeRunId,
                        excludeWorkflowPath: options.excludeWorkflowPath,
                    }, options.now);
                }
                else {
                    const file = await insideWorkspace(options.root, from, { what: "ingest-from", noSymlink: true, file: true });
                    result.ingest = await (0,ingest_file/* ingestFile */.t)(store, file.abs, file.rel);
                }
                break;
            }
            case "report": {
                let pending = 0;
                if (options.pendingFrom === "backlog") {
                    if (!options.backlog)
                        throw new errors/* UserError */.y("pending-from: backlog needs the backlog files", {
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
                    pending = await countQueuedRuns(gh.api, gh.repo, options.excludeWorkflowPath);
                }
                result.scan = (0,parallel/* emptyScanStats */.k0)();
                const report = await (0,build_report/* buildReport */.F)(store, { now: options.now, pending, ...options.thresholds }, options.threads, result.scan);
                result.report = report;
                const autoFix = (0,auto_fix/* autoFixEnabled */.K)(options.autoFix ?? false, options.env);
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
                    throw new errors/* UserError */.y("prune needs keep-days", {
                        hint: 'set "keep-days" to the number of days of records to keep',
                        code: "metrics.no-keep-days",
                    });
                result.prune = await pruneStore(store, keep, options.now);
                break;
            }
            default:
                throw new errors/* UserError */.y(`unknown mode "${String(options.mode)}"`, {
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
