export const id = 8377;
export const ids = [8377,330,9357];
export const modules = {

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ DEFAULT_TYPES),
/* harmony export */   RW: () => (/* binding */ parseHeader),
/* harmony export */   hV: () => (/* binding */ DEFAULT_REQUIRE_BODY),
/* harmony export */   kZ: () => (/* binding */ isIgnoredMessage),
/* harmony export */   rR: () => (/* binding */ headerOf)
/* harmony export */ });
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Conventional-commit headers, judged exactly as commitlint's `config-conventional` (v21) does:
 * the conventionalcommits preset's header pattern, then the error-level header rules
 * (header-max-length 100, header-trim, type-empty, type-case, type-enum, subject-empty,
 * subject-case never sentence/start/pascal/upper, subject-full-stop never "."). The types are ours:
 * config-conventional's list plus `spec` by default.
 */
const DEFAULT_TYPES = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert", "spec"];
const DEFAULT_REQUIRE_BODY = ["feat", "fix", "refactor", "perf", "spec"];
/** The preset's pattern (conventional-changelog-conventionalcommits parserOpts.headerPattern). */
const HEADER_PATTERN = /^(\w*)(?:\((.*)\))?!?: (.*)$/;
const BREAKING_PATTERN = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const STARTS_WITH_LETTER = /^[\p{Ll}\p{Lu}\p{Lt}]/iu;
/** commitlint's ensureCase(…, "sentence-case" | …) for the first letter: true when the subject is in that case. */
function firstIsUpperLike(subject) {
    const input = subject.replace(/`.*?`|".*?"|'.*?'/g, "").trim();
    if (input === "")
        return true;
    const first = String.fromCodePoint(input.codePointAt(0));
    if (/^\d/.test(first.toUpperCase()))
        return true;
    return first.toUpperCase() === first;
}
/** Parse and judge one header line. `types` defaults to DEFAULT_TYPES. */
function parseHeader(header, types = DEFAULT_TYPES) {
    const m = HEADER_PATTERN.exec(header);
    const type = m ? m[1] || null : null;
    const scope = m ? m[2] || null : null;
    const subject = m ? m[3] || null : null;
    const problems = [];
    const add = (rule, message) => problems.push({ rule, message });
    if (header.length > 100)
        add("header-max-length", `header must not be longer than 100 characters, current length is ${header.length}`);
    if (header) {
        const lead = header.length > header.trimStart().length;
        const tail = header.length > header.trimEnd().length;
        if (lead || tail)
            add("header-trim", `header must not ${lead && tail ? "be surrounded by" : lead ? "start with" : "end with"} whitespace`);
    }
    if (!type)
        add("type-empty", "type may not be empty (expected `type(scope): subject`)");
    else {
        if (type.toLowerCase() !== type && !/^\d/.test(type.toLowerCase()))
            add("type-case", "type must be lower-case");
        if (!types.includes(type))
            add("type-enum", `type must be one of [${types.join(", ")}]`);
    }
    if (!subject)
        add("subject-empty", "subject may not be empty");
    else if (STARTS_WITH_LETTER.test(subject) && firstIsUpperLike(subject)) {
        add("subject-case", "subject must not be sentence-case, start-case, pascal-case, upper-case");
    }
    const colon = header.indexOf(":");
    if (!(colon > 0 && colon === header.length - 1)) {
        if (header.endsWith(".") && !header.endsWith("..."))
            add("subject-full-stop", "subject may not end with full stop");
    }
    return { header, type, scope, subject, breaking: m ? BREAKING_PATTERN.test(header) : false, problems, valid: problems.length === 0 };
}
/** The header line of a message as commitlint sees it: leading newlines dropped, "gpg:" lines skipped. */
function headerOf(message) {
    let pos = 0;
    while (pos < message.length && (message[pos] === "\n" || message[pos] === "\r"))
        pos++;
    while (pos < message.length) {
        const nl = message.indexOf("\n", pos);
        const end = nl === -1 ? message.length : nl;
        const line = message.slice(pos, end > pos && message[end - 1] === "\r" ? end - 1 : end);
        if (!GPG_LINE.test(line))
            return line;
        pos = end + 1;
    }
    return "";
}
const GPG_LINE = /^\s*gpg:/;
/**
 * Headers commitlint ignores by default (merges, reverts, fixup!/squash!/amend!, versions…):
 * its verdict on them is "valid", so ours is too.
 */
