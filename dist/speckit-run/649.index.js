export const id = 649;
export const ids = [649];
export const modules = {

/***/ 34649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSpecPattern: () => (/* binding */ checkSpecPattern)
/* harmony export */ });
/* unused harmony exports describeSource, resolveSpecSource, missingSpecError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3680);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32600);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79357);




/** A spec path or glob as written: forward slashes, no leading "./"; refused when it could leave the repository. */
function checkSpecPattern(raw, what) {
    const p = raw
        .split("\\")
        .join("/")
        .replace(/^(\.\/)+/, "");
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${what} "${raw}" ${why}`, {
        hint: "give the spec as paths or globs relative to the repository root, e.g. docs/spec.md or docs/spec/*.md",
        code: "spec.bad-path",
    });
    if (p === "" || p === ".")
        throw bad("is empty");
    // eslint-disable-next-line no-control-regex -- control characters are refused
    if (/[\u0000-\u001f]/.test(p))
        throw bad("holds a control character");
    if (p.startsWith("/") || /^[A-Za-z]:/.test(p))
        throw bad("is an absolute path, outside the repository");
    if (p.split("/").includes(".."))
        throw bad("goes up with '..', outside the repository");
    return p;
}
/** Describe where the paths came from, for errors: "playbook.yml's spec:", 'input "spec-paths"'. */
function describeSource(source) {
    if (source.origin === "playbook")
        return `${source.playbook ?? "playbook.yml"}'s spec:`;
    if (source.origin === "input")
        return source.inputName ?? "the spec paths";
    return "the default spec path";
}
/** The spec's paths for a repository (see the module comment). */
async function resolveSpecSource(root, options = {}) {
    const playbookFile = options.playbook ?? "playbook.yml";
    const declared = await declaredSpec(root, playbookFile);
    const input = (options.input ?? []).filter((p) => p.trim() !== "");
    let source;
    if (declared)
        source = { paths: declared.paths, origin: "playbook", playbook: declared.file };
    else if (input.length)
        source = { paths: [...input], origin: "input", inputName: options.inputName };
    else
        source = { paths: [...DEFAULT_SPEC_PATHS], origin: "default" };
    const what = source.origin === "playbook"
        ? `${source.playbook}'s spec: path`
        : source.origin === "input"
            ? `${options.inputName ?? "spec path"}`
            : "spec path";
    source.paths = source.paths.map((p) => checkSpecPattern(p, what));
    for (const p of source.paths)
        if (!isGlob(p))
            await insideWorkspace(root, p, { what, noSymlink: true });
    return source;
}
/** playbook.yml's `spec:` list, or undefined when there is no playbook or it has no such key. */
async function declaredSpec(root, file) {
    const at = await insideWorkspace(root, file, { what: "the playbook", noSymlink: true });
    const { MAX_YAML_BYTES, parseYaml, yamlIssueError } = await __webpack_require__.e(/* import() */ 230).then(__webpack_require__.bind(__webpack_require__, 83230));
    const bytes = await readRegularFile(at.abs, at.rel, MAX_YAML_BYTES);
    if (bytes === undefined)
        return undefined;
    // Only the `spec:` key is read here (the gate validates the whole file): a command that needs
    // the spec should not fail on a condition it does not evaluate.
    const { data, doc, lc } = await parseYaml(decodeUtf8(bytes, at.rel), at.rel, (issues) => yamlIssueError(at.rel, issues));
    if (!data || typeof data !== "object" || Array.isArray(data) || !Object.prototype.hasOwnProperty.call(data, "spec"))
        return undefined;
    const spec = data.spec;
    const node = doc.get("spec", true);
    const pos = node?.range ? lc.linePos(node.range[0]) : undefined;
    if (!Array.isArray(spec) || spec.length === 0 || !spec.every((x) => typeof x === "string" && x.trim() !== "")) {
        throw new UserError(`${at.rel}: spec: must be a list of paths or globs`, {
            file: at.rel,
            line: pos?.line,
            column: pos?.col,
            hint: "write spec: [docs/spec.md] (one or more repository-relative paths or globs)",
            code: "spec.bad-playbook-spec",
        });
    }
    return { paths: spec, file: at.rel };
}
/**
 * The error for spec paths that match nothing (`missing`: literal paths that do not exist, globs
 * that match no file), at `where` ("at abc123def456", "in the index", "" for the work tree).
 */
function missingSpecError(source, missing, where = "") {
    const list = missing.join(", ");
    return new UserError(`${describeSource(source)} names ${list}, which ${missing.length === 1 ? (isGlob(missing[0]) ? "matches no file" : "does not exist") : "match no file"}${where ? ` ${where}` : ""}`, {
        file: source.origin === "playbook" ? source.playbook : undefined,
        hint: source.origin === "playbook"
            ? `correct spec: in ${source.playbook} (paths relative to the repository root), or create the file`
            : source.origin === "input"
                ? `correct ${source.inputName ?? "the spec paths"} (paths relative to the repository root), or create the file`
                : "create the living spec at docs/spec.md (specpipe init writes one), or name it in playbook.yml's spec:",
        code: "spec.missing",
    });
}


/***/ }),

/***/ 32600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony exports decodeText, firstInvalidUtf8, encodeText, detectEol, lineColumnAt */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
