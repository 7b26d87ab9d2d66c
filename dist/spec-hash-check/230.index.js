export const id = 230;
export const ids = [230];
export const modules = {

/***/ 849:
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
    const { parseDocument, LineCounter } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(excessive
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(first.message, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
}


/***/ })

};
