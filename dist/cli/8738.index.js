export const id = 8738;
export const ids = [8738,330,5625,8770,264,481];
export const modules = {

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   GitError: () => (/* binding */ GitError),
/* harmony export */   gitUserError: () => (/* binding */ gitUserError),
/* harmony export */   isNonFastForward: () => (/* binding */ isNonFastForward),
/* harmony export */   isolatedGitEnv: () => (/* binding */ isolatedGitEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7332);


/**
 * A typed wrapper over the `git` executable. Arguments are always arrays; nothing goes through
 * a shell, so spec text, branch names and commit messages cannot be interpreted as commands.
 *
 * Credentials: `withAuth` passes a token to one git invocation through `-c http.extraHeader`
 * in the *environment* (GIT_CONFIG_COUNT/KEY/VALUE), so it never appears in a command line
 * (visible in `ps`), in a remote URL, or in `.git/config`. When git's configuration already sends
 * an Authorization header (actions/checkout persists its token as `http.<server>/.extraheader`,
 * the default), ours is left out: git would send both and GitHub refuses a request with two
 * (`Duplicate header: "Authorization"`). The checkout's credential then wins; to push with
 * another token, check out with `persist-credentials: false`.
 */
class GitError extends Error {
    args;
    code;
    stderr;
    stdout;
    constructor(args, code, stderr, stdout) {
        super(`git ${args.join(" ")} failed (exit ${code}): ${stderr.trim() || stdout.trim()}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.stdout = stdout;
        this.name = "GitError";
    }
}
class Git {
    cwd;
    env;
    executable;
    auth;
    persisted;
    constructor(options) {
        this.cwd = options.cwd;
        this.executable = options.executable ?? "git";
        this.env = {
            ...process.env,
            ...options.env,
            // Never prompt: a prompt in CI hangs the job until its timeout.
            GIT_TERMINAL_PROMPT: "0",
            // Deterministic output regardless of the runner's locale.
            LC_ALL: "C",
        };
    }
    /** A Git for another directory with the same environment and credentials. */
    at(cwd) {
        const g = new Git({ cwd, env: this.env, executable: this.executable });
        g.auth = this.auth;
        return g;
    }
    /** A Git with these variables added to its environment (a second index: GIT_INDEX_FILE). */
    withEnv(extra) {
        const g = new Git({ cwd: this.cwd, env: { ...this.env, ...extra }, executable: this.executable });
        g.auth = this.auth;
        return g;
    }
    /** Use this token for network operations (fetch, push, clone) of this instance. */
    withAuth(auth) {
        const g = this.at(this.cwd);
        g.auth = auth;
        return g;
    }
    /**
     * True when git's configuration (any scope, includes followed, GIT_CONFIG_* variables too) holds
     * an Authorization extraheader: what actions/checkout leaves with persist-credentials. Asked
     * once per instance, at its first network call, so a Git that never fetches never asks.
     */
    hasPersistedCredential() {
        this.persisted ??= this.raw(["config", "--get-regexp", "^http\\..*extraheader$"]).then((r) => r.code === 0 && /^\S+ authorization\s*:/im.test(r.stdout.toString("utf8")));
        return this.persisted;
    }
    async envFor(network) {
        if (!network || !this.auth)
            return this.env;
        if (await this.hasPersistedCredential())
            return this.env;
        const basic = Buffer.from(`x-access-token:${this.auth.token}`).toString("base64");
        const key = this.auth.urlPrefix ? `http.${this.auth.urlPrefix}.extraheader` : "http.extraheader";
        // GIT_CONFIG_COUNT configuration lives only in this process's environment.
        const base = Number(this.env.GIT_CONFIG_COUNT ?? 0);
        return {
            ...this.env,
            GIT_CONFIG_COUNT: String(base + 1),
            [`GIT_CONFIG_KEY_${base}`]: key,
            [`GIT_CONFIG_VALUE_${base}`]: `AUTHORIZATION: basic ${basic}`,
        };
    }
    /** Run git; resolve with the raw result whatever the exit code. */
    async raw(args, options = {}) {
        return (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R)(this.executable, args, {
            cwd: options.cwd ?? this.cwd,
            env: await this.envFor(options.network ?? false),
            input: options.input,
        });
    }
    /** Run git; throw GitError on a non-zero exit; return stdout as text. */
    async run(args, options = {}) {
        const r = await this.raw(args, options);
        if (r.code !== 0)
            throw new GitError(args, r.code, this.redact(r.stderr.toString("utf8")), this.redact(r.stdout.toString("utf8")));
        return r.stdout.toString("utf8");
    }
    /** Same as run, but returns stdout as a Buffer (for file contents). */
    async runBuffer(args, options = {}) {
        const r = await this.raw(args, options);
        if (r.code !== 0)
            throw new GitError(args, r.code, r.stderr.toString("utf8"), "");
        return r.stdout;
    }
    redact(text) {
        if (!this.auth?.token)
            return text;
        return text.split(this.auth.token).join("***");
    }
    // ---- common operations -------------------------------------------------------------
    async isRepository() {
        const r = await this.raw(["rev-parse", "--is-inside-work-tree"]);
        return r.code === 0 && r.stdout.toString().trim() === "true";
    }
    async topLevel() {
        return (await this.run(["rev-parse", "--show-toplevel"])).trim();
    }
    async head() {
        return (await this.run(["rev-parse", "HEAD"])).trim();
    }
    async currentBranch() {
        const r = await this.raw(["symbolic-ref", "--quiet", "--short", "HEAD"]);
        return r.code === 0 ? r.stdout.toString().trim() : undefined;
    }
    /** The commit `rev` names, or undefined. `rev` goes after --end-of-options: it is never an option. */
    async revParse(rev) {
        const r = await this.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
        return r.code === 0 ? r.stdout.toString().trim() : undefined;
    }
    /** Paths changed in the work tree and index (porcelain v1, NUL-separated). */
    async status(paths = []) {
        const out = await this.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...paths]);
        const entries = [];
        const parts = out.split("\0");
        for (let i = 0; i < parts.length; i++) {
            const p = parts[i];
            if (!p)
                continue;
            const code = p.slice(0, 2);
            entries.push({ code, path: p.slice(3) });
            // Renames and copies carry the source path in the next field.
            if (code[0] === "R" || code[0] === "C")
                i++;
        }
        return entries;
    }
    async add(paths) {
        await this.run(["add", "--", ...paths]);
    }
    /** Commit with the message given on stdin (no shell quoting issues, any length). */
    async commit(message, options = {}) {
        const args = ["commit", "--quiet", "--file=-"];
        if (options.allowEmpty)
            args.push("--allow-empty");
        if (options.author)
            args.push(`--author=${options.author}`);
        if (options.paths)
            args.push("--", ...options.paths);
        await this.run(args, { input: message });
        return this.head();
    }
    async fetch(remote, refspecs = [], extra = []) {
        await this.run(["fetch", "--quiet", ...extra, remote, ...refspecs], { network: true });
    }
    async push(remote, refspecs, extra = []) {
        return this.raw(["push", "--porcelain", ...extra, remote, ...refspecs], { network: true });
    }
    async isShallow() {
        return (await this.run(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    }
    async objectFormat() {
        const r = await this.raw(["rev-parse", "--show-object-format"]);
        return r.stdout.toString().trim() === "sha256" ? "sha256" : "sha1";
    }
    async configGet(key) {
        const r = await this.raw(["config", "--get", key]);
        return r.code === 0 ? r.stdout.toString().trim() : undefined;
    }
}
/** True when a push was refused because the remote moved on (fetch, rebase, try again). */
function isNonFastForward(result) {
    const text = result.stdout.toString() + result.stderr.toString();
    return /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|failed to update ref|cannot lock ref/i.test(text);
}
/**
 * Git failures a user fixes, not bugs: the adapters (action kit, CLI) turn them into a UserError
 * with the fix instead of reporting "internal error". Anything else stays a bug.
 */
function gitUserError(error) {
    if (!(error instanceof GitError))
        return undefined;
    const text = `${error.stderr}\n${error.stdout}`;
    if (/not a git repository/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("the working directory is not a git repository", {
            hint: "check out the repository first (actions/checkout; fetch-depth: 0 for actions that read history), or point working-directory at it",
            code: "git.not-a-repository",
            cause: error,
        });
    }
    if (/dubious ownership/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("git refuses the repository: it is owned by another user", {
            hint: "run `git config --global --add safe.directory <path>` before this step, or check out as the same user",
            code: "git.dubious-ownership",
            cause: error,
        });
    }
    if (/could not resolve host|unable to access|connection refused|could not read from remote repository|does not appear to be a git repository|repository .* not found|failed to connect/i.test(text)) {
        const first = error.stderr
            .trim()
            .split("\n")
            .find((l) => /fatal|error/i.test(l)) ?? error.stderr.trim().split("\n")[0];
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`git could not reach the remote (git ${error.args
            .filter((a) => !a.startsWith("-"))
            .slice(0, 2)
            .join(" ")}): ${first}`, {
            hint: "check the remote's URL (git remote -v), the network, and that the token may read the repository; then run the step again",
            code: "git.remote-unreachable",
            cause: error,
        });
    }
    if (/unknown revision|bad revision|bad object|invalid object name/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`git does not have a commit this step needs (git ${error.args.slice(0, 2).join(" ")}): ${error.stderr.trim().split("\n")[0]}`, {
            hint: "check out with `fetch-depth: 0` so the whole history is there, or pass existing commits",
            code: "git.missing-commit",
            cause: error,
        });
    }
    return undefined;
}
/**
 * The environment for git commands that must run nothing an untrusted process could have written
 * (speckit-run's commands after the agent ran, ADR 0031): the git dir and work tree are given
 * explicitly (no discovery, so a `.git` the agent planted in the work tree is never read), no global
 * or system config (`~/.gitconfig`, `/etc/gitconfig`), and on the command line no hooks, no
 * credential helper and no fsmonitor. The caller's own `GIT_CONFIG_COUNT` entries are kept (they
 * come from the workflow, not from the agent); ours are appended after them, so they win.
 */
function isolatedGitEnv(parent, dirs = {}) {
    const env = { ...parent };
    for (const name of [
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_ASKPASS",
        "SSH_ASKPASS",
        "GIT_SSH",
        "GIT_SSH_COMMAND",
        "GIT_EXTERNAL_DIFF",
    ])
        delete env[name];
    if (dirs.gitDir)
        env.GIT_DIR = dirs.gitDir;
    if (dirs.workTree)
        env.GIT_WORK_TREE = dirs.workTree;
    env.GIT_CONFIG_GLOBAL = "/dev/null";
    env.GIT_CONFIG_SYSTEM = "/dev/null";
    env.GIT_CONFIG_NOSYSTEM = "1";
    const settings = [
        ["core.hooksPath", "/dev/null"],
        ["credential.helper", ""],
        ["core.fsmonitor", "false"],
        ["core.askPass", ""],
    ];
    let n = Number(env.GIT_CONFIG_COUNT ?? 0);
    if (!Number.isInteger(n) || n < 0)
        n = 0;
    for (const [key, value] of settings) {
        env[`GIT_CONFIG_KEY_${n}`] = key;
        env[`GIT_CONFIG_VALUE_${n}`] = value;
        n++;
    }
    env.GIT_CONFIG_COUNT = String(n);
    return env;
}


/***/ }),

/***/ 7034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ identityFallbackEnv),
/* harmony export */   W: () => (/* binding */ identityEnv)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1315);

/**
 * The environment that gives a commit an identity when the runner has none. A fresh runner has
 * no `user.name`/`user.email`, and `git commit` then fails ("Author identity unknown"). We ask git
 * itself whether it has an explicit identity for each role (environment or configuration, never
 * guessed from the host name: `user.useConfigOnly`), and where it has none we name
 * github-actions[bot], the identity GitHub gives commits made with GITHUB_TOKEN. An identity the
 * user configured always wins.
 */
async function identityFallbackEnv(git) {
    const env = {};
    for (const role of ["AUTHOR", "COMMITTER"]) {
        const r = await git.raw(["-c", "user.useConfigOnly=true", "var", `GIT_${role}_IDENT`]);
        if (r.code === 0)
            continue;
        env[`GIT_${role}_NAME`] = _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ACTIONS_BOT */ .iU.name;
        env[`GIT_${role}_EMAIL`] = _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ACTIONS_BOT */ .iU.email;
    }
    return env;
}
/**
 * Who git records as author and committer of speckit-run's commits: the workflow's GIT_AUTHOR_* /
 * GIT_COMMITTER_* when it set them, else `identity` (github-actions[bot] by default).
 */
function identityEnv(identity, parent = process.env) {
    return {
        GIT_AUTHOR_NAME: parent.GIT_AUTHOR_NAME ?? identity.name,
        GIT_AUTHOR_EMAIL: parent.GIT_AUTHOR_EMAIL ?? identity.email,
        GIT_COMMITTER_NAME: parent.GIT_COMMITTER_NAME ?? identity.name,
        GIT_COMMITTER_EMAIL: parent.GIT_COMMITTER_EMAIL ?? identity.email,
    };
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

/***/ 7332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

function runProcess(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ["pipe", "pipe", "pipe"],
            shell: false,
            windowsHide: true,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        let timer;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                child.kill("SIGKILL");
            }, options.timeoutMs);
        }
        child.stdout.on("data", (c) => out.push(c));
        child.stderr.on("data", (c) => err.push(c));
        child.on("error", (e) => {
            if (timer)
                clearTimeout(timer);
            reject(e);
        });
        child.on("close", (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err), timedOut });
        });
        // EPIPE when the child exits without reading stdin is not an error for us.
        child.stdin.on("error", () => { });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}


/***/ }),

/***/ 4670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAgentProcess),
/* harmony export */   o: () => (/* binding */ findExecutable)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // Already gone.
    }
}
async function runAgentProcess(options) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(options.stdoutFile), { recursive: true });
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(options.stdoutFile);
    const err = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(options.stderrFile);
    const keep = options.keepStdoutBytes ?? 16 * 1024 * 1024;
    const grace = options.graceMs ?? 5000;
    const started = performance.now();
    const kept = [];
    let keptBytes = 0;
    const result = await new Promise((resolve) => {
        let timedOut = false;
        let cancelled = false;
        let settled = false;
        let killTimer;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.file, options.args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ["ignore", "pipe", "pipe"],
            shell: false,
            detached: true,
            windowsHide: true,
        });
        const stop = () => {
            killGroup(child.pid, "SIGTERM");
            killTimer = setTimeout(() => killGroup(child.pid, "SIGKILL"), grace);
            killTimer.unref();
        };
        const timer = setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener("abort", onAbort, { once: true });
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            options.signal?.removeEventListener("abort", onAbort);
            // The agent is done; anything it left running in its group goes with it.
            killGroup(child.pid, "SIGKILL");
            if (killTimer)
                clearTimeout(killTimer);
            resolve({ ...r, timedOut, cancelled, stdout: "", durationMs: 0, pid: child.pid });
        };
        child.stdout.on("data", (c) => {
            out.write(c);
            if (keptBytes < keep) {
                kept.push(c);
                keptBytes += c.length;
            }
        });
        child.stderr.on("data", (c) => err.write(c));
        child.on("error", (e) => finish({ exitCode: null, signal: null, spawnError: e }));
        // When the agent exits, whatever it left running in its group would hold the pipes open:
        // the phase is over, so the group goes too, and "close" follows.
        child.on("exit", () => killGroup(child.pid, "SIGKILL"));
        child.on("close", (code, sig) => finish({ exitCode: code, signal: sig }));
    });
    await Promise.all([new Promise((r) => out.end(r)), new Promise((r) => err.end(r))]);
    result.durationMs = Math.round(performance.now() - started);
    result.stdout = Buffer.concat(kept).toString("utf8");
    return result;
}
/** The executable's full path when it can be found on PATH (or is a path that exists). */
async function findExecutable(file, envPath, cwd) {
    const isExec = async (p) => {
        try {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(p);
            if (!st.isFile())
                return false;
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(p, 1 /* X_OK */);
            return true;
        }
        catch {
            return false;
        }
    };
    if (file.includes("/")) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, file);
        return (await isExec(p)) ? p : undefined;
    }
    for (const dir of (envPath ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (!dir)
            continue;
        const p = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, file);
        if (await isExec(p))
            return p;
    }
    return undefined;
}


/***/ }),

/***/ 3156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ Stop),
  I: () => (/* binding */ openRun)
});

// EXTERNAL MODULE: ./packages/core/src/speckit/failures.ts
var failures = __webpack_require__(3124);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/speckit/record.ts


const TERMINAL = (/* unused pure expression or super */ null && (["succeeded", "failed", "no_changes", "needs_clarification", "cancelled"]));
class RunRecorder {
    artifactsDir;
    record;
    runFile;
    eventsFile;
    clock;
    constructor(artifactsDir, record, clock = () => new Date()) {
        this.artifactsDir = artifactsDir;
        this.record = record;
        this.runFile = external_node_path_.join(artifactsDir, "run.json");
        this.eventsFile = external_node_path_.join(artifactsDir, "events.jsonl");
        this.clock = clock;
    }
    now() {
        return this.clock().toISOString();
    }
    /** Append one event line synchronously: it must survive a kill right after. */
    event(type, data) {
        (0,external_node_fs_.appendFileSync)(this.eventsFile, JSON.stringify({ at: this.now(), type, runId: this.record.runId, ...data }) + "\n");
    }
    async status(status, reason) {
        this.record.status = status;
        this.record.timeline.push(reason ? { status, at: this.now(), reason } : { status, at: this.now() });
        this.event("status", reason ? { status, reason } : { status });
        await this.save();
    }
    async phase(p) {
        this.event("phase", {
            phase: p.phase,
            status: p.status,
            attempt: p.attempt,
            exitCode: p.exitCode,
            durationMs: p.durationMs,
            reason: p.reason,
        });
        await this.save();
    }
    /**
     * Temp file + rename: a reader never sees half a run.json. No fsync: the record is rewritten
     * many times per run on an ephemeral runner, where power loss is not a case to pay for.
     */
    async save() {
        const tmp = `${this.runFile}.${process.pid}.tmp`;
        await external_node_fs_.promises.writeFile(tmp, JSON.stringify(this.record, null, 2) + "\n");
        await external_node_fs_.promises.rename(tmp, this.runFile);
    }
    static async create(artifactsDir, record, clock) {
        await external_node_fs_.promises.mkdir(artifactsDir, { recursive: true });
        const r = new RunRecorder(artifactsDir, record, clock);
        r.record.artifacts.push({ kind: "run_record", path: "run.json" }, { kind: "events", path: "events.jsonl" });
        return r;
    }
    static async load(artifactsDir) {
        try {
            const record = JSON.parse(await external_node_fs_.promises.readFile(external_node_path_.join(artifactsDir, "run.json"), "utf8"));
            return new RunRecorder(artifactsDir, record);
        }
        catch {
            return undefined;
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/speckit/workspace.ts
var workspace = __webpack_require__(5150);
;// CONCATENATED MODULE: ./packages/core/src/speckit/context.ts



/** How the phases ended when they did not all succeed: recorded as the run's status. */
class Stop {
    status;
    reason;
    constructor(status, reason) {
        this.status = status;
        this.reason = reason;
    }
}
/** The run's id, workspace and record; the first thing a run does. */
async function openRun(options) {
    const clock = options.clock ?? (() => new Date());
    const runId = options.runId ?? (0,workspace/* newRunId */.F$)(clock());
    const ws = await (0,workspace/* createWorkspace */.sK)(options.workspaceRoot, runId, options.artifactsDir, options.safetyStrategy === "unprivileged-user");
    options.onWorkspace?.(ws);
    const phases = options.phases.map((phase) => ({ phase, status: "pending", attempt: 0, attempts: [] }));
    const rec = await RunRecorder.create(ws.artifacts, {
        schema: "specpipe/speckit-run@1",
        runId,
        repository: options.repository,
        requestedBranch: options.branchName,
        status: "queued",
        timeline: [],
        agent: { name: "unresolved", source: "" },
        safetyStrategy: options.safetyStrategy,
        phases,
        artifacts: [],
        retentionDays: options.retentionDays,
        warnings: [],
    }, clock);
    const log = options.log ?? (() => { });
    const token = options.token;
    const ctx = {
        options,
        runId,
        ws,
        rec,
        record: rec.record,
        phases,
        auth: token ? { token, urlPrefix: options.authUrlPrefix } : undefined,
        now: clock,
        log,
        warn(message) {
            ctx.record.warnings.push(message);
            (options.warn ?? (() => { }))(message);
        },
        async setStatus(status, reason) {
            await rec.status(status, reason);
            // One line: a refused proposal's reason lists its paths, which the error shows once.
            log(`status: ${status}${reason ? ` (${reason.split("\n")[0]})` : ""}`);
            void ctx.progress?.update(ctx.record);
        },
        async changed() {
            await rec.save();
            void ctx.progress?.update(ctx.record);
        },
        checkCancel(where) {
            if (options.signal?.aborted)
                throw new failures/* RunCancelled */.zL(where);
        },
        redact: (text) => (token ? text.split(token).join("***") : text),
        heads: [],
        installed: false,
        resumed: false,
        phasesChanged: false,
        succeededThisRun: 0,
    };
    return ctx;
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ey: () => (/* binding */ detectLayout),
/* harmony export */   p6: () => (/* binding */ commandName)
/* harmony export */ });
/* unused harmony exports INTEGRATION_FILE, commandFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3680);




const DOLLAR_PREFIX = new Set(["codex", "zcode", "command-code"]);
const INTEGRATION_FILE = ".specify/integration.json";
const INIT_OPTIONS_FILE = ".specify/init-options.json";
/** The command a phase is invoked by, as the installed integration names it: `$speckit-plan`, `/speckit.plan`. */
function commandName(layout, phase) {
    return `${layout.prefix}speckit${layout.separator}${phase}`;
}
/** Where an agent finds a phase's command file in this layout (undefined: not known for this agent). */
function commandFile(layout, agent, phase) {
    if (layout.generation === 0) {
        const files = {
            claude: `.claude/commands/speckit.${phase}.md`,
            codex: `.codex/prompts/speckit.${phase}.md`,
            gemini: `.gemini/commands/speckit.${phase}.toml`,
            copilot: `.github/prompts/speckit.${phase}.prompt.md`,
        };
        return files[agent];
    }
    const skill = (dir) => `${dir}/speckit-${phase}/SKILL.md`;
    switch (agent) {
        case "codex":
            return skill(".agents/skills");
        case "claude":
            return skill(".claude/skills");
        case "gemini":
            return layout.separator === "-" ? `.gemini/commands/speckit-${phase}.toml` : `.gemini/commands/speckit.${phase}.toml`;
        case "copilot":
            return layout.separator === "-" ? skill(".github/skills") : `.github/agents/speckit.${phase}.agent.md`;
        default:
            return undefined;
    }
}
async function isDir(p) {
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p).catch(() => undefined);
    return st?.isDirectory() ?? false;
}
async function isFile(p) {
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p).catch(() => undefined);
    return st?.isFile() ?? false;
}
async function readJson(repo, rel) {
    const bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.readRegularFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(repo, rel), rel, 1024 * 1024);
    if (bytes === undefined)
        return undefined;
    try {
        const data = JSON.parse(bytes.toString("utf8"));
        if (data && typeof data === "object" && !Array.isArray(data))
            return data;
    }
    catch {
        // reported below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${rel} is not a JSON object`, {
        file: rel,
        hint: "restore the file Spec Kit wrote (`specify init --here --force --integration <agent> --script sh` rewrites it), then commit",
        code: "speckit.bad-speckit-file",
    });
}
/**
 * The installed layout, or undefined when the repository has no `.specify/` (Spec Kit is not
 * installed). Throws a UserError when Spec Kit is installed but not for this agent.
 */
async function detectLayout(repo, agent, phases) {
    if (!(await isDir(node_path__WEBPACK_IMPORTED_MODULE_1__.join(repo, ".specify"))))
        return undefined;
    const state = await readJson(repo, INTEGRATION_FILE);
    let layout;
    if (state) {
        const str = (v) => (typeof v === "string" && v !== "" ? v : undefined);
        const installed = new Set([
            ...(Array.isArray(state.installed_integrations) ? state.installed_integrations : []),
            state.integration,
            state.default_integration,
        ]
            .map(str)
            .filter((v) => v !== undefined));
        const key = agent === "command" ? (str(state.default_integration) ?? str(state.integration)) : agent;
        if (agent !== "command" && !installed.has(agent)) {
            const have = [...installed].join(", ") || "no integration";
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`Spec Kit in this repository is installed for ${have} (${INTEGRATION_FILE}), not for ${agent}`, {
                file: INTEGRATION_FILE,
                hint: `run \`specify integration install ${agent}\` in the repository and commit what it adds, or choose the agent it has (agent: ${[...installed][0] ?? "claude"})`,
                code: "speckit.integration-missing",
            });
        }
        const settings = (state.integration_settings && typeof state.integration_settings === "object" ? state.integration_settings : {});
        const sep = key ? settings[key]?.invoke_separator : undefined;
        const options = await readJson(repo, INIT_OPTIONS_FILE).catch(() => undefined);
        const numbering = str(options?.feature_numbering) ?? str(options?.branch_numbering);
        layout = {
            generation: 1,
            integration: key,
            version: str(state.version),
            separator: sep === "-" ? "-" : ".",
            prefix: key && DOLLAR_PREFIX.has(key) ? "$" : "/",
            numbering: numbering === "timestamp" ? "timestamp" : "sequential",
        };
    }
    else {
        layout = { generation: 0, integration: agent === "command" ? undefined : agent, separator: ".", prefix: "/", numbering: "sequential" };
    }
    if (agent !== "command") {
        for (const phase of phases) {
            const file = commandFile(layout, agent, phase);
            if (file && (await isFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(repo, file))))
                continue;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`Spec Kit in this repository has no ${phase} command for ${agent}: ${file ?? "(no known command file)"} is missing`, {
                file,
                hint: layout.generation === 1
                    ? `run \`specify integration install ${agent}\` in the repository (or \`specify init --here --force --integration ${agent} --script sh\`) and commit what it adds`
                    : `this is the Spec Kit 0.0.x layout; install Spec Kit 1.x for ${agent} with \`specify init --here --force --integration ${agent} --script sh\` and commit what it adds`,
                code: "speckit.command-missing",
            });
        }
    }
    return layout;
}


