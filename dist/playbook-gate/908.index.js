export const id = 908;
export const ids = [908,907,226,680];
export const modules = {

/***/ 4126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ CatFile)
/* harmony export */ });
/* unused harmony export parseTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

class CatFile {
    git;
    child;
    queue = [];
    buf = Buffer.alloc(0);
    header;
    failed;
    /** Objects by id (immutable, so safe to keep). */
    cache = new Map();
    calls = 0;
    /** Requests sent to git (cache hits excluded). */
    requests = 0;
    constructor(git) {
        this.git = git;
    }
    /** Start git now (it is otherwise started by the first read), e.g. while another command runs. */
    warm() {
        if (!this.failed)
            this.start();
    }
    start() {
        if (this.child)
            return this.child;
        // Git keeps its environment private; it carries the identity/config tests and runners set.
        const env = { ...process.env, ...this.git.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", ["cat-file", "--batch"], { cwd: this.git.cwd, env, stdio: ["pipe", "pipe", "pipe"] });
        this.calls++;
        const err = [];
        child.stderr.on("data", (c) => err.push(c));
        child.stdout.on("data", (c) => this.onData(c));
        child.stdin.on("error", () => { });
        const fail = (e) => {
            this.failed = e;
            for (const p of this.queue.splice(0))
                p.reject(e);
        };
        child.on("error", fail);
        child.on("close", (code) => {
            if (this.queue.length)
                fail(new Error(`git cat-file --batch exited (${code}): ${Buffer.concat(err).toString().trim()}`));
            this.child = undefined;
        });
        this.child = child;
        return child;
    }
    onData(chunk) {
        this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
        for (;;) {
            if (!this.header) {
                const nl = this.buf.indexOf(10);
                if (nl === -1)
                    return;
                const line = this.buf.toString("utf8", 0, nl);
                this.buf = this.buf.subarray(nl + 1);
                const parts = line.split(" ");
                const last = parts[parts.length - 1];
                if (last === "missing" || last === "ambiguous") {
                    this.queue.shift()?.resolve(undefined);
                    continue;
                }
                this.header = { oid: parts[0], type: parts[1], size: Number(parts[2]) };
            }
            if (this.buf.length < this.header.size + 1)
                return;
            const content = Buffer.from(this.buf.subarray(0, this.header.size));
            this.buf = this.buf.subarray(this.header.size + 1);
            const obj = { oid: this.header.oid, type: this.header.type, content };
            this.header = undefined;
            this.cache.set(obj.oid, obj);
            this.queue.shift()?.resolve(obj);
        }
    }
    /** Any revision `git cat-file` understands: an oid, `<commit>:<path>`, `<commit>^{tree}`. */
    read(rev) {
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(rev)) {
            const hit = this.cache.get(rev);
            if (hit)
                return Promise.resolve(hit);
        }
        if (this.failed)
            return Promise.reject(this.failed);
        if (rev.includes("\n"))
            return Promise.resolve(undefined);
        const child = this.start();
        this.requests++;
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            child.stdin.write(rev + "\n");
        });
    }
    async readTree(rev) {
        const obj = await this.read(rev);
        if (!obj || obj.type !== "tree")
            return undefined;
        return parseTree(obj.content, obj.oid.length / 2);
    }
    close() {
        if (this.child) {
            this.child.stdin.end();
            this.child = undefined;
        }
    }
}
function parseTree(content, oidBytes) {
    const entries = [];
    let pos = 0;
    while (pos < content.length) {
        const sp = content.indexOf(32, pos);
        const nul = content.indexOf(0, sp + 1);
        if (sp === -1 || nul === -1)
            break;
        const mode = content.toString("latin1", pos, sp);
        const name = content.toString("utf8", sp + 1, nul);
        const oid = content.toString("hex", nul + 1, nul + 1 + oidBytes);
        pos = nul + 1 + oidBytes;
        const type = mode === "40000" ? "tree" : mode === "160000" ? "commit" : "blob";
        entries.push({ mode, name, oid, type });
    }
    return entries;
}


/***/ }),

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ DEFAULT_TYPES),
/* harmony export */   RW: () => (/* binding */ parseHeader),
/* harmony export */   hV: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_1__.hV),
/* harmony export */   kZ: () => (/* binding */ isIgnoredMessage),
/* harmony export */   rR: () => (/* binding */ headerOf)
/* harmony export */ });
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1315);


/**
 * Conventional-commit headers, judged exactly as commitlint's `config-conventional` (v21) does:
 * the conventionalcommits preset's header pattern, then the error-level header rules
 * (header-max-length 100, header-trim, type-empty, type-case, type-enum, subject-empty,
 * subject-case never sentence/start/pascal/upper, subject-full-stop never "."). The types are ours:
 * config-conventional's list plus `spec` by default.
 */
const DEFAULT_TYPES = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert", "spec"];

/** The preset's pattern (conventional-changelog-conventionalcommits parserOpts.headerPattern). */
const HEADER_PATTERN = /^(\w*)(?:\((.*)\))?!?: (.*)$/;
const BREAKING_PATTERN = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const STARTS_WITH_LETTER = /^[\p{Ll}\p{Lu}\p{Lt}]/iu;
/** commitlint's ensureCase(…, "sentence-case" | …) for the first letter: true when the subject is in that case. */
function firstIsUpperLike(subject) {
    const input = subject.replace(/`.*?`|".*?"|'.*?'/g, "").trim();
    if (input === "")
        return true;
    // commitlint upper-cases the first UTF-16 unit (es-toolkit's upperFirst), not the first code
    // point: a letter outside the BMP (Adlam 𞤢, Deseret 𐐨) is half a pair there, unchanged by
    // upper-casing, so it counts as sentence-case whatever its case. Judged the same way here.
    const first = input.charAt(0);
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
/* harmony export */   S2: () => (/* binding */ streamCommitBatches)
/* harmony export */ });
/* unused harmony exports logArgs, parseRecord, streamCommits */
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

