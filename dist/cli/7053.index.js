export const id = 7053;
export const ids = [7053,8770];
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

/***/ 7053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerContext: () => (/* binding */ runnerContext)
/* harmony export */ });
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8770);

const set = (v) => (v === undefined || v.trim() === "" ? undefined : v.trim());
function runnerContext(env = process.env) {
    const serverUrl = (set(env.GITHUB_SERVER_URL) ?? "https://github.com").replace(/\/+$/, "");
    const name = set(env.GITHUB_REPOSITORY);
    const runId = set(env.GITHUB_RUN_ID);
    const attempt = Number(set(env.GITHUB_RUN_ATTEMPT) ?? "1");
    const runAttempt = Number.isInteger(attempt) && attempt >= 1 ? attempt : 1;
    let repository = null;
    return {
        eventName: set(env.GITHUB_EVENT_NAME),
        // Parsed when first read: a step that never needs the repository does not fail on it.
        get repository() {
            if (repository === null)
                repository = name === undefined ? undefined : (0,_port_js__WEBPACK_IMPORTED_MODULE_0__.parseRepository)(name);
            return repository;
        },
        serverUrl,
        apiUrl: set(env.GITHUB_API_URL),
        runId,
        runAttempt,
        runUrl: runId && name
            ? `${serverUrl}/${name}/actions/runs/${encodeURIComponent(runId)}${runAttempt > 1 ? `/attempts/${runAttempt}` : ""}`
            : undefined,
        job: set(env.GITHUB_JOB),
        actor: set(env.GITHUB_ACTOR),
        sha: set(env.GITHUB_SHA),
        ref: set(env.GITHUB_REF),
        refName: set(env.GITHUB_REF_NAME),
        headRef: set(env.GITHUB_HEAD_REF),
        workflowRef: set(env.GITHUB_WORKFLOW_REF),
    };
}


/***/ })

};
