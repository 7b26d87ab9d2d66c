export const id = 7781;
export const ids = [7781,2600];
export const modules = {

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
