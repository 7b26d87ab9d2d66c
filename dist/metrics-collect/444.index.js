export const id = 444;
export const ids = [444];
export const modules = {

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ readIfExists),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony exports tempName, removeStaleTemps, writeTemp */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



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
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === "EPERM";
    }
}
/** A write takes milliseconds: a temp file this old is left over even when its pid is reused. */
const STALE_MS = (/* unused pure expression or super */ null && (10 * 60 * 1000));
/**
 * Remove the temporary files that a killed run left next to `file`: only regular files named by
 * our own pattern for this very file, whose writer is gone (or that are older than any write
 * takes). Returns the names removed.
 */
async function removeStaleTemps(file, now = Date.now()) {
    const dir = path.dirname(file);
    const base = path.basename(file);
    let names;
    try {
        names = await fs.readdir(dir);
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
        const full = path.join(dir, name);
        const st = await fs.lstat(full).catch(() => undefined);
        if (!st?.isFile())
            continue;
        if (alive(pid) && now - st.mtimeMs < STALE_MS)
            continue;
        await fs.rm(full, { force: true });
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


/***/ })

};
