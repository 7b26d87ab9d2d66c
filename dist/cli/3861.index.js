export const id = 3861;
export const ids = [3861,330,1346,3680,2600,9357,1439];
export const modules = {

/***/ 1346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ADR_NAME: () => (/* binding */ ADR_NAME),
/* harmony export */   DEFAULT_ADR_DIR: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_1__.WS),
/* harmony export */   adrLinks: () => (/* binding */ adrLinks),
/* harmony export */   adrNumber: () => (/* binding */ adrNumber),
/* harmony export */   checkAdrs: () => (/* binding */ checkAdrs),
/* harmony export */   formatNumber: () => (/* binding */ formatNumber),
/* harmony export */   hasReason: () => (/* binding */ hasReason),
/* harmony export */   nextAdrNumber: () => (/* binding */ nextAdrNumber),
/* harmony export */   renderAdr: () => (/* binding */ renderAdr),
/* harmony export */   slugify: () => (/* binding */ slugify),
/* harmony export */   supersededBySplice: () => (/* binding */ supersededBySplice)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1315);


/**
 * Architectural decision records: `docs/adr/NNNN-title.md`. Numbers are four digits,
 * sequential from 0001 (or 0000), with no gaps or duplicates; "Supersedes" / "Superseded by"
 * lines point at ADRs that exist.
 */

const ADR_NAME = /^(\d{4})-([^/]+)\.md$/;
function adrNumber(name) {
    const m = ADR_NAME.exec(name);
    return m ? Number(m[1]) : undefined;
}
function slugify(title) {
    const slug = title
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
    if (slug.length <= 60)
        return slug || "decision";
    // Cut at the last whole word that fits, so a file name never ends in half a word.
    const cut = slug.slice(0, 61);
    const at = cut.lastIndexOf("-");
    return (at > 0 ? cut.slice(0, at) : slug.slice(0, 60)).replace(/-+$/, "") || "decision";
}
function formatNumber(n) {
    return String(n).padStart(4, "0");
}
/** The next free number: one more than the highest (0001 for an empty folder). */
function nextAdrNumber(names) {
    let max = 0;
    for (const n of names) {
        const num = adrNumber(n);
        if (num !== undefined && num > max)
            max = num;
    }
    return max + 1;
}
const LINK_LINE = /^[\s>*_-]*(?:\*\*|__)?\s*(supersedes|superseded[ -]by)\b(.*)$/i;
/** The Supersedes / Superseded-by references of one ADR. */
function adrLinks(content, names) {
    const links = [];
    const lines = content.split(/\r?\n/);
    lines.forEach((text, i) => {
        const m = LINK_LINE.exec(text);
        if (!m)
            return;
        const kind = /supersedes/i.test(m[1]) ? "supersedes" : "superseded-by";
        const rest = m[2];
        const seen = new Set();
        for (const lm of rest.matchAll(/\]\(([^)\s]+)\)/g)) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(decodeURIComponent(lm[1].split("#")[0]));
            seen.add(target);
            links.push({ kind, target: names.includes(target) ? target : undefined, text: lm[1], line: i + 1 });
        }
        const withoutLinks = rest.replace(/\]\([^)]*\)/g, "]");
        for (const nm of withoutLinks.matchAll(/\bADR[- #]?(\d{1,4})\b|(?<![\d.-])(\d{4})(?![\d.-])/gi)) {
            const num = Number(nm[1] ?? nm[2]);
            const found = names.find((n) => adrNumber(n) === num);
            if (found && seen.has(found))
                continue;
            links.push({ kind, target: found, text: nm[0], line: i + 1 });
        }
    });
    return links;
}
/** Every rule about the ADR folder as a whole. */
function checkAdrs(files, dir = _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ADR_DIR */ .WS) {
    const problems = [];
    const names = files.map((f) => f.name);
    const byNumber = new Map();
    for (const f of files) {
        if (!f.name.endsWith(".md"))
            continue;
        const num = adrNumber(f.name);
        if (num === undefined) {
            if (/^\d+-/.test(f.name)) {
                problems.push({
                    code: "adr-name",
                    severity: "error",
                    message: `${f.name} is not named NNNN-title.md (four digits)`,
                    hint: `rename it to ${formatNumber(Number(/^\d+/.exec(f.name)[0]))}-${f.name.replace(/^\d+-/, "")}`,
                    file: `${dir}/${f.name}`,
                });
            }
            continue;
        }
        byNumber.set(num, [...(byNumber.get(num) ?? []), f.name]);
    }
    const numbers = [...byNumber.keys()].sort((a, b) => a - b);
    for (const num of numbers) {
        const list = byNumber.get(num);
        if (list.length > 1) {
            problems.push({
                code: "adr-duplicate",
                severity: "error",
                message: `ADR number ${formatNumber(num)} is used by ${list.join(" and ")}`,
                hint: `renumber ${list.slice(1).join(", ")} to the next free number, ${formatNumber(numbers[numbers.length - 1] + 1)}`,
                file: `${dir}/${list[1]}`,
            });
        }
    }
    if (numbers.length) {
        const start = numbers[0] === 0 ? 0 : 1;
        let expected = start;
        for (const num of numbers) {
            if (num > expected) {
                const missing = expected === num - 1 ? formatNumber(expected) : `${formatNumber(expected)}–${formatNumber(num - 1)}`;
                problems.push({
                    code: "adr-gap",
                    severity: "error",
                    message: `ADR numbers skip ${missing} before ${byNumber.get(num)[0]}`,
                    hint: `renumber ${byNumber.get(num)[0]} to ${formatNumber(expected)} (numbers are sequential; a withdrawn decision keeps its file with Status: Rejected)`,
                    file: `${dir}/${byNumber.get(num)[0]}`,
                });
            }
            expected = num + 1;
        }
    }
    for (const f of files) {
        if (adrNumber(f.name) === undefined)
            continue;
        for (const link of adrLinks(f.content, names)) {
            if (link.target)
                continue;
            problems.push({
                code: "adr-link",
                severity: "error",
                message: `${f.name}: "${link.kind === "supersedes" ? "Supersedes" : "Superseded by"} ${link.text}" points at no ADR in ${dir}`,
                hint: `point the link at an existing ADR file in ${dir}`,
                file: `${dir}/${f.name}`,
                line: link.line,
            });
        }
    }
    return problems;
}
/**
 * The ADR text written by `specpipe adr new` and `specpipe amend`, in the house format of
 * docs/adr/0001 (title "# N. Title", Date, then Status, Context, Decision, Consequences sections).
 */
