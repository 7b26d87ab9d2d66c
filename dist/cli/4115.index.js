export const id = 4115;
export const ids = [4115,8958,3680,2600,4313,9357,1299,3230];
export const modules = {

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
/* harmony import */ var _pid_alive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6748);




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
        if ((0,_pid_alive_js__WEBPACK_IMPORTED_MODULE_3__/* .pidAlive */ .p)(pid) && now - st.mtimeMs < STALE_MS)
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


/***/ }),

/***/ 6748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ pidAlive)
/* harmony export */ });
/**
 * Whether a process of this machine with that id still runs: signal 0 is delivered to nobody and
 * only asks. EPERM means it runs as another user. Used to tell the leftovers of a killed run (its
 * temp files, its lock) from those of a run still at work.
 */
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === "EPERM";
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
            const now = (await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)(edit.path)) ?? null;
            const same = now === null ? edit.before === null : edit.before !== null && now.equals(edit.before);
            if (!same) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${edit.displayPath} changed while specpipe was working on it`, {
                    file: edit.displayPath,
                    hint: "run again; nothing was written",
                    code: "plan.concurrent-change",
                });
            }
            temps.push({ tmp: await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTemp */ .UG)(edit.path, edit.after), target: edit.path });
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
/* harmony export */   Kr: () => (/* binding */ legalTransitions),
/* harmony export */   LZ: () => (/* binding */ serializeBeacon),
/* harmony export */   N5: () => (/* binding */ validateBeacon),
/* harmony export */   PI: () => (/* binding */ initialBeacon),
/* harmony export */   Q: () => (/* binding */ abortTransition),
/* harmony export */   Zq: () => (/* binding */ beaconDigest),
/* harmony export */   ku: () => (/* binding */ lastValue),
/* harmony export */   lz: () => (/* binding */ nextTransition),
/* harmony export */   sB: () => (/* binding */ sealBeacon)
/* harmony export */ });
/* unused harmony exports BEACON_VERSION, stepTitle */
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
    /** The CI run that made the advance (absent in beacons written before ADR 0035). */
    run: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
        id: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._regex */ .Fk(/^\d{1,20}$/)),
        attempt: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(1)),
        workflow: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    })),
    /** The report files the exit conditions read, with their SHA-256 (committed or attached to the run). */
    evidence: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ condition: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), file: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), sha256: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }))),
    /** Why the step was aborted (an abort: back to an earlier step with a recorded reason). */
    reason: zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
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
        history: body.history.map(orderedEntry),
    });
    return "sha256:" + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(canonical).digest("hex");
}
/** A history entry with its keys in the one order we write (optional keys only when present, so older digests hold). */
function orderedEntry(h) {
    const out = {
        from: h.from,
        to: h.to,
        at: h.at,
        commit: h.commit,
        iteration: h.iteration,
        playbook: h.playbook,
        values: sortKeys(h.values),
    };
    if (h.run)
        out.run = { id: h.run.id, attempt: h.run.attempt, ...(h.run.workflow !== undefined ? { workflow: h.run.workflow } : {}) };
    if (h.evidence)
        out.evidence = h.evidence.map((e) => ({ condition: e.condition, file: e.file, sha256: e.sha256 }));
    if (h.reason !== undefined)
        out.reason = h.reason;
    return out;
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
        history: beacon.history.map(orderedEntry),
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
/**
 * Aborting a step (its `abort: { to }`, e.g. B4 back to B1: "refinement failed, the plan has to
 * change"): back to the earlier step, as a new iteration, whatever the exit conditions say.
 */
function abortTransition(step, iteration) {
    if (!step.abort)
        return undefined;
    return { from: step.id, to: step.abort.to, iteration: iteration + 1, looped: true, aborted: true };
}
/** All transitions that may follow `step` (for validating a history). */
function legalTransitions(pb, step, iteration) {
    const out = [nextTransition(pb, step, iteration, true)];
    if (step.loop)
        out.push(nextTransition(pb, step, iteration, false));
    const abort = abortTransition(step, iteration);
    if (abort)
        out.push(abort);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1315);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3680);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2600);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3230);






class PlaybookError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError {
    issues;
    constructor(file, issues) {
        const first = issues[0];
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
        super(`${first.message}${more}`, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
        this.issues = issues;
    }
}
const DEFAULT_PLAYBOOK = _defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAYBOOK_DEFAULTS */ .DZ.playbook;
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
    isSeq = yaml.isSeq;
    isMap = yaml.isMap;
    const { doc, lc, data } = await (0,_yaml_js__WEBPACK_IMPORTED_MODULE_5__.parseYaml)(text, file, (issues) => fail(issues, file));
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
            if (step.abort)
                flat.abort = { to: step.abort.to };
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
    playbook.phases.forEach((phase, pi) => phase.steps.forEach((step, si) => {
        if (!step.abort)
            return;
        const target = byId.get(step.abort.to);
        const self = byId.get(step.id);
        if (!target)
            issues.push({
                message: `phases[${pi}].steps[${si}].abort.to: no step has the id "${step.abort.to}"`,
                hint: `use one of: ${[...byId.keys()].join(", ")}`,
                ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
                code: "playbook.abort-unknown-step",
            });
        else if (target.order > self.order)
            issues.push({
                message: `phases[${pi}].steps[${si}].abort.to: an abort goes back, but ${step.abort.to} comes after ${step.id}`,
                hint: "abort to an earlier step (or the same one)",
                ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
                code: "playbook.abort-forward",
            });
    }));
    const loopFrom = new Set();
    playbook.loops.forEach((loop, li) => {
        const base = ["loops", li];
        const from = byId.get(loop.from);
        const to = byId.get(loop.to);
        for (const end of ["from", "to"])
            if (!byId.has(loop[end]))
                issues.push({
                    message: `loops[${li}].${end}: no step has the id "${loop[end]}"`,
                    hint: `use one of: ${[...byId.keys()].join(", ")}`,
                    ...pos(doc, lc, [...base, end]),
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
    const specDeclared = Object.prototype.hasOwnProperty.call(data, "spec");
    return { file, playbook, steps, byId, hash, specDeclared };
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
    const { insideWorkspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3680));
    const at = await insideWorkspace(root, file, { what: "the playbook", noSymlink: true });
    const bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.readRegularFile)(at.abs, at.rel, _yaml_js__WEBPACK_IMPORTED_MODULE_5__.MAX_YAML_BYTES);
    if (bytes === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`${file} does not exist`, {
            file,
            hint: "create one with `specpipe init` (or set the playbook input to its path)",
            code: "playbook.missing",
        });
    }
    return parsePlaybook((0,_text_document_js__WEBPACK_IMPORTED_MODULE_4__.decodeUtf8)(bytes, at.rel), at.rel);
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

/***/ 3230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_YAML_BYTES: () => (/* binding */ MAX_YAML_BYTES),
/* harmony export */   parseYaml: () => (/* binding */ parseYaml),
/* harmony export */   yamlIssueError: () => (/* binding */ yamlIssueError)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_COUNT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * YAML from a user's repository, parsed defensively. playbook.yml may be written by anyone who can
 * open a pull request, so:
 * - aliases are capped (`maxAliasCount`): a "billion laughs" document of nested aliases would
 *   otherwise expand to gigabytes in toJS();
 * - every problem the parser reports, and the alias cap itself, is a UserError at file:line:column,
 *   never a stack trace.
 * The text must already be decoded strictly (decodeUtf8), so invalid UTF-8 is refused before this.
 */
const MAX_ALIAS_COUNT = 100;
/** playbook.yml is a page of text; a file larger than this is not one. */
const MAX_YAML_BYTES = 1024 * 1024;
/** Parse `text`; `onIssues` receives the parser's problems (it must throw). */
async function parseYaml(text, file, onIssues) {
    const { parseDocument, LineCounter } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lc = new LineCounter();
    const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
        lineCounter: lc,
        prettyErrors: false,
        uniqueKeys: true,
    });
    if (doc.errors.length) {
        onIssues(doc.errors.map((e) => {
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
        }));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (cause) {
        // yaml throws a ReferenceError for the alias cap (and for an alias to nothing).
        const message = cause.message.split("\n")[0];
        const excessive = /alias count/i.test(message);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(excessive
            ? `${file} expands its aliases more than ${MAX_ALIAS_COUNT} times (a YAML alias bomb?)`
            : `${file} is not valid YAML: ${message}`, {
            file,
            hint: excessive
                ? "write the values out instead of nesting aliases (*name) of aliases"
                : "correct the anchor (&name) or alias (*name) it names",
            code: excessive ? "playbook.yaml-aliases" : "playbook.yaml-syntax",
            cause,
        });
    }
    return { doc, lc, data };
}
/** One problem as a UserError (for callers that do not collect issues). */
function yamlIssueError(file, issues) {
    const first = issues[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(first.message, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
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
/**
 * The repository-relative files the spec consists of, sorted, and the paths that match nothing
 * (literal paths that do not exist, globs without a match). Patterns are checked by
 * spec/paths.ts's checkSpecPattern first (no absolute path, no '..'); symlinks are not followed.
 */
async function listSpecFiles(root, paths = DEFAULT_SPEC_PATHS) {
    const found = new Set();
    const missing = [];
    const { checkSpecPattern } = await __webpack_require__.e(/* import() */ 4649).then(__webpack_require__.bind(__webpack_require__, 4649));
    for (const raw of paths) {
        const rel = checkSpecPattern(raw, "spec path");
        if (isGlob(rel)) {
            const { globFiles } = await __webpack_require__.e(/* import() */ 5583).then(__webpack_require__.bind(__webpack_require__, 5583));
            const matched = await globFiles(root, rel);
            if (matched.length === 0)
                missing.push(raw);
            for (const f of matched)
                found.add(f);
        }
        else {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel)).catch(() => undefined);
            if (st?.isFile() || st?.isSymbolicLink())
                found.add(rel);
            else
                missing.push(raw);
        }
    }
    return { files: [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))), missing };
}
/**
 * The hash of the spec in a work tree. Files are read without following symlinks (a spec that is
 * a link to /proc/self/environ would hash, and print, the job's secrets); `missing` lists the
 * paths that matched nothing (callers that require the spec turn it into missingSpecError).
 */
async function computeSpecHash(options) {
    const { files, missing } = await listSpecFiles(options.root, options.paths && options.paths.length ? options.paths : DEFAULT_SPEC_PATHS);
    const { insideWorkspace, readRegularFile } = await __webpack_require__.e(/* import() */ 3680).then(__webpack_require__.bind(__webpack_require__, 3680));
    const contents = await Promise.all(files.map(async (f) => {
        const at = await insideWorkspace(options.root, f, { what: "spec file", noSymlink: true });
        return { path: f, content: (await readRegularFile(at.abs, f)) ?? Buffer.alloc(0) };
    }));
    return { ...hashSpecContents(contents), files, missing };
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   decodeText: () => (/* binding */ decodeText),
/* harmony export */   decodeUtf8: () => (/* binding */ decodeUtf8),
/* harmony export */   eD: () => (/* binding */ detectEol),
/* harmony export */   encodeText: () => (/* binding */ encodeText),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
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