/***/ 3907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkObjectId: () => (/* binding */ checkObjectId),
/* harmony export */   checkRev: () => (/* binding */ checkRev),
/* harmony export */   isObjectId: () => (/* binding */ isObjectId),
/* harmony export */   safeBranchName: () => (/* binding */ safeBranchName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** True for a full object id (SHA-1 or SHA-256). */
function isObjectId(value) {
    return OBJECT_ID.test(value);
}
function refused(value, options, why) {
    const shown = JSON.stringify(value.length > 80 ? value.slice(0, 77) + "..." : value);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${options.what} ${shown} is not a revision: ${why}`, {
        hint: options.hint ?? `give ${options.what} as a commit id, a branch or a tag (e.g. main, v1.2.0, HEAD~3)`,
        code: "git.bad-revision",
    });
}
/**
 * A revision as a person writes it: a commit id, a branch, a tag, `HEAD~3`, `origin/main`,
 * `@{upstream}`. Refused: an empty value, a leading `-` (an option to git), whitespace and control
 * characters, `..` (a range where one commit is expected) and `:` (a path inside a tree).
 */
function checkRev(value, options) {
    if (value === "")
        throw refused(value, options, "it is empty");
    if (value.startsWith("-"))
        throw refused(value, options, "it starts with '-', so git would read it as an option");
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
    if (/[\u0000-\u0020\u007f]/.test(value))
        throw refused(value, options, "it holds white space or a control character");
    if (value.includes(".."))
        throw refused(value, options, "it is a range; give one commit");
    if (value.includes(":"))
        throw refused(value, options, "it holds ':' (a path in a tree, not a commit)");
    if (value.length > 255)
        throw refused(value, options, "it is longer than 255 characters");
    return value;
}
/** A full commit id from an event payload (GitHub sends 40 or 64 hex digits there, nothing else). */
function checkObjectId(value, options) {
    if (typeof value !== "string" || !OBJECT_ID.test(value)) {
        throw refused(typeof value === "string" ? value : String(value), options, "it is not a full commit id (40 or 64 hex digits)");
    }
    return value.toLowerCase();
}
/** A branch name from an event payload (`pull_request.base.ref`, `repository.default_branch`), or undefined when unusable. */
function safeBranchName(value) {
    if (typeof value !== "string" || value === "" || value.startsWith("-") || value.length > 255)
        return undefined;
    // git check-ref-format's rules, enough for a name we put into refs/remotes/<remote>/<name>.
    // eslint-disable-next-line no-control-regex -- control characters are refused
    if (/[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|\.$/.test(value))
        return undefined;
    return value;
}


/***/ }),

/***/ 2908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_RUNS_VERIFIED: () => (/* binding */ MAX_RUNS_VERIFIED),
  TRAILER_ABORT: () => (/* reexport */ TRAILER_ABORT),
  TRAILER_FROM: () => (/* binding */ TRAILER_FROM),
  TRAILER_GATE: () => (/* reexport */ TRAILER_GATE),
  TRAILER_SPEC: () => (/* binding */ TRAILER_SPEC),
  TRAILER_STEP: () => (/* reexport */ TRAILER_STEP),
  advanceMessage: () => (/* binding */ advanceMessage),
  playbookAdvance: () => (/* binding */ playbookAdvance),
  playbookCheck: () => (/* binding */ playbookCheck),
  playbookStatus: () => (/* binding */ playbookStatus),
  readGateState: () => (/* binding */ readGateState),
  tagName: () => (/* binding */ tagName)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/guard.ts
var guard = __webpack_require__(3680);
;// CONCATENATED MODULE: ./packages/core/src/fs/atomic.ts




/**
 * Write a file atomically: a temporary file in the same folder (same file system, so rename is
 * atomic), flushed, then renamed over the target. A crash leaves either the old or the new
 * content, never half of one. The file's mode is kept when it exists.
 */
async function writeFileAtomic(file, data) {
    const tmp = await writeTemp(file, data);
    try {
        await fs.rename(tmp, file);
    }
    catch (e) {
        await fs.rm(tmp, { force: true });
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
const STALE_MS = (/* unused pure expression or super */ null && (10 * 60 * 1000));
/**
 * Remove the temporary files that a killed run left next to `file`: only regular files named by
 * our own pattern for this very file, whose writer is gone (or that are older than any write
 * takes). Returns the names removed.
 */
async function removeStaleTemps(file, now = Date.now()) {
    const dir = path.dirname(file);
    const base = path.basename(file);
    let names;
    try {
        names = await fs.readdir(dir);
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
        const full = path.join(dir, name);
        const st = await fs.lstat(full).catch(() => undefined);
        if (!st?.isFile())
            continue;
        if (pidAlive(pid) && now - st.mtimeMs < STALE_MS)
            continue;
        await fs.rm(full, { force: true });
        removed.push(name);
    }
    return removed;
}
/** Step one of an atomic write, for callers that write several files together. */
async function writeTemp(file, data) {
    const dir = external_node_path_.dirname(file);
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const tmp = external_node_path_.join(dir, tempName(external_node_path_.basename(file), process.pid, (0,external_node_crypto_.randomBytes)(4).toString("hex")));
    let mode;
    try {
        mode = (await external_node_fs_.promises.stat(file)).mode & 0o7777;
    }
    catch {
        mode = undefined;
    }
    const handle = await external_node_fs_.promises.open(tmp, "wx", mode ?? 0o666);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (e) {
        await handle.close();
        await external_node_fs_.promises.rm(tmp, { force: true });
        throw e;
    }
    await handle.close();
    if (mode !== undefined)
        await external_node_fs_.promises.chmod(tmp, mode);
    return tmp;
}
/** Read a file, or undefined when it does not exist. */
async function readIfExists(file) {
    try {
        return await external_node_fs_.promises.readFile(file);
    }
    catch (e) {
        if (e.code === "ENOENT")
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/fs/plan.ts




function planEdit(root, file, before, after, reasons) {
    if (before !== null && before.equals(after))
        return undefined;
    return {
        path: external_node_path_.resolve(root, file),
        displayPath: external_node_path_.relative(root, external_node_path_.resolve(root, file)).split(external_node_path_.sep).join("/"),
        before,
        after,
        reasons,
    };
}
/** The unified diff of one edit, `a/` and `b/` prefixed as git shows it. */
async function unifiedDiff(edit) {
    const { createTwoFilesPatch } = await __webpack_require__.e(/* import() */ 23).then(__webpack_require__.bind(__webpack_require__, 4023));
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
            const now = (await readIfExists(edit.path)) ?? null;
            const same = now === null ? edit.before === null : edit.before !== null && now.equals(edit.before);
            if (!same) {
                throw new src_errors.UserError(`${edit.displayPath} changed while specpipe was working on it`, {
                    file: edit.displayPath,
                    hint: "run again; nothing was written",
                    code: "plan.concurrent-change",
                });
            }
            temps.push({ tmp: await writeTemp(edit.path, edit.after), target: edit.path });
        }
    }
    catch (e) {
        await Promise.all(temps.map((t) => external_node_fs_.promises.rm(t.tmp, { force: true })));
        throw e;
    }
    for (const t of temps)
        await external_node_fs_.promises.rename(t.tmp, t.target);
}
function totalBytes(plan) {
    return plan.edits.reduce((n, e) => n + e.after.length, 0);
}

// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git_git = __webpack_require__(330);
;// CONCATENATED MODULE: ./packages/core/src/git/push.ts


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
        const race = isNonFastForward(r);
        if (!race || attempt === tries)
            throw pushRefused(r, remote, subject, t, race ? tries : undefined);
        // An explicit refspec: a single-branch clone (actions/checkout) may not fetch this ref by default.
        await git.fetch(remote, [`refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
        const rebase = await git.raw(["rebase", "--quiet", `${remote}/${branch}`]);
        if (rebase.code !== 0) {
            await git.raw(["rebase", "--abort"]);
            throw new UserError(t.conflictMessage ?? `could not rebase onto ${remote}/${branch}: ${rebase.stderr.toString().trim()}`, {
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
        const unreachable = (0,git_git.gitUserError)(new git_git.GitError(["push", remote], r.code, stderr, r.stdout.toString()));
        if (unreachable)
            return unreachable;
    }
    const race = raceTries !== undefined;
    return new src_errors.UserError(`${subject} ${race ? `was still rejected after ${raceTries} tries` : "was refused"}: ${detail}`, {
        hint: t.failedHint ??
            (race
                ? "the branch is moving fast; run the step again, or serialise the workflows with a `concurrency:` group"
                : "give the workflow `permissions: contents: write` (and check branch protection rules that block pushes from Actions)"),
        code: t.failedCode ?? (race ? "git.push-retries" : "git.push-denied"),
    });
}

// EXTERNAL MODULE: ./packages/core/src/spec/hash.ts
var hash = __webpack_require__(9357);
// EXTERNAL MODULE: ./packages/core/src/spec/paths.ts
var paths = __webpack_require__(4649);
// EXTERNAL MODULE: ./packages/core/src/text/document.ts
var text_document = __webpack_require__(2600);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/locales/en.js
var en = __webpack_require__(252);
// EXTERNAL MODULE: ./packages/core/src/defaults.ts
var defaults = __webpack_require__(1315);
// EXTERNAL MODULE: ./packages/core/src/playbook/yaml.ts
var playbook_yaml = __webpack_require__(3230);
;// CONCATENATED MODULE: ./packages/core/src/playbook/load.ts






class PlaybookError extends src_errors.UserError {
    issues;
    constructor(file, issues) {
        const first = issues[0];
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
        super(`${first.message}${more}`, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
        this.issues = issues;
    }
}
const DEFAULT_PLAYBOOK = defaults/* PLAYBOOK_DEFAULTS */.DZ.playbook;
function fail(issues, file) {
    throw new PlaybookError(file, issues);
}
/** The YAML node at `path` (or the deepest existing ancestor), and for a map entry its key node. */
let isSeq = () => false;
let isMap = () => false;
/** Set by parsePlaybook, which imports the schema lazily (like yaml above). */
let PlaybookSchema;
function locate(doc, pathSegs, key) {
    let node = doc.contents;
    let found = node ?? {};
    const segs = key === undefined ? pathSegs : [...pathSegs, key];
    for (let i = 0; i < segs.length; i++) {
        const seg = segs[i];
        if (!node)
            break;
        if (isSeq(node) && typeof seg === "number") {
            node = node.items?.[seg];
            if (node?.range)
                found = node;
            continue;
        }
        if (isMap(node)) {
            const pair = node.items?.find((p) => p?.key && String(p.key.value) === String(seg));
            if (!pair)
                break;
            // The last segment named by `key` (an unknown key) points at the key itself.
            if (key !== undefined && i === segs.length - 1)
                return pair.key ?? found;
            node = pair.value;
            if (node?.range)
                found = node;
            else if (pair.key?.range)
                found = pair.key;
            continue;
        }
        break;
    }
    return found;
}
function pos(doc, lc, pathSegs, key) {
    const n = locate(doc, pathSegs, key);
    if (!n.range)
        return {};
    const p = lc.linePos(n.range[0]);
    return { line: p.line, column: p.col };
}
function where(pathSegs) {
    let s = "";
    for (const seg of pathSegs)
        s += typeof seg === "number" ? `[${seg}]` : s === "" ? seg : `.${seg}`;
    return s === "" ? "the playbook" : s;
}
/** Walks the zod schema along a data path to list the keys allowed there (for "unknown key" hints). */
function allowedKeys(data, pathSegs) {
    let s = PlaybookSchema;
    let d = data;
    const unwrap = () => {
        for (;;) {
            const def = s?._zod?.def;
            if (def && (def.type === "default" || def.type === "optional" || def.type === "nullable" || def.type === "prefault"))
                s = def.innerType;
            else if (def && def.type === "union") {
                const t = d?.type;
                s = def.options?.find((o) => o._zod?.def?.shape?.type?._zod?.def?.values?.includes(t)) ?? def.options?.[0];
            }
            else
                return;
        }
    };
    unwrap();
    for (const seg of pathSegs) {
        const def = s?._zod?.def;
        if (!def)
            return [];
        if (def.type === "object")
            s = def.shape?.[seg];
        else if (def.type === "array")
            s = def.element;
        else
            return [];
        d = d?.[seg];
        unwrap();
    }
    const def = s?._zod?.def;
    return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
/** Parse and validate playbook text. `file` is the repository-relative path used in messages. */
async function parsePlaybook(text, file = DEFAULT_PLAYBOOK) {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    // The schema too is loaded only here: building it (and evaluating the full zod it needs) costs
    // start-up time on every path, including "the playbook does not exist" (ADR 0023).
    const schema = await Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(298)]).then(__webpack_require__.bind(__webpack_require__, 6298));
    PlaybookSchema = schema.PlaybookSchema;
    const { CONDITION_TYPES } = schema;
    isSeq = yaml.isSeq;
    isMap = yaml.isMap;
    const { doc, lc, data } = await (0,playbook_yaml.parseYaml)(text, file, (issues) => fail(issues, file));
    if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
        fail([
            {
                message: "playbook.yml must be a mapping with version, name and phases",
                hint: "start from a template: specpipe init --template refinement",
                line: 1,
                column: 1,
                code: "playbook.not-a-mapping",
            },
        ], file);
    }
    const result = schema.PlaybookSchema.safeParse(data);
    if (!result.success) {
        const issues = [];
        for (const issue of result.error.issues) {
            const p = issue.path;
            const at = where(p);
            if (issue.code === "unrecognized_keys") {
                for (const key of issue.keys) {
                    const allowed = allowedKeys(data, p);
                    issues.push({
                        message: `${at}: unknown key "${key}"`,
                        hint: allowed.length ? `remove "${key}" or correct its spelling; allowed here: ${allowed.join(", ")}` : `remove "${key}"`,
                        ...pos(doc, lc, p, key),
                        code: "playbook.unknown-key",
                    });
                }
                continue;
            }
            if (issue.code === "invalid_union" && issue.discriminator === "type") {
                const parent = p.slice(0, -1);
                const value = parent.reduce((o, k) => o?.[k], data)?.type;
                issues.push({
                    message: value === undefined ? `${where(parent)}: the condition has no type` : `${at}: unknown condition type ${JSON.stringify(value)}`,
                    hint: `set type to one of: ${CONDITION_TYPES.join(", ")}`,
                    ...(value === undefined ? pos(doc, lc, parent) : pos(doc, lc, p)),
                    code: "playbook.unknown-condition",
                });
                continue;
            }
            const value = p.reduce((o, k) => o?.[k], data);
            let hint = "correct the value (schemas/playbook.schema.json describes every key)";
            let message = `${at}: ${issue.message}`;
            if (issue.code === "too_big" || issue.code === "too_small") {
                const bound = issue.code === "too_big" ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
                if (issue.origin === "array") {
                    message = `${at}: must have ${bound} item${issue.code === "too_small" && issue.minimum === 1 ? "" : "s"}`;
                    hint = issue.code === "too_small" ? "add the missing entries" : "remove entries";
                }
                else if (issue.origin === "string") {
                    message = `${at}: must not be empty`;
                    hint = "write a value";
                }
                else {
                    message = `${at}: ${JSON.stringify(value)} is out of range; it must be ${bound}`;
                    hint = `use a number ${bound}${/lines|branches|score/.test(String(p[p.length - 1])) ? " (a percentage, 0 to 100)" : ""}`;
                }
            }
            else if (issue.code === "invalid_type") {
                if (value === undefined) {
                    message = `${where(p.slice(0, -1))}: "${String(p[p.length - 1])}" is missing`;
                    hint = `add ${String(p[p.length - 1])}: (${issue.expected})`;
                    issues.push({ message, hint, ...pos(doc, lc, p.slice(0, -1)), code: "playbook.missing-key" });
                    continue;
                }
                message = `${at}: expected ${issue.expected}, found ${Array.isArray(value) ? "a list" : value === null ? "nothing" : typeof value}`;
                hint = `write ${issue.expected === "array" ? "a list" : `a ${issue.expected}`} here`;
            }
            else if (issue.code === "invalid_format") {
                message = `${at}: ${JSON.stringify(value)} ${issue.message.replace(/^Invalid string: /, "")}`;
                hint = "rename it, e.g. A1, B3 or spec-draft";
            }
            else if (issue.code === "invalid_value") {
                message = `${at}: must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, found ${JSON.stringify(value)}`;
                hint = `write ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
            }
            else if (issue.code === "custom") {
                message = `${at}: ${issue.message}`;
                hint = issue.message.replace(/^give /, "add ");
            }
            issues.push({ message, hint, ...pos(doc, lc, p), code: `playbook.${issue.code.replace(/_/g, "-")}` });
        }
        fail(issues, file);
    }
    const playbook = result.data;
    const issues = [];
    // Rules across the document: unique ids, condition ids, loops.
    const steps = [];
    const byId = new Map();
    const phaseIds = new Map();
    playbook.phases.forEach((phase, pi) => {
        if (phaseIds.has(phase.id)) {
            issues.push({
                message: `phases[${pi}].id: phase id "${phase.id}" is used twice (first by phases[${phaseIds.get(phase.id)}])`,
                hint: "give every phase its own id",
                ...pos(doc, lc, ["phases", pi, "id"]),
                code: "playbook.duplicate-phase",
            });
        }
        else
            phaseIds.set(phase.id, pi);
        phase.steps.forEach((step, si) => {
            const flat = {
                id: step.id,
                name: step.name,
                description: step.description,
                exit: step.exit,
                phase: { id: phase.id, name: phase.name },
                number: si + 1,
                order: steps.length,
            };
            if (step.details !== undefined)
                flat.details = step.details;
            if (step.abort)
                flat.abort = { to: step.abort.to };
            const prior = byId.get(step.id);
            if (prior) {
                issues.push({
                    message: `phases[${pi}].steps[${si}].id: step id "${step.id}" is used twice (first in phase ${prior.phase.id}, step ${prior.number})`,
                    hint: "give every step its own id: the beacon, trailers and tags name steps by id",
                    ...pos(doc, lc, ["phases", pi, "steps", si, "id"]),
                    code: "playbook.duplicate-step",
                });
            }
            else
                byId.set(step.id, flat);
            checkConditionIds(step.exit, ["phases", pi, "steps", si, "exit"], doc, lc, issues);
            steps.push(flat);
        });
    });
    playbook.phases.forEach((phase, pi) => phase.steps.forEach((step, si) => {
        if (!step.abort)
            return;
        const target = byId.get(step.abort.to);
        const self = byId.get(step.id);
        if (!target)
            issues.push({
                message: `phases[${pi}].steps[${si}].abort.to: no step has the id "${step.abort.to}"`,
                hint: `use one of: ${[...byId.keys()].join(", ")}`,
                ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
                code: "playbook.abort-unknown-step",
            });
        else if (target.order > self.order)
            issues.push({
                message: `phases[${pi}].steps[${si}].abort.to: an abort goes back, but ${step.abort.to} comes after ${step.id}`,
                hint: "abort to an earlier step (or the same one)",
                ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
                code: "playbook.abort-forward",
            });
    }));
    const loopFrom = new Set();
    playbook.loops.forEach((loop, li) => {
        const base = ["loops", li];
        const from = byId.get(loop.from);
        const to = byId.get(loop.to);
        for (const end of ["from", "to"])
            if (!byId.has(loop[end]))
                issues.push({
                    message: `loops[${li}].${end}: no step has the id "${loop[end]}"`,
                    hint: `use one of: ${[...byId.keys()].join(", ")}`,
                    ...pos(doc, lc, [...base, end]),
                    code: "playbook.loop-unknown-step",
                });
        if (from && to && to.order > from.order) {
            issues.push({
                message: `loops[${li}]: the loop goes forward from ${loop.from} to ${loop.to}`,
                hint: `a loop returns to an earlier step (or the same one): swap from and to`,
                ...pos(doc, lc, [...base, "to"]),
                code: "playbook.loop-forward",
            });
        }
        if (loopFrom.has(loop.from)) {
            issues.push({
                message: `loops[${li}].from: a loop from ${loop.from} is declared twice`,
                hint: "declare one loop per step",
                ...pos(doc, lc, [...base, "from"]),
                code: "playbook.loop-twice",
            });
        }
        loopFrom.add(loop.from);
        if (from && !from.loop)
            from.loop = loop;
        checkConditionIds(loop.until, [...base, "until"], doc, lc, issues);
    });
    if (issues.length)
        fail(issues, file);
    const hash = "sha256:" + (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(playbook)).digest("hex");
    const specDeclared = Object.prototype.hasOwnProperty.call(data, "spec");
    return { file, playbook, steps, byId, hash, specDeclared };
}
function checkConditionIds(list, base, doc, lc, issues) {
    const seen = new Map();
    list.forEach((c, ci) => {
        const id = conditionKey(c);
        if (seen.has(id)) {
            issues.push({
                message: `${where([...base, ci])}: two conditions are both named "${id}" (the first is ${where([...base, seen.get(id)])})`,
                hint: `give one of them an id, e.g. id: ${c.type}-2`,
                ...pos(doc, lc, [...base, ci]),
                code: "playbook.duplicate-condition",
            });
        }
        else
            seen.set(id, ci);
    });
}
/** A condition's name in results and in the beacon's history. */
function conditionKey(c) {
    return c.id ?? c.type;
}
/** Read and validate `<root>/<file>`. A missing file is a UserError naming `specpipe init`. */
async function loadPlaybook(root, file = DEFAULT_PLAYBOOK) {
    const { insideWorkspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3680));
    const at = await insideWorkspace(root, file, { what: "the playbook", noSymlink: true });
    const bytes = await (0,guard.readRegularFile)(at.abs, at.rel, playbook_yaml.MAX_YAML_BYTES);
    if (bytes === undefined) {
        throw new src_errors.UserError(`${file} does not exist`, {
            file,
            hint: "create one with `specpipe init` (or set the playbook input to its path)",
            code: "playbook.missing",
        });
    }
    return parsePlaybook((0,text_document/* decodeUtf8 */._6)(bytes, at.rel), at.rel);
}
/** "B Refinement loop, step 3" */
function load_stepLabel(step) {
    return `${step.phase.id} ${step.phase.name}, step ${step.number}`;
}

;// CONCATENATED MODULE: ./packages/core/src/playbook/beacon.ts

// zod/mini, not "zod": every playbook-gate run loads this module at start-up, and the full zod
// costs several times more to evaluate (start-up budget, ADR 0023). Same checks, same messages:
// the English locale is set in parseBeacon because zod/mini does not set one.





/**
 * The beacon: progress.json (for machines) and progress.md (for people).
 *
 * progress.json holds the playbook hash, the active step, its status, the spec hash, the loop
 * iteration and the history of advances with the evidence values. A `digest` over everything
 * else catches a hand edit even where git history is not available (shallow CI checkouts); the
 * commit rule in check mode (only `Playbook-Gate: advance` commits may touch the beacon) catches
 * the rest. The gate writes the file; nobody else does.
 */
const BEACON_VERSION = 1;
const AdvanceSchema = schemas/* strictObject */.rej({
    from: schemas/* string */.YjP(),
    /** null when the playbook was completed (the step stays the last one, status "done"). */
    to: schemas/* nullable */.mee(schemas/* string */.YjP()),
    at: schemas/* string */.YjP(),
    commit: schemas/* string */.YjP(),
    /** The iteration after this advance. */
    iteration: schemas/* int */.Whr().check(api/* _gte */.qm(1)),
    /** Hash of the playbook the advance was made under (the history is checked against it). */
    playbook: schemas/* string */.YjP(),
    /** Evidence values, e.g. { "coverage.lines": 84.2, "tests.passed": 120 }. */
    values: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    /** The CI run that made the advance (absent in beacons written before ADR 0035). */
    run: schemas/* optional */.lqM(schemas/* strictObject */.rej({
        id: schemas/* string */.YjP().check(api/* _regex */.Fk(/^\d{1,20}$/)),
        attempt: schemas/* int */.Whr().check(api/* _gte */.qm(1)),
        workflow: schemas/* optional */.lqM(schemas/* string */.YjP()),
    })),
    /** The report files the exit conditions read, with their SHA-256 (committed or attached to the run). */
    evidence: schemas/* optional */.lqM(schemas/* array */.YOg(schemas/* strictObject */.rej({ condition: schemas/* string */.YjP(), file: schemas/* string */.YjP(), sha256: schemas/* string */.YjP() }))),
    /** Why the step was aborted (an abort: back to an earlier step with a recorded reason). */
    reason: schemas/* optional */.lqM(schemas/* string */.YjP()),
});
const BeaconSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(BEACON_VERSION),
    playbook: schemas/* string */.YjP(),
    step: schemas/* string */.YjP(),
    status: schemas/* enum */.k5n(["active", "done"]),
    specHash: schemas/* nullable */.mee(schemas/* string */.YjP()),
    iteration: schemas/* int */.Whr().check(api/* _gte */.qm(1)),
    history: schemas/* array */.YOg(AdvanceSchema),
    digest: schemas/* string */.YjP(),
});
/** The digest of a beacon's content: SHA-256 of its canonical JSON without the digest field. */
function beaconDigest(body) {
    const canonical = JSON.stringify({
        version: body.version,
        playbook: body.playbook,
        step: body.step,
        status: body.status,
        specHash: body.specHash,
        iteration: body.iteration,
        history: body.history.map(orderedEntry),
    });
    return "sha256:" + (0,external_node_crypto_.createHash)("sha256").update(canonical).digest("hex");
}
/** A history entry with its keys in the one order we write (optional keys only when present, so older digests hold). */
function orderedEntry(h) {
    const out = {
        from: h.from,
        to: h.to,
        at: h.at,
        commit: h.commit,
        iteration: h.iteration,
        playbook: h.playbook,
        values: sortKeys(h.values),
    };
    if (h.run)
        out.run = { id: h.run.id, attempt: h.run.attempt, ...(h.run.workflow !== undefined ? { workflow: h.run.workflow } : {}) };
    if (h.evidence)
        out.evidence = h.evidence.map((e) => ({ condition: e.condition, file: e.file, sha256: e.sha256 }));
    if (h.reason !== undefined)
        out.reason = h.reason;
    return out;
}
function sortKeys(values) {
    const out = {};
    for (const k of Object.keys(values).sort())
        out[k] = values[k];
    return out;
}
function sealBeacon(body) {
    return { ...body, digest: beaconDigest(body) };
}
/** progress.json's exact text: two-space JSON, LF (or the existing file's EOL), final newline. */
function serializeBeacon(beacon, eol = "\n") {
    const ordered = {
        version: beacon.version,
        playbook: beacon.playbook,
        step: beacon.step,
        status: beacon.status,
        specHash: beacon.specHash,
        iteration: beacon.iteration,
        history: beacon.history.map(orderedEntry),
        digest: beacon.digest,
    };
    const text = JSON.stringify(ordered, null, 2) + "\n";
    return eol === "\n" ? text : text.replace(/\n/g, "\r\n");
}
/** Parse progress.json. Corrupt JSON or a wrong shape: a UserError at the place, never a rewrite. */
function parseBeacon(text, file) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (cause) {
        const m = /position (\d+)/.exec(String(cause.message));
        const at = m ? (0,text_document/* lineColumnAt */.IX)(body, Number(m[1])) : undefined;
        throw new src_errors.UserError(`${file} is not valid JSON (${String(cause.message).split("\n")[0]})`, {
            file,
            line: at?.line,
            column: at?.column,
            hint: `restore it from git (git checkout <last good commit> -- ${file}); only the playbook gate writes it`,
            code: "beacon.corrupt",
            cause,
        });
    }
    if (!core/* config */.$W().localeError)
        core/* config */.$W((0,en/* default */.A)()); // what the full zod does on its first schema
    const r = BeaconSchema.safeParse(data);
    if (!r.success) {
        const issue = r.error.issues[0];
        const at = issue.path.map(String).join(".") || "(top level)";
        throw new src_errors.UserError(`${file} is not a playbook beacon: ${at}: ${issue.message}`, {
            file,
            hint: `restore it from git (git checkout <last good commit> -- ${file}); only the playbook gate writes it`,
            code: "beacon.invalid",
        });
    }
    return r.data;
}
/** The beacon a new playbook starts with: its first step, active, iteration 1, no history. */
function initialBeacon(pb, specHash) {
    return sealBeacon({
        version: BEACON_VERSION,
        playbook: pb.hash,
        step: pb.steps[0].id,
        status: "active",
        specHash,
        iteration: 1,
        history: [],
    });
}
/**
 * Where advancing from `step` leads. At the end of a loop, `loopEnds` says whether the loop's
 * `until` conditions hold (or its `max` was reached); otherwise the loop returns to its start.
 */
function nextTransition(pb, step, iteration, loopEnds) {
    const loop = step.loop;
    if (loop && !loopEnds && !(loop.max !== undefined && iteration >= loop.max)) {
        return { from: step.id, to: loop.to, iteration: iteration + 1, looped: true };
    }
    const next = pb.steps[step.order + 1];
    return { from: step.id, to: next ? next.id : null, iteration: loop ? 1 : iteration, looped: false };
}
/**
 * Aborting a step (its `abort: { to }`, e.g. B4 back to B1: "refinement failed, the plan has to
 * change"): back to the earlier step, as a new iteration, whatever the exit conditions say.
 */
function abortTransition(step, iteration) {
    if (!step.abort)
        return undefined;
    return { from: step.id, to: step.abort.to, iteration: iteration + 1, looped: true, aborted: true };
}
/** All transitions that may follow `step` (for validating a history). */
function legalTransitions(pb, step, iteration) {
    const out = [nextTransition(pb, step, iteration, true)];
    if (step.loop)
        out.push(nextTransition(pb, step, iteration, false));
    const abort = abortTransition(step, iteration);
    if (abort)
        out.push(abort);
    return out;
}
/**
 * Is this beacon a state the gate could have written for this playbook? Checks: the digest, the
 * step exists, the status, and (when the playbook is the one the beacon was written for) that the
 * history is a chain of legal one-step transitions from the first step to the active one, so a
 * skipped step or an edited iteration is caught.
 */
function validateBeacon(pb, beacon, file) {
    const v = [];
    const fix = `restore ${file} from git; only the playbook gate changes it (by advancing)`;
    if (beaconDigest(beacon) !== beacon.digest) {
        v.push({
            code: "beacon.hand-edited",
            message: `${file} was edited by hand: its digest does not match its content`,
            hint: fix,
            file,
            severity: "error",
        });
    }
    const step = pb.byId.get(beacon.step);
    if (!step) {
        v.push({
            code: "beacon.unknown-step",
            message: `${file} names step "${beacon.step}", which ${pb.file} does not have`,
            hint: `add step ${beacon.step} back to ${pb.file}, or restore ${file} from git`,
            file,
            severity: "error",
        });
        return v;
    }
    if (beacon.status === "done" && step.order !== pb.steps.length - 1) {
        v.push({
            code: "beacon.bad-status",
            message: `${file} says the playbook is done, but ${beacon.step} is not its last step`,
            hint: fix,
            file,
            severity: "error",
        });
    }
    if (beacon.playbook !== pb.hash) {
        v.push({
            code: "beacon.playbook-changed",
            message: `${pb.file} changed since the beacon was last written; its history is not re-checked against the new playbook`,
            hint: "nothing to do: the next advance records the new playbook",
            file,
            severity: "notice",
        });
        return v;
    }
    // The history is checked from where the current playbook took over: the first step, or the step
    // that was active when the playbook last changed (advances made under an older playbook are
    // history, not re-judged by today's steps).
    let start = beacon.history.length;
    while (start > 0 && beacon.history[start - 1].playbook === pb.hash)
        start--;
    let at = pb.steps[0];
    let iteration = 1;
    let done = false;
    if (start > 0 && start === beacon.history.length) {
        // Every advance records the playbook it wrote into the beacon: the last entry must name it.
        v.push({
            code: "beacon.bad-history",
            message: `${file}: the last history entry was not made under the playbook the beacon names`,
            hint: fix,
            file,
            severity: "error",
        });
        return v;
    }
    if (start > 0) {
        const takeover = pb.byId.get(beacon.history[start].from);
        if (!takeover) {
            v.push({
                code: "beacon.bad-history",
                message: `${file}: history entry ${start + 1} starts from step ${beacon.history[start].from}, which ${pb.file} does not have`,
                hint: fix,
                file,
                severity: "error",
            });
            return v;
        }
        at = takeover;
        iteration = beacon.history[start - 1].iteration;
    }
    for (let i = start; i < beacon.history.length; i++) {
        const h = beacon.history[i];
        const legal = done ? [] : legalTransitions(pb, at, iteration);
        const ok = h.from === at.id && legal.some((t) => t.to === h.to && t.iteration === h.iteration);
        if (!ok) {
            v.push({
                code: "beacon.bad-history",
                message: `${file}: history entry ${i + 1} (${h.from} → ${h.to ?? "done"}) does not follow from ${done ? "the completed playbook" : `${at.id} (iteration ${iteration})`}: a step was skipped or the history was edited`,
                hint: fix,
                file,
                severity: "error",
            });
            return v;
        }
        iteration = h.iteration;
        if (h.to === null)
            done = true;
        else
            at = pb.byId.get(h.to);
    }
    if (at.id !== beacon.step || iteration !== beacon.iteration || (beacon.status === "done") !== done) {
        v.push({
            code: "beacon.bad-history",
            message: `${file}: the active step ${beacon.step} (iteration ${beacon.iteration}, ${beacon.status}) is not where its history leads (${at.id}, iteration ${iteration}${done ? ", done" : ""})`,
            hint: fix,
            file,
            severity: "error",
        });
    }
    return v;
}
/** The latest recorded value of an evidence key (for `no-drop`), or undefined. */
function lastValue(beacon, key) {
    for (let i = beacon.history.length - 1; i >= 0; i--) {
        const v = beacon.history[i].values[key];
        if (v !== undefined)
            return v;
    }
    return undefined;
}
function stepTitle(step) {
    return `${stepLabel(step)}: ${step.name} (${step.id})`;
}

// EXTERNAL MODULE: ./packages/core/src/commits/catfile.ts
var catfile = __webpack_require__(4126);
// EXTERNAL MODULE: ./packages/core/src/commits/range.ts
var commits_range = __webpack_require__(6805);
// EXTERNAL MODULE: ./packages/core/src/git/ref.ts
var ref = __webpack_require__(3907);
// EXTERNAL MODULE: ./packages/core/src/spec/history.ts
var spec_history = __webpack_require__(1485);
// EXTERNAL MODULE: ./packages/core/src/playbook/provenance.ts
var playbook_provenance = __webpack_require__(8226);
;// CONCATENATED MODULE: ./packages/core/src/playbook/commits.ts










/**
 * The playbook's rules about commits, for `playbook check` (pull requests and pushes) and the
 * pre-push hook, judged the way the action judges them:
 * - merge commits carry no work of their own and are exempt; their parents are in the range;
 * - a commit made while the playbook runs (its first parent has a beacon) names the step that was
 *   active at that parent, which must be a step of the playbook: `Playbook-Step: <step>`;
 * - only the gate changes the beacon (progress.json, progress.md's Step and Details), in CI: such a
 *   commit carries `Playbook-Gate: advance run=… evidence=…`, changes nothing else, moves the beacon
 *   exactly one legal step from its parent's, and its history entry names the same run and the
 *   evidence commit, an ancestor; in a pull request no commit may touch the beacon at all.
 * Whether the named run really happened is asked of GitHub separately (provenance.ts verifyRun).
 */
const TRAILER_STEP = "Playbook-Step";
const TRAILER_GATE = "Playbook-Gate";
const TRAILER_ABORT = "Playbook-Abort";
function trailerValues(c, key) {
    const k = key.toLowerCase();
    return c.trailers.filter((t) => t.key.toLowerCase() === k).map((t) => t.value.trim());
}
async function resolve(git, rev, what) {
    const sha = await git.revParse((0,ref.checkRev)(rev, { what: `the ${what} of the range` }));
    if (!sha) {
        throw new src_errors.UserError(`the ${what} commit ${rev} is not in this clone`, {
            hint: "check out with full history (actions/checkout with fetch-depth: 0), or pass from/to commits that exist",
            code: "playbook.range-missing",
        });
    }
    return sha;
}
/** Commits reachable from `to` but not from `from` (nor `exclude`), oldest first, with their changed files' status. */
async function readRange(git, range) {
    const a = range.from ? await resolve(git, range.from, "base") : undefined;
    const b = await resolve(git, range.to ?? "HEAD", "head");
    const list = await (0,commits_range/* readCommits */.Fe)(git, { ...range, from: a, to: b, stat: "names" });
    return list.map((c) => ({
        sha: c.sha,
        parents: c.parents,
        subject: c.header,
        message: c.message,
        trailers: c.trailers,
        files: c.files.map((f) => ({ path: f.path, status: f.status })),
    }));
}
/** A file's bytes at a commit, or undefined when it does not exist there. */
async function fileAt(git, sha, file) {
    const r = await git.raw(["cat-file", "blob", "--end-of-options", `${sha}:${file}`]);
    return r.code === 0 ? r.stdout : undefined;
}
/** The Step and Details sections' text, normalised (for comparing two versions of progress.md). */
function generatedSections(bytes) {
    const text = bytes.toString("utf8").replace(/\r\n/g, "\n");
    const step = /^## Step[ \t]*\n([\s\S]*?)^## Notes[ \t]*$/m.exec(text);
    return step ? step[1].trim() : text;
}
/** The beacon as committed at a commit (undefined: none there; "invalid": there but not a beacon). */
class BeaconHistory {
    cat;
    files;
    byBlob = new Map();
    byCommit = new Map();
    constructor(cat, files) {
        this.cat = cat;
        this.files = files;
    }
    async at(commit) {
        const known = this.byCommit.get(commit);
        if (known !== undefined)
            return known ?? undefined;
        const obj = await this.cat.read(`${commit}:${this.files.json}`);
        if (obj?.type !== "blob") {
            this.byCommit.set(commit, null);
            return undefined;
        }
        let beacon = this.byBlob.get(obj.oid);
        if (beacon === undefined) {
            try {
                beacon = parseBeacon((0,text_document/* decodeUtf8 */._6)(obj.content, this.files.json), this.files.json);
            }
            catch {
                beacon = "invalid";
            }
            this.byBlob.set(obj.oid, beacon);
        }
        const entry = { oid: obj.oid, beacon };
        this.byCommit.set(commit, entry);
        return entry;
    }
    /** Remember that a commit has its parent's beacon (it did not touch it). */
    inherit(commit, parent) {
        const p = this.byCommit.get(parent);
        if (p !== undefined)
            this.byCommit.set(commit, p);
    }
}
/** The step that was active at a beacon: its step (a completed playbook stays on its last step). */
function activeStepOf(beacon) {
    return beacon.step;
}
/** The ref under which the gate keeps the report files it cites that are not committed (ADR 0040). */
function evidenceRef(run) {
    return `refs/specpipe/evidence/${run.id}-${run.attempt}`;
}
/** The commit a `git revert` names in its message ("This reverts commit <sha>."). */
function revertedCommit(message) {
    return /^This reverts commit ([0-9a-f]{40}|[0-9a-f]{64})\b/m.exec(message)?.[1];
}
/** The beacon paths a playbook at a revision ("" = the index) declares, joined by NUL (undefined: no playbook there, or not a valid one). */
async function beaconPathsAt(cat, commit, file) {
    const obj = await cat.read(`${commit}:${file}`);
    if (obj?.type !== "blob")
        return undefined;
    try {
        const pb = await parsePlaybook((0,text_document/* decodeUtf8 */._6)(obj.content, file), file);
        return `${pb.playbook.beacon.json}\0${pb.playbook.beacon.markdown}`;
    }
    catch {
        return undefined;
    }
}
/** What a merge holds of the beacon (progress.json's blob, progress.md's generated sections) at a commit. */
async function beaconKey(cat, commit, files) {
    const [json, md] = await Promise.all([cat.read(`${commit}:${files.json}`), cat.read(`${commit}:${files.md}`)]);
    return `${json?.type === "blob" ? json.oid : "-"}\0${md?.type === "blob" ? generatedSections(md.content) : "-"}`;
}
/**
 * A merge carries no work of its own only when it takes the beacon from one of its parents and
 * the spec from one of its parents: an "evil merge" that writes a beacon (or a spec) neither side
 * has would otherwise move the playbook, or amend the spec, without being judged.
 */
async function mergeProblems(c, cat, files, spec) {
    const short = c.sha.slice(0, 12);
    const out = [];
    const mine = await beaconKey(cat, c.sha, files);
    const theirs = await Promise.all(c.parents.map((p) => beaconKey(cat, p, files)));
    if (!theirs.includes(mine)) {
        out.push({
            code: "commit.merge-changes-beacon",
            message: `merge ${short} ("${c.subject}") has a ${files.json} or ${files.md} Step/Details that neither of its parents has: a merge takes the beacon from one side, only the gate changes it`,
            hint: `redo the merge keeping one side's beacon (during the merge: git checkout --ours -- ${files.json} ${files.md}), or revert the merge (git revert -m 1 ${short})`,
            severity: "error",
            commit: c.sha,
            file: files.json,
        });
    }
    const after = (await spec.at(c.sha)).hash.full;
    const before = await Promise.all(c.parents.map(async (p) => (await spec.at(p)).hash.full));
    if (!before.includes(after)) {
        out.push({
            code: "commit.merge-changes-spec",
            message: `merge ${short} ("${c.subject}") holds a spec that neither of its parents has: a spec change inside a merge is not an amendment`,
            hint: "redo the merge taking the spec from one side, and make the change as an amendment of its own (specpipe amend --reason '<why>', then commit it)",
            severity: "error",
            commit: c.sha,
        });
    }
    return out;
}
/** Every playbook rule about the commits of a range (see the module comment). */
async function checkPlaybookCommits(list, options) {
    const { git, playbook: pb } = options;
    const files = { json: pb.playbook.beacon.json, md: pb.playbook.beacon.markdown };
    const cat = new catfile/* CatFile */.t(git);
    const beacons = new BeaconHistory(cat, files);
    const spec = new spec_history/* SpecReader */.L9(cat, new spec_history/* SpecPaths */.WX(pb.playbook.spec));
    const out = [];
    try {
        for (const c of list) {
            const short = c.sha.slice(0, 12);
            const parent = c.parents[0];
            const touchesJson = c.files.some((f) => f.path === files.json);
            const touchesMd = c.files.some((f) => f.path === files.md);
            if (parent && !touchesJson)
                beacons.inherit(c.sha, parent);
            if (c.files.some((f) => f.path === pb.file)) {
                // The beacon's place is part of what the gate guards: a commit that moves it (and writes a
                // beacon there) would start a new beacon with no history to judge it by.
                const mine = await beaconPathsAt(cat, c.sha, pb.file);
                const theirs = await Promise.all(c.parents.map((p) => beaconPathsAt(cat, p, pb.file)));
                if (mine !== undefined && theirs.some((t) => t !== undefined) && !theirs.includes(mine)) {
                    const [json, md] = (theirs.find((t) => t !== undefined) ?? "").split("\0");
                    out.push({
                        code: "commit.beacon-moved",
                        message: `commit ${short} ("${c.subject}") changes the beacon's paths in ${pb.file}; the beacon stays where the playbook started it (${json}, ${md})`,
                        hint: `keep beacon: { json: ${json}, markdown: ${md} } in ${pb.file} (git revert ${short}, or edit ${pb.file} back and commit)`,
                        severity: "error",
                        commit: c.sha,
                        file: pb.file,
                    });
                }
            }
            if (c.parents.length > 1) {
                // A merge carries no work of its own when it takes the beacon and the spec from its parents
                // (they are in the range and judged); one that makes its own change is refused.
                if (parent && (await beacons.at(parent)))
                    out.push(...(await mergeProblems(c, cat, files, spec)));
                continue;
            }
            const before = parent ? await beacons.at(parent) : undefined;
            // Commits from before the playbook started (no beacon in their parent) are not judged by it:
            // that includes the commit that creates the beacon (specpipe init).
            if (!before)
                continue;
            let mdGenerated = false;
            if (touchesMd) {
                const a = await cat.read(`${parent}:${files.md}`);
                const b = await cat.read(`${c.sha}:${files.md}`);
                mdGenerated = a?.type === "blob" && (b?.type !== "blob" || generatedSections(a.content) !== generatedSections(b.content));
            }
            const gateValue = trailerValues(c, TRAILER_GATE)[0];
            const gate = gateValue !== undefined ? (0,playbook_provenance.parseGateTrailer)(gateValue) : undefined;
            if (!gate && (touchesJson || mdGenerated) && (await isRevertOfBeaconChange(c, { cat, files, beacons, git, pb }))) {
                // `git revert` of a commit that changed the beacon (a forged advance) puts back the beacon
                // it replaced: accepted, as long as that only goes back along the history.
            }
            else if (touchesJson || mdGenerated || gate) {
                out.push(...(await gateCommitProblems(c, { before, pb, files, beacons, cat, git, gate, mdGenerated, options })));
                continue;
            }
            if (before.beacon === "invalid")
                continue; // the beacon itself is reported by check
            const active = activeStepOf(before.beacon);
            const steps = trailerValues(c, TRAILER_STEP);
            if (steps.length > 1) {
                out.push({
                    code: "commit.several-steps",
                    message: `commit ${short} ("${c.subject}") has ${steps.length} ${TRAILER_STEP} trailers (${steps.join(", ")}); a commit is made in one step`,
                    hint: `keep one trailer, "${TRAILER_STEP}: ${active}" (git rebase -i, reword)`,
                    severity: "error",
                    commit: c.sha,
                });
            }
            else if (steps.length === 0) {
                out.push({
                    code: "commit.missing-step",
                    message: `commit ${short} ("${c.subject}") has no ${TRAILER_STEP} trailer`,
                    hint: `add the trailer "${TRAILER_STEP}: ${active}" to its message (git rebase -i, reword; specpipe hooks install adds it)`,
                    severity: "error",
                    commit: c.sha,
                });
            }
            else if (!steps.includes(active)) {
                const unknown = steps.filter((s) => !pb.byId.has(s));
                out.push(unknown.length
                    ? {
                        code: "commit.unknown-step",
                        message: `commit ${short} ("${c.subject}") says ${TRAILER_STEP}: ${unknown.join(", ")}, which ${pb.file} has no step for (the active step was ${active})`,
                        hint: `change the trailer to "${TRAILER_STEP}: ${active}" (git rebase -i, reword)`,
                        severity: "error",
                        commit: c.sha,
                    }
                    : {
                        code: "commit.wrong-step",
                        message: `commit ${short} ("${c.subject}") says ${TRAILER_STEP}: ${steps.join(", ")}, but the active step at its parent was ${active}`,
                        hint: `work on the active step only: change the trailer to "${TRAILER_STEP}: ${active}" (git rebase -i, reword; with the hooks installed a rebase does it), or wait for the gate to reach that step`,
                        severity: "error",
                        commit: c.sha,
                    });
            }
        }
    }
    finally {
        cat.close();
    }
    return out;
}
/**
 * A `git revert` of a commit that changed the beacon: its beacon files are exactly the ones the
 * reverted commit replaced, and that beacon's history is a prefix of its parent's (it goes back,
 * never forward: reverting the revert of a forged advance is not a way to reinstate it).
 */
async function isRevertOfBeaconChange(c, g) {
    const reverted = revertedCommit(c.message);
    if (!reverted || !c.parents[0])
        return false;
    const target = (await g.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${reverted}^`])).stdout.toString().trim();
    if (!target)
        return false;
    const ancestor = await g.git.raw(["merge-base", "--is-ancestor", "--end-of-options", reverted, c.parents[0]]);
    if (ancestor.code !== 0)
        return false;
    if ((await beaconKey(g.cat, c.sha, g.files)) !== (await beaconKey(g.cat, target, g.files)))
        return false;
    const now = (await g.beacons.at(c.sha))?.beacon;
    const was = (await g.beacons.at(c.parents[0]))?.beacon;
    return now !== undefined && now !== "invalid" && restoresEarlierBeacon(g.pb, now, was, g.files.json);
}
/**
 * A beacon a revert puts back is one the gate could have written (digest and history valid) and
 * an earlier state of the beacon it replaces (its history a prefix of that one's): reverting goes
 * back, never forward, so reverting the revert of a forged advance does not reinstate it.
 */
function restoresEarlierBeacon(pb, now, was, file) {
    if (beaconDigest(now) !== now.digest)
        return false;
    if (validateBeacon(pb, now, file).some((v) => v.severity === "error"))
        return false;
    if (!was || was === "invalid")
        return true;
    return now.history.length <= was.history.length && now.history.every((h, i) => JSON.stringify(h) === JSON.stringify(was.history[i]));
}
async function gateCommitProblems(c, g) {
    const short = c.sha.slice(0, 12);
    const { files, gate } = g;
    const v = (code, message, hint, file) => ({
        code,
        message: `commit ${short} ("${c.subject}") ${message}`,
        hint,
        severity: "error",
        commit: c.sha,
        ...(file ? { file } : {}),
    });
    // A revert is what check accepts as undoing a beacon change (isRevertOfBeaconChange).
    const restore = `revert it (git revert --no-edit ${short}); only the playbook gate changes the beacon, in CI`;
    if (g.options.pullRequest) {
        return [
            v("commit.beacon-in-pull-request", `changes the beacon (${[files.json, files.md].filter((f) => c.files.some((x) => x.path === f)).join(", ")}); a pull request may not: the gate advances it on the default branch, in CI`, `drop the change from the pull request (git checkout origin/HEAD -- ${files.json} ${files.md}, then commit)`, files.json),
        ];
    }
    if (!gate) {
        return [
            g.mdGenerated && !c.files.some((f) => f.path === files.json)
                ? v("commit.progress-md-edited", `changes the Step or Details section of ${files.md}; only the playbook gate may (Notes are yours)`, `revert that part of ${short} and put your text under "## Notes"`, files.md)
                : v("commit.beacon-edited", `changes ${files.json}; only the playbook gate may, in CI`, restore, files.json),
        ];
    }
    const out = [];
    const other = c.files.filter((f) => f.path !== files.json && f.path !== files.md).map((f) => f.path);
    if (other.length) {
        out.push(v("commit.gate-commit-not-beacon-only", `is marked ${TRAILER_GATE}: ${gate.kind} but also changes ${other.slice(0, 3).join(", ")}${other.length > 3 ? ` and ${other.length - 3} more` : ""}`, `only the gate makes ${TRAILER_GATE} commits, and they change the beacon alone: remove the trailer from ${short} (git rebase -i) and keep beacon changes out of it`));
    }
    if (!gate.run || !gate.evidence) {
        out.push(v("commit.gate-unverifiable", `is marked ${TRAILER_GATE}: ${gate.kind} but names no CI run and evidence commit (run=…, evidence=…): a local advance`, `${restore}; \`specpipe playbook advance\` only previews outside CI`, files.json));
        return out;
    }
    const afterEntry = await g.beacons.at(c.sha);
    const before = g.before.beacon;
    const after = afterEntry?.beacon;
    if (!after || after === "invalid" || before === "invalid") {
        out.push(v("commit.gate-bad-beacon", `leaves ${files.json} ${after ? "unreadable" : "deleted"}`, restore, files.json));
        return out;
    }
    if (beaconDigest(after) !== after.digest) {
        out.push(v("commit.gate-bad-beacon", `leaves ${files.json} with a digest that does not match its content`, restore, files.json));
        return out;
    }
    const entry = after.history[after.history.length - 1];
    const sameHistory = after.history.length === before.history.length + 1 &&
        before.history.every((h, i) => JSON.stringify(h) === JSON.stringify(after.history[i]));
    if (!sameHistory || !entry) {
        out.push(v("commit.gate-bad-transition", `does not add exactly one entry to the beacon's history (it had ${before.history.length}, now ${after.history.length}, or earlier entries changed)`, restore, files.json));
        return out;
    }
    const from = g.pb.byId.get(before.step);
    const legal = from && before.status === "active" ? legalTransitions(g.pb, from, before.iteration) : [];
    if (entry.from !== before.step ||
        !legal.some((t) => t.to === entry.to && t.iteration === entry.iteration) ||
        (entry.to ?? entry.from) !== after.step) {
        out.push(v("commit.gate-bad-transition", `moves the beacon ${entry.from} → ${entry.to ?? "done"}, which is not one step from ${before.step} (iteration ${before.iteration})`, restore, files.json));
    }
    if (!entry.run || entry.run.id !== gate.run.id || entry.run.attempt !== gate.run.attempt || entry.commit !== gate.evidence) {
        out.push(v("commit.gate-trailer-mismatch", `names run ${gate.run.id}/${gate.run.attempt} and evidence ${gate.evidence.slice(0, 12)}, but the beacon's entry records ${entry.run ? `run ${entry.run.id}/${entry.run.attempt}` : "no run"} and ${entry.commit ? entry.commit.slice(0, 12) : "no commit"}`, restore, files.json));
    }
    // One run, one advance: a run already cited by an earlier advance of this history is a replay.
    const cited = before.history.findIndex((h) => h.run?.id === gate.run.id);
    if (cited >= 0) {
        out.push(v("commit.gate-run-reused", `cites run ${gate.run.id}, which advance ${cited + 1} of the beacon's history (${before.history[cited].from} → ${before.history[cited].to ?? "done"}) already cited: a run advances once`, restore, files.json));
    }
    // The gate evaluates the commit it advances from and commits on top of it.
    if (gate.evidence !== c.parents[0]) {
        out.push(v("commit.gate-evidence-not-parent", `cites evidence commit ${gate.evidence.slice(0, 12)}, which is not its parent (${(c.parents[0] ?? "none").slice(0, 12)}): the gate commits on the commit it evaluated`, restore, files.json));
    }
    out.push(...(await evidenceProblems(c, g, entry, gate, v, restore)));
    if (!out.length)
        g.options.gateCommits?.push({ sha: c.sha, trailer: gate });
    return out;
}
/** Conditions whose verdict comes from files (the reports, the paths, the spec): each must cite its evidence. */
const EVIDENCE_TYPES = new Set(["tests", "coverage", "mutation", "files", "spec-hash"]);
/**
 * The evidence an advance cites: one file or more for each exit condition that reads files, each
 * committed at the evidence commit or attached by the gate under evidenceRef(run), with the
 * SHA-256 the entry records.
 */
