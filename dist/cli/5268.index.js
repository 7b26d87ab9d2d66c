export const id = 5268;
export const ids = [5268,330];
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

/***/ 3494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ autoFixEnabled)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/** Whether heal may fix what it finds: the `auto-fix` input under PIPELINE_AUTO_FIX_ENABLED. */

/**
 * Auto-fix is gated by PIPELINE_AUTO_FIX_ENABLED (the seed: `=0|1`, default 0): 1 (or true) turns it
 * on, 0 (or false) turns it off whatever the input says, a veto a repository variable holds; unset
 * or empty leaves it to the `auto-fix` input. Any other value is a mistake, not a silent "off".
 */
function autoFixEnabled(input, env) {
    const raw = env.PIPELINE_AUTO_FIX_ENABLED;
    const v = (raw ?? "").trim().toLowerCase();
    if (v === "")
        return input;
    if (v === "1" || v === "true")
        return true;
    if (v === "0" || v === "false")
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`PIPELINE_AUTO_FIX_ENABLED is "${raw}", which is neither 1 nor 0`, {
        hint: "set it to 1 (auto-fix on), 0 (off, even when auto-fix: true) or leave it empty (the auto-fix input decides)",
        code: "metrics.bad-auto-fix",
    });
}


/***/ }),

/***/ 3286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport)
/* harmony export */ });
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6273);
/* harmony import */ var _parallel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9883);
/** `report`: the store read in one pass (or in segments on threads), aggregated. */


/**
 * `report`: one streaming pass over the store; with `threads`, large local files are read in
 * segments on several threads, with the same answer (ADR 0025). `stats` is filled in.
 */
async function buildReport(store, options, threads, stats = (0,_parallel_js__WEBPACK_IMPORTED_MODULE_1__.emptyScanStats)()) {
    const a = new _aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .Aggregator */ .u(options);
    if (threads && threads.threads > 1 && store.localFiles) {
        for (const file of await store.localFiles())
            await (0,_parallel_js__WEBPACK_IMPORTED_MODULE_1__.aggregateFile)(a, file, options, threads, stats);
    }
    else {
        let last = "";
        await store.scan((text, file, line, terminated, invalidAt) => {
            if (file !== last) {
                stats.files++;
                stats.segments++;
                last = file;
            }
            a.line(text, file, line, terminated, invalidAt);
        });
    }
    return a.finish();
}


/***/ }),

/***/ 8496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ storedKeys),
/* harmony export */   Hy: () => (/* binding */ recordKey),
/* harmony export */   Th: () => (/* binding */ appendNew)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6050);

/**
 * A record's identity for ingest: its task, its status and its time. One task has several records
 * (`running`, then `completed`), so the task_id alone would drop all but the first; the same
 * record ingested twice has the same identity.
 */
function recordKey(r) {
    return `${r.task_id}\u0000${r.status}\u0000${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .EH)(r.created_at)}`;
}
/**
 * The identities (`recordKey`) of the store's records of these tasks, for ingest's "already
 * ingested" check. Only the tasks being ingested are kept, so a large store costs no memory.
 */
async function storedKeys(store, taskIds) {
    const keys = new Set();
    if (taskIds.size === 0)
        return keys;
    await store.scan((text) => {
        if (text.trim() === "")
            return;
        try {
            const v = JSON.parse(text);
            if ((0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .checkRecord */ .EQ)(v) === undefined && taskIds.has(v.task_id))
                keys.add(recordKey(v));
        }
        catch {
            // unreadable lines are the report's business
        }
    });
    return keys;
}
/** Appends the records the store does not have yet (by `recordKey`), each once; `meta` goes with them. */
async function appendNew(store, records, meta) {
    const known = await storedKeys(store, new Set(records.map((r) => r.task_id)));
    const fresh = [];
    for (const r of records) {
        const key = recordKey(r);
        if (known.has(key))
            continue;
        known.add(key);
        fresh.push(r);
    }
    await store.append(fresh, meta);
    return { added: fresh.length, skipped: records.length - fresh.length };
}


/***/ }),

/***/ 4034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ ingestFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _ingest_append_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8496);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6050);
/** `ingest` from a file of records. */



/**
 * `ingest` from a JSONL file, or a JSON file holding an array of records (or one record). A file
 * that is not text (a NUL byte, bytes that are not UTF-8) or that ends in the middle of a record
 * (a JSON array without its end, a last line cut off) is an error naming the file and the byte or
 * line, not "0 ingested": nothing is appended from it.
 */