/***/ }),

/***/ 2855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ cleanName),
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   ZM: () => (/* binding */ namedFor),
/* harmony export */   eR: () => (/* binding */ parseLsRemoteHeads),
/* harmony export */   eg: () => (/* binding */ validateBranchName),
/* harmony export */   qx: () => (/* binding */ featureName),
/* harmony export */   rF: () => (/* binding */ describingLine)
/* harmony export */ });
/* unused harmony exports featureNumber, nextFeatureNumber, formatFeatureNumber, timestampPrefix, fitName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * Spec Kit's feature naming, as its `create-new-feature.sh` (1.0.1) does it, so that a folder we
 * name and one an agent makes by running that script are the same folder (ADR 0032):
 * `<prefix>-<short name>`, where the prefix is one above the highest `NNN-` folder in `specs/`
 * (three digits at least, timestamp folders ignored) or `YYYYMMDD-HHMMSS` with
 * `feature_numbering: timestamp`; and the short name is the first 3 meaningful words of the whole
 * description (4 when exactly 4 remain): ASCII lower-case, anything but `a-z0-9` a separator, stop
 * words dropped, words under three letters dropped unless written as an upper-case word. Spec Kit
 * 0.0.x numbered after its git branches too.
 */
const STOP_WORDS = new Set(("i a an the to for of in on at by with from is are was were be been being have has had do does did will would " +
    "should could can may might must shall this that these those my your our their want need add get set").split(" "));
/** The line of a description that names the feature: a Markdown title, else the first sentence. */
function describingLine(description) {
    const lines = description.replace(/^\uFEFF/, "").split(/\r?\n/);
    for (const raw of lines) {
        const line = raw.trim();
        if (line === "")
            continue;
        const title = /^#{1,6}\s+(.*)$/.exec(line);
        let text = title ? title[1] : line;
        // "Feature Specification: X" and "Spec: X" titles: the name is after the colon.
        const colon = /^(?:feature\s+specification|specification|spec|feature)\s*:\s*(.+)$/i.exec(text);
        if (colon)
            text = colon[1];
        const sentence = /^(.*?[^.!?])[.!?](\s|$)/.exec(text);
        return (sentence ? sentence[1] : text).trim();
    }
    return "";
}
/** Spec Kit's `clean_branch_name`: lower-case, non-alphanumerics to single hyphens, no leading or trailing hyphen. */
function cleanName(text) {
    return text
        .replace(/[A-Z]/g, (c) => c.toLowerCase())
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
/** Spec Kit's `generate_branch_name` over the whole description ("feature" when nothing is left). */
function shortName(description) {
    const words = description
        .replace(/[A-Z]/g, (c) => c.toLowerCase())
        .replace(/[^a-z0-9]/g, " ")
        .split(" ")
        .filter((w) => w !== "");
    const meaningful = words.filter((w) => {
        if (STOP_WORDS.has(w))
            return false;
        if (w.length >= 3)
            return true;
        // `grep -w` of the upper-case word: an acronym the description wrote in capitals.
        return new RegExp(`(^|[^A-Za-z0-9_])${w.toUpperCase()}([^A-Za-z0-9_]|$)`, "m").test(description);
    });
    const picked = meaningful.length > 0 ? meaningful.slice(0, meaningful.length === 4 ? 4 : 3) : cleanName(description).split("-").slice(0, 3);
    const name = picked.filter((w) => w !== "").join("-");
    return name === "" ? "feature" : name;
}
const NUMBERED = /^(\d{3,})-/;
const TIMESTAMPED = /^\d{8}-\d{6}-/;
/** The feature number of a name like `012-foo` (a folder or a branch), or undefined (timestamp names too). */
function featureNumber(name) {
    if (TIMESTAMPED.test(name))
        return undefined;
    const m = NUMBERED.exec(name);
    if (!m)
        return undefined;
    const n = Number.parseInt(m[1], 10);
    return Number.isSafeInteger(n) ? n : undefined;
}
/** One above the highest number among the names (folders under specs/, and branches for 0.0.x). */
function nextFeatureNumber(names) {
    let highest = 0;
    for (const n of names) {
        const k = featureNumber(n);
        if (k !== undefined && k > highest)
            highest = k;
    }
    return highest + 1;
}
function formatFeatureNumber(n) {
    return String(n).padStart(3, "0");
}
/** `YYYYMMDD-HHMMSS` (UTC, as the runner's `date` prints it). */
function timestampPrefix(now) {
    const iso = now.toISOString();
    return `${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}`;
}
/** Branch names made for a request with this short name: `NNN-<short>` or `YYYYMMDD-HHMMSS-<short>`. */
function namedFor(short) {
    return new RegExp(`^(\\d{3,}|\\d{8}-\\d{6})-${short.replace(/[^a-z0-9-]/g, "")}$`);
}
/** GitHub refuses branch names over 244 bytes. */
const MAX_BRANCH_BYTES = 244;
/** Spec Kit's `fit_branch_name`: `<prefix>-<suffix>` within GitHub's 244-byte limit. */
function fitName(prefix, suffix) {
    const name = `${prefix}-${suffix}`;
    if (Buffer.byteLength(name) <= MAX_BRANCH_BYTES)
        return name;
    return `${prefix}-${suffix.slice(0, MAX_BRANCH_BYTES - prefix.length - 1).replace(/-$/, "")}`;
}
/**
 * The feature's name (its folder under `specs/`, and its branch). `requested` (the `branch-name`
 * input) wins: used as it is when it already has a prefix, else cleaned like `--short-name`.
 */
function featureName(options) {
    const { requested } = options;
    let name;
    if (requested && (NUMBERED.test(requested) || TIMESTAMPED.test(requested)))
        name = requested;
    else {
        const suffix = requested ? cleanName(requested) || shortName(options.description) : shortName(options.description);
        const prefix = options.numbering === "timestamp" ? timestampPrefix(options.now) : formatFeatureNumber(nextFeatureNumber(options.taken));
        name = fitName(prefix, suffix);
    }
    validateBranchName(name);
    return name;
}
/** The rules of `git check-ref-format --branch` that a user can break, checked without git. */
function validateBranchName(name) {
    const bad = name === "" ||
        Buffer.byteLength(name) > MAX_BRANCH_BYTES ||
        // eslint-disable-next-line no-control-regex -- control characters are what git refuses here
        /[\x00-\x20\x7f~^:?*[\\]/.test(name) ||
        name.includes("..") ||
        name.includes("@{") ||
        name.includes("//") ||
        name.startsWith("-") ||
        name.startsWith("/") ||
        name.endsWith("/") ||
        name.endsWith(".") ||
        name.endsWith(".lock") ||
        name.split("/").some((part) => part.startsWith("."));
    if (bad) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`"${name}" is not a valid branch name`, {
            hint: "set branch-name to letters, digits and hyphens, e.g. 004-user-login (at most 244 bytes)",
            code: "speckit.bad-branch-name",
        });
    }
}
/** Branch names out of `git ls-remote --heads` output. */
function parseLsRemoteHeads(output) {
    const result = [];
    for (const line of output.split("\n")) {
        const m = /^([0-9a-f]{40,64})\trefs\/heads\/(.+)$/.exec(line.trim());
        if (m)
            result.push({ sha: m[1], branch: m[2] });
    }
    return result;
}