function isIgnoredMessage(message) {
    // Every pattern below needs one of these; most messages have none (a cheap first test).
    if (!message.includes("Merge") &&
        !/^(?:[Rr]evert |[Rr]eapply |amend!|fixup!|squash!|Auto)/.test(message) &&
        !/^[^\n]*\d\.\d/.test(message))
        return false;
    const first = message.split("\n")[0] ?? "";
    if (/^((Merge pull request)|(Merge (.*?) into (.*?)|(Merge branch (.*?)))(?:\r?\n)*$)/m.test(message))
        return true;
    if (/^(Merge tag (.*?))(?:\r?\n)*$/m.test(message))
        return true;
    if (/^(R|r)evert (.*)/.test(message) || /^(R|r)eapply (.*)/.test(message))
        return true;
    if (/^(amend|fixup|squash)!/.test(message))
        return true;
    if (/^(Merged (.*?)(in|into) (.*)|Merged PR (.*): (.*))/.test(message))
        return true;
    if (/^Merge remote-tracking branch(\s*)(.*)/.test(message) ||
        /^Automatic merge(.*)/.test(message) ||
        /^Auto-merged (.*?) into (.*)/.test(message))
        return true;
    const stripped = first.replace(/^chore(\([^)]+\))?:/, "").trim();
    return semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default()(stripped) !== null;
}


/***/ }),

/***/ 6805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ readCommits),
/* harmony export */   S2: () => (/* binding */ streamCommitBatches),
/* harmony export */   Tp: () => (/* binding */ streamCommits)
/* harmony export */ });
/* unused harmony exports logArgs, parseRecord */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(330);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9391);



const FORMAT = "%x1e%H%x00%P%x00%an%x00%ae%x00%aI%x00%B%x00%(trailers:only,unfold)%x00";
function logArgs(range) {
    const to = range.to ?? "HEAD";
    const args = [
        "-c",
        "log.showSignature=false",
        "log",
        "-z",
        "--no-color",
        range.stat === "names" ? "--name-status" : "--numstat",
        "--no-renames",
        "--no-ext-diff",
        "--diff-merges=first-parent",
        "--topo-order",
        "--reverse",
        `--format=${FORMAT}`,
        // Revisions may come from inputs and events: after this, git reads nothing as an option.
        "--end-of-options",
        range.from ? `${range.from}..${to}` : to,
    ];
    if (range.paths?.length)
        args.splice(args.indexOf("--topo-order"), 0, "--full-history", "--sparse");
    // Exclusions are ours (`--remotes=origin`, remote-tracking refs), so they go before the marker,
    // between two --not (the second switches negation off again for the range).
    if (range.exclude?.length)
        args.splice(args.indexOf("--end-of-options"), 0, "--not", ...range.exclude, "--not");
    args.push("--");
    if (range.paths?.length)
        args.push(...range.paths.map((p) => `:(literal)${p}`));
    return args;
}
function parseTrailerLines(text) {
    const out = [];
    for (const line of text.split("\n")) {
        if (!line)
            continue;
        const at = line.indexOf(":");
        if (at <= 0)
            continue;
        out.push({ key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
    }
    return out;
}
function parseRecord(record) {
    const fields = [];
    let pos = 0;
    for (let i = 0; i < 7; i++) {
        const nul = record.indexOf(0, pos);
        if (nul === -1)
            throw new Error("internal: truncated git log record");
        fields.push(record.toString("utf8", pos, nul));
        pos = nul + 1;
    }
    const [sha, parents, authorName, authorEmail, date, message, trailers] = fields;
    const files = [];
    const entries = record.toString("utf8", pos).split("\0");
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i].replace(/^\n+/, "");
        if (!e)
            continue;
        const t1 = e.indexOf("\t");
        const t2 = e.indexOf("\t", t1 + 1);
        if (t1 < 0 || t2 < 0) {
            // --name-status -z: the status letter(s), then the path as the next field.
            const p = entries[++i];
            if (p !== undefined)
                files.push({ path: p, added: null, deleted: null, status: e });
            continue;
        }
        const a = e.slice(0, t1);
        const d = e.slice(t1 + 1, t2);
        files.push({ path: e.slice(t2 + 1), added: a === "-" ? null : Number(a), deleted: d === "-" ? null : Number(d) });
    }
    return {
        sha,
        parents: parents ? parents.split(" ") : [],
        authorName,
        authorEmail,
        date,
        message,
        header: (0,_header_js__WEBPACK_IMPORTED_MODULE_2__/* .headerOf */ .rR)(message),
        trailers: parseTrailerLines(trailers),
        files,
    };
}
/** Stream the commits of a range, oldest first (topological order), from one `git log`. */
async function* streamCommits(git, range) {
    for await (const batch of streamCommitBatches(git, range))
        yield* batch;
}
/**
 * The same stream in batches (the commits complete in each chunk git writes): consumers that do
 * little per commit avoid an await per commit.
 */
