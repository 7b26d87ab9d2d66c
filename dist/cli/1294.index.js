export const id = 1294;
export const ids = [1294];
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


/***/ })

};