function renderAdr(t) {
    const status = [t.status ?? "Proposed"];
    if (t.supersedes)
        status.push("", `Supersedes: [${t.supersedes.replace(/\.md$/, "")}](${t.supersedes})`);
    const context = [t.context ?? "What is the issue that we are seeing that is motivating this decision or change?"];
    if (t.specHashBefore !== undefined || t.specHashAfter !== undefined) {
        context.push("", `Spec-Hash-Before: ${t.specHashBefore ?? "none"}`, `Spec-Hash-After: ${t.specHashAfter ?? "none"}`);
    }
    return [
        `# ${t.number}. ${t.title}`,
        "",
        `Date: ${t.date ?? new Date().toISOString().slice(0, 10)}`,
        "",
        "## Status",
        "",
        ...status,
        "",
        "## Context",
        "",
        ...context,
        "",
        "## Decision",
        "",
        t.decision ?? "What is the change that we are proposing and/or doing?",
        "",
        "## Consequences",
        "",
        t.consequences ?? "What becomes easier or more difficult to do because of this change?",
        "",
    ].join("\n");
}
/**
 * Where to splice a "Superseded by" line into an ADR: after the Status section's first line
 * ("## Status" heading form), after a "Status:" line (list form), else after the title.
 * Returns the offset and the text to insert (using the document's line ending).
 */
function supersededBySplice(text, newName, eol = "\n") {
    const link = `Superseded by: [${newName.replace(/\.md$/, "")}](${newName})`;
    const heading = /^#{1,6}[ \t]+Status[ \t]*\r?$/im.exec(text);
    if (heading) {
        const rest = text.slice(heading.index + heading[0].length);
        const first = /^[ \t]*\S.*?(?=\r?$)/m.exec(rest);
        if (first && !/^\s*#/.test(first[0])) {
            const at = heading.index + heading[0].length + first.index + first[0].length;
            return { at, insert: `${eol}${eol}${link}` };
        }
    }
    const line = /^([ \t]*[-*][ \t]*)?\**Status\**:.*?(?=\r?$)/im.exec(text);
    if (line)
        return { at: line.index + line[0].length, insert: `${eol}${line[1] ?? ""}${link}` };
    const title = /^#.*?(?=\r?$)/m.exec(text);
    if (title)
        return { at: title.index + title[0].length, insert: `${eol}${eol}${link}` };
    return { at: 0, insert: `${link}${eol}${eol}` };
}
/** True when the ADR has a Context (or Reason) section with some text in it. */
function hasReason(content) {
    const m = /^#{1,6}\s*(context|reason)\b.*$/im.exec(content);
    if (!m)
        return false;
    const rest = content.slice(m.index + m[0].length);
    const next = /^#{1,6}\s/m.exec(rest);
    return (next ? rest.slice(0, next.index) : rest).trim().length > 0;
}


/***/ }),