/***/ }),

/***/ 5379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ specTemplate),
/* harmony export */   Kd: () => (/* binding */ clarificationMarkers),
/* harmony export */   g1: () => (/* binding */ readProduct),
/* harmony export */   iD: () => (/* binding */ checkedOutBranch),
/* harmony export */   l_: () => (/* binding */ donePhases),
/* harmony export */   oM: () => (/* binding */ checkProduct),
/* harmony export */   rK: () => (/* binding */ locateFeature),
/* harmony export */   tN: () => (/* binding */ readProductBytes)
/* harmony export */ });
/* unused harmony exports hasClarificationMarkers, MAX_PRODUCT_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3680);


const CLARIFICATION = /\[NEEDS CLARIFICATION/;
/** `[NEEDS CLARIFICATION` markers: 1-based line numbers and the marker text. */
function clarificationMarkers(text) {
    const found = [];
    const lines = text.split(/\r?\n/);
    let inComment = false;
    lines.forEach((l, i) => {
        // Spec Kit's templates explain the marker inside HTML comments; those are not markers.
        const visible = stripComments(l, inComment);
        inComment = visible.inComment;
        const m = /\[NEEDS CLARIFICATION[^\]]*\]?/.exec(visible.text);
        if (m)
            found.push({ line: i + 1, text: m[0] });
    });
    return found;
}
function stripComments(line, inComment) {
    let out = "";
    let i = 0;
    while (i < line.length) {
        if (inComment) {
            const end = line.indexOf("-->", i);
            if (end < 0)
                return { text: out, inComment: true };
            i = end + 3;
            inComment = false;
        }
        else {
            const start = line.indexOf("<!--", i);
            if (start < 0)
                return { text: out + line.slice(i), inComment: false };
            out += line.slice(i, start);
            i = start + 4;
            inComment = true;
        }
    }
    return { text: out, inComment };
}
function hasClarificationMarkers(text) {
    return CLARIFICATION.test(text) && clarificationMarkers(text).length > 0;
}
/** Products are at most this big; anything larger is not a spec. */
const MAX_PRODUCT_BYTES = 4 * 1024 * 1024;
/**
 * A file of the agent's work tree, read as text: inside it, never through a symlink (a spec.md
 * linked to /proc/<pid>/environ would otherwise be read and kept), a regular file, at most
 * MAX_PRODUCT_BYTES. Undefined when it is missing or is not such a file.
 */
async function readProduct(repoDir, rel) {
    return (await readProductBytes(repoDir, rel))?.toString("utf8");
}
async function readProductBytes(repoDir, rel) {
    try {
        const { abs } = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_1__.insideWorkspace)(repoDir, rel, { what: "a Spec Kit product", noSymlink: true });
        return await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_1__.readRegularFile)(abs, rel, MAX_PRODUCT_BYTES);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.isUserError)(e) || ["ENOTDIR", "EISDIR", "ENOENT"].includes(e.code ?? ""))
            return undefined;
        throw e;
    }
}
const read = readProduct;
function productFile(phase) {
    if (phase === "plan")
        return "plan.md";
    if (phase === "tasks")
        return "tasks.md";
    return "spec.md";
}
/**
 * Check a phase's product. `repoDir` is the clone, `featureDir` the feature folder relative to it,
 * `template` the content spec.md started from (Spec Kit copies the template in), when known.
 */
async function checkProduct(phase, repoDir, featureDir, template) {
    const rel = `${featureDir}/${productFile(phase)}`;
    const text = await read(repoDir, rel);
    const fail = (problem) => ({ ok: false, file: rel, problem });
    if (text === undefined)
        return fail(`${rel} was not written (or is not a regular file)`);
    if (text.trim() === "")
        return fail(`${rel} is empty`);
    if (phase === "plan") {
        const title = /^# Implementation Plan:\s*(.+)$/m.exec(text);
        if (!title)
            return fail(`${rel} has no "# Implementation Plan:" title`);
        if (/^\[FEATURE( NAME)?\]$/.test(title[1].trim()))
            return fail(`${rel} still has the template's title`);
        return { ok: true, file: rel };
    }
    if (phase === "tasks") {
        if (!/^\s*-\s*\[[ xX]\]\s*T\d{3,}\b/m.test(text))
            return fail(`${rel} has no T001-style task ("- [ ] T001 ...")`);
        if (/^# Tasks:\s*\[FEATURE NAME\]/m.test(text))
            return fail(`${rel} still has the template's title`);
        return { ok: true, file: rel };
    }
    // specify, clarify, analyze: spec.md must be a filled spec.
    if (template !== undefined && text.replace(/\r\n/g, "\n").trim() === template.replace(/\r\n/g, "\n").trim()) {
        return fail(`${rel} is still the unfilled template`);
    }
    if (/^# Feature Specification:\s*\[FEATURE NAME\]/m.test(text))
        return fail(`${rel} still has the template's title`);
    if (!/^## /m.test(text))
        return fail(`${rel} has no sections ("## ...")`);
    return { ok: true, file: rel };
}
/**
 * Resume: the phases already done on the branch, i.e. every phase before the first one whose
 * product is missing. Phases without a product of their own (clarify, analyze) count as done
 * only when a later phase's product exists.
 */
async function donePhases(phases, repoDir, featureDir, template) {
    const ownProduct = (p) => p === "specify" || p === "plan" || p === "tasks";
    const has = new Map();
    for (const p of phases)
        has.set(p, ownProduct(p) ? (await checkProduct(p, repoDir, featureDir, template)).ok : false);
    const done = new Set();
    // The last phase with a product present: everything up to it is done.
    let last = -1;
    for (let i = 0; i < phases.length; i++) {
        if (has.get(phases[i]))
            last = i;
        else if (ownProduct(phases[i]))
            break;
    }
    for (let i = 0; i <= last; i++)
        done.add(phases[i]);
    return done;
}
/** The spec template Spec Kit copies into a new feature: an override when the project has one. */
async function specTemplate(repoDir) {
    return ((await readProduct(repoDir, ".specify/templates/overrides/spec-template.md")) ??
        (await readProduct(repoDir, ".specify/templates/spec-template.md")));
}
/**
 * Where Spec Kit put the feature, after the specify phase (ADR 0032), first match wins:
 * 1. `.specify/feature.json` (`feature_directory`), which Spec Kit 1.x writes (its specify command,
 *    and its scripts when given SPECIFY_FEATURE_DIRECTORY);
 * 2. `specs/<branch>` for the branch a Spec Kit 0.0.x create-new-feature.sh checked out in the
 *    agent's clone (`agentHead`, read from its `.git/HEAD`);
 * 3. the folder that was asked for (SPECIFY_FEATURE_DIRECTORY).
 * The folder must be inside the work tree, below it, and not `.specify/` itself.
 */
async function locateFeature(repoDir, expected, agentHead) {
    const json = await readProduct(repoDir, ".specify/feature.json");
    if (json !== undefined) {
        let value;
        try {
            value = JSON.parse(json).feature_directory;
        }
        catch {
            value = undefined;
        }
        if (typeof value !== "string" || value.trim() === "") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(".specify/feature.json has no feature_directory", {
                file: ".specify/feature.json",
                hint: 'the agent\'s specify phase must leave .specify/feature.json as Spec Kit writes it: {"feature_directory": "specs/NNN-name"}',
                code: "speckit.bad-feature-json",
            });
        }
        return { dir: await featureFolder(repoDir, value, ".specify/feature.json"), from: "feature.json" };
    }
    if (agentHead && (await readProduct(repoDir, `specs/${agentHead}/spec.md`)) !== undefined) {
        return { dir: `specs/${agentHead}`, from: "branch", branch: agentHead };
    }
    return { dir: expected, from: "expected" };
}
async function featureFolder(repoDir, value, source) {
    const { rel } = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_1__.insideWorkspace)(repoDir, value.trim(), {
        what: `the feature folder in ${source}`,
        hint: "the feature folder must be inside the repository, e.g. specs/003-user-auth",
    });
    if (rel === "." || rel === ".specify" || rel.startsWith(".specify/") || rel === ".git" || rel.startsWith(".git/")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the feature folder in ${source} is "${value}", which is not a feature folder`, {
            file: source,
            hint: "Spec Kit's features live in their own folder, e.g. specs/003-user-auth",
            code: "speckit.bad-feature-json",
        });
    }
    return rel;
}
/** The branch a clone's `.git/HEAD` names (the agent's own clone), or undefined. */
async function checkedOutBranch(repoDir) {
    const head = await readProduct(repoDir, ".git/HEAD");
    return head ? /^ref: refs\/heads\/(\S+)\s*$/m.exec(head)?.[1] : undefined;
}


/***/ }),

/***/ 9893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ BUNDLE_FILE),
/* harmony export */   U5: () => (/* binding */ writeProposalFile),
/* harmony export */   Vv: () => (/* binding */ readProposal),
/* harmony export */   aX: () => (/* binding */ DEFAULT_PROPOSAL_LIMITS),
/* harmony export */   rP: () => (/* binding */ PROPOSAL_REF),
/* harmony export */   tn: () => (/* binding */ PROPOSAL_SCHEMA)
/* harmony export */ });
/* unused harmony exports PROPOSAL_FILE, FEATURE_BRANCH, ProposalSchema */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8532);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4343);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3759);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4196);
/* harmony import */ var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(252);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3680);
/* harmony import */ var _text_log_safe_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5625);
/* harmony import */ var _agents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4337);
// zod/mini, not "zod": speckit-run loads this module on every propose and publish run (ADR 0023).








if (!zod_mini__WEBPACK_IMPORTED_MODULE_5__/* .config */ .$W().localeError)
    zod_mini__WEBPACK_IMPORTED_MODULE_5__/* .config */ .$W((0,zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_6__/* ["default"] */ .A)());
/**
 * A proposal (ADR 0037): what `mode: propose` leaves for `mode: publish` instead of pushing. Two
 * files in one folder, uploaded as an artifact between the jobs:
 *
 * - `proposal.bundle`: a git bundle of exactly one commit, the run's, whose single prerequisite
 *   is its parent (the base commit, or the tip of the feature branch a rerun resumed), under the
 *   one ref `refs/specpipe/proposal`;
 * - `proposal.json`: the facts the publish job rebuilds the commit message and the pull request
 *   from (this schema).
 *
 * The job that wrote it ran the agent, so both files are treated as hostile: every field is
 * checked here (types, lengths, patterns), and the publish job trusts none of them for anything
 * it can learn itself (the remote's branches, the base tree, the diff).
 */
const PROPOSAL_FILE = "proposal.json";
const BUNDLE_FILE = "proposal.bundle";
const PROPOSAL_REF = "refs/specpipe/proposal";
const PROPOSAL_SCHEMA = "specpipe/speckit-proposal@1";
const DEFAULT_PROPOSAL_LIMITS = {
    fileBytes: 1024 * 1024,
    totalBytes: 10 * 1024 * 1024,
    bundleBytes: 100 * 1024 * 1024,
};
/** proposal.json itself: a few kilobytes plus the request (at most 1 MiB, MAX_SPEC_BYTES). */
const MAX_PROPOSAL_JSON_BYTES = 2 * 1024 * 1024;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const sha = zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._regex */ .Fk(SHA, { message: "must be a full commit id" }));
const short = (max) => zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._maxLength */ .Eb(max));
/** A feature branch as speckit-run names them: NNN-name or YYYYMMDD-HHMMSS-name (Spec Kit's numbering). */
const FEATURE_BRANCH = /^(?:\d{3,}|\d{8}-\d{6})-[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;
const branch = zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._regex */ .Fk(FEATURE_BRANCH, { message: "must be a feature branch name (NNN-short-name)" }), zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .refine */ .YPB((b) => !b.includes("..") && !b.endsWith(".lock") && !b.endsWith("."), { message: "is not a valid branch name" }));
const count = zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .int */ .Whr(), zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._nonnegative */ .UI());
const ProposalSchema = zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    schema: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(PROPOSAL_SCHEMA),
    runId: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._regex */ .Fk(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, { message: "must be a run id" })),
    repository: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._regex */ .Fk(/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/, { message: "must be owner/name" })),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(["succeeded", "no_changes", "needs_clarification"]),
    /** When the propose run started (the task's clock, for the publish job's record). */
    startedAt: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._regex */ .Fk(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/, { message: "must be an ISO 8601 UTC time" }))),
    reason: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(short(2000)),
    base: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({ branch: short(255), sha }),
    branch: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(branch),
    resumed: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY(),
    /** The commit's one parent and the commit, when the run made one (the bundle then exists). */
    parent: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(sha),
    commit: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(sha),
    featureDir: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._regex */ .Fk(/^specs\/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/, { message: "must be specs/<folder>" }))),
    agent: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_agents_js__WEBPACK_IMPORTED_MODULE_4__.AGENTS),
    speckit: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({ installed: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY(), installer: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(["specify", "uvx", "pipx"])) })),
    phases: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        phase: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_agents_js__WEBPACK_IMPORTED_MODULE_4__.PHASES),
        status: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(["pending", "succeeded", "failed", "skipped"]),
        durationMs: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._nonnegative */ .UI())),
    }))
        .check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._minLength */ .m9(1), zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._maxLength */ .Eb(_agents_js__WEBPACK_IMPORTED_MODULE_4__.PHASES.length)),
    succeededThisRun: count,
    tokens: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(count),
    costUsd: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._nonnegative */ .UI())),
    request: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        text: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._minLength */ .m9(1), zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._maxLength */ .Eb(1024 * 1024)),
        event: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(short(100)),
        issue: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(count),
        user: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(short(100)),
    }),
    pr: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        title: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(short(100_000)),
        body: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .optional */ .lqM(short(1024 * 1024)),
        labels: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(short(1000)).check(zod_mini__WEBPACK_IMPORTED_MODULE_8__/* ._maxLength */ .Eb(100)),
        draft: zod_mini__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY(),
    }),
});
/** Write proposal.json atomically (a half-written proposal is never uploaded). */
async function writeProposalFile(dir, proposal) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, PROPOSAL_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(tmp, JSON.stringify(proposal, null, 2) + "\n");
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, file);
}
function bad(message, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(message, { file: PROPOSAL_FILE, hint, code: "speckit.bad-proposal" });
}
/**
 * The proposal in `dir` (inside the workspace `root`, as actions/download-artifact put it), checked
 * against the schema; a missing, oversized, symlinked or malformed file is one UserError naming
 * what is wrong.
 */
async function readProposal(root, dir) {
    const { abs } = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.insideWorkspace)(root, dir, { what: "proposal-dir" });
    const file = (await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.insideWorkspace)(abs, PROPOSAL_FILE, { what: `proposal-dir ${dir}`, noSymlink: true })).abs;
    const bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.readRegularFile)(file, `${dir}/${PROPOSAL_FILE}`, MAX_PROPOSAL_JSON_BYTES);
    if (bytes === undefined)
        throw bad(`no ${PROPOSAL_FILE} in ${dir}: the propose job failed or uploaded nothing`, "run the propose job first and download its proposal artifact into proposal-dir (actions/download-artifact)");
    let data;
    try {
        data = JSON.parse(bytes.toString("utf8"));
    }
    catch (e) {
        throw bad(`${dir}/${PROPOSAL_FILE} is not JSON: ${e.message}`, "publish only what a speckit-run propose step wrote");
    }
    const parsed = zod_mini__WEBPACK_IMPORTED_MODULE_9__/* .safeParse */ .xL(ProposalSchema, data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? issue.path.join(".") : "(top level)";
        throw bad(`${dir}/${PROPOSAL_FILE} is not a proposal: ${(0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_10__.logSafe)(where)}: ${(0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_10__.logSafe)(issue.message)}`, "publish only what a speckit-run propose step of the same version wrote");
    }
    const proposal = parsed.data;
    if ((proposal.commit === undefined) !== (proposal.parent === undefined) || (proposal.commit !== undefined && !proposal.branch))
        throw bad(`${dir}/${PROPOSAL_FILE} names a commit without its parent or branch`, "publish only what a speckit-run propose step wrote");
    const bundle = proposal.commit
        ? (await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.insideWorkspace)(abs, BUNDLE_FILE, { what: `proposal-dir ${dir}`, noSymlink: true })).abs
        : undefined;
    return { proposal, dir: abs, bundle };
}


/***/ }),

/***/ 8738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkTrigger: () => (/* binding */ checkTrigger),
  fail: () => (/* binding */ fail),
  inputHash: () => (/* reexport */ stages_commit/* inputHash */.Bb),
  outcome: () => (/* binding */ outcome),
  runSpeckit: () => (/* binding */ runSpeckit)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/speckit/context.ts + 1 modules
var context = __webpack_require__(3156);
// EXTERNAL MODULE: ./packages/core/src/speckit/failures.ts
var failures = __webpack_require__(3124);
// EXTERNAL MODULE: ./packages/core/src/github/port.ts
var port = __webpack_require__(8770);
;// CONCATENATED MODULE: ./packages/core/src/speckit/permission.ts


/**
 * A run triggered by an issue or a comment spends the repository's agent budget and pushes a
 * branch: the person who triggered it needs write, maintain or admin on the repository. Any
 * failure to find out (API error, unknown user) refuses the run: the check fails closed.
 */
async function checkTriggerPermission(api, repo, login) {
    const full = `${repo.owner}/${repo.repo}`;
    if (!login) {
        throw new errors.UserError(`the event names no user, so their permission on ${full} cannot be checked`, {
            hint: "trigger speckit-run from an issue or comment event (it carries `sender`), or from workflow_dispatch",
            code: "speckit.permission-unknown",
        });
    }
    let permission;
    try {
        permission = await api.getPermission({ ...repo, username: login });
    }
    catch (cause) {
        throw new errors.UserError(`could not check ${login}'s permission on ${full}, so the run was refused: ${cause.message}`, {
            hint: "give the job `permissions: contents: read` (enough to read collaborator permissions) and run again",
            code: "speckit.permission-check-failed",
            cause,
        });
    }
    if (!(0,port.hasPermission)(permission, "write")) {
        throw new errors.UserError(`${login} has ${permission} permission on ${full}; starting a Spec Kit run needs write, maintain or admin`, {
            hint: `ask a maintainer to trigger the run, or give ${login} write access`,
            code: "speckit.permission-denied",
        });
    }
    return permission;
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/progress.ts
/**
 * The progress comment: when a run is triggered from an issue or a pull request, one comment
 * on it, created once and then edited at every phase (a checklist with durations). A rerun
 * finds the comment by its hidden marker and edits it too: never a second comment.
 */
