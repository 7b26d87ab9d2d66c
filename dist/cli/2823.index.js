export const id = 2823;
export const ids = [2823,2600];
export const modules = {

/***/ 2823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SPEC_BYTES: () => (/* binding */ MAX_SPEC_BYTES),
/* harmony export */   resolveSpecText: () => (/* binding */ resolveSpecText),
/* harmony export */   triggerFromEvent: () => (/* binding */ triggerFromEvent)
/* harmony export */ });
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3680);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2600);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3124);




const PERMISSION_EVENTS = new Set(["issues", "issue_comment", "pull_request_review_comment", "pull_request_review", "discussion_comment"]);
function triggerFromEvent(eventName, payload) {
    const p = (payload && typeof payload === "object" ? payload : {});
    const user = p.comment?.user?.login ?? p.sender?.login;
    const checkPermission = PERMISSION_EVENTS.has(eventName);
    if (p.issue?.number !== undefined) {
        return { number: p.issue.number, user, checkPermission, issueBody: p.issue.pull_request ? undefined : (p.issue.body ?? undefined) };
    }
    if (p.pull_request?.number !== undefined)
        return { number: p.pull_request.number, user, checkPermission };
    return { user, checkPermission };
}
/** A spec is text for an agent's prompt, not a data file. */
const MAX_SPEC_BYTES = 1024 * 1024;
/**
 * The spec text: the `spec` input, else `spec-file` (inside the workspace `root`, a regular file,
 * no symlink, UTF-8, at most 1 MiB), else the issue's body.
 */
async function resolveSpecText(input) {
    let text;
    if (input.spec && input.spec.trim() !== "")
        text = input.spec;
    else if (input.specFile) {
        const { abs, rel } = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_0__.insideWorkspace)(input.root, input.specFile, { what: "spec-file", noSymlink: true });
        let bytes;
        try {
            bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_0__.readRegularFile)(abs, rel, MAX_SPEC_BYTES);
        }
        catch (cause) {
            if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError)
                throw cause;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`spec-file ${input.specFile} cannot be read: ${cause.code ?? cause.message}`, {
                file: rel,
                hint: "give spec-file relative to the workspace, and check out the repository before this step",
                code: "speckit.bad-spec-file",
                cause,
            });
        }
        if (bytes === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`spec-file ${input.specFile} does not exist`, {
                file: rel,
                hint: "give spec-file relative to the workspace, and check out the repository before this step",
                code: "speckit.bad-spec-file",
            });
        }
        text = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_2__.decodeUtf8)(bytes, rel);
    }
    else
        text = input.trigger.issueBody;
    if (text === undefined || text.trim() === "")
        throw (0,_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .noSpecText */ .c)();
    return text.replace(/^\uFEFF/, "");
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
