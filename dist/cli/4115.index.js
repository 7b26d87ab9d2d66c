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


/***/ }),

/***/ 7906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ updateProgressMd),
/* harmony export */   bl: () => (/* binding */ checkProgressMd),
/* harmony export */   rU: () => (/* binding */ renderProgressMd)
/* harmony export */ });
/* unused harmony exports SECTIONS, describeCondition, stepSectionText, detailsSectionText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _markdown_blocks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8757);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2600);
/* harmony import */ var _text_splice_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4313);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1077);





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
    const name = (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .conditionKey */ .pq)(c);
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
        return `Done: all ${pb.steps.length} steps of ${pb.playbook.name} are complete (last: ${(0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .stepLabel */ .vO)(step)}, ${step.name}).`;
    return `${(0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .stepLabel */ .vO)(step)}: ${step.name} (${step.id})${it}.`;
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
        parts.push(next ? `Next: ${(0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .stepLabel */ .vO)(next)}: ${next.name} (${next.id}).` : "Next: nothing; this is the last step.");
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
    const scan = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_3__/* .scanBlocks */ .gM)(text);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file} has no "## ${s}" section`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file}: the sections are not in the order Step, Details, Notes`, {
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
    const doc = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__.decodeText)(bytes, file);
    const s = findSections(doc.text, file);
    const splices = [
        { start: s.step[0], end: s.step[1], text: body(stepSectionText(pb, beacon), doc.eol) },
        { start: s.details[0], end: s.details[1], text: body(detailsSectionText(pb, beacon), doc.eol) },
    ];
    return (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__.encodeText)({ text: (0,_text_splice_js__WEBPACK_IMPORTED_MODULE_4__.applySplices)(doc.text, splices), bom: doc.bom });
}
const norm = (t) => t.replace(/\r\n/g, "\n").trim();
/** Violations when progress.md's generated sections are not what the beacon says (a hand edit). */
function checkProgressMd(bytes, pb, beacon, file) {
    const doc = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__.decodeText)(bytes, file);
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


/***/ })

};