const PROGRESS_MARKER = "<!-- specpipe:speckit-run -->";
function seconds(ms) {
    return ms === undefined ? "" : ` (${(ms / 1000).toFixed(1)} s)`;
}
const BOX = {
    succeeded: "[x]",
    skipped: "[x]",
    failed: "[ ]",
    running: "[ ]",
    retrying: "[ ]",
    pending: "[ ]",
};
function renderProgress(record, links = {}) {
    const lines = [PROGRESS_MARKER, `### Spec Kit run \`${record.runId}\`: ${record.status.replace(/_/g, " ")}`, ""];
    for (const p of record.phases) {
        let note = "";
        if (p.status === "running")
            note = ` — running${p.attempt > 1 ? ` (attempt ${p.attempt})` : ""}`;
        else if (p.status === "retrying")
            note = ` — retrying after attempt ${p.attempt}`;
        else if (p.status === "skipped")
            note = ` — skipped${p.reason ? `: ${p.reason}` : ""}`;
        else if (p.status === "failed")
            note = ` — **failed**${p.reason ? `: ${p.reason}` : ""}`;
        lines.push(`- ${BOX[p.status] ?? "[ ]"} \`${p.phase}\`${p.status === "succeeded" || p.status === "failed" ? seconds(p.durationMs) : ""}${note}`);
    }
    lines.push("");
    const facts = [];
    if (record.branch)
        facts.push(`Branch: \`${record.branch}\``);
    if (record.pr)
        facts.push(`Pull request: ${record.pr.url}`);
    if (record.tokens !== undefined)
        facts.push(`Tokens: ${record.tokens}`);
    if (record.costUsd !== undefined)
        facts.push(`Cost: $${record.costUsd}`);
    if (links.runUrl)
        facts.push(`[Workflow run](${links.runUrl})`);
    if (facts.length)
        lines.push(facts.join(" · "), "");
    if (record.error)
        lines.push(`> ${record.error.message}${record.error.hint ? `. Fix: ${record.error.hint}` : ""}`, "");
    const last = record.timeline[record.timeline.length - 1];
    if (record.status === "no_changes" && last?.reason)
        lines.push(`> No changes: ${last.reason}`, "");
    if (record.status === "needs_clarification" && last?.reason)
        lines.push(`> ${last.reason}`, "");
    return lines.join("\n");
}
class ProgressComment {
    api;
    repo;
    number;
    onWarning;
    links;
    commentId;
    lastBody;
    next;
    chain = Promise.resolve();
    constructor(api, repo, number, onWarning, links = {}) {
        this.api = api;
        this.repo = repo;
        this.number = number;
        this.onWarning = onWarning;
        this.links = links;
    }
    /**
     * Queue an update. Updates never overlap and never fail the run; while one is being written,
     * later ones collapse into the newest (GitHub paces writes, so stale states are skipped).
     */
    update(record) {
        const queued = this.next !== undefined;
        this.next = renderProgress(record, this.links);
        if (!queued) {
            this.chain = this.chain
                .then(() => {
                const body = this.next;
                this.next = undefined;
                return this.write(body);
            })
                .catch((e) => this.onWarning(`progress comment not updated: ${e.message}`));
        }
        return this.chain;
    }
    async write(body) {
        if (body === this.lastBody)
            return;
        if (this.commentId === undefined) {
            const existing = (await this.api.listComments({ ...this.repo, number: this.number })).find((c) => c.body.startsWith(PROGRESS_MARKER));
            if (existing)
                this.commentId = existing.id;
        }
        if (this.commentId === undefined)
            this.commentId = (await this.api.createComment({ ...this.repo, number: this.number, body })).id;
        else
            await this.api.updateComment({ ...this.repo, commentId: this.commentId, body });
        this.lastBody = body;
    }
}

// EXTERNAL MODULE: ./packages/core/src/speckit/stages/commit.ts
var stages_commit = __webpack_require__(1190);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/speckit/agent-process.ts
var agent_process = __webpack_require__(4670);
// EXTERNAL MODULE: ./packages/core/src/speckit/agents.ts
var agents = __webpack_require__(4337);
// EXTERNAL MODULE: ./packages/core/src/speckit/layout.ts
var layout = __webpack_require__(9537);
// EXTERNAL MODULE: ./packages/core/src/speckit/naming.ts
var naming = __webpack_require__(2855);
// EXTERNAL MODULE: ./packages/core/src/speckit/products.ts
var products = __webpack_require__(5379);
;// CONCATENATED MODULE: ./packages/core/src/speckit/stages/products.ts





/**
 * Stage 3 and the checks after each phase: where the feature's products are (ADR 0032). Before the
 * phases, the feature is named the way Spec Kit names it (or found on the branch a rerun resumes);
 * after the specify phase, it is wherever Spec Kit put it; after every phase, its product is judged
 * on disk.
 */
async function nameFeature(ctx) {
    const { ws, options } = ctx;
    const layout = ctx.layout;
    if (ctx.resumed) {
        ctx.featureDir = await featureOfBranch(ctx);
    }
    else {
        const specDirs = await external_node_fs_.promises
            .readdir(external_node_path_.join(ws.repo, "specs"), { withFileTypes: true })
            .then((es) => es.filter((e) => e.isDirectory()).map((e) => e.name))
            .catch(() => []);
        const remote = ctx.heads.map((h) => h.branch);
        // Spec Kit 1.x numbers after specs/ only; 0.0.x after its branches too.
        const taken = layout.generation === 0 ? [...specDirs, ...remote] : [...specDirs];
        let name = (0,naming/* featureName */.qx)({
            description: options.specText,
            requested: options.branchName,
            numbering: layout.numbering,
            taken,
            now: ctx.now(),
        });
        // A branch of another request already has this very name: the next number (Spec Kit keeps
        // folders and branches independent; one branch must not be two features).
        while (remote.includes(name) && layout.numbering === "sequential" && !options.branchName) {
            taken.push(name);
            name = (0,naming/* featureName */.qx)({ description: options.specText, numbering: "sequential", taken, now: ctx.now() });
        }
        ctx.branch = name;
        ctx.featureDir = `specs/${name}`;
        ctx.log(`feature ${name}`);
    }
    ctx.record.branch = ctx.branch;
    ctx.record.featureDir = ctx.featureDir;
    await ctx.changed();
}
/**
 * The feature folder on a resumed branch: the one folder under specs/ the branch changed against
 * the base (both trees are in the shallow clone), else specs/<branch>.
 */
