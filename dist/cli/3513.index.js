export const id = 3513;
export const ids = [3513,330,8958,2600,4313,9357,8506,7781];
export const modules = {

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ readIfExists),
/* harmony export */   UG: () => (/* binding */ writeTemp),
/* harmony export */   jH: () => (/* binding */ removeStaleTemps),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export tempName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _pid_alive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6748);




/**
 * Write a file atomically: a temporary file in the same folder (same file system, so rename is
 * atomic), flushed, then renamed over the target. A crash leaves either the old or the new
 * content, never half of one. The file's mode is kept when it exists.
 */
async function writeFileAtomic(file, data) {
    const tmp = await writeTemp(file, data);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, file);
    }
    catch (e) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw e;
    }
}
/** `.<file>.<pid>.<8 hex>.tmp`: the temporary file of an atomic write, next to its target. */
function tempName(base, pid, rand) {
    return `.${base}.${pid}.${rand}.tmp`;
}
function isTempOf(name, base) {
    const prefix = `.${base}.`;
    if (!name.startsWith(prefix) || !name.endsWith(".tmp"))
        return undefined;
    // Earlier versions wrote `.<file>.<pid>.tmp`, without the random part.
    const m = /^(\d+)(?:\.[0-9a-f]{8})?\.tmp$/.exec(name.slice(prefix.length));
    return m ? Number(m[1]) : undefined;
}
/** A write takes milliseconds: a temp file this old is left over even when its pid is reused. */
const STALE_MS = 10 * 60 * 1000;
/**
 * Remove the temporary files that a killed run left next to `file`: only regular files named by
 * our own pattern for this very file, whose writer is gone (or that are older than any write
 * takes). Returns the names removed.
 */
async function removeStaleTemps(file, now = Date.now()) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    const base = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file);
    let names;
    try {
        names = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(dir);
    }
    catch (e) {
        if (e.code === "ENOENT" || e.code === "ENOTDIR")
            return [];
        throw e;
    }
    const removed = [];
    for (const name of names) {
        const pid = isTempOf(name, base);
        if (pid === undefined || pid === process.pid)
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(full).catch(() => undefined);
        if (!st?.isFile())
            continue;
        if ((0,_pid_alive_js__WEBPACK_IMPORTED_MODULE_3__/* .pidAlive */ .p)(pid) && now - st.mtimeMs < STALE_MS)
            continue;
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(full, { force: true });
        removed.push(name);
    }
    return removed;
}
/** Step one of an atomic write, for callers that write several files together. */
async function writeTemp(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, tempName(node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file), process.pid, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString("hex")));
    let mode;
    try {
        mode = (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(file)).mode & 0o7777;
    }
    catch {
        mode = undefined;
    }
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmp, "wx", mode ?? 0o666);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (e) {
        await handle.close();
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw e;
    }
    await handle.close();
    if (mode !== undefined)
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(tmp, mode);
    return tmp;
}
/** Read a file, or undefined when it does not exist. */
async function readIfExists(file) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file);
    }
    catch (e) {
        if (e.code === "ENOENT")
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 6748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ pidAlive)
/* harmony export */ });
/**
 * Whether a process of this machine with that id still runs: signal 0 is delivered to nobody and
 * only asks. EPERM means it runs as another user. Used to tell the leftovers of a killed run (its
 * temp files, its lock) from those of a run still at work.
 */
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === "EPERM";
    }
}


/***/ }),

/***/ 8958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPlan: () => (/* binding */ applyPlan),
/* harmony export */   planDiff: () => (/* binding */ planDiff),
/* harmony export */   planEdit: () => (/* binding */ planEdit),
/* harmony export */   totalBytes: () => (/* binding */ totalBytes),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4444);




