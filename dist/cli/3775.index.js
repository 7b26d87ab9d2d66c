export const id = 3775;
export const ids = [3775,330,9883];
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

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ forEachLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Streams a text file line by line without holding more than one chunk and the line that
 * straddles it. `onLine(text, lineNumber, terminated)`: `terminated` is false only for a last
 * line that has no newline (possibly torn by a crashed writer). A trailing "\r" is dropped.
 * Resolves to the number of lines; a missing file has none.
 *
 * With `range`, only those bytes are read and lines are numbered from 1 within them; the range
 * must start at the beginning of a line (the report's segments, ADR 0025, start after a "\n").
 *
 * 64 KiB chunks: a 1 MiB chunk decodes to a string in V8's large-object space, which only a full
 * collection frees; a million-line report then held ~11 MiB more for no speed (bench/).
 */
async function forEachLine(file, onLine, range) {
    let rest = "";
    let line = 0;
    if (range && range.end !== undefined && range.end <= range.start)
        return 0;
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, {
        encoding: "utf8",
        highWaterMark: 1 << 16,
        start: range?.start,
        end: range?.end === undefined ? undefined : range.end - 1, // createReadStream's end is inclusive
    });
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


/***/ }),

/***/ 9883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eP: () => (/* binding */ aggregateFile),
  k0: () => (/* binding */ emptyScanStats),
  reportThreadsFromEnv: () => (/* binding */ reportThreadsFromEnv),
  reportWorkerBeside: () => (/* binding */ reportWorkerBeside)
});

// UNUSED EXPORTS: DEFAULT_MIN_SEGMENT_BYTES, DEFAULT_THREADS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/metrics/lines.ts
var metrics_lines = __webpack_require__(1356);
// EXTERNAL MODULE: ./packages/core/src/metrics/aggregate.ts
var aggregate = __webpack_require__(988);
// EXTERNAL MODULE: ./packages/core/src/metrics/record-check.ts
var record_check = __webpack_require__(3147);
;// CONCATENATED MODULE: ./packages/core/src/metrics/segments.ts




/** Aggregates the lines of one segment as if nothing came before it. */
async function scanSegment(job) {
    const a = new aggregate/* Aggregator */.u({ ...job.options, pending: 0 });
    const lines = await (0,metrics_lines/* forEachLine */.F)(job.file, (text, line, terminated) => a.line(text, job.name, line, terminated), {
        start: job.start,
        end: job.end,
    });
    return a.partial(lines);
}
/** The buffers a partial holds, for `postMessage`'s transfer list. */
function transferables(p) {
    const seen = new Set();
    for (const d of p.days)
        for (const c of d.durations)
            seen.add(c.buffer);
    return [...seen];
}
const NL = 10;
const BACKSLASH = 92;
/**
 * `parts` byte ranges that cover `[0, size)` and each start at the beginning of a line: each cut
 * is moved forward to just after the next "\n". Ranges that end up empty (one very long line) are
 * left out, so fewer ranges may come back.
 */
async function splitAtLines(file, size, parts) {
    const cuts = [0];
    const handle = await external_node_fs_.promises.open(file, "r");
    try {
        const buf = Buffer.alloc(1 << 16);
        for (let k = 1; k < parts; k++) {
            // A cut at `at` is a line start when the byte before it is a newline.
            let pos = Math.max(Math.floor((size * k) / parts) - 1, cuts[cuts.length - 1]);
            let cut = size;
            while (pos < size) {
                const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
                if (bytesRead === 0)
                    break;
                const nl = buf.subarray(0, bytesRead).indexOf(NL);
                if (nl !== -1) {
                    cut = pos + nl + 1;
                    break;
                }
                pos += bytesRead;
            }
            if (cut > cuts[cuts.length - 1])
                cuts.push(cut);
        }
    }
    finally {
        await handle.close();
    }
    const ranges = [];
    for (let i = 0; i < cuts.length; i++) {
        const end = i + 1 < cuts.length ? cuts[i + 1] : size;
        if (end > cuts[i])
            ranges.push({ start: cuts[i], end });
    }
    return ranges;
}
/**
 * Above this many carried tasks a segment is parsed whole instead of searched for each task: each
 * search reads the segment's bytes once more (~20 ms per 85 MB).
 */