/***/ 9102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ messageBody),
/* harmony export */   aw: () => (/* binding */ parseTrailers),
/* harmony export */   di: () => (/* binding */ trailerValue)
/* harmony export */ });
/* unused harmony exports findSeparator, findTrailerBlock */
const GIT_GENERATED = ["Signed-off-by: ", "(cherry picked from commit "];
const SCISSORS = "------------------------ >8 ------------------------";
function isSpace(ch) {
    return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\v" || ch === "\f";
}
function isBlank(line) {
    for (let i = 0; i < line.length; i++)
        if (!isSpace(line[i]))
            return false;
    return true;
}
function isAlnum(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** git's find_separator: index of ':' after a token, or -1. */
function findSeparator(line, separators = ":") {
    let whitespaceFound = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (separators.includes(ch))
            return i;
        if (!whitespaceFound && (isAlnum(line.charCodeAt(i)) || ch === "-"))
            continue;
        if (i !== 0 && (ch === " " || ch === "\t")) {
            whitespaceFound = true;
            continue;
        }
        break;
    }
    return -1;
}
function splitLines(message, end) {
    const lines = [];
    let pos = 0;
    while (pos < end) {
        const nl = message.indexOf("\n", pos);
        const stop = nl === -1 || nl >= end ? end : nl;
        lines.push({ text: message.slice(pos, stop), start: pos });
        pos = stop + 1;
    }
    return lines;
}
const scissorsRes = new Map();
/** Where the message proper ends: at the scissors line, if any. */
function messageEnd(message, commentChar) {
    if (!message.includes(SCISSORS))
        return message.length;
    let re = scissorsRes.get(commentChar);
    if (!re) {
        re = new RegExp(`^${commentChar.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ${SCISSORS}$`, "m");
        scissorsRes.set(commentChar, re);
    }
    const m = re.exec(message);
    return m ? m.index : message.length;
}
function findTrailerBlock(message, options = {}) {
    const commentChar = options.commentChar ?? "#";
    const end = messageEnd(message, commentChar);
    const lines = splitLines(message, end);
    const none = { trailers: [], start: message.length, end: message.length };
    // The first paragraph is the title and cannot be trailers.
    let titleEnd = lines.length;
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].text.startsWith(commentChar))
            continue;
        if (isBlank(lines[i].text)) {
            titleEnd = i;
            break;
        }
    }
    let onlySpaces = true;
    let recognizedPrefix = false;
    let trailerLines = 0;
    let nonTrailerLines = 0;
    let possibleContinuation = 0;
    let blockStart = -1;
    let blockEndLine = lines.length;
    for (let i = lines.length - 1; i >= titleEnd; i--) {
        const text = lines[i].text;
        if (text.startsWith(commentChar)) {
            nonTrailerLines += possibleContinuation;
            possibleContinuation = 0;
            continue;
        }
        if (isBlank(text)) {
            if (onlySpaces) {
                blockEndLine = i;
                continue;
            }
            nonTrailerLines += possibleContinuation;
            if ((recognizedPrefix && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines === 0))
                blockStart = i + 1;
            break;
        }
        onlySpaces = false;
        if (GIT_GENERATED.some((p) => text.startsWith(p))) {
            trailerLines++;
            possibleContinuation = 0;
            recognizedPrefix = true;
            continue;
        }
        const sep = findSeparator(text);
        if (sep >= 1 && !isSpace(text[0])) {
            trailerLines++;
            possibleContinuation = 0;
        }
        else if (isSpace(text[0])) {
            possibleContinuation++;
        }
        else {
            nonTrailerLines++;
            nonTrailerLines += possibleContinuation;
            possibleContinuation = 0;
        }
    }
    if (blockStart < 0)
        return none;
    const trailers = [];
    let current;
    const flush = () => {
        if (current)
            trailers.push({ key: current.key, value: current.value });
        current = undefined;
    };
    for (let i = blockStart; i < blockEndLine; i++) {
        const text = lines[i].text;
        if (text.startsWith(commentChar)) {
            // A comment line ends the trailer before it: a continuation after it continues nothing.
            flush();
            continue;
        }
        if (current && isSpace(text[0]) && !isBlank(text)) {
            current.value += "\n" + text;
            continue;
        }
        flush();
        const sep = findSeparator(text);
        if (sep >= 1)
            current = { key: text.slice(0, sep).trim(), value: text.slice(sep + 1).replace(/^[ \t\r\n\v\f]+/, "") };
    }
    flush();
    // git's unfold_value: a newline and the whitespace after it become one space; then trim.
    for (const t of trailers)
        t.value = t.value.replace(/\n[ \t\r\n\v\f]*/g, " ").replace(/^[ \t\r\n\v\f]+|[ \t\r\n\v\f]+$/g, "");
    const last = lines[blockEndLine - 1];
    return { trailers, start: lines[blockStart].start, end: last ? last.start + last.text.length : message.length };
}
/** The trailers of a commit message, in order (git's rules; see above). */
function parseTrailers(message, options = {}) {
    return findTrailerBlock(message, options).trailers;
}
/** The value of the last trailer with this key (keys compare case-insensitively, as git does). */
function trailerValue(trailers, key) {
    const k = key.toLowerCase();
    let found;
    for (const t of trailers)
        if (t.key.length === k.length && t.key.toLowerCase() === k)
            found = t.value;
    return found;
}
/**
 * The body: the message without its header line and without the trailer block, comment lines
 * dropped, trimmed. Empty when the commit gives no reasoning.
 */
