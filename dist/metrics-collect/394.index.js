export const id = 394;
export const ids = [394];
export const modules = {

/***/ 3394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reconcileHealIssues: () => (/* binding */ reconcileHealIssues)
/* harmony export */ });
/* unused harmony exports healMarker, STUCK_MARKER, markerSubject, healIssueBody, stuckIssueBody */
const MARKER = /<!--\s*specpipe:heal\s+(phase=(\S*)|stuck)\s*-->/;
function healMarker(phase) {
    return `<!-- specpipe:heal phase=${encodeURIComponent(phase)} -->`;
}
const STUCK_MARKER = "<!-- specpipe:heal stuck -->";
/** The subject an issue body's marker names: a phase, "stuck", or undefined (not ours). */
function markerSubject(body) {
    const m = MARKER.exec(body);
    if (!m)
        return undefined;
    if (m[1] === "stuck")
        return { kind: "stuck" };
    try {
        return { kind: "phase", phase: decodeURIComponent(m[2]) };
    }
    catch {
        return undefined;
    }
}
function healIssueBody(phase, tasks, report, runUrl) {
    const rows = tasks.map((t) => `| ${t.task_id.replace(/\|/g, "\\|")} | ${t.created_at} | ${t.run_url ? `[run](${t.run_url})` : "—"} |`);
    return [
        healMarker(phase),
        `The latest ${report.thresholds.failureStreak} tasks of phase \`${phase}\` failed.`,
        "",
        "| task | finished | link |",
        "| --- | --- | --- |",
        ...rows,
        "",
        "Suggested: look at the failing runs above, fix the cause (or the spec), then let the pipeline run again.",
        "specpipe closes this issue when the phase succeeds again.",
        runUrl ? `\nRaised by ${runUrl}.` : "",
    ]
        .join("\n")
        .trimEnd() + "\n";
}
function stuckIssueBody(report, runUrl) {
    const s = report.stuck;
    return [
        STUCK_MARKER,
        "The pipeline looks stuck: work is pending and no task has finished recently.",
        "",
        `- pending tasks: ${s.pending}`,
        `- last task finished: ${s.last_finished_at ?? "never"}`,
        `- threshold: ${report.thresholds.stuckMinutes} minutes`,
        "",
        "Suggested: restart the pipeline workflow; check for a runner that is offline or a job waiting for approval.",
        "specpipe closes this issue when tasks finish again.",
        runUrl ? `\nRaised by ${runUrl}.` : "",
    ]
        .join("\n")
        .trimEnd() + "\n";
}
async function reconcileHealIssues(options) {
    const { report, api, repo } = options;
    const outcome = { actions: [], log: [] };
    const failing = new Map(report.failing_phases.map((p) => [p.phase, p]));
    if (report.attention.stuck) {
        outcome.log.push(`Pipeline looks stuck (${report.stuck.pending} pending, last task finished ${report.stuck.last_finished_at ?? "never"}): restart the pipeline workflow.`);
    }
    if (!options.autoFix) {
        for (const phase of failing.keys()) {
            outcome.actions.push({ kind: "would-create-or-update", subject: phase });
            outcome.log.push(`Auto-fix is off: would open or update the heal issue for phase "${phase}" (set auto-fix: true or PIPELINE_AUTO_FIX_ENABLED=1).`);
        }
        if (report.attention.stuck && options.diagnosticIssue) {
            outcome.actions.push({ kind: "would-create-or-update", subject: "stuck" });
            outcome.log.push("Auto-fix is off: would open or update the diagnostic issue for the stuck pipeline.");
        }
        return outcome;
    }
    const open = await api.listIssues({ ...repo, state: "open" });
    const byPhase = new Map();
    let stuckIssue;
    // Oldest first, so the first issue with a marker wins over later duplicates.
    for (const issue of [...open].sort((a, b) => a.number - b.number)) {
        const subject = markerSubject(issue.body);
        if (!subject)
            continue;
        if (subject.kind === "stuck")
            stuckIssue ??= issue;
        else if (!byPhase.has(subject.phase))
            byPhase.set(subject.phase, issue);
    }
    const labels = options.labels ?? ["specpipe-heal"];
    const upsert = async (subject, title, body, existing) => {
        if (existing) {
            if (normalise(existing.body) === normalise(body)) {
                outcome.actions.push({ kind: "unchanged", subject, number: existing.number, url: existing.htmlUrl });
                outcome.log.push(`Heal issue #${existing.number} for ${subject} is up to date: ${existing.htmlUrl}`);
            }
            else {
                const updated = await api.updateIssue({ ...repo, number: existing.number, body });
                outcome.actions.push({ kind: "updated", subject, number: updated.number, url: updated.htmlUrl });
                outcome.log.push(`Updated heal issue #${updated.number} for ${subject}: ${updated.htmlUrl}`);
            }
            outcome.healIssueUrl ??= existing.htmlUrl;
            return;
        }
        const created = await api.createIssue({ ...repo, title, body, labels });
        outcome.actions.push({ kind: "created", subject, number: created.number, url: created.htmlUrl });
        outcome.log.push(`Opened heal issue #${created.number} for ${subject}: ${created.htmlUrl}`);
        outcome.healIssueUrl ??= created.htmlUrl;
    };
    const close = async (subject, issue, reason) => {
        await api.createComment({ ...repo, number: issue.number, body: `${reason} Closing. (specpipe metrics-collect)` });
        await api.updateIssue({ ...repo, number: issue.number, state: "closed" });
        outcome.actions.push({ kind: "closed", subject, number: issue.number, url: issue.htmlUrl });
        outcome.log.push(`Closed heal issue #${issue.number} for ${subject}: the flag cleared.`);
    };
    for (const [phase, entry] of failing) {
        await upsert(phase, `specpipe: repeated failures in phase "${phase}"`, healIssueBody(phase, entry.tasks, report, options.runUrl), byPhase.get(phase));
    }
    for (const [phase, issue] of byPhase) {
        if (!failing.has(phase))
            await close(phase, issue, `The latest tasks of phase \`${phase}\` no longer all fail.`);
    }
    if (report.attention.stuck && options.diagnosticIssue) {
        await upsert("stuck", "specpipe: the pipeline looks stuck", stuckIssueBody(report, options.runUrl), stuckIssue);
    }
    else if (!report.attention.stuck && stuckIssue) {
        await close("stuck", stuckIssue, "Tasks are finishing again.");
    }
    return outcome;
}
function normalise(body) {
    return body.replace(/\r\n/g, "\n").trim();
}


/***/ })

};