function planEdit(root, file, before, after, reasons) {
    if (before !== null && before.equals(after))
        return undefined;
    return {
        path: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file),
        displayPath: node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"),
        before,
        after,
        reasons,
    };
}
/** The unified diff of one edit, `a/` and `b/` prefixed as git shows it. */
async function unifiedDiff(edit) {
    const { createTwoFilesPatch } = await __webpack_require__.e(/* import() */ 4023).then(__webpack_require__.bind(__webpack_require__, 4023));
    const oldName = edit.before === null ? "/dev/null" : `a/${edit.displayPath}`;
    const newName = `b/${edit.displayPath}`;
    const patch = createTwoFilesPatch(oldName, newName, edit.before?.toString("utf8") ?? "", edit.after.toString("utf8"), "", "", {
        context: 3,
    });
    // jsdiff writes an "Index:" banner and "===" line first; git-style diffs start at "---".
    const start = patch.indexOf("--- ");
    return (start >= 0 ? patch.slice(start) : patch).replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}
async function planDiff(plan) {
    const parts = await Promise.all(plan.edits.map(unifiedDiff));
    return parts.join("");
}
/**
 * Apply a plan: all temporary files are written first, then renamed one after another, so a
 * failure while writing leaves every target untouched. Before renaming, each target is checked
 * to still hold the bytes the plan was made from; if someone changed it meanwhile we stop.
 */
async function applyPlan(plan) {
    const temps = [];
    try {
        for (const edit of plan.edits) {
            const now = (await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)(edit.path)) ?? null;
            const same = now === null ? edit.before === null : edit.before !== null && now.equals(edit.before);
            if (!same) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${edit.displayPath} changed while specpipe was working on it`, {
                    file: edit.displayPath,
                    hint: "run again; nothing was written",
                    code: "plan.concurrent-change",
                });
            }
            temps.push({ tmp: await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTemp */ .UG)(edit.path, edit.after), target: edit.path });
        }
    }
    catch (e) {
        await Promise.all(temps.map((t) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(t.tmp, { force: true })));
        throw e;
    }
    for (const t of temps)
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(t.tmp, t.target);
}
function totalBytes(plan) {
    return plan.edits.reduce((n, e) => n + e.after.length, 0);
}


/***/ }),

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   GitError: () => (/* binding */ GitError),
/* harmony export */   gitUserError: () => (/* binding */ gitUserError),
/* harmony export */   identityEnv: () => (/* binding */ identityEnv),
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

/***/ 188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ pushRefused),
/* harmony export */   j: () => (/* binding */ pushWithRebase)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(330);


async function pushWithRebase(git, options) {
    const remote = options.remote ?? "origin";
    const branch = options.branch;
    const tries = options.tries ?? 3;
    const t = options.texts ?? {};
    const subject = t.subject ?? `git push to ${remote}/${branch}`;
    for (let attempt = 1; attempt <= tries; attempt++) {
        const r = await git.push(remote, [`HEAD:refs/heads/${branch}`]);
        if (r.code === 0)
            return { attempts: attempt };
        const race = (0,_git_js__WEBPACK_IMPORTED_MODULE_1__.isNonFastForward)(r);
        if (!race || attempt === tries)
            throw pushRefused(r, remote, subject, t, race ? tries : undefined);
        // An explicit refspec: a single-branch clone (actions/checkout) may not fetch this ref by default.
        await git.fetch(remote, [`refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
        const rebase = await git.raw(["rebase", "--quiet", `${remote}/${branch}`]);
        if (rebase.code !== 0) {
            await git.raw(["rebase", "--abort"]);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(t.conflictMessage ?? `could not rebase onto ${remote}/${branch}: ${rebase.stderr.toString().trim()}`, {
                hint: t.conflictHint ?? "someone changed the same lines meanwhile; run the step again",
                code: t.conflictCode ?? "git.rebase-conflict",
            });
        }
    }
    throw new Error("internal: pushWithRebase left its loop without a result");
}
/**
 * Why a push failed, as one line with the fix: the remote could not be reached (URL, network:
 * gitUserError's words), it refused us (permissions, branch protection), or it kept moving on
 * (`raceTries`: how many times we tried).
 */
