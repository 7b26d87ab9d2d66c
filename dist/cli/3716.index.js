export const id = 3716;
export const ids = [3716,3680,1294];
export const modules = {

/***/ 1294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   CC: () => (/* binding */ interleave),
/* harmony export */   JU: () => (/* binding */ releaseItem),
/* harmony export */   Li: () => (/* binding */ parseBacklog),
/* harmony export */   Rm: () => (/* binding */ findItem),
/* harmony export */   a: () => (/* binding */ markDone),
/* harmony export */   blockedReason: () => (/* binding */ blockedReason),
/* harmony export */   lN: () => (/* binding */ formatState),
/* harmony export */   mA: () => (/* binding */ claimItem),
/* harmony export */   nextItems: () => (/* binding */ nextItems),
/* harmony export */   pendingCount: () => (/* binding */ pendingCount),
/* harmony export */   r: () => (/* binding */ DEFAULT_CLAIM_TTL_MS),
/* harmony export */   statusOf: () => (/* binding */ statusOf),
/* harmony export */   wl: () => (/* binding */ markBlocked)
/* harmony export */ });
/* unused harmony exports emptyState, normaliseItem, itemId, productSinceMeta */
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
/** A block at the end of an item: `<!-- blocked: waiting for the API key -->`. */
const BLOCKED = /\s*<!--\s*blocked:\s*((?:(?!-->).)*?)\s*-->$/;
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
        // The trailing comments, in either order: a pinned id and a block.
        let pin = null;
        let blocked = null;
        for (let k = 0; k < 2; k++) {
            const p = pin ? null : PIN.exec(itemText);
            if (p) {
                pin = p;
                itemText = itemText.slice(0, p.index).trim();
                continue;
            }
            const b = blocked ? null : BLOCKED.exec(itemText);
            if (b) {
                blocked = b;
                itemText = itemText.slice(0, b.index).trim();
            }
        }
        if (normaliseItem(itemText) === "")
            return;
        const id = pin ? pin[1].toLowerCase() : itemId(itemText);
        if (seen.has(id))
            return;
        seen.add(id);
        const item = { id, text: itemText, source, file, line: i + 1, checked: box === "x" || box === "X" };
        if (blocked)
            item.blocked = blocked[1] || "blocked";
        items.push(item);
    });
    return items;
}
function checkRatio(ratio) {
    if (!Number.isInteger(ratio) || ratio < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`backlog ratio must be a whole number ≥ 1, got ${ratio}`, {
            hint: "use e.g. 4 for one meta item per four product items",
            code: "backlog.bad-ratio",
        });
    }
}
/**
 * The queue: the items not done and not blocked, in the order they are taken. Product first; a
 * meta item each time `ratio` product items have gone since the last meta item (counting the
 * product items the state records as done since the last meta item was done: `productSinceMeta`),
 * and at once in place of a blocked product item; leftover meta items at the end. Claimed items
 * keep their place (they are being worked on). The same text in both lists is one item.
 */
function interleave(product, meta, ratio = 4, state = emptyState()) {
    checkRatio(ratio);
    const out = [];
    const ids = new Set();
    const waiting = (item) => !ids.has(item.id) && !isDone(item, state) && !isBlocked(item, state);
    const push = (item) => {
        ids.add(item.id);
        out.push(item);
    };
    const metaQueue = meta.filter((m) => !isDone(m, state) && !isBlocked(m, state));
    let m = 0;
    const nextMeta = () => {
        while (m < metaQueue.length && ids.has(metaQueue[m].id))
            m++;
        if (m < metaQueue.length)
            push(metaQueue[m++]);
    };
    let since = productSinceMeta(product, meta, state);
    for (const p of product) {
        if (ids.has(p.id) || isDone(p, state))
            continue;
        if (isBlocked(p, state)) {
            // A blocked product item yields its turn to meta work.
            nextMeta();
            since = 0;
            continue;
        }
        if (since >= ratio && m < metaQueue.length) {
            nextMeta();
            since = 0;
        }
        if (waiting(p))
            push(p);
        since++;
    }
    while (m < metaQueue.length)
        nextMeta();
    return out;
}
/**
 * Product items done (in the state) since the last meta item done in the state: how far into its
 * interval the queue is. Entries without a source (older state files) are matched to the lists.
 */
