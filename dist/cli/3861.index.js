export const id = 3861;
export const ids = [3861,330,9357];
export const modules = {

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   GitError: () => (/* binding */ GitError),
/* harmony export */   gitUserError: () => (/* binding */ gitUserError),
/* harmony export */   isNonFastForward: () => (/* binding */ isNonFastForward)
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


/***/ }),

/***/ 8842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   harvest: () => (/* binding */ harvest),
/* harmony export */   toChat: () => (/* binding */ toChat)
/* harmony export */ });
/* unused harmony export CHAT_SYSTEM_PROMPT */
/* harmony import */ var _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1346);
/* harmony import */ var _commits_catfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4126);
/* harmony import */ var _commits_header_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9391);
/* harmony import */ var _commits_range_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6805);
/* harmony import */ var _commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9102);
/* harmony import */ var _spec_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9357);
/* harmony import */ var _spec_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1485);







async function specDiff(before, after) {
    const { createTwoFilesPatch } = await __webpack_require__.e(/* import() */ 4023).then(__webpack_require__.bind(__webpack_require__, 4023));
    const paths = [...new Set([...before.files.map((f) => f.path), ...after.files.map((f) => f.path)])].sort();
    let out = "";
    for (const p of paths) {
        const a = before.files.find((f) => f.path === p);
        const b = after.files.find((f) => f.path === p);
        if (a && b && a.oid === b.oid)
            continue;
        const patch = createTwoFilesPatch(a ? `a/${p}` : "/dev/null", b ? `b/${p}` : "/dev/null", a?.content.toString("utf8") ?? "", b?.content.toString("utf8") ?? "", "", "", { context: 3 });
        const start = patch.indexOf("--- ");
        out += (start >= 0 ? patch.slice(start) : patch).replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
    }
    return out;
}
async function* harvest(git, range, options = {}) {
    const cat = new _commits_catfile_js__WEBPACK_IMPORTED_MODULE_1__.CatFile(git);
    const reader = new _spec_history_js__WEBPACK_IMPORTED_MODULE_6__.SpecReader(cat, new _spec_history_js__WEBPACK_IMPORTED_MODULE_6__.SpecPaths(options.specPaths?.length ? options.specPaths : _spec_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_SPEC_PATHS */ .Ft));
    const adrDir = (options.adrDir ?? _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_ADR_DIR).replace(/\/+$/, "");
    try {
        let n = 0;
        for await (const { commit: c, before, after, changed } of reader.walk((0,_commits_range_js__WEBPACK_IMPORTED_MODULE_3__/* .streamCommits */ .Tp)(git, range))) {
            const h = (0,_commits_header_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHeader */ .RW)(c.header);
            const adrs = [];
            for (const f of c.files) {
                if (!f.path.startsWith(adrDir + "/") || (0,_adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.adrNumber)(f.path.slice(adrDir.length + 1)) === undefined)
                    continue;
                const parent = c.parents[0];
                if (parent && (await cat.read(`${parent}:${f.path}`))?.type === "blob")
                    continue;
                const obj = await cat.read(`${c.sha}:${f.path}`);
                if (obj?.type === "blob")
                    adrs.push({ path: f.path, content: obj.content.toString("utf8") });
            }
            yield {
                sha: c.sha,
                parents: c.parents,
                author: { name: c.authorName, email: c.authorEmail },
                date: c.date,
                header: c.header,
                type: h.type,
                scope: h.scope,
                subject: h.subject,
                breaking: h.breaking,
                body: (0,_commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .messageBody */ .OS)(c.message),
                trailers: c.trailers,
                playbookStep: (0,_commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .trailerValue */ .di)(c.trailers, "Playbook-Step") ?? null,
                specHashBefore: before.files.length ? before.hash.short : null,
                specHashAfter: after.files.length ? after.hash.short : null,
                specChanged: changed,
                specDiff: changed ? await specDiff(before, after) : null,
                amendmentReason: (0,_commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .trailerValue */ .di)(c.trailers, "Spec-Amendment") ?? null,
                adrs,
                files: c.files,
            };
            // Children only need their parent's state; drop older states so memory stays flat.
            if (++n % 1000 === 0)
                reader.forgetExcept(c.sha);
        }
    }
    finally {
        cat.close();
    }
}
const CHAT_SYSTEM_PROMPT = "You are a software engineer working in a spec-driven repository. The living spec is the single source of truth; every commit is a conventional commit that names the spec hash and the playbook step, explains its reasoning in the body, and a spec change is an explicit amendment with an ADR.";
/** The same record as a chat-style fine-tuning example: system, user (the situation), assistant (the commit). */
function toChat(r) {
    const files = r.files.map((f) => `- ${f.path} (${f.added === null ? "binary" : `+${f.added} -${f.deleted}`})`).join("\n");
    const user = [
        `Spec hash: ${r.specHashBefore ?? "none"}`,
        `Playbook step: ${r.playbookStep ?? "none"}`,
        `Files changed:\n${files || "(none)"}`,
        ...(r.specDiff ? [`Spec diff:\n${r.specDiff}`] : []),
        "Write the commit message for this change.",
    ].join("\n\n");
    const trailers = r.trailers.map((t) => `${t.key}: ${t.value}`).join("\n");
    let assistant = [r.header, r.body, trailers].filter((s) => s !== "").join("\n\n");
    for (const adr of r.adrs)
        assistant += `\n\n--- ${adr.path} ---\n${adr.content}`;
    return {
        messages: [
            { role: "system", content: CHAT_SYSTEM_PROMPT },
            { role: "user", content: user },
            { role: "assistant", content: assistant },
        ],
    };
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
