export const id = 1277;
export const ids = [1277,8958,4313];
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

/***/ 188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ pushWithRebase)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(330);


async function pushWithRebase(git, options) {
    const remote = options.remote ?? "origin";
    const branch = options.branch;
    const tries = options.tries ?? 3;
    const t = options.texts ?? {};
    const subject = t.subject ?? `git push to ${remote}/${branch}`;
    for (let attempt = 1; attempt <= tries; attempt++) {
        const r = await git.push(remote, [`HEAD:refs/heads/${branch}`]);
        if (r.code === 0)
            return { attempts: attempt };
        const detail = (r.stderr.toString() || r.stdout.toString()).trim().split("\n").slice(-2).join(" ");
        const race = (0,_git_js__WEBPACK_IMPORTED_MODULE_1__.isNonFastForward)(r);
        if (!race || attempt === tries) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${subject} ${race ? `was still rejected after ${tries} tries` : "was refused"}: ${detail}`, {
                hint: t.failedHint ??
                    (race
                        ? "the branch is moving fast; run the step again, or serialise the workflows with a `concurrency:` group"
                        : "give the workflow `permissions: contents: write` (and check branch protection rules that block pushes from Actions)"),
                code: t.failedCode ?? (race ? "git.push-retries" : "git.push-denied"),
            });
        }
        // An explicit refspec: a single-branch clone (actions/checkout) may not fetch this ref by default.
        await git.fetch(remote, [`refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
        const rebase = await git.raw(["rebase", "--quiet", `${remote}/${branch}`]);
        if (rebase.code !== 0) {
            await git.raw(["rebase", "--abort"]);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(t.conflictMessage ?? `could not rebase onto ${remote}/${branch}: ${rebase.stderr.toString().trim()}`, {
                hint: t.conflictHint ?? "someone changed the same lines meanwhile; run the step again",
                code: t.conflictCode ?? "git.rebase-conflict",
            });
        }
    }
    throw new Error("internal: pushWithRebase left its loop without a result");
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

/***/ 7781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseJUnit: () => (/* binding */ parseJUnit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4916);


/** Parse one JUnit XML document. `file` names it in errors. Throws UserError when malformed. */
function parseJUnit(xml, file) {
    const cases = [];
    const suiteFiles = [];
    let current;
    let depthInCase = 0;
    let sawRoot = false;
    if (xml.charCodeAt(0) === 0xfeff)
        xml = xml.slice(1);
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .scanXml */ .F)(xml, file, {
        open(name, attrs) {
            if (current) {
                depthInCase++;
                if (name === "failure" || name === "error")
                    current.status = "failed";
                else if (name === "skipped" && current.status !== "failed")
                    current.status = "skipped";
                return;
            }
            if (name === "testsuite" || name === "testsuites") {
                sawRoot = true;
                if (name === "testsuite") {
                    // scanXml calls close() for a self-closing tag too, which pops this again.
                    const inherited = suiteFiles.length ? suiteFiles[suiteFiles.length - 1] : undefined;
                    suiteFiles.push(attrs.file ?? inherited);
                }
                return;
            }
            if (name === "testcase") {
                sawRoot = true;
                const inherited = suiteFiles.length ? suiteFiles[suiteFiles.length - 1] : undefined;
                const tc = { name: attrs.name ?? "", classname: attrs.classname ?? "", status: "passed" };
                const f = attrs.file ?? inherited;
                if (f !== undefined)
                    tc.file = f;
                cases.push(tc);
                // A self-closing <testcase/> gets its close() at once, which ends it again.
                current = tc;
                depthInCase = 0;
            }
        },
        close(name) {
            if (current) {
                if (depthInCase === 0 && name === "testcase")
                    current = undefined;
                else
                    depthInCase--;
                return;
            }
            if (name === "testsuite")
                suiteFiles.pop();
        },
    });
    if (!sawRoot) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file} is not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)`, {
            file,
            hint: "point the tests condition at the JUnit XML your test runner writes, e.g. vitest --reporter=junit --outputFile=reports/junit.xml",
            code: "junit.not-junit",
        });
    }
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const c of cases) {
        if (c.status === "passed")
            passed++;
        else if (c.status === "failed")
            failed++;
        else
            skipped++;
    }
    return { total: cases.length, passed, failed, skipped, cases };
}


/***/ }),

/***/ 4916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ scanXml)
/* harmony export */ });
/* unused harmony export decodeEntities */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2600);


const NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(text) {
    if (!text.includes("&"))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
        if (e[0] === "#") {
            const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
        }
        return NAMED[e] ?? m;
    });
}
function xmlError(text, file, offset, what, code) {
    const { line, column } = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, offset);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file} is not well-formed XML: ${what}`, {
        file,
        line,
        column,
        hint: "regenerate the report with the test or coverage tool; a truncated or hand-edited report cannot be read",
        code,
    });
}
const NAME_END = /[\s/>]/;
function scanXml(text, file, visitor) {
    const stack = [];
    const n = text.length;
    let i = text.indexOf("<");
    while (i !== -1 && i < n) {
        const c = text.charCodeAt(i + 1);
        if (c === 33 /* ! */) {
            if (text.startsWith("<!--", i)) {
                const end = text.indexOf("-->", i + 4);
                if (end === -1)
                    throw xmlError(text, file, i, "a comment is not closed", "xml.unclosed-comment");
                i = text.indexOf("<", end + 3);
                continue;
            }
            if (text.startsWith("<![CDATA[", i)) {
                const end = text.indexOf("]]>", i + 9);
                if (end === -1)
                    throw xmlError(text, file, i, "a CDATA section is not closed", "xml.unclosed-cdata");
                i = text.indexOf("<", end + 3);
                continue;
            }
            // <!DOCTYPE ...> (possibly with an internal subset in brackets)
            let j = i + 2;
            let depth = 0;
            for (; j < n; j++) {
                const ch = text[j];
                if (ch === "[")
                    depth++;
                else if (ch === "]")
                    depth--;
                else if (ch === ">" && depth <= 0)
                    break;
            }
            if (j >= n)
                throw xmlError(text, file, i, "a declaration is not closed", "xml.unclosed-declaration");
            i = text.indexOf("<", j + 1);
            continue;
        }
        if (c === 63 /* ? */) {
            const end = text.indexOf("?>", i + 2);
            if (end === -1)
                throw xmlError(text, file, i, "a processing instruction is not closed", "xml.unclosed-pi");
            i = text.indexOf("<", end + 2);
            continue;
        }
        if (c === 47 /* / */) {
            const end = text.indexOf(">", i + 2);
            if (end === -1)
                throw xmlError(text, file, i, "an end tag is not closed", "xml.unclosed-tag");
            const name = text.slice(i + 2, end).trim();
            const top = stack.pop();
            if (top !== name) {
                throw xmlError(text, file, i, top === undefined ? `</${name}> has no start tag` : `</${name}> closes <${top}>`, "xml.mismatched-tag");
            }
            visitor.close?.(name);
            i = text.indexOf("<", end + 1);
            continue;
        }
        // Start tag: name, then attributes; quoted values may contain ">".
        let j = i + 1;
        while (j < n && !NAME_END.test(text[j]))
            j++;
        const name = text.slice(i + 1, j);
        if (name === "")
            throw xmlError(text, file, i, 'a "<" does not start a tag', "xml.bad-tag");
        const attrs = {};
        let selfClosing = false;
        for (;;) {
            while (j < n && /\s/.test(text[j]))
                j++;
            if (j >= n)
                throw xmlError(text, file, i, `<${name}> is not closed`, "xml.unclosed-tag");
            const ch = text[j];
            if (ch === ">") {
                j++;
                break;
            }
            if (ch === "/" && text[j + 1] === ">") {
                selfClosing = true;
                j += 2;
                break;
            }
            const eq = text.indexOf("=", j);
            if (eq === -1)
                throw xmlError(text, file, j, `an attribute of <${name}> has no value`, "xml.bad-attribute");
            const key = text.slice(j, eq).trim();
            let q = eq + 1;
            while (q < n && /\s/.test(text[q]))
                q++;
            const quote = text[q];
            if (quote !== '"' && quote !== "'")
                throw xmlError(text, file, q, `the value of ${key} in <${name}> is not quoted`, "xml.bad-attribute");
            const close = text.indexOf(quote, q + 1);
            if (close === -1)
                throw xmlError(text, file, q, `the value of ${key} in <${name}> is not closed`, "xml.bad-attribute");
            attrs[key] = decodeEntities(text.slice(q + 1, close));
            j = close + 1;
        }
        visitor.open(name, attrs, selfClosing, i);
        if (!selfClosing)
            stack.push(name);
        else
            visitor.close?.(name);
        i = text.indexOf("<", j);
    }
    if (stack.length > 0)
        throw xmlError(text, file, text.length, `<${stack[stack.length - 1]}> is not closed (the file ends first)`, "xml.truncated");
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
