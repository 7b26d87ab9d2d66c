export const id = 583;
export const ids = [583];
export const modules = {

/***/ 5583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   globFiles: () => (/* binding */ globFiles)
/* harmony export */ });
/**
 * The files inside `root` that a glob matches, the one way specpipe expands a user's glob (spec
 * paths, condition reports): dotfiles are seen, `.git` and `node_modules` are not, and symlinks
 * are neither followed nor listed (a link to / would walk the disk; a link is refused by name by
 * the path guard). Paths come back relative to `root`, with "/".
 */
async function globFiles(root, pattern) {
    const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
    return glob([pattern], {
        cwd: root,
        onlyFiles: true,
        dot: true,
        followSymbolicLinks: false,
        ignore: ["**/.git/**", "**/node_modules/**"],
    });
}


/***/ })

};