const MAX_TARGETED_TASKS = 8;
/**
 * What `range` does to tasks that were open before it (see `OpenTaskEffects`), found without
 * parsing the whole segment. A record's `task_id` on a line without a backslash appears in the
 * bytes exactly as JSON.stringify(id) encodes it (a JSON string without escapes is its UTF-8 text),
 * so only lines holding that text, and lines holding a backslash (escapes can spell an id in other
 * bytes), can be records of the task. Those lines are parsed and checked like every other. With
 * many tasks, or an id that has U+FFFD (bytes that were not UTF-8 decode to it; searching for it
 * would miss them), every line is parsed.
 */
async function openTaskEffects(file, range, taskIds, windowStart) {
    const ids = new Set(taskIds);
    const effects = new Map();
    if (ids.size === 0)
        return effects;
    let everyLine = ids.size > MAX_TARGETED_TASKS;
    const patterns = [];
    for (const id of ids) {
        if (id.includes("\uFFFD"))
            everyLine = true;
        const encoded = JSON.stringify(id);
        // An id whose JSON needs escapes only ever appears on lines with a backslash.
        if (!encoded.includes("\\"))
            patterns.push(Buffer.from(encoded, "utf8"));
    }
    const look = (text) => {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            return;
        }
        const ms = (0,record_check/* recordTime */.$l)(value);
        if (ms !== ms)
            return;
        const r = value;
        if (!ids.has(r.task_id))
            return;
        let e = effects.get(r.task_id);
        if (e === undefined)
            effects.set(r.task_id, (e = { opened: false, maxFinish: -Infinity }));
        if (record_check/* OPEN_STATUSES */.q0.has(r.status)) {
            if (ms >= windowStart)
                e.opened = true;
        }
        else if (record_check/* FINISHED_STATUSES */.oM.has(r.status) && ms > e.maxFinish)
            e.maxFinish = ms;
    };
    // Whole lines of the segment, a block at a time (a line longer than the buffer grows it).
    const handle = await external_node_fs_.promises.open(file, "r");
    try {
        let buf = Buffer.alloc(1 << 20);
        let pos = range.start;
        let carry = 0; // bytes buf[0, carry) are a line begun in the previous block
        while (pos < range.end) {
            if (carry === buf.length) {
                const bigger = Buffer.alloc(buf.length * 2);
                buf.copy(bigger, 0, 0, carry);
                buf = bigger;
            }
            const { bytesRead } = await handle.read(buf, carry, Math.min(buf.length - carry, range.end - pos), pos);
            if (bytesRead === 0)
                break; // the file was truncated meanwhile: what was read is what there is
            pos += bytesRead;
            const filled = carry + bytesRead;
            const whole = pos >= range.end ? filled : buf.lastIndexOf(NL, filled - 1) + 1;
            if (whole > 0) {
                const block = buf.subarray(0, whole);
                if (everyLine)
                    eachLine(block, look);
                else
                    candidates(block, patterns, look);
                buf.copy(buf, 0, whole, filled);
            }
            carry = filled - whole;
        }
    }
    finally {
        await handle.close();
    }
    return effects;
}
function lineText(block, start, end) {
    if (end > start && block[end - 1] === 13)
        end--; // "\r\n", as the line reader drops the "\r"
    return block.toString("utf8", start, end);
}
function eachLine(block, look) {
    let start = 0;
    while (start < block.length) {
        let end = block.indexOf(NL, start);
        if (end === -1)
            end = block.length;
        look(lineText(block, start, end));
        start = end + 1;
    }
}
/** Lines of `block` that hold one of `patterns` or a backslash, each looked at once. */
function candidates(block, patterns, look) {
    const starts = new Map();
    const mark = (at) => {
        const start = at === 0 ? 0 : block.lastIndexOf(NL, at - 1) + 1;
        if (starts.has(start))
            return block.indexOf(NL, at);
        let end = block.indexOf(NL, at);
        if (end === -1)
            end = block.length;
        starts.set(start, end);
        return end;
    };
    for (const needle of [...patterns, BACKSLASH]) {
        let at = block.indexOf(needle);
        while (at !== -1) {
            const end = mark(at);
            if (end === -1 || end >= block.length)
                break;
            at = block.indexOf(needle, end + 1);
        }
    }
    for (const start of [...starts.keys()].sort((a, b) => a - b))
        look(lineText(block, start, starts.get(start)));
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/parallel.ts








/** Two threads: the second halves the parse; each more costs ~25 MiB for less gain (bench/). */
const DEFAULT_THREADS = 2;
/** Under ~16 MiB a second thread's start (~35 ms) eats what it saves. */
const DEFAULT_MIN_SEGMENT_BYTES = 16 * 1024 * 1024;
/**
 * The worker bundle beside the bundle `moduleUrl` belongs to (its `import.meta.url`), or undefined
 * when there is none (running from sources): the report then reads in one pass.
 */
function reportWorkerBeside(moduleUrl) {
    const script = external_node_path_.join(external_node_path_.dirname((0,external_node_url_.fileURLToPath)(moduleUrl)), "report-worker", "index.js");
    return (0,external_node_fs_.existsSync)(script) ? script : undefined;
}
/**
 * `SPECPIPE_REPORT_THREADS` (1 turns the worker off) and `SPECPIPE_REPORT_MIN_SEGMENT_BYTES`,
 * for runners with one core or tight memory, and for tests that cut small files.
 */
function reportThreadsFromEnv(env, workerScript) {
    const read = (name, fallback, min) => {
        const raw = env[name]?.trim();
        if (!raw)
            return fallback;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < min) {
            throw new errors.UserError(`${name} is "${raw}", not a whole number ≥ ${min}`, {
                hint: `set ${name} to a whole number ≥ ${min}, or unset it`,
                code: "metrics.bad-threads",
            });
        }
        return n;
    };
    const threads = read("SPECPIPE_REPORT_THREADS", Math.min(DEFAULT_THREADS, (0,external_node_os_.availableParallelism)()), 1);
    return {
        // No worker bundle (sources): one pass, since segments on this thread would only add work.
        threads: workerScript === undefined ? 1 : threads,
        minSegmentBytes: read("SPECPIPE_REPORT_MIN_SEGMENT_BYTES", DEFAULT_MIN_SEGMENT_BYTES, 1),
        workerScript,
    };
}
function emptyScanStats() {
    return { files: 0, bytes: 0, segments: 0, workers: 0 };
}
/**
 * Feeds one store file to `a`, after whatever `a` has seen: in one pass when it is small, else in
 * segments read at the same time (the first on this thread) and absorbed in file order.
 */
