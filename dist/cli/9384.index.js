export const id = 9384;
export const ids = [9384,330];
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


/***/ })

};