function productSinceMeta(product, meta, state) {
    const productIds = new Set(product.map((p) => p.id));
    const metaIds = new Set(meta.map((m) => m.id));
    const entries = Object.entries(state.done).map(([id, e]) => ({
        at: Date.parse(e.at),
        source: e.source ?? (productIds.has(id) ? "product" : metaIds.has(id) ? "meta" : undefined),
    }));
    const lastMeta = Math.max(-Infinity, ...entries.filter((e) => e.source === "meta").map((e) => e.at));
    return entries.filter((e) => e.source === "product" && !(e.at <= lastMeta)).length;
}
function isDone(item, state) {
    return item.checked || state.done[item.id] !== undefined;
}
function isBlocked(item, state) {
    return item.blocked !== undefined || state.blocked?.[item.id] !== undefined;
}
/** Why an item is blocked (its marker, else the state's entry), or undefined. */
function blockedReason(item, state) {
    return item.blocked ?? state.blocked?.[item.id]?.reason;
}
/** A claim that has not lapsed at `nowMs` (a claim without `expires` never lapses). */
function liveClaim(state, id, nowMs) {
    const claim = state.claims[id];
    if (!claim)
        return undefined;
    return claim.expires !== undefined && Date.parse(claim.expires) <= nowMs ? undefined : claim;
}
function statusOf(item, state, nowMs = Date.now()) {
    if (isDone(item, state))
        return "done";
    if (isBlocked(item, state))
        return "blocked";
    if (liveClaim(state, item.id, nowMs))
        return "claimed";
    return "open";
}
/** The next `count` distinct open items, in queue order (a lapsed claim is open again). */
function nextItems(merged, state, count = 1, nowMs = Date.now()) {
    return merged.filter((item) => statusOf(item, state, nowMs) === "open").slice(0, count);
}
/** Items waiting to be done (open or claimed, not blocked): pending work for the `stuck` flag. */
function pendingCount(merged, state, nowMs = Date.now()) {
    return merged.filter((item) => {
        const s = statusOf(item, state, nowMs);
        return s === "open" || s === "claimed";
    }).length;
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
/**
 * Marks `item` as claimed by `owner` unless someone else holds a live claim, it is done or it is
 * blocked. Same owner again: ok. A claim lapses after `ttlMs` (default 12 hours), so an item whose
 * job died without releasing it is taken again on a later night.
 */
function claimItem(state, item, owner, at, ttlMs = DEFAULT_CLAIM_TTL_MS) {
    const now = Date.parse(at);
    const status = statusOf(item, state, now);
    if (status === "done" || status === "blocked")
        return { ok: false, reason: status };
    const held = liveClaim(state, item.id, now);
    if (held && held.owner !== owner)
        return { ok: false, reason: "claimed", owner: held.owner };
    const expires = new Date(now + ttlMs).toISOString();
    return { ok: true, state: { ...state, claims: { ...state.claims, [item.id]: { owner, at, text: item.text, expires } } } };
}
const DEFAULT_CLAIM_TTL_MS = 12 * 3_600_000;
/** Gives a claim back (the job failed): the item is open again for the next run. */
function releaseItem(state, item) {
    if (!state.claims[item.id])
        return state;
    const claims = { ...state.claims };
    delete claims[item.id];
    return { ...state, claims };
}
function markDone(state, item, at) {
    if (state.done[item.id] && !state.claims[item.id])
        return state;
    const claims = { ...state.claims };
    delete claims[item.id];
    return { ...state, done: { ...state.done, [item.id]: { at, text: item.text, source: item.source } }, claims };
}
/** Holds an item back (`reason` is shown in merge and in the plan's message), or lets it go again. */
function markBlocked(state, item, at, reason) {
    const blocked = { ...state.blocked };
    if (reason === undefined)
        delete blocked[item.id];
    else
        blocked[item.id] = { at, text: item.text, reason };
    const next = { ...state, blocked };
    if (Object.keys(blocked).length === 0)
        delete next.blocked;
    return next;
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
        !o.claims ||
        (o.blocked !== undefined && (typeof o.blocked !== "object" || o.blocked === null))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${file} is not a backlog state file (version 1)`, {
            file,
            hint: "fix or delete the file",
            code: "backlog.bad-state",
        });
    }
    const state = { version: 1, done: o.done, claims: o.claims };
    if (o.blocked && Object.keys(o.blocked).length)
        state.blocked = o.blocked;
    return state;
}
/** Stable text: keys sorted, so two runs that record the same facts write the same bytes. */
function formatState(state) {
    const sort = (o) => Object.fromEntries(Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]));
    const out = { version: 1, done: sort(state.done), claims: sort(state.claims) };
    if (state.blocked && Object.keys(state.blocked).length)
        out.blocked = sort(state.blocked);
    return JSON.stringify(out, null, 2) + "\n";
}


/***/ }),

/***/ 3716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_STATE_BRANCH: () => (/* binding */ DEFAULT_STATE_BRANCH),
/* harmony export */   DEFAULT_STATE_PATH: () => (/* binding */ DEFAULT_STATE_PATH),
/* harmony export */   STATE_FILE: () => (/* binding */ STATE_FILE),
/* harmony export */   block: () => (/* binding */ block),
/* harmony export */   claim: () => (/* binding */ claim),
/* harmony export */   done: () => (/* binding */ done),
/* harmony export */   loadBacklog: () => (/* binding */ loadBacklog),
/* harmony export */   release: () => (/* binding */ release)
/* harmony export */ });
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
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3680);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(330);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2600);
/* harmony import */ var _backlog_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1294);











const DEFAULT_STATE_PATH = ".specpipe/backlog-state.json";
const DEFAULT_STATE_BRANCH = "specpipe-backlog";
/** The state file's name on the state branch. */
const STATE_FILE = "backlog-state.json";
async function readList(root, rel, source) {
    const what = `the ${source} backlog`;
    const guarded = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_7__.insideWorkspace)(root, rel, { what, noSymlink: true });
    const bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_7__.readRegularFile)(guarded.abs, guarded.rel, 16 * 1024 * 1024);
    if (bytes === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.UserError(`backlog file ${rel} does not exist`, {
            file: rel,
            hint: `create it, or point the ${source} backlog option at the right file`,
            code: "backlog.missing-file",
        });
    }
    return (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .parseBacklog */ .Li)((0,_text_document_js__WEBPACK_IMPORTED_MODULE_9__.decodeUtf8)(bytes, guarded.rel), guarded.rel, source);
}
async function readLocalState(config) {
    const rel = config.statePath ?? DEFAULT_STATE_PATH;
    const guarded = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_7__.insideWorkspace)(config.root, rel, { what: "the backlog state file", noSymlink: true });
    const bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_7__.readRegularFile)(guarded.abs, guarded.rel, 16 * 1024 * 1024);
    const text = bytes === undefined ? undefined : (0,_text_document_js__WEBPACK_IMPORTED_MODULE_9__.decodeUtf8)(bytes, guarded.rel);
    return { state: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .parseState */ .Bu)(text, guarded.rel), text, file: guarded.abs };
}
function lastLines(text) {
    const lines = text
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !/^(To |hint:|error: failed to push)/.test(l));
    return lines.slice(-3).join(" ") || text.trim().split("\n").pop() || "";
}
/** The state as the remote's state branch has it (fetched now), or the local file when there is no branch. */
async function readShared(config, git) {
    const branch = config.stateBranch ?? DEFAULT_STATE_BRANCH;
    const remote = config.remote ?? "origin";
    const local = async () => {
        const l = await readLocalState(config);
        return { state: l.state, text: l.text, from: config.statePath ?? DEFAULT_STATE_PATH };
    };
    if (config.offline)
        return local();
    // Not a repository, or no such remote (a local experiment): the local file is all there is.
    if ((await git.raw(["remote", "get-url", "--end-of-options", remote])).code !== 0)
        return local();
    const remoteRef = `refs/remotes/${remote}/${branch}`;
    const fetched = await git.raw(["fetch", "--quiet", "--no-tags", "--end-of-options", remote, `+refs/heads/${branch}:${remoteRef}`], {
        network: true,
    });
    if (fetched.code !== 0) {
        const text = fetched.stderr.toString("utf8");
        if (/couldn't find remote ref|could not find remote ref/i.test(text))
            return local();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.UserError(`could not read the backlog state from branch ${branch} of ${remote}: ${lastLines(text)}`, {
            hint: 'give the job "contents: read" (or write) and a checkout of the repository, or run with --no-push to use the local state file',
            code: "backlog.fetch-failed",
        });
    }
    const tip = (await git.run(["rev-parse", "--verify", remoteRef])).trim();
    const shown = await git.raw(["show", `${tip}:${STATE_FILE}`]);
    const from = `branch ${branch} of ${remote}`;
    if (shown.code !== 0)
        return { state: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .parseState */ .Bu)(undefined, from), tip, from };
    const text = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_9__.decodeUtf8)(shown.stdout, `${branch}:${STATE_FILE}`);
    return { state: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .parseState */ .Bu)(text, `${branch}:${STATE_FILE}`), tip, text, from };
}
async function loadBacklog(config) {
    const [product, meta] = await Promise.all([readList(config.root, config.product, "product"), readList(config.root, config.meta, "meta")]);
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_8__.Git({ cwd: config.root, env: config.env }).withAuth(config.auth);
    const shared = await readShared(config, git);
    return {
        items: [...product, ...meta],
        merged: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .interleave */ .CC)(product, meta, config.ratio ?? 4, shared.state),
        state: shared.state,
        stateFrom: shared.from,
    };
}
const BOT = ["-c", `user.name=${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ACTIONS_BOT */ .iU.name}`, "-c", `user.email=${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ACTIONS_BOT */ .iU.email}`];
/**
 * Apply a change to the shared state: read the state branch's tip, change it, commit the one file
 * on top of that tip (an object of its own tree: the user's index, work tree and branch are not
 * touched), push; when the push is refused because another job pushed first, read the new tip and
 * decide again.
 */
async function change(config, ref, decide, message, share) {
    const [product, meta] = await Promise.all([readList(config.root, config.product, "product"), readList(config.root, config.meta, "meta")]);
    const item = (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .findItem */ .Rm)([...product, ...meta], ref);
    if (share.push === false) {
        const local = await readLocalState(config);
        const d = decide(local.state, item);
        if (!d.ok)
            return { ...d, item, attempts: 1, state: local.state };
        await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_6__.writeFileAtomic)(local.file, (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .formatState */ .lN)(d.state));
        return { ok: true, item, state: d.state, attempts: 1, pushed: false };
    }
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_8__.Git({ cwd: config.root, env: config.env }).withAuth(config.auth);
    const remote = config.remote ?? "origin";
    const branch = config.stateBranch ?? DEFAULT_STATE_BRANCH;
    if ((await git.raw(["remote", "get-url", "--end-of-options", remote])).code !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.UserError(`the repository has no remote "${remote}" to keep the backlog state on`, {
            hint: "run in a checkout of the repository (actions/checkout), pass --git-remote, or use --no-push for a local state file",
            code: "backlog.no-remote",
        });
    }
    const tmpIndex = node_path__WEBPACK_IMPORTED_MODULE_4__.join((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `specpipe-backlog-index-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString("hex")}`);
    const indexGit = new _git_git_js__WEBPACK_IMPORTED_MODULE_8__.Git({ cwd: config.root, env: { ...config.env, GIT_INDEX_FILE: tmpIndex } });
    const maxAttempts = share.maxAttempts ?? 10;
    try {
        for (let attempt = 1;; attempt++) {
            const shared = await readShared(config, git);
            const d = decide(shared.state, item);
            if (!d.ok)
                return { ...d, item, attempts: attempt, state: shared.state };
            const text = (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .formatState */ .lN)(d.state);
            if (shared.tip !== undefined && text === shared.text)
                return { ok: true, item, state: d.state, attempts: attempt, pushed: false };
            // A tree that holds the state file only; its parent is the branch's tip (none for a new branch).
            const blob = (await indexGit.run(["hash-object", "-w", "--stdin"], { input: text })).trim();
            await indexGit.run(["read-tree", "--empty"]);
            await indexGit.run(["update-index", "--add", "--cacheinfo", `100644,${blob},${STATE_FILE}`]);
            const tree = (await indexGit.run(["write-tree"])).trim();
            const parents = shared.tip === undefined ? [] : ["-p", shared.tip];
            const commit = (await indexGit.run([...BOT, "commit-tree", tree, ...parents, "-F", "-"], { input: message(item) })).trim();
            const push = await git.push(remote, [`${commit}:refs/heads/${branch}`]);
            if (push.code === 0) {
                await git.raw(["update-ref", `refs/remotes/${remote}/${branch}`, commit]);
                return { ok: true, item, state: d.state, attempts: attempt, pushed: true };
            }
            if (!(0,_git_git_js__WEBPACK_IMPORTED_MODULE_8__.isNonFastForward)(push) || attempt >= maxAttempts) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.UserError(`could not push the backlog state to branch ${branch} of ${remote}: ${lastLines(push.stderr.toString() + push.stdout.toString())}`, {
                    hint: (0,_git_git_js__WEBPACK_IMPORTED_MODULE_8__.isNonFastForward)(push)
                        ? "run again: many jobs changed the backlog at once"
                        : `give the job "contents: write" permission (the state goes to the branch ${branch}, never to the default branch)`,
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
function claim(config, ref, owner, share = {}, now = new Date(), ttlMs = _backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_CLAIM_TTL_MS */ .r) {
    return change(config, ref, (state, item) => (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .claimItem */ .mA)(state, item, owner, now.toISOString(), ttlMs), (item) => `chore(backlog): claim ${item.id} for ${owner}\n\n${item.text}\n`, share);
}
function done(config, ref, share = {}, now = new Date()) {
    return change(config, ref, (state, item) => ({ ok: true, state: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .markDone */ .a)(state, item, now.toISOString()) }), (item) => `chore(backlog): done ${item.id}\n\n${item.text}\n`, share);
}
function release(config, ref, share = {}) {
    return change(config, ref, (state, item) => ({ ok: true, state: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .releaseItem */ .JU)(state, item) }), (item) => `chore(backlog): release ${item.id}\n\n${item.text}\n`, share);
}
/** Blocks an item (with a reason) or unblocks it (reason undefined). */
function block(config, ref, reason, share = {}, now = new Date()) {
    return change(config, ref, (state, item) => ({ ok: true, state: (0,_backlog_js__WEBPACK_IMPORTED_MODULE_10__/* .markBlocked */ .wl)(state, item, now.toISOString(), reason) }), (item) => `chore(backlog): ${reason === undefined ? "unblock" : "block"} ${item.id}\n\n${item.text}${reason ? `\n\n${reason}` : ""}\n`, share);
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


/***/ })

};