async function featureOfBranch(ctx) {
    const out = await ctx.git.run(["diff-tree", "-r", "--name-only", "--no-renames", ctx.baseSha, "HEAD", "--", "specs/"]);
    const dirs = new Set(out
        .split("\n")
        .map((f) => /^(specs\/[^/]+)\//.exec(f)?.[1])
        .filter((d) => d !== undefined));
    return dirs.size === 1 ? [...dirs][0] : `specs/${ctx.branch}`;
}
/** The phases whose products the resumed branch already holds. */
async function phasesDone(ctx) {
    if (!ctx.resumed)
        return new Set();
    return (0,products/* donePhases */.l_)(ctx.options.phases, ctx.ws.repo, ctx.featureDir, await (0,products/* specTemplate */.Cg)(ctx.ws.repo));
}
/**
 * After a phase exited 0: find the products where Spec Kit put them (the specify phase decides
 * the folder), then judge the phase's product.
 */
async function checkPhaseProduct(ctx, phase) {
    const { ws } = ctx;
    if (phase === "specify") {
        const head = await (0,products/* checkedOutBranch */.iD)(ws.repo);
        const agentBranch = head && head !== ctx.base && head !== ctx.branch ? head : undefined;
        const found = await (0,products/* locateFeature */.rK)(ws.repo, ctx.featureDir, agentBranch);
        if (found.dir !== ctx.featureDir)
            ctx.log(`Spec Kit put the feature in ${found.dir} (from ${found.from}), not ${ctx.featureDir}`);
        ctx.featureDir = found.dir;
        // Spec Kit 0.0.x: its script made the branch, and its later scripts find the feature by it.
        if (found.branch) {
            (0,naming/* validateBranchName */.eg)(found.branch);
            ctx.branch = found.branch;
        }
        ctx.record.featureDir = ctx.featureDir;
        ctx.record.branch = ctx.branch;
    }
    return (0,products/* checkProduct */.oM)(phase, ws.repo, ctx.featureDir, await (0,products/* specTemplate */.Cg)(ws.repo));
}
/**
 * After the last phase that writes the spec: markers left in it end the run (needs_clarification).
 * The drafted spec is kept in the artifacts, since nothing is pushed.
 */
async function clarificationStop(ctx) {
    const rel = `${ctx.featureDir}/spec.md`;
    const spec = (await (0,products/* readProduct */.g1)(ctx.ws.repo, rel)) ?? "";
    const markers = (0,products/* clarificationMarkers */.Kd)(spec);
    if (markers.length === 0)
        return undefined;
    await external_node_fs_.promises.writeFile(external_node_path_.join(ctx.ws.artifacts, "spec-draft.md"), spec);
    ctx.record.artifacts.push({ kind: "spec_draft", path: "spec-draft.md" });
    const list = markers
        .slice(0, 5)
        .map((m) => `line ${m.line}: ${m.text}`)
        .join("; ");
    return new context/* Stop */.V("needs_clarification", `${rel} has ${markers.length} [NEEDS CLARIFICATION] marker(s) (${list}); the draft is in the artifacts (spec-draft.md); answer them in the specification text, or add the clarify phase, and run again`);
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/stages/phases.ts










const SPEC_WRITING = ["specify", "clarify"];
const PRODUCING = ["specify", "plan", "tasks"];
/**
 * Stage 4, the agent: its environment and executable, then each phase as a real child process
 * under the agent's user. After every attempt every process of that user is killed (ADR 0031),
 * the work tree is staged into our own index, and the phase's product is judged on disk. A retry
 * starts from the files as they were after the last good phase.
 */
async function prepareAgent(ctx) {
    const { options, ws } = ctx;
    const agent = ctx.agent;
    const { env, refused, missing } = (0,agents.agentEnvironment)({
        parentEnv: options.parentEnv ?? process.env,
        allowed: options.agentEnv,
        home: ws.home,
        tmp: ws.tmp,
        token: options.token,
    });
    for (const name of refused)
        ctx.warn(`agent-env lists ${name}, which holds a repository credential; it was not given to the agent`);
    for (const name of missing)
        ctx.warn(`agent-env lists ${name}, but it is not set in this step's environment`);
    ctx.agentEnv = env;
    const phase = options.phases[0] ?? "specify";
    const probe = (0,agents.buildInvocation)(agent, (0,layout/* commandName */.p6)(ctx.layout, phase), phase, options.specText, ctx.featureDir);
    const exe = await (0,agent_process/* findExecutable */.o)(probe.file, env.PATH, ws.repo);
    if (!exe)
        throw (0,failures/* agentMissing */.Or)(agent, probe.file);
    ctx.executable = exe;
    ctx.record.agent.version = await agentVersion(ctx, exe);
    const environment = {
        agent: ctx.record.agent,
        executable: exe,
        safetyStrategy: options.safetyStrategy,
        agentUser: ctx.sandbox?.user ? { name: ctx.sandbox.user.name, uid: ctx.sandbox.user.uid } : undefined,
        speckit: ctx.record.speckit,
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        runner: { os: process.env.RUNNER_OS, name: process.env.RUNNER_NAME },
        agentEnv: Object.keys(env).sort(),
        phaseTimeoutMs: options.phaseTimeoutMs,
        retries: options.retries,
    };
    await external_node_fs_.promises.writeFile(external_node_path_.join(ws.artifacts, "environment.json"), JSON.stringify(environment, null, 2) + "\n");
    ctx.record.artifacts.push({ kind: "environment_info", path: "environment.json" });
}
async function runPhases(ctx) {
    const done = await phasesDone(ctx);
    const firstTodo = ctx.options.phases.find((p) => !done.has(p));
    if (ctx.resumed && firstTodo)
        ctx.record.resumedFrom = firstTodo;
    // What the run starts from (with Spec Kit's files, when this run installed it).
    if ((await stage(ctx)).length > 0)
        ctx.phasesChanged = true;
    ctx.goodIndex = external_node_path_.join(ctx.ws.git, "specpipe-good-index");
    await external_node_fs_.promises.copyFile(external_node_path_.join(ctx.ws.git, "index"), ctx.goodIndex);
    const lastSpecWriting = [...ctx.options.phases].reverse().find((p) => SPEC_WRITING.includes(p));
    for (const p of ctx.phases) {
        if (done.has(p.phase)) {
            p.status = "skipped";
            p.reason = "its product is already on the branch";
            await ctx.rec.phase(p);
            void ctx.progress?.update(ctx.record);
        }
        else {
            let outcome;
            try {
                outcome = await runPhase(ctx, p);
                if (outcome?.status === "no_changes" && ctx.succeededThisRun > 0) {
                    // Earlier phases changed files; a later one writing nothing is a failure.
                    throw new errors.UserError(`the agent wrote nothing in the ${p.phase} phase`, {
                        hint: "check the agent's output in the artifacts; a rerun resumes from this phase",
                        code: "speckit.agent-wrote-nothing",
                    });
                }
            }
            catch (e) {
                // Keep what the earlier phases made on the branch, so that a rerun resumes here.
                if (ctx.succeededThisRun > 0 && (0,errors.isUserError)(e) && !(e instanceof failures/* RunCancelled */.zL))
                    await (0,stages_commit/* checkpoint */.Fn)(ctx);
                throw e;
            }
            if (outcome)
                return outcome;
            ctx.succeededThisRun++;
        }
        if (p.phase === lastSpecWriting) {
            const stop = await clarificationStop(ctx);
            if (stop)
                return stop;
        }
    }
    return undefined;
}
async function runPhase(ctx, p) {
    const { options, ws } = ctx;
    const sandbox = ctx.sandbox;
    const agent = ctx.agent;
    const maxAttempts = options.retries + 1;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        ctx.checkCancel(`before the ${p.phase} phase`);
        const inv = (0,agents.buildInvocation)(agent, (0,layout/* commandName */.p6)(ctx.layout, p.phase), p.phase, options.specText, ctx.featureDir);
        const env = (0,agents.speckitEnvironment)(ctx.agentEnv, { branch: ctx.branch, dir: ctx.featureDir });
        const exe = await (0,agent_process/* findExecutable */.o)(inv.file, env.PATH, ws.repo);
        const stdoutLog = `phases/${p.phase}-${attempt}.stdout.log`;
        const stderrLog = `phases/${p.phase}-${attempt}.stderr.log`;
        const startedAt = ctx.rec.now();
        Object.assign(p, { status: "running", attempt, startedAt, stdoutLog, stderrLog });
        p.endedAt = undefined;
        p.reason = undefined;
        ctx.record.artifacts.push({ kind: "stdout_log", path: stdoutLog, phase: p.phase }, { kind: "stderr_log", path: stderrLog, phase: p.phase });
        await ctx.rec.phase(p);
        void ctx.progress?.update(ctx.record);
        ctx.log(`${p.phase}: attempt ${attempt} of ${maxAttempts}`);
        if (!exe)
            throw (0,failures/* agentMissing */.Or)(agent, inv.file);
        // The last phase's take gave the tree to us (a sudo runner's git must read it); the agent
        // needs it back to write this phase's files. As root take keeps nothing, so only sudo shows it.
        await sandbox.give([ws.repo]);
        const cmd = sandbox.wrap(exe, inv.args, env.PATH);
        let res;
        try {
            res = await (0,agent_process/* runAgentProcess */.C)({
                file: cmd.file,
                args: cmd.args,
                cwd: ws.repo,
                env,
                stdoutFile: external_node_path_.join(ws.artifacts, stdoutLog),
                stderrFile: external_node_path_.join(ws.artifacts, stderrLog),
                timeoutMs: options.phaseTimeoutMs,
                signal: options.signal,
            });
        }
        finally {
            // Whatever it left running (setsid daemons included) ends with the phase.
            const killed = await sandbox.killAll();
            if (killed > 0)
                ctx.log(`${p.phase}: stopped ${killed} process(es) the agent left running`);
        }
        await sandbox.take([ws.repo]);
        const usage = (0,agents.parseUsage)(res.stdout);
        if (usage.tokens !== undefined) {
            p.tokens = (p.tokens ?? 0) + usage.tokens;
            ctx.record.tokens = (ctx.record.tokens ?? 0) + usage.tokens;
        }
        if (usage.costUsd !== undefined) {
            p.costUsd = round6((p.costUsd ?? 0) + usage.costUsd);
            ctx.record.costUsd = round6((ctx.record.costUsd ?? 0) + usage.costUsd);
        }
        const endedAt = ctx.rec.now();
        Object.assign(p, { endedAt, durationMs: res.durationMs, exitCode: res.exitCode });
        const att = {
            attempt,
            startedAt,
            endedAt,
            durationMs: res.durationMs,
            exitCode: res.exitCode,
            signal: res.signal,
            timedOut: res.timedOut,
            stdoutLog,
            stderrLog,
            error: undefined,
        };
        p.attempts.push(att);
        let failure;
        let retryable = true;
        let changed = false;
        if (res.cancelled) {
            p.status = "failed";
            p.reason = att.error = "cancelled";
            await ctx.rec.phase(p);
            throw new failures/* RunCancelled */.zL(`during the ${p.phase} phase`);
        }
        else if (res.spawnError) {
            retryable = false;
            failure =
                res.spawnError.code === "ENOENT"
                    ? (0,failures/* agentMissing */.Or)(agent, inv.file)
                    : (0,failures/* agentFailed */.$q)(p.phase, `could not start: ${res.spawnError.message}`, stderrLog);
        }
        else if (res.timedOut) {
            failure = (0,failures/* agentTimedOut */.Bb)(p.phase, Math.round((options.phaseTimeoutMs / 60000) * 100) / 100);
        }
        else if (res.exitCode !== 0) {
            const stderr = await external_node_fs_.promises.readFile(external_node_path_.join(ws.artifacts, stderrLog), "utf8").catch(() => "");
            failure = (0,failures/* agentFailed */.$q)(p.phase, `exit code ${res.exitCode ?? res.signal}: ${(0,failures/* lastLines */.w$)(ctx.redact(stderr))}`, stderrLog);
        }
        else {
            const changes = await stage(ctx);
            changed = changes.length > 0;
            if (PRODUCING.includes(p.phase) && !changed) {
                p.status = "failed";
                p.reason = att.error = "the agent exited 0 but wrote nothing";
                await ctx.rec.phase(p);
                return new context/* Stop */.V("no_changes", `the agent wrote nothing in the ${p.phase} phase (exit 0); no commit, no push, no pull request; its output is in ${stdoutLog}`);
            }
            const check = await checkPhaseProduct(ctx, p.phase);
            if (!check.ok)
                failure = (0,failures/* productMissing */.kx)(p.phase, check.problem);
        }
        if (!failure) {
            await external_node_fs_.promises.copyFile(external_node_path_.join(ws.git, "index"), ctx.goodIndex);
            if (changed)
                ctx.phasesChanged = true;
            p.status = "succeeded";
            await ctx.rec.phase(p);
            void ctx.progress?.update(ctx.record);
            return undefined;
        }
        att.error = failure.message;
        p.reason = failure.message;
        if (retryable && attempt < maxAttempts) {
            await restore(ctx);
            p.status = "retrying";
            await ctx.rec.phase(p);
            void ctx.progress?.update(ctx.record);
            ctx.log(`${p.phase}: ${failure.message}; retrying`);
            continue;
        }
        p.status = "failed";
        await ctx.rec.phase(p);
        throw failure;
    }
    return undefined;
}
const FEATURE_JSON = ".specify/feature.json";
/**
 * Stage everything the agent left into our index; returns the paths whose staged content changed.
 * Spec Kit's per-checkout `.specify/feature.json` is never committed: our git dir's info/exclude
 * ignores it (whatever .gitignore the agent leaves), and where a repository once committed it,
 * its change is unstaged again.
 */
async function stage(ctx) {
    const git = ctx.git;
    const added = (await git.run(["add", "--all", "--verbose"])).split("\n").filter((l) => l !== "");
    const kept = added.filter((l) => !l.includes(`'${FEATURE_JSON}'`));
    if (kept.length !== added.length)
        await git.run(["reset", "--quiet", "HEAD", "--", FEATURE_JSON]);
    return kept;
}
/** Back to the last good index: files it has are restored, files the attempt added are removed. */
async function restore(ctx) {
    const git = ctx.git;
    await external_node_fs_.promises.copyFile(ctx.goodIndex, external_node_path_.join(ctx.ws.git, "index"));
    await git.run(["checkout-index", "--all", "--force"]);
    await git.run(["clean", "-d", "--force", "--quiet"]);
    await ctx.sandbox.give([ctx.ws.repo]);
}
function round6(n) {
    return Math.round(n * 1e6) / 1e6;
}
/** `<agent> --version`, run as the agent is (it is the agent's program). */
async function agentVersion(ctx, exe) {
    if (ctx.agent.name === "command")
        return undefined;
    const sandbox = ctx.sandbox;
    const out = external_node_path_.join(ctx.ws.artifacts, "phases", "version.stdout.log");
    const err = external_node_path_.join(ctx.ws.artifacts, "phases", "version.stderr.log");
    try {
        const cmd = sandbox.wrap(exe, ["--version"], ctx.agentEnv.PATH);
        const r = await (0,agent_process/* runAgentProcess */.C)({
            file: cmd.file,
            args: cmd.args,
            cwd: ctx.ws.repo,
            env: ctx.agentEnv,
            stdoutFile: out,
            stderrFile: err,
            timeoutMs: 10_000,
        });
        const text = r.stdout + (await external_node_fs_.promises.readFile(err, "utf8").catch(() => ""));
        const first = text.trim().split("\n")[0];
        return r.exitCode === 0 && first ? first.slice(0, 200) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        await sandbox.killAll();
        await external_node_fs_.promises.rm(out, { force: true });
        await external_node_fs_.promises.rm(err, { force: true });
    }
}

// EXTERNAL MODULE: ./packages/core/src/speckit/stages/pull-request.ts + 1 modules
var pull_request = __webpack_require__(5044);
// EXTERNAL MODULE: ./packages/core/src/speckit/proposal.ts
var speckit_proposal = __webpack_require__(9893);
;// CONCATENATED MODULE: ./packages/core/src/speckit/stages/propose.ts



/**
 * Stage 6 of `mode: propose` (ADR 0037), instead of the push and the pull request: the run's
 * commit as a git bundle of exactly that commit over its parent, and proposal.json with the facts
 * a publish job needs, in a folder of their own for actions/upload-artifact. The agent's processes
 * are all gone first (as before a push), and the folder is made after they are, by this job's
 * user: nothing of the agent's is in it but the commit's tree.
 */
async function writeProposal(ctx, status, reason) {
    await ctx.sandbox?.killAll();
    const dir = ctx.options.proposalDir ?? external_node_path_.join(external_node_path_.dirname(ctx.ws.dir), `speckit-proposal-${ctx.runId}`);
    await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    await external_node_fs_.promises.mkdir(dir, { recursive: true, mode: 0o755 });
    let parent;
    const git = ctx.git;
    if (ctx.commit && git) {
        parent = (await git.run(["rev-parse", "--verify", "--end-of-options", `${ctx.commit.sha}^`])).trim();
        await git.run(["update-ref", speckit_proposal/* PROPOSAL_REF */.rP, ctx.commit.sha]);
        // `^parent`: the bundle holds the one commit and needs its parent, which publish fetches itself.
        await git.run(["bundle", "create", "--quiet", external_node_path_.join(dir, speckit_proposal/* BUNDLE_FILE */.Ij), speckit_proposal/* PROPOSAL_REF */.rP, `^${parent}`]);
    }
    const trigger = ctx.options.trigger;
    const proposal = {
        schema: speckit_proposal/* PROPOSAL_SCHEMA */.tn,
        runId: ctx.runId,
        repository: ctx.options.repository,
        status,
        ...(ctx.record.timeline[0] ? { startedAt: ctx.record.timeline[0].at } : {}),
        ...(reason ? { reason: reason.slice(0, 2000) } : {}),
        base: { branch: ctx.base, sha: ctx.baseSha },
        ...(ctx.branch ? { branch: ctx.branch } : {}),
        resumed: ctx.resumed,
        ...(ctx.commit ? { parent, commit: ctx.commit.sha } : {}),
        ...(ctx.featureDir ? { featureDir: ctx.featureDir } : {}),
        agent: ctx.agent?.name ?? "command",
        ...(ctx.record.speckit
            ? {
                speckit: {
                    installed: ctx.installed,
                    ...(ctx.record.speckit.installer ? { installer: ctx.record.speckit.installer } : {}),
                },
            }
            : {}),
        phases: ctx.phases.map((p) => ({
            phase: p.phase,
            status: p.status === "succeeded" || p.status === "failed" || p.status === "skipped" ? p.status : "pending",
            ...(p.durationMs !== undefined ? { durationMs: p.durationMs } : {}),
        })),
        succeededThisRun: ctx.succeededThisRun,
        ...(ctx.record.tokens !== undefined ? { tokens: ctx.record.tokens } : {}),
        ...(ctx.record.costUsd !== undefined ? { costUsd: ctx.record.costUsd } : {}),
        request: {
            text: ctx.options.specText,
            ...(ctx.options.eventName ? { event: ctx.options.eventName } : {}),
            ...(trigger?.number !== undefined ? { issue: trigger.number } : {}),
            ...(trigger?.user ? { user: trigger.user } : {}),
        },
        pr: {
            ...(ctx.options.pr.title ? { title: ctx.options.pr.title } : {}),
            ...(ctx.options.pr.body ? { body: ctx.options.pr.body } : {}),
            labels: [...ctx.options.pr.labels],
            draft: ctx.options.pr.draft,
        },
    };
    await (0,speckit_proposal/* writeProposalFile */.U5)(dir, proposal);
    ctx.proposalDir = dir;
    ctx.record.proposal = { dir, ...(ctx.commit ? { commit: ctx.commit.sha } : {}) };
    ctx.log(ctx.commit ? `proposed ${ctx.commit.sha.slice(0, 12)} for ${ctx.branch} in ${dir}` : `proposal (no commit) in ${dir}`);
    return dir;
}

// EXTERNAL MODULE: ./packages/core/src/speckit/stages/push.ts
var push = __webpack_require__(395);
// EXTERNAL MODULE: ./packages/core/src/speckit/stages/speckit.ts + 1 modules
var speckit = __webpack_require__(481);
// EXTERNAL MODULE: ./packages/core/src/speckit/stages/teardown.ts
var teardown = __webpack_require__(4443);
// EXTERNAL MODULE: ./packages/core/src/defaults.ts
var defaults = __webpack_require__(1315);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git_git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/git/identity.ts
var identity = __webpack_require__(7034);
;// CONCATENATED MODULE: ./packages/core/src/speckit/credentials.ts


const HOLDS_CREDENTIALS = /^\s*extraheader\s*=|\bAUTHORIZATION\s*:/im;
async function hideCheckoutCredentials(checkout) {
    const hidden = [];
    const restore = async () => {
        for (const h of hidden.splice(0))
            await external_node_fs_.promises.chmod(h.file, h.mode).catch(() => { });
    };
    if (!checkout)
        return { files: [], restore };
    const config = external_node_path_.join(checkout, ".git", "config");
    const candidates = [config];
    const text = await external_node_fs_.promises.readFile(config, "utf8").catch(() => undefined);
    if (text === undefined)
        return { files: [], restore };
    // Files the config includes (checkout v6 keeps the credential in one, under RUNNER_TEMP).
    for (const m of text.matchAll(/^\s*path\s*=\s*(.+?)\s*$/gim))
        candidates.push(external_node_path_.resolve(external_node_path_.dirname(config), m[1].replace(/^"|"$/g, "")));
    for (const file of candidates) {
        const st = await external_node_fs_.promises.lstat(file).catch(() => undefined);
        if (!st?.isFile() || (st.mode & 0o077) === 0)
            continue;
        const body = file === config ? text : await external_node_fs_.promises.readFile(file, "utf8").catch(() => "");
        if (!HOLDS_CREDENTIALS.test(body))
            continue;
        await external_node_fs_.promises.chmod(file, st.mode & 0o700);
        hidden.push({ file, mode: st.mode & 0o7777 });
    }
    return { files: hidden.map((h) => h.file), restore };
}

// EXTERNAL MODULE: ./packages/core/src/speckit/sandbox.ts
var sandbox = __webpack_require__(264);
;// CONCATENATED MODULE: ./packages/core/src/speckit/stages/workspace.ts










/**
 * Stage 1, the workspace (ADR 0031): the agent's user, then the clone. The clone's git dir is
 * ours (`ws.git`, which the agent never has); its files are checked out into the agent's work
 * tree, which gets a `.git` of its own, a copy, so that agents and Spec Kit scripts that use git
 * work as in any clone. Every network use of the token happens here, before any untrusted
 * process runs, or in the push.
 */
async function prepareWorkspace(ctx) {
    const { options, ws } = ctx;
    ctx.sandbox = await (0,sandbox.openSandbox)(options.safetyStrategy, ctx.runId, ws.home);
    if (ctx.sandbox.user) {
        ctx.record.agentUser = ctx.sandbox.user.name;
        options.onAgentUser?.(ctx.sandbox.user.name);
        ctx.log(`the agent runs as ${ctx.sandbox.user.name} (uid ${ctx.sandbox.user.uid})`);
        ctx.hidden = await hideCheckoutCredentials(options.checkout);
        for (const f of ctx.hidden.files)
            ctx.warn(`${f} holds a token (actions/checkout's persist-credentials); it is closed to other users while the agent runs. Check out with persist-credentials: false to keep it off disk`);
    }
    else
        ctx.log("safety-strategy unsafe: the agent runs as this user and can read everything it can, the token included");
    const who = (0,identity/* identityEnv */.W)(options.committer ?? defaults/* GITHUB_ACTIONS_BOT */.iU);
    const outer = new git_git.Git({ cwd: ws.dir, env: { ...(0,git_git.isolatedGitEnv)(process.env), ...who } }).withAuth(ctx.auth);
    // Clone the base branch's last commit: the phases read files, not history; the push needs no more.
    ctx.checkCancel("before the clone");
    const cloneArgs = ["clone", "--quiet", "--no-tags", "--single-branch", "--depth=1", "--template=", "--no-checkout"];
    cloneArgs.push(`--separate-git-dir=${ws.git}`);
    if (options.baseBranch)
        cloneArgs.push("--branch", options.baseBranch);
    cloneArgs.push("--", options.remoteUrl, ws.repo);
    // The remote's branches (for numbering and resuming), asked for while the clone runs.
    const lsRemote = outer.raw(["ls-remote", "--heads", "--", options.remoteUrl], { network: true });
    lsRemote.catch(() => { });
    const cloned = await outer.raw(cloneArgs, { network: true });
    if (cloned.code !== 0)
        throw (0,failures/* cloneFailed */.p$)(options.repository, options.baseBranch, ctx.redact(cloned.stderr.toString("utf8")));
    // Ours alone: git made it with the umask's modes (0755), which would let the agent read it.
    await external_node_fs_.promises.chmod(ws.git, 0o700);
    await external_node_fs_.promises.rm(external_node_path_.join(ws.repo, ".git"), { force: true });
    const git = new git_git.Git({ cwd: ws.repo, env: { ...(0,git_git.isolatedGitEnv)(process.env, { gitDir: ws.git, workTree: ws.repo }), ...who } }).withAuth(ctx.auth);
    ctx.git = git;
    // Spec Kit's per-checkout pointer is never committed, whatever .gitignore the agent leaves.
    await external_node_fs_.promises.mkdir(external_node_path_.join(ws.git, "info"), { recursive: true });
    await external_node_fs_.promises.writeFile(external_node_path_.join(ws.git, "info", "exclude"), "/.specify/feature.json\n");
    ctx.base = options.baseBranch ?? (await headBranch(ws.git)) ?? "main";
    ctx.baseSha = (await git.run(["rev-parse", "HEAD"])).trim();
    ctx.record.baseBranch = ctx.base;
    ctx.log(`cloned ${options.repository} (${ctx.base})`);
    const listed = await lsRemote;
    if (listed.code !== 0)
        throw (0,failures/* cloneFailed */.p$)(options.repository, undefined, ctx.redact(listed.stderr.toString("utf8")));
    ctx.heads = (0,naming/* parseLsRemoteHeads */.eR)(listed.stdout.toString("utf8"));
    // Resume a branch an earlier run of the same request made, else work from the base branch.
    ctx.checkCancel("before naming the branch");
    const resumed = await resumableBranch(ctx, git);
    if (resumed) {
        ctx.branch = resumed;
        ctx.resumed = true;
        ctx.log(`resuming branch ${resumed}`);
    }
    await git.run(["reset", "--quiet", "--hard", resumed ? `refs/remotes/origin/${resumed}` : "HEAD"]);
    await agentClone(ctx, git);
    await ctx.sandbox.give([ws.repo, ws.home, ws.tmp]);
}
/**
 * The agent's `.git`: a copy of ours as it is now, on the feature branch when one is resumed, and
 * listing the remote's feature branches as a clone does (by name, at the base commit: we fetched
 * none of them), so that a Spec Kit 0.0.x create-new-feature.sh numbers after them as it would.
 * We never run git on it again once the agent had it.
 */
async function agentClone(ctx, git) {
    const copy = external_node_path_.join(ctx.ws.repo, ".git");
    await external_node_fs_.promises.cp(ctx.ws.git, copy, { recursive: true });
    const tip = (await git.run(["rev-parse", "HEAD"])).trim();
    const lines = [`update refs/heads/${ctx.base} ${ctx.baseSha}`];
    for (const h of ctx.heads)
        if (h.branch !== ctx.base && /^\d{3,}-/.test(h.branch))
            lines.push(`update refs/remotes/origin/${h.branch} ${ctx.baseSha}`);
    if (ctx.branch)
        lines.push(`update refs/heads/${ctx.branch} ${tip}`);
    await git.at(ctx.ws.repo).run(["--git-dir", copy, "update-ref", "--stdin"], { input: lines.join("\n") + "\n" });
    await git.run(["--git-dir", copy, "symbolic-ref", "HEAD", `refs/heads/${ctx.branch ?? ctx.base}`]);
}
/**
 * The remote branch a rerun of this request resumes: one named for the request (`NNN-<short
 * name>`, or `branch-name`) whose last commit carries the request's `Speckit-Input` (any such
 * branch when `branch-name` is given). Two git processes however many candidates there are: one
 * fetch of their last commits (depth 1: the messages are all we read, and the branch is based on
 * the shallow clone's own tip or needs nothing older to be pushed onto), one for-each-ref printing
 * every message.
 */
async function resumableBranch(ctx, git) {
    const requested = ctx.options.branchName;
    const exact = requested && /^(\d{3,}|\d{8}-\d{6})-/.test(requested);
    const pattern = (0,naming/* namedFor */.ZM)(requested ? (0,naming/* cleanName */.$t)(requested) : (0,naming/* shortName */.EU)(ctx.options.specText));
    const candidates = ctx.heads.map((h) => h.branch).filter((b) => (exact ? b === requested : pattern.test(b)));
    if (candidates.length === 0)
        return undefined;
    // No automatic maintenance after this fetch: the clone is removed at the end of the run.
    await git.run([
        "-c",
        "maintenance.auto=false",
        "-c",
        "gc.auto=0",
        "fetch",
        "--quiet",
        "--depth=1",
        "--no-tags",
        "origin",
        ...candidates.map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`),
    ], { network: true });
    if (requested)
        return candidates[0];
    const marker = `Speckit-Input: ${(0,stages_commit/* inputHash */.Bb)(ctx.options.specText)}`;
    // NUL after the name and after the message: it cannot occur in either.
    const out = await git.run([
        "for-each-ref",
        "--format=%(refname:lstrip=3)%00%(contents)%00",
        ...candidates.map((b) => `refs/remotes/origin/${b}`),
    ]);
    const fields = out.split("\u0000");
    const messages = new Map();
    for (let i = 0; i + 1 < fields.length; i += 2)
        messages.set(fields[i].replace(/^\n/, ""), fields[i + 1]);
    return candidates.find((b) => messages.get(b)?.includes(marker));
}
/** The branch a fresh clone is on, from its HEAD file (no git process needed). */
async function headBranch(gitDir) {
    const head = await external_node_fs_.promises.readFile(external_node_path_.join(gitDir, "HEAD"), "utf8").catch(() => "");
    return /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim();
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/run.ts















/**
 * One Spec Kit run, from specification text to a pushed branch and a pull request, as stages over
 * one run context (context.ts). Each stage is a module of its own in stages/; read this top to
 * bottom to follow a run.
 */
async function runSpeckit(options) {
    const ctx = await (0,context/* openRun */.I)(options); // run id, workspace folders, run.json
    await ctx.setStatus("queued");
    try {
        await checkTrigger(ctx); // who asked may ask; their issue gets the progress comment
        await ctx.setStatus("in_progress");
        await prepareWorkspace(ctx); // the agent's user, the clone (our git dir, its work tree)
        await (0,speckit.prepareSpeckit)(ctx); // Spec Kit as installed, or installed now
        await nameFeature(ctx); // the feature as Spec Kit names it, or the branch a rerun resumes
        await prepareAgent(ctx); // its environment and executable
        const stop = await runPhases(ctx); // specify, plan, tasks…: products checked on disk
        if (stop) {
            if (ctx.options.mode === "propose" && stop.status === "needs_clarification")
                await writeProposal(ctx, stop.status, stop.reason);
            await ctx.setStatus(stop.status, stop.reason);
        }
        else if (ctx.options.mode === "propose") {
            // ADR 0037: no push, no pull request; a publish job validates the proposal and does both.
            const commit = await (0,stages_commit/* commitProducts */.Q5)(ctx);
            const reason = commit ? undefined : outcome(ctx, undefined)[1];
            await writeProposal(ctx, commit ? "succeeded" : "no_changes", reason);
            await ctx.setStatus(commit ? "succeeded" : "no_changes", commit ? `proposed ${ctx.branch}; the publish job pushes it` : reason);
        }
        else {
            const commit = await (0,stages_commit/* commitProducts */.Q5)(ctx); // undefined: the phases changed nothing
            if (commit)
                await (0,push/* pushCommit */.S)(ctx, commit);
            // A resumed branch is on the remote: it gets its pull request even when nothing was new.
            const pr = commit || ctx.resumed ? await (0,pull_request/* openPullRequest */.H)(ctx) : undefined;
            await ctx.setStatus(...outcome(ctx, pr));
        }
    }
    catch (e) {
        await fail(ctx, e);
    }
    finally {
        await (0,teardown/* teardown */.z)(ctx); // agent's processes and user gone, workspace removed, artifacts kept
    }
    return { record: ctx.record, workspace: ctx.ws, error: ctx.error };
}
/** Who asked may ask; their issue gets the progress comment (not in propose: it may not write). */
async function checkTrigger(ctx) {
    const { github, trigger } = ctx.options;
    if (github && trigger?.checkPermission) {
        const permission = await checkTriggerPermission(github.api, github.repo, trigger.user);
        ctx.log(`${trigger.user} has ${permission} permission`);
    }
    if (github && trigger?.number !== undefined && ctx.options.mode !== "propose") {
        ctx.progress = new ProgressComment(github.api, github.repo, trigger.number, (m) => ctx.warn(m), { runUrl: trigger.runUrl });
    }
}
/** A run that pushed nothing new still succeeds when it opened the pull request the branch lacked. */
function outcome(ctx, pr) {
    if (ctx.commit)
        return ["succeeded"];
    const why = ctx.succeededThisRun === 0 ? "every phase's product was already on the branch" : "the phases changed no file";
    if (pr === "opened")
        return ["succeeded", `${why}; opened its pull request`];
    return ["no_changes", `${why}${pr === "found" ? `; pull request #${ctx.record.pr?.number} is open` : ""}`];
}
async function fail(ctx, e) {
    if (e instanceof failures/* RunCancelled */.zL) {
        await ctx.setStatus("cancelled", e.message);
        return;
    }
    ctx.error = e instanceof Error ? e : new Error(String(e));
    const u = (0,errors.isUserError)(e) ? e : undefined;
    ctx.record.error = u
        ? { message: u.message, hint: u.hint, code: u.code }
        : { message: `internal error: ${ctx.redact(ctx.error.message)}`, code: "internal" };
    await ctx.setStatus("failed", ctx.record.error.message);
}


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_SAFETY_STRATEGY: () => (/* binding */ DEFAULT_SAFETY_STRATEGY),
/* harmony export */   SAFETY_STRATEGIES: () => (/* binding */ SAFETY_STRATEGIES),
/* harmony export */   closeLeftoverUser: () => (/* binding */ closeLeftoverUser),
/* harmony export */   leftoverRemover: () => (/* binding */ leftoverRemover),
/* harmony export */   openSandbox: () => (/* binding */ openSandbox),
/* harmony export */   parseSafetyStrategy: () => (/* binding */ parseSafetyStrategy),
/* harmony export */   processesOf: () => (/* binding */ processesOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7332);




/**
 * The safety strategy (ADR 0031): who the agent runs as. The agent is untrusted (the spec text can
 * come from anyone who can open an issue), and a process can read `/proc/<pid>/environ` of every
 * process of its own user, so running it as the action's user would hand it the token.
 *
 * - `unprivileged-user`: a throwaway user made for the run (`useradd`, no home of its own, no
 *   shell, its own group, no sudo); the agent runs under it with `setpriv` (no supplementary groups,
 *   no new privileges, so no setuid program lifts it back up). After each phase every process of
 *   that uid is killed, which ends `setsid` children that left the agent's process group. Needs
 *   root, or passwordless sudo as on GitHub-hosted Linux runners.
 * - `unsafe`: the agent runs as this user. Chosen explicitly only: it protects nothing.
 */
const SAFETY_STRATEGIES = ["unprivileged-user", "unsafe"];
const DEFAULT_SAFETY_STRATEGY = "unprivileged-user";
function parseSafetyStrategy(raw) {
    const s = (raw ?? "").trim().toLowerCase();
    if (s === "")
        return DEFAULT_SAFETY_STRATEGY;
    if (SAFETY_STRATEGIES.includes(s))
        return s;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`unknown safety-strategy "${raw}"`, {
        hint: `use ${SAFETY_STRATEGIES.join(" or ")} (default ${DEFAULT_SAFETY_STRATEGY}; unsafe lets the agent read the token)`,
        code: "speckit.bad-safety-strategy",
    });
}
const SYSTEM_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
async function which(name, envPath = process.env.PATH) {
    for (const dir of [...(envPath ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter), ...SYSTEM_PATH]) {
        if (!dir)
            continue;
        const p = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        try {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(p);
            if (st.isFile() && (st.mode & 0o111) !== 0)
                return p;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
async function findPrivilege() {
    if (process.getuid?.() === 0) {
        return { root: true, prefix: [], run: (file, args) => (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(file, args, { timeoutMs: 60_000 }) };
    }
    const sudo = await which("sudo");
    if (!sudo)
        return undefined;
    const probe = await (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(sudo, ["-n", "true"], { timeoutMs: 15_000 }).catch(() => undefined);
    if (probe?.code !== 0)
        return undefined;
    return {
        root: false,
        prefix: [sudo, "-n", "--"],
        run: (file, args) => (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(sudo, ["-n", "--", file, ...args], { timeoutMs: 60_000 }),
    };
}
function cannotIsolate(why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`safety-strategy unprivileged-user cannot run the agent under a user of its own: ${why}`, {
        hint: "run on a Linux runner where the job is root or has passwordless sudo (GitHub-hosted ubuntu runners have both useradd and setpriv); or set safety-strategy: unsafe, which lets the agent read the token",
        code: "speckit.no-sandbox",
    });
}
/** Open the sandbox the strategy asks for, or fail closed. `home` is the agent's HOME. */
async function openSandbox(strategy, runId, home) {
    if (strategy === "unsafe")
        return UNSAFE;
    if (process.platform !== "linux")
        throw cannotIsolate(`this runner is ${process.platform}, not Linux`);
    const privilege = await findPrivilege();
    if (!privilege)
        throw cannotIsolate("this job is not root and has no passwordless sudo");
    const tools = {};
    for (const name of ["useradd", "userdel", "setpriv", "chown", "kill", "rm"])
        tools[name] = await which(name);
    const lacking = Object.keys(tools).filter((k) => !tools[k]);
    if (lacking.length > 0)
        throw cannotIsolate(`${lacking.join(", ")} not found`);
    const shell = (await which("nologin")) ?? (await which("false")) ?? "/bin/false";
    // Named after the run, so that a leftover user is recognisable and the post step can find it.
    const name = `specpipe-${runId
        .slice(-8)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, "0")}`;
    const created = await retryOnLock(() => privilege.run(tools.useradd, [
        "--system",
        "--no-create-home",
        "--home-dir",
        home,
        "--shell",
        shell,
        "--user-group",
        "--no-log-init",
        "--comment",
        `specpipe speckit-run ${runId}`,
        name,
    ]));
    if (created.code !== 0)
        throw cannotIsolate(`useradd ${name} failed: ${created.stderr.toString("utf8").trim()}`);
    const user = await lookUpUser(name);
    if (!user)
        throw cannotIsolate(`useradd made ${name}, but it is not in /etc/passwd`);
    return new UserSandbox(privilege, tools, user);
}
/** The post step's way back to a run's user: kill what is left, delete the user. */
async function closeLeftoverUser(name) {
    if (!/^specpipe-[a-z0-9]{8}$/.test(name))
        return;
    const user = await lookUpUser(name);
    const privilege = await findPrivilege();
    if (!user || !privilege)
        return;
    const tools = {};
    for (const t of ["useradd", "userdel", "setpriv", "chown", "kill", "rm"])
        tools[t] = (await which(t)) ?? t;
    await new UserSandbox(privilege, tools, user).close();
}
/** Removes folders an agent's user filled (as root, or through sudo); plain removal without either. */
async function leftoverRemover() {
    const privilege = await findPrivilege();
    const rm = await which("rm");
    return async (dirs) => {
        if (!privilege || privilege.root || !rm) {
            for (const d of dirs)
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(d, { recursive: true, force: true, maxRetries: 3 });
            return;
        }
        const r = await privilege.run(rm, ["-rf", "--", ...dirs]);
        if (r.code !== 0)
            throw new Error(`rm failed: ${r.stderr.toString("utf8").trim()}`);
    };
}
async function lookUpUser(name) {
    const passwd = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile("/etc/passwd", "utf8").catch(() => "");
    for (const line of passwd.split("\n")) {
        const f = line.split(":");
        if (f[0] === name && f.length >= 4)
            return { name, uid: Number(f[2]), gid: Number(f[3]) };
    }
    return undefined;
}
/** useradd and userdel lock /etc/passwd; parallel runs on one machine take turns. */
async function retryOnLock(fn) {
    let r = await fn();
    for (let i = 0; i < 30 && r.code !== 0 && /lock|try again/i.test(r.stderr.toString("utf8")); i++) {
        await new Promise((res) => setTimeout(res, 50 + Math.random() * 200));
        r = await fn();
    }
    return r;
}
/** The uids of a /proc/<pid>/status (real, effective, saved, fs), and whether it is a zombie. */
function parseStatus(text) {
    const uid = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(text);
    const state = /^State:\s+(\S)/m.exec(text);
    return { uids: uid ? uid.slice(1, 5).map(Number) : [], zombie: state?.[1] === "Z" || state?.[1] === "X" };
}
/** Every live process one of whose uids is `uid`. */
async function processesOf(uid) {
    const found = [];
    for (const entry of await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir("/proc")) {
        if (!/^\d+$/.test(entry))
            continue;
        const text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
        const { uids, zombie } = parseStatus(text);
        if (!zombie && uids.includes(uid))
            found.push(Number(entry));
    }
    return found;
}
class UserSandbox {
    privilege;
    tools;
    user;
    strategy = "unprivileged-user";
    closed = false;
    constructor(privilege, tools, user) {
        this.privilege = privilege;
        this.tools = tools;
        this.user = user;
        // Never act on root or on ourselves, whatever /etc/passwd said.
        if (!(user.uid > 0) || user.uid === process.getuid?.() || !(user.gid > 0))
            throw cannotIsolate(`${user.name} has uid ${user.uid}`);
    }
    wrap(file, args, envPath) {
        const drop = [this.tools.setpriv, `--reuid=${this.user.uid}`, `--regid=${this.user.gid}`, "--clear-groups", "--no-new-privs", "--"];
        if (this.privilege.root)
            return { file: drop[0], args: [...drop.slice(1), file, ...args] };
        // sudo resets PATH to its secure_path; the agent gets the PATH it was given back through env.
        const [sudo, ...sudoArgs] = this.privilege.prefix;
        return { file: sudo, args: [...sudoArgs.slice(0, -1), "-E", "--", ...drop, "/usr/bin/env", `PATH=${envPath ?? ""}`, file, ...args] };
    }
    async give(dirs) {
        await this.chown(dirs, `${this.user.uid}:${this.user.gid}`);
    }
    async take(dirs) {
        // Root reads whatever modes the agent left; only a sudo user needs its files back.
        if (this.privilege.root)
            return;
        await this.chown(dirs, `${process.getuid?.()}:${process.getgid?.()}`);
    }
    async chown(dirs, owner) {
        const there = [];
        for (const d of dirs)
            if (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(d).then(() => true, () => false))
                there.push(d);
        if (there.length === 0)
            return;
        // -R without -L never follows a symlink the agent left; -h changes the link, not its target.
        const r = await this.privilege.run(this.tools.chown, ["-R", "-h", owner, "--", ...there]);
        if (r.code !== 0)
            throw new Error(`chown ${owner} failed: ${r.stderr.toString("utf8").trim()}`);
    }
    async killAll() {
        let killed = 0;
        for (let round = 0; round < 50; round++) {
            const pids = await processesOf(this.user.uid);
            if (pids.length === 0)
                return killed;
            killed += pids.length;
            if (this.privilege.root) {
                for (const pid of pids) {
                    try {
                        process.kill(pid, "SIGKILL");
                    }
                    catch {
                        // gone already
                    }
                }
            }
            else
                await this.privilege.run(this.tools.kill, ["-s", "KILL", "--", ...pids.map(String)]);
            await new Promise((r) => setTimeout(r, 10 + round * 5));
        }
        const left = await processesOf(this.user.uid);
        if (left.length === 0)
            return killed;
        // Fail closed: the run does not go on to the push while any of the agent's processes lives.
        throw new Error(`processes of ${this.user.name} survived SIGKILL: ${left.join(", ")}`);
    }
    async remove(dirs) {
        if (this.privilege.root) {
            for (const d of dirs)
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(d, { recursive: true, force: true, maxRetries: 3 });
            return;
        }
        const r = await this.privilege.run(this.tools.rm, ["-rf", "--", ...dirs]);
        if (r.code !== 0)
            throw new Error(`rm failed: ${r.stderr.toString("utf8").trim()}`);
    }
    async close() {
        if (this.closed)
            return;
        await this.killAll();
        const r = await retryOnLock(() => this.privilege.run(this.tools.userdel, [this.user.name]));
        // 6: the user does not exist (a second close, or the post step after main).
        if (r.code !== 0 && r.code !== 6)
            throw new Error(`userdel ${this.user.name} failed: ${r.stderr.toString("utf8").trim()}`);
        this.closed = true;
    }
}
const UNSAFE = {
    strategy: "unsafe",
    wrap: (file, args) => ({ file, args: [...args] }),
    give: async () => { },
    take: async () => { },
    killAll: async () => 0,
    remove: async (dirs) => {
        for (const d of dirs)
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(d, { recursive: true, force: true, maxRetries: 3 });
    },
    close: async () => { },
};


/***/ }),

/***/ 1190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ inputHash),
/* harmony export */   Fn: () => (/* binding */ checkpoint),
/* harmony export */   Q5: () => (/* binding */ commitProducts),
/* harmony export */   df: () => (/* binding */ commitMessage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _products_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5379);
/* harmony import */ var _push_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(395);





/** The request's identity, in the `Speckit-Input` trailer: a rerun of the same text resumes its branch. */
function inputHash(specText) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(specText.replace(/\r\n/g, "\n").trim(), "utf8").digest("hex").slice(0, 12);
}
/**
 * Stage 5, the commit (FR-006, ADR 0015): changes come from the real diff of our index against
 * HEAD, not from what the agent says. Returns undefined when the phases left the tree as it was
 * (every product already on the branch).
 */
async function commitProducts(ctx) {
    const git = ctx.git;
    ctx.checkCancel("before the commit");
    // Everything is staged: the index against HEAD is exactly `git status`.
    const diff = ctx.phasesChanged ? await git.run(["diff", "--cached", "--raw", "--numstat", "--no-renames", "HEAD"]) : "";
    const status = [];
    const numstatLines = [];
    let insertions = 0;
    let deletions = 0;
    for (const line of diff.split("\n")) {
        const raw = /^:\d+ \d+ [0-9a-f]+ [0-9a-f]+ (\w)\d*\t(.*)$/.exec(line);
        if (raw)
            status.push({ code: raw[1], path: raw[2] });
        else if (line) {
            numstatLines.push(line);
            const [a, d] = line.split("\t");
            if (a && a !== "-")
                insertions += Number(a);
            if (d && d !== "-")
                deletions += Number(d);
        }
    }
    if (status.length === 0)
        return undefined;
    ctx.record.changes = { files: status.length, insertions, deletions };
    const summaryText = [
        ...status.map((s) => `${s.code} ${s.path}`),
        "",
        `${status.length} file(s) changed, ${insertions} insertion(s)(+), ${deletions} deletion(s)(-)`,
        "",
        numstatLines.join("\n") + "\n",
    ].join("\n");
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(ctx.ws.artifacts, "diff-summary.txt"), summaryText);
    ctx.record.artifacts.push({ kind: "diff_summary", path: "diff-summary.txt" });
    const message = await commitMessage(ctx);
    const tree = (await git.run(["write-tree"])).trim();
    const sha = (await git.run(["commit-tree", tree, "-p", "HEAD", "-F", "-"], { input: message })).trim();
    ctx.record.commit = sha;
    ctx.commit = { sha, message };
    ctx.log(`committed ${sha.slice(0, 12)}: ${message.split("\n")[0]}`);
    return ctx.commit;
}
/**
 * After a phase failed: push what the finished phases made (the tree after the last phase that
 * succeeded, not the failed phase's half-written files) as a `(partial)` commit, so that a rerun
 * resumes. Never fails the run further: a failure here is a warning.
 */
async function checkpoint(ctx) {
    // A proposal is all or nothing: propose pushes nothing, not even the finished phases.
    if (ctx.options.mode === "propose")
        return;
    try {
        const git = ctx.git;
        if (!ctx.goodIndex)
            return;
        const tree = (await git.withEnv({ GIT_INDEX_FILE: ctx.goodIndex }).run(["write-tree"])).trim();
        if (tree === (await git.run(["rev-parse", "HEAD^{tree}"])).trim())
            return;
        const message = (await commitMessage(ctx)).replace(/^(docs\(spec\): \S+)/, "$1 (partial)");
        const sha = (await git.run(["commit-tree", tree, "-p", "HEAD", "-F", "-"], { input: message })).trim();
        ctx.record.commit = sha;
        const pushed = await (0,_push_js__WEBPACK_IMPORTED_MODULE_4__/* .pushCommit */ .S)(ctx, { sha, message }, { partial: true });
        if (pushed)
            ctx.log(`pushed the finished phases to ${ctx.branch}; a rerun resumes from the failed one`);
    }
    catch (e) {
        ctx.warn(`could not save the finished phases: ${ctx.redact(e.message)}`);
    }
}
/**
 * The commit's message, from the run's facts only (publish rebuilds it the same way from the
 * proposal, ADR 0037). `living`: the repository's docs/spec.md, whose hash the commit names.
 */
async function commitMessage(ctx, living) {
    const ran = ctx.phases.filter((p) => p.status === "succeeded").map((p) => p.phase);
    const trailers = [`Speckit-Run-Id: ${ctx.runId}`, `Speckit-Input: ${inputHash(ctx.options.specText)}`];
    living ??= await (0,_products_js__WEBPACK_IMPORTED_MODULE_3__/* .readProductBytes */ .tN)(ctx.ws.repo, "docs/spec.md");
    if (living !== undefined) {
        const { hashSpecContents } = await __webpack_require__.e(/* import() */ 9357).then(__webpack_require__.bind(__webpack_require__, 9357));
        trailers.push(`Spec-Hash: ${hashSpecContents([{ path: "docs/spec.md", content: living }]).short}`);
    }
    const installed = ctx.installed ? ` Spec Kit installed by ${ctx.record.speckit?.installer ?? "specify"}.` : "";
    return `docs(spec): ${ctx.branch}\n\nSpec Kit phases ${ran.join(", ") || "(none)"} by ${ctx.agent?.name ?? "the agent"} in ${ctx.featureDir}.${installed}\n\n${trailers.join("\n")}\n`;
}


/***/ }),

/***/ 5044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ openPullRequest)
});

// UNUSED EXPORTS: pullRequestText

// EXTERNAL MODULE: ./packages/core/src/github/port.ts
var port = __webpack_require__(8770);
;// CONCATENATED MODULE: ./packages/core/src/text/neutralise.ts
/**
 * Text from outside (an issue anyone can open, a proposal the agent's job wrote) that we put into
 * a pull request's title, body or labels must not act: no `@user` or `@org/team` ping when GitHub
 * renders it, and no workflow command when a later step prints it (the runner reads any line that
 * starts with `::`, after blanks, as one). Both are broken without losing what the text says: a
 * mention is wrapped in backticks (GitHub does not ping inside code), and a leading `::` gets a
 * zero-width space between its colons.
 */
const MENTION = /(^|[^\w`@/])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?)/g;
const COMMAND = /^(\s*):(?=:)/gm;
function neutraliseMentions(text) {
    return text.replace(MENTION, (_m, before, name) => `${before}\`@${name}\``);
}
function neutraliseCommands(text) {
    return text.replace(COMMAND, "$1:\u200b");
}
function neutralise(text) {
    return neutraliseCommands(neutraliseMentions(text));
}
/** Cut to at most `max` characters (code points), marking the cut with an ellipsis. */
function capText(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join("") + "…";
}
/** One line: control characters and line breaks become spaces, runs of blanks one space. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
    const controls = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
    return text.replace(controls, " ").replace(/\s+/g, " ").trim();
}

// EXTERNAL MODULE: ./packages/core/src/speckit/naming.ts
var naming = __webpack_require__(2855);
;// CONCATENATED MODULE: ./packages/core/src/speckit/stages/pull-request.ts



/** GitHub's own limits: a title of 256 characters, a body of 65,536, a label name of 50. */
const MAX_TITLE = 256;
const MAX_BODY = 65_536;
const MAX_LABEL = 50;
const MAX_LABELS = 20;
/**
 * Stage 7, the pull request (FR-007): create it, or update the open one for the branch. A rerun
 * that pushed nothing (every product already on the branch) opens the pull request a failed run
 * could not (e.g. before "Allow GitHub Actions to create pull requests" was on), or reports the
 * open one. Returns what it did; undefined without GitHub (local use).
 */
