export const id = 264;
export const ids = [264];
export const modules = {

/***/ 50264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_SAFETY_STRATEGY: () => (/* binding */ DEFAULT_SAFETY_STRATEGY),
/* harmony export */   SAFETY_STRATEGIES: () => (/* binding */ SAFETY_STRATEGIES),
/* harmony export */   closeLeftoverUser: () => (/* binding */ closeLeftoverUser),
/* harmony export */   leftoverRemover: () => (/* binding */ leftoverRemover),
/* harmony export */   openSandbox: () => (/* binding */ openSandbox),
/* harmony export */   parseSafetyStrategy: () => (/* binding */ parseSafetyStrategy),
/* harmony export */   processesOf: () => (/* binding */ processesOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97332);




/**
 * The safety strategy (ADR 0031): who the agent runs as. The agent is untrusted (the spec text can
 * come from anyone who can open an issue), and a process can read `/proc/<pid>/environ` of every
 * process of its own user, so running it as the action's user would hand it the token.
 *
 * - `unprivileged-user`: a throwaway user made for the run (`useradd`, no home of its own, no
 *   shell, its own group, no sudo); the agent runs under it with `setpriv` (no supplementary groups,
 *   no new privileges, so no setuid program lifts it back up). After each phase every process of
 *   that uid is killed, which ends `setsid` children that left the agent's process group. Needs
 *   root, or passwordless sudo as on GitHub-hosted Linux runners.
 * - `unsafe`: the agent runs as this user. Chosen explicitly only: it protects nothing.
 */
const SAFETY_STRATEGIES = ["unprivileged-user", "unsafe"];
const DEFAULT_SAFETY_STRATEGY = "unprivileged-user";
function parseSafetyStrategy(raw) {
    const s = (raw ?? "").trim().toLowerCase();
    if (s === "")
        return DEFAULT_SAFETY_STRATEGY;
    if (SAFETY_STRATEGIES.includes(s))
        return s;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`unknown safety-strategy "${raw}"`, {
        hint: `use ${SAFETY_STRATEGIES.join(" or ")} (default ${DEFAULT_SAFETY_STRATEGY}; unsafe lets the agent read the token)`,
        code: "speckit.bad-safety-strategy",
    });
}
const SYSTEM_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
async function which(name, envPath = process.env.PATH) {
    for (const dir of [...(envPath ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter), ...SYSTEM_PATH]) {
        if (!dir)
            continue;
        const p = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        try {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(p);
            if (st.isFile() && (st.mode & 0o111) !== 0)
                return p;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
async function findPrivilege() {
    if (process.getuid?.() === 0) {
        return { root: true, prefix: [], run: (file, args) => (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(file, args, { timeoutMs: 60_000 }) };
    }
    const sudo = await which("sudo");
    if (!sudo)
        return undefined;
    const probe = await (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(sudo, ["-n", "true"], { timeoutMs: 15_000 }).catch(() => undefined);
    if (probe?.code !== 0)
        return undefined;
    return {
        root: false,
        prefix: [sudo, "-n", "--"],
        run: (file, args) => (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(sudo, ["-n", "--", file, ...args], { timeoutMs: 60_000 }),
    };
}
function cannotIsolate(why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`safety-strategy unprivileged-user cannot run the agent under a user of its own: ${why}`, {
        hint: "run on a Linux runner where the job is root or has passwordless sudo (GitHub-hosted ubuntu runners have both useradd and setpriv); or set safety-strategy: unsafe, which lets the agent read the token",
        code: "speckit.no-sandbox",
    });
}
/** Open the sandbox the strategy asks for, or fail closed. `home` is the agent's HOME. */
async function openSandbox(strategy, runId, home) {
    if (strategy === "unsafe")
        return UNSAFE;
    if (process.platform !== "linux")
        throw cannotIsolate(`this runner is ${process.platform}, not Linux`);
    const privilege = await findPrivilege();
    if (!privilege)
        throw cannotIsolate("this job is not root and has no passwordless sudo");
    const tools = {};
    for (const name of ["useradd", "userdel", "setpriv", "chown", "kill", "rm"])
        tools[name] = await which(name);
    const lacking = Object.keys(tools).filter((k) => !tools[k]);
    if (lacking.length > 0)
        throw cannotIsolate(`${lacking.join(", ")} not found`);
    const shell = (await which("nologin")) ?? (await which("false")) ?? "/bin/false";
    // Named after the run, so that a leftover user is recognisable and the post step can find it.
    const name = `specpipe-${runId
        .slice(-8)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, "0")}`;
    const created = await retryOnLock(() => privilege.run(tools.useradd, [
        "--system",
        "--no-create-home",
        "--home-dir",
        home,
        "--shell",
        shell,
        "--user-group",
        "--no-log-init",
        "--comment",
        `specpipe speckit-run ${runId}`,
        name,
    ]));
    if (created.code !== 0)
        throw cannotIsolate(`useradd ${name} failed: ${created.stderr.toString("utf8").trim()}`);
    const user = await lookUpUser(name);
    if (!user)
        throw cannotIsolate(`useradd made ${name}, but it is not in /etc/passwd`);
    return new UserSandbox(privilege, tools, user);
}
/** The post step's way back to a run's user: kill what is left, delete the user. */
async function closeLeftoverUser(name) {
    if (!/^specpipe-[a-z0-9]{8}$/.test(name))
        return;
    const user = await lookUpUser(name);
    const privilege = await findPrivilege();
    if (!user || !privilege)
        return;
    const tools = {};
    for (const t of ["useradd", "userdel", "setpriv", "chown", "kill", "rm"])
        tools[t] = (await which(t)) ?? t;
    await new UserSandbox(privilege, tools, user).close();
}
/** Removes folders an agent's user filled (as root, or through sudo); plain removal without either. */
async function leftoverRemover() {
    const privilege = await findPrivilege();
    const rm = await which("rm");
    return async (dirs) => {
        if (!privilege || privilege.root || !rm) {
            for (const d of dirs)
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(d, { recursive: true, force: true, maxRetries: 3 });
            return;
        }
        const r = await privilege.run(rm, ["-rf", "--", ...dirs]);
        if (r.code !== 0)
            throw new Error(`rm failed: ${r.stderr.toString("utf8").trim()}`);
    };
}
async function lookUpUser(name) {
    const passwd = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile("/etc/passwd", "utf8").catch(() => "");
    for (const line of passwd.split("\n")) {
        const f = line.split(":");
        if (f[0] === name && f.length >= 4)
            return { name, uid: Number(f[2]), gid: Number(f[3]) };
    }
    return undefined;
}
/** useradd and userdel lock /etc/passwd; parallel runs on one machine take turns. */
async function retryOnLock(fn) {
    let r = await fn();
    for (let i = 0; i < 30 && r.code !== 0 && /lock|try again/i.test(r.stderr.toString("utf8")); i++) {
        await new Promise((res) => setTimeout(res, 50 + Math.random() * 200));
        r = await fn();
    }
    return r;
}
/** The uids of a /proc/<pid>/status (real, effective, saved, fs), and whether it is a zombie. */
function parseStatus(text) {
    const uid = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(text);
    const state = /^State:\s+(\S)/m.exec(text);
    return { uids: uid ? uid.slice(1, 5).map(Number) : [], zombie: state?.[1] === "Z" || state?.[1] === "X" };
}
/** Every live process one of whose uids is `uid`. */
async function processesOf(uid) {
    const found = [];
    for (const entry of await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir("/proc")) {
        if (!/^\d+$/.test(entry))
            continue;
        const text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
        const { uids, zombie } = parseStatus(text);
        if (!zombie && uids.includes(uid))
            found.push(Number(entry));
    }
    return found;
}
class UserSandbox {
    privilege;
    tools;
    user;
    strategy = "unprivileged-user";
    closed = false;
    constructor(privilege, tools, user) {
        this.privilege = privilege;
        this.tools = tools;
        this.user = user;
        // Never act on root or on ourselves, whatever /etc/passwd said.
        if (!(user.uid > 0) || user.uid === process.getuid?.() || !(user.gid > 0))
            throw cannotIsolate(`${user.name} has uid ${user.uid}`);
    }
    wrap(file, args, envPath) {
        const drop = [this.tools.setpriv, `--reuid=${this.user.uid}`, `--regid=${this.user.gid}`, "--clear-groups", "--no-new-privs", "--"];
        if (this.privilege.root)
            return { file: drop[0], args: [...drop.slice(1), file, ...args] };
        // sudo resets PATH to its secure_path; the agent gets the PATH it was given back through env.
        const [sudo, ...sudoArgs] = this.privilege.prefix;
        return { file: sudo, args: [...sudoArgs.slice(0, -1), "-E", "--", ...drop, "/usr/bin/env", `PATH=${envPath ?? ""}`, file, ...args] };
    }
    async give(dirs) {
        await this.chown(dirs, `${this.user.uid}:${this.user.gid}`);
    }
    async take(dirs) {
        // Root reads whatever modes the agent left; only a sudo user needs its files back.
        if (this.privilege.root)
            return;
        await this.chown(dirs, `${process.getuid?.()}:${process.getgid?.()}`);
    }
    async chown(dirs, owner) {
        const there = [];
        for (const d of dirs)
            if (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(d).then(() => true, () => false))
                there.push(d);
        if (there.length === 0)
            return;
        // -R without -L never follows a symlink the agent left; -h changes the link, not its target.
        const r = await this.privilege.run(this.tools.chown, ["-R", "-h", owner, "--", ...there]);
        if (r.code !== 0)
            throw new Error(`chown ${owner} failed: ${r.stderr.toString("utf8").trim()}`);
    }
    async killAll() {
        let killed = 0;
        for (let round = 0; round < 50; round++) {
            const pids = await processesOf(this.user.uid);
            if (pids.length === 0)
                return killed;
            killed += pids.length;
            if (this.privilege.root) {
                for (const pid of pids) {
                    try {
                        process.kill(pid, "SIGKILL");
                    }
                    catch {
                        // gone already
                    }
                }
            }
            else
                await this.privilege.run(this.tools.kill, ["-s", "KILL", "--", ...pids.map(String)]);
            await new Promise((r) => setTimeout(r, 10 + round * 5));
        }
        const left = await processesOf(this.user.uid);
        if (left.length === 0)
            return killed;
        // Fail closed: the run does not go on to the push while any of the agent's processes lives.
        throw new Error(`processes of ${this.user.name} survived SIGKILL: ${left.join(", ")}`);
    }
    async remove(dirs) {
        if (this.privilege.root) {
            for (const d of dirs)
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(d, { recursive: true, force: true, maxRetries: 3 });
            return;
        }
        const r = await this.privilege.run(this.tools.rm, ["-rf", "--", ...dirs]);
        if (r.code !== 0)
            throw new Error(`rm failed: ${r.stderr.toString("utf8").trim()}`);
    }
    async close() {
        if (this.closed)
            return;
        await this.killAll();
        const r = await retryOnLock(() => this.privilege.run(this.tools.userdel, [this.user.name]));
        // 6: the user does not exist (a second close, or the post step after main).
        if (r.code !== 0 && r.code !== 6)
            throw new Error(`userdel ${this.user.name} failed: ${r.stderr.toString("utf8").trim()}`);
        this.closed = true;
    }
}
const UNSAFE = {
    strategy: "unsafe",
    wrap: (file, args) => ({ file, args: [...args] }),
    give: async () => { },
    take: async () => { },
    killAll: async () => 0,
    remove: async (dirs) => {
        for (const d of dirs)
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(d, { recursive: true, force: true, maxRetries: 3 });
    },
    close: async () => { },
};


/***/ })

};