async function aggregateFile(a, file, options, threads, stats) {
    let before;
    try {
        before = await external_node_fs_.promises.stat(file.path);
    }
    catch (e) {
        if (e.code === "ENOENT")
            return;
        throw e;
    }
    const size = before.size;
    stats.files++;
    stats.bytes += size;
    const parts = Math.min(threads.threads, Math.floor(size / threads.minSegmentBytes));
    const ranges = parts >= 2 ? await splitAtLines(file.path, size, parts) : [];
    if (ranges.length < 2) {
        stats.segments++;
        await (0,metrics_lines/* forEachLine */.F)(file.path, (text, line, terminated) => a.line(text, file.name, line, terminated));
        return;
    }
    const jobs = ranges.map((r) => ({
        file: file.path,
        name: file.name,
        start: r.start,
        end: r.end,
        options: segmentOptions(options, a),
    }));
    const workers = [];
    const partials = [];
    try {
        for (const [i, job] of jobs.entries()) {
            let partial;
            if (i === 0 || threads.workerScript === undefined)
                partial = scanSegment(job);
            else {
                const w = startWorker(threads.workerScript, job); // may throw: the finally stops the others
                workers.push(w.worker);
                partial = w.result;
            }
            // Awaited in order below; a later one may fail first, and that must not be an unhandled rejection.
            partial.catch(() => undefined);
            partials.push(partial);
        }
        let lineOffset = 0;
        for (let i = 0; i < jobs.length; i++) {
            // Tasks still open after the segments before this one are looked up in it while its worker
            // may still be reading it (the main thread's own segment is usually done first).
            const carried = a.openTaskIds();
            const [partial, effects] = await Promise.all([
                partials[i],
                carried.length === 0 ? undefined : openTaskEffects(file.path, ranges[i], carried, a.windowStart),
            ]);
            a.absorb(partial, lineOffset, effects);
            lineOffset += partial.lines;
        }
    }
    finally {
        // On success they have exited already; on a failure the others must not run on.
        await Promise.all(workers.map((w) => w.terminate()));
    }
    // Each thread opens the file by its path. Appends after the first stat are simply not read, but
    // a file replaced meanwhile (a prune renames a new one into place) may have been read in part.
    const after = await external_node_fs_.promises.stat(file.path).catch(() => undefined);
    if (after === undefined || after.ino !== before.ino || after.dev !== before.dev) {
        throw new errors.UserError(`${file.name} was replaced while the report read it (a prune at the same time?)`, {
            hint: "run the report again",
            code: "metrics.store-replaced",
        });
    }
    stats.segments += jobs.length;
    stats.workers += workers.length;
}
/** The thresholds `a` uses (defaults filled in) and its "now": a worker's aggregator must agree. */
function segmentOptions(options, a) {
    return { ...a.thresholds, now: options.now, pending: 0 };
}
function startWorker(script, job) {
    // An empty environment: the worker reads a file and needs nothing else (no token reaches it).
    // Its young generation is capped like the main thread's (keepYoungGenerationSmall, ADR 0021).
    const worker = new external_node_worker_threads_.Worker(script, {
        workerData: job,
        env: {},
        stdout: false,
        stderr: false,
        resourceLimits: { maxYoungGenerationSizeMb: 12 },
    });
    const result = new Promise((resolve, reject) => {
        let settled = false;
        worker.once("message", (m) => {
            settled = true;
            if (m.partial)
                resolve(m.partial);
            else
                reject(new Error(`reading ${job.name} (bytes ${job.start}–${job.end}): ${m.error ?? "the report worker failed"}`));
        });
        worker.once("error", (e) => {
            settled = true;
            reject(e instanceof Error ? e : new Error(String(e)));
        });
        worker.once("exit", (code) => {
            if (!settled)
                reject(new Error(`the report worker for ${job.name} stopped (exit code ${code}) before it answered`));
        });
    });
    return { worker, result };
}


