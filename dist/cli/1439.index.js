export const id = 1439;
export const ids = [1439,330,3680,2600,9357];
export const modules = {

/***/ 3680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   insideWorkspace: () => (/* binding */ insideWorkspace),
/* harmony export */   readRegularFile: () => (/* binding */ readRegularFile),
/* harmony export */   readRegularFileSync: () => (/* binding */ readRegularFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);



const realRoots = new Map();
function realRoot(root) {
    let r = realRoots.get(root);
    if (r === undefined) {
        try {
            r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        }
        catch {
            r = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
        }
        realRoots.set(root, r);
    }
    return r;
}
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p);
    return rel === "" || (!rel.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
const toRel = (root, abs) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/") || ".";
function outside(input, options, detail) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" ${detail}`, {
        hint: options.hint ??
            `give ${options.what} as a path inside the workspace (relative to the repository root), with no symlink that leads out of it`,
        code: "path.outside-workspace",
    });
}
/**
 * Resolve `input` (relative to `base`, which defaults to `root`) to a path inside `root`, or throw
 * a UserError that names the input. The path need not exist; its existing part is checked.
 */
async function insideWorkspace(root, input, options, base = root) {
    if (input.includes("\0"))
        throw outside(JSON.stringify(input).slice(1, -1), options, "holds a NUL byte");
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, input);
    if (!isInside(absRoot, abs))
        throw outside(input, options, "is outside the workspace");
    const real = realRoot(absRoot);
    // Walk the existing components, checking each symlink's target: the realpath of the deepest
    // existing ancestor must stay inside the workspace's realpath.
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(absRoot, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    let current = absRoot;
    for (let i = 0; i < parts.length; i++) {
        current = node_path__WEBPACK_IMPORTED_MODULE_1__.join(current, parts[i]);
        let st;
        try {
            st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(current);
        }
        catch (e) {
            const code = e.code;
            if (code === "ENOENT" || code === "ENOTDIR")
                break;
            throw e;
        }
        if (!st.isSymbolicLink())
            continue;
        const last = i === parts.length - 1;
        if (last && options.noSymlink) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
                file: toRel(absRoot, current),
                hint: `replace ${toRel(absRoot, current)} with the file itself (git rm the link, commit the real file)`,
                code: "path.symlink",
            });
        }
        let target;
        try {
            target = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(current);
        }
        catch {
            // A dangling link: where it points is not ours to create through.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" goes through a symlink that points nowhere (${toRel(absRoot, current)})`, {
                file: toRel(absRoot, current),
                hint: `remove the symlink ${toRel(absRoot, current)} or point it at a path inside the workspace`,
                code: "path.symlink",
            });
        }
        if (!isInside(real, target)) {
            throw outside(input, options, `goes through the symlink ${toRel(absRoot, current)}, which leads out of the workspace`);
        }
    }
    if (options.file) {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(abs).catch(() => undefined);
        if (abs === absRoot || st?.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" is ${abs === absRoot ? "the workspace itself" : "a folder"}, not a file`, {
                hint: `give ${options.what} as the path of a file inside the workspace, e.g. .specpipe/out.html`,
                code: "path.not-a-file",
            });
        }
    }
    return { abs, rel: toRel(absRoot, abs) };
}
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function symlinkRefused(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
        file: what,
        hint: "replace the symlink with the file itself",
        code: "path.symlink",
    });
}
function notRegular(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} is not a regular file`, { file: what, hint: "give the path of a regular file", code: "path.not-a-file" });
}
/** What open(2) says about a path that cannot be a file: a UserError, or undefined (a bug, rethrown). */
function openRefused(code, what) {
    if (code === "ELOOP" || code === "EMLINK")
        return symlinkRefused(what);
    if (code === "EISDIR")
        return notRegular(what);
    // "docs/README.md/STATUS.md": a folder on the way is a file.
    if (code === "ENOTDIR") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} cannot exist: a folder on its path is a file`, {
            file: what,
            hint: "give the path of a file whose folders are folders (check the path input for a file name in the middle)",
            code: "path.not-a-file",
        });
    }
    return undefined;
}
function tooLarge(what, size, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} is ${size} bytes, more than the ${maxBytes} this input takes`, {
        file: what,
        hint: `keep ${what} under ${Math.floor(maxBytes / 1048576)} MiB`,
        code: "path.too-large",
    });
}
/**
 * `readRegularFile` for callers that read thousands of small files in a row (spec discovery):
 * the same checks, without a promise round trip per system call.
 */
function readRegularFileSync(abs, what, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, NOFOLLOW);
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT")
            return undefined;
        throw openRefused(code, what) ?? e;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw notRegular(what);
        if (maxBytes !== undefined && st.size > maxBytes)
            throw tooLarge(what, st.size, maxBytes);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Read a regular file without following a symlink (O_NOFOLLOW), or undefined when it does not exist. */
async function readRegularFile(abs, what, maxBytes) {
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(abs, NOFOLLOW);
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT")
            return undefined;
        throw openRefused(code, what) ?? e;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw notRegular(what);
        if (maxBytes !== undefined && st.size > maxBytes)
            throw tooLarge(what, st.size, maxBytes);
        return await handle.readFile();
    }
    finally {
        await handle.close();
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
/* harmony export */   Ft: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_3__.Ft),
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
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1315);




const SHORT_LENGTH = 12;

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
async function listSpecFiles(root, paths = _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SPEC_PATHS */ .Ft) {
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
    const { files, missing } = await listSpecFiles(options.root, options.paths && options.paths.length ? options.paths : _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SPEC_PATHS */ .Ft);
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


/***/ })

};
