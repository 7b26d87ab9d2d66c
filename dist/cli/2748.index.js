export const id = 2748;
export const ids = [2748,4126,1346];
export const modules = {

/***/ 1346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ADR_NAME: () => (/* binding */ ADR_NAME),
/* harmony export */   DEFAULT_ADR_DIR: () => (/* binding */ DEFAULT_ADR_DIR),
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

/**
 * Architectural decision records: `docs/adr/NNNN-title.md`. Numbers are four digits,
 * sequential from 0001 (or 0000), with no gaps or duplicates; "Supersedes" / "Superseded by"
 * lines point at ADRs that exist.
 */
const DEFAULT_ADR_DIR = "docs/adr";
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
function checkAdrs(files, dir = DEFAULT_ADR_DIR) {
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
                    rule: "adr-name",
                    message: `${f.name} is not named NNNN-title.md (four digits)`,
                    fix: `rename it to ${formatNumber(Number(/^\d+/.exec(f.name)[0]))}-${f.name.replace(/^\d+-/, "")}`,
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
                rule: "adr-duplicate",
                message: `ADR number ${formatNumber(num)} is used by ${list.join(" and ")}`,
                fix: `renumber ${list.slice(1).join(", ")} to the next free number, ${formatNumber(numbers[numbers.length - 1] + 1)}`,
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
                    rule: "adr-gap",
                    message: `ADR numbers skip ${missing} before ${byNumber.get(num)[0]}`,
                    fix: `renumber ${byNumber.get(num)[0]} to ${formatNumber(expected)} (numbers are sequential; a withdrawn decision keeps its file with Status: Rejected)`,
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
                rule: "adr-link",
                message: `${f.name}: "${link.kind === "supersedes" ? "Supersedes" : "Superseded by"} ${link.text}" points at no ADR in ${dir}`,
                fix: `point the link at an existing ADR file in ${dir}`,
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

/***/ 4126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CatFile: () => (/* binding */ CatFile)
/* harmony export */ });
/* unused harmony export parseTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

class CatFile {
    git;
    child;
    queue = [];
    buf = Buffer.alloc(0);
    header;
    failed;
    /** Objects by id (immutable, so safe to keep). */
    cache = new Map();
    calls = 0;
    /** Requests sent to git (cache hits excluded). */
    requests = 0;
    constructor(git) {
        this.git = git;
    }
    /** Start git now (it is otherwise started by the first read), e.g. while another command runs. */
    warm() {
        if (!this.failed)
            this.start();
    }
    start() {
        if (this.child)
            return this.child;
        // Git keeps its environment private; it carries the identity/config tests and runners set.
        const env = { ...process.env, ...this.git.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", ["cat-file", "--batch"], { cwd: this.git.cwd, env, stdio: ["pipe", "pipe", "pipe"] });
        this.calls++;
        const err = [];
        child.stderr.on("data", (c) => err.push(c));
        child.stdout.on("data", (c) => this.onData(c));
        child.stdin.on("error", () => { });
        const fail = (e) => {
            this.failed = e;
            for (const p of this.queue.splice(0))
                p.reject(e);
        };
        child.on("error", fail);
        child.on("close", (code) => {
            if (this.queue.length)
                fail(new Error(`git cat-file --batch exited (${code}): ${Buffer.concat(err).toString().trim()}`));
            this.child = undefined;
        });
        this.child = child;
        return child;
    }
    onData(chunk) {
        this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
        for (;;) {
            if (!this.header) {
                const nl = this.buf.indexOf(10);
                if (nl === -1)
                    return;
                const line = this.buf.toString("utf8", 0, nl);
                this.buf = this.buf.subarray(nl + 1);
                const parts = line.split(" ");
                const last = parts[parts.length - 1];
                if (last === "missing" || last === "ambiguous") {
                    this.queue.shift()?.resolve(undefined);
                    continue;
                }
                this.header = { oid: parts[0], type: parts[1], size: Number(parts[2]) };
            }
            if (this.buf.length < this.header.size + 1)
                return;
            const content = Buffer.from(this.buf.subarray(0, this.header.size));
            this.buf = this.buf.subarray(this.header.size + 1);
            const obj = { oid: this.header.oid, type: this.header.type, content };
            this.header = undefined;
            this.cache.set(obj.oid, obj);
            this.queue.shift()?.resolve(obj);
        }
    }
    /** Any revision `git cat-file` understands: an oid, `<commit>:<path>`, `<commit>^{tree}`. */
    read(rev) {
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(rev)) {
            const hit = this.cache.get(rev);
            if (hit)
                return Promise.resolve(hit);
        }
        if (this.failed)
            return Promise.reject(this.failed);
        if (rev.includes("\n"))
            return Promise.resolve(undefined);
        const child = this.start();
        this.requests++;
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            child.stdin.write(rev + "\n");
        });
    }
    async readTree(rev) {
        const obj = await this.read(rev);
        if (!obj || obj.type !== "tree")
            return undefined;
        return parseTree(obj.content, obj.oid.length / 2);
    }
    close() {
        if (this.child) {
            this.child.stdin.end();
            this.child = undefined;
        }
    }
}
function parseTree(content, oidBytes) {
    const entries = [];
    let pos = 0;
    while (pos < content.length) {
        const sp = content.indexOf(32, pos);
        const nul = content.indexOf(0, sp + 1);
        if (sp === -1 || nul === -1)
            break;
        const mode = content.toString("latin1", pos, sp);
        const name = content.toString("utf8", sp + 1, nul);
        const oid = content.toString("hex", nul + 1, nul + 1 + oidBytes);
        pos = nul + 1 + oidBytes;
        const type = mode === "40000" ? "tree" : mode === "160000" ? "commit" : "blob";
        entries.push({ mode, name, oid, type });
    }
    return entries;
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

/***/ 1485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SpecPaths: () => (/* binding */ SpecPaths),
/* harmony export */   SpecReader: () => (/* binding */ SpecReader),
/* harmony export */   W: () => (/* binding */ EMPTY_STATE)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9357);