async function ingestFile(store, file, displayPath = file) {
    const { readRegularFile } = await __webpack_require__.e(/* import() */ 3680).then(__webpack_require__.bind(__webpack_require__, 3680));
    const { decodeUtf8 } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2600));
    let bytes;
    try {
        bytes = await readRegularFile(file, displayPath, 512 * 1024 * 1024);
    }
    catch (cause) {
        if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError)
            throw cause;
        bytes = undefined;
    }
    if (bytes === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`cannot read ${displayPath}`, {
            file: displayPath,
            hint: "give the path of a JSONL or JSON file of records",
            code: "metrics.ingest-missing",
        });
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${displayPath} is not a JSONL or JSON file: byte ${nul} is a NUL (a binary file?)`, {
            file: displayPath,
            hint: "give the path of a JSONL file (one record per line) or a JSON array of records",
            code: "metrics.ingest-binary",
        });
    }
    const text = decodeUtf8(bytes, displayPath);
    const candidates = [];
    const invalid = [];
    const trimmed = text.trimStart().replace(/^\uFEFF/, "");
    let whole;
    let isWhole = false;
    // A JSON array, or one record written over several lines; anything else is read as JSONL.
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        try {
            whole = JSON.parse(trimmed);
            isWhole = true;
        }
        catch {
            isWhole = false;
        }
    }
    const lines = text.replace(/^\uFEFF/, "").split("\n");
    if (!isWhole && trimmed.startsWith("[")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${displayPath} starts a JSON array that does not parse (cut off before its end?)`, {
            file: displayPath,
            hint: "give a complete JSON array of records, or a JSONL file (one record per line)",
            code: "metrics.ingest-truncated",
        });
    }
    if (isWhole && Array.isArray(whole)) {
        whole.forEach((value, i) => candidates.push({ value, line: i + 1 }));
    }
    else if (isWhole && trimmed.startsWith("{")) {
        candidates.push({ value: whole, line: 1 });
    }
    else {
        const lastIndex = text.endsWith("\n") ? -1 : lines.length - 1;
        lines.forEach((raw, i) => {
            const l = raw.replace(/\r$/, "");
            if (l.trim() === "")
                return;
            try {
                candidates.push({ value: JSON.parse(l), line: i + 1 });
            }
            catch {
                if (i === lastIndex) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${displayPath} ends in the middle of a line (line ${i + 1} has no newline and is not JSON): the file is cut off`, {
                        file: displayPath,
                        line: i + 1,
                        hint: "ingest the complete file (each record one line of JSON, each line ending in a newline)",
                        code: "metrics.ingest-truncated",
                    });
                }
                invalid.push({ file: displayPath, line: i + 1, reason: "not JSON" });
            }
        });
    }
    const valid = [];
    for (const c of candidates) {
        const r = _record_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricRecordSchema */ .H4.safeParse(c.value);
        if (!r.success) {
            const issue = r.error.issues[0];
            invalid.push({ file: displayPath, line: c.line, reason: `${issue.path.join(".") || "record"}: ${issue.message}` });
            continue;
        }
        valid.push(r.data);
    }
    return { ...(await (0,_ingest_append_js__WEBPACK_IMPORTED_MODULE_1__/* .appendNew */ .Th)(store, valid)), invalid };
}


/***/ }),

/***/ 3450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ ingestWorkflowRuns),
/* harmony export */   Qb: () => (/* binding */ listRunsInWindow),
/* harmony export */   WB: () => (/* binding */ jobStatus),
/* harmony export */   eW: () => (/* binding */ jobToRecord),
/* harmony export */   uC: () => (/* binding */ INGEST_CURSOR)
/* harmony export */ });
/* harmony import */ var _ingest_append_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8496);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6050);
/* harmony import */ var _type_map_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7948);



/** A job's conclusion as a task status; undefined for a job that has not ended. */
function jobStatus(job) {
    if (job.status !== "completed")
        return job.status === "in_progress" ? "running" : "pending";
    switch (job.conclusion) {
        case "success":
            return "completed";
        case "failure":
        case "timed_out":
        case "startup_failure":
        case "action_required":
            return "failed";
        case "cancelled":
            return "cancelled";
        default:
            return "skipped";
    }
}
function jobToRecord(job, run, type, model) {
    const status = jobStatus(job);
    if (status === undefined || status === "pending" || status === "running" || !job.completedAt)
        return undefined;
    const start = job.startedAt ? (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(job.startedAt) : NaN;
    const end = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(job.completedAt);
    const duration = Number.isNaN(start) || Number.isNaN(end) ? 0 : Math.max(0, (end - start) / 1000);
    const record = {
        task_id: `gh-job-${job.id}`,
        task_type: type,
        model,
        duration_seconds: duration,
        status,
        created_at: new Date(end).toISOString(),
        executor: "github-actions",
    };
    const url = job.htmlUrl ?? run.htmlUrl;
    if (url)
        record.run_url = url;
    return record;
}
const INGEST_CURSOR = "ingest-cursor.json";
function parseCursor(text) {
    if (!text)
        return undefined;
    try {
        const v = JSON.parse(text);
        if (v.version === 1 && typeof v.since === "string" && !Number.isNaN(Date.parse(v.since)) && Array.isArray(v.seen)) {
            return { version: 1, since: v.since, seen: v.seen.filter((x) => typeof x === "string") };
        }
    }
    catch {
        // An unreadable cursor only costs a longer read: the window is read again, and records already
        // in the store are skipped by their identity.
    }
    return undefined;
}
/** GitHub's created filter takes whole seconds. */
const isoSeconds = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, "Z");
/**
 * The runs created in [fromMs, toMs], all of them: GitHub returns at most 1,000 for a filtered
 * query (its total_count says how many matched), so a window with more is split in two, and so on,
 * until every part fits.
 */
async function listRunsInWindow(api, ref, fromMs, toMs) {
    const from = Math.floor(fromMs / 1000) * 1000;
    const to = Math.floor(toMs / 1000) * 1000;
    const { totalCount, runs } = await api.listWorkflowRunsCounted({ ...ref, created: `${isoSeconds(from)}..${isoSeconds(to)}` });
    if (totalCount <= runs.length || to - from < 2000)
        return { runs, queries: 1 };
    const mid = from + Math.floor((to - from) / 2000) * 1000;
    const newer = await listRunsInWindow(api, ref, mid + 1000, to);
    const older = await listRunsInWindow(api, ref, from, mid);
    return { runs: [...newer.runs, ...older.runs], queries: 1 + newer.queries + older.queries };
}
/**
 * `ingest` from this repository's workflow runs: each finished job is one task. Incremental: the
 * store remembers how far the last ingest got (`ingest-cursor.json`), so only runs created since
 * then are listed, and the jobs endpoint is asked only about runs not ingested yet. Runs still in
 * progress hold the cursor back until they finish. The ingesting workflow's own runs are skipped.
 */
async function ingestWorkflowRuns(store, api, ref, options, nowMs = Date.now()) {
    const cursor = parseCursor(await store.readMeta?.(INGEST_CURSOR));
    const from = Math.max(options.sinceMs, cursor ? Date.parse(cursor.since) : -Infinity);
    const seen = new Set(cursor?.seen ?? []);
    const { runs } = await listRunsInWindow(api, ref, from, nowMs);
    const map = await (0,_type_map_js__WEBPACK_IMPORTED_MODULE_2__/* .typeMapper */ .I)(options.typeRules ?? []);
    const model = options.model ?? "github-actions";
    const records = [];
    let oldestOpen = Infinity;
    let newest = from;
    const ingested = [];
    let fetched = 0;
    for (const run of runs) {
        const created = Date.parse(run.createdAt);
        if (created > newest)
            newest = created;
        if (run.id === options.excludeRunId)
            continue;
        if (options.excludeWorkflowPath && run.path === options.excludeWorkflowPath)
            continue;
        if (run.status !== "completed") {
            if (created < oldestOpen)
                oldestOpen = created;
            continue;
        }
        const key = `${run.id}:${run.runAttempt}`;
        if (seen.has(key)) {
            ingested.push({ id: key, created });
            continue;
        }
        fetched++;
        const jobs = await api.listJobsForRun({ ...ref, runId: run.id });
        for (const job of jobs) {
            const rec = jobToRecord(job, run, map(job.name), model);
            if (rec)
                records.push(rec);
        }
        ingested.push({ id: key, created });
    }
    // The next ingest starts at the oldest run still in progress, else at the newest run seen.
    const since = Math.min(oldestOpen, newest);
    const next = {
        version: 1,
        since: isoSeconds(since),
        seen: ingested
            .filter((r) => r.created >= Math.floor(since / 1000) * 1000)
            .map((r) => r.id)
            .sort(),
    };
    const text = JSON.stringify(next, null, 2) + "\n";
    const meta = text === (await store.readMeta?.(INGEST_CURSOR)) ? undefined : { [INGEST_CURSOR]: text };
    return { ...(await (0,_ingest_append_js__WEBPACK_IMPORTED_MODULE_0__/* .appendNew */ .Th)(store, records, meta)), invalid: [], runs: fetched, listed: runs.length };
}


/***/ }),

/***/ 1792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ splitKeyValue)
/* harmony export */ });
/** "key=value" lines of multi-line inputs (`store-options`, `type-map`). */
/**
 * One "key=value" line of a multi-line input, trimmed, or undefined when it has no key. Split at
 * the first "=" (a value such as a URL may hold more) or at the last (a key such as a glob may).
 */
function splitKeyValue(line, at) {
    const i = at === "first" ? line.indexOf("=") : line.lastIndexOf("=");
    const key = i < 0 ? "" : line.slice(0, i).trim();
    return key === "" ? undefined : [key, line.slice(i + 1).trim()];
}


/***/ }),

/***/ 1907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ pruneStore)
/* harmony export */ });
/** `prune --keep-days N`. */
async function pruneStore(store, keepDays, nowMs) {
    const cutoff = nowMs - keepDays * 86_400_000;
    const result = await store.prune(cutoff);
    return { ...result, cutoff: new Date(cutoff).toISOString() };
}


/***/ }),

/***/ 7021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ WAITING_RUN_STATUSES),
/* harmony export */   P: () => (/* binding */ countQueuedRuns)
/* harmony export */ });
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


/***/ }),

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseRecord),
/* harmony export */   R: () => (/* binding */ recordTask)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6050);
/** `record`: one record, validated, appended. */


/** Validates one record with the zod schema; a UserError names the field and the fix. */
function parseRecord(value, where) {
    const result = _record_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricRecordSchema */ .H4.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue.path.join(".") || "record";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`invalid metric record: ${field} ${issue.message}`, {
            file: where?.file,
            line: where?.line,
            hint: `give ${field} as the record format in specs/005-metrics-collect.md describes`,
            code: "metrics.bad-record",
        });
    }
    return result.data;
}
/** `record`: validate and append one record. */
async function recordTask(store, input) {
    const record = parseRecord(input);
    await store.append([record]);
    return record;
}


/***/ }),

/***/ 6050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* reexport safe */ _record_check_js__WEBPACK_IMPORTED_MODULE_0__.EH),
/* harmony export */   EQ: () => (/* binding */ checkRecord),
/* harmony export */   H4: () => (/* binding */ MetricRecordSchema),
/* harmony export */   bM: () => (/* binding */ formatRecord)
/* harmony export */ });
/* unused harmony export phaseOf */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8532);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4343);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3759);
/* harmony import */ var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(252);
/* harmony import */ var _record_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3147);
// zod/mini, not "zod": metrics-collect loads this module on every run (the store reader needs
// it), and the full zod costs several times more to evaluate (start-up budget, ADR 0023). The
// schema is the same, check for check, so are its messages: the full zod sets the English locale
// as its first schema is built (unless one is set), and so does this module.




if (!zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .config */ .$W().localeError)
    zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .config */ .$W((0,zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A)());
/**
 * One task metric: what ran, with which model, how long, and how it ended.
 *
 * The zod schema is the definition (used for every record we write and every file we ingest).
 * Reading a store uses `checkRecord`, a hand-written check of exactly the same rules that does
 * not allocate per field, because a report may read a million lines; a property test holds the
 * two to the same answers.
 *
 * Timestamps: ISO 8601. One without a zone ("2026-01-05T10:00:00") is taken as UTC, never as
 * the machine's local time and never as an error.
 */
const text = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(1));
const count = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr(), zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._nonnegative */ .UI());
const MetricRecordSchema = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    task_id: text,
    task_type: text,
    model: text,
    duration_seconds: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._nonnegative */ .UI()),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_record_check_js__WEBPACK_IMPORTED_MODULE_0__/* .TASK_STATUSES */ .Hi),
    created_at: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .refine */ .YPB((v) => !Number.isNaN((0,_record_check_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .EH)(v)), { message: "must be an ISO 8601 timestamp" })),
    phase: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(text),
    executor: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(text),
    prompt_variant: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(text),
    tokens_in: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(count),
    tokens_out: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(count),
    cost_usd: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._nonnegative */ .UI())),
    run_url: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(text),
});
/** The reason `value` is not a record, or undefined when it is one. */
function checkRecord(value) {
    return Number.isNaN((0,_record_check_js__WEBPACK_IMPORTED_MODULE_0__/* .recordTime */ .$l)(value)) ? _record_check_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidReason */ .q2 : undefined;
}
/** The phase a record counts under for `repeated_failures`: its `phase`, else its `task_type`. */
function phaseOf(r) {
    return r.phase ?? r.task_type;
}
/** One JSONL line (with its newline) for a record; `created_at` normalised to UTC with `Z`. */
function formatRecord(record) {
    const ms = (0,_record_check_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .EH)(record.created_at);
    return JSON.stringify({ ...record, created_at: new Date(ms).toISOString() }) + "\n";
}


/***/ }),

/***/ 4019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j9: () => (/* binding */ DEFAULT_FILE),
  Ch: () => (/* binding */ openStore),
  NW: () => (/* binding */ parseStoreOptions),
  ti: () => (/* binding */ registerStore),
  I1: () => (/* binding */ storeKind)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/defaults.ts
var defaults = __webpack_require__(1315);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/metrics/lines.ts
var lines = __webpack_require__(1356);
// EXTERNAL MODULE: ./packages/core/src/metrics/record.ts
var record = __webpack_require__(6050);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
// EXTERNAL MODULE: ./packages/core/src/fs/pid-alive.ts
var pid_alive = __webpack_require__(6748);
;// CONCATENATED MODULE: ./packages/core/src/metrics/lock.ts






async function withFileLock(lockFile, fn, options = {}) {
    const release = await acquire(lockFile, options);
    try {
        return await fn();
    }
    finally {
        await release();
    }
}
const HOST = (0,external_node_os_.hostname)();
async function acquire(lockFile, options) {
    const staleMs = options.staleMs ?? 30_000;
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    const token = (0,external_node_crypto_.randomBytes)(8).toString("hex");
    const content = `${process.pid} ${HOST} ${token} ${Date.now()}\n`;
    let wait = 1;
    for (;;) {
        try {
            const handle = await external_node_fs_.promises.open(lockFile, "wx");
            try {
                await handle.writeFile(content);
            }
            finally {
                await handle.close();
            }
            return async () => {
                // Remove only our own lock (it could have been broken as stale and retaken meanwhile).
                const now = await external_node_fs_.promises.readFile(lockFile, "utf8").catch(() => "");
                if (now === content)
                    await external_node_fs_.promises.rm(lockFile, { force: true });
            };
        }
        catch (e) {
            const code = e.code;
            if (code === "ENOENT") {
                await external_node_fs_.promises.mkdir(external_node_path_.dirname(lockFile), { recursive: true });
                continue;
            }
            if (code !== "EEXIST")
                throw e;
        }
        await breakIfStale(lockFile, staleMs);
        if (Date.now() > deadline) {
            throw new errors.UserError(`could not lock ${lockFile}: another process has held it for too long`, {
                file: lockFile,
                hint: "if no specpipe process is running, delete the lock file",
                code: "metrics.lock-timeout",
            });
        }
        await sleep(wait + Math.random() * wait);
        wait = Math.min(wait * 2, 50);
    }
}
async function breakIfStale(lockFile, staleMs) {
    let seen;
    let mtime;
    try {
        seen = await external_node_fs_.promises.readFile(lockFile, "utf8");
        mtime = (await external_node_fs_.promises.stat(lockFile)).mtimeMs;
    }
    catch {
        return;
    }
    if (!isStale(seen, mtime, staleMs))
        return;
    const aside = `${lockFile}.stale.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
    try {
        await external_node_fs_.promises.rename(lockFile, aside);
    }
    catch {
        return; // someone else broke or released it
    }
    const taken = await external_node_fs_.promises.readFile(aside, "utf8").catch(() => "");
    if (taken !== seen) {
        // We moved a fresh lock: put it back unless someone has taken the lock since.
        await external_node_fs_.promises.link(aside, lockFile).catch(() => { });
    }
    await external_node_fs_.promises.rm(aside, { force: true });
}
function isStale(content, mtime, staleMs) {
    const [pidText, host, , timeText] = content.trim().split(" ");
    const written = Number(timeText);
    const age = Date.now() - (Number.isFinite(written) ? written : mtime);
    if (age > staleMs)
        return true;
    if (content === "" && Date.now() - mtime > 1000)
        return true; // a holder that died before writing
    if (host === HOST) {
        const pid = Number(pidText);
        if (Number.isInteger(pid) && pid > 0 && !(0,pid_alive/* pidAlive */.p)(pid))
            return true;
    }
    return false;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/store.ts








/** Decides, for one line, whether prune keeps it. */
function pruneDecision(text, cutoffMs) {
    if (text.trim() === "")
        return "blank";
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return "unreadable";
    }
    if ((0,record/* checkRecord */.EQ)(value) !== undefined)
        return "unreadable";
    return (0,record/* parseTimestamp */.EH)(value.created_at) < cutoffMs ? "drop" : "keep";
}
/**
 * Appends `text` (whole lines) to a file in one write, first ending a torn last line (a line a
 * crashed writer left without its newline) so the new records start on a line of their own.
 * The caller holds the lock.
 */
async function appendLines(file, text, display = file) {
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(file), { recursive: true });
    let handle;
    try {
        // O_NOFOLLOW: a store file swapped for a symlink (to ~/.bashrc, to another repository) is refused.
        handle = await external_node_fs_.promises.open(file, external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_APPEND | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    }
    catch (e) {
        const code = e.code;
        if (code === "ELOOP" || code === "EMLINK") {
            throw new errors.UserError(`the metrics store ${display} is a symlink; specpipe does not append through symlinks`, {
                file: display,
                hint: `replace ${display} with a regular file (or delete it: it is created on the next record)`,
                code: "metrics.store-symlink",
            });
        }
        throw e;
    }
    try {
        const { size } = await handle.stat();
        let prefix = "";
        if (size > 0) {
            const last = Buffer.alloc(1);
            await handle.read(last, 0, 1, size - 1);
            if (last[0] !== 0x0a)
                prefix = "\n";
        }
        await handle.write(prefix + text);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * Rewrites `file` through `keep(line)` into a temporary file in the same folder, then renames it
 * over the original: readers see the old file or the new one, never a mixture.
 */
async function rewriteLines(file, keep) {
    const tmp = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString("hex")}.tmp`);
    const out = (0,external_node_fs_.createWriteStream)(tmp, { flags: "wx" });
    const done = new Promise((resolve, reject) => {
        out.on("error", reject);
        out.on("finish", resolve);
    });
    try {
        let pending = [];
        let size = 0;
        await (0,lines/* forEachLine */.F)(file, (text, line, _terminated, invalidAt) => {
            // Rewriting a line re-encodes it: bytes that are not UTF-8 would come out changed.
            if (invalidAt !== undefined) {
                throw new errors.UserError(`${external_node_path_.basename(file)} is not valid UTF-8 (byte ${invalidAt}, line ${line}); rewriting it would change those bytes`, {
                    file,
                    line,
                    hint: "fix or remove that line (a record is one line of JSON in UTF-8), then prune again",
                    code: "metrics.store-encoding",
                });
            }
            if (!keep(text))
                return;
            pending.push(text + "\n");
            size += text.length;
            if (size > 1 << 20) {
                out.write(pending.join(""));
                pending = [];
                size = 0;
            }
        });
        out.end(pending.join(""));
        await done;
        const handle = await external_node_fs_.promises.open(tmp, "r+");
        await handle.sync();
        await handle.close();
        const mode = (await external_node_fs_.promises.stat(file).catch(() => undefined))?.mode;
        if (mode !== undefined)
            await external_node_fs_.promises.chmod(tmp, mode & 0o7777);
        await external_node_fs_.promises.rename(tmp, file);
    }
    catch (e) {
        out.destroy();
        await external_node_fs_.promises.rm(tmp, { force: true });
        throw e;
    }
}
/** The `file` store: one JSONL file, appends under an inter-process lock (`<file>.lock`). */
class FileStore {
    options;
    kind = "file";
    location;
    file;
    lockFile;
    constructor(options) {
        this.options = options;
        this.file = options.file;
        this.lockFile = `${options.file}.lock`;
        this.location = options.displayPath ?? options.file;
    }
    async append(records, meta = {}) {
        if (records.length === 0 && Object.keys(meta).length === 0)
            return;
        const text = records.map(record/* formatRecord */.bM).join("");
        await withFileLock(this.lockFile, async () => {
            if (text)
                await appendLines(this.file, text, this.location);
            for (const [name, value] of Object.entries(meta))
                await (0,atomic.writeFileAtomic)(this.metaFile(name), value);
        }, this.options.lock);
    }
    /** `.specpipe/metrics.jsonl` → `.specpipe/metrics.jsonl.ingest-cursor.json`. */
    metaFile(name) {
        return `${this.file}.${name}`;
    }
    async readMeta(name) {
        try {
            return await external_node_fs_.promises.readFile(this.metaFile(name), "utf8");
        }
        catch (e) {
            if (e.code === "ENOENT")
                return undefined;
            throw e;
        }
    }
    async scan(onLine) {
        await (0,lines/* forEachLine */.F)(this.file, (text, line, terminated, invalidAt) => onLine(text, this.location, line, terminated, invalidAt));
    }
    async localFiles() {
        return [{ path: this.file, name: this.location }];
    }
    async prune(cutoffMs) {
        const result = { kept: 0, dropped: 0, unreadable: 0 };
        await withFileLock(this.lockFile, async () => {
            const exists = await external_node_fs_.promises.stat(this.file).then(() => true, () => false);
            if (!exists)
                return;
            await rewriteLines(this.file, (text) => {
                const d = pruneDecision(text, cutoffMs);
                if (d === "blank")
                    return false;
                if (d === "drop") {
                    result.dropped++;
                    return false;
                }
                if (d === "keep")
                    result.kept++;
                else
                    result.unreadable++;
                return true;
            });
        }, this.options.lock);
        return result;
    }
    async close() { }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/git-store.ts









const BOT_NAME = defaults/* GITHUB_ACTIONS_BOT */.iU.name;
const BOT_EMAIL = defaults/* GITHUB_ACTIONS_BOT */.iU.email;
class GitBranchStore {
    options;
    kind = "git-branch";
    location;
    branch;
    maxAttempts;
    retryDelayMs;
    dir;
    git;
    synced = false;
    /** Push attempts the last write needed (for tests and logs). */
    lastAttempts = 0;
    constructor(options) {
        this.options = options;
        this.branch = options.branch ?? "specpipe-metrics";
        this.maxAttempts = options.maxAttempts ?? 12;
        this.retryDelayMs = options.retryDelayMs ?? 100;
        this.location = `branch ${this.branch} of ${options.remote ?? "origin"}`;
    }
    /** The private repository, created on first use. */
    async repo() {
        if (this.git)
            return this.git;
        const remote = this.options.remote ?? "origin";
        let url = remote;
        const user = new git.Git({ cwd: this.options.repoDir, env: this.options.env });
        if (!/[/:\\]/.test(remote)) {
            const r = await user.raw(["remote", "get-url", remote]);
            if (r.code !== 0) {
                throw new errors.UserError(`the repository has no remote named "${remote}"`, {
                    hint: 'check out the repository (actions/checkout) or set "git-remote" to a remote name or URL',
                    code: "metrics.no-remote",
                });
            }
            url = r.stdout.toString().trim();
        }
        else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !/^[^/]+@[^/]+:/.test(remote)) {
            url = external_node_path_.resolve(this.options.repoDir, remote);
        }
        this.dir = (0,external_node_fs_.realpathSync)((0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), "specpipe-metrics-")));
        const g = new git.Git({ cwd: this.dir, env: this.options.env }).withAuth(this.options.auth);
        await g.run(["init", "--quiet"]);
        await g.run(["remote", "add", "origin", url]);
        await g.run(["config", "commit.gpgsign", "false"]);
        this.git = g;
        return g;
    }
    /** Fetch the branch and reset the private work tree to it (or to an empty orphan branch). */
    async sync() {
        const g = await this.repo();
        const remoteRef = `refs/remotes/origin/${this.branch}`;
        const r = await g.raw(["fetch", "--quiet", "--no-tags", "origin", `+refs/heads/${this.branch}:${remoteRef}`], { network: true });
        if (r.code !== 0) {
            const text = r.stderr.toString();
            if (!/couldn't find remote ref|could not find remote ref/i.test(text)) {
                throw new git.GitError(["fetch", "origin", this.branch], r.code, this.redact(text), "");
            }
            // No branch yet: start an orphan branch with no files.
            await g.run(["symbolic-ref", "HEAD", `refs/heads/${this.branch}`]);
            await g.raw(["update-ref", "-d", `refs/heads/${this.branch}`]);
            await g.raw(["update-ref", "-d", remoteRef]);
            await g.run(["read-tree", "--empty"]);
            await g.run(["clean", "-fdxq"]);
        }
        else {
            await g.run(["checkout", "--quiet", "--force", "-B", this.branch, remoteRef]);
            await g.run(["reset", "--quiet", "--hard", remoteRef]);
            await g.run(["clean", "-fdxq"]);
        }
        this.synced = true;
        return g;
    }
    redact(text) {
        const token = this.options.auth?.token;
        return token ? text.split(token).join("***") : text;
    }
    /**
     * Apply `change` to a fresh copy of the branch, commit, push; on a rejected push, start over
     * from the new tip. `change` returns the paths to stage, or undefined when nothing changed.
     */
    async transact(message, change) {
        for (let attempt = 1;; attempt++) {
            this.lastAttempts = attempt;
            const g = await this.sync();
            const paths = await change(this.dir, g);
            if (paths === undefined)
                return;
            await g.run(["add", "--all", "--", ...paths]);
            const staged = await g.raw(["diff", "--cached", "--quiet"]);
            if (staged.code === 0)
                return;
            await g.run(["-c", `user.name=${BOT_NAME}`, "-c", `user.email=${BOT_EMAIL}`, "commit", "--quiet", "--no-verify", "--file=-"], {
                input: message,
            });
            const push = await g.push("origin", [`HEAD:refs/heads/${this.branch}`]);
            if (push.code === 0) {
                this.synced = false;
                return;
            }
            if (!(0,git.isNonFastForward)(push) || attempt >= this.maxAttempts) {
                const detail = this.redact(push.stderr.toString() + push.stdout.toString()).trim();
                throw new errors.UserError((0,git.isNonFastForward)(push)
                    ? `could not push branch ${this.branch}: it moved on ${attempt} times while writing metrics`
                    : `could not push branch ${this.branch}: ${detail.split("\n").slice(-3).join(" ")}`, {
                    hint: (0,git.isNonFastForward)(push)
                        ? "run the step again; if many runs write at once, raise max attempts or use fewer writers"
                        : 'give the job "contents: write" permission and pass a token that may push',
                    code: "metrics.push-failed",
                });
            }
            // Exponential backoff with full jitter, capped at 10 s: writers that collided spread out
            // instead of colliding again in step (a matrix of jobs all record at once; a linear
            // backoff gave up after ~8 s of contention on a loaded runner).
            const pause = Math.random() * Math.min(10_000, this.retryDelayMs * 2 ** attempt);
            await new Promise((r) => setTimeout(r, pause));
        }
    }
    async append(records, meta = {}) {
        if (records.length === 0 && Object.keys(meta).length === 0)
            return;
        const byMonth = new Map();
        for (const r of records) {
            const month = new Date((0,record/* parseTimestamp */.EH)(r.created_at)).toISOString().slice(0, 7);
            byMonth.set(month, (byMonth.get(month) ?? "") + (0,record/* formatRecord */.bM)(r));
        }
        const n = records.length;
        // The records and their meta files (the ingest cursor) go in one commit: both or neither.
        await this.transact(`metrics: record ${n} task${n === 1 ? "" : "s"}`, async (dir) => {
            const files = [];
            for (const [month, text] of byMonth) {
                const file = `${month}.jsonl`;
                await appendLines(external_node_path_.join(dir, file), text, `${this.branch}:${file}`);
                files.push(file);
            }
            for (const [name, value] of Object.entries(meta)) {
                await external_node_fs_.promises.writeFile(external_node_path_.join(dir, name), value);
                files.push(name);
            }
            return files;
        });
    }
    async readMeta(name) {
        if (!this.synced)
            await this.sync();
        try {
            return await external_node_fs_.promises.readFile(external_node_path_.join(this.dir, name), "utf8");
        }
        catch (e) {
            if (e.code === "ENOENT")
                return undefined;
            throw e;
        }
    }
    async files() {
        return (await external_node_fs_.promises.readdir(this.dir)).filter((f) => f.endsWith(".jsonl")).sort();
    }
    async scan(onLine) {
        if (!this.synced)
            await this.sync();
        for (const file of await this.files()) {
            const name = `${this.branch}:${file}`;
            await (0,lines/* forEachLine */.F)(external_node_path_.join(this.dir, file), (text, line, terminated, invalidAt) => onLine(text, name, line, terminated, invalidAt));
        }
    }
    async localFiles() {
        if (!this.synced)
            await this.sync();
        return (await this.files()).map((file) => ({ path: external_node_path_.join(this.dir, file), name: `${this.branch}:${file}` }));
    }
    async prune(cutoffMs) {
        let result = { kept: 0, dropped: 0, unreadable: 0 };
        await this.transact("metrics: prune old records", async (dir) => {
            result = { kept: 0, dropped: 0, unreadable: 0 };
            const changed = [];
            for (const file of await this.files()) {
                const full = external_node_path_.join(dir, file);
                let drop = 0;
                await (0,lines/* forEachLine */.F)(full, (text) => {
                    const d = pruneDecision(text, cutoffMs);
                    if (d === "drop")
                        drop++;
                    else if (d === "keep")
                        result.kept++;
                    else if (d === "unreadable")
                        result.unreadable++;
                });
                if (drop === 0)
                    continue;
                result.dropped += drop;
                await rewriteLines(full, (text) => {
                    const d = pruneDecision(text, cutoffMs);
                    return d === "keep" || d === "unreadable";
                });
                if ((await external_node_fs_.promises.stat(full)).size === 0)
                    await external_node_fs_.promises.rm(full);
                changed.push(file);
            }
            return changed.length ? changed : undefined;
        });
        return result;
    }
    async close() {
        if (this.dir)
            await external_node_fs_.promises.rm(this.dir, { recursive: true, force: true });
        this.dir = undefined;
        this.git = undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/metrics/key-value.ts
var key_value = __webpack_require__(1792);
;// CONCATENATED MODULE: ./packages/core/src/metrics/stores.ts
/** The kinds of store (`store: file | git-branch | …`) and how one is opened from the inputs. */





const DEFAULT_FILE = ".specpipe/metrics.jsonl";
const STORES = new Map([
    [
        "file",
        (config) => {
            const rel = config.path ?? DEFAULT_FILE;
            const file = external_node_path_.resolve(config.root, rel);
            const display = external_node_path_.relative(config.root, file).split(external_node_path_.sep).join("/");
            return new FileStore({ file, displayPath: display.startsWith("..") ? file : display });
        },
    ],
    [
        "git-branch",
        (config) => new GitBranchStore({
            repoDir: config.root,
            remote: config.remote,
            branch: config.branch,
            auth: config.auth,
            env: config.env,
            maxAttempts: config.maxAttempts,
        }),
    ],
]);
/** Adds a kind of store (`store: <kind>` in the action, `--store <kind>` in the command). */
function registerStore(kind, factory) {
    if (STORES.has(kind))
        throw new Error(`internal: a store of kind "${kind}" is registered already`);
    STORES.set(kind, factory);
}
function openStore(config) {
    return STORES.get(storeKind(config.kind))(config);
}
function storeKind(value) {
    if (STORES.has(value))
        return value;
    const kinds = [...STORES.keys()].map((k) => `"${k}"`);
    throw new errors.UserError(`unknown store "${value}"`, {
        hint: `use ${kinds.slice(0, -1).join(", ")} or ${kinds.at(-1)}`,
        code: "metrics.bad-store",
    });
}
/** `store-options`: one "key=value" per line (blank lines ignored). */
function parseStoreOptions(lines) {
    const options = {};
    for (const line of lines) {
        if (line.trim() === "")
            continue;
        const kv = (0,key_value/* splitKeyValue */.p)(line, "first");
        if (!kv)
            throw new errors.UserError(`store option "${line}" is not "key=value"`, {
                hint: 'write one "key=value" per line in the store-options input (--store-option KEY=VALUE on the command line)',
                code: "metrics.bad-store-option",
            });
        options[kv[0]] = kv[1];
    }
    return options;
}


/***/ }),

/***/ 7948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ typeMapper),
/* harmony export */   O: () => (/* binding */ parseTypeMap)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _key_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1792);
/** `type-map`: job names to task types, "pattern=type" per line. */


function parseTypeMap(lines) {
    return lines.map((l) => {
        const kv = (0,_key_value_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKeyValue */ .p)(l, "last");
        if (!kv || kv[1] === "") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`task type mapping "${l}" is not "job-name-pattern=type"`, {
                hint: 'write one "pattern=type" per line, e.g. "test*=test"',
                code: "metrics.bad-type-map",
            });
        }
        return { pattern: kv[0], type: kv[1] };
    });
}
async function typeMapper(rules) {
    if (rules.length === 0)
        return (name) => name;
    const { default: picomatch } = await __webpack_require__.e(/* import() */ 4006).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23));
    const compiled = rules.map((r) => ({ test: picomatch(r.pattern, { nocase: true, bash: true }), type: r.type }));
    return (name) => compiled.find((c) => c.test(name))?.type ?? name;
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


/***/ })

};