async function openPullRequest(ctx) {
    const github = ctx.options.github;
    if (!github)
        return undefined;
    const { api, repo } = github;
    const branch = ctx.branch;
    const base = ctx.base;
    const head = `${repo.owner}:${branch}`;
    const record = (pr, created) => {
        ctx.record.pr = { number: pr.number, url: pr.htmlUrl, created };
    };
    if (!ctx.commit) {
        const open = await api.findOpenPull({ ...repo, head, base });
        if (open) {
            record(open, false);
            ctx.log(`pull request #${open.number} is open for ${branch}`);
            await ctx.changed();
            return "found";
        }
    }
    const { title, body, labels } = pullRequestText(ctx);
    let pr;
    let created = true;
    try {
        pr = await api.createPull({ ...repo, head: branch, base, title, body, draft: ctx.options.pr.draft });
    }
    catch (e) {
        if (!(e instanceof port.PullRequestExistsError))
            throw e;
        const open = await api.findOpenPull({ ...repo, head, base });
        if (!open)
            throw e;
        pr = await api.updatePull({ ...repo, number: open.number, title, body });
        created = false;
    }
    record(pr, created);
    ctx.log(`${created ? "opened" : "updated"} pull request #${pr.number}`);
    if (labels.length > 0)
        await api.addLabels({ ...repo, number: pr.number, labels });
    await ctx.changed();
    return created ? "opened" : "updated";
}
/**
 * The pull request's title, body and labels, the same in `mode: run` and `mode: publish` (which
 * builds them from the proposal's fields, ADR 0037): the request's text may come from anyone who
 * can open an issue, so every part is capped at GitHub's limits, and mentions and workflow
 * commands in it are neutralised (no `@org/team` ping, no `::set-output` line).
 */
