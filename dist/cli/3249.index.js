export const id = 3249;
export const ids = [3249,8770];
export const modules = {

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   PERMISSIONS: () => (/* binding */ PERMISSIONS),
/* harmony export */   PullRequestExistsError: () => (/* binding */ PullRequestExistsError),
/* harmony export */   hasPermission: () => (/* binding */ hasPermission),
/* harmony export */   parseRepository: () => (/* binding */ parseRepository),
/* harmony export */   repositoryOfRemote: () => (/* binding */ repositoryOfRemote)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/**
 * The GitHub port: everything the five actions and the CLI ask of GitHub, as plain typed data.
 *
 * Core code depends on this interface only. The real implementation (`./octokit.ts`) talks to the
 * REST API through Octokit; tests may pass any object that satisfies `GitHubApi`.
 *
 * Errors, for every method unless its comment says otherwise:
 * - a `UserError` (from `../errors.js`) when the person running the workflow can fix it: bad or
 *   expired token, a missing workflow permission (the hint names it), a repository that does not
 *   exist or is not visible to the token, a rate limit that outlasted the bounded retries;
 * - a `PullRequestExistsError` from `createPull` when an open pull request already has that head;
 * - a `GitHubApiError` for anything else GitHub answered with an error (after retries).
 */

const PERMISSIONS = ["none", "read", "triage", "write", "maintain", "admin"];
/** true when `actual` is at least `required` (admin > maintain > write > triage > read > none). */
function hasPermission(actual, required) {
    return PERMISSIONS.indexOf(actual) >= PERMISSIONS.indexOf(required);
}
/** GitHub answered with an error that is neither the user's to fix nor expected by the caller. */
class GitHubApiError extends Error {
    /** HTTP status; 0 when no response arrived. */
    status;
    /** e.g. "POST /repos/{owner}/{repo}/pulls" */
    route;
    constructor(message, options) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = "GitHubApiError";
        this.status = options.status;
        this.route = options.route;
    }
}
/** `createPull` found an open pull request with the same head: find it and update it instead. */
class PullRequestExistsError extends GitHubApiError {
    /** "owner:branch" */
    head;
    constructor(head, options) {
        super(`A pull request already exists for ${head}`, { status: 422, ...options });
        this.name = "PullRequestExistsError";
        this.head = head;
    }
}
// GitHub: owner 1-39 of [A-Za-z0-9-]; repository names [A-Za-z0-9._-], not "." or "..".
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/**
 * "owner/name" of a github.com clone URL (https, ssh or scp-like), or undefined: what a terminal
 * command takes for the repository when neither a flag nor GITHUB_REPOSITORY names one.
 */
function repositoryOfRemote(url) {
    return /github\.com[:/]([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(url.trim())?.[1];
}
/** "owner/name" (surrounding spaces and a trailing ".git" tolerated) → { owner, repo }. */
function parseRepository(text) {
    const trimmed = text.trim().replace(/\.git$/, "");
    const parts = trimmed.split("/");
    const [owner, repo] = parts;
    if (parts.length !== 2 || !owner || !repo || !OWNER.test(owner) || !NAME.test(repo) || repo === "." || repo === "..") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`"${text}" is not a repository name`, {
            hint: 'write the repository as "owner/name", e.g. "octo-org/octo-repo" (no URL, no spaces)',
            code: "github.bad-repository",
        });
    }
    return { owner, repo };
}


/***/ }),

/***/ 3249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reconcileHealIssues: () => (/* binding */ reconcileHealIssues)
/* harmony export */ });
/* unused harmony exports healMarker, STUCK_MARKER, markerSubject, healIssueBody, stuckIssueBody */
/* harmony import */ var _github_port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8770);