function pushRefused(r, remote, subject, t = {}, raceTries) {
    const stderr = r.stderr.toString();
    const detail = (stderr || r.stdout.toString()).trim().split("\n").slice(-2).join(" ");
    const denied = /returned error: 40[13]|permission to .* denied|denied to|protected branch|\[remote rejected\]/i.test(stderr + r.stdout.toString());
    if (raceTries === undefined && !denied) {
        const unreachable = (0,_git_js__WEBPACK_IMPORTED_MODULE_1__.gitUserError)(new _git_js__WEBPACK_IMPORTED_MODULE_1__.GitError(["push", remote], r.code, stderr, r.stdout.toString()));
        if (unreachable)
            return unreachable;
    }
    const race = raceTries !== undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${subject} ${race ? `was still rejected after ${raceTries} tries` : "was refused"}: ${detail}`, {
        hint: t.failedHint ??
            (race
                ? "the branch is moving fast; run the step again, or serialise the workflows with a `concurrency:` group"
                : "give the workflow `permissions: contents: write` (and check branch protection rules that block pushes from Actions)"),
        code: t.failedCode ?? (race ? "git.push-retries" : "git.push-denied"),
    });
}


/***/ }),

/***/ 8757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UL: () => (/* binding */ splitCells),
/* harmony export */   gM: () => (/* binding */ scanBlocks),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export splitLines */
/**
 * A line scanner for the Markdown block structure specpipe edits: headings (ATX and setext),
 * GFM tables with their rows and cells, and the regions that hide them (fenced and indented code,
 * HTML comments). It returns source offsets into the string it was given, for splicing.
 *
 * Why not remark on this path: remark-parse + remark-gfm needs ~300 ms for a 1,000-row table and
 * ~1.9 s for 10,000 rows on the machines we measure on, against a whole-run budget of ~160 ms
 * (see docs/adr, "Markdown block scanner"). remark-parse + remark-gfm stays the reference: property
 * tests (blocks.test.ts) generate documents and require this scanner to find exactly the
 * headings and tables, at exactly the offsets, that remark finds.
 *
 * Scope: top-level blocks. A table inside a list item or block quote is not a coverage table.
 */
function splitLines(text) {
    const lines = [];
    let start = 0;
    for (;;) {
        const nl = text.indexOf("\n", start);
        if (nl === -1) {
            if (start < text.length || lines.length === 0 || start === text.length) {
                if (start < text.length)
                    lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
            }
            break;
        }
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        lines.push({ start, end, next: nl + 1, text: text.slice(start, end) });
        start = nl + 1;
    }
    return lines;
}
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLOCKQUOTE = /^ {0,3}>/;
const HTML_START = /^ {0,3}<(?:!--|[A-Za-z/?!])/;
function isBlank(s) {
    return /^[ \t]*$/.test(s);
}
function indentWidth(s) {
    let w = 0;
    for (const ch of s) {
        if (ch === " ")
            w++;
        else if (ch === "\t")
            w += 4 - (w % 4);
        else
            break;
    }
    return w;
}
/** Split a table line into cells with offsets; `offset` is the line's start in the document. */
function splitCells(lineText, offset) {
    let i = 0;
    const n = lineText.length;
    while (i < n && (lineText[i] === " " || lineText[i] === "\t"))
        i++;
    let end = n;
    while (end > i && (lineText[end - 1] === " " || lineText[end - 1] === "\t"))
        end--;
    if (lineText[i] === "|")
        i++;
    // A trailing pipe closes the row unless it is escaped.
    if (end > i && lineText[end - 1] === "|" && !isEscaped(lineText, end - 1))
        end--;
    const cells = [];
    let cellStart = i;
    for (let j = i; j <= end; j++) {
        if (j === end || (lineText[j] === "|" && !isEscaped(lineText, j))) {
            let a = cellStart;
            let b = j;
            while (a < b && (lineText[a] === " " || lineText[a] === "\t"))
                a++;
            while (b > a && (lineText[b - 1] === " " || lineText[b - 1] === "\t"))
                b--;
            cells.push({ text: lineText.slice(a, b), start: offset + a, end: offset + b });
            cellStart = j + 1;
        }
    }
    return cells;
}
function isEscaped(s, at) {
    let backslashes = 0;
    for (let k = at - 1; k >= 0 && s[k] === "\\"; k--)
        backslashes++;
    return backslashes % 2 === 1;
}
const DELIM_CELL = /^:?-+:?$/;
function delimiterColumns(line) {
    if (!line.includes("-"))
        return 0;
    const t = line.trim();
    // A delimiter row needs a pipe unless it has more than one cell (GFM: "|" or ":---|---").
    const cells = splitCells(line, 0);
    if (cells.length === 0)
        return 0;
    for (const c of cells)
        if (!DELIM_CELL.test(c.text))
            return 0;
    if (cells.length === 1 && !t.includes("|"))
        return 0;
    return cells.length;
}
function interruptsTable(text) {
    return (isBlank(text) ||
        ATX.test(text) ||
        FENCE_OPEN.test(text) ||
        BLOCKQUOTE.test(text) ||
        THEMATIC.test(text) ||
        LIST_ITEM.test(text) ||
        HTML_START.test(text) ||
        indentWidth(text) >= 4);
}
function scanBlocks(text) {
    const lines = splitLines(text);
    const headings = [];
    const tables = [];
    let paragraphStart = -1; // index of the first line of the open paragraph, -1 when none
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const t = line.text;
        if (isBlank(t)) {
            paragraphStart = -1;
            i++;
            continue;
        }
        // Indented code: only where it cannot be a paragraph continuation.
        if (paragraphStart === -1 && indentWidth(t) >= 4) {
            i++;
            continue;
        }
        const fence = FENCE_OPEN.exec(t);
        if (fence && !(fence[1][0] === "`" && fence[2].includes("`"))) {
            const ch = fence[1][0];
            const len = fence[1].length;
            const close = new RegExp(`^ {0,3}${ch === "`" ? "`" : "~"}{${len},}[ \\t]*$`);
            i++;
            while (i < lines.length && !close.test(lines[i].text))
                i++;
            i++; // the closing fence (or past the end)
            paragraphStart = -1;
            continue;
        }
        // An HTML comment block (CommonMark HTML block type 2) may interrupt a paragraph.
        if (/^ {0,3}<!--/.test(t)) {
            // An HTML comment block runs to the line holding "-->".
            while (i < lines.length && !lines[i].text.includes("-->", lines[i] === line ? t.indexOf("<!--") + 4 : 0))
                i++;
            i++;
            // HTML blocks end at a blank line too, but a comment block runs to its end marker.
            paragraphStart = -1;
            continue;
        }
        const atx = ATX.exec(t);
        if (atx) {
            headings.push({ level: atx[1].length, text: (atx[2] ?? "").trim(), line: i, lastLine: i, start: line.start, end: line.end });
            paragraphStart = -1;
            i++;
            continue;
        }
        if (paragraphStart !== -1) {
            const setext = SETEXT.exec(t);
            if (setext) {
                const first = lines[paragraphStart];
                const content = lines
                    .slice(paragraphStart, i)
                    .map((l) => l.text.trim())
                    .join("\n");
                headings.push({
                    level: setext[1][0] === "=" ? 1 : 2,
                    text: content,
                    line: paragraphStart,
                    lastLine: i,
                    start: first.start,
                    end: line.end,
                });
                paragraphStart = -1;
                i++;
                continue;
            }
        }
        if (THEMATIC.test(t) && !(paragraphStart !== -1 && SETEXT.test(t))) {
            paragraphStart = -1;
            i++;
            continue;
        }
        const listItem = LIST_ITEM.exec(t);
        if (listItem || BLOCKQUOTE.test(t)) {
            // A container we do not look into. It owns its lazy continuation lines (no heading or table
            // starts there) and, after a blank line, the lines indented to its content column.
            const contentIndent = listItem ? Math.max(listItem[0].length, indentWidth(t) + 2) : Infinity;
            i++;
            for (;;) {
                while (i < lines.length &&
                    !isBlank(lines[i].text) &&
                    !ATX.test(lines[i].text) &&
                    !FENCE_OPEN.test(lines[i].text) &&
                    !THEMATIC.test(lines[i].text) &&
                    !/^ {0,3}<!--/.test(lines[i].text)) {
                    if (listItem && LIST_ITEM.test(lines[i].text) && indentWidth(lines[i].text) < contentIndent) {
                        i++; // the next item of the same list
                        continue;
                    }
                    i++;
                }
                // After blank lines, indented text continues a list item; anything else ends it.
                let k = i;
                while (k < lines.length && isBlank(lines[k].text))
                    k++;
                if (listItem &&
                    k > i &&
                    k < lines.length &&
                    (indentWidth(lines[k].text) >= contentIndent || (LIST_ITEM.test(lines[k].text) && indentWidth(lines[k].text) < 4))) {
                    i = k;
                    continue;
                }
                break;
            }
            paragraphStart = -1;
            continue;
        }
        // A table: this line is the header row, the next is a delimiter row with as many cells.
        // (micromark-extension-gfm-table lets a table interrupt a paragraph.)
        if (i + 1 < lines.length && t.includes("|") && indentWidth(t) < 4 && indentWidth(lines[i + 1].text) < 4) {
            const cols = delimiterColumns(lines[i + 1].text);
            const header = splitCells(t, line.start);
            if (cols > 0 && header.length === cols) {
                const table = {
                    header: { line: i, start: line.start, end: line.end, cells: header },
                    delimiterLine: i + 1,
                    rows: [],
                    columns: cols,
                    start: line.start,
                    end: lines[i + 1].end,
                    lastLine: i + 1,
                };
                let j = i + 2;
                while (j < lines.length && !interruptsTable(lines[j].text)) {
                    const l = lines[j];
                    table.rows.push({ line: j, start: l.start, end: l.end, cells: splitCells(l.text, l.start) });
                    table.end = l.end;
                    table.lastLine = j;
                    j++;
                }
                tables.push(table);
                i = j;
                paragraphStart = -1;
                continue;
            }
        }
        if (paragraphStart === -1)
            paragraphStart = i;
        i++;
    }
    return { lines, headings, tables };
}
/** Heading text as a person reads it: inline markup (emphasis, code, links) reduced to text. */
function plainText(markdown) {
    return markdown
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, "$1")
        .replace(/`([^`]*)`/g, "$1")
        .replace(/(\*\*|__)(.*?)\1/g, "$2")
        .replace(/(\*|_)(.*?)\1/g, "$2")
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1")
        .trim();
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

/***/ 7781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseJUnit: () => (/* binding */ parseJUnit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4916);


/** Parse one JUnit XML document. `file` names it in errors. Throws UserError when malformed. */
function parseJUnit(xml, file) {
    const cases = [];
    const suiteFiles = [];
    let current;
    let depthInCase = 0;
    let sawRoot = false;
    if (xml.charCodeAt(0) === 0xfeff)
        xml = xml.slice(1);
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .scanXml */ .F)(xml, file, {
        open(name, attrs) {
            if (current) {
                depthInCase++;
                if (name === "failure" || name === "error")
                    current.status = "failed";
                else if (name === "skipped" && current.status !== "failed")
                    current.status = "skipped";
                return;
            }
            if (name === "testsuite" || name === "testsuites") {
                sawRoot = true;
                if (name === "testsuite") {
                    // scanXml calls close() for a self-closing tag too, which pops this again.
                    const inherited = suiteFiles.length ? suiteFiles[suiteFiles.length - 1] : undefined;
                    suiteFiles.push(attrs.file ?? inherited);
                }
                return;
            }
            if (name === "testcase") {
                sawRoot = true;
                const inherited = suiteFiles.length ? suiteFiles[suiteFiles.length - 1] : undefined;
                const tc = { name: attrs.name ?? "", classname: attrs.classname ?? "", status: "passed" };
                const f = attrs.file ?? inherited;
                if (f !== undefined)
                    tc.file = f;
                cases.push(tc);
                // A self-closing <testcase/> gets its close() at once, which ends it again.
                current = tc;
                depthInCase = 0;
            }
        },
        close(name) {
            if (current) {
                if (depthInCase === 0 && name === "testcase")
                    current = undefined;
                else
                    depthInCase--;
                return;
            }
            if (name === "testsuite")
                suiteFiles.pop();
        },
    });
    if (!sawRoot) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file} is not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)`, {
            file,
            hint: "point the tests condition at the JUnit XML your test runner writes, e.g. vitest --reporter=junit --outputFile=reports/junit.xml",
            code: "junit.not-junit",
        });
    }
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const c of cases) {
        if (c.status === "passed")
            passed++;
        else if (c.status === "failed")
            failed++;
        else
            skipped++;
    }
    return { total: cases.length, passed, failed, skipped, cases };
}


/***/ }),

/***/ 4916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ scanXml)
/* harmony export */ });
/* unused harmony export decodeEntities */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2600);


const NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(text) {
    if (!text.includes("&"))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
        if (e[0] === "#") {
            const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
        }
        return NAMED[e] ?? m;
    });
}
function xmlError(text, file, offset, what, code) {
    const { line, column } = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, offset);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file} is not well-formed XML: ${what}`, {
        file,
        line,
        column,
        hint: "regenerate the report with the test or coverage tool; a truncated or hand-edited report cannot be read",
        code,
    });
}
const NAME_END = /[\s/>]/;
function scanXml(text, file, visitor) {
    const stack = [];
    const n = text.length;
    let i = text.indexOf("<");
    while (i !== -1 && i < n) {
        const c = text.charCodeAt(i + 1);
        if (c === 33 /* ! */) {
            if (text.startsWith("<!--", i)) {
                const end = text.indexOf("-->", i + 4);
                if (end === -1)
                    throw xmlError(text, file, i, "a comment is not closed", "xml.unclosed-comment");
                i = text.indexOf("<", end + 3);
                continue;
            }
            if (text.startsWith("<![CDATA[", i)) {
                const end = text.indexOf("]]>", i + 9);
                if (end === -1)
                    throw xmlError(text, file, i, "a CDATA section is not closed", "xml.unclosed-cdata");
                i = text.indexOf("<", end + 3);
                continue;
            }
            // <!DOCTYPE ...> (possibly with an internal subset in brackets)
            let j = i + 2;
            let depth = 0;
            for (; j < n; j++) {
                const ch = text[j];
                if (ch === "[")
                    depth++;
                else if (ch === "]")
                    depth--;
                else if (ch === ">" && depth <= 0)
                    break;
            }
            if (j >= n)
                throw xmlError(text, file, i, "a declaration is not closed", "xml.unclosed-declaration");
            i = text.indexOf("<", j + 1);
            continue;
        }
        if (c === 63 /* ? */) {
            const end = text.indexOf("?>", i + 2);
            if (end === -1)
                throw xmlError(text, file, i, "a processing instruction is not closed", "xml.unclosed-pi");
            i = text.indexOf("<", end + 2);
            continue;
        }
        if (c === 47 /* / */) {
            const end = text.indexOf(">", i + 2);
            if (end === -1)
                throw xmlError(text, file, i, "an end tag is not closed", "xml.unclosed-tag");
            const name = text.slice(i + 2, end).trim();
            const top = stack.pop();
            if (top !== name) {
                throw xmlError(text, file, i, top === undefined ? `</${name}> has no start tag` : `</${name}> closes <${top}>`, "xml.mismatched-tag");
            }
            visitor.close?.(name);
            i = text.indexOf("<", end + 1);
            continue;
        }
        // Start tag: name, then attributes; quoted values may contain ">".
        let j = i + 1;
        while (j < n && !NAME_END.test(text[j]))
            j++;
        const name = text.slice(i + 1, j);
        if (name === "")
            throw xmlError(text, file, i, 'a "<" does not start a tag', "xml.bad-tag");
        const attrs = {};
        let selfClosing = false;
        for (;;) {
            while (j < n && /\s/.test(text[j]))
                j++;
            if (j >= n)
                throw xmlError(text, file, i, `<${name}> is not closed`, "xml.unclosed-tag");
            const ch = text[j];
            if (ch === ">") {
                j++;
                break;
            }
            if (ch === "/" && text[j + 1] === ">") {
                selfClosing = true;
                j += 2;
                break;
            }
            const eq = text.indexOf("=", j);
            if (eq === -1)
                throw xmlError(text, file, j, `an attribute of <${name}> has no value`, "xml.bad-attribute");
            const key = text.slice(j, eq).trim();
            let q = eq + 1;
            while (q < n && /\s/.test(text[q]))
                q++;
            const quote = text[q];
            if (quote !== '"' && quote !== "'")
                throw xmlError(text, file, q, `the value of ${key} in <${name}> is not quoted`, "xml.bad-attribute");
            const close = text.indexOf(quote, q + 1);
            if (close === -1)
                throw xmlError(text, file, q, `the value of ${key} in <${name}> is not closed`, "xml.bad-attribute");
            attrs[key] = decodeEntities(text.slice(q + 1, close));
            j = close + 1;
        }
        visitor.open(name, attrs, selfClosing, i);
        if (!selfClosing)
            stack.push(name);
        else
            visitor.close?.(name);
        i = text.indexOf("<", j);
    }
    if (stack.length > 0)
        throw xmlError(text, file, text.length, `<${stack[stack.length - 1]}> is not closed (the file ends first)`, "xml.truncated");
}


