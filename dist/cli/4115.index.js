export const id = 4115;
export const ids = [4115];
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
        const before = await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .readIfExists */ .OR)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.root, rel));
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
        if ((await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .readIfExists */ .OR)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.root, rel))) !== undefined)
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


/***/ })

};