function messageBody(message, options = {}) {
    const commentChar = options.commentChar ?? "#";
    const block = findTrailerBlock(message, options);
    const text = message.slice(0, Math.min(block.start, messageEnd(message, commentChar)));
    const lines = text
        .replace(/^[\r\n]+/, "")
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => !l.startsWith(commentChar));
    return lines.join("\n").trim();
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

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   GitError: () => (/* binding */ GitError),
/* harmony export */   gitUserError: () => (/* binding */ gitUserError),
/* harmony export */   isNonFastForward: () => (/* binding */ isNonFastForward),
/* harmony export */   isolatedGitEnv: () => (/* binding */ isolatedGitEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7332);


/**
 * A typed wrapper over the `git` executable. Arguments are always arrays; nothing goes through
 * a shell, so spec text, branch names and commit messages cannot be interpreted as commands.
 *
 * Credentials: `withAuth` passes a token to one git invocation through `-c http.extraHeader`
 * in the *environment* (GIT_CONFIG_COUNT/KEY/VALUE), so it never appears in a command line
 * (visible in `ps`), in a remote URL, or in `.git/config`. When git's configuration already sends
 * an Authorization header (actions/checkout persists its token as `http.<server>/.extraheader`,
 * the default), ours is left out: git would send both and GitHub refuses a request with two
 * (`Duplicate header: "Authorization"`). The checkout's credential then wins; to push with
 * another token, check out with `persist-credentials: false`.
 */