/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   Ft: () => (/* binding */ DEFAULT_SPEC_PATHS),
/* harmony export */   computeSpecHash: () => (/* binding */ computeSpecHash),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   hashSpecContents: () => (/* binding */ hashSpecContents),
/* harmony export */   rj: () => (/* binding */ EMPTY_SPEC_HASH)
/* harmony export */ });
/* unused harmony exports SHORT_LENGTH, normaliseSpecBytes, listSpecFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const SHORT_LENGTH = 12;
const DEFAULT_SPEC_PATHS = ["docs/spec.md"];
function normaliseSpecBytes(content) {
    let buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        buf = buf.subarray(3);
    if (buf.indexOf(0x0d) === -1)
        return buf;
    const out = Buffer.allocUnsafe(buf.length);
    let n = 0;
    for (let i = 0; i < buf.length; i++) {
        const b = buf[i];
        if (b === 0x0d && buf[i + 1] === 0x0a)
            continue;
        out[n++] = b;
    }
    return out.subarray(0, n);
}
function toHash(full) {
    return { full, short: full.slice(0, SHORT_LENGTH) };
}
/** Pure: the hash of spec files given with their repository-relative paths. */
function hashSpecContents(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    if (files.length === 1) {
        h.update(normaliseSpecBytes(files[0].content));
        return toHash(h.digest("hex"));
    }
    const sorted = files
        .map((f) => ({ key: Buffer.from(f.path.split("\\").join("/"), "utf8"), content: f.content }))
        .sort((a, b) => Buffer.compare(a.key, b.key));
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i - 1].key.equals(sorted[i].key))
            throw new Error(`internal: spec file ${sorted[i].key.toString()} given twice`);
    }
    for (const f of sorted) {
        const body = normaliseSpecBytes(f.content);
        h.update(f.key);
        h.update(Buffer.from(`\0${body.length}\0`, "latin1"));
        h.update(body);
    }
    return toHash(h.digest("hex"));
}
/** The hash of no spec files at all (the spec does not exist yet). */
const EMPTY_SPEC_HASH = hashSpecContents([]);
/** True when `value` (a trailer value) names `hash`: a hex prefix of at least 12 digits, any case. */
function hashMatches(value, hash) {
    const v = value.trim().toLowerCase();
    return /^[0-9a-f]{12,64}$/.test(v) && hash.full.startsWith(v);
}
function isGlob(pattern) {
    return /[*?[\]{}()!]/.test(pattern);
}
/**
 * The repository-relative files the spec consists of, sorted, and the paths that match nothing
 * (literal paths that do not exist, globs without a match). Patterns are checked by
 * spec/paths.ts's checkSpecPattern first (no absolute path, no '..'); symlinks are not followed.
 */
