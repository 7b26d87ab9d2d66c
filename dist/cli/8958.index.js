export const id = 8958;
export const ids = [8958];
export const modules = {

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ readIfExists),
/* harmony export */   UG: () => (/* binding */ writeTemp),
/* harmony export */   jH: () => (/* binding */ removeStaleTemps),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export tempName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _pid_alive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6748);




/**
 * Write a file atomically: a temporary file in the same folder (same file system, so rename is
 * atomic), flushed, then renamed over the target. A crash leaves either the old or the new
 * content, never half of one. The file's mode is kept when it exists.
 */
async function writeFileAtomic(file, data) {
    const tmp = await writeTemp(file, data);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, file);
    }
    catch (e) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw e;
    }
}
/** `.<file>.<pid>.<8 hex>.tmp`: the temporary file of an atomic write, next to its target. */
function tempName(base, pid, rand) {
    return `.${base}.${pid}.${rand}.tmp`;
}
function isTempOf(name, base) {
    const prefix = `.${base}.`;
    if (!name.startsWith(prefix) || !name.endsWith(".tmp"))
        return undefined;
    // Earlier versions wrote `.<file>.<pid>.tmp`, without the random part.
    const m = /^(\d+)(?:\.[0-9a-f]{8})?\.tmp$/.exec(name.slice(prefix.length));
    return m ? Number(m[1]) : undefined;
}
/** A write takes milliseconds: a temp file this old is left over even when its pid is reused. */
const STALE_MS = 10 * 60 * 1000;
/**
 * Remove the temporary files that a killed run left next to `file`: only regular files named by
 * our own pattern for this very file, whose writer is gone (or that are older than any write
 * takes). Returns the names removed.
 */
async function removeStaleTemps(file, now = Date.now()) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    const base = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file);
    let names;
    try {
        names = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(dir);
    }
    catch (e) {
        if (e.code === "ENOENT" || e.code === "ENOTDIR")
            return [];
        throw e;
    }
    const removed = [];
    for (const name of names) {
        const pid = isTempOf(name, base);
        if (pid === undefined || pid === process.pid)
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(full).catch(() => undefined);
        if (!st?.isFile())
            continue;
        if ((0,_pid_alive_js__WEBPACK_IMPORTED_MODULE_3__/* .pidAlive */ .p)(pid) && now - st.mtimeMs < STALE_MS)
            continue;
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(full, { force: true });
        removed.push(name);
    }
    return removed;
}
/** Step one of an atomic write, for callers that write several files together. */
async function writeTemp(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, tempName(node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file), process.pid, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString("hex")));
    let mode;
    try {
        mode = (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(file)).mode & 0o7777;
    }
    catch {
        mode = undefined;
    }
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmp, "wx", mode ?? 0o666);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (e) {
        await handle.close();
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw e;
    }
    await handle.close();
    if (mode !== undefined)
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(tmp, mode);
    return tmp;
}
/** Read a file, or undefined when it does not exist. */
async function readIfExists(file) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file);
    }
    catch (e) {
        if (e.code === "ENOENT")
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 6748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ pidAlive)
/* harmony export */ });
/**
 * Whether a process of this machine with that id still runs: signal 0 is delivered to nobody and
 * only asks. EPERM means it runs as another user. Used to tell the leftovers of a killed run (its
 * temp files, its lock) from those of a run still at work.
 */
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === "EPERM";
    }
}


/***/ }),

/***/ 8958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPlan: () => (/* binding */ applyPlan),
/* harmony export */   planDiff: () => (/* binding */ planDiff),
/* harmony export */   planEdit: () => (/* binding */ planEdit),
/* harmony export */   totalBytes: () => (/* binding */ totalBytes),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4444);




function planEdit(root, file, before, after, reasons) {
    if (before !== null && before.equals(after))
        return undefined;
    return {
        path: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file),
        displayPath: node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"),
        before,
        after,
        reasons,
    };
}
/** The unified diff of one edit, `a/` and `b/` prefixed as git shows it. */
async function unifiedDiff(edit) {
    const { createTwoFilesPatch } = await __webpack_require__.e(/* import() */ 4023).then(__webpack_require__.bind(__webpack_require__, 4023));
    const oldName = edit.before === null ? "/dev/null" : `a/${edit.displayPath}`;
    const newName = `b/${edit.displayPath}`;
    const patch = createTwoFilesPatch(oldName, newName, edit.before?.toString("utf8") ?? "", edit.after.toString("utf8"), "", "", {
        context: 3,
    });
    // jsdiff writes an "Index:" banner and "===" line first; git-style diffs start at "---".
    const start = patch.indexOf("--- ");
    return (start >= 0 ? patch.slice(start) : patch).replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}
async function planDiff(plan) {
    const parts = await Promise.all(plan.edits.map(unifiedDiff));
    return parts.join("");
}
/**
 * Apply a plan: all temporary files are written first, then renamed one after another, so a
 * failure while writing leaves every target untouched. Before renaming, each target is checked
 * to still hold the bytes the plan was made from; if someone changed it meanwhile we stop.
 */
async function applyPlan(plan) {
    const temps = [];
    try {
        for (const edit of plan.edits) {
            const now = (await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .OR)(edit.path)) ?? null;
            const same = now === null ? edit.before === null : edit.before !== null && now.equals(edit.before);
            if (!same) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${edit.displayPath} changed while specpipe was working on it`, {
                    file: edit.displayPath,
                    hint: "run again; nothing was written",
                    code: "plan.concurrent-change",
                });
            }
            temps.push({ tmp: await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTemp */ .UG)(edit.path, edit.after), target: edit.path });
        }
    }
    catch (e) {
        await Promise.all(temps.map((t) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(t.tmp, { force: true })));
        throw e;
    }
    for (const t of temps)
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(t.tmp, t.target);
}
function totalBytes(plan) {
    return plan.edits.reduce((n, e) => n + e.after.length, 0);
}


/***/ })

};
