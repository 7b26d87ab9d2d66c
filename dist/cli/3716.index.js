export const id = 3716;
export const ids = [3716,330,1294,1335,4444];
export const modules = {

/***/ 1294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   CC: () => (/* binding */ interleave),
/* harmony export */   Li: () => (/* binding */ parseBacklog),
/* harmony export */   Rm: () => (/* binding */ findItem),
/* harmony export */   a: () => (/* binding */ markDone),
/* harmony export */   lN: () => (/* binding */ formatState),
/* harmony export */   mA: () => (/* binding */ claimItem),
/* harmony export */   nextItems: () => (/* binding */ nextItems),
/* harmony export */   pendingCount: () => (/* binding */ pendingCount),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony exports emptyState, normaliseItem, itemId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);


function emptyState() {
    return { version: 1, done: {}, claims: {} };
}
/** Lower case, Unicode NFKC, Markdown emphasis and code marks dropped, spaces collapsed, trailing dot dropped. */
function normaliseItem(text) {
    return text
        .normalize("NFKC")
        .toLowerCase()
        .replace(/[*_`~]/g, "")
        .replace(/\s+/g, " ")
        .trim()
        .replace(/[.;:]+$/, "")
        .trim();
}
function itemId(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(normaliseItem(text)).digest("hex").slice(0, 12);
}
const ITEM = /^ {0,3}(?:\d{1,9}[.)]|[-*+])[ \t]+(?:\[([ xX])\][ \t]+)?(.*\S)\s*$/;
/** A pinned id at the end of an item: `<!-- id: sign-up-form -->` (invisible when rendered). */
const PIN = /\s*<!--\s*id:\s*([A-Za-z0-9][A-Za-z0-9._-]{0,63})\s*-->$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * The items of one backlog file: numbered list items (with or without a checkbox) and bullet
 * items with a checkbox. Plain bullets (notes), indented sub-items and fenced code are ignored.
 * An item repeated in the same list is one item (its first occurrence).
 */
function parseBacklog(text, file, source) {
    const items = [];
    const seen = new Set();
    let fence;
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    lines.forEach((line, i) => {
        const f = FENCE.exec(line);
        if (f) {
            if (fence === undefined)
                fence = f[1][0].repeat(f[1].length);
            else if (f[1].startsWith(fence))
                fence = undefined;
            return;
        }
        if (fence !== undefined)
            return;
        const m = ITEM.exec(line);
        if (!m)
            return;
        const numbered = /^ {0,3}\d/.test(line);
        const box = m[1];
        if (!numbered && box === undefined)
            return;
        let itemText = m[2].trim();
        const pin = PIN.exec(itemText);
        if (pin)
            itemText = itemText.slice(0, pin.index).trim();
        if (normaliseItem(itemText) === "")
            return;
        const id = pin ? pin[1].toLowerCase() : itemId(itemText);
        if (seen.has(id))
            return;
        seen.add(id);
        items.push({ id, text: itemText, source, file, line: i + 1, checked: box === "x" || box === "X" });
    });
    return items;
}
/** Product first; one meta item after every `ratio` product items; leftover meta items at the end. */
function interleave(product, meta, ratio = 4) {
    if (!Number.isInteger(ratio) || ratio < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`backlog ratio must be a whole number ≥ 1, got ${ratio}`, {
            hint: "use e.g. 4 for one meta item per four product items",
            code: "backlog.bad-ratio",
        });
    }
    const out = [];
    const ids = new Set();
    const push = (item) => {
        if (ids.has(item.id))
            return; // the same text in both lists is one item
        ids.add(item.id);
        out.push(item);
    };
    let p = 0;
    let m = 0;
    while (p < product.length) {
        for (let k = 0; k < ratio && p < product.length; k++)
            push(product[p++]);
        if (m < meta.length)
            push(meta[m++]);
    }
    while (m < meta.length)
        push(meta[m++]);
    return out;
}
function statusOf(item, state) {
    if (item.checked || state.done[item.id])
        return "done";
    if (state.claims[item.id])
        return "claimed";
    return "open";
}
/** The next `count` distinct open items, in merged order. */
function nextItems(merged, state, count = 1) {
    return merged.filter((item) => statusOf(item, state) === "open").slice(0, count);
}
/** Items not done (open or claimed): pending work for the `stuck` flag. */
function pendingCount(merged, state) {
    return merged.filter((item) => statusOf(item, state) !== "done").length;
}
/** Finds an item by its id or an unambiguous id prefix (at least 4 characters). */
function findItem(merged, ref) {
    const key = ref.trim().toLowerCase();
    const hits = key.length >= 4 ? merged.filter((i) => i.id.startsWith(key)) : merged.filter((i) => i.id === key);
    if (hits.length === 1)
        return hits[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(hits.length === 0 ? `no backlog item has the id "${ref}"` : `"${ref}" matches ${hits.length} backlog items`, {
        hint: hits.length === 0
            ? 'run "specpipe backlog next --json" or "specpipe backlog merge" to see the ids'
            : "give more characters of the id",
        code: hits.length === 0 ? "backlog.unknown-id" : "backlog.ambiguous-id",
    });
}
/** Marks `item` as claimed by `owner` unless someone else holds it or it is done. Same owner again: ok. */
function claimItem(state, item, owner, at) {
    if (statusOf(item, state) === "done")
        return { ok: false, reason: "done" };
    const held = state.claims[item.id];
    if (held && held.owner !== owner)
        return { ok: false, reason: "claimed", owner: held.owner };
    return { ok: true, state: { ...state, claims: { ...state.claims, [item.id]: { owner, at, text: item.text } } } };
}
function markDone(state, item, at) {
    if (state.done[item.id] && !state.claims[item.id])
        return state;
    const claims = { ...state.claims };
    delete claims[item.id];
    return { ...state, done: { ...state.done, [item.id]: { at, text: item.text } }, claims };
}
function parseState(text, file) {
    if (text === undefined || text.trim() === "")
        return emptyState();
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${file} is not valid JSON`, {
            file,
            hint: "fix or delete the file (it only records which backlog items are done or claimed)",
            code: "backlog.bad-state",
            cause,
        });
    }
    const o = v;
    if (typeof o !== "object" ||
        o === null ||
        o.version !== 1 ||
        typeof o.done !== "object" ||
        typeof o.claims !== "object" ||
        !o.done ||
        !o.claims) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${file} is not a backlog state file (version 1)`, {
            file,
            hint: "fix or delete the file",
            code: "backlog.bad-state",
        });
    }
    return { version: 1, done: o.done, claims: o.claims };
}
/** Stable text: keys sorted, so two runs that record the same facts write the same bytes. */
function formatState(state) {
    const sort = (o) => Object.fromEntries(Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]));
    return JSON.stringify({ version: 1, done: sort(state.done), claims: sort(state.claims) }, null, 2) + "\n";
}


/***/ }),

/***/ 3716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   claim: () => (/* binding */ claim),
/* harmony export */   done: () => (/* binding */ done),
/* harmony export */   loadBacklog: () => (/* binding */ loadBacklog)
/* harmony export */ });
/* unused harmony export DEFAULT_STATE_PATH */
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1315);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7638);
/* harmony import */ var _fs_atomic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4444);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(330);
/* harmony import */ var _backlog_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1294);









const DEFAULT_STATE_PATH = ".specpipe/backlog-state.json";
async function readList(root, rel, source) {
    const bytes = await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .readIfExists */ .OR)(node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(root, rel));
    if (bytes === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.UserError(`backlog file ${rel} does not exist`, {
            file: rel,
            hint: `create it, or point the ${source} backlog option at the right file`,
            code: "backlog.missing-file",
        });
    }
    return (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .parseBacklog */ .Li)(bytes.toString("utf8"), rel, source);
}
async function loadBacklog(config) {
    const [product, meta] = await Promise.all([readList(config.root, config.product, "product"), readList(config.root, config.meta, "meta")]);
    const statePath = config.statePath ?? DEFAULT_STATE_PATH;
    const stateBytes = await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .readIfExists */ .OR)(node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(config.root, statePath));
    return { merged: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .interleave */ .CC)(product, meta, config.ratio ?? 4), state: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .parseState */ .Bu)(stateBytes?.toString("utf8"), statePath) };
}
const BOT = ["-c", `user.name=${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ACTIONS_BOT */ .i.name}`, "-c", `user.email=${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ACTIONS_BOT */ .i.email}`];
/**
 * Apply a change to the shared state: read the state as the remote branch has it, change it,
 * commit that one file on top of the remote tip (a private index: the user's index and work tree
 * are not used to build the commit), push; when the push is refused because another job pushed
 * first, read the new tip and decide again. So two jobs claiming one item end with one owner:
 * the second one reads the first one's claim and is told to take another item.
 */
async function change(config, ref, decide, message, share) {
    const loaded = await loadBacklog(config);
    const item = (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .findItem */ .Rm)(loaded.merged, ref);
    const statePath = config.statePath ?? DEFAULT_STATE_PATH;
    const stateFile = node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(config.root, statePath);
    if (share.push === false) {
        const d = decide(loaded.state, item);
        if (!d.ok)
            return { ...d, item, attempts: 1, state: loaded.state };
        await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_6__.writeFileAtomic)(stateFile, (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .formatState */ .lN)(d.state));
        return { ok: true, item, state: d.state, attempts: 1, pushed: false };
    }
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_7__.Git({ cwd: config.root, env: share.env }).withAuth(share.auth);
    const remote = share.remote ?? "origin";
    const branch = share.branch ?? (await git.currentBranch());
    if (!branch) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.UserError("cannot tell which branch to push the backlog state to (detached HEAD)", {
            hint: "pass --branch (CLI) or check out a branch",
            code: "backlog.no-branch",
        });
    }
    const repoPath = (await git.run(["rev-parse", "--show-prefix"])).trim();
    const statePathInRepo = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.join(repoPath.split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).join("/"), statePath.split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).join("/"));
    const tmpIndex = node_path__WEBPACK_IMPORTED_MODULE_4__.join((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `specpipe-backlog-index-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString("hex")}`);
    const indexGit = new _git_git_js__WEBPACK_IMPORTED_MODULE_7__.Git({ cwd: config.root, env: { ...share.env, GIT_INDEX_FILE: tmpIndex } });
    const maxAttempts = share.maxAttempts ?? 10;
    const remoteRef = `refs/remotes/${remote}/${branch}`;
    try {
        for (let attempt = 1;; attempt++) {
            const fetched = await git.raw(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${branch}:${remoteRef}`], { network: true });
            const base = fetched.code === 0 ? (await git.run(["rev-parse", remoteRef])).trim() : await git.head();
            const shown = await git.raw(["show", `${base}:${statePathInRepo}`]);
            const before = shown.code === 0 ? shown.stdout.toString("utf8") : undefined;
            const shared = (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .parseState */ .Bu)(before, statePath);
            const d = decide(shared, item);
            if (!d.ok) {
                await writeLocal(git, stateFile, (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .formatState */ .lN)(shared), base);
                return { ...d, item, attempts: attempt, state: shared };
            }
            const text = (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .formatState */ .lN)(d.state);
            if (text === before) {
                await writeLocal(git, stateFile, text, base);
                return { ok: true, item, state: d.state, attempts: attempt, pushed: false };
            }
            await indexGit.run(["read-tree", base]);
            const blob = (await indexGit.run(["hash-object", "-w", "--stdin"], { input: text })).trim();
            await indexGit.run(["update-index", "--add", "--cacheinfo", `100644,${blob},${statePathInRepo}`]);
            const tree = (await indexGit.run(["write-tree"])).trim();
            const commit = (await indexGit.run([...BOT, "commit-tree", tree, "-p", base, "-F", "-"], { input: message(item) })).trim();
            const push = await git.push(remote, [`${commit}:refs/heads/${branch}`]);
            if (push.code === 0) {
                await git.raw(["update-ref", remoteRef, commit]);
                await writeLocal(git, stateFile, text, base, commit);
                return { ok: true, item, state: d.state, attempts: attempt, pushed: true };
            }
            if (!(0,_git_git_js__WEBPACK_IMPORTED_MODULE_7__.isNonFastForward)(push) || attempt >= maxAttempts) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.UserError(`could not push the backlog state to ${remote}/${branch}: ${push.stderr.toString().trim().split("\n").pop() ?? ""}`, {
                    hint: (0,_git_git_js__WEBPACK_IMPORTED_MODULE_7__.isNonFastForward)(push) ? "run again: many jobs changed the backlog at once" : 'give the job "contents: write" permission',
                    code: "backlog.push-failed",
                });
            }
            await new Promise((r) => setTimeout(r, (share.retryDelayMs ?? 100) * attempt * (0.5 + Math.random())));
        }
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(tmpIndex, { force: true });
    }
}
/** Bring the checkout along: fast-forward when it was at the base, else just write the file. */
async function writeLocal(git, stateFile, text, base, commit) {
    if (commit) {
        const head = await git.raw(["rev-parse", "HEAD"]);
        if (head.code === 0 && head.stdout.toString().trim() === base) {
            const ff = await git.raw(["merge", "--ff-only", "--quiet", commit]);
            if (ff.code === 0)
                return;
        }
    }
    const now = await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .readIfExists */ .OR)(stateFile);
    if (now?.toString("utf8") !== text)
        await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_6__.writeFileAtomic)(stateFile, text);
}
function claim(config, ref, owner, share = {}, now = new Date()) {
    return change(config, ref, (state, item) => (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .claimItem */ .mA)(state, item, owner, now.toISOString()), (item) => `chore(backlog): claim ${item.id} for ${owner}\n\n${item.text}\n`, share);
}
function done(config, ref, share = {}, now = new Date()) {
    return change(config, ref, (state, item) => ({ ok: true, state: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_8__/* .markDone */ .a)(state, item, now.toISOString()) }), (item) => `chore(backlog): done ${item.id}\n\n${item.text}\n`, share);
}


/***/ }),

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
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === "EPERM";
    }
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
        if (alive(pid) && now - st.mtimeMs < STALE_MS)
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


/***/ })

};
