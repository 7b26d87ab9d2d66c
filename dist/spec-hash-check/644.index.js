export const id = 644;
export const ids = [644];
export const modules = {

/***/ 1644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TOKEN_VARIABLES: () => (/* binding */ TOKEN_VARIABLES),
/* harmony export */   describeTokenSource: () => (/* binding */ describeTokenSource),
/* harmony export */   githubToken: () => (/* binding */ githubToken)
/* harmony export */ });
const TOKEN_VARIABLES = ["GITHUB_TOKEN", "GH_TOKEN"];
function githubToken(input, env) {
    if (input !== undefined && input.trim() !== "")
        return { value: input.trim(), source: "input" };
    for (const name of TOKEN_VARIABLES) {
        const value = env[name]?.trim();
        if (value)
            return { value, source: name };
    }
    return undefined;
}
/** "the token input", "GITHUB_TOKEN": for messages. */
function describeTokenSource(source, inputName = "token") {
    return source === "input" ? `the "${inputName}" input` : source;
}


/***/ })

};