async function* streamCommitBatches(git, range) {
    const args = logArgs(range);
    // Git has no streaming call; its environment (identity, test config) is private, so read it here.
    const env = { ...process.env, ...git.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", args, { cwd: git.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const err = [];
    child.stderr.on("data", (c) => err.push(c));
    const closed = new Promise((resolve, reject) => {
        child.on("error", reject);
        child.on("close", (code) => resolve(code));
    });
    // Records start with 0x1E; a record is complete when the next one starts (or output ends).
    // Only new chunks are searched, and bytes are copied once per record.
    let parts = [];
    let started = false;
    try {
        for await (const chunk of child.stdout) {
            let from = 0;
            let sep = chunk.indexOf(0x1e);
            const batch = [];
            while (sep !== -1) {
                if (started) {
                    parts.push(chunk.subarray(from, sep));
                    batch.push(parseRecord(parts.length === 1 ? parts[0] : Buffer.concat(parts)));
                }
                started = true;
                parts = [];
                from = sep + 1;
                sep = chunk.indexOf(0x1e, from);
            }
            if (started && from < chunk.length)
                parts.push(chunk.subarray(from));
            if (batch.length)
                yield batch;
        }
        const code = await closed;
        if (code !== 0)
            throw new _git_git_js__WEBPACK_IMPORTED_MODULE_1__.GitError(args, code, Buffer.concat(err).toString("utf8"), "");
        if (started)
            yield [parseRecord(Buffer.concat(parts))];
    }
    finally {
        if (child.exitCode === null)
            child.kill();
    }
}
/** All commits of a range, oldest first, from one `git log` call. */
async function readCommits(git, range) {
    const out = [];
    for await (const c of streamCommits(git, range))
        out.push(c);
    return out;
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
/** The repository-relative files the spec consists of, sorted. Literal paths that do not exist are left out. */
async function listSpecFiles(root, paths = DEFAULT_SPEC_PATHS) {
    const found = new Set();
    const globs = [];
    for (const p of paths) {
        const rel = p.split("\\").join("/").replace(/^\.\//, "");
        if (isGlob(rel))
            globs.push(rel);
        else {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel)).catch(() => undefined);
            if (st?.isFile())
                found.add(rel);
        }
    }
    if (globs.length) {
        const { glob } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
        for (const f of await glob(globs, { cwd: root, onlyFiles: true, dot: true, ignore: ["**/.git/**", "**/node_modules/**"] }))
            found.add(f);
    }
    return [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/** The hash of the spec in a work tree. */
async function computeSpecHash(options) {
    const files = await listSpecFiles(options.root, options.paths && options.paths.length ? options.paths : DEFAULT_SPEC_PATHS);
    const contents = await Promise.all(files.map(async (f) => ({ path: f, content: await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(options.root, f)) })));
    return { ...hashSpecContents(contents), files };
}


/***/ })

};
