export const id = 4126;
export const ids = [4126];
export const modules = {

/***/ 4126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CatFile: () => (/* binding */ CatFile)
/* harmony export */ });
/* unused harmony export parseTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

class CatFile {
    git;
    child;
    queue = [];
    buf = Buffer.alloc(0);
    header;
    failed;
    /** Objects by id (immutable, so safe to keep). */
    cache = new Map();
    calls = 0;
    /** Requests sent to git (cache hits excluded). */
    requests = 0;
    constructor(git) {
        this.git = git;
    }
    /** Start git now (it is otherwise started by the first read), e.g. while another command runs. */
    warm() {
        if (!this.failed)
            this.start();
    }
    start() {
        if (this.child)
            return this.child;
        // Git keeps its environment private; it carries the identity/config tests and runners set.
        const env = { ...process.env, ...this.git.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", ["cat-file", "--batch"], { cwd: this.git.cwd, env, stdio: ["pipe", "pipe", "pipe"] });
        this.calls++;
        const err = [];
        child.stderr.on("data", (c) => err.push(c));
        child.stdout.on("data", (c) => this.onData(c));
        child.stdin.on("error", () => { });
        const fail = (e) => {
            this.failed = e;
            for (const p of this.queue.splice(0))
                p.reject(e);
        };
        child.on("error", fail);
        child.on("close", (code) => {
            if (this.queue.length)
                fail(new Error(`git cat-file --batch exited (${code}): ${Buffer.concat(err).toString().trim()}`));
            this.child = undefined;
        });
        this.child = child;
        return child;
    }
    onData(chunk) {
        this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
        for (;;) {
            if (!this.header) {
                const nl = this.buf.indexOf(10);
                if (nl === -1)
                    return;
                const line = this.buf.toString("utf8", 0, nl);
                this.buf = this.buf.subarray(nl + 1);
                const parts = line.split(" ");
                const last = parts[parts.length - 1];
                if (last === "missing" || last === "ambiguous") {
                    this.queue.shift()?.resolve(undefined);
                    continue;
                }
                this.header = { oid: parts[0], type: parts[1], size: Number(parts[2]) };
            }
            if (this.buf.length < this.header.size + 1)
                return;
            const content = Buffer.from(this.buf.subarray(0, this.header.size));
            this.buf = this.buf.subarray(this.header.size + 1);
            const obj = { oid: this.header.oid, type: this.header.type, content };
            this.header = undefined;
            this.cache.set(obj.oid, obj);
            this.queue.shift()?.resolve(obj);
        }
    }
    /** Any revision `git cat-file` understands: an oid, `<commit>:<path>`, `<commit>^{tree}`. */
    read(rev) {
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(rev)) {
            const hit = this.cache.get(rev);
            if (hit)
                return Promise.resolve(hit);
        }
        if (this.failed)
            return Promise.reject(this.failed);
        if (rev.includes("\n"))
            return Promise.resolve(undefined);
        const child = this.start();
        this.requests++;
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            child.stdin.write(rev + "\n");
        });
    }
    async readTree(rev) {
        const obj = await this.read(rev);
        if (!obj || obj.type !== "tree")
            return undefined;
        return parseTree(obj.content, obj.oid.length / 2);
    }
    close() {
        if (this.child) {
            this.child.stdin.end();
            this.child = undefined;
        }
    }
}
function parseTree(content, oidBytes) {
    const entries = [];
    let pos = 0;
    while (pos < content.length) {
        const sp = content.indexOf(32, pos);
        const nul = content.indexOf(0, sp + 1);
        if (sp === -1 || nul === -1)
            break;
        const mode = content.toString("latin1", pos, sp);
        const name = content.toString("utf8", sp + 1, nul);
        const oid = content.toString("hex", nul + 1, nul + 1 + oidBytes);
        pos = nul + 1 + oidBytes;
        const type = mode === "40000" ? "tree" : mode === "160000" ? "commit" : "blob";
        entries.push({ mode, name, oid, type });
    }
    return entries;
}


/***/ })

};