class GitError extends Error {
    args;
    code;
    stderr;
    stdout;
    constructor(args, code, stderr, stdout) {
        super(`git ${args.join(" ")} failed (exit ${code}): ${stderr.trim() || stdout.trim()}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.stdout = stdout;
        this.name = "GitError";
    }
}
class Git {
    cwd;
    env;
    executable;
    auth;
    persisted;
    constructor(options) {
        this.cwd = options.cwd;
        this.executable = options.executable ?? "git";
        this.env = {
            ...process.env,
            ...options.env,
            // Never prompt: a prompt in CI hangs the job until its timeout.
            GIT_TERMINAL_PROMPT: "0",
            // Deterministic output regardless of the runner's locale.
            LC_ALL: "C",
        };
    }
    /** A Git for another directory with the same environment and credentials. */
    at(cwd) {
        const g = new Git({ cwd, env: this.env, executable: this.executable });
        g.auth = this.auth;
        return g;
    }
    /** A Git with these variables added to its environment (a second index: GIT_INDEX_FILE). */
    withEnv(extra) {
        const g = new Git({ cwd: this.cwd, env: { ...this.env, ...extra }, executable: this.executable });
        g.auth = this.auth;
        return g;
    }
    /** Use this token for network operations (fetch, push, clone) of this instance. */
    withAuth(auth) {
        const g = this.at(this.cwd);
        g.auth = auth;
        return g;
    }
    /**
     * True when git's configuration (any scope, includes followed, GIT_CONFIG_* variables too) holds
     * an Authorization extraheader: what actions/checkout leaves with persist-credentials. Asked
     * once per instance, at its first network call, so a Git that never fetches never asks.
     */
    hasPersistedCredential() {
        this.persisted ??= this.raw(["config", "--get-regexp", "^http\\..*extraheader$"]).then((r) => r.code === 0 && /^\S+ authorization\s*:/im.test(r.stdout.toString("utf8")));
        return this.persisted;
    }
    async envFor(network) {
        if (!network || !this.auth)
            return this.env;
        if (await this.hasPersistedCredential())
            return this.env;
        const basic = Buffer.from(`x-access-token:${this.auth.token}`).toString("base64");
        const key = this.auth.urlPrefix ? `http.${this.auth.urlPrefix}.extraheader` : "http.extraheader";
        // GIT_CONFIG_COUNT configuration lives only in this process's environment.
        const base = Number(this.env.GIT_CONFIG_COUNT ?? 0);
        return {
            ...this.env,
            GIT_CONFIG_COUNT: String(base + 1),
            [`GIT_CONFIG_KEY_${base}`]: key,
            [`GIT_CONFIG_VALUE_${base}`]: `AUTHORIZATION: basic ${basic}`,
        };
    }
    /** Run git; resolve with the raw result whatever the exit code. */
    async raw(args, options = {}) {
        return (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R)(this.executable, args, {
            cwd: options.cwd ?? this.cwd,
            env: await this.envFor(options.network ?? false),
            input: options.input,
        });
    }
    /** Run git; throw GitError on a non-zero exit; return stdout as text. */
    async run(args, options = {}) {
        const r = await this.raw(args, options);
        if (r.code !== 0)
            throw new GitError(args, r.code, this.redact(r.stderr.toString("utf8")), this.redact(r.stdout.toString("utf8")));
        return r.stdout.toString("utf8");
    }
    /** Same as run, but returns stdout as a Buffer (for file contents). */
    async runBuffer(args, options = {}) {
        const r = await this.raw(args, options);
        if (r.code !== 0)
            throw new GitError(args, r.code, r.stderr.toString("utf8"), "");
        return r.stdout;
    }
    redact(text) {
        if (!this.auth?.token)
            return text;
        return text.split(this.auth.token).join("***");
    }
    // ---- common operations -------------------------------------------------------------
    async isRepository() {
        const r = await this.raw(["rev-parse", "--is-inside-work-tree"]);
        return r.code === 0 && r.stdout.toString().trim() === "true";
    }
    async topLevel() {
        return (await this.run(["rev-parse", "--show-toplevel"])).trim();
    }
    async head() {
        return (await this.run(["rev-parse", "HEAD"])).trim();
    }
    async currentBranch() {
        const r = await this.raw(["symbolic-ref", "--quiet", "--short", "HEAD"]);
        return r.code === 0 ? r.stdout.toString().trim() : undefined;
    }
    /** The commit `rev` names, or undefined. `rev` goes after --end-of-options: it is never an option. */
    async revParse(rev) {
        const r = await this.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
        return r.code === 0 ? r.stdout.toString().trim() : undefined;
    }
    /** Paths changed in the work tree and index (porcelain v1, NUL-separated). */
    async status(paths = []) {
        const out = await this.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...paths]);
        const entries = [];
        const parts = out.split("\0");
        for (let i = 0; i < parts.length; i++) {
            const p = parts[i];
            if (!p)
                continue;
            const code = p.slice(0, 2);
            entries.push({ code, path: p.slice(3) });
            // Renames and copies carry the source path in the next field.
            if (code[0] === "R" || code[0] === "C")
                i++;
        }
        return entries;
    }
    async add(paths) {
        await this.run(["add", "--", ...paths]);
    }
    /** Commit with the message given on stdin (no shell quoting issues, any length). */
    async commit(message, options = {}) {
        const args = ["commit", "--quiet", "--file=-"];
        if (options.allowEmpty)
            args.push("--allow-empty");
        if (options.author)
            args.push(`--author=${options.author}`);
        if (options.paths)
            args.push("--", ...options.paths);
        await this.run(args, { input: message });
        return this.head();
    }
    async fetch(remote, refspecs = [], extra = []) {
        await this.run(["fetch", "--quiet", ...extra, remote, ...refspecs], { network: true });
    }
    async push(remote, refspecs, extra = []) {
        return this.raw(["push", "--porcelain", ...extra, remote, ...refspecs], { network: true });
    }
    async isShallow() {
        return (await this.run(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    }
    async objectFormat() {
        const r = await this.raw(["rev-parse", "--show-object-format"]);
        return r.stdout.toString().trim() === "sha256" ? "sha256" : "sha1";
    }
    async configGet(key) {
        const r = await this.raw(["config", "--get", key]);
        return r.code === 0 ? r.stdout.toString().trim() : undefined;
    }
}
/** True when a push was refused because the remote moved on (fetch, rebase, try again). */
function isNonFastForward(result) {
    const text = result.stdout.toString() + result.stderr.toString();
    return /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|failed to update ref|cannot lock ref/i.test(text);
}
/**
 * Git failures a user fixes, not bugs: the adapters (action kit, CLI) turn them into a UserError
 * with the fix instead of reporting "internal error". Anything else stays a bug.
 */
function gitUserError(error) {
    if (!(error instanceof GitError))
        return undefined;
    const text = `${error.stderr}\n${error.stdout}`;
    if (/not a git repository/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("the working directory is not a git repository", {
            hint: "check out the repository first (actions/checkout; fetch-depth: 0 for actions that read history), or point working-directory at it",
            code: "git.not-a-repository",
            cause: error,
        });
    }
    if (/dubious ownership/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("git refuses the repository: it is owned by another user", {
            hint: "run `git config --global --add safe.directory <path>` before this step, or check out as the same user",
            code: "git.dubious-ownership",
            cause: error,
        });
    }
    if (/could not resolve host|unable to access|connection refused|could not read from remote repository|does not appear to be a git repository|repository .* not found|failed to connect/i.test(text)) {
        const first = error.stderr
            .trim()
            .split("\n")
            .find((l) => /fatal|error/i.test(l)) ?? error.stderr.trim().split("\n")[0];
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`git could not reach the remote (git ${error.args
            .filter((a) => !a.startsWith("-"))
            .slice(0, 2)
            .join(" ")}): ${first}`, {
            hint: "check the remote's URL (git remote -v), the network, and that the token may read the repository; then run the step again",
            code: "git.remote-unreachable",
            cause: error,
        });
    }
    if (/unknown revision|bad revision|bad object|invalid object name/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`git does not have a commit this step needs (git ${error.args.slice(0, 2).join(" ")}): ${error.stderr.trim().split("\n")[0]}`, {
            hint: "check out with `fetch-depth: 0` so the whole history is there, or pass existing commits",
            code: "git.missing-commit",
            cause: error,
        });
    }
    return undefined;
}
/**
 * The environment for git commands that must run nothing an untrusted process could have written
 * (speckit-run's commands after the agent ran, ADR 0031): the git dir and work tree are given
 * explicitly (no discovery, so a `.git` the agent planted in the work tree is never read), no global
 * or system config (`~/.gitconfig`, `/etc/gitconfig`), and on the command line no hooks, no
 * credential helper and no fsmonitor. The caller's own `GIT_CONFIG_COUNT` entries are kept (they
 * come from the workflow, not from the agent); ours are appended after them, so they win.
 */
function isolatedGitEnv(parent, dirs = {}) {
    const env = { ...parent };
    for (const name of [
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_ASKPASS",
        "SSH_ASKPASS",
        "GIT_SSH",
        "GIT_SSH_COMMAND",
        "GIT_EXTERNAL_DIFF",
    ])
        delete env[name];
    if (dirs.gitDir)
        env.GIT_DIR = dirs.gitDir;
    if (dirs.workTree)
        env.GIT_WORK_TREE = dirs.workTree;
    env.GIT_CONFIG_GLOBAL = "/dev/null";
    env.GIT_CONFIG_SYSTEM = "/dev/null";
    env.GIT_CONFIG_NOSYSTEM = "1";
    const settings = [
        ["core.hooksPath", "/dev/null"],
        ["credential.helper", ""],
        ["core.fsmonitor", "false"],
        ["core.askPass", ""],
    ];
    let n = Number(env.GIT_CONFIG_COUNT ?? 0);
    if (!Number.isInteger(n) || n < 0)
        n = 0;
    for (const [key, value] of settings) {
        env[`GIT_CONFIG_KEY_${n}`] = key;
        env[`GIT_CONFIG_VALUE_${n}`] = value;
        n++;
    }
    env.GIT_CONFIG_COUNT = String(n);
    return env;
}


/***/ }),

/***/ 8842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   harvest: () => (/* binding */ harvest),
/* harmony export */   toChat: () => (/* binding */ toChat)
/* harmony export */ });
/* unused harmony export CHAT_SYSTEM_PROMPT */
/* harmony import */ var _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1346);
/* harmony import */ var _commits_catfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4126);
/* harmony import */ var _commits_header_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9391);
/* harmony import */ var _commits_range_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6805);
/* harmony import */ var _commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9102);
/* harmony import */ var _playbook_beacon_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(645);
/* harmony import */ var _playbook_test_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5139);
/* harmony import */ var _spec_hash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9357);
/* harmony import */ var _spec_history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1485);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2600);










/** The ADRs at `at` that record an amendment (Spec-Hash-Before/After lines), keyed "before→after". */
async function amendmentAdrs(cat, at, adrDir) {
    const out = new Map();
    const entries = await cat.readTree(`${at}:${adrDir}`);
    for (const e of entries ?? []) {
        if (e.type !== "blob" || (0,_adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.adrNumber)(e.name) === undefined)
            continue;
        const obj = await cat.read(e.oid);
        if (!obj)
            continue;
        const text = obj.content.toString("utf8");
        const after = /^Spec-Hash-After:\s*([0-9a-f]{12,64}|none)\s*$/im.exec(text)?.[1];
        if (!after || after === "none")
            continue;
        const before = /^Spec-Hash-Before:\s*([0-9a-f]{12,64}|none)\s*$/im.exec(text)?.[1];
        const ctx = /^#{1,6}\s*(?:context|reason)\b.*$/im.exec(text);
        let reason = "";
        if (ctx) {
            const rest = text.slice(ctx.index + ctx[0].length);
            const next = /^#{1,6}\s/m.exec(rest);
            reason = (next ? rest.slice(0, next.index) : rest).replace(/^Spec-Hash-(?:Before|After):.*$/gim, "").trim();
        }
        const key = `${before && before !== "none" ? before.slice(0, 12) : "none"}→${after.slice(0, 12)}`;
        out.set(key, { path: `${adrDir}/${e.name}`, before: before ?? null, after, reason });
    }
    return out;
}
/** The gate's evidence at `at`: each history entry of the beacon, by the commit it evaluated. */
async function gateEvidence(cat, at, beaconFile) {
    const out = new Map();
    const obj = await cat.read(`${at}:${beaconFile}`);
    if (obj?.type !== "blob")
        return out;
    let history;
    try {
        history = (0,_playbook_beacon_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBeacon */ .Iv)((0,_text_document_js__WEBPACK_IMPORTED_MODULE_8__.decodeUtf8)(obj.content, beaconFile), beaconFile).history;
    }
    catch {
        return out; // a broken beacon is playbook check's to report, not harvest's
    }
    for (const h of history) {
        if (!h.commit || h.reason !== undefined)
            continue;
        let passed = 0;
        let total = 0;
        for (const [k, v] of Object.entries(h.values)) {
            if (k.endsWith(".passed"))
                passed += v;
            if (k.endsWith(".total"))
                total += v;
        }
        out.set(h.commit, {
            source: "gate",
            passed,
            total,
            step: h.from,
            ...(h.run ? { run: h.run } : {}),
            ...(h.evidence ? { evidence: h.evidence } : {}),
        });
    }
    return out;
}
function junitTests(reports) {
    const t = { source: "junit", passed: 0, total: 0, failed: 0, skipped: 0, failures: [] };
    for (const r of reports) {
        t.passed += r.passed;
        t.total += r.total;
        t.failed += r.failed;
        t.skipped += r.skipped;
        for (const k of r.cases) {
            if (k.status !== "failed" || t.failures.length >= 50)
                continue;
            const file = (0,_playbook_test_files_js__WEBPACK_IMPORTED_MODULE_9__/* .testFileCandidates */ .l)(k).find((f) => /\.\w+$/.test(f) && f.includes("/")) ?? k.file ?? null;
            t.failures.push({ name: k.name, classname: k.classname, file });
        }
    }
    return t;
}
async function specDiff(before, after) {
    const { createTwoFilesPatch } = await __webpack_require__.e(/* import() */ 4023).then(__webpack_require__.bind(__webpack_require__, 4023));
    const paths = [...new Set([...before.files.map((f) => f.path), ...after.files.map((f) => f.path)])].sort();
    let out = "";
    for (const p of paths) {
        const a = before.files.find((f) => f.path === p);
        const b = after.files.find((f) => f.path === p);
        if (a && b && a.oid === b.oid)
            continue;
        const patch = createTwoFilesPatch(a ? `a/${p}` : "/dev/null", b ? `b/${p}` : "/dev/null", a?.content.toString("utf8") ?? "", b?.content.toString("utf8") ?? "", "", "", { context: 3 });
        const start = patch.indexOf("--- ");
        out += (start >= 0 ? patch.slice(start) : patch).replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
    }
    return out;
}
async function* harvest(git, range, options = {}) {
    const cat = new _commits_catfile_js__WEBPACK_IMPORTED_MODULE_1__.CatFile(git);
    const reader = new _spec_history_js__WEBPACK_IMPORTED_MODULE_7__.SpecReader(cat, new _spec_history_js__WEBPACK_IMPORTED_MODULE_7__.SpecPaths(options.specPaths?.length ? options.specPaths : _spec_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_SPEC_PATHS */ .Ft));
    const adrDir = (options.adrDir ?? _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_ADR_DIR).replace(/\/+$/, "");
    try {
        const tip = range.to ?? "HEAD";
        const [byHashes, evidence] = await Promise.all([
            amendmentAdrs(cat, tip, adrDir),
            gateEvidence(cat, tip, options.beaconFile ?? "progress.json"),
        ]);
        const junit = options.junit ? junitTests(options.junit.reports) : undefined;
        let n = 0;
        for await (const { commit: c, before, after, changed } of reader.walk((0,_commits_range_js__WEBPACK_IMPORTED_MODULE_3__/* .streamCommits */ .Tp)(git, range))) {
            const h = (0,_commits_header_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHeader */ .RW)(c.header);
            const adrs = [];
            for (const f of c.files) {
                if (!f.path.startsWith(adrDir + "/") || (0,_adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.adrNumber)(f.path.slice(adrDir.length + 1)) === undefined)
                    continue;
                const parent = c.parents[0];
                if (parent && (await cat.read(`${parent}:${f.path}`))?.type === "blob")
                    continue;
                const obj = await cat.read(`${c.sha}:${f.path}`);
                if (obj?.type === "blob")
                    adrs.push({ path: f.path, content: obj.content.toString("utf8") });
            }
            const beforeShort = before.files.length ? before.hash.short : null;
            const afterShort = after.files.length ? after.hash.short : null;
            const adr = changed && afterShort ? byHashes.get(`${beforeShort ?? "none"}→${afterShort}`) : undefined;
            const trailerReason = (0,_commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .trailerValue */ .di)(c.trailers, "Spec-Amendment") ?? null;
            yield {
                sha: c.sha,
                parents: c.parents,
                author: { name: c.authorName, email: c.authorEmail },
                date: c.date,
                header: c.header,
                type: h.type,
                scope: h.scope,
                subject: h.subject,
                breaking: h.breaking,
                body: (0,_commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .messageBody */ .OS)(c.message),
                trailers: c.trailers,
                playbookStep: (0,_commits_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .trailerValue */ .di)(c.trailers, "Playbook-Step") ?? null,
                specHashBefore: beforeShort,
                specHashAfter: afterShort,
                specChanged: changed,
                specDiff: changed ? await specDiff(before, after) : null,
                amendmentReason: changed ? adr?.reason || trailerReason : trailerReason,
                amendmentAdr: adr?.path ?? null,
                adrs,
                files: c.files,
                tests: (junit && options.junit.commit === c.sha ? junit : undefined) ?? evidence.get(c.sha) ?? null,
            };
            // Children only need their parent's state; drop older states so memory stays flat.
            if (++n % 1000 === 0)
                reader.forgetExcept(c.sha);
        }
    }
    finally {
        cat.close();
    }
}
const CHAT_SYSTEM_PROMPT = "You are a software engineer working in a spec-driven repository. The living spec is the single source of truth; every commit is a conventional commit that names the spec hash and the playbook step, explains its reasoning in the body, and a spec change is an explicit amendment with an ADR.";
/** The same record as a chat-style fine-tuning example: system, user (the situation), assistant (the commit). */
function toChat(r) {
    const files = r.files.map((f) => `- ${f.path} (${f.added === null ? "binary" : `+${f.added} -${f.deleted}`})`).join("\n");
    const user = [
        `Spec hash: ${r.specHashBefore ?? "none"}`,
        `Playbook step: ${r.playbookStep ?? "none"}`,
        `Files changed:\n${files || "(none)"}`,
        ...(r.specDiff ? [`Spec diff:\n${r.specDiff}`] : []),
        ...(r.amendmentReason && r.specChanged ? [`Amendment reason: ${r.amendmentReason}`] : []),
        ...(r.tests
            ? [
                `Test results (${r.tests.source === "gate" ? "CI, the playbook gate's evidence" : "JUnit"}): ${r.tests.passed} of ${r.tests.total} passed`,
            ]
            : []),
        "Write the commit message for this change.",
    ].join("\n\n");
    const trailers = r.trailers.map((t) => `${t.key}: ${t.value}`).join("\n");
    let assistant = [r.header, r.body, trailers].filter((s) => s !== "").join("\n\n");
    for (const adr of r.adrs)
        assistant += `\n\n--- ${adr.path} ---\n${adr.content}`;
    return {
        messages: [
            { role: "system", content: CHAT_SYSTEM_PROMPT },
            { role: "user", content: user },
            { role: "assistant", content: assistant },
        ],
    };
}


/***/ }),

/***/ 5139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ testFileCandidates)
/* harmony export */ });
/**
 * The files a JUnit test case may be "in", for `required: [{ file: "e2e/**" }]`. Reports say it
 * in different ways:
 * - vitest, jest-junit and Node's runner give `file` (or a classname that is the path);
 * - pytest (default junit_family xunit2) gives no file at all, only a dotted classname: the
 *   module path, then the class for class-based tests (`e2e.test_flow`, `e2e.test_flow.TestLogin`).
 * A dotted classname without a slash is turned into the paths it can stand for: each prefix of
 * its parts as folders, with and without `.py` (`e2e/test_flow.py`, `e2e/test_flow`, ...).
 */
function testFileCandidates(k) {
    const out = [];
    if (k.file)
        out.push(k.file.split("\\").join("/").replace(/^\.\//, ""));
    const cls = k.classname.trim();
    if (!cls)
        return out;
    out.push(cls);
    if (!cls.includes("/") && !cls.includes("\\") && /^[\w]+(\.[\w]+)+$/.test(cls)) {
        const parts = cls.split(".");
        for (let n = parts.length; n >= 1; n--) {
            const p = parts.slice(0, n).join("/");
            out.push(`${p}.py`, p);
        }
    }
    return [...new Set(out)];
}


/***/ }),

/***/ 7332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

function runProcess(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ["pipe", "pipe", "pipe"],
            shell: false,
            windowsHide: true,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        let timer;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                child.kill("SIGKILL");
            }, options.timeoutMs);
        }
        child.stdout.on("data", (c) => out.push(c));
        child.stderr.on("data", (c) => err.push(c));
        child.on("error", (e) => {
            if (timer)
                clearTimeout(timer);
            reject(e);
        });
        child.on("close", (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err), timedOut });
        });
        // EPIPE when the child exits without reading stdin is not an error for us.
        child.stdin.on("error", () => { });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}


/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   Ft: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_3__.Ft),
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
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1315);




const SHORT_LENGTH = 12;

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
async function listSpecFiles(root, paths = _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SPEC_PATHS */ .Ft) {
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
    const { files, missing } = await listSpecFiles(options.root, options.paths && options.paths.length ? options.paths : _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SPEC_PATHS */ .Ft);
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


/***/ })

};