async function listSpecFiles(root, paths = DEFAULT_SPEC_PATHS) {
    const found = new Set();
    const missing = [];
    const { checkSpecPattern } = await __webpack_require__.e(/* import() */ 4649).then(__webpack_require__.bind(__webpack_require__, 4649));
    for (const raw of paths) {
        const rel = checkSpecPattern(raw, "spec path");
        if (isGlob(rel)) {
            const { globFiles } = await __webpack_require__.e(/* import() */ 5583).then(__webpack_require__.bind(__webpack_require__, 5583));
            const matched = await globFiles(root, rel);
            if (matched.length === 0)
                missing.push(raw);
            for (const f of matched)
                found.add(f);
        }
        else {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel)).catch(() => undefined);
            if (st?.isFile() || st?.isSymbolicLink())
                found.add(rel);
            else
                missing.push(raw);
        }
    }
    return { files: [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))), missing };
}
/**
 * The hash of the spec in a work tree. Files are read without following symlinks (a spec that is
 * a link to /proc/self/environ would hash, and print, the job's secrets); `missing` lists the
 * paths that matched nothing (callers that require the spec turn it into missingSpecError).
 */
async function computeSpecHash(options) {
    const { files, missing } = await listSpecFiles(options.root, options.paths && options.paths.length ? options.paths : DEFAULT_SPEC_PATHS);
    const { insideWorkspace, readRegularFile } = await __webpack_require__.e(/* import() */ 3680).then(__webpack_require__.bind(__webpack_require__, 3680));
    const contents = await Promise.all(files.map(async (f) => {
        const at = await insideWorkspace(options.root, f, { what: "spec file", noSymlink: true });
        return { path: f, content: (await readRegularFile(at.abs, f)) ?? Buffer.alloc(0) };
    }));
    return { ...hashSpecContents(contents), files, missing };
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   decodeText: () => (/* binding */ decodeText),
/* harmony export */   decodeUtf8: () => (/* binding */ decodeUtf8),
/* harmony export */   eD: () => (/* binding */ detectEol),
/* harmony export */   encodeText: () => (/* binding */ encodeText),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const BOM = "\uFEFF";
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeText(bytes, file) {
    let text = decodeUtf8(bytes, file);
    const bom = text.startsWith(BOM);
    if (bom)
        text = text.slice(1);
    return { text, bom, eol: detectEol(text) };
}
/**
 * Bytes to text, refusing invalid UTF-8 (which a lenient decode would turn into U+FFFD and
 * write back) with the byte offset and line of the first bad sequence.
 */
function decodeUtf8(bytes, file) {
    try {
        return decoder.decode(bytes);
    }
    catch (cause) {
        const offset = firstInvalidUtf8(bytes);
        let line = 1;
        for (let i = 0; i < offset; i++)
            if (bytes[i] === 0x0a)
                line++;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file ?? "the file"} is not valid UTF-8 (byte ${offset}, line ${line})`, {
            file,
            line,
            hint: "save the file as UTF-8 (with or without BOM)",
            code: "text.encoding",
            cause,
        });
    }
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence (-1: none). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf)
            [need, min] = [1, 0x80];
        else if (b >= 0xe0 && b <= 0xef)
            [need, min] = [2, 0x800];
        else if (b >= 0xf0 && b <= 0xf4)
            [need, min] = [3, 0x10000];
        else
            return i;
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
}
function encodeText(doc) {
    return Buffer.from(doc.bom ? BOM + doc.text : doc.text, "utf8");
}
/** CRLF when most line breaks are CRLF; LF otherwise (also for a file with no line break). */
function detectEol(text) {
    let crlf = 0;
    let lf = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
        if (i > 0 && text.charCodeAt(i - 1) === 13)
            crlf++;
        else
            lf++;
    }
    return crlf > lf ? "\r\n" : "\n";
}
/** 1-based line and column of a string offset. */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ }),

/***/ 4313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applySplices: () => (/* binding */ applySplices)
/* harmony export */ });
/** Apply non-overlapping splices (given in any order) to `text`. Throws on overlap: a bug. */
function applySplices(text, splices) {
    if (splices.length === 0)
        return text;
    const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = "";
    let cursor = 0;
    for (const s of sorted) {
        if (s.start < cursor || s.end < s.start || s.end > text.length) {
            throw new Error(`internal: overlapping or out-of-range splice [${s.start}, ${s.end}) at cursor ${cursor}`);
        }
        out += text.slice(cursor, s.start) + s.text;
        cursor = s.end;
    }
    return out + text.slice(cursor);
}


/***/ })

};
