export const id = 4115;
export const ids = [4115,9357];
export const modules = {

/***/ 4115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TEMPLATES: () => (/* binding */ TEMPLATES),
/* harmony export */   planBeaconInit: () => (/* binding */ planBeaconInit),
/* harmony export */   planInit: () => (/* binding */ planInit),
/* harmony export */   templatesDir: () => (/* binding */ templatesDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _fs_atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4444);
/* harmony import */ var _fs_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8958);
/* harmony import */ var _spec_hash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9357);
/* harmony import */ var _beacon_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(645);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1077);
/* harmony import */ var _progress_md_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7906);










/**
 * `specpipe init`: a playbook from a template (templates/playbook/<name>/), the living spec, the
 * first ADR, and the beacon for the playbook's first step. Never overwrites: when any target file
 * exists, nothing is written and the error lists them all.
 */
const TEMPLATES = ["refinement", "phases"];
/** Finds templates/playbook/ next to the sources or next to the bundle (dist/cli/index.js). */
function templatesDir() {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 8; i++) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, "templates", "playbook");
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(candidate, "refinement", "playbook.yml")))
            return candidate;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new Error("internal: templates/playbook/ not found next to specpipe's files");
}
async function walk(dir, base = dir, acc = []) {
    for (const entry of await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir, { withFileTypes: true })) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
        if (entry.isDirectory())
            await walk(p, base, acc);
        else
            acc.push(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(base, p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"));
    }
    return acc.sort();
}
async function planInit(options) {
    const template = (options.template ?? "refinement");
    if (!TEMPLATES.includes(template)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`there is no playbook template "${options.template}"`, {
            hint: `use --template ${TEMPLATES.join(" or --template ")}`,
            code: "init.unknown-template",
        });
    }
    const src = node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.templates ?? templatesDir(), template);
    const files = new Map();
    for (const rel of await walk(src))
        files.set(rel, await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(src, rel)));
    const pb = await (0,_load_js__WEBPACK_IMPORTED_MODULE_8__/* .parsePlaybook */ .hV)(files.get("playbook.yml").toString("utf8"), "playbook.yml");
    const specFiles = pb.playbook.spec.filter((p) => files.has(p)).map((p) => ({ path: p, content: files.get(p) }));
    const beacon = (0,_beacon_js__WEBPACK_IMPORTED_MODULE_7__/* .initialBeacon */ .PI)(pb, (0,_spec_hash_js__WEBPACK_IMPORTED_MODULE_6__.hashSpecContents)(specFiles).full);
    files.set(pb.playbook.beacon.json, Buffer.from((0,_beacon_js__WEBPACK_IMPORTED_MODULE_7__/* .serializeBeacon */ .LZ)(beacon), "utf8"));
    files.set(pb.playbook.beacon.markdown, Buffer.from((0,_progress_md_js__WEBPACK_IMPORTED_MODULE_9__/* .renderProgressMd */ .rU)(pb, beacon), "utf8"));
    const existing = [];
    const edits = [];
    for (const [rel, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const before = await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .readIfExists */ .O)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.root, rel));
        if (before !== undefined)
            existing.push(rel);
        else
            edits.push((0,_fs_plan_js__WEBPACK_IMPORTED_MODULE_5__.planEdit)(options.root, rel, null, content, [`from the ${template} template`]));
    }
    if (existing.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`init does not overwrite files, and ${existing.length === 1 ? "this one exists" : "these exist"}: ${existing.join(", ")}`, {
            file: existing[0],
            hint: "move or rename them (or run init in another folder), then run init again; nothing was written",
            code: "init.exists",
        });
    }
    return { plan: { edits }, files: edits.map((e) => e.displayPath), template, firstStep: beacon.step };
}
/**
 * The beacon alone, for a repository that already has its own playbook.yml (and spec): progress.json
 * and progress.md at the playbook's first step, sealed with the current playbook and spec hashes.
 * Like init, it never overwrites: an existing beacon is an error that names it.
 */
async function planBeaconInit(options) {
    const { loadPlaybook } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1077));
    const { computeSpecHash } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9357));
    const pb = await loadPlaybook(options.root, options.playbook);
    const spec = await computeSpecHash({ root: options.root, paths: pb.playbook.spec });
    const beacon = (0,_beacon_js__WEBPACK_IMPORTED_MODULE_7__/* .initialBeacon */ .PI)(pb, spec.full);
    const files = [
        [pb.playbook.beacon.json, Buffer.from((0,_beacon_js__WEBPACK_IMPORTED_MODULE_7__/* .serializeBeacon */ .LZ)(beacon), "utf8")],
        [pb.playbook.beacon.markdown, Buffer.from((0,_progress_md_js__WEBPACK_IMPORTED_MODULE_9__/* .renderProgressMd */ .rU)(pb, beacon), "utf8")],
    ];
    const existing = [];
    const edits = [];
    for (const [rel, content] of files) {
        if ((await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .readIfExists */ .O)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.root, rel))) !== undefined)
            existing.push(rel);
        else
            edits.push((0,_fs_plan_js__WEBPACK_IMPORTED_MODULE_5__.planEdit)(options.root, rel, null, content, ["the beacon at the playbook's first step"]));
    }
    if (existing.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`the beacon already exists: ${existing.join(", ")}`, {
            file: existing[0],
            hint: "the gate alone moves an existing beacon; to start over, delete both beacon files and run init --beacon-only again",
            code: "init.beacon-exists",
        });
    }
    return { plan: { edits }, files: edits.map((e) => e.displayPath), template: "refinement", firstStep: beacon.step };
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
