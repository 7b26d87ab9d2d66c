export const id = 51;
export const ids = [51,439,244];
export const modules = {

/***/ 6439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   GitError: () => (/* binding */ GitError),
/* harmony export */   gitUserError: () => (/* binding */ gitUserError),
/* harmony export */   isNonFastForward: () => (/* binding */ isNonFastForward)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(733);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3957);


/**
 * A typed wrapper over the `git` executable. Arguments are always arrays; nothing goes through
 * a shell, so spec text, branch names and commit messages cannot be interpreted as commands.
 *
 * Credentials: `withAuth` passes a token to one git invocation through `-c http.extraHeader`
 * in the *environment* (GIT_CONFIG_COUNT/KEY/VALUE), so it never appears in a command line
 * (visible in `ps`), in a remote URL, or in `.git/config`.
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
    /** Use this token for network operations (fetch, push, clone) of this instance. */
    withAuth(auth) {
        const g = this.at(this.cwd);
        g.auth = auth;
        return g;
    }
    envFor(network) {
        if (!network || !this.auth)
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
            env: this.envFor(options.network ?? false),
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
    async revParse(rev) {
        const r = await this.raw(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
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
    if (/unknown revision|bad revision|bad object|invalid object name/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`git does not have a commit this step needs (git ${error.args.slice(0, 2).join(" ")}): ${error.stderr.trim().split("\n")[0]}`, {
            hint: "check out with `fetch-depth: 0` so the whole history is there, or pass existing commits",
            code: "git.missing-commit",
            cause: error,
        });
    }
    return undefined;
}


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keepYoungGenerationSmall: () => (/* binding */ keepYoungGenerationSmall),
/* harmony export */   runMetrics: () => (/* binding */ runMetrics)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(733);
/* harmony import */ var _service_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3244);