/***/ }),

/***/ 3775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kt: () => (/* binding */ autoFixEnabled),
  FK: () => (/* binding */ buildReport),
  Pi: () => (/* binding */ countQueuedRuns),
  tf: () => (/* binding */ ingestFile),
  KB: () => (/* binding */ ingestWorkflowRuns),
  Ch: () => (/* binding */ openStore),
  parseStoreOptions: () => (/* binding */ parseStoreOptions),
  parseTypeMap: () => (/* binding */ parseTypeMap),
  I9: () => (/* binding */ pruneStore),
  R: () => (/* binding */ recordTask),
  storeKind: () => (/* binding */ storeKind)
});

// UNUSED EXPORTS: DEFAULT_FILE, WAITING_RUN_STATUSES, jobStatus, jobToRecord, parseRecord, recordKey, registerStore, storedKeys, typeMapper

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/metrics/aggregate.ts
var aggregate = __webpack_require__(988);
// EXTERNAL MODULE: ./packages/core/src/metrics/parallel.ts + 1 modules
var parallel = __webpack_require__(9883);
// EXTERNAL MODULE: ./packages/core/src/defaults.ts
var defaults = __webpack_require__(1315);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/metrics/lines.ts
var lines = __webpack_require__(1356);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./node_modules/zod/v4/locales/en.js
var en = __webpack_require__(252);
// EXTERNAL MODULE: ./packages/core/src/metrics/record-check.ts
var record_check = __webpack_require__(3147);
;// CONCATENATED MODULE: ./packages/core/src/metrics/record.ts
// zod/mini, not "zod": metrics-collect loads this module on every run (the store reader needs
// it), and the full zod costs several times more to evaluate (start-up budget, ADR 0023). The
// schema is the same, check for check, so are its messages: the full zod sets the English locale
// as its first schema is built (unless one is set), and so does this module.