const EMPTY_STATE = { hash: _hash_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_SPEC_HASH */ .rj, files: [] };
class SpecPaths {
    literals = [];
    globs = [];
    constructor(paths = _hash_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SPEC_PATHS */ .Ft) {
        for (const raw of paths.length ? paths : _hash_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SPEC_PATHS */ .Ft) {
            const p = raw.split("\\").join("/").replace(/^\.\//, "");
            if ((0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .isGlob */ .fg)(p))
                this.globs.push({ pattern: p, base: picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(p).base, match: picomatch__WEBPACK_IMPORTED_MODULE_1___default()(p, { dot: true }) });
            else
                this.literals.push(p);
        }
    }
    matches(path) {
        return this.literals.includes(path) || this.globs.some((g) => g.match(path));
    }
}
class SpecReader {
    cat;
    paths;
    byCommit = new Map();
    constructor(cat, paths) {
        this.cat = cat;
        this.paths = paths;
    }
    /** The spec state at a commit, from its tree. Missing commit → undefined. */
    async at(commit) {
        const hit = this.byCommit.get(commit);
        if (hit)
            return hit;
        const files = new Map();
        const literal = await Promise.all(this.paths.literals.map((p) => this.cat.read(`${commit}:${p}`)));
        this.paths.literals.forEach((p, i) => {
            const obj = literal[i];
            if (obj?.type === "blob")
                files.set(p, { path: p, oid: obj.oid, content: obj.content });
        });
        for (const g of this.paths.globs) {
            const rootRev = g.base ? `${commit}:${g.base}` : `${commit}^{tree}`;
            const walk = async (rev, prefix) => {
                const entries = await this.cat.readTree(rev);
                if (!entries)
                    return;
                for (const e of entries) {
                    const full = prefix ? `${prefix}/${e.name}` : e.name;
                    if (e.type === "tree")
                        await walk(e.oid, full);
                    else if (e.type === "blob" && g.match(full) && !files.has(full)) {
                        const obj = await this.cat.read(e.oid);
                        if (obj)
                            files.set(full, { path: full, oid: obj.oid, content: obj.content });
                    }
                }
            };
            await walk(rootRev, g.base);
        }
        const list = [...files.values()].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
        const state = list.length ? { hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.hashSpecContents)(list), files: list } : EMPTY_STATE;
        this.byCommit.set(commit, state);
        return state;
    }
    /** The state of a commit when already known (no git request). */
    cached(commit) {
        return this.byCommit.get(commit);
    }
    /**
     * Before/after of one commit: synchronous (no promise) when the parent's state is known and the
     * commit does not touch the spec, which is nearly always.
     */
    step(c) {
        const parent = c.parents[0];
        const known = parent ? this.byCommit.get(parent) : EMPTY_STATE;
        if (known && !this.touches(c)) {
            this.byCommit.set(c.sha, known);
            return { before: known, after: known, changed: false };
        }
        return (async () => {
            const before = known ?? (await this.at(parent));
            let after = before;
            if (this.touches(c))
                after = await this.at(c.sha);
            else
                this.byCommit.set(c.sha, before);
            return { before, after, changed: before.hash.full !== after.hash.full };
        })();
    }
    /** Remember a state computed without reading (inherited from the parent). */
    set(commit, state) {
        this.byCommit.set(commit, state);
    }
    /** Drop remembered states except one (long walks: a child only needs its parent). */
    forgetExcept(commit) {
        const keep = this.byCommit.get(commit);
        this.byCommit.clear();
        if (keep)
            this.byCommit.set(commit, keep);
    }
    touches(commit) {
        return commit.files.some((f) => this.paths.matches(f.path));
    }
    /**
     * Before/after states of each commit, oldest first. A commit that does not touch the spec has
     * its first parent's state; only touching commits (and the range's boundary) are read.
     */
    async *walk(commits) {
        for await (const c of commits) {
            const parent = c.parents[0];
            const before = parent ? await this.at(parent) : EMPTY_STATE;
            let after;
            if (this.touches(c))
                after = await this.at(c.sha);
            else {
                after = before;
                this.set(c.sha, before);
            }
            yield { commit: c, before, after, changed: before.hash.full !== after.hash.full };
        }
    }
}


/***/ })

};
