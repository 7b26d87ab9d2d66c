export const id = 1294;
export const ids = [1294];
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


/***/ })

};
