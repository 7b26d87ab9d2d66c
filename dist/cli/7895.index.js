export const id = 7895;
export const ids = [7895,5625,7166,4785];
export const modules = {

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


/***/ }),

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
/* harmony import */ var _stores_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4019);











function needGitHub(options, why) {
    if (!options.github) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${why} needs the GitHub API, and no token was given`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`started-at "${startedAt}" is not an ISO 8601 time`, {
            hint: 'give it as e.g. "2026-03-02T01:17:05Z" (a step can write it: echo "at=$(date -u +%FT%TZ)" >> "$GITHUB_OUTPUT")',
            code: "metrics.bad-started-at",
        });
    if (!(end >= start))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`started-at "${startedAt}" is after the record's time ${endedAt}`, {
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
    const { insideWorkspace } = await __webpack_require__.e(/* import() */ 3680).then(__webpack_require__.bind(__webpack_require__, 3680));
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("ingest needs a source", {
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
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("pending-from: backlog needs the backlog files", {
                            hint: 'set "backlog-product" and "backlog-meta"',
                            code: "metrics.no-backlog",
                        });
                    const { loadBacklog } = await __webpack_require__.e(/* import() */ 3716).then(__webpack_require__.bind(__webpack_require__, 3716));
                    const { pendingCount } = await __webpack_require__.e(/* import() */ 1294).then(__webpack_require__.bind(__webpack_require__, 1294));
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
                const { reconcileHealIssues } = await __webpack_require__.e(/* import() */ 3249).then(__webpack_require__.bind(__webpack_require__, 3249));
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
                    const { dashboardHtml } = await __webpack_require__.e(/* import() */ 7351).then(__webpack_require__.bind(__webpack_require__, 7351));
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("prune needs keep-days", {
                        hint: 'set "keep-days" to the number of days of records to keep',
                        code: "metrics.no-keep-days",
                    });
                result.prune = await (0,_prune_js__WEBPACK_IMPORTED_MODULE_10__/* .pruneStore */ .I)(store, keep, options.now);
                break;
            }
            default:
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`unknown mode "${String(options.mode)}"`, {
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


/***/ }),

/***/ 7895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metricsLog: () => (/* binding */ metricsLog),
  metricsNotes: () => (/* binding */ metricsNotes),
  metricsOutputs: () => (/* binding */ metricsOutputs),
  metricsSummary: () => (/* binding */ metricsSummary)
});

// EXTERNAL MODULE: ./packages/core/src/markdown/summary.ts
var summary = __webpack_require__(9663);
// EXTERNAL MODULE: ./packages/core/src/text/log-safe.ts
var log_safe = __webpack_require__(5625);
// EXTERNAL MODULE: ./packages/core/src/metrics/format.ts
var format = __webpack_require__(3796);
;// CONCATENATED MODULE: ./packages/core/src/metrics/markdown.ts

/**
 * The report as Markdown for a job summary (or `specpipe metrics report --markdown`): the
 * aggregates and flags as tables, and two mermaid `xychart-beta` charts (daily success rate,
 * daily p95 duration). Pure text; the adapter decides where it goes.
 */
