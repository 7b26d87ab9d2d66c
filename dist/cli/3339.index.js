export const id = 3339;
export const ids = [3339,8958,2600,4313,4444];
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

/***/ 645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iv: () => (/* binding */ parseBeacon),
/* harmony export */   LZ: () => (/* binding */ serializeBeacon),
/* harmony export */   N5: () => (/* binding */ validateBeacon),
/* harmony export */   PI: () => (/* binding */ initialBeacon),
/* harmony export */   ku: () => (/* binding */ lastValue),
/* harmony export */   lz: () => (/* binding */ nextTransition),
/* harmony export */   sB: () => (/* binding */ sealBeacon)
/* harmony export */ });
/* unused harmony exports BEACON_VERSION, beaconDigest, stepTitle */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4343);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3759);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(252);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2600);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1077);

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
const AdvanceSchema = zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    from: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** null when the playbook was completed (the step stays the last one, status "done"). */
    to: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    at: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    commit: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** The iteration after this advance. */
    iteration: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(1)),
    /** Hash of the playbook the advance was made under (the history is checked against it). */
    playbook: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** Evidence values, e.g. { "coverage.lines": 84.2, "tests.passed": 120 }. */
    values: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()),
});
const BeaconSchema = zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    version: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(BEACON_VERSION),
    playbook: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    step: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["active", "done"]),
    specHash: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    iteration: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(1)),
    history: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(AdvanceSchema),
    digest: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
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
        history: body.history.map((h) => ({
            from: h.from,
            to: h.to,
            at: h.at,
            commit: h.commit,
            iteration: h.iteration,
            playbook: h.playbook,
            values: sortKeys(h.values),
        })),
    });
    return "sha256:" + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(canonical).digest("hex");
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
        history: beacon.history.map((h) => ({
            from: h.from,
            to: h.to,
            at: h.at,
            commit: h.commit,
            iteration: h.iteration,
            playbook: h.playbook,
            values: sortKeys(h.values),
        })),
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
        const at = m ? (0,_text_document_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumnAt */ .IX)(body, Number(m[1])) : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${file} is not valid JSON (${String(cause.message).split("\n")[0]})`, {
            file,
            line: at?.line,
            column: at?.column,
            hint: `restore it from git (git checkout <last good commit> -- ${file}); only the playbook gate writes it`,
            code: "beacon.corrupt",
            cause,
        });
    }
    if (!zod_mini__WEBPACK_IMPORTED_MODULE_6__/* .config */ .$W().localeError)
        zod_mini__WEBPACK_IMPORTED_MODULE_6__/* .config */ .$W((0,zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_7__/* ["default"] */ .A)()); // what the full zod does on its first schema
    const r = BeaconSchema.safeParse(data);
    if (!r.success) {
        const issue = r.error.issues[0];
        const at = issue.path.map(String).join(".") || "(top level)";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${file} is not a playbook beacon: ${at}: ${issue.message}`, {
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
/** All transitions that may follow `step` (for validating a history). */
function legalTransitions(pb, step, iteration) {
    const out = [nextTransition(pb, step, iteration, true)];
    if (step.loop)
        out.push(nextTransition(pb, step, iteration, false));
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


/***/ }),

/***/ 1077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hV: () => (/* binding */ parsePlaybook),
/* harmony export */   loadPlaybook: () => (/* binding */ loadPlaybook),
/* harmony export */   m8: () => (/* binding */ DEFAULT_PLAYBOOK),
/* harmony export */   pq: () => (/* binding */ conditionKey),
/* harmony export */   vO: () => (/* binding */ stepLabel)
/* harmony export */ });
/* unused harmony export PlaybookError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);




class PlaybookError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError {
    issues;
    constructor(file, issues) {
        const first = issues[0];
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
        super(`${first.message}${more}`, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
        this.issues = issues;
    }
}
const DEFAULT_PLAYBOOK = "playbook.yml";
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
    const yaml = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    // The schema too is loaded only here: building it (and evaluating the full zod it needs) costs
    // start-up time on every path, including "the playbook does not exist" (ADR 0023).
    const schema = await Promise.all(/* import() */[__webpack_require__.e(6723), __webpack_require__.e(6298)]).then(__webpack_require__.bind(__webpack_require__, 6298));
    PlaybookSchema = schema.PlaybookSchema;
    const { CONDITION_TYPES } = schema;
    const { parseDocument, LineCounter } = yaml;
    isSeq = yaml.isSeq;
    isMap = yaml.isMap;
    const lc = new LineCounter();
    const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
        lineCounter: lc,
        prettyErrors: false,
        uniqueKeys: true,
    });
    if (doc.errors.length) {
        fail(doc.errors.map((e) => {
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
        }), file);
    }
    const data = doc.toJS();
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
    const loopFrom = new Set();
    playbook.loops.forEach((loop, li) => {
        const base = ["loops", li];
        const from = byId.get(loop.from);
        const to = byId.get(loop.to);
        if (!from)
            issues.push({
                message: `loops[${li}].from: no step has the id "${loop.from}"`,
                hint: `use one of: ${[...byId.keys()].join(", ")}`,
                ...pos(doc, lc, [...base, "from"]),
                code: "playbook.loop-unknown-step",
            });
        if (!to)
            issues.push({
                message: `loops[${li}].to: no step has the id "${loop.to}"`,
                hint: `use one of: ${[...byId.keys()].join(", ")}`,
                ...pos(doc, lc, [...base, "to"]),
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
    const hash = "sha256:" + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(playbook)).digest("hex");
    return { file, playbook, steps, byId, hash };
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
    let text;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root, file), "utf8");
    }
    catch (e) {
        if (e.code === "ENOENT") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`${file} does not exist`, {
                file,
                hint: "create one with `specpipe init` (or set the playbook input to its path)",
                code: "playbook.missing",
            });
        }
        throw e;
    }
    return parsePlaybook(text, file);
}
/** "B Refinement loop, step 3" */
function stepLabel(step) {
    return `${step.phase.id} ${step.phase.name}, step ${step.number}`;
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

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   decodeText: () => (/* binding */ decodeText),
/* harmony export */   eD: () => (/* binding */ detectEol),
/* harmony export */   encodeText: () => (/* binding */ encodeText)
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
