export const id = 3907;
export const ids = [3907];
export const modules = {

/***/ 3907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkObjectId: () => (/* binding */ checkObjectId),
/* harmony export */   checkRev: () => (/* binding */ checkRev),
/* harmony export */   isObjectId: () => (/* binding */ isObjectId),
/* harmony export */   safeBranchName: () => (/* binding */ safeBranchName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** True for a full object id (SHA-1 or SHA-256). */
function isObjectId(value) {
    return OBJECT_ID.test(value);
}
function refused(value, options, why) {
    const shown = JSON.stringify(value.length > 80 ? value.slice(0, 77) + "..." : value);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${options.what} ${shown} is not a revision: ${why}`, {
        hint: options.hint ?? `give ${options.what} as a commit id, a branch or a tag (e.g. main, v1.2.0, HEAD~3)`,
        code: "git.bad-revision",
    });
}
/**
 * A revision as a person writes it: a commit id, a branch, a tag, `HEAD~3`, `origin/main`,
 * `@{upstream}`. Refused: an empty value, a leading `-` (an option to git), whitespace and control
 * characters, `..` (a range where one commit is expected) and `:` (a path inside a tree).
 */
function checkRev(value, options) {
    if (value === "")
        throw refused(value, options, "it is empty");
    if (value.startsWith("-"))
        throw refused(value, options, "it starts with '-', so git would read it as an option");
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
    if (/[\u0000-\u0020\u007f]/.test(value))
        throw refused(value, options, "it holds white space or a control character");
    if (value.includes(".."))
        throw refused(value, options, "it is a range; give one commit");
    if (value.includes(":"))
        throw refused(value, options, "it holds ':' (a path in a tree, not a commit)");
    if (value.length > 255)
        throw refused(value, options, "it is longer than 255 characters");
    return value;
}
/** A full commit id from an event payload (GitHub sends 40 or 64 hex digits there, nothing else). */
function checkObjectId(value, options) {
    if (typeof value !== "string" || !OBJECT_ID.test(value)) {
        throw refused(typeof value === "string" ? value : String(value), options, "it is not a full commit id (40 or 64 hex digits)");
    }
    return value.toLowerCase();
}
/** A branch name from an event payload (`pull_request.base.ref`, `repository.default_branch`), or undefined when unusable. */
function safeBranchName(value) {
    if (typeof value !== "string" || value === "" || value.startsWith("-") || value.length > 255)
        return undefined;
    // git check-ref-format's rules, enough for a name we put into refs/remotes/<remote>/<name>.
    // eslint-disable-next-line no-control-regex -- control characters are refused
    if (/[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|\.$/.test(value))
        return undefined;
    return value;
}


/***/ })

};