function cell(text) {
    return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function table(header, rows) {
    const line = (cells) => `| ${cells.map(cell).join(" | ")} |`;
    return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n") + "\n";
}
function seconds(v) {
    return `${v} s`;
}
function quote(label) {
    return `"${label.replace(/"/g, "'")}"`;
}
function mermaidCharts(report) {
    const days = report.daily.filter((d) => d.rate !== null);
    if (days.length === 0)
        return "";
    const labels = days.map((d) => quote(d.date.slice(5))).join(", ");
    const rates = days.map((d) => String(Math.round((d.rate ?? 0) * 1000) / 10)).join(", ");
    const p95 = days.map((d) => String(d.p95_seconds ?? 0)).join(", ");
    const maxP95 = Math.max(1, ...days.map((d) => d.p95_seconds ?? 0));
    return [
        "```mermaid",
        "xychart-beta",
        '    title "Daily success rate (%)"',
        `    x-axis [${labels}]`,
        '    y-axis "success %" 0 --> 100',
        `    bar [${rates}]`,
        "```",
        "",
        "```mermaid",
        "xychart-beta",
        '    title "Daily p95 duration (s)"',
        `    x-axis [${labels}]`,
        `    y-axis "seconds" 0 --> ${Math.ceil(maxP95 * 1.1)}`,
        `    line [${p95}]`,
        "```",
        "",
    ].join("\n");
}
function reportMarkdown(report, options = {}) {
    const a = report.aggregates;
    const parts = [];
    parts.push(`## ${options.title ?? "Task metrics"}\n`);
    parts.push(`Window: ${report.window.days} day(s), ${report.window.from.slice(0, 16)}Z to ${report.window.to.slice(0, 16)}Z` +
        `${options.store ? ` · store: ${options.store}` : ""} · ${report.records_in_window} of ${report.records} record(s) in the window.\n`);
    const att = report.attention;
    parts.push(table(["flag", "raised"], [
        ["stuck", att.stuck ? "⚠️ yes" : "no"],
        ["repeated_failures", att.repeated_failures ? "⚠️ yes" : "no"],
        ["low_success_rate", att.low_success_rate ? "⚠️ yes" : "no"],
    ]));
    if (att.flags.length)
        parts.push(att.flags.map((f) => `- ${f}`).join("\n") + "\n");
    parts.push("### Success rate and duration\n");
    parts.push(table(["completed", "failed", "total", "success rate", "p50", "p95"], [
        [
            String(a.success_rate.completed),
            String(a.success_rate.failed),
            String(a.success_rate.total),
            (0,format/* formatPercent */.l)(a.success_rate.rate),
            seconds(a.execution_time.p50_seconds),
            seconds(a.execution_time.p95_seconds),
        ],
    ]));
    // A breakdown is shown only when there is something to break down.
    const breakdown = (title, header, rows) => {
        if (rows.length)
            parts.push(`### ${title}\n`, table(header, rows));
    };
    breakdown("By task type", ["task type", "count", "success rate"], Object.entries(a.by_task_type).map(([k, v]) => [k, String(v.count), (0,format/* formatPercent */.l)(v.success_rate)]));
    breakdown("By model", ["model", "count", "avg duration"], Object.entries(a.by_model).map(([k, v]) => [k, String(v.count), seconds(v.avg_duration)]));
    const charts = mermaidCharts(report);
    if (charts) {
        parts.push("### Daily\n");
        parts.push(charts);
    }
    if (report.failing_phases.length) {
        parts.push("### Failing phases\n");
        parts.push(table(["phase", "task", "finished", "link"], report.failing_phases.flatMap((p) => p.tasks.map((t) => [p.phase, t.task_id, t.created_at, t.run_url ?? ""]))));
    }
    if (report.bad_lines.count) {
        parts.push(`### Skipped lines (${report.bad_lines.count})\n`);
        parts.push(table(["where", "why"], report.bad_lines.examples.map((b) => [`${b.file}:${b.line}`, b.reason])));
        if (report.bad_lines.count > report.bad_lines.examples.length)
            parts.push(`…and ${report.bad_lines.count - report.bad_lines.examples.length} more.\n`);
    }
    return parts.join("\n");
}

// EXTERNAL MODULE: ./packages/core/src/metrics/run.ts
var run = __webpack_require__(7166);
;// CONCATENATED MODULE: ./packages/core/src/metrics/summary.ts




/**
 * What a metrics run tells the person who ran it, rendered in core so that the action and the
 * CLI say the same: the step outputs (`specpipe metrics … --json` holds the same values), the
 * job summary (`specpipe metrics report --markdown`), the log lines and the annotations.
 */
/** metrics-collect's outputs (action.yml `outputs:`), by name. */
function metricsOutputs(result) {
    if (result.record)
        return { "records-added": 1 };
    if (result.ingest)
        return { "records-added": result.ingest.added };
    if (!result.report)
        return {};
    const r = result.report;
    return {
        aggregates: r.aggregates,
        attention: r.attention,
        flags: r.attention.flags.join("\n"),
        "heal-issue-url": result.heal?.healIssueUrl ?? "",
        "bad-lines": r.bad_lines.count,
        "dashboard-path": result.dashboardPath,
    };
}
/** The job summary's Markdown (within the runner's 1 MiB). */
function metricsSummary(result) {
    const s = new summary/* MarkdownSummary */.yE();
    if (result.record) {
        const r = result.record;
        s.paragraph(`Recorded task \`${r.task_id}\` (${r.status}, ${r.duration_seconds} s) in ${result.store}.`);
    }
    if (result.ingest) {
        const i = result.ingest;
        s.paragraph(`Ingested ${i.added} record(s) into ${result.store}; ${i.skipped} were already there; ${i.invalid.length} invalid.`);
        if (i.invalid.length)
            s.table(["where", "why"], i.invalid.map((b) => [`${b.file}:${b.line}`, b.reason]));
    }
    if (result.prune) {
        const p = result.prune;
        s.paragraph(`Pruned ${p.dropped} record(s) created before ${p.cutoff} from ${result.store}; ${p.kept} kept.`);
    }
    if (result.report) {
        s.raw(reportMarkdown(result.report, { store: result.store }));
        if (result.heal?.actions.length) {
            s.heading(`Auto-fix (${result.autoFix ? "on" : "off: log only"})`, 3);
            s.table(["subject", "action", "issue"], result.heal.actions.map((a) => [a.subject, a.kind, a.url ?? ""]));
        }
    }
    return s;
}
/** The log lines of a run (user text made safe for a log: no workflow commands, no escapes). */
function metricsLog(result) {
    const lines = [];
    const store = (0,log_safe.logSafe)(result.store);
    if (result.record)
        lines.push(`Recorded task ${(0,log_safe.logSafe)(result.record.task_id)} (${result.record.status}) in ${store}.`);
    if (result.ingest) {
        const i = result.ingest;
        lines.push(`Ingested ${i.added} record(s) into ${store}; ${i.skipped} already present; ${i.invalid.length} invalid.`);
        if (i.listed !== undefined)
            lines.push(`Listed ${i.listed} workflow run(s) since the last ingest; read the jobs of ${i.runs ?? 0} new one(s).`);
    }
    if (result.prune) {
        const p = result.prune;
        lines.push(`Pruned ${p.dropped} record(s) older than ${p.cutoff}; kept ${p.kept}; kept ${p.unreadable} unreadable line(s).`);
    }
    if (result.scan)
        lines.push(`Report: ${(0,run.describeScan)(result.scan)}.`);
    for (const line of result.heal?.log ?? [])
        lines.push((0,log_safe.logSafe)(line));
    return lines;
}
/** Annotations: skipped ingest lines, attention flags, and the store's bad lines when they are files in the workspace. */
function metricsNotes(result, storeKind) {
    const notes = [];
    for (const b of result.ingest?.invalid ?? [])
        notes.push({ level: "warning", message: `skipped: ${b.reason}`, file: b.file, line: b.line, title: "metrics-collect" });
    if (result.report) {
        for (const f of result.report.attention.flags)
            notes.push({ level: "warning", message: f, title: "metrics-collect attention" });
        // Only the file store's lines are files in the workspace, which annotations can point at.
        if (storeKind === "file")
            for (const b of result.report.bad_lines.examples)
                notes.push({ level: "notice", message: `skipped line: ${b.reason}`, file: b.file, line: b.line, title: "metrics-collect" });
    }
    return notes;
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   logSafe: () => (/* binding */ logSafe)
/* harmony export */ });
/**
 * User data (a task id, a phase, a backlog item, a file's name) printed to a workflow's log must not
 * become a workflow command: the runner reads any line that starts with `::` as one (`::error::`,
 * `::add-mask::`, `::stop-commands::`). `logSafe` keeps the value on the line it is printed on —
 * line breaks and other control characters are shown escaped (`\n`, `\u0007`) — and breaks a
 * leading `::`, so whatever the value holds, it is only ever text.
 */
function logSafe(value) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
    const escaped = value.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/g, (c) => {
        if (c === "\n")
            return "\\n";
        if (c === "\r")
            return "\\r";
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    });
    return escaped.replace(/^(\s*):/, "$1\\:");
}


/***/ })

};
