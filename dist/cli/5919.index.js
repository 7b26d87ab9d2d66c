export const id = 5919;
export const ids = [5919,1644,8770];
export const modules = {

/***/ 8300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectGitHub: () => (/* binding */ connectGitHub),
/* harmony export */   tokenLine: () => (/* binding */ tokenLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8770);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1644);



async function connectGitHub(options) {
    const { token, env } = options;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${options.why ?? "this step"} needs the GitHub API, and no token was found`, {
            hint: options.tokenHint ?? 'pass "token" (the default github.token works), or set GITHUB_TOKEN (or GH_TOKEN)',
            code: "github.no-token",
        });
    }
    const name = options.repository?.trim() || env.GITHUB_REPOSITORY?.trim();
    if (!name) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${options.why ?? "this step"} needs to know the repository, and GITHUB_REPOSITORY is not set`, {
            hint: options.repositoryHint ?? "run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name",
            code: "github.no-repository",
        });
    }
    const repo = (0,_port_js__WEBPACK_IMPORTED_MODULE_1__.parseRepository)(name);
    const { createGitHubApi } = await __webpack_require__.e(/* import() */ 8110).then(__webpack_require__.bind(__webpack_require__, 8110));
    const client = await createGitHubApi({ ...options.client, token: token.value, baseUrl: env.GITHUB_API_URL?.trim() || undefined });
    return { api: client, repo, token };
}
/** "token from GITHUB_TOKEN": a log line that says which token is used, never the token. */
function tokenLine(token, inputName = "token") {
    return `GitHub token: ${(0,_token_js__WEBPACK_IMPORTED_MODULE_2__.describeTokenSource)(token.source, inputName)}`;
}


/***/ }),

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

/***/ 1644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TOKEN_VARIABLES: () => (/* binding */ TOKEN_VARIABLES),
/* harmony export */   describeTokenSource: () => (/* binding */ describeTokenSource),
/* harmony export */   githubToken: () => (/* binding */ githubToken)
/* harmony export */ });
const TOKEN_VARIABLES = ["GITHUB_TOKEN", "GH_TOKEN"];
function githubToken(input, env) {
    if (input !== undefined && input.trim() !== "")
        return { value: input.trim(), source: "input" };
    for (const name of TOKEN_VARIABLES) {
        const value = env[name]?.trim();
        if (value)
            return { value, source: name };
    }
    return undefined;
}
/** "the token input", "GITHUB_TOKEN": for messages. */
function describeTokenSource(source, inputName = "token") {
    return source === "input" ? `the "${inputName}" input` : source;
}


/***/ })

};