if (!core/* config */.$W().localeError)
    core/* config */.$W((0,en/* default */.A)());
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
const record_text = schemas/* string */.YjP().check(api/* _minLength */.m9(1));
const count = schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _nonnegative */.UI());
const MetricRecordSchema = schemas/* looseObject */._H3({
    task_id: record_text,
    task_type: record_text,
    model: record_text,
    duration_seconds: schemas/* number */.aig().check(api/* _nonnegative */.UI()),
    status: schemas/* enum */.k5n(record_check/* TASK_STATUSES */.Hi),
    created_at: schemas/* string */.YjP().check(schemas/* refine */.YPB((v) => !Number.isNaN((0,record_check/* parseTimestamp */.EH)(v)), { message: "must be an ISO 8601 timestamp" })),
    phase: schemas/* optional */.lqM(record_text),
    executor: schemas/* optional */.lqM(record_text),
    prompt_variant: schemas/* optional */.lqM(record_text),
    tokens_in: schemas/* optional */.lqM(count),
    tokens_out: schemas/* optional */.lqM(count),
    cost_usd: schemas/* optional */.lqM(schemas/* number */.aig().check(api/* _nonnegative */.UI())),
    run_url: schemas/* optional */.lqM(record_text),
});
/** The reason `value` is not a record, or undefined when it is one. */
function checkRecord(value) {
    return Number.isNaN((0,record_check/* recordTime */.$l)(value)) ? record_check/* invalidReason */.q2 : undefined;
}
/** The phase a record counts under for `repeated_failures`: its `phase`, else its `task_type`. */
function phaseOf(r) {
    return r.phase ?? r.task_type;
}
/** One JSONL line (with its newline) for a record; `created_at` normalised to UTC with `Z`. */
function formatRecord(record) {
    const ms = (0,record_check/* parseTimestamp */.EH)(record.created_at);
    return JSON.stringify({ ...record, created_at: new Date(ms).toISOString() }) + "\n";
}

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
    if (checkRecord(value) !== undefined)
        return "unreadable";
    return (0,record_check/* parseTimestamp */.EH)(value.created_at) < cutoffMs ? "drop" : "keep";
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
        await (0,lines/* forEachLine */.F)(file, (text) => {
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
        const text = records.map(formatRecord).join("");
        await withFileLock(this.lockFile, () => appendLines(this.file, text), this.options.lock);
    }
    async scan(onLine) {
        await (0,lines/* forEachLine */.F)(this.file, (text, line, terminated) => onLine(text, this.location, line, terminated));
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









const BOT_NAME = defaults/* GITHUB_ACTIONS_BOT */.i.name;
const BOT_EMAIL = defaults/* GITHUB_ACTIONS_BOT */.i.email;
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
            const pause = this.retryDelayMs * attempt * (0.5 + Math.random());
            await new Promise((r) => setTimeout(r, pause));
        }
    }
    async append(records) {
        if (records.length === 0)
            return;
        const byMonth = new Map();
        for (const r of records) {
            const month = new Date((0,record_check/* parseTimestamp */.EH)(r.created_at)).toISOString().slice(0, 7);
            byMonth.set(month, (byMonth.get(month) ?? "") + formatRecord(r));
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
            await (0,lines/* forEachLine */.F)(external_node_path_.join(this.dir, file), (text, line, terminated) => onLine(text, name, line, terminated));
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

;// CONCATENATED MODULE: ./packages/core/src/metrics/service.ts








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
/**
 * One "key=value" line of a multi-line input, trimmed, or undefined when it has no key. Split at
 * the first "=" (a value such as a URL may hold more) or at the last (a key such as a glob may).
 */
function splitKeyValue(line, at) {
    const i = at === "first" ? line.indexOf("=") : line.lastIndexOf("=");
    const key = i < 0 ? "" : line.slice(0, i).trim();
    return key === "" ? undefined : [key, line.slice(i + 1).trim()];
}
/** `store-options`: one "key=value" per line (blank lines ignored). */
function parseStoreOptions(lines) {
    const options = {};
    for (const line of lines) {
        if (line.trim() === "")
            continue;
        const kv = splitKeyValue(line, "first");
        if (!kv)
            throw new errors.UserError(`store option "${line}" is not "key=value"`, {
                hint: 'write one "key=value" per line in the store-options input (--store-option KEY=VALUE on the command line)',
                code: "metrics.bad-store-option",
            });
        options[kv[0]] = kv[1];
    }
    return options;
}
/** Validates one record with the zod schema; a UserError names the field and the fix. */
function parseRecord(value, where) {
    const result = MetricRecordSchema.safeParse(value);
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
/**
 * A record's identity for ingest: its task, its status and its time. One task has several records
 * (`running`, then `completed`), so the task_id alone would drop all but the first; the same
 * record ingested twice has the same identity.
 */
function recordKey(r) {
    return `${r.task_id}\u0000${r.status}\u0000${(0,record_check/* parseTimestamp */.EH)(r.created_at)}`;
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
            if (checkRecord(v) === undefined && taskIds.has(v.task_id))
                keys.add(recordKey(v));
        }
        catch {
            // unreadable lines are the report's business
        }
    });
    return keys;
}
/** Appends the records the store does not have yet (by `recordKey`), each once. */
async function appendNew(store, records) {
    const known = await storedKeys(store, new Set(records.map((r) => r.task_id)));
    const fresh = [];
    for (const r of records) {
        const key = recordKey(r);
        if (known.has(key))
            continue;
        known.add(key);
        fresh.push(r);
    }
    await store.append(fresh);
    return { added: fresh.length, skipped: records.length - fresh.length };
}
/** `ingest` from a JSONL file, or a JSON file holding an array of records (or one record). */
async function ingestFile(store, file, displayPath = file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, "utf8");
    }
    catch (cause) {
        throw new errors.UserError(`cannot read ${displayPath}`, {
            file: displayPath,
            hint: "give the path of a JSONL or JSON file of records",
            code: "metrics.ingest-missing",
            cause,
        });
    }
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
    if (isWhole && Array.isArray(whole)) {
        whole.forEach((value, i) => candidates.push({ value, line: i + 1 }));
    }
    else if (isWhole && trimmed.startsWith("{")) {
        candidates.push({ value: whole, line: 1 });
    }
    else {
        text
            .replace(/^\uFEFF/, "")
            .split("\n")
            .forEach((raw, i) => {
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
    const valid = [];
    for (const c of candidates) {
        const r = MetricRecordSchema.safeParse(c.value);
        if (!r.success) {
            const issue = r.error.issues[0];
            invalid.push({ file: displayPath, line: c.line, reason: `${issue.path.join(".") || "record"}: ${issue.message}` });
            continue;
        }
        valid.push(r.data);
    }
    return { ...(await appendNew(store, valid)), invalid };
}
function parseTypeMap(lines) {
    return lines.map((l) => {
        const kv = splitKeyValue(l, "last");
        if (!kv || kv[1] === "") {
            throw new errors.UserError(`task type mapping "${l}" is not "job-name-pattern=type"`, {
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
    const start = job.startedAt ? (0,record_check/* parseTimestamp */.EH)(job.startedAt) : NaN;
    const end = (0,record_check/* parseTimestamp */.EH)(job.completedAt);
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
    const map = await typeMapper(options.typeRules ?? []);
    const model = options.model ?? "github-actions";
    const records = [];
    for (const run of runs) {
        if (run.id === options.excludeRunId)
            continue;
        const jobs = await api.listJobsForRun({ ...ref, runId: run.id });
        for (const job of jobs) {
            const rec = jobToRecord(job, run, map(job.name), model);
            if (rec)
                records.push(rec);
        }
    }
    return { ...(await appendNew(store, records)), invalid: [] };
}
/** Run statuses that mean work has not started: GitHub filters runs by one status at a time. */
const WAITING_RUN_STATUSES = ["queued", "waiting", "pending", "requested"];
/** Workflow runs that have not started (queued, waiting for approval, pending, requested): pending work for `stuck`. */
async function countQueuedRuns(api, ref) {
    let n = 0;
    for (const status of WAITING_RUN_STATUSES)
        n += (await api.listWorkflowRuns({ ...ref, status, limit: 100 })).length;
    return n;
}
/**
 * `report`: one streaming pass over the store; with `threads`, large local files are read in
 * segments on several threads, with the same answer (ADR 0025). `stats` is filled in.
 */
async function buildReport(store, options, threads, stats = (0,parallel/* emptyScanStats */.k0)()) {
    const a = new aggregate/* Aggregator */.u(options);
    if (threads && threads.threads > 1 && store.localFiles) {
        for (const file of await store.localFiles())
            await (0,parallel/* aggregateFile */.eP)(a, file, options, threads, stats);
    }
    else {
        let last = "";
        await store.scan((text, file, line, terminated) => {
            if (file !== last) {
                stats.files++;
                stats.segments++;
                last = file;
            }
            a.line(text, file, line, terminated);
        });
    }
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