function needGitHub(options, why) {
    if (!options.github) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${why} needs the GitHub API, and no token was given`, { hint: 'pass "token" (the default github.token works) or GITHUB_TOKEN', code: "metrics.no-token" });
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
async function runMetrics(options) {
    const store = (0,_service_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .Ch)(options.store);
    try {
        const result = { mode: options.mode, store: store.location };
        switch (options.mode) {
            case "record": {
                result.record = await (0,_service_js__WEBPACK_IMPORTED_MODULE_2__/* .recordTask */ .R)(store, { created_at: new Date(options.now).toISOString(), ...options.record });
                break;
            }
            case "ingest": {
                const from = options.ingestFrom;
                if (!from)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError("ingest needs a source", { hint: 'set "ingest-from" to a JSONL/JSON file or to "workflow-runs"', code: "metrics.no-ingest-source" });
                if (from === "workflow-runs") {
                    const gh = await needGitHub(options, "ingest from workflow runs");
                    result.ingest = await (0,_service_js__WEBPACK_IMPORTED_MODULE_2__/* .ingestWorkflowRuns */ .KB)(store, gh.api, gh.repo, {
                        sinceMs: options.now - (options.ingestDays ?? 7) * 86_400_000,
                        typeRules: options.typeRules,
                        model: options.ingestModel,
                        excludeRunId: options.excludeRunId,
                    });
                }
                else {
                    result.ingest = await (0,_service_js__WEBPACK_IMPORTED_MODULE_2__/* .ingestFile */ .tf)(store, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(options.root, from), from);
                }
                break;
            }
            case "report": {
                let pending = 0;
                if (options.pendingFrom === "backlog") {
                    if (!options.backlog)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError("pending-from: backlog needs the backlog files", { hint: 'set "backlog-product" and "backlog-meta"', code: "metrics.no-backlog" });
                    const { loadBacklog } = await __webpack_require__.e(/* import() */ 46).then(__webpack_require__.bind(__webpack_require__, 3665));
                    const { pendingCount } = await __webpack_require__.e(/* import() */ 995).then(__webpack_require__.bind(__webpack_require__, 7995));
                    const loaded = await loadBacklog({ root: options.root, ...options.backlog });
                    pending = pendingCount(loaded.merged, loaded.state);
                }
                else if (options.pendingFrom === "workflow-runs") {
                    const gh = await needGitHub(options, "pending-from: workflow-runs");
                    pending = await (0,_service_js__WEBPACK_IMPORTED_MODULE_2__/* .countQueuedRuns */ .Pi)(gh.api, gh.repo);
                }
                const report = await (0,_service_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .FK)(store, { now: options.now, pending, ...options.thresholds });
                result.report = report;
                const autoFix = (0,_service_js__WEBPACK_IMPORTED_MODULE_2__/* .autoFixEnabled */ .Kt)(options.autoFix ?? false, options.env);
                result.autoFix = autoFix;
                const { reconcileHealIssues } = await __webpack_require__.e(/* import() */ 394).then(__webpack_require__.bind(__webpack_require__, 3394));
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
                    const { dashboardHtml } = await __webpack_require__.e(/* import() */ 906).then(__webpack_require__.bind(__webpack_require__, 9906));
                    const { writeFileAtomic } = await __webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 6953));
                    const file = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(options.root, options.dashboard);
                    await writeFileAtomic(file, dashboardHtml(report, { store: store.location }));
                    result.dashboardPath = file;
                }
                break;
            }
            case "prune": {
                const keep = options.keepDays;
                if (keep === undefined || !(keep >= 0))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError("prune needs keep-days", { hint: 'set "keep-days" to the number of days of records to keep', code: "metrics.no-keep-days" });
                result.prune = await (0,_service_js__WEBPACK_IMPORTED_MODULE_2__/* .pruneStore */ .I9)(store, keep, options.now);
                break;
            }
            default:
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`unknown mode "${String(options.mode)}"`, { hint: "use record, ingest, report or prune", code: "metrics.bad-mode" });
        }
        return result;
    }
    finally {
        await store.close();
    }
}


/***/ }),

/***/ 3244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kt: () => (/* binding */ autoFixEnabled),
  FK: () => (/* binding */ buildReport),
  Pi: () => (/* binding */ countQueuedRuns),
  tf: () => (/* binding */ ingestFile),
  KB: () => (/* binding */ ingestWorkflowRuns),
  Ch: () => (/* binding */ openStore),
  parseTypeMap: () => (/* binding */ parseTypeMap),
  I9: () => (/* binding */ pruneStore),
  R: () => (/* binding */ recordTask),
  storeKind: () => (/* binding */ storeKind)
});

// UNUSED EXPORTS: DEFAULT_FILE, jobStatus, jobToRecord, parseRecord, storedIds, typeMapper

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(733);
// EXTERNAL MODULE: ./packages/core/src/metrics/aggregate.ts
var aggregate = __webpack_require__(3577);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git = __webpack_require__(6439);
;// CONCATENATED MODULE: ./packages/core/src/metrics/lines.ts

/**
 * Streams a text file line by line without holding more than one chunk (1 MiB) and the line
 * that straddles it. `onLine(text, lineNumber, terminated)`: `terminated` is false only for a
 * last line that has no newline (possibly torn by a crashed writer). A trailing "\r" is dropped.
 * Resolves to the number of lines; a missing file has none.
 */
async function forEachLine(file, onLine) {
    let rest = "";
    let line = 0;
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: "utf8", highWaterMark: 1 << 20 });
    try {
        for await (const chunk of stream) {
            let start = 0;
            let nl = chunk.indexOf("\n");
            if (nl !== -1 && rest !== "") {
                emit(rest + chunk.slice(0, nl), true);
                rest = "";
                start = nl + 1;
                nl = chunk.indexOf("\n", start);
            }
            while (nl !== -1) {
                emit(chunk.slice(start, nl), true);
                start = nl + 1;
                nl = chunk.indexOf("\n", start);
            }
            rest = start === 0 ? rest + chunk : chunk.slice(start);
        }
    }
    catch (e) {
        if (e.code === "ENOENT")
            return 0;
        throw e;
    }
    if (rest !== "")
        emit(rest, false);
    return line;
    function emit(text, terminated) {
        line++;
        onLine(text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text, line, terminated);
    }
}

// EXTERNAL MODULE: ./packages/core/src/metrics/record.ts
var metrics_record = __webpack_require__(4941);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
        if (Number.isInteger(pid) && pid > 0 && !alive(pid))
            return true;
    }
    return false;
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === "EPERM";
    }
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
    if ((0,metrics_record/* checkRecord */.EQ)(value) !== undefined)
        return "unreadable";
    return (0,metrics_record/* parseTimestamp */.EH)(value.created_at) < cutoffMs ? "drop" : "keep";
}
/**
 * Appends `text` (whole lines) to a file in one write, first ending a torn last line (a line a
 * crashed writer left without its newline) so the new records start on a line of their own.
 * The caller holds the lock.
 */
async function appendLines(file, text) {
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(file), { recursive: true });
    const handle = await external_node_fs_.promises.open(file, "a+");
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
        await forEachLine(file, (text) => {
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
    async append(records) {
        if (records.length === 0)
            return;
        const text = records.map(metrics_record/* formatRecord */.bM).join("");
        await withFileLock(this.lockFile, () => appendLines(this.file, text), this.options.lock);
    }
    async scan(onLine) {
        await forEachLine(this.file, (text, line, terminated) => onLine(text, this.location, line, terminated));
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








const BOT_NAME = "github-actions[bot]";
const BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com";
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
            await g.run(["-c", `user.name=${BOT_NAME}`, "-c", `user.email=${BOT_EMAIL}`, "commit", "--quiet", "--no-verify", "--file=-"], { input: message });
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
            const pause = this.retryDelayMs * attempt * (0.5 + Math.random());
            await new Promise((r) => setTimeout(r, pause));
        }
    }
    async append(records) {
        if (records.length === 0)
            return;
        const byMonth = new Map();
        for (const r of records) {
            const month = new Date((0,metrics_record/* parseTimestamp */.EH)(r.created_at)).toISOString().slice(0, 7);
            byMonth.set(month, (byMonth.get(month) ?? "") + (0,metrics_record/* formatRecord */.bM)(r));
        }
        const n = records.length;
        await this.transact(`metrics: record ${n} task${n === 1 ? "" : "s"}`, async (dir) => {
            const files = [];
            for (const [month, text] of byMonth) {
                const file = `${month}.jsonl`;
                await appendLines(external_node_path_.join(dir, file), text);
                files.push(file);
            }
            return files;
        });
    }
    async files() {
        return (await external_node_fs_.promises.readdir(this.dir)).filter((f) => f.endsWith(".jsonl")).sort();
    }
    async scan(onLine) {
        if (!this.synced)
            await this.sync();
        for (const file of await this.files()) {
            const name = `${this.branch}:${file}`;
            await forEachLine(external_node_path_.join(this.dir, file), (text, line, terminated) => onLine(text, name, line, terminated));
        }
    }
    async prune(cutoffMs) {
        let result = { kept: 0, dropped: 0, unreadable: 0 };
        await this.transact("metrics: prune old records", async (dir) => {
            result = { kept: 0, dropped: 0, unreadable: 0 };
            const changed = [];
            for (const file of await this.files()) {
                const full = external_node_path_.join(dir, file);
                let drop = 0;
                await forEachLine(full, (text) => {
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

;// CONCATENATED MODULE: ./packages/core/src/metrics/service.ts







const DEFAULT_FILE = ".specpipe/metrics.jsonl";
function openStore(config) {
    if (config.kind === "file") {
        const rel = config.path ?? DEFAULT_FILE;
        const file = external_node_path_.resolve(config.root, rel);
        const display = external_node_path_.relative(config.root, file).split(external_node_path_.sep).join("/");
        return new FileStore({ file, displayPath: display.startsWith("..") ? file : display });
    }
    return new GitBranchStore({
        repoDir: config.root,
        remote: config.remote,
        branch: config.branch,
        auth: config.auth,
        env: config.env,
        maxAttempts: config.maxAttempts,
    });
}
function storeKind(value) {
    if (value === "file" || value === "git-branch")
        return value;
    throw new errors.UserError(`unknown store "${value}"`, { hint: 'use "file" or "git-branch"', code: "metrics.bad-store" });
}
/** Validates one record with the zod schema; a UserError names the field and the fix. */
function parseRecord(value, where) {
    const result = metrics_record/* MetricRecordSchema */.H4.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue.path.join(".") || "record";
        throw new errors.UserError(`invalid metric record: ${field} ${issue.message}`, {
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
/** Every task_id in the store (for ingest's "already ingested" check). */
async function storedIds(store) {
    const ids = new Set();
    await store.scan((text) => {
        if (text.trim() === "")
            return;
        try {
            const v = JSON.parse(text);
            if ((0,metrics_record/* checkRecord */.EQ)(v) === undefined)
                ids.add(v.task_id);
        }
        catch {
            // unreadable lines are the report's business
        }
    });
    return ids;
}
/** `ingest` from a JSONL file, or a JSON file holding an array of records (or one record). */
async function ingestFile(store, file, displayPath = file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, "utf8");
    }
    catch (cause) {
        throw new errors.UserError(`cannot read ${displayPath}`, { file: displayPath, hint: "give the path of a JSONL or JSON file of records", code: "metrics.ingest-missing", cause });
    }
    const candidates = [];
    const invalid = [];
    const trimmed = text.trimStart().replace(/^\uFEFF/, "");
    let whole;
    let isWhole = false;
    if (trimmed.startsWith("[")) {
        try {
            whole = JSON.parse(trimmed);
            isWhole = true;
        }
        catch {
            isWhole = false;
        }
    }
    if (isWhole && Array.isArray(whole)) {
        whole.forEach((value, i) => candidates.push({ value, line: i + 1 }));
    }
    else {
        text.replace(/^\uFEFF/, "").split("\n").forEach((raw, i) => {
            const l = raw.replace(/\r$/, "");
            if (l.trim() === "")
                return;
            try {
                candidates.push({ value: JSON.parse(l), line: i + 1 });
            }
            catch {
                invalid.push({ file: displayPath, line: i + 1, reason: "not JSON" });
            }
        });
    }
    const known = await storedIds(store);
    const fresh = [];
    let skipped = 0;
    for (const c of candidates) {
        const r = metrics_record/* MetricRecordSchema */.H4.safeParse(c.value);
        if (!r.success) {
            const issue = r.error.issues[0];
            invalid.push({ file: displayPath, line: c.line, reason: `${issue.path.join(".") || "record"}: ${issue.message}` });
            continue;
        }
        if (known.has(r.data.task_id)) {
            skipped++;
            continue;
        }
        known.add(r.data.task_id);
        fresh.push(r.data);
    }
    await store.append(fresh);
    return { added: fresh.length, skipped, invalid };
}
function parseTypeMap(lines) {
    return lines.map((l) => {
        const at = l.lastIndexOf("=");
        if (at <= 0 || at === l.length - 1) {
            throw new errors.UserError(`task type mapping "${l}" is not "job-name-pattern=type"`, { hint: 'write one "pattern=type" per line, e.g. "test*=test"', code: "metrics.bad-type-map" });
        }
        return { pattern: l.slice(0, at).trim(), type: l.slice(at + 1).trim() };
    });
}
async function typeMapper(rules) {
    if (rules.length === 0)
        return (name) => name;
    const { default: picomatch } = await __webpack_require__.e(/* import() */ 374).then(__webpack_require__.t.bind(__webpack_require__, 8374, 23));
    const compiled = rules.map((r) => ({ test: picomatch(r.pattern, { nocase: true, bash: true }), type: r.type }));
    return (name) => compiled.find((c) => c.test(name))?.type ?? name;
}
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
    const start = job.startedAt ? (0,metrics_record/* parseTimestamp */.EH)(job.startedAt) : NaN;
    const end = (0,metrics_record/* parseTimestamp */.EH)(job.completedAt);
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
/** `ingest` from this repository's workflow runs: each finished job is one task. */
async function ingestWorkflowRuns(store, api, ref, options) {
    const since = new Date(options.sinceMs).toISOString().slice(0, 10);
    const runs = await api.listWorkflowRuns({ ...ref, status: "completed", created: `>=${since}` });
    const known = await storedIds(store);
    const map = await typeMapper(options.typeRules ?? []);
    const model = options.model ?? "github-actions";
    const fresh = [];
    let skipped = 0;
    for (const run of runs) {
        if (run.id === options.excludeRunId)
            continue;
        const jobs = await api.listJobsForRun({ ...ref, runId: run.id });
        for (const job of jobs) {
            const rec = jobToRecord(job, run, map(job.name), model);
            if (!rec)
                continue;
            if (known.has(rec.task_id)) {
                skipped++;
                continue;
            }
            known.add(rec.task_id);
            fresh.push(rec);
        }
    }
    await store.append(fresh);
    return { added: fresh.length, skipped, invalid: [] };
}
/** Queued or waiting workflow runs: pending work for `stuck`. */
async function countQueuedRuns(api, ref) {
    const queued = await api.listWorkflowRuns({ ...ref, status: "queued", limit: 100 });
    return queued.length;
}
/** `report`: one streaming pass over the store. */
async function buildReport(store, options) {
    const a = new aggregate/* Aggregator */.u(options);
    await store.scan((text, file, line, terminated) => a.line(text, file, line, terminated));
    return a.finish();
}
/** `prune --keep-days N`. */
async function pruneStore(store, keepDays, nowMs) {
    const cutoff = nowMs - keepDays * 86_400_000;
    const result = await store.prune(cutoff);
    return { ...result, cutoff: new Date(cutoff).toISOString() };
}
/** PIPELINE_AUTO_FIX_ENABLED=1|true (any case) turns auto-fix on; the input can too. */
function autoFixEnabled(input, env) {
    const v = (env.PIPELINE_AUTO_FIX_ENABLED ?? "").trim().toLowerCase();
    return input || v === "1" || v === "true";
}


/***/ }),

/***/ 3957:
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