function pullRequestText(ctx) {
    const branch = ctx.branch;
    const given = ctx.options.pr.title ? oneLine(ctx.options.pr.title) : "";
    const title = capText(neutralise(given || `Spec ${branch}: ${(0,naming/* describingLine */.rF)(ctx.options.specText).slice(0, 120) || branch}`), MAX_TITLE);
    const body = capText(neutralise(ctx.options.pr.body ?? pullBody(ctx)), MAX_BODY);
    const labels = [];
    for (const raw of ctx.options.pr.labels) {
        const label = capText(neutralise(oneLine(raw)), MAX_LABEL);
        if (label && !labels.includes(label) && labels.length < MAX_LABELS)
            labels.push(label);
    }
    return { title, body, labels };
}
function pullBody(ctx) {
    const branch = ctx.branch;
    const rows = ctx.phases.map((p) => `| ${p.phase} | ${p.status} | ${p.durationMs === undefined ? "" : `${(p.durationMs / 1000).toFixed(1)} s`} |`);
    const lines = [
        `Spec Kit run \`${ctx.runId}\` (agent: ${ctx.agent?.name ?? "unknown"}) for \`${branch}\`.`,
        "",
        `Files: [\`${ctx.featureDir}/\`](../blob/${branch}/${ctx.featureDir}/spec.md)`,
        "",
        "| phase | status | duration |",
        "| --- | --- | --- |",
        ...rows,
        "",
    ];
    if (ctx.installed)
        lines.push(`Spec Kit was not installed in the repository; this run installed it (${ctx.record.speckit?.installer ?? "specify"}).`, "");
    if (ctx.options.trigger?.number !== undefined)
        lines.push(`Requested in #${ctx.options.trigger.number}.`, "");
    lines.push("<!-- specpipe:speckit-run:pull -->");
    return lines.join("\n");
}


