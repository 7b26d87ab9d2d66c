export const id = 9979;
export const ids = [9979];
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

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   speckitNotes: () => (/* binding */ speckitNotes),
/* harmony export */   speckitOutputs: () => (/* binding */ speckitOutputs),
/* harmony export */   speckitSummary: () => (/* binding */ speckitSummary)
/* harmony export */ });
/* harmony import */ var _markdown_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9663);

/**
 * What a speckit run tells the person who ran it, rendered in core so that speckit-run and
 * `specpipe speckit run` can say the same: the step outputs, the annotations and the job summary.
 */
/** speckit-run's outputs (action.yml `outputs:`), by name. */
function speckitOutputs(result, mode) {
    const { record, workspace } = result;
    return {
        "run-id": record.runId,
        status: record.status,
        branch: record.branch ?? "",
        "pr-url": record.pr?.url ?? "",
        "pr-number": record.pr ? String(record.pr.number) : "",
        tokens: record.tokens === undefined ? "" : String(record.tokens),
        cost: record.costUsd === undefined ? "" : String(record.costUsd),
        "artifacts-dir": workspace.artifacts,
        // A propose job's proposal, for actions/upload-artifact; a publish job has none.
        "proposal-dir": mode === "publish" ? "" : (record.proposal?.dir ?? ""),
        "started-at": record.proposedAt ?? record.timeline[0]?.at ?? "",
    };
}
/** Annotations: a run that needs clarification, or changed nothing, says why on the run's page. */
function speckitNotes(record) {
    const last = record.timeline[record.timeline.length - 1];
    if (record.status === "needs_clarification")
        return [{ level: "warning", title: "speckit-run: clarification needed", message: last?.reason ?? "" }];
    if (record.status === "no_changes")
        return [{ level: "notice", title: "speckit-run: no changes", message: last?.reason ?? "" }];
    return [];
}
/** The job summary's Markdown (within the runner's 1 MiB). */
function speckitSummary(result) {
    const { record } = result;
    const s = new _markdown_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .MarkdownSummary */ .yE().heading(`speckit-run: ${record.status.replace(/_/g, " ")}`);
    const facts = [
        ["run id", record.runId],
        ["repository", record.repository],
        ["branch", record.branch ?? ""],
        ["pull request", record.pr ? `${record.pr.url} (${record.pr.created ? "opened" : "updated"})` : ""],
        ["agent", `${record.agent.name}${record.agent.version ? ` (${record.agent.version})` : ""}, from ${record.agent.source}`],
        [
            "runs as",
            record.safetyStrategy === undefined
                ? "no agent in this job (mode publish): the proposal's commit, validated"
                : record.agentUser
                    ? `${record.agentUser} (safety-strategy ${record.safetyStrategy})`
                    : `this job's user (safety-strategy ${record.safetyStrategy})`,
        ],
        [
            "Spec Kit",
            record.speckit
                ? `${record.speckit.generation === 1 ? (record.speckit.version ?? "1.x") : "0.0.x"}${record.speckit.integration ? ` (${record.speckit.integration})` : ""}${record.speckit.installed ? `, installed by this run with ${record.speckit.installer}` : ""}`
                : "",
        ],
        ["tokens / cost", `${record.tokens ?? "n/a"} / ${record.costUsd === undefined ? "n/a" : `$${record.costUsd}`}`],
        ["artifacts", result.workspace.artifacts],
    ].filter(([, v]) => v !== "");
    s.table(["", ""], facts);
    s.table(["phase", "status", "attempts", "exit code", "duration", "logs"], record.phases.map((p) => [
        p.phase,
        p.status,
        String(p.attempts.length),
        p.exitCode === undefined || p.exitCode === null ? "" : String(p.exitCode),
        p.durationMs === undefined ? "" : `${(p.durationMs / 1000).toFixed(1)} s`,
        p.stdoutLog ? `${p.stdoutLog}, ${p.stderrLog}` : "",
    ]));
    const last = record.timeline[record.timeline.length - 1];
    if (record.error)
        s.paragraph(`**${record.error.code ?? "error"}**: ${record.error.message}${record.error.hint ? `. Fix: ${record.error.hint}` : ""}`);
    else if (last?.reason)
        s.paragraph(last.reason);
    if (record.refused?.length)
        s.table(["refused", "why"], record.refused.map((r) => [r.path, r.reason]));
    if (record.proposal)
        s.paragraph(`Proposal${record.proposal.commit ? ` of commit ${record.proposal.commit.slice(0, 12)}` : ""} in ${record.proposal.dir}: upload it for the publish job.`);
    for (const w of record.warnings)
        s.paragraph(`Warning: ${w}`);
    return s;
}


/***/ })

};