async function evidenceProblems(c, g, entry, gate, v, restore) {
    const out = [];
    const evidence = entry.evidence ?? [];
    const step = g.pb.byId.get(entry.from);
    if (gate.kind === "advance" && step) {
        const missing = step.exit.filter((x) => EVIDENCE_TYPES.has(x.type) && !evidence.some((e) => e.condition === conditionKey(x)));
        if (missing.length) {
            out.push(v("commit.gate-evidence-missing", `advances ${entry.from} but cites no evidence for ${missing.map((x) => conditionKey(x)).join(", ")}`, restore, g.files.json));
        }
    }
    const ref = evidenceRef(gate.run);
    let fetched;
    for (const e of evidence) {
        let obj = await g.cat.read(`${gate.evidence}:${e.file}`);
        let where = `at ${gate.evidence.slice(0, 12)}`;
        if (obj?.type !== "blob") {
            where = `attached to run ${gate.run.id} (${ref})`;
            obj = await g.cat.read(`${ref}:${e.file}`);
            if (obj?.type !== "blob" && fetched === undefined) {
                // A clone has the branches, not the gate's evidence refs: ask the remote once.
                fetched = (await g.git.raw(["fetch", "--quiet", "--no-tags", "origin", `+${ref}:${ref}`], { network: true })).code === 0;
            }
            if (obj?.type !== "blob" && fetched) {
                // Read past cat-file's cache, which remembers the ref as missing.
                const blob = await fileAt(g.git, ref, e.file);
                if (blob)
                    obj = { type: "blob", oid: "", content: blob };
            }
        }
        if (obj?.type !== "blob") {
            out.push(v("commit.gate-evidence-missing", `cites ${e.file} for ${e.condition}, which is neither committed at ${gate.evidence.slice(0, 12)} nor attached to run ${gate.run.id} (${ref})`, restore, e.file));
            continue;
        }
        const digest = (0,external_node_crypto_.createHash)("sha256").update(obj.content).digest("hex");
        if (`sha256:${digest}` !== e.sha256) {
            out.push(v("commit.gate-evidence-mismatch", `cites ${e.file} with ${e.sha256.slice(0, 19)}…, but ${e.file} ${where} is another file`, restore, e.file));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/process.ts
var src_process = __webpack_require__(7332);
;// CONCATENATED MODULE: ./packages/core/src/reports/xml.ts


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
    const { line, column } = (0,text_document/* lineColumnAt */.IX)(text, offset);
    return new src_errors.UserError(`${file} is not well-formed XML: ${what}`, {
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

;// CONCATENATED MODULE: ./packages/core/src/reports/coverage.ts


function ratio(covered, total) {
    return { covered, total, pct: total > 0 ? (covered / total) * 100 : null };
}
function bad(file, what, format, line) {
    return new src_errors.UserError(`${file} is not a valid ${format} report: ${what}`, {
        file,
        line,
        hint: "regenerate the report with your coverage tool, or set format: in the condition if it was detected wrongly",
        code: "coverage.invalid",
    });
}
/** Detects the format from the content. */
function detectCoverageFormat(text, file) {
    const head = text
        .slice(0, 2048)
        .replace(/^\uFEFF/, "")
        .trimStart();
    if (head.startsWith("{"))
        return "istanbul-summary";
    if (head.startsWith("<"))
        return "cobertura";
    if (/^(TN:|SF:)/m.test(head))
        return "lcov";
    throw new src_errors.UserError(`${file}: cannot tell which coverage format this is`, {
        file,
        hint: "point the coverage condition at lcov.info, a Cobertura XML file or coverage-summary.json (or set format:)",
        code: "coverage.unknown-format",
    });
}
function parseCoverage(text, file, format) {
    const f = format ?? detectCoverageFormat(text, file);
    if (f === "lcov")
        return parseLcov(text, file);
    if (f === "cobertura")
        return parseCobertura(text, file);
    return parseIstanbulSummary(text, file);
}
/**
 * lcov tracefile. Per record (SF: … end_of_record): LF/LH and BRF/BRH when present, else counted
 * from DA: and BRDA: lines. A file listed twice (several test runs) is counted once per record, as
 * genhtml does without merging.
 */
function parseLcov(text, file) {
    let lf = 0, lh = 0, brf = 0, brh = 0, files = 0;
    let rec;
    let lineNo = 0;
    let pos = 0;
    const n = text.length;
    const num = (s) => {
        const v = Number(s);
        if (!Number.isFinite(v) || v < 0)
            throw bad(file, `"${s}" is not a count`, "lcov", lineNo);
        return v;
    };
    while (pos <= n) {
        let nl = text.indexOf("\n", pos);
        if (nl === -1)
            nl = n;
        let line = text.slice(pos, nl);
        pos = nl + 1;
        lineNo++;
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        if (line === "" || line.startsWith("TN:")) {
            if (pos > n)
                break;
            continue;
        }
        const colon = line.indexOf(":");
        const tag = colon === -1 ? line : line.slice(0, colon);
        const val = colon === -1 ? "" : line.slice(colon + 1);
        if (tag === "SF") {
            if (rec)
                throw bad(file, `SF: on line ${lineNo} starts a record before the previous one ended`, "lcov", lineNo);
            rec = { da: 0, daHit: 0, brda: 0, brdaHit: 0 };
            files++;
        }
        else if (tag === "end_of_record") {
            if (!rec)
                throw bad(file, `end_of_record on line ${lineNo} without SF:`, "lcov", lineNo);
            lf += rec.lf ?? rec.da;
            lh += rec.lh ?? rec.daHit;
            brf += rec.brf ?? rec.brda;
            brh += rec.brh ?? rec.brdaHit;
            rec = undefined;
        }
        else if (!rec) {
            throw bad(file, `${tag}: on line ${lineNo} is outside a record (no SF: before it)`, "lcov", lineNo);
        }
        else if (tag === "DA") {
            const c1 = val.indexOf(",");
            const hits = val.slice(c1 + 1).split(",")[0];
            rec.da++;
            if (num(hits) > 0)
                rec.daHit++;
        }
        else if (tag === "BRDA") {
            const taken = val.split(",")[3];
            rec.brda++;
            if (taken !== undefined && taken !== "-" && num(taken) > 0)
                rec.brdaHit++;
        }
        else if (tag === "LF")
            rec.lf = num(val);
        else if (tag === "LH")
            rec.lh = num(val);
        else if (tag === "BRF")
            rec.brf = num(val);
        else if (tag === "BRH")
            rec.brh = num(val);
        // FN, FNDA, FNF, FNH, VER and unknown tags are ignored.
    }
    if (rec)
        throw bad(file, "the last record has no end_of_record (truncated file?)", "lcov", lineNo);
    if (files === 0)
        throw bad(file, "no SF: records", "lcov");
    return { format: "lcov", lines: ratio(lh, lf), branches: ratio(brh, brf), files };
}
/**
 * Cobertura XML (coverage.py, istanbul's cobertura reporter, JaCoCo converters). The totals are
 * the root element's lines-valid / lines-covered / branches-valid / branches-covered. Without them
 * (older writers), the <line> elements of every <class> are counted: hits > 0, and
 * condition-coverage="50% (1/2)" for branches.
 */
function parseCobertura(text, file) {
    let root;
    const classes = new Set();
    let inClass = 0;
    let inMethod = 0;
    let lines = 0, linesHit = 0, br = 0, brHit = 0;
    scanXml(text.replace(/^\uFEFF/, ""), file, {
        open(name, attrs) {
            if (!root) {
                if (name !== "coverage")
                    throw bad(file, `the root element is <${name}>, not <coverage>`, "Cobertura");
                root = attrs;
                return;
            }
            if (name === "class") {
                inClass++;
                classes.add(attrs.filename ?? attrs.name ?? String(classes.size));
            }
            else if (name === "method")
                inMethod++;
            else if (name === "line" && inClass > 0 && inMethod === 0) {
                lines++;
                if (Number(attrs.hits ?? 0) > 0)
                    linesHit++;
                const m = /\((\d+)\/(\d+)\)/.exec(attrs["condition-coverage"] ?? "");
                if (attrs.branch === "true" && m) {
                    brHit += Number(m[1]);
                    br += Number(m[2]);
                }
            }
        },
        close(name) {
            if (name === "class")
                inClass--;
            else if (name === "method")
                inMethod--;
        },
    });
    if (!root)
        throw bad(file, "no <coverage> element", "Cobertura");
    const int = (k) => root[k] !== undefined && root[k] !== "" && Number.isFinite(Number(root[k])) ? Number(root[k]) : undefined;
    const lv = int("lines-valid"), lc = int("lines-covered"), bv = int("branches-valid"), bc = int("branches-covered");
    return {
        format: "cobertura",
        lines: lv !== undefined && lc !== undefined ? ratio(lc, lv) : ratio(linesHit, lines),
        branches: bv !== undefined && bc !== undefined ? ratio(bc, bv) : ratio(brHit, br),
        files: classes.size,
    };
}
/** istanbul's json-summary reporter: `{ "total": { "lines": {total, covered, pct}, "branches": … }, "<file>": … }`. */
function parseIstanbulSummary(text, file) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ""));
    }
    catch (e) {
        throw bad(file, `not JSON (${e.message})`, "istanbul coverage-summary.json");
    }
    const total = data?.total;
    const metric = (k) => {
        const m = total?.[k];
        if (!m || typeof m.total !== "number" || typeof m.covered !== "number")
            throw bad(file, `total.${k} has no numeric total and covered`, "istanbul coverage-summary.json");
        return ratio(m.covered, m.total);
    };
    if (!total)
        throw bad(file, 'no "total" entry (is this coverage-final.json? use the json-summary reporter)', "istanbul coverage-summary.json");
    return {
        format: "istanbul-summary",
        lines: metric("lines"),
        branches: metric("branches"),
        files: Object.keys(data).length - 1,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/reports/junit.ts


/** Parse one JUnit XML document. `file` names it in errors. Throws UserError when malformed. */
function parseJUnit(xml, file) {
    const cases = [];
    const suiteFiles = [];
    let current;
    let depthInCase = 0;
    let sawRoot = false;
    if (xml.charCodeAt(0) === 0xfeff)
        xml = xml.slice(1);
    scanXml(xml, file, {
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
        throw new src_errors.UserError(`${file} is not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)`, {
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

;// CONCATENATED MODULE: ./packages/core/src/reports/mutation.ts

const STATUSES = new Set(["Killed", "Survived", "NoCoverage", "CompileError", "RuntimeError", "Timeout", "Ignored", "Pending"]);
function mutation_bad(file, what) {
    return new src_errors.UserError(`${file} is not a Stryker mutation report: ${what}`, {
        file,
        hint: 'point the mutation condition at Stryker\'s JSON report (reporters: ["json"], reports/mutation/mutation.json)',
        code: "mutation.invalid",
    });
}
function parseMutationReport(text, file) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ""));
    }
    catch (e) {
        throw mutation_bad(file, `not JSON (${e.message})`);
    }
    const d = data;
    if (!d || typeof d !== "object" || typeof d.schemaVersion !== "string")
        throw mutation_bad(file, "no schemaVersion");
    if (!/^[12](\.|$)/.test(d.schemaVersion))
        throw mutation_bad(file, `schemaVersion ${d.schemaVersion} is not supported (1.x or 2.x)`);
    if (!d.files || typeof d.files !== "object")
        throw mutation_bad(file, "no files object");
    const counts = { Killed: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Timeout: 0, Ignored: 0, Pending: 0 };
    let files = 0;
    for (const [name, f] of Object.entries(d.files)) {
        files++;
        const mutants = f?.mutants;
        if (!Array.isArray(mutants))
            throw mutation_bad(file, `files["${name}"] has no mutants list`);
        for (const m of mutants) {
            const status = m?.status;
            if (typeof status !== "string" || !STATUSES.has(status))
                throw mutation_bad(file, `a mutant in files["${name}"] has the unknown status ${JSON.stringify(status)}`);
            counts[status]++;
        }
    }
    const detected = counts.Killed + counts.Timeout;
    const valid = detected + counts.Survived + counts.NoCoverage;
    const covered = detected + counts.Survived;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return {
        counts,
        total,
        detected,
        valid,
        score: valid > 0 ? (detected / valid) * 100 : null,
        scoreCovered: covered > 0 ? (detected / covered) * 100 : null,
        files,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/playbook/test-files.ts
/**
 * The files a JUnit test case may be "in", for `required: [{ file: "e2e/**" }]`. Reports say it
 * in different ways:
 * - vitest, jest-junit and Node's runner give `file` (or a classname that is the path);
 * - pytest (default junit_family xunit2) gives no file at all, only a dotted classname: the
 *   module path, then the class for class-based tests (`e2e.test_flow`, `e2e.test_flow.TestLogin`).
 * A dotted classname without a slash is turned into the paths it can stand for: each prefix of
 * its parts as folders, with and without `.py` (`e2e/test_flow.py`, `e2e/test_flow`, ...).
 */
function testFileCandidates(k) {
    const out = [];
    if (k.file)
        out.push(k.file.split("\\").join("/").replace(/^\.\//, ""));
    const cls = k.classname.trim();
    if (!cls)
        return out;
    out.push(cls);
    if (!cls.includes("/") && !cls.includes("\\") && /^[\w]+(\.[\w]+)+$/.test(cls)) {
        const parts = cls.split(".");
        for (let n = parts.length; n >= 1; n--) {
            const p = parts.slice(0, n).join("/");
            out.push(`${p}.py`, p);
        }
    }
    return [...new Set(out)];
}

;// CONCATENATED MODULE: ./packages/core/src/playbook/conditions.ts













const round2 = (x) => Math.round(x * 100) / 100;
const fmt = (x) => (x === null ? "n/a" : `${round2(x).toFixed(2)}%`);
const GLOB = /[*?[\]{}!]/;
/**
 * Repository-relative files matching paths or globs, sorted; plus the patterns that matched
 * nothing. Every path goes through the one guard (fs/guard.ts): a pattern that leaves the
 * workspace (`../x`, `/etc/passwd`) or a matched file that is a symlink is a UserError, never read.
 */
async function expand(root, patterns, what = "a condition's path") {
    const files = new Set();
    const unmatched = [];
    for (const raw of patterns) {
        const p = raw.split("\\").join("/").replace(/^\.\//, "");
        if (GLOB.test(p)) {
            const [{ globFiles }, picomatch] = await Promise.all([__webpack_require__.e(/* import() */ 583).then(__webpack_require__.bind(__webpack_require__, 5583)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))]);
            await (0,guard.insideWorkspace)(root, picomatch.default.scan(p).base || ".", { what });
            // A glob does not see symlinks at all (fs/glob.ts); a path named exactly that is a symlink is refused below.
            const found = await globFiles(root, p);
            if (found.length === 0)
                unmatched.push(raw);
            for (const f of found)
                files.add((await (0,guard.insideWorkspace)(root, f, { what, noSymlink: true })).rel);
        }
        else {
            const at = await (0,guard.insideWorkspace)(root, p, { what, noSymlink: true });
            const st = await external_node_fs_.promises.lstat(at.abs).catch(() => undefined);
            if (st?.isFile())
                files.add(at.rel);
            else
                unmatched.push(raw);
        }
    }
    return { files: [...files].sort(), unmatched };
}
/** Reports are text files of a few MiB at most; anything larger is not a report. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** A report's text: a regular file inside the workspace (no symlink), valid UTF-8; else a UserError naming it. */
async function readReport(root, file, what) {
    const at = await (0,guard.insideWorkspace)(root, file, { what, noSymlink: true });
    const bytes = await (0,guard.readRegularFile)(at.abs, at.rel, MAX_REPORT_BYTES);
    if (!bytes)
        throw new src_errors.UserError(`${at.rel} disappeared while the gate read it`, {
            file: at.rel,
            hint: "run the gate again",
            code: "playbook.report-missing",
        });
    return (0,text_document/* decodeUtf8 */._6)(bytes, at.rel);
}
const pathOf = (c, ctx) => `the ${conditionKey(c)} condition's path (${ctx.playbook.file})`;
function failed(c, threshold, value, reason, evidence = []) {
    return { id: conditionKey(c), type: c.type, pass: false, value, threshold, evidence, metrics: {}, reason };
}
function fromError(c, threshold, e, evidence) {
    if ((0,src_errors.isUserError)(e))
        return failed(c, threshold, "unreadable", e.format(), evidence);
    throw e;
}
function wildcard(pattern) {
    return new RegExp(`^${pattern
        .split("*")
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`, "s");
}
async function evalTests(c, ctx) {
    const threshold = `all pass, ≥ ${c.min} run${c.required.length ? `, ${c.required.length} required` : ""}`;
    const globs = Array.isArray(c.reports) ? c.reports : [c.reports];
    const { files } = await expand(ctx.root, globs, pathOf(c, ctx));
    if (files.length === 0)
        return failed(c, threshold, "no report", `no JUnit report matches ${globs.join(", ")}. Fix: run the tests with a JUnit reporter before the gate, writing to that path`);
    let total = 0, passed = 0, failedN = 0, skipped = 0;
    const cases = [];
    // Reading is outside the try: a report that is a symlink or not UTF-8 is refused, not "failed".
    const texts = [];
    for (const f of files)
        texts.push(await readReport(ctx.root, f, pathOf(c, ctx)));
    try {
        for (const [i, f] of files.entries()) {
            const s = parseJUnit(texts[i], f);
            total += s.total;
            passed += s.passed;
            failedN += s.failed;
            skipped += s.skipped;
            if (c.required.length)
                for (const k of s.cases)
                    cases.push(k);
        }
    }
    catch (e) {
        return fromError(c, threshold, e, files);
    }
    const id = conditionKey(c);
    const metrics = { [`${id}.passed`]: passed, [`${id}.total`]: total };
    const value = `${passed} passed, ${failedN} failed, ${skipped} skipped`;
    const reasons = [];
    if (failedN > 0)
        reasons.push(`${failedN} test${failedN > 1 ? "s" : ""} failed. Fix: make them pass`);
    if (passed < c.min)
        reasons.push(`${passed} passed, fewer than the ${c.min} required. Fix: add tests or check that the report covers all suites`);
    if (c.required.length) {
        const picomatch = (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))).default;
        for (const r of c.required) {
            const nameRe = r.name !== undefined ? wildcard(r.name) : undefined;
            const fileMatch = r.file !== undefined ? picomatch(r.file, { dot: true }) : undefined;
            const matching = cases.filter((k) => (!nameRe || nameRe.test(k.name) || nameRe.test(`${k.classname} > ${k.name}`)) &&
                (!fileMatch || testFileCandidates(k).some((f) => fileMatch(f))));
            const label = [r.name && `name "${r.name}"`, r.file && `file "${r.file}"`].filter(Boolean).join(" and ");
            if (matching.length === 0)
                reasons.push(`no test with ${label} ran. Fix: add it, or check the pattern against the report`);
            else if (!matching.every((k) => k.status === "passed")) {
                const bad = matching.filter((k) => k.status !== "passed");
                reasons.push(`${bad.length} of the tests with ${label} did not pass (${bad
                    .slice(0, 3)
                    .map((k) => `${k.name}: ${k.status}`)
                    .join("; ")}). Fix: make them pass`);
            }
        }
    }
    const r = { id, type: c.type, pass: reasons.length === 0, value, threshold, evidence: files, metrics };
    if (reasons.length)
        r.reason = reasons.join("; ");
    return r;
}
function noDrop(ctx, key, now, label, reasons) {
    const before = lastValue(ctx.beacon, key);
    if (before === undefined || now === null)
        return;
    if (round2(now) < before)
        reasons.push(`${label} dropped from ${before.toFixed(2)}% at the last advance to ${fmt(now)}. Fix: add tests for the code that lost coverage`);
}
async function evalCoverage(c, ctx) {
    const id = conditionKey(c);
    const th = [];
    if (c.lines !== undefined)
        th.push(`lines ≥ ${c.lines}%`);
    if (c.branches !== undefined)
        th.push(`branches ≥ ${c.branches}%`);
    if (c["no-drop"]) {
        const l = lastValue(ctx.beacon, `${id}.lines`);
        const b = lastValue(ctx.beacon, `${id}.branches`);
        th.push(`no drop${l !== undefined || b !== undefined ? ` (was ${[l !== undefined && `lines ${l}%`, b !== undefined && `branches ${b}%`].filter(Boolean).join(", ")})` : ""}`);
    }
    const threshold = th.join(", ");
    const { files } = await expand(ctx.root, [c.report], pathOf(c, ctx));
    if (files.length === 0)
        return failed(c, threshold, "no report", `no coverage report matches ${c.report}. Fix: run the tests with coverage before the gate`);
    if (files.length > 1)
        return failed(c, threshold, "several reports", `${c.report} matches ${files.length} files (${files.slice(0, 3).join(", ")}…). Fix: point report at one merged report`, files);
    const text = await readReport(ctx.root, files[0], pathOf(c, ctx));
    let s;
    try {
        s = parseCoverage(text, files[0], c.format);
    }
    catch (e) {
        return fromError(c, threshold, e, files);
    }
    const reasons = [];
    const metrics = {};
    if (s.lines.pct !== null)
        metrics[`${id}.lines`] = round2(s.lines.pct);
    if (s.branches.pct !== null)
        metrics[`${id}.branches`] = round2(s.branches.pct);
    if (c.lines !== undefined) {
        if (s.lines.pct === null)
            reasons.push("the report has no lines. Fix: check that the coverage run included the sources");
        else if (round2(s.lines.pct) < c.lines)
            reasons.push(`line coverage ${fmt(s.lines.pct)} is below ${c.lines}%. Fix: add tests`);
    }
    if (c.branches !== undefined && s.branches.pct !== null && round2(s.branches.pct) < c.branches) {
        reasons.push(`branch coverage ${fmt(s.branches.pct)} is below ${c.branches}%. Fix: add tests for the untaken branches`);
    }
    if (c["no-drop"]) {
        noDrop(ctx, `${id}.lines`, s.lines.pct, "line coverage", reasons);
        noDrop(ctx, `${id}.branches`, s.branches.pct, "branch coverage", reasons);
    }
    const value = `lines ${fmt(s.lines.pct)} (${s.lines.covered}/${s.lines.total}), branches ${fmt(s.branches.pct)} (${s.branches.covered}/${s.branches.total})`;
    const r = { id, type: c.type, pass: reasons.length === 0, value, threshold, evidence: files, metrics };
    if (reasons.length)
        r.reason = reasons.join("; ");
    return r;
}
async function evalMutation(c, ctx) {
    const id = conditionKey(c);
    const prev = lastValue(ctx.beacon, `${id}.score`);
    const threshold = [
        c.score !== undefined && `score ≥ ${c.score}%`,
        c["no-drop"] && `no drop${prev !== undefined ? ` (was ${prev}%)` : ""}`,
    ]
        .filter(Boolean)
        .join(", ");
    const { files } = await expand(ctx.root, [c.report], pathOf(c, ctx));
    if (files.length !== 1) {
        return failed(c, threshold, "no report", files.length
            ? `${c.report} matches ${files.length} files. Fix: point report at one file`
            : `no mutation report matches ${c.report}. Fix: run Stryker with the json reporter before the gate`, files);
    }
    const text = await readReport(ctx.root, files[0], pathOf(c, ctx));
    let s;
    try {
        s = parseMutationReport(text, files[0]);
    }
    catch (e) {
        return fromError(c, threshold, e, files);
    }
    const reasons = [];
    const metrics = {};
    if (s.score !== null)
        metrics[`${id}.score`] = round2(s.score);
    if (c.score !== undefined) {
        if (s.score === null)
            reasons.push("the report has no valid mutant. Fix: check Stryker's mutate patterns");
        else if (round2(s.score) < c.score)
            reasons.push(`mutation score ${fmt(s.score)} is below ${c.score}%. Fix: strengthen the tests that let ${s.counts.Survived} mutants survive`);
    }
    if (c["no-drop"])
        noDrop(ctx, `${id}.score`, s.score, "the mutation score", reasons);
    const value = `${fmt(s.score)} (${s.detected} of ${s.valid} detected, ${s.counts.Survived} survived, ${s.counts.NoCoverage} no coverage)`;
    const r = { id, type: c.type, pass: reasons.length === 0, value, threshold, evidence: files, metrics };
    if (reasons.length)
        r.reason = reasons.join("; ");
    return r;
}
async function evalFiles(c, ctx) {
    const threshold = `${c.paths.length} path${c.paths.length > 1 ? "s exist" : " exists"}${c["non-empty"] ? ", not empty" : ""}`;
    const { files, unmatched } = await expand(ctx.root, c.paths, pathOf(c, ctx));
    const empty = [];
    if (c["non-empty"]) {
        for (const f of files) {
            const at = await (0,guard.insideWorkspace)(ctx.root, f, { what: pathOf(c, ctx), noSymlink: true });
            const content = (await (0,guard.readRegularFile)(at.abs, at.rel, MAX_REPORT_BYTES)) ?? Buffer.alloc(0);
            if (!/\S/.test(content.toString("utf8").replace(/^\uFEFF/, "")))
                empty.push(f);
        }
    }
    const reasons = [];
    if (unmatched.length)
        reasons.push(`missing: ${unmatched.join(", ")}. Fix: create ${unmatched.length > 1 ? "them" : "it"}`);
    if (empty.length)
        reasons.push(`empty: ${empty.join(", ")}. Fix: write the content`);
    const r = {
        id: conditionKey(c),
        type: c.type,
        pass: reasons.length === 0,
        value: `${c.paths.length - unmatched.length} of ${c.paths.length} present (${files.length} file${files.length === 1 ? "" : "s"})${empty.length ? `, ${empty.length} empty` : ""}`,
        threshold,
        evidence: files,
        metrics: {},
    };
    if (reasons.length)
        r.reason = reasons.join("; ");
    return r;
}
async function evalSpecHash(c, ctx) {
    const h = await (0,hash/* computeSpecHash */.tS)({ root: ctx.root, paths: ctx.playbook.playbook.spec });
    const recorded = ctx.beacon.specHash;
    const threshold = recorded ? recorded.slice(0, 12) : "(none recorded)";
    const r = {
        id: conditionKey(c),
        type: c.type,
        pass: recorded === h.full,
        value: h.short,
        threshold,
        evidence: h.files,
        metrics: {},
    };
    if (h.missing.length) {
        r.pass = false;
        r.value = "missing";
        r.reason = `the spec path${h.missing.length > 1 ? "s" : ""} ${h.missing.join(", ")} in ${ctx.playbook.file}'s spec: match${h.missing.length > 1 ? "" : "es"} no file. Fix: correct spec: or create the file`;
        return r;
    }
    if (r.pass)
        return r;
    if (ctx.git) {
        // Amendments at any step: accepted amendments since the last advance re-base the condition.
        const { rebaseOnAmendments } = await __webpack_require__.e(/* import() */ 245).then(__webpack_require__.bind(__webpack_require__, 1245));
        const rebase = await rebaseOnAmendments(ctx.git, {
            beaconFile: ctx.playbook.playbook.beacon.json,
            specPaths: ctx.playbook.playbook.spec,
            current: h.full,
        });
        if (rebase.accepted) {
            const last = rebase.amendments[rebase.amendments.length - 1];
            r.pass = true;
            r.threshold = `${threshold}, amended to ${h.short}`;
            ctx.notes?.push(`the spec was amended since the last advance (${rebase.amendments.map((a) => `${a.commit.slice(0, 12)}${a.adr ? ` with ${a.adr}` : ""}`).join(", ")}); spec-hash is judged against ${last.after ?? h.short}`);
            return r;
        }
        r.reason = rebase.reason;
        return r;
    }
    r.reason = `the spec (${h.files.join(", ") || "no files"}) changed since the last advance (beacon ${threshold}, now ${h.short}): an amendment is pending. Fix: commit it as an amendment with its ADR (specpipe amend), or revert the spec change`;
    return r;
}
async function evalCommand(c, ctx) {
    const threshold = `exit 0 within ${c.timeout} s`;
    const cwd = external_node_path_.resolve(ctx.root, c.cwd ?? ".");
    try {
        const r = await (0,src_process/* runProcess */.R)(c.run[0], c.run.slice(1), { cwd, env: ctx.env ?? process.env, timeoutMs: c.timeout * 1000 });
        const pass = r.code === 0 && !r.timedOut;
        const value = r.timedOut ? "timed out" : r.code === null ? `killed (${r.signal})` : `exit ${r.code}`;
        const res = { id: conditionKey(c), type: c.type, pass, value, threshold, evidence: [], metrics: {} };
        if (!pass) {
            const tail = (r.stderr.toString("utf8") || r.stdout.toString("utf8")).trim().split("\n").slice(-5).join(" | ").slice(0, 500);
            res.reason = `\`${c.run.join(" ")}\` ${r.timedOut ? `ran longer than ${c.timeout} s` : `ended with ${value}`}${tail ? `: ${tail}` : ""}. Fix: make the command pass`;
        }
        return res;
    }
    catch (e) {
        return failed(c, threshold, "did not start", `\`${c.run[0]}\` could not be started (${e.message}). Fix: install it or correct run:`);
    }
}
async function evalChecks(c, ctx) {
    const threshold = "all successful";
    let gh;
    try {
        gh = typeof ctx.github === "function" ? await ctx.github() : ctx.github;
    }
    catch (e) {
        return fromError(c, threshold, e, []);
    }
    if (!gh || !ctx.sha) {
        return failed(c, threshold, "not asked", "the checks condition needs the GitHub API and the commit. Fix: pass a token (and run in a GitHub workflow, or set GITHUB_REPOSITORY)");
    }
    const { api, repo: { owner, repo }, } = gh;
    // The job running the gate is itself an unfinished check run of this commit: its name is the
    // job id (GITHUB_JOB) unless the job has a name:, which `ignore` then has to list.
    const own = (ctx.env ?? process.env).GITHUB_JOB;
    const ignore = [...c.ignore, ...(own ? [own] : [])].map(wildcard);
    const ignored = (name) => ignore.some((re) => re.test(name));
    try {
        const [runs, combined] = await Promise.all([
            api.listCheckRuns({ owner, repo, ref: ctx.sha }),
            api.getCombinedStatus({ owner, repo, ref: ctx.sha }),
        ]);
        const OK = new Set(["success", "neutral", "skipped"]);
        const considered = runs.filter((r) => !ignored(r.name));
        const statuses = combined.statuses.filter((s) => !ignored(s.context));
        const badRuns = considered.filter((r) => r.status !== "completed" || !OK.has(r.conclusion ?? ""));
        const badStatuses = statuses.filter((s) => s.state !== "success");
        const problems = [];
        // Every page was read; should GitHub still count more contexts than came back, the statuses
        // seen are not all there are, and the gate does not pass on part of them.
        if (combined.totalCount > combined.statuses.length)
            problems.push(`only ${combined.statuses.length} of ${combined.totalCount} commit statuses could be read`);
        // GitHub's combined state covers every context; unless some were ignored it decides.
        const anyIgnored = statuses.length !== combined.statuses.length;
        if (!anyIgnored && combined.totalCount > 0 && combined.state !== "success" && badStatuses.length === 0)
            problems.push(`the combined status is ${combined.state}`);
        const total = considered.length + statuses.length;
        const okCount = total - badRuns.length - badStatuses.length;
        const res = {
            id: conditionKey(c),
            type: c.type,
            pass: badRuns.length + badStatuses.length + problems.length === 0,
            value: `${okCount} of ${total} successful${!anyIgnored && combined.totalCount > 0 && combined.state !== "success" ? `, combined status ${combined.state}` : ""}`,
            threshold,
            evidence: [],
            metrics: {},
        };
        if (!res.pass) {
            const list = [
                ...problems,
                ...badRuns.map((r) => `${r.name}: ${r.status === "completed" ? r.conclusion : r.status}`),
                ...badStatuses.map((s) => `${s.context}: ${s.state}`),
            ];
            res.reason = `not successful: ${list.slice(0, 10).join("; ")}${list.length > 10 ? ` and ${list.length - 10} more` : ""}. Fix: make them pass (or list the gate's own job under ignore:)`;
        }
        return res;
    }
    catch (e) {
        return fromError(c, threshold, e, []);
    }
}
async function evaluateCondition(c, ctx) {
    // One evaluator per condition type; the mapped type makes a new type without one a compile error.
    const evaluate = EVALUATORS[c.type];
    return evaluate(c, ctx);
}
const EVALUATORS = {
    tests: evalTests,
    coverage: evalCoverage,
    mutation: evalMutation,
    files: evalFiles,
    "spec-hash": evalSpecHash,
    command: evalCommand,
    checks: evalChecks,
};
/** In order (commands may depend on files the previous ones wrote). */
async function evaluateConditions(list, ctx) {
    const out = [];
    for (const c of list)
        out.push(await evaluateCondition(c, ctx));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/blocks.ts
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

;// CONCATENATED MODULE: ./packages/core/src/text/splice.ts
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

;// CONCATENATED MODULE: ./packages/core/src/playbook/progress-md.ts





/**
 * progress.md: three level-2 sections, in this order:
 * - "Step" and "Details" are generated from progress.json by the gate;
 * - "Notes" belongs to people: the gate never touches it, nor anything after it or before "Step".
 * Updates splice the two generated section bodies (see text/splice.ts); every other byte stays.
 * Sections are found with the block scanner (markdown/blocks.ts), which agrees with remark on
 * headings, so a "## Notes" inside a code fence is not mistaken for the section.
 */
const SECTIONS = ["Step", "Details", "Notes"];
function describeCondition(c) {
    const name = conditionKey(c);
    const prefix = name === c.type ? `\`${c.type}\`` : `\`${c.type}\` (${name})`;
    switch (c.type) {
        case "tests": {
            const globs = Array.isArray(c.reports) ? c.reports : [c.reports];
            const req = c.required.map((r) => [r.name && `name ${r.name}`, r.file && `file ${r.file}`].filter(Boolean).join(", "));
            return `${prefix}: every test in ${globs.join(", ")} passes, at least ${c.min}${req.length ? `; required: ${req.join("; ")}` : ""}`;
        }
        case "coverage": {
            const parts = [
                c.lines !== undefined && `lines ≥ ${c.lines}%`,
                c.branches !== undefined && `branches ≥ ${c.branches}%`,
                c["no-drop"] && "no drop since the last advance",
            ].filter(Boolean);
            return `${prefix}: ${c.report}: ${parts.join(", ")}`;
        }
        case "mutation": {
            const parts = [c.score !== undefined && `score ≥ ${c.score}%`, c["no-drop"] && "no drop since the last advance"].filter(Boolean);
            return `${prefix}: ${c.report}: ${parts.join(", ")}`;
        }
        case "files": {
            const one = c.paths.length === 1;
            return `${prefix}: ${c.paths.join(", ")} ${one ? "exists" : "exist"}${c["non-empty"] ? (one ? " and is not empty" : " and are not empty") : ""}`;
        }
        case "spec-hash":
            return `${prefix}: the spec is unchanged since the last advance (no amendment pending)`;
        case "command":
            return `${prefix}: \`${c.run.join(" ")}\` exits with 0 within ${c.timeout} s`;
        case "checks":
            return `${prefix}: every check run and commit status on the commit is successful${c.ignore.length ? ` (ignoring ${c.ignore.join(", ")})` : ""}`;
    }
}
/** The Step section's text (without the heading). */
function stepSectionText(pb, beacon) {
    const step = pb.byId.get(beacon.step);
    if (!step)
        return `Unknown step ${beacon.step}`;
    const loop = step.loop || pb.playbook.loops.some((l) => pb.byId.get(l.to).order <= step.order && step.order <= pb.byId.get(l.from).order);
    const it = loop ? `, iteration ${beacon.iteration}` : "";
    if (beacon.status === "done")
        return `Done: all ${pb.steps.length} steps of ${pb.playbook.name} are complete (last: ${load_stepLabel(step)}, ${step.name}).`;
    return `${load_stepLabel(step)}: ${step.name} (${step.id})${it}.`;
}
/** The Details section's text (without the heading). */
function detailsSectionText(pb, beacon) {
    const step = pb.byId.get(beacon.step);
    if (!step)
        return "";
    const parts = [];
    if (beacon.status === "done") {
        parts.push("Nothing left to do: the gate does not advance past the last step.");
        return parts.join("\n\n");
    }
    parts.push(step.description.trim());
    if (step.details?.trim())
        parts.push(step.details.trim());
    const exits = step.exit.map((c) => `- ${describeCondition(c)}`);
    parts.push(exits.length
        ? `Exit conditions (all must hold for the gate to advance):\n\n${exits.join("\n")}`
        : "Exit conditions: none; the gate advances on its next run.");
    if (step.loop) {
        const l = step.loop;
        const until = l.until.map((c) => `- ${describeCondition(c)}`);
        parts.push(`Then: back to ${l.to} for the next iteration${until.length ? `, unless these hold (then the loop ends):\n\n${until.join("\n")}` : l.max ? `, at most ${l.max} iterations` : ""}.`);
    }
    else {
        const next = pb.steps[step.order + 1];
        parts.push(next ? `Next: ${load_stepLabel(next)}: ${next.name} (${next.id}).` : "Next: nothing; this is the last step.");
    }
    return parts.join("\n\n");
}
function withEol(text, eol) {
    return eol === "\n" ? text.replace(/\r\n/g, "\n") : text.replace(/\r?\n/g, "\r\n");
}
/** A new progress.md (for `specpipe init`). */
function renderProgressMd(pb, beacon) {
    return [
        "# Progress",
        "",
        `The human half of the playbook beacon (${pb.playbook.beacon.json}). The playbook gate writes the Step and Details sections`,
        "when it advances; do not edit them. Notes are yours: the gate keeps them byte for byte.",
        "",
        "## Step",
        "",
        stepSectionText(pb, beacon),
        "",
        "## Details",
        "",
        detailsSectionText(pb, beacon),
        "",
        "## Notes",
        "",
        "- ",
        "",
    ].join("\n");
}
function findSections(text, file) {
    const scan = scanBlocks(text);
    const found = new Map();
    for (const h of scan.headings) {
        if (h.level !== 2)
            continue;
        const name = SECTIONS.find((s) => s.toLowerCase() === h.text.toLowerCase());
        if (!name || found.has(name))
            continue;
        found.set(name, { start: h.start, bodyStart: scan.lines[h.lastLine].next });
    }
    for (const s of SECTIONS) {
        if (!found.has(s)) {
            throw new src_errors.UserError(`${file} has no "## ${s}" section`, {
                file,
                hint: `restore ${file} from git, or add the heading "## ${s}" (the sections are Step, Details and Notes, in this order)`,
                code: "progress-md.missing-section",
            });
        }
    }
    const step = found.get("Step");
    const details = found.get("Details");
    const notes = found.get("Notes");
    if (!(step.start < details.start && details.start < notes.start)) {
        throw new src_errors.UserError(`${file}: the sections are not in the order Step, Details, Notes`, {
            file,
            hint: `restore ${file} from git, or move the sections back into the order Step, Details, Notes`,
            code: "progress-md.section-order",
        });
    }
    return { step: [step.bodyStart, details.start], details: [details.bodyStart, notes.start] };
}
function body(text, eol) {
    return withEol(`\n${text}\n\n`, eol);
}
/** progress.md with its Step and Details sections rewritten for `beacon`; all else byte for byte. */
function updateProgressMd(bytes, pb, beacon, file) {
    const doc = (0,text_document/* decodeText */.g7)(bytes, file);
    const s = findSections(doc.text, file);
    const splices = [
        { start: s.step[0], end: s.step[1], text: body(stepSectionText(pb, beacon), doc.eol) },
        { start: s.details[0], end: s.details[1], text: body(detailsSectionText(pb, beacon), doc.eol) },
    ];
    return (0,text_document/* encodeText */.wx)({ text: applySplices(doc.text, splices), bom: doc.bom });
}
const norm = (t) => t.replace(/\r\n/g, "\n").trim();
/** Violations when progress.md's generated sections are not what the beacon says (a hand edit). */
function checkProgressMd(bytes, pb, beacon, file) {
    const doc = (0,text_document/* decodeText */.g7)(bytes, file);
    const s = findSections(doc.text, file);
    const out = [];
    // After a playbook edit the generated text may differ (a renamed step, a new position): a notice;
    // the next advance rewrites both sections.
    const fix = `restore ${file}'s Step and Details sections from git; only the playbook gate writes them (notes go under "## Notes")`;
    if (norm(doc.text.slice(s.step[0], s.step[1])) !== norm(stepSectionText(pb, beacon))) {
        out.push({
            code: "progress-md.hand-edited",
            message: `${file}: the Step section does not match ${pb.playbook.beacon.json} (step ${beacon.step})`,
            hint: fix,
            file,
            severity: pb.hash === beacon.playbook ? "error" : "notice",
        });
    }
    if (norm(doc.text.slice(s.details[0], s.details[1])) !== norm(detailsSectionText(pb, beacon))) {
        out.push({
            code: "progress-md.hand-edited",
            message: `${file}: the Details section does not match step ${beacon.step} of ${pb.file}`,
            hint: fix,
            file,
            severity: pb.hash === beacon.playbook ? "error" : "notice",
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/playbook/gate.ts



















/**
 * The playbook gate: status (report), check (pull requests: the beacon and the commit rules),
 * advance (evaluate the active step; when every exit condition holds, move exactly one step,
 * write both beacon files atomically, commit with trailers, push). Only `advance` writes, and
 * only the beacon.
 */


const TRAILER_FROM = "Playbook-From";
const TRAILER_SPEC = "Spec-Hash";
/** Beacon files are a page of JSON and Markdown; anything larger is not a beacon. */
const MAX_BEACON_BYTES = 16 * 1024 * 1024;
function fromBeacon(v) {
    return { code: v.code, message: v.message, hint: v.hint, severity: v.severity, file: v.file };
}
async function readBeaconFile(root, file, what) {
    const at = await (0,guard.insideWorkspace)(root, file, { what, noSymlink: true });
    return { rel: at.rel, bytes: await (0,guard.readRegularFile)(at.abs, at.rel, MAX_BEACON_BYTES) };
}
/** Read playbook and beacon; validate the beacon against the playbook. Unknown step: throws. */
async function readGateState(options) {
    const pb = await loadPlaybook(options.root, options.playbook ?? DEFAULT_PLAYBOOK);
    const json = await readBeaconFile(options.root, pb.playbook.beacon.json, "the beacon (beacon.json)");
    const md = await readBeaconFile(options.root, pb.playbook.beacon.markdown, "the beacon (beacon.markdown)");
    const jsonFile = json.rel;
    const mdFile = md.rel;
    const jsonBytes = json.bytes;
    if (!jsonBytes) {
        throw new src_errors.UserError(`${jsonFile} does not exist`, {
            file: jsonFile,
            hint: "create the beacon with `specpipe init` (`specpipe init --beacon-only` when playbook.yml exists), or restore it from git",
            code: "beacon.missing",
        });
    }
    const beacon = parseBeacon((0,text_document/* decodeUtf8 */._6)(jsonBytes, jsonFile), jsonFile);
    const violations = validateBeacon(pb, beacon, jsonFile).map(fromBeacon);
    const unknown = violations.find((v) => v.code === "beacon.unknown-step");
    if (unknown)
        throw new src_errors.UserError(unknown.message, { file: jsonFile, hint: unknown.hint, code: unknown.code });
    if (options.git && violations.some((v) => v.code === "beacon.playbook-changed")) {
        violations.push(...(await underItsPlaybook(options.git, pb, beacon, jsonFile)));
    }
    const mdBytes = md.bytes;
    if (!mdBytes) {
        throw new src_errors.UserError(`${mdFile} does not exist`, {
            file: mdFile,
            hint: `restore it from git; the gate keeps it in step with ${jsonFile}`,
            code: "beacon.missing-md",
        });
    }
    (0,text_document/* decodeUtf8 */._6)(mdBytes, mdFile);
    for (const v of checkProgressMd(mdBytes, pb, beacon, mdFile))
        violations.push(fromBeacon(v));
    if (pb.specDeclared) {
        // One definition of the spec: a path in spec: that matches nothing is an error, not "no spec".
        const spec = await (0,hash/* computeSpecHash */.tS)({ root: options.root, paths: pb.playbook.spec });
        if (spec.missing.length)
            throw (0,paths/* missingSpecError */.ev)({ paths: pb.playbook.spec, origin: "playbook", playbook: pb.file }, spec.missing);
    }
    const state = { playbook: pb, beacon, step: pb.byId.get(beacon.step), jsonFile, mdFile, jsonBytes, mdBytes, violations };
    const uncommitted = options.git ? await uncommittedBeacon(options.git, state) : undefined;
    if (uncommitted) {
        state.uncommitted = uncommitted;
        violations.push({
            code: "beacon.uncommitted",
            message: uncommitted.kind === "gate"
                ? `${jsonFile} holds an advance that was written but not committed (an interrupted run)`
                : `${jsonFile} has changes that are not committed, and not the gate's`,
            hint: uncommitted.kind === "gate"
                ? "the next advance redoes it; or restore the committed beacon: git checkout HEAD -- " + `${jsonFile} ${mdFile}`
                : `restore the committed beacon: git checkout HEAD -- ${jsonFile} ${mdFile}; only the gate changes it`,
            severity: uncommitted.kind === "gate" ? "notice" : "error",
            file: jsonFile,
        });
    }
    return state;
}
/**
 * The playbook changed since the beacon was last written, so today's steps do not judge its
 * history: the playbook committed with the beacon does. It must be the one the beacon names (a
 * beacon sealed by hand next to an edited playbook names none of git's), and the beacon must be
 * valid under it.
 */
async function underItsPlaybook(git, pb, beacon, jsonFile) {
    const last = (await git.raw(["log", "-1", "--format=%H", "--", jsonFile])).stdout.toString().trim();
    if (!last)
        return []; // not committed yet (specpipe init's own commit is the first)
    const text = await fileAt(git, last, pb.file);
    let then;
    try {
        then = text ? await parsePlaybook((0,text_document/* decodeUtf8 */._6)(text, pb.file), pb.file) : undefined;
    }
    catch {
        then = undefined;
    }
    if (!then || then.hash !== beacon.playbook) {
        return [
            {
                code: "beacon.playbook-unknown",
                message: `${jsonFile} names a playbook (${beacon.playbook.slice(0, 19)}…) that is not the ${pb.file} committed with it at ${last.slice(0, 12)}: the beacon was not written by the gate`,
                hint: `restore ${jsonFile} from git (git revert the commit that changed it); only the playbook gate changes it`,
                severity: "error",
                file: jsonFile,
            },
        ];
    }
    return validateBeacon(then, beacon, jsonFile)
        .filter((v) => v.severity === "error")
        .map(fromBeacon);
}
/**
 * A beacon in the work tree that differs from HEAD's: an advance that a killed run wrote but did
 * not commit (HEAD's history plus one entry evaluated at HEAD, digest intact), or someone's edit.
 */
async function uncommittedBeacon(git, state) {
    const headJson = await fileAt(git, "HEAD", state.jsonFile);
    if (!headJson || headJson.equals(state.jsonBytes))
        return undefined;
    const headMd = await fileAt(git, "HEAD", state.mdFile);
    const head = { json: headJson, md: headMd };
    let committed;
    try {
        committed = parseBeacon((0,text_document/* decodeUtf8 */._6)(headJson, state.jsonFile), state.jsonFile);
    }
    catch {
        return { kind: "foreign", head };
    }
    const now = state.beacon;
    const headSha = await git.revParse("HEAD");
    const last = now.history[now.history.length - 1];
    const gate = beaconDigest(now) === now.digest &&
        now.history.length === committed.history.length + 1 &&
        committed.history.every((h, i) => JSON.stringify(h) === JSON.stringify(now.history[i])) &&
        last?.commit === headSha;
    return { kind: gate ? "gate" : "foreign", head };
}
async function headSha(options) {
    if (options.sha)
        return options.sha;
    if (!options.git)
        return undefined;
    return options.git.revParse("HEAD");
}
/**
 * The latest commit since the beacon last changed that asks to abort the active step
 * (`Playbook-Abort: <reason>`, made in that step), when the step declares `abort:`.
 */
async function findAbort(git, state) {
    if (!git || !state.step.abort || state.beacon.status !== "active")
        return undefined;
    const last = (await git.raw(["log", "-1", "--format=%H", "--", state.jsonFile])).stdout.toString().trim();
    if (!last)
        return undefined;
    const list = await readRange(git, { from: last, to: "HEAD" });
    for (let i = list.length - 1; i >= 0; i--) {
        const c = list[i];
        const reason = trailerValues(c, TRAILER_ABORT)[0];
        if (reason && c.parents.length === 1 && trailerValues(c, TRAILER_STEP).includes(state.step.id))
            return { commit: c.sha, reason };
    }
    return undefined;
}
async function evaluate(state, options, sha) {
    if (state.beacon.status === "done")
        return { conditions: [], loopConditions: [], blockedBy: [], transition: undefined, notes: [] };
    const notes = [];
    const ctx = {
        root: options.root,
        playbook: state.playbook,
        beacon: state.beacon,
        sha,
        github: options.github,
        env: options.env,
        git: options.git,
        notes,
    };
    const conditions = await evaluateConditions(state.step.exit, ctx);
    const until = state.step.loop?.until ?? [];
    const loopConditions = until.length ? await evaluateConditions(until, ctx) : [];
    const abort = await findAbort(options.git, state);
    if (abort) {
        notes.push(`${abort.commit.slice(0, 12)} asks to abort ${state.step.id}: ${abort.reason}`);
        // An abort goes back whatever the exit conditions say: they are reported, they do not block.
        return { conditions, loopConditions, blockedBy: [], transition: abortTransition(state.step, state.beacon.iteration), abort, notes };
    }
    const loopEnds = until.length > 0 && loopConditions.every((c) => c.pass);
    const transition = nextTransition(state.playbook, state.step, state.beacon.iteration, loopEnds);
    return { conditions, loopConditions, blockedBy: conditions.filter((c) => !c.pass), transition, notes };
}
function report(mode, state, e, extra = {}) {
    return {
        mode,
        step: state.beacon.step,
        evaluated: state.beacon.step,
        nextStep: e.transition ? e.transition.to : null,
        done: state.beacon.status === "done",
        advanced: false,
        ...(e.transition ? { transition: e.transition } : {}),
        conditions: e.conditions,
        loopConditions: e.loopConditions,
        blockedBy: e.blockedBy,
        violations: state.violations,
        playbook: state.playbook,
        beacon: state.beacon,
        ...(e.notes.length ? { notes: e.notes } : {}),
        ...extra,
    };
}
/** status: read, validate, evaluate; write nothing. */
async function playbookStatus(options) {
    const state = await readGateState(options);
    return report("status", state, await evaluate(state, options, await headSha(options)));
}
/** How many gate commits of a range are verified against the GitHub API (newest first; each is one request). */
const MAX_RUNS_VERIFIED = 10;
/**
 * check: the beacon is valid (digest, history, progress.md's generated sections) and the commits
 * of the range follow the playbook's rules (commits.ts): each names the step active at its
 * parent; only verified gate commits change the beacon, and none in a pull request. With the
 * GitHub API, the runs the gate commits name are asked for (provenance.ts verifyRun).
 */
async function playbookCheck(options) {
    const state = await readGateState(options);
    const violations = [...state.violations];
    let commits;
    const range = options.range ?? (options.from ? { from: options.from, to: options.to ?? "HEAD" } : undefined);
    const notes = [];
    if (range && options.git) {
        const git = options.git;
        const list = await readRange(git, range);
        commits = list.length;
        const gateCommits = [];
        for (const v of await checkPlaybookCommits(list, { git, playbook: state.playbook, pullRequest: options.pullRequest, gateCommits }))
            violations.push(v);
        // The gate's own pushes start no workflow, so its commits are rarely inside a pushed range: the
        // commit that wrote the beacon in force is judged (and its run verified) on every check.
        const last = await lastBeaconCommit(git, state.jsonFile, range.to ?? "HEAD");
        if (last && last.parents.length === 1 && !list.some((c) => c.sha === last.sha)) {
            const own = await readRange(git, { from: last.parents[0], to: last.sha });
            const found = [];
            for (const v of await checkPlaybookCommits(own, { git, playbook: state.playbook, gateCommits: found }))
                violations.push(v);
            gateCommits.unshift(...found);
        }
        if (gateCommits.length)
            violations.push(...(await verifyGateRuns(gateCommits, options, notes)));
    }
    const e = {
        conditions: [],
        loopConditions: [],
        blockedBy: [],
        transition: state.beacon.status === "done" ? undefined : nextTransition(state.playbook, state.step, state.beacon.iteration, false),
        notes,
    };
    return { ...report("check", { ...state, violations }, e), ...(commits !== undefined ? { commits } : {}) };
}
/** The commit that last wrote the beacon, as seen from `to`. */
async function lastBeaconCommit(git, jsonFile, to) {
    const r = await git.raw(["log", "-1", "--format=%H %P", "--end-of-options", to, "--", jsonFile]);
    const [sha, ...parents] = r.stdout.toString().trim().split(" ").filter(Boolean);
    return r.code === 0 && sha ? { sha, parents } : undefined;
}
async function verifyGateRuns(gateCommits, options, notes) {
    const gh = typeof options.github === "function" ? await options.github() : options.github;
    if (!gh) {
        notes.push(`${gateCommits.length} gate commit(s) are well-formed, but the runs they name were not asked of GitHub (no token), so a made-up run id would pass here. Fix: set GITHUB_TOKEN (actions: read) to verify them; the playbook-gate action verifies them with its token`);
        return [];
    }
    const out = [];
    const newest = gateCommits.slice(-MAX_RUNS_VERIFIED);
    for (const g of newest) {
        const problem = await (0,playbook_provenance.verifyRun)(gh.api, gh.repo, g.trailer, { branch: options.branch });
        if (problem)
            out.push({
                code: problem.code,
                message: `commit ${g.sha.slice(0, 12)} ${problem.message}`,
                hint: problem.hint,
                severity: "error",
                commit: g.sha,
            });
    }
    notes.push(`verified ${newest.length} gate commit(s) against GitHub's record of their runs${gateCommits.length > newest.length ? ` (the newest ${newest.length} of ${gateCommits.length})` : ""}`);
    return out;
}
function advanceMessage(state, t, results, specShort, provenance, abort) {
    const to = t.to ?? "done";
    const verb = t.aborted ? "abort" : "advance";
    const subject = `chore(playbook): ${verb} ${t.from} → ${to}${t.looped ? ` (iteration ${t.iteration})` : ""}`;
    const lines = [subject, ""];
    if (abort)
        lines.push(`${state.step.name} (${t.from}) is aborted, back to ${to}: ${abort.reason}`, "", `Asked for by ${abort.commit}.`);
    else
        lines.push(`${state.step.name} (${t.from}) is complete: ${results.length ? "every exit condition holds." : "it has no exit conditions."}`);
    if (results.length && !abort) {
        lines.push("");
        for (const r of results)
            lines.push(`- ${r.id}: ${r.value} (needs ${r.threshold})`);
    }
    lines.push("", `${TRAILER_STEP}: ${to === "done" ? t.from : to}`, `${TRAILER_FROM}: ${t.from}`, `${TRAILER_GATE}: ${provenance ? (0,playbook_provenance.formatGateTrailer)(t.aborted ? "abort" : "advance", provenance.ci, provenance.evidence) : verb}`, `${TRAILER_SPEC}: ${specShort}`);
    return lines.join("\n") + "\n";
}
function tagName(t) {
    const step = t.to ?? t.from;
    if (t.aborted)
        return `playbook/${step}-i${t.iteration}`;
    return t.iteration > 1 && t.to !== null
        ? `playbook/${step}-i${t.iteration}`
        : t.to === null
            ? `playbook/${step}-done`
            : `playbook/${step}`;
}
/** The report files the conditions read, with their SHA-256: the evidence an advance cites. */
async function evidenceOf(root, results) {
    const out = [];
    for (const r of results) {
        for (const file of r.evidence.slice(0, 50)) {
            const at = await (0,guard.insideWorkspace)(root, file, { what: "evidence file" });
            const bytes = await (0,guard.readRegularFile)(at.abs, at.rel).catch(() => undefined);
            if (bytes)
                out.push({ condition: r.id, file: at.rel, sha256: `sha256:${(0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex")}` });
        }
    }
    return out;
}
/**
 * advance: evaluate the active step; when all exit conditions hold (or an abort is asked for and
 * the step allows it), plan the next beacon (one step, never more), write progress.json and
 * progress.md atomically, commit with the run's provenance, push (fetch and rebase on rejection),
 * tag. A beacon with violations is never advanced nor overwritten; one that an interrupted run
 * wrote but did not commit is put back and the advance redone.
 */
async function playbookAdvance(options) {
    const committing = !options.dryRun && options.commit !== false && options.git !== undefined;
    if (committing && !options.ci) {
        throw new src_errors.UserError("the beacon advances only in CI, and this run was not told it is one", {
            hint: "preview with `specpipe playbook advance` (it writes nothing); the playbook-gate action advances on the default branch",
            code: "playbook.not-ci",
        });
    }
    let state = await readGateState(options);
    const notes = [];
    if (state.uncommitted?.kind === "gate" && !options.dryRun) {
        // A run was killed after writing the beacon and before committing it: put the committed
        // beacon back and evaluate again from there (never advance twice from one commit).
        const back = [];
        const j = planEdit(options.root, state.jsonFile, state.jsonBytes, state.uncommitted.head.json, ["restore the committed beacon"]);
        if (j)
            back.push(j);
        if (state.uncommitted.head.md) {
            const m = planEdit(options.root, state.mdFile, state.mdBytes, state.uncommitted.head.md, ["restore the committed beacon"]);
            if (m)
                back.push(m);
        }
        await applyPlan({ edits: back });
        notes.push(`${state.jsonFile} held an advance an earlier run wrote but did not commit; restored the committed beacon and evaluated again`);
        state = await readGateState(options);
    }
    const errors = state.violations.filter((v) => v.severity === "error");
    if (errors.length) {
        const first = errors[0];
        throw new src_errors.UserError(`the beacon is not valid, so the gate does not advance: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}`, {
            file: first.file,
            hint: first.hint,
            code: first.code,
        });
    }
    const sha = await headSha(options);
    const e = await evaluate(state, options, sha);
    e.notes.unshift(...notes);
    if (state.beacon.status === "done" || !e.transition || e.blockedBy.length)
        return report("advance", state, e);
    const t = e.transition;
    const spec = await (0,hash/* computeSpecHash */.tS)({ root: options.root, paths: state.playbook.playbook.spec });
    const values = {};
    for (const r of e.conditions)
        Object.assign(values, r.metrics);
    const now = (options.now ?? (() => new Date()))();
    const entry = {
        from: t.from,
        to: t.to,
        at: now.toISOString(),
        commit: sha ?? "",
        iteration: t.iteration,
        playbook: state.playbook.hash,
        values: e.abort ? {} : values,
    };
    if (options.ci) {
        entry.run = { id: options.ci.id, attempt: options.ci.attempt, ...(options.ci.workflow ? { workflow: options.ci.workflow } : {}) };
        entry.evidence = e.abort ? [] : await evidenceOf(options.root, e.conditions);
    }
    if (e.abort)
        entry.reason = e.abort.reason;
    const next = sealBeacon({
        version: state.beacon.version,
        playbook: state.playbook.hash,
        step: t.to ?? t.from,
        status: t.to === null ? "done" : "active",
        specHash: spec.full,
        iteration: t.iteration,
        history: [...state.beacon.history, entry],
    });
    const jsonText = serializeBeacon(next, (0,text_document/* detectEol */.eD)(state.jsonBytes.toString("utf8")));
    const edits = [];
    const jsonEdit = planEdit(options.root, state.jsonFile, state.jsonBytes, Buffer.from(jsonText, "utf8"), [
        `${t.aborted ? "abort" : "advance"} ${t.from} → ${t.to ?? "done"}`,
    ]);
    const mdEdit = planEdit(options.root, state.mdFile, state.mdBytes, updateProgressMd(state.mdBytes, state.playbook, next, state.mdFile), [
        `Step and Details for ${next.step}`,
    ]);
    if (jsonEdit)
        edits.push(jsonEdit);
    if (mdEdit)
        edits.push(mdEdit);
    const plan = { edits };
    const base = report("advance", { ...state }, e, { plan, transition: t, nextStep: t.to });
    if (options.dryRun)
        return { ...base, diff: await planDiff(plan) };
    if (committing && !sha) {
        throw new src_errors.UserError("the gate cannot tell which commit it evaluated (no HEAD, no GITHUB_SHA)", {
            hint: "run the gate in a checkout of the branch (actions/checkout)",
            code: "playbook.no-head",
        });
    }
    if (committing && sha !== (await options.git.revParse("HEAD"))) {
        // The gate's commit sits on the commit it evaluated (its evidence), or check refuses it.
        throw new src_errors.UserError(`the gate evaluated ${sha.slice(0, 12)} (GITHUB_SHA), but HEAD is another commit, so its advance cannot sit on it`, {
            hint: "run playbook-gate right after actions/checkout, before any step that commits (coverage-update commits after the gate)",
            code: "playbook.head-moved",
        });
    }
    await applyPlan(plan);
    const after = { ...base, advanced: true, step: next.step, done: next.status === "done", beacon: next };
    const nextStep = next.status === "done" ? null : nextTransition(state.playbook, state.playbook.byId.get(next.step), next.iteration, false).to;
    after.nextStep = nextStep;
    if (!committing || !options.git)
        return after;
    const git = options.git;
    const message = advanceMessage(state, t, e.conditions, spec.short, { ci: options.ci, evidence: sha }, e.abort);
    await git.run(["add", "--", state.jsonFile, state.mdFile]);
    // The identity goes through the environment, which wins over any configuration.
    const id = options.identity;
    const committer = id
        ? new git_git.Git({
            cwd: git.cwd,
            env: { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email },
        })
        : git;
    const idArgs = id ? ["-c", `user.name=${id.name}`, "-c", `user.email=${id.email}`] : [];
    await committer.run(["commit", "--quiet", "--no-verify", "--file=-", "--", state.jsonFile, state.mdFile], { input: message });
    const attached = await attachEvidence(committer, options.root, sha, options.ci, entry.evidence ?? []);
    if (options.push !== false) {
        if (!(await pushAdvance(git, options, attached))) {
            // Someone pushed meanwhile: this advance was evaluated on a commit that is no longer the
            // tip, and a gate commit sits on the commit it evaluated. The run for the new tip advances.
            await git.run(["reset", "--quiet", "--keep", "HEAD~1"]);
            e.notes.push(`the branch moved on while the gate evaluated ${sha.slice(0, 12)}; nothing was pushed: the run for the new head evaluates it and advances`);
            return { ...report("advance", state, e), plan };
        }
        after.pushed = true;
    }
    // After the push: a rebase may have changed the commit.
    after.commit = await git.head();
    if (options.tag) {
        const tag = tagName(t);
        await committer.run([...idArgs, "tag", "--annotate", "--message", message.split("\n")[0], tag, "HEAD"]);
        after.tag = tag;
        if (options.push !== false) {
            const r = await git.push(options.remote ?? "origin", [`refs/tags/${tag}:refs/tags/${tag}`]);
            if (r.code !== 0) {
                throw new src_errors.UserError(`the advance was pushed, but pushing the tag ${tag} failed: ${(r.stderr.toString() || r.stdout.toString()).trim().split("\n").slice(-1)[0]}`, {
                    hint: "delete the remote tag if an earlier run left it, or turn tagging off",
                    code: "playbook.tag-failed",
                });
            }
        }
    }
    return after;
}
/**
 * The report files an advance cites that are not committed at the evaluated commit (an artifact
 * of the run, usually) are attached to the run: a commit of just those files under
 * evidenceRef(run), pushed with the advance, so check can compare them (ADR 0040).
 */
async function attachEvidence(git, root, sha, run, evidence) {
    const loose = [];
    for (const e of evidence) {
        const committed = await fileAt(git, sha, e.file);
        if (committed && `sha256:${(0,external_node_crypto_.createHash)("sha256").update(committed).digest("hex")}` === e.sha256)
            continue;
        const at = await (0,guard.insideWorkspace)(root, e.file, { what: "evidence file", noSymlink: true });
        const bytes = await (0,guard.readRegularFile)(at.abs, at.rel);
        if (bytes && !loose.some((l) => l.file === e.file))
            loose.push({ file: at.rel, bytes });
    }
    if (!loose.length)
        return undefined;
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), "specpipe-evidence-"));
    try {
        const indexed = git.withEnv({ GIT_INDEX_FILE: external_node_path_.join(dir, "index") });
        for (const l of loose) {
            const oid = (await git.run(["hash-object", "-w", "--stdin"], { input: l.bytes })).trim();
            await indexed.run(["update-index", "--add", "--cacheinfo", `100644,${oid},${l.file}`]);
        }
        const tree = (await indexed.run(["write-tree"])).trim();
        const commit = (await git.run(["commit-tree", tree, "-m", `evidence of run ${run.id}/${run.attempt} on ${sha}`])).trim();
        const ref = evidenceRef(run);
        await git.run(["update-ref", ref, commit]);
        return ref;
    }
    finally {
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
}
/** Push the evidence ref and the advance; false when the branch moved on (nothing of the advance is pushed). */
async function pushAdvance(git, options, attached) {
    const remote = options.remote ?? "origin";
    const branch = options.branch ?? (await git.currentBranch());
    if (!branch) {
        throw new src_errors.UserError("HEAD is detached, so the gate does not know which branch to push the advance to", {
            hint: "check out the branch (actions/checkout does on push events) or pass the branch input",
            code: "playbook.detached-head",
        });
    }
    const subject = `pushing the advance to ${remote}/${branch}`;
    const texts = {
        failedHint: "give the workflow `permissions: contents: write` and let the gate push to the branch (branch protection may need an exception for it); the run can be repeated",
        failedCode: "playbook.push-failed",
    };
    if (attached) {
        const r = await git.push(remote, [`+${attached}:${attached}`]);
        if (r.code !== 0)
            throw pushRefused(r, remote, `pushing the advance's evidence (${attached}) to ${remote}`, texts);
    }
    const r = await git.push(remote, [`HEAD:refs/heads/${branch}`]);
    if (r.code === 0)
        return true;
    if ((0,git_git.isNonFastForward)(r))
        return false;
    throw pushRefused(r, remote, subject, texts);
}


/***/ }),

/***/ 8226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GATE_KINDS: () => (/* binding */ GATE_KINDS),
/* harmony export */   ciRunFromEnv: () => (/* binding */ ciRunFromEnv),
/* harmony export */   formatGateTrailer: () => (/* binding */ formatGateTrailer),
/* harmony export */   parseGateTrailer: () => (/* binding */ parseGateTrailer),
/* harmony export */   verifyRun: () => (/* binding */ verifyRun)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * Only CI advances (seed 003: "progress is only advanced by CI when exit conditions are
 * satisfied"). The gate's commit names the workflow run that made it, in one trailer:
 *
 *   Playbook-Gate: advance run=1234567/1 workflow=.github/workflows/pipeline.yml evidence=<sha>
 *
 * run = GITHUB_RUN_ID/GITHUB_RUN_ATTEMPT, workflow = the workflow file (from GITHUB_WORKFLOW_REF),
 * evidence = the commit whose reports the exit conditions were evaluated on (GITHUB_SHA, or HEAD).
 * The same values are in the beacon's history entry, sealed by its digest. What this proves and
 * what it does not is in ADR 0035 (the threat model); `verifyRun` checks a run against the GitHub
 * API, which a local attacker cannot fake without a run of this repository's workflow.
 */
const GATE_KINDS = ["advance", "abort"];
/**
 * The run from the runner's environment, or a UserError saying that this is not CI. GITHUB_ACTIONS
 * and GITHUB_RUN_ID are what every GitHub-hosted and self-hosted runner sets; anyone can set them
 * in a terminal too, which is why check verifies the run (ADR 0035).
 */
function ciRunFromEnv(env) {
    if (env.GITHUB_ACTIONS !== "true" || !/^\d{1,20}$/.test(env.GITHUB_RUN_ID ?? "")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("the beacon advances only in CI: this is not a GitHub Actions run (GITHUB_ACTIONS and GITHUB_RUN_ID are not set)", {
            hint: "preview with `specpipe playbook advance` (it shows what the gate would write); the playbook-gate action advances on the default branch",
            code: "playbook.not-ci",
        });
    }
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? "1");
    const run = { id: env.GITHUB_RUN_ID, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1 };
    // GITHUB_WORKFLOW_REF: "owner/repo/.github/workflows/pipeline.yml@refs/heads/main".
    const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@\s]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? "");
    if (m)
        run.workflow = m[1];
    if (env.GITHUB_REPOSITORY && /^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY))
        run.repository = env.GITHUB_REPOSITORY;
    return run;
}
function formatGateTrailer(kind, run, evidence) {
    return [kind, `run=${run.id}/${run.attempt}`, ...(run.workflow ? [`workflow=${run.workflow}`] : []), `evidence=${evidence}`].join(" ");
}
/** Parse a Playbook-Gate trailer value; undefined when it is not one of ours at all. */
function parseGateTrailer(value) {
    const [kind, ...fields] = value.trim().split(/\s+/);
    if (!GATE_KINDS.includes(kind.toLowerCase()))
        return undefined;
    const out = { kind: kind.toLowerCase() };
    for (const f of fields) {
        const at = f.indexOf("=");
        if (at <= 0)
            continue;
        const key = f.slice(0, at);
        const v = f.slice(at + 1);
        if (key === "run") {
            const m = /^(\d{1,20})(?:\/(\d{1,6}))?$/.exec(v);
            if (m)
                out.run = { id: m[1], attempt: Number(m[2] ?? "1") };
        }
        else if (key === "workflow" && /^\.github\/workflows\/\S+$/.test(v))
            out.workflow = v;
        else if (key === "evidence" && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(v))
            out.evidence = v;
    }
    return out;
}
/**
 * Ask GitHub whether the run a gate commit names is a run of this repository's workflow on the
 * commit it evaluated, on a push to the branch (not a pull request). Undefined: it is. A run that
 * GitHub does not know, or that ran something else, is a problem; an unreachable API is a
 * UserError (one line, the fix), never "verified".
 */
async function verifyRun(api, repo, trailer, options = {}) {
    if (!trailer.run || !trailer.evidence) {
        return {
            code: "commit.gate-unverified",
            message: "names no run and evidence commit",
            hint: "only the playbook-gate action, in CI, advances the beacon: revert this commit",
        };
    }
    const run = await api.getWorkflowRun({ ...repo, runId: Number(trailer.run.id) });
    if (!run) {
        return {
            code: "commit.gate-run-unknown",
            message: `names run ${trailer.run.id}, which ${repo.owner}/${repo.repo} has no record of`,
            hint: "a commit that names a run that never happened was not made by the gate: revert it (git revert), and let CI advance",
        };
    }
    const why = [];
    if (run.headSha !== trailer.evidence)
        why.push(`it ran on ${run.headSha.slice(0, 12)}, not on ${trailer.evidence.slice(0, 12)}`);
    if (trailer.workflow && run.path && run.path.replace(/@.*$/, "") !== trailer.workflow)
        why.push(`it ran ${run.path}, not ${trailer.workflow}`);
    if (run.event === "pull_request" || run.event === "pull_request_target")
        why.push(`it ran for a ${run.event} event`);
    if (options.branch && run.headBranch && run.headBranch !== options.branch)
        why.push(`it ran on ${run.headBranch}, not ${options.branch}`);
    if (run.status === "completed" && run.conclusion && !["success", "neutral", "skipped"].includes(run.conclusion))
        why.push(`it concluded ${run.conclusion}`);
    if (!why.length)
        return undefined;
    return {
        code: "commit.gate-run-mismatch",
        message: `names run ${trailer.run.id}, but ${why.join("; ")}`,
        hint: "the gate's commit names the run that evaluated the commit it advanced from; this one does not: revert it, and let CI advance",
    };
}


/***/ }),

/***/ 3230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_YAML_BYTES: () => (/* binding */ MAX_YAML_BYTES),
/* harmony export */   parseYaml: () => (/* binding */ parseYaml),
/* harmony export */   yamlIssueError: () => (/* binding */ yamlIssueError)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_COUNT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * YAML from a user's repository, parsed defensively. playbook.yml may be written by anyone who can
 * open a pull request, so:
 * - aliases are capped (`maxAliasCount`): a "billion laughs" document of nested aliases would
 *   otherwise expand to gigabytes in toJS();
 * - every problem the parser reports, and the alias cap itself, is a UserError at file:line:column,
 *   never a stack trace.
 * The text must already be decoded strictly (decodeUtf8), so invalid UTF-8 is refused before this.
 */
const MAX_ALIAS_COUNT = 100;
/** playbook.yml is a page of text; a file larger than this is not one. */
const MAX_YAML_BYTES = 1024 * 1024;
/** Parse `text`; `onIssues` receives the parser's problems (it must throw). */
async function parseYaml(text, file, onIssues) {
    const { parseDocument, LineCounter } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lc = new LineCounter();
    const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
        lineCounter: lc,
        prettyErrors: false,
        uniqueKeys: true,
    });
    if (doc.errors.length) {
        onIssues(doc.errors.map((e) => {
            const p = lc.linePos(e.pos[0]);
            const dup = e.code === "DUPLICATE_KEY";
            return {
                message: dup ? `duplicate key: ${e.message.split("\n")[0]}` : `not valid YAML: ${e.message.split("\n")[0]}`,
                hint: dup
                    ? "each key may appear once in a mapping; remove or rename the repeated key"
                    : "correct the YAML syntax at this position (indentation, quotes, a missing colon)",
                line: p.line,
                column: p.col,
                code: dup ? "playbook.duplicate-key" : "playbook.yaml-syntax",
            };
        }));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (cause) {
        // yaml throws a ReferenceError for the alias cap (and for an alias to nothing).
        const message = cause.message.split("\n")[0];
        const excessive = /alias count/i.test(message);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(excessive
            ? `${file} expands its aliases more than ${MAX_ALIAS_COUNT} times (a YAML alias bomb?)`
            : `${file} is not valid YAML: ${message}`, {
            file,
            hint: excessive
                ? "write the values out instead of nesting aliases (*name) of aliases"
                : "correct the anchor (&name) or alias (*name) it names",
            code: excessive ? "playbook.yaml-aliases" : "playbook.yaml-syntax",
            cause,
        });
    }
    return { doc, lc, data };
}
/** One problem as a UserError (for callers that do not collect issues). */
function yamlIssueError(file, issues) {
    const first = issues[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(first.message, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
}


/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   Ft: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_3__.Ft),
/* harmony export */   am: () => (/* binding */ hashSpecContents),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   rj: () => (/* binding */ EMPTY_SPEC_HASH),
/* harmony export */   tS: () => (/* binding */ computeSpecHash)
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
    const { checkSpecPattern } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4649));
    for (const raw of paths) {
        const rel = checkSpecPattern(raw, "spec path");
        if (isGlob(rel)) {
            const { globFiles } = await __webpack_require__.e(/* import() */ 583).then(__webpack_require__.bind(__webpack_require__, 5583));
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
    const { insideWorkspace, readRegularFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3680));
    const contents = await Promise.all(files.map(async (f) => {
        const at = await insideWorkspace(options.root, f, { what: "spec file", noSymlink: true });
        return { path: f, content: (await readRegularFile(at.abs, f)) ?? Buffer.alloc(0) };
    }));
    return { ...hashSpecContents(contents), files, missing };
}


