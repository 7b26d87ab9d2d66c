export const id = 110;
export const ids = [110];
export const modules = {

/***/ 58110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/github/port.ts
var port = __webpack_require__(98770);
;// CONCATENATED MODULE: ./packages/core/src/github/error-map.ts
/**
 * Octokit's request errors as the errors users see: what a person can fix (a bad token, a missing
 * permission, a rate limit, an unreachable API, a missing repository) is a UserError with the fix
 * as its hint; the rest is a GitHubApiError with GitHub's status and the route. Tokens are redacted.
 */


function isRequestError(error) {
    return error instanceof Error && typeof error.status === "number";
}
/** GitHub's own message, without Octokit's " - https://docs..." suffix. */
function githubMessage(error) {
    const data = error.response?.data;
    return typeof data?.message === "string" ? data.message : error.message.replace(/ - https:\/\/\S+$/, "");
}
function validationMessages(error) {
    const data = error.response?.data;
    return Array.isArray(data?.errors) ? data.errors : [];
}
function isRateLimited(error) {
    const remaining = error.response?.headers?.["x-ratelimit-remaining"];
    return (error.status === 403 || error.status === 429) && (remaining === "0" || /\brate limit\b/i.test(githubMessage(error)));
}
const NO_CONNECTION = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ERR_INVALID_URL"]);
/** True when the request never reached a server (refused, no such host, no route, a bad URL). */
function neverConnected(error) {
    for (let e = error, depth = 0; e && depth < 6; e = e.cause, depth++) {
        const code = e.code;
        if (typeof code === "string" && NO_CONNECTION.has(code))
            return true;
        if (/bad port|invalid url/i.test(String(e.message)))
            return true;
    }
    return false;
}
function mapError(error, op, redact) {
    if (!isRequestError(error))
        return error instanceof Error ? error : new Error(String(error));
    error.message = redact(error.message);
    const status = error.status;
    const message = redact(githubMessage(error));
    const repoName = `${op.repo.owner}/${op.repo.repo}`;
    // No connection at all: the API was not reached (a wrong GITHUB_API_URL, no network). Octokit
    // reports that as status 500 without a response; the person running the job fixes it. (A
    // connection dropped after the request was sent stays a GitHubApiError: GitHub may have acted.)
    if (error.response === undefined && (status === 500 || status === 0) && neverConnected(error)) {
        return new errors.UserError(`GitHub's API could not be reached to ${op.what} (${message.split("\n")[0]})`, {
            hint: "check GITHUB_API_URL (the api-url of a GitHub Enterprise Server) and the runner's network, then run the job again",
            code: "github.unreachable",
            cause: error,
        });
    }
    if (status === 401) {
        return new errors.UserError(`GitHub rejected the token while trying to ${op.what} (401 ${message})`, {
            hint: "the token is missing, expired or revoked: pass a valid `token` input (the default `${{ github.token }}` works for the workflow's own repository)",
            code: "github.bad-credentials",
            cause: error,
        });
    }
    if (isRateLimited(error)) {
        return new errors.UserError(`GitHub's rate limit stopped the request to ${op.what} (${status} ${message})`, {
            hint: "wait for the limit to reset and re-run the job; if it keeps happening, run the workflow less often or use a token with a higher limit",
            code: "github.rate-limited",
            cause: error,
        });
    }
    if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
        return new errors.UserError(`GitHub Actions may not ${op.what} (403 ${message})`, {
            hint: "enable \"Allow GitHub Actions to create and approve pull requests\" in the repository's (or organisation's) Settings → Actions → General → Workflow permissions, or pass a personal access token as the `token` input",
            code: "github.actions-cannot-create-pull-requests",
            cause: error,
        });
    }
    if (status === 403) {
        return new errors.UserError(`The token may not ${op.what} (403 ${message})`, {
            hint: `give the workflow ${op.permission} in its \`permissions:\` block (or use a token that has it)`,
            code: "github.permission-denied",
            cause: error,
        });
    }
    if (status === 404 && op.repoLevel) {
        const also = op.notFoundAlso ? ` (or ${op.notFoundAlso.meaning})` : "";
        return new errors.UserError(`Repository ${repoName} was not found, or the token cannot see it, while trying to ${op.what}${also}`, {
            hint: `check the repository name "${repoName}"${op.notFoundAlso ? ` and ${op.notFoundAlso.check}` : ""}; for a private repository other than the workflow's own, pass a token with ${op.permission} on it (the default GITHUB_TOKEN only sees its own repository)`,
            code: "github.repository-not-found",
            cause: error,
        });
    }
    const details = validationMessages(error)
        .map((entry) => entry.message ?? entry.code)
        .filter(Boolean)
        .join("; ");
    return new port.GitHubApiError(`GitHub could not ${op.what}: ${status} ${message}${details ? ` (${redact(details)})` : ""}`, {
        status,
        route: op.route,
        cause: error,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/github/from-json.ts
function labelName(label) {
    return typeof label === "string" ? label : (label.name ?? "");
}
function toPull(data) {
    return {
        number: data.number,
        htmlUrl: data.html_url,
        state: data.state === "closed" ? "closed" : "open",
        merged: Boolean(data.merged ?? data.merged_at),
        head: data.head.ref,
        headLabel: data.head.label,
        headSha: data.head.sha,
        base: data.base.ref,
        title: data.title,
        body: data.body ?? "",
        draft: data.draft ?? false,
        labels: (data.labels ?? []).map(labelName),
    };
}
function toIssue(data) {
    return {
        number: data.number,
        htmlUrl: data.html_url,
        title: data.title,
        body: data.body ?? "",
        state: data.state === "closed" ? "closed" : "open",
        labels: (data.labels ?? []).map(labelName),
        isPullRequest: data.pull_request != null,
        author: data.user?.login ?? null,
        createdAt: data.created_at,
        updatedAt: data.updated_at,
    };
}
function toComment(data) {
    return {
        id: data.id,
        htmlUrl: data.html_url,
        body: data.body ?? "",
        author: data.user?.login ?? null,
        createdAt: data.created_at,
        updatedAt: data.updated_at,
    };
}
function toWorkflowRun(run) {
    return {
        id: run.id,
        name: run.name ?? null,
        path: run.path ?? "",
        workflowId: run.workflow_id,
        status: run.status ?? null,
        conclusion: run.conclusion ?? null,
        event: run.event,
        headBranch: run.head_branch ?? null,
        headSha: run.head_sha,
        runAttempt: run.run_attempt ?? 1,
        htmlUrl: run.html_url,
        createdAt: run.created_at,
        updatedAt: run.updated_at,
        runStartedAt: run.run_started_at ?? null,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/adapter.ts




const ROLES = ["admin", "maintain", "write", "triage", "read", "none"];
const ISSUE_WRITE = "`issues: write` (or `pull-requests: write` when the number is a pull request)";
class OctokitGitHubApi {
    octokit;
    redact;
    labelRetry;
    constructor(octokit, redact, labelRetry) {
        this.octokit = octokit;
        this.redact = redact;
        this.labelRetry = labelRetry;
    }
    async call(op, fn, recover) {
        try {
            return await fn();
        }
        catch (error) {
            if (recover && isRequestError(error)) {
                const value = recover(error);
                if (value !== undefined)
                    return value;
            }
            throw mapError(error, op, this.redact);
        }
    }
    op(repo, what, route, permission, repoLevel = false) {
        return { what: `${what} in ${repo.owner}/${repo.repo}`, route, permission, repo, repoLevel };
    }
    async getRepository(owner, repo) {
        const ref = { owner, repo };
        const op = this.op(ref, "read the repository", "GET /repos/{owner}/{repo}", "`contents: read`", true);
        const { data } = await this.call(op, () => this.octokit.rest.repos.get(ref));
        return {
            owner: data.owner.login,
            name: data.name,
            fullName: data.full_name,
            defaultBranch: data.default_branch,
            htmlUrl: data.html_url,
            private: data.private,
        };
    }
    async findOpenPull(input) {
        const head = input.head.includes(":") ? input.head : `${input.owner}:${input.head}`;
        const op = this.op(input, "list pull requests", "GET /repos/{owner}/{repo}/pulls", "`pull-requests: read`", true);
        const { data } = await this.call(op, () => this.octokit.rest.pulls.list({ owner: input.owner, repo: input.repo, state: "open", head, base: input.base, per_page: 100 }));
        // GitHub filters by head already; checking again guards against a filter it ignored.
        const found = data.find((pull) => pull.head.label.toLowerCase() === head.toLowerCase());
        return found ? toPull(found) : null;
    }
    async createPull(input) {
        const route = "POST /repos/{owner}/{repo}/pulls";
        const op = this.op(input, "create a pull request", route, "`pull-requests: write`", true);
        try {
            const { data } = await this.octokit.rest.pulls.create({
                owner: input.owner,
                repo: input.repo,
                title: input.title,
                body: input.body,
                head: input.head,
                base: input.base,
                draft: input.draft ?? false,
            });
            return toPull(data);
        }
        catch (error) {
            if (isRequestError(error) && error.status === 422) {
                const exists = validationMessages(error).find((entry) => /already exists/i.test(entry.message ?? ""));
                if (exists) {
                    const head = /already exists for (\S+?)\.?$/i.exec(exists.message ?? "")?.[1] ??
                        (input.head.includes(":") ? input.head : `${input.owner}:${input.head}`);
                    throw new port.PullRequestExistsError(head, { route, cause: error });
                }
            }
            throw mapError(error, op, this.redact);
        }
    }
    async updatePull(input) {
        const op = this.op(input, `update pull request #${input.number}`, "PATCH /repos/{owner}/{repo}/pulls/{pull_number}", "`pull-requests: write`");
        const { data } = await this.call(op, () => this.octokit.rest.pulls.update({
            owner: input.owner,
            repo: input.repo,
            pull_number: input.number,
            title: input.title,
            body: input.body,
            state: input.state,
            base: input.base,
        }));
        return toPull(data);
    }
    async getPull(input) {
        const op = this.op(input, `read pull request #${input.number}`, "GET /repos/{owner}/{repo}/pulls/{pull_number}", "`pull-requests: read`");
        const result = await this.call(op, async () => toPull((await this.octokit.rest.pulls.get({ owner: input.owner, repo: input.repo, pull_number: input.number })).data), (error) => (error.status === 404 ? null : undefined));
        return result;
    }
    async createIssue(input) {
        const op = this.op(input, "create an issue", "POST /repos/{owner}/{repo}/issues", "`issues: write`", true);
        const { data } = await this.call(op, () => this.octokit.rest.issues.create({
            owner: input.owner,
            repo: input.repo,
            title: input.title,
            body: input.body,
            labels: input.labels,
            // plugin-retry reads a per-request count; 0 turns its retries off for this request only.
            ...(input.once ? { request: { retries: 0 } } : {}),
        }));
        return toIssue(data);
    }
    async updateIssue(input) {
        const op = this.op(input, `update issue #${input.number}`, "PATCH /repos/{owner}/{repo}/issues/{issue_number}", ISSUE_WRITE);
        const { data } = await this.call(op, () => this.octokit.rest.issues.update({
            owner: input.owner,
            repo: input.repo,
            issue_number: input.number,
            title: input.title,
            body: input.body,
            state: input.state,
            labels: input.labels,
        }));
        return toIssue(data);
    }
    async getIssue(input) {
        const op = this.op(input, `read issue #${input.number}`, "GET /repos/{owner}/{repo}/issues/{issue_number}", "`issues: read`");
        return this.call(op, async () => toIssue((await this.octokit.rest.issues.get({ owner: input.owner, repo: input.repo, issue_number: input.number })).data), (error) => (error.status === 404 ? null : undefined));
    }
    async listIssues(input) {
        const op = this.op(input, "list issues", "GET /repos/{owner}/{repo}/issues", "`issues: read`", true);
        const data = await this.call(op, () => this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
            owner: input.owner,
            repo: input.repo,
            state: input.state,
            labels: input.labels && input.labels.length > 0 ? input.labels.join(",") : undefined,
            per_page: 100,
        }));
        const issues = data.map(toIssue);
        return input.includePullRequests ? issues : issues.filter((issue) => !issue.isPullRequest);
    }
    async createComment(input) {
        const op = this.op(input, `comment on #${input.number}`, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", ISSUE_WRITE);
        const { data } = await this.call(op, () => this.octokit.rest.issues.createComment({ owner: input.owner, repo: input.repo, issue_number: input.number, body: input.body }));
        return toComment(data);
    }
    async updateComment(input) {
        const op = this.op(input, `update comment ${input.commentId}`, "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", ISSUE_WRITE);
        const { data } = await this.call(op, () => this.octokit.rest.issues.updateComment({ owner: input.owner, repo: input.repo, comment_id: input.commentId, body: input.body }));
        return toComment(data);
    }
    async listComments(input) {
        const op = this.op(input, `list the comments of #${input.number}`, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", "`issues: read`");
        const data = await this.call(op, () => this.octokit.paginate(this.octokit.rest.issues.listComments, {
            owner: input.owner,
            repo: input.repo,
            issue_number: input.number,
            per_page: 100,
        }));
        return data.map(toComment);
    }
    async addLabels(input) {
        const op = this.op(input, `label #${input.number}`, "POST /repos/{owner}/{repo}/issues/{issue_number}/labels", ISSUE_WRITE);
        const { attempts, delayMs } = this.labelRetry;
        for (let attempt = 1;; attempt++) {
            try {
                const { data } = await this.octokit.rest.issues.addLabels({
                    owner: input.owner,
                    repo: input.repo,
                    issue_number: input.number,
                    labels: input.labels,
                });
                return data.map(labelName);
            }
            catch (error) {
                // Right after a pull request is created GitHub may not have indexed it yet.
                const transient = isRequestError(error) && /could not resolve to a node/i.test(error.message);
                if (!transient || attempt >= attempts)
                    throw mapError(error, op, this.redact);
                await (0,promises_.setTimeout)(delayMs * attempt);
            }
        }
    }
    async ensureLabel(input) {
        const op = this.op(input, `create label "${input.name}"`, "POST /repos/{owner}/{repo}/labels", "`issues: write`", true);
        return this.call(op, async () => {
            await this.octokit.rest.issues.createLabel({
                owner: input.owner,
                repo: input.repo,
                name: input.name,
                color: (input.color ?? "ededed").replace(/^#/, ""),
                description: input.description,
            });
            return { created: true };
        }, (error) => error.status === 422 && validationMessages(error).some((entry) => entry.code === "already_exists") ? { created: false } : undefined);
    }
    async getPermission(input) {
        const op = {
            ...this.op(input, `read the permission of ${input.username}`, "GET /repos/{owner}/{repo}/collaborators/{username}/permission", "`contents: read` (a personal access token needs push access to read collaborators' permissions)", true),
            notFoundAlso: { meaning: `the user ${input.username} does not exist`, check: `the login "${input.username}"` },
        };
        const { data } = await this.call(op, () => this.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: input.owner, repo: input.repo, username: input.username }));
        const role = data.role_name;
        if (role && ROLES.includes(role))
            return role;
        return ROLES.includes(data.permission) ? data.permission : "none";
    }
    async listCheckRuns(input) {
        const op = this.op(input, `list the check runs of ${input.ref}`, "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", "`checks: read`", true);
        const data = await this.call(op, () => this.octokit.paginate(this.octokit.rest.checks.listForRef, {
            owner: input.owner,
            repo: input.repo,
            ref: input.ref,
            filter: "latest",
            per_page: 100,
        }));
        return data.map((run) => ({ name: run.name, status: run.status, conclusion: run.conclusion ?? null }));
    }
    async getCombinedStatus(input) {
        const op = this.op(input, `read the status of ${input.ref}`, "GET /repos/{owner}/{repo}/commits/{ref}/status", "`statuses: read`", true);
        // The combined status pages its `statuses` (100 a page) while `state` covers all of them;
        // every page is read, so a failing context beyond the first hundred is seen too.
        const statuses = [];
        let state = "pending";
        let totalCount = 0;
        for (let page = 1;; page++) {
            const { data } = await this.call(op, () => this.octokit.rest.repos.getCombinedStatusForRef({ owner: input.owner, repo: input.repo, ref: input.ref, per_page: 100, page }));
            if (page === 1) {
                state = data.state === "failure" || data.state === "success" ? data.state : "pending";
                totalCount = data.total_count;
            }
            for (const status of data.statuses)
                statuses.push({ context: status.context, state: status.state });
            if (data.statuses.length < 100 || statuses.length >= totalCount || page >= 100)
                break;
        }
        return { state, statuses, totalCount };
    }
    async listWorkflowRuns(input) {
        return (await this.listWorkflowRunsCounted(input)).runs;
    }
    async listWorkflowRunsCounted(input) {
        const op = this.op(input, "list workflow runs", "GET /repos/{owner}/{repo}/actions/runs", "`actions: read`", true);
        const limit = input.limit ?? Number.POSITIVE_INFINITY;
        const runs = [];
        let totalCount = 0;
        await this.call(op, async () => {
            const pages = this.octokit.paginate.iterator(this.octokit.rest.actions.listWorkflowRunsForRepo, {
                owner: input.owner,
                repo: input.repo,
                status: input.status,
                created: input.created,
                branch: input.branch,
                event: input.event,
                per_page: Math.min(Math.max(input.perPage ?? 100, 1), 100),
            });
            for await (const page of pages) {
                // paginate turns the page into its array of runs and keeps total_count on it.
                totalCount = page.data.total_count ?? totalCount;
                for (const run of page.data) {
                    if (runs.length >= limit)
                        return;
                    runs.push(toWorkflowRun(run));
                }
                if (runs.length >= limit)
                    return;
            }
        });
        return { totalCount: Math.max(totalCount, runs.length), runs };
    }
    async getWorkflowRun(input) {
        const op = this.op(input, `read workflow run ${input.runId}`, "GET /repos/{owner}/{repo}/actions/runs/{run_id}", "`actions: read`");
        return this.call(op, async () => toWorkflowRun((await this.octokit.rest.actions.getWorkflowRun({ owner: input.owner, repo: input.repo, run_id: input.runId })).data), (error) => (error.status === 404 ? null : undefined));
    }
    async listJobsForRun(input) {
        const op = this.op(input, `list the jobs of run ${input.runId}`, "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs", "`actions: read`");
        const data = await this.call(op, () => this.octokit.paginate(this.octokit.rest.actions.listJobsForWorkflowRun, {
            owner: input.owner,
            repo: input.repo,
            run_id: input.runId,
            filter: "latest",
            per_page: 100,
        }));
        return data.map((job) => ({
            id: job.id,
            runId: job.run_id,
            name: job.name,
            status: job.status,
            conclusion: job.conclusion ?? null,
            startedAt: job.started_at ?? null,
            completedAt: job.completed_at ?? null,
            htmlUrl: job.html_url ?? null,
        }));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github/octokit.ts
/**
 * The real `GitHubApi`: Octokit (through `@actions/github`'s `getOctokit`, which honours the
 * runner's proxy settings) with the retry and throttling plugins.
 *
 * `@actions/github` and the plugins are loaded with a dynamic `import()` inside
 * `createGitHubApi`, so a bundle that never talks to GitHub never loads Octokit at start-up.
 * Only types are imported statically (erased at build time).
 *
 * This module is the client and its pacing; the port's methods are in `adapter.ts`, the mapping
 * of GitHub's JSON in `from-json.ts` and of its errors in `error-map.ts`.
 */



/** Builds the real GitHub client. Throws a UserError when no token is given. */
async function createGitHubApi(options) {
    const token = options.token?.trim() ?? "";
    if (token === "") {
        throw new errors.UserError("No GitHub token was given", {
            hint: "pass `token: ${{ github.token }}` (the default) or a personal access token stored as a secret",
            code: "github.no-token",
        });
    }
    options.onSecret?.(token);
    const redact = (text) => text.split(token).join("***");
    const warn = (message) => options.onWarning?.(redact(message));
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
    ]);
    const unit = options.minRetryDelayMs ?? 1000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
            warn(`GitHub ${kind} hit by ${what}; retrying after ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`);
            return true;
        }
        warn(`GitHub ${kind} hit by ${what}; giving up (retry-after ${retryAfter} s, ${retryCount} retries done)`);
        return false;
    };
    const pacing = options.writeIntervalMs === undefined
        ? {}
        : { write: pacingGroup(options.writeIntervalMs), notifications: pacingGroup(options.writeIntervalMs) };
    const logLine = (message, ...rest) => warn([message, ...rest].map((part) => (part instanceof Error ? part.message : String(part))).join(" "));
    const octokit = getOctokit(token, {
        baseUrl: (options.baseUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
        userAgent: options.userAgent ?? "specpipe",
        log: { debug: () => { }, info: () => { }, warn: logLine, error: logLine },
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: unit,
            // 403 and 429 are the throttling plugin's; the rest are not worth repeating.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            onRateLimit: onLimit("rate limit"),
            onSecondaryRateLimit: onLimit("secondary rate limit"),
            retryAfterBaseValue: unit,
            ...pacing,
        },
    }, retry, throttling);
    return new OctokitGitHubApi(octokit, redact, {
        attempts: options.labelRetry?.attempts ?? 4,
        delayMs: options.labelRetry?.delayMs ?? 1000,
    });
}
/**
 * A stand-in for a Bottleneck group that only keeps `intervalMs` between the jobs it runs: the
 * throttling plugin calls `group.key(id).schedule(options, fn)` and nothing else.
 */
function pacingGroup(intervalMs) {
    let last = 0;
    let chain = Promise.resolve();
    const limiter = {
        schedule(...args) {
            const [fn, ...rest] = (typeof args[0] === "function" ? args : args.slice(1));
            const turn = chain.then(async () => {
                const wait = last + intervalMs - Date.now();
                if (wait > 0)
                    await (0,promises_.setTimeout)(wait);
                last = Date.now();
            });
            chain = turn;
            return turn.then(() => fn(...rest));
        },
    };
    return { key: () => limiter };
}


/***/ })

};
