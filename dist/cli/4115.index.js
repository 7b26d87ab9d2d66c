export const id = 4115;
export const ids = [4115,8958,4313];
export const modules = {

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readIfExists),
/* harmony export */   U: () => (/* binding */ writeTemp),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
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
/** Step one of an atomic write, for callers that write several files together. */
async function writeTemp(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString("hex")}.tmp`);
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

/***/ 8958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPlan: () => (/* binding */ applyPlan),
/* harmony export */   planDiff: () => (/* binding */ planDiff),
/* harmony export */   planEdit: () => (/* binding */ planEdit),
/* harmony export */   totalBytes: () => (/* binding */ totalBytes),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4444);




function planEdit(root, file, before, after, reasons) {
    if (before !== null && before.equals(after))
        return undefined;
    return {
        path: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file),
        displayPath: node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"),
        before,
        after,
        reasons,
    };
}
/** The unified diff of one edit, `a/` and `b/` prefixed as git shows it. */
async function unifiedDiff(edit) {
    const { createTwoFilesPatch } = await __webpack_require__.e(/* import() */ 4023).then(__webpack_require__.bind(__webpack_require__, 4023));
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
            const now = (await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .O)(edit.path)) ?? null;
            const same = now === null ? edit.before === null : edit.before !== null && now.equals(edit.before);
            if (!same) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${edit.displayPath} changed while specpipe was working on it`, {
                    file: edit.displayPath,
                    hint: "run again; nothing was written",
                    code: "plan.concurrent-change",
                });
            }
            temps.push({ tmp: await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTemp */ .U)(edit.path, edit.after), target: edit.path });
        }
    }
    catch (e) {
        await Promise.all(temps.map((t) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(t.tmp, { force: true })));
        throw e;
    }
    for (const t of temps)
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(t.tmp, t.target);
}
function totalBytes(plan) {
    return plan.edits.reduce((n, e) => n + e.after.length, 0);
}


/***/ }),

/***/ 8757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UL: () => (/* binding */ splitCells),
/* harmony export */   gM: () => (/* binding */ scanBlocks),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export splitLines */
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


/***/ }),

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


/***/ }),

/***/ 4313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applySplices: () => (/* binding */ applySplices)
/* harmony export */ });
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


/***/ })

};