/***/ }),

/***/ 1485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ SpecReader),
/* harmony export */   WX: () => (/* binding */ SpecPaths),
/* harmony export */   Wk: () => (/* binding */ EMPTY_STATE)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9357);


const EMPTY_STATE = { hash: _hash_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_SPEC_HASH */ .rj, files: [] };
class SpecPaths {
    literals = [];
    globs = [];
    constructor(paths = _hash_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SPEC_PATHS */ .Ft) {
        for (const raw of paths.length ? paths : _hash_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SPEC_PATHS */ .Ft) {
            const p = raw.split("\\").join("/").replace(/^\.\//, "");
            if ((0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .isGlob */ .fg)(p))
                this.globs.push({ pattern: p, base: picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(p).base, match: picomatch__WEBPACK_IMPORTED_MODULE_1___default()(p, { dot: true }) });
            else
                this.literals.push(p);
        }
    }
    matches(path) {
        return this.literals.includes(path) || this.globs.some((g) => g.match(path));
    }
}
class SpecReader {
    cat;
    paths;
    byCommit = new Map();
    constructor(cat, paths) {
        this.cat = cat;
        this.paths = paths;
    }
    /** The spec state at a commit, from its tree. Missing commit → undefined. */
    async at(commit) {
        const hit = this.byCommit.get(commit);
        if (hit)
            return hit;
        const files = new Map();
        const literal = await Promise.all(this.paths.literals.map((p) => this.cat.read(`${commit}:${p}`)));
        this.paths.literals.forEach((p, i) => {
            const obj = literal[i];
            if (obj?.type === "blob")
                files.set(p, { path: p, oid: obj.oid, content: obj.content });
        });
        for (const g of this.paths.globs) {
            const rootRev = g.base ? `${commit}:${g.base}` : `${commit}^{tree}`;
            const walk = async (rev, prefix) => {
                const entries = await this.cat.readTree(rev);
                if (!entries)
                    return;
                for (const e of entries) {
                    const full = prefix ? `${prefix}/${e.name}` : e.name;
                    if (e.type === "tree")
                        await walk(e.oid, full);
                    else if (e.type === "blob" && g.match(full) && !files.has(full)) {
                        const obj = await this.cat.read(e.oid);
                        if (obj)
                            files.set(full, { path: full, oid: obj.oid, content: obj.content });
                    }
                }
            };
            await walk(rootRev, g.base);
        }
        const list = [...files.values()].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
        const state = list.length ? { hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashSpecContents */ .am)(list), files: list } : EMPTY_STATE;
        this.byCommit.set(commit, state);
        return state;
    }
    /** The state of a commit when already known (no git request). */
    cached(commit) {
        return this.byCommit.get(commit);
    }
    /**
     * Before/after of one commit: synchronous (no promise) when the parent's state is known and the
     * commit does not touch the spec, which is nearly always.
     */
    step(c) {
        const parent = c.parents[0];
        const known = parent ? this.byCommit.get(parent) : EMPTY_STATE;
        if (known && !this.touches(c)) {
            this.byCommit.set(c.sha, known);
            return { before: known, after: known, changed: false };
        }
        return (async () => {
            const before = known ?? (await this.at(parent));
            let after = before;
            if (this.touches(c))
                after = await this.at(c.sha);
            else
                this.byCommit.set(c.sha, before);
            return { before, after, changed: before.hash.full !== after.hash.full };
        })();
    }
    /** Remember a state computed without reading (inherited from the parent). */
    set(commit, state) {
        this.byCommit.set(commit, state);
    }
    /** Drop remembered states except one (long walks: a child only needs its parent). */
    forgetExcept(commit) {
        const keep = this.byCommit.get(commit);
        this.byCommit.clear();
        if (keep)
            this.byCommit.set(commit, keep);
    }
    touches(commit) {
        return commit.files.some((f) => this.paths.matches(f.path));
    }
    /**
     * Before/after states of each commit, oldest first. A commit that does not touch the spec has
     * its first parent's state; only touching commits (and the range's boundary) are read.
     */
    async *walk(commits) {
        for await (const c of commits) {
            const parent = c.parents[0];
            const before = parent ? await this.at(parent) : EMPTY_STATE;
            let after;
            if (this.touches(c))
                after = await this.at(c.sha);
            else {
                after = before;
                this.set(c.sha, before);
            }
            yield { commit: c, before, after, changed: before.hash.full !== after.hash.full };
        }
    }
}


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSpecPattern: () => (/* binding */ checkSpecPattern),
/* harmony export */   ev: () => (/* binding */ missingSpecError)
/* harmony export */ });
/* unused harmony exports describeSource, resolveSpecSource */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3680);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2600);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9357);