const MARKER = /<!--\s*specpipe:heal\s+(phase=(\S*)|stuck)\s*-->/;
function healMarker(phase) {
    return `<!-- specpipe:heal phase=${encodeURIComponent(phase)} -->`;
}
const STUCK_MARKER = "<!-- specpipe:heal stuck -->";
/** Attempts at creating one issue when GitHub answers 5xx (each after looking for it). */
const CREATE_ATTEMPTS = 4;
function sameSubject(a, b) {
    return a !== undefined && a.kind === b.kind && markerLabel(a) === markerLabel(b);
}
/** How outcomes name a subject: the phase, or "stuck". */
function markerLabel(s) {
    return s.kind === "stuck" ? "stuck" : s.phase;
}
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
    return ([
        healMarker(phase),
        `The latest ${report.thresholds.failureStreak} tasks of phase \`${phase}\` failed.`,
        "",
        "| task | finished | link |",
        "| --- | --- | --- |",
        ...rows,
        "",
        "Suggested: look at the failing runs above, fix the cause (or the spec), then let the pipeline run again.",
        "specpipe closes this issue when a task of this phase succeeds again (never because data is missing).",
        runUrl ? `\nRaised by ${runUrl}.` : "",
    ]
        .join("\n")
        .trimEnd() + "\n");
}
function stuckIssueBody(report, runUrl) {
    const s = report.stuck;
    return ([
        STUCK_MARKER,
        "The pipeline looks stuck: work is pending and no task has finished recently.",
        "",
        `- pending tasks: ${s.pending}`,
        `- last task finished: ${s.last_finished_at ?? "never"}`,
        `- threshold: ${report.thresholds.stuckMinutes} minutes`,
        "",
        "Suggested: restart the pipeline workflow; check for a runner that is offline or a job waiting for approval.",
        "specpipe closes this issue when tasks start or finish again.",
        runUrl ? `\nRaised by ${runUrl}.` : "",
    ]
        .join("\n")
        .trimEnd() + "\n");
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
    const duplicates = [];
    // Oldest first, so the first issue with a marker wins over later duplicates.
    for (const issue of [...open].sort((a, b) => a.number - b.number)) {
        const subject = markerSubject(issue.body);
        if (!subject)
            continue;
        const kept = subject.kind === "stuck" ? stuckIssue : byPhase.get(subject.phase);
        if (kept)
            duplicates.push({ issue, of: kept });
        else if (subject.kind === "stuck")
            stuckIssue = issue;
        else
            byPhase.set(subject.phase, issue);
    }
    for (const { issue, of } of duplicates) {
        await api.createComment({
            ...repo,
            number: issue.number,
            body: `Duplicate of #${of.number}, which carries the same marker. Closing. (specpipe metrics-collect)`,
        });
        await api.updateIssue({ ...repo, number: issue.number, state: "closed" });
        outcome.actions.push({ kind: "closed", subject: markerLabel(markerSubject(issue.body)), number: issue.number, url: issue.htmlUrl });
        outcome.log.push(`Closed heal issue #${issue.number}: a duplicate of #${of.number}.`);
    }
    const labels = options.labels ?? ["specpipe-heal"];
    const upsert = async (target, title, body, existing) => {
        const subject = markerLabel(target);
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
        const created = await createOnce(target, title, body);
        outcome.actions.push({ kind: "created", subject, number: created.number, url: created.htmlUrl });
        outcome.log.push(`Opened heal issue #${created.number} for ${subject}: ${created.htmlUrl}`);
        outcome.healIssueUrl ??= created.htmlUrl;
    };
    // A 5xx on create may come after GitHub created the issue, and a blind retry would open a second
    // one. So creation is sent once per attempt, and after a failure the open issues are searched for
    // the marker before the next attempt.
    const createOnce = async (target, title, body) => {
        for (let attempt = 1;; attempt++) {
            try {
                return await api.createIssue({ ...repo, title, body, labels, once: true });
            }
            catch (error) {
                const transient = error instanceof _github_port_js__WEBPACK_IMPORTED_MODULE_0__.GitHubApiError && (error.status === 0 || error.status >= 500);
                if (!transient || attempt >= CREATE_ATTEMPTS)
                    throw error;
                const made = (await api.listIssues({ ...repo, state: "open" }))
                    .filter((i) => sameSubject(markerSubject(i.body), target))
                    .sort((a, b) => a.number - b.number)[0];
                if (made)
                    return made;
            }
        }
    };
    const close = async (subject, issue, reason) => {
        await api.createComment({ ...repo, number: issue.number, body: `${reason} Closing. (specpipe metrics-collect)` });
        await api.updateIssue({ ...repo, number: issue.number, state: "closed" });
        outcome.actions.push({ kind: "closed", subject, number: issue.number, url: issue.htmlUrl });
        outcome.log.push(`Closed heal issue #${issue.number} for ${subject}: ${reason}`);
    };
    const keep = (subject, issue, why) => {
        outcome.actions.push({ kind: "kept-open", subject, number: issue.number, url: issue.htmlUrl });
        outcome.log.push(`Heal issue #${issue.number} for ${subject} stays open: ${why}`);
    };
    for (const [phase, entry] of failing) {
        await upsert({ kind: "phase", phase }, `specpipe: repeated failures in phase "${phase}"`, healIssueBody(phase, entry.tasks, report, options.runUrl), byPhase.get(phase));
    }
    const latest = new Map(report.latest_by_phase.map((p) => [p.phase, p]));
    for (const [phase, issue] of byPhase) {
        if (failing.has(phase))
            continue;
        const last = latest.get(phase);
        if (last?.status === "completed") {
            await close(phase, issue, `The latest task of phase \`${phase}\` (${last.task_id}, ${last.created_at}) succeeded: the phase recovered.`);
        }
        else {
            keep(phase, issue, last
                ? "its latest task failed; no success has followed the failures yet"
                : `no task of phase "${phase}" is in the report's window, so nothing shows that it recovered`);
        }
    }
    const since = report.stuck.minutes_since_progress;
    if (report.attention.stuck && options.diagnosticIssue) {
        await upsert({ kind: "stuck" }, "specpipe: the pipeline looks stuck", stuckIssueBody(report, options.runUrl), stuckIssue);
    }
    else if (!report.attention.stuck && stuckIssue) {
        if (since !== null && since < report.thresholds.stuckMinutes) {
            await close("stuck", stuckIssue, `Tasks are moving again: the latest started or finished ${Math.floor(since)} minute(s) ago.`);
        }
        else
            keep("stuck", stuckIssue, "no task has started or finished recently, so nothing shows that the pipeline moves again");
    }
    return outcome;
}
function normalise(body) {
    return body.replace(/\r\n/g, "\n").trim();
}


/***/ })

};
