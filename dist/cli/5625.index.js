export const id = 5625;
export const ids = [5625];
export const modules = {

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   logSafe: () => (/* binding */ logSafe)
/* harmony export */ });
/**
 * User data (a task id, a phase, a backlog item, a file's name) printed to a workflow's log must not
 * become a workflow command: the runner reads any line that starts with `::` as one (`::error::`,
 * `::add-mask::`, `::stop-commands::`). `logSafe` keeps the value on the line it is printed on —
 * line breaks and other control characters are shown escaped (`\n`, `\u0007`) — and breaks a
 * leading `::`, so whatever the value holds, it is only ever text.
 */
function logSafe(value) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
    const escaped = value.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/g, (c) => {
        if (c === "\n")
            return "\\n";
        if (c === "\r")
            return "\\r";
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    });
    return escaped.replace(/^(\s*):/, "$1\\:");
}


/***/ })

};
