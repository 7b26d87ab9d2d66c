export const id = 3760;
export const ids = [3760,4126];
export const modules = {

/***/ 4126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CatFile: () => (/* binding */ CatFile)
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

/***/ 1485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SpecPaths: () => (/* binding */ SpecPaths),
/* harmony export */   SpecReader: () => (/* binding */ SpecReader),
/* harmony export */   W: () => (/* binding */ EMPTY_STATE)
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
        const state = list.length ? { hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.hashSpecContents)(list), files: list } : EMPTY_STATE;
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


/***/ })

};