/** A spec path or glob as written: forward slashes, no leading "./"; refused when it could leave the repository. */
function checkSpecPattern(raw, what) {
    const p = raw
        .split("\\")
        .join("/")
        .replace(/^(\.\/)+/, "");
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${what} "${raw}" ${why}`, {
        hint: "give the spec as paths or globs relative to the repository root, e.g. docs/spec.md or docs/spec/*.md",
        code: "spec.bad-path",
    });
    if (p === "" || p === ".")
        throw bad("is empty");
    // eslint-disable-next-line no-control-regex -- control characters are refused
    if (/[\u0000-\u001f]/.test(p))
        throw bad("holds a control character");
    if (p.startsWith("/") || /^[A-Za-z]:/.test(p))
        throw bad("is an absolute path, outside the repository");
    if (p.split("/").includes(".."))
        throw bad("goes up with '..', outside the repository");
    return p;
}
/** Describe where the paths came from, for errors: "playbook.yml's spec:", 'input "spec-paths"'. */
function describeSource(source) {
    if (source.origin === "playbook")
        return `${source.playbook ?? "playbook.yml"}'s spec:`;
    if (source.origin === "input")
        return source.inputName ?? "the spec paths";
    return "the default spec path";
}
/** The spec's paths for a repository (see the module comment). */
async function resolveSpecSource(root, options = {}) {
    const playbookFile = options.playbook ?? "playbook.yml";
    const declared = await declaredSpec(root, playbookFile);
    const input = (options.input ?? []).filter((p) => p.trim() !== "");
    let source;
    if (declared)
        source = { paths: declared.paths, origin: "playbook", playbook: declared.file };
    else if (input.length)
        source = { paths: [...input], origin: "input", inputName: options.inputName };
    else
        source = { paths: [...DEFAULT_SPEC_PATHS], origin: "default" };
    const what = source.origin === "playbook"
        ? `${source.playbook}'s spec: path`
        : source.origin === "input"
            ? `${options.inputName ?? "spec path"}`
            : "spec path";
    source.paths = source.paths.map((p) => checkSpecPattern(p, what));
    for (const p of source.paths)
        if (!isGlob(p))
            await insideWorkspace(root, p, { what, noSymlink: true });
    return source;
}
/** playbook.yml's `spec:` list, or undefined when there is no playbook or it has no such key. */
async function declaredSpec(root, file) {
    const at = await insideWorkspace(root, file, { what: "the playbook", noSymlink: true });
    const { MAX_YAML_BYTES, parseYaml, yamlIssueError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3230));
    const bytes = await readRegularFile(at.abs, at.rel, MAX_YAML_BYTES);
    if (bytes === undefined)
        return undefined;
    // Only the `spec:` key is read here (the gate validates the whole file): a command that needs
    // the spec should not fail on a condition it does not evaluate.
    const { data, doc, lc } = await parseYaml(decodeUtf8(bytes, at.rel), at.rel, (issues) => yamlIssueError(at.rel, issues));
    if (!data || typeof data !== "object" || Array.isArray(data) || !Object.prototype.hasOwnProperty.call(data, "spec"))
        return undefined;
    const spec = data.spec;
    const node = doc.get("spec", true);
    const pos = node?.range ? lc.linePos(node.range[0]) : undefined;
    if (!Array.isArray(spec) || spec.length === 0 || !spec.every((x) => typeof x === "string" && x.trim() !== "")) {
        throw new UserError(`${at.rel}: spec: must be a list of paths or globs`, {
            file: at.rel,
            line: pos?.line,
            column: pos?.col,
            hint: "write spec: [docs/spec.md] (one or more repository-relative paths or globs)",
            code: "spec.bad-playbook-spec",
        });
    }
    return { paths: spec, file: at.rel };
}
/**
 * The error for spec paths that match nothing (`missing`: literal paths that do not exist, globs
 * that match no file), at `where` ("at abc123def456", "in the index", "" for the work tree).
 */
function missingSpecError(source, missing, where = "") {
    const list = missing.join(", ");
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${describeSource(source)} names ${list}, which ${missing.length === 1 ? ((0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(missing[0]) ? "matches no file" : "does not exist") : "match no file"}${where ? ` ${where}` : ""}`, {
        file: source.origin === "playbook" ? source.playbook : undefined,
        hint: source.origin === "playbook"
            ? `correct spec: in ${source.playbook} (paths relative to the repository root), or create the file`
            : source.origin === "input"
                ? `correct ${source.inputName ?? "the spec paths"} (paths relative to the repository root), or create the file`
                : "create the living spec at docs/spec.md (specpipe init writes one), or name it in playbook.yml's spec:",
        code: "spec.missing",
    });
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   eD: () => (/* binding */ detectEol),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   wx: () => (/* binding */ encodeText)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
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