/***/ }),

/***/ 395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ pushCommit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3124);



/**
 * Stage 6, the push: the one git command after the agent ran that gets the token, in its own
 * environment only (an `http.extraheader` through GIT_CONFIG_COUNT), run over our git dir with no
 * hook, helper or config the agent could have written (ADR 0031). Every process of the agent's
 * user is gone by now; we make sure of it once more. `partial`: a checkpoint after a failed phase,
 * whose failure is a warning, not the run's error.
 */
async function pushCommit(ctx, commit, options = {}) {
    const branch = ctx.branch;
    if (!options.partial)
        ctx.checkCancel("before the push");
    await ctx.sandbox?.killAll();
    const pushed = await ctx.git.push("origin", [`${commit.sha}:refs/heads/${branch}`]);
    const stderr = ctx.redact(pushed.stderr.toString("utf8"));
    const status = {
        commit: commit.sha,
        branch,
        base: ctx.base,
        pushed: pushed.code === 0,
        ...(options.partial ? { partial: true } : {}),
        message: commit.message,
        push: stderr.trim(),
    };
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(ctx.ws.artifacts, "commit-status.json"), JSON.stringify(status, null, 2) + "\n");
    if (!ctx.record.artifacts.some((a) => a.kind === "commit_status"))
        ctx.record.artifacts.push({ kind: "commit_status", path: "commit-status.json" });
    if (pushed.code !== 0) {
        const error = (0,_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .pushFailed */ .EX)(ctx.options.repository, branch, stderr + ctx.redact(pushed.stdout.toString("utf8")));
        if (options.partial) {
            ctx.warn(`could not push the finished phases: ${error.message}`);
            return false;
        }
        throw error;
    }
    if (!options.partial)
        ctx.log(`pushed ${branch}`);
    await ctx.changed();
    return true;
}


/***/ }),

/***/ 481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initArgs: () => (/* binding */ initArgs),
  installCommands: () => (/* binding */ installCommands),
  parseSpeckitVersion: () => (/* binding */ parseSpeckitVersion),
  prepareSpeckit: () => (/* binding */ prepareSpeckit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/speckit/agent-process.ts
var agent_process = __webpack_require__(4670);
// EXTERNAL MODULE: ./packages/core/src/speckit/agents.ts
var agents = __webpack_require__(4337);
;// CONCATENATED MODULE: ./packages/core/src/speckit/config.ts



const CONFIG_FILE = ".specpipe/config.yml";
async function readSpeckitConfig(repoDir) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(external_node_path_.join(repoDir, CONFIG_FILE), "utf8");
    }
    catch {
        return {};
    }
    const { parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text);
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new errors.UserError(`${CONFIG_FILE} is not valid YAML: ${e.message.split("\n")[0]}`, {
            file: CONFIG_FILE,
            line: e.linePos?.[0]?.line,
            column: e.linePos?.[0]?.col,
            hint: "correct the YAML (speckit: { agent: codex })",
            code: "speckit.bad-config",
        });
    }
    const data = (doc.toJS() ?? {});
    const section = (data.speckit && typeof data.speckit === "object" ? data.speckit : {});
    const str = (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
    return { agent: str(section.agent), command: str(section["agent-command"]) };
}

// EXTERNAL MODULE: ./packages/core/src/speckit/failures.ts
var failures = __webpack_require__(3124);
// EXTERNAL MODULE: ./packages/core/src/speckit/layout.ts
var speckit_layout = __webpack_require__(9537);
;// CONCATENATED MODULE: ./packages/core/src/speckit/stages/speckit.ts








/**
 * Stage 2, Spec Kit (ADR 0032): the layout `specify init` left in the repository (command names,
 * numbering), or, when there is no `.specify/`, Spec Kit installed the way its docs say, by its
 * own CLI: `specify` from PATH, else `uvx --from specify-cli==<version>`, else
 * `pipx run --spec specify-cli==<version>`. The installer runs as the agent does (its user, its
 * environment without the agent's keys), in the work tree, so its files are committed with the
 * products.
 */
async function prepareSpeckit(ctx) {
    const { options, ws } = ctx;
    // FR-010: the agent from the input, SPECPIPE_AGENT or the repository's config.
    const agent = (0,agents.resolveAgent)({ ...options.agent, config: await readSpeckitConfig(ws.repo) });
    ctx.agent = agent;
    ctx.record.agent = { name: agent.name, source: agent.source };
    let layout = await (0,speckit_layout/* detectLayout */.ey)(ws.repo, agent.name, options.phases);
    let installer;
    if (!layout) {
        installer = await installSpeckit(ctx, agent.name);
        layout = await (0,speckit_layout/* detectLayout */.ey)(ws.repo, agent.name, options.phases);
        if (!layout) {
            throw new errors.UserError(`${installer} ran but left no .specify/ folder`, {
                hint: `read its output in the artifacts (install.stdout.log, install.stderr.log); or run the install yourself and commit .specify/: ${installCommands(agent.name, options.speckitVersion)}`,
                code: "speckit.install-failed",
            });
        }
        ctx.installed = true;
    }
    ctx.layout = layout;
    ctx.record.speckit = {
        generation: layout.generation,
        integration: layout.integration,
        version: layout.version,
        installed: ctx.installed,
        ...(installer ? { installer } : {}),
    };
    ctx.log(describe(layout, ctx.installed));
}
function describe(layout, installed) {
    const what = layout.generation === 1
        ? `Spec Kit ${layout.version ?? "1.x"} (${layout.integration ?? "no integration"})`
        : "Spec Kit 0.0.x (dotted commands)";
    return `${installed ? "installed" : "found"} ${what}; phases are invoked as ${layout.prefix}speckit${layout.separator}<phase>`;
}
/** A specify-cli version as pip takes it after `==` (1.0.1, 1.1.0rc1): nothing else reaches the installer. */
function parseSpeckitVersion(raw, fallback) {
    const v = (raw ?? "").trim();
    if (v === "")
        return fallback;
    if (/^\d+(\.\d+){0,3}([a-z]+\d*)?(\.(post|dev)\d+)?$/i.test(v))
        return v;
    throw new errors.UserError(`speckit-version "${raw}" is not a version`, {
        hint: `give a specify-cli release such as ${fallback}`,
        code: "speckit.bad-speckit-version",
    });
}
/** The integration `specify init` installs for an agent (agent: command has none). */
function integrationOf(agent) {
    return agent === "command" ? undefined : agent;
}
/** `specify init`'s arguments, with the flags of Spec Kit 1.x (`--ai` is gone). */
function initArgs(integration) {
    // --force: the clone is not empty, and init asks before writing into a non-empty folder.
    return ["init", "--here", "--force", "--integration", integration, "--script", "sh", "--ignore-agent-tools"];
}
/** The exact commands a person runs to install Spec Kit, for the errors. */
function installCommands(agent, version) {
    const args = initArgs(integrationOf(agent) ?? "<agent>").join(" ");
    return `\`uvx --from specify-cli==${version} specify ${args}\` or \`pipx run --spec specify-cli==${version} specify ${args}\``;
}
/** The first installer that is there: specify, uvx, pipx (on the agent's PATH). */
async function findInstaller(envPath, cwd, version) {
    const specify = await (0,agent_process/* findExecutable */.o)("specify", envPath, cwd);
    if (specify)
        return { file: specify, args: [], name: "specify" };
    const uvx = await (0,agent_process/* findExecutable */.o)("uvx", envPath, cwd);
    if (uvx)
        return { file: uvx, args: ["--from", `specify-cli==${version}`, "specify"], name: `uvx --from specify-cli==${version} specify` };
    const pipx = await (0,agent_process/* findExecutable */.o)("pipx", envPath, cwd);
    if (pipx)
        return {
            file: pipx,
            args: ["run", "--spec", `specify-cli==${version}`, "specify"],
            name: `pipx run --spec specify-cli==${version} specify`,
        };
    return undefined;
}
async function installSpeckit(ctx, agent) {
    const { options, ws } = ctx;
    const integration = integrationOf(agent);
    const notInstalled = (why) => new errors.UserError(`${options.repository} (branch ${ctx.base}) has no .specify/ folder: Spec Kit is not installed there, and ${why}`, {
        hint: `install Spec Kit before this step (uv or pipx; GitHub-hosted runners have pipx), or run ${installCommands(agent, options.speckitVersion)} in the repository, commit .specify/ and the agent's folder, and run again`,
        code: "speckit.not-initialised",
    });
    if (!integration)
        throw notInstalled("agent: command names no Spec Kit integration to install");
    // The installer gets what the agent gets, without the agent's keys: it needs none.
    const { env } = (0,agents.agentEnvironment)({ parentEnv: options.parentEnv ?? process.env, allowed: [], home: ws.home, tmp: ws.tmp });
    const installer = await findInstaller(env.PATH, ws.repo, options.speckitVersion);
    if (!installer)
        throw notInstalled("none of specify, uvx or pipx is on PATH to install it");
    ctx.checkCancel("before installing Spec Kit");
    ctx.log(`installing Spec Kit: ${installer.name} ${initArgs(integration).join(" ")}`);
    const sandbox = ctx.sandbox;
    const cmd = sandbox.wrap(installer.file, [...installer.args, ...initArgs(integration)], env.PATH);
    const res = await (0,agent_process/* runAgentProcess */.C)({
        file: cmd.file,
        args: cmd.args,
        cwd: ws.repo,
        env,
        stdoutFile: external_node_path_.join(ws.artifacts, "install.stdout.log"),
        stderrFile: external_node_path_.join(ws.artifacts, "install.stderr.log"),
        timeoutMs: options.phaseTimeoutMs,
        signal: options.signal,
    });
    await sandbox.killAll();
    await sandbox.take([ws.repo]);
    await sandbox.give([ws.repo]);
    ctx.record.artifacts.push({ kind: "install_log", path: "install.stdout.log" }, { kind: "install_log", path: "install.stderr.log" });
    if (res.cancelled)
        throw new failures/* RunCancelled */.zL("while installing Spec Kit");
    if (res.exitCode !== 0) {
        const stderr = await external_node_fs_.promises.readFile(external_node_path_.join(ws.artifacts, "install.stderr.log"), "utf8").catch(() => "");
        throw new errors.UserError(`installing Spec Kit failed (${installer.name} ${initArgs(integration).join(" ")}): ${res.timedOut ? "timed out" : `exit code ${res.exitCode ?? res.signal}`}: ${(0,failures/* lastLines */.w$)(stderr)}`, {
            hint: `read install.stderr.log in the artifacts; or run ${installCommands(agent, options.speckitVersion)} in the repository yourself, commit what it adds, and run again`,
            code: "speckit.install-failed",
        });
    }
    return installer.name;
}


/***/ }),

/***/ 4443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ teardown)
/* harmony export */ });
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5150);

/**
 * Stage 8, teardown, whatever happened before: every process of the agent's user killed, a
 * checkout's credential files given their modes back, its user deleted, the workspace removed (the clone, the agent's HOME and TMPDIR, our git dir; the
 * artifacts stay), the cleanup recorded, the progress comment brought up to date.
 */
async function teardown(ctx) {
    const errors = [];
    try {
        await ctx.sandbox?.killAll();
    }
    catch (e) {
        errors.push(e.message);
    }
    await ctx.hidden?.restore();
    let removed = [];
    try {
        removed = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .removeWorkspace */ .qh)(ctx.ws, ctx.sandbox ? (dirs) => ctx.sandbox.remove(dirs) : undefined);
    }
    catch (e) {
        errors.push(e.message);
    }
    try {
        await ctx.sandbox?.close();
    }
    catch (e) {
        errors.push(e.message);
    }
    ctx.record.cleanup = {
        ok: errors.length === 0,
        at: ctx.rec.now(),
        by: "main",
        removed,
        ...(errors.length ? { error: errors.join("; ") } : {}),
    };
    ctx.rec.event("cleanup", { ...ctx.record.cleanup });
    await ctx.rec.save();
    await ctx.progress?.update(ctx.record);
}


/***/ }),

/***/ 5150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   qh: () => (/* binding */ removeWorkspace),
/* harmony export */   sK: () => (/* binding */ createWorkspace)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/** `sr-20260101T120000Z-1a2b3c4d`: sortable by time, unique by its random part. */
function newRunId(now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z");
    return `sr-${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString("hex")}`;
}
/**
 * `shared`: another user (the agent's) must reach repo/, home/ and tmp/. When some folder above the
 * workspace is closed to other users (a 0700 RUNNER_TEMP), those three go to a folder of their own
 * in the system temp folder instead; git/ and artifacts/ stay where they are.
 */
async function createWorkspace(root, runId, artifactsDir, shared = false) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(root), `speckit-${runId}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true, mode: 0o700 });
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(dir, shared ? 0o711 : 0o700);
    let agentRoot;
    if (shared && !(await reachableByOthers(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(dir)))) {
        agentRoot = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_3__.join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `specpipe-agent-${runId.slice(-8)}-`));
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(agentRoot, 0o711);
    }
    const base = agentRoot ?? dir;
    const ws = {
        runId,
        dir,
        git: node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, "git"),
        repo: node_path__WEBPACK_IMPORTED_MODULE_3__.join(base, "repo"),
        home: node_path__WEBPACK_IMPORTED_MODULE_3__.join(base, "home"),
        tmp: node_path__WEBPACK_IMPORTED_MODULE_3__.join(base, "tmp"),
        artifacts: artifactsDir ? node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(artifactsDir) : node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, "artifacts"),
        ...(agentRoot ? { agentRoot } : {}),
    };
    // repo/ and git/ are made by git clone.
    await Promise.all([ws.home, ws.tmp, ws.artifacts].map((d) => node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(d, { recursive: true, mode: 0o700 })));
    return ws;
}
/** Whether every folder from `dir` up to `/` lets other users through (o+x). */
async function reachableByOthers(dir) {
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(dir);; d = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(d)) {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(d).catch(() => undefined);
        if (!st || (st.mode & 0o001) === 0)
            return false;
        if (node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(d) === d)
            return true;
    }
}
/**
 * Remove the clone, the home, the temp folder (where credentials could be) and our git dir; keep
 * the artifacts. Returns what was removed. Safe to call twice (the post step calls it again).
 * `remove` removes folders the agent may have filled with anything (root or sudo, see Sandbox).
 */
async function removeWorkspace(ws, remove = async (dirs) => {
    for (const d of dirs)
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(d, { recursive: true, force: true, maxRetries: 3 });
}) {
    const removed = [];
    for (const d of [ws.repo, ws.home, ws.tmp, ws.git]) {
        if (!d)
            continue;
        const there = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises
            .lstat(d)
            .then(() => true)
            .catch(() => false);
        if (!there)
            continue;
        await remove([d]);
        removed.push(d);
    }
    // The folders themselves, unless the artifacts live in them.
    for (const d of [ws.agentRoot, ws.dir]) {
        if (!d)
            continue;
        const artifactsInside = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ws.artifacts).startsWith(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(d) + node_path__WEBPACK_IMPORTED_MODULE_3__.sep);
        if (artifactsInside)
            continue;
        const left = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(d).catch(() => undefined);
        if (left && left.length === 0) {
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rmdir(d).catch(() => { });
            removed.push(d);
        }
    }
    return removed;
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
