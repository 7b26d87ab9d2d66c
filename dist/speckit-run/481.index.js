export const id = 481;
export const ids = [481];
export const modules = {

/***/ 84670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAgentProcess),
/* harmony export */   o: () => (/* binding */ findExecutable)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // Already gone.
    }
}
async function runAgentProcess(options) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(options.stdoutFile), { recursive: true });
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(options.stdoutFile);
    const err = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(options.stderrFile);
    const keep = options.keepStdoutBytes ?? 16 * 1024 * 1024;
    const grace = options.graceMs ?? 5000;
    const started = performance.now();
    const kept = [];
    let keptBytes = 0;
    const result = await new Promise((resolve) => {
        let timedOut = false;
        let cancelled = false;
        let settled = false;
        let killTimer;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.file, options.args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ["ignore", "pipe", "pipe"],
            shell: false,
            detached: true,
            windowsHide: true,
        });
        const stop = () => {
            killGroup(child.pid, "SIGTERM");
            killTimer = setTimeout(() => killGroup(child.pid, "SIGKILL"), grace);
            killTimer.unref();
        };
        const timer = setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener("abort", onAbort, { once: true });
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            options.signal?.removeEventListener("abort", onAbort);
            // The agent is done; anything it left running in its group goes with it.
            killGroup(child.pid, "SIGKILL");
            if (killTimer)
                clearTimeout(killTimer);
            resolve({ ...r, timedOut, cancelled, stdout: "", durationMs: 0, pid: child.pid });
        };
        child.stdout.on("data", (c) => {
            out.write(c);
            if (keptBytes < keep) {
                kept.push(c);
                keptBytes += c.length;
            }
        });
        child.stderr.on("data", (c) => err.write(c));
        child.on("error", (e) => finish({ exitCode: null, signal: null, spawnError: e }));
        // When the agent exits, whatever it left running in its group would hold the pipes open:
        // the phase is over, so the group goes too, and "close" follows.
        child.on("exit", () => killGroup(child.pid, "SIGKILL"));
        child.on("close", (code, sig) => finish({ exitCode: code, signal: sig }));
    });
    await Promise.all([new Promise((r) => out.end(r)), new Promise((r) => err.end(r))]);
    result.durationMs = Math.round(performance.now() - started);
    result.stdout = Buffer.concat(kept).toString("utf8");
    return result;
}
/** The executable's full path when it can be found on PATH (or is a path that exists). */
async function findExecutable(file, envPath, cwd) {
    const isExec = async (p) => {
        try {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(p);
            if (!st.isFile())
                return false;
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(p, 1 /* X_OK */);
            return true;
        }
        catch {
            return false;
        }
    };
    if (file.includes("/")) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, file);
        return (await isExec(p)) ? p : undefined;
    }
    for (const dir of (envPath ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (!dir)
            continue;
        const p = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, file);
        if (await isExec(p))
            return p;
    }
    return undefined;
}


/***/ }),

/***/ 29537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ey: () => (/* binding */ detectLayout),
/* harmony export */   p6: () => (/* binding */ commandName)
/* harmony export */ });
/* unused harmony exports INTEGRATION_FILE, commandFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3680);




const DOLLAR_PREFIX = new Set(["codex", "zcode", "command-code"]);
const INTEGRATION_FILE = ".specify/integration.json";
const INIT_OPTIONS_FILE = ".specify/init-options.json";
/** The command a phase is invoked by, as the installed integration names it: `$speckit-plan`, `/speckit.plan`. */
function commandName(layout, phase) {
    return `${layout.prefix}speckit${layout.separator}${phase}`;
}
/** Where an agent finds a phase's command file in this layout (undefined: not known for this agent). */
function commandFile(layout, agent, phase) {
    if (layout.generation === 0) {
        const files = {
            claude: `.claude/commands/speckit.${phase}.md`,
            codex: `.codex/prompts/speckit.${phase}.md`,
            gemini: `.gemini/commands/speckit.${phase}.toml`,
            copilot: `.github/prompts/speckit.${phase}.prompt.md`,
        };
        return files[agent];
    }
    const skill = (dir) => `${dir}/speckit-${phase}/SKILL.md`;
    switch (agent) {
        case "codex":
            return skill(".agents/skills");
        case "claude":
            return skill(".claude/skills");
        case "gemini":
            return layout.separator === "-" ? `.gemini/commands/speckit-${phase}.toml` : `.gemini/commands/speckit.${phase}.toml`;
        case "copilot":
            return layout.separator === "-" ? skill(".github/skills") : `.github/agents/speckit.${phase}.agent.md`;
        default:
            return undefined;
    }
}
async function isDir(p) {
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p).catch(() => undefined);
    return st?.isDirectory() ?? false;
}
async function isFile(p) {
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p).catch(() => undefined);
    return st?.isFile() ?? false;
}
async function readJson(repo, rel) {
    const bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.readRegularFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(repo, rel), rel, 1024 * 1024);
    if (bytes === undefined)
        return undefined;
    try {
        const data = JSON.parse(bytes.toString("utf8"));
        if (data && typeof data === "object" && !Array.isArray(data))
            return data;
    }
    catch {
        // reported below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${rel} is not a JSON object`, {
        file: rel,
        hint: "restore the file Spec Kit wrote (`specify init --here --force --integration <agent> --script sh` rewrites it), then commit",
        code: "speckit.bad-speckit-file",
    });
}
/**
 * The installed layout, or undefined when the repository has no `.specify/` (Spec Kit is not
 * installed). Throws a UserError when Spec Kit is installed but not for this agent.
 */
async function detectLayout(repo, agent, phases) {
    if (!(await isDir(node_path__WEBPACK_IMPORTED_MODULE_1__.join(repo, ".specify"))))
        return undefined;
    const state = await readJson(repo, INTEGRATION_FILE);
    let layout;
    if (state) {
        const str = (v) => (typeof v === "string" && v !== "" ? v : undefined);
        const installed = new Set([
            ...(Array.isArray(state.installed_integrations) ? state.installed_integrations : []),
            state.integration,
            state.default_integration,
        ]
            .map(str)
            .filter((v) => v !== undefined));
        const key = agent === "command" ? (str(state.default_integration) ?? str(state.integration)) : agent;
        if (agent !== "command" && !installed.has(agent)) {
            const have = [...installed].join(", ") || "no integration";
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`Spec Kit in this repository is installed for ${have} (${INTEGRATION_FILE}), not for ${agent}`, {
                file: INTEGRATION_FILE,
                hint: `run \`specify integration install ${agent}\` in the repository and commit what it adds, or choose the agent it has (agent: ${[...installed][0] ?? "claude"})`,
                code: "speckit.integration-missing",
            });
        }
        const settings = (state.integration_settings && typeof state.integration_settings === "object" ? state.integration_settings : {});
        const sep = key ? settings[key]?.invoke_separator : undefined;
        const options = await readJson(repo, INIT_OPTIONS_FILE).catch(() => undefined);
        const numbering = str(options?.feature_numbering) ?? str(options?.branch_numbering);
        layout = {
            generation: 1,
            integration: key,
            version: str(state.version),
            separator: sep === "-" ? "-" : ".",
            prefix: key && DOLLAR_PREFIX.has(key) ? "$" : "/",
            numbering: numbering === "timestamp" ? "timestamp" : "sequential",
        };
    }
    else {
        layout = { generation: 0, integration: agent === "command" ? undefined : agent, separator: ".", prefix: "/", numbering: "sequential" };
    }
    if (agent !== "command") {
        for (const phase of phases) {
            const file = commandFile(layout, agent, phase);
            if (file && (await isFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(repo, file))))
                continue;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`Spec Kit in this repository has no ${phase} command for ${agent}: ${file ?? "(no known command file)"} is missing`, {
                file,
                hint: layout.generation === 1
                    ? `run \`specify integration install ${agent}\` in the repository (or \`specify init --here --force --integration ${agent} --script sh\`) and commit what it adds`
                    : `this is the Spec Kit 0.0.x layout; install Spec Kit 1.x for ${agent} with \`specify init --here --force --integration ${agent} --script sh\` and commit what it adds`,
                code: "speckit.command-missing",
            });
        }
    }
    return layout;
}


/***/ }),

/***/ 70481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initArgs: () => (/* binding */ initArgs),
  installCommands: () => (/* binding */ installCommands),
  parseSpeckitVersion: () => (/* binding */ parseSpeckitVersion),
  prepareSpeckit: () => (/* binding */ prepareSpeckit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/speckit/agent-process.ts
var agent_process = __webpack_require__(84670);
// EXTERNAL MODULE: ./packages/core/src/speckit/agents.ts
var agents = __webpack_require__(94337);
;// CONCATENATED MODULE: ./packages/core/src/speckit/config.ts



const CONFIG_FILE = ".specpipe/config.yml";
async function readSpeckitConfig(repoDir) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(external_node_path_.join(repoDir, CONFIG_FILE), "utf8");
    }
    catch {
        return {};
    }
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const doc = parseDocument(text);
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new errors.UserError(`${CONFIG_FILE} is not valid YAML: ${e.message.split("\n")[0]}`, {
            file: CONFIG_FILE,
            line: e.linePos?.[0]?.line,
            column: e.linePos?.[0]?.col,
            hint: "correct the YAML (speckit: { agent: codex })",
            code: "speckit.bad-config",
        });
    }
    const data = (doc.toJS() ?? {});
    const section = (data.speckit && typeof data.speckit === "object" ? data.speckit : {});
    const str = (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
    return { agent: str(section.agent), command: str(section["agent-command"]) };
}

// EXTERNAL MODULE: ./packages/core/src/speckit/failures.ts
var failures = __webpack_require__(83124);
// EXTERNAL MODULE: ./packages/core/src/speckit/layout.ts
var speckit_layout = __webpack_require__(29537);
;// CONCATENATED MODULE: ./packages/core/src/speckit/stages/speckit.ts








/**
 * Stage 2, Spec Kit (ADR 0032): the layout `specify init` left in the repository (command names,
 * numbering), or, when there is no `.specify/`, Spec Kit installed the way its docs say, by its
 * own CLI: `specify` from PATH, else `uvx --from specify-cli==<version>`, else
 * `pipx run --spec specify-cli==<version>`. The installer runs as the agent does (its user, its
 * environment without the agent's keys), in the work tree, so its files are committed with the
 * products.
 */
async function prepareSpeckit(ctx) {
    const { options, ws } = ctx;
    // FR-010: the agent from the input, SPECPIPE_AGENT or the repository's config.
    const agent = (0,agents.resolveAgent)({ ...options.agent, config: await readSpeckitConfig(ws.repo) });
    ctx.agent = agent;
    ctx.record.agent = { name: agent.name, source: agent.source };
    let layout = await (0,speckit_layout/* detectLayout */.ey)(ws.repo, agent.name, options.phases);
    let installer;
    if (!layout) {
        installer = await installSpeckit(ctx, agent.name);
        layout = await (0,speckit_layout/* detectLayout */.ey)(ws.repo, agent.name, options.phases);
        if (!layout) {
            throw new errors.UserError(`${installer} ran but left no .specify/ folder`, {
                hint: `read its output in the artifacts (install.stdout.log, install.stderr.log); or run the install yourself and commit .specify/: ${installCommands(agent.name, options.speckitVersion)}`,
                code: "speckit.install-failed",
            });
        }
        ctx.installed = true;
    }
    ctx.layout = layout;
    ctx.record.speckit = {
        generation: layout.generation,
        integration: layout.integration,
        version: layout.version,
        installed: ctx.installed,
        ...(installer ? { installer } : {}),
    };
    ctx.log(describe(layout, ctx.installed));
}
function describe(layout, installed) {
    const what = layout.generation === 1
        ? `Spec Kit ${layout.version ?? "1.x"} (${layout.integration ?? "no integration"})`
        : "Spec Kit 0.0.x (dotted commands)";
    return `${installed ? "installed" : "found"} ${what}; phases are invoked as ${layout.prefix}speckit${layout.separator}<phase>`;
}
/** A specify-cli version as pip takes it after `==` (1.0.1, 1.1.0rc1): nothing else reaches the installer. */
function parseSpeckitVersion(raw, fallback) {
    const v = (raw ?? "").trim();
    if (v === "")
        return fallback;
    if (/^\d+(\.\d+){0,3}([a-z]+\d*)?(\.(post|dev)\d+)?$/i.test(v))
        return v;
    throw new errors.UserError(`speckit-version "${raw}" is not a version`, {
        hint: `give a specify-cli release such as ${fallback}`,
        code: "speckit.bad-speckit-version",
    });
}
/** The integration `specify init` installs for an agent (agent: command has none). */
function integrationOf(agent) {
    return agent === "command" ? undefined : agent;
}
/** `specify init`'s arguments, with the flags of Spec Kit 1.x (`--ai` is gone). */
function initArgs(integration) {
    // --force: the clone is not empty, and init asks before writing into a non-empty folder.
    return ["init", "--here", "--force", "--integration", integration, "--script", "sh", "--ignore-agent-tools"];
}
/** The exact commands a person runs to install Spec Kit, for the errors. */
function installCommands(agent, version) {
    const args = initArgs(integrationOf(agent) ?? "<agent>").join(" ");
    return `\`uvx --from specify-cli==${version} specify ${args}\` or \`pipx run --spec specify-cli==${version} specify ${args}\``;
}
/** The first installer that is there: specify, uvx, pipx (on the agent's PATH). */
async function findInstaller(envPath, cwd, version) {
    const specify = await (0,agent_process/* findExecutable */.o)("specify", envPath, cwd);
    if (specify)
        return { file: specify, args: [], name: "specify" };
    const uvx = await (0,agent_process/* findExecutable */.o)("uvx", envPath, cwd);
    if (uvx)
        return { file: uvx, args: ["--from", `specify-cli==${version}`, "specify"], name: `uvx --from specify-cli==${version} specify` };
    const pipx = await (0,agent_process/* findExecutable */.o)("pipx", envPath, cwd);
    if (pipx)
        return {
            file: pipx,
            args: ["run", "--spec", `specify-cli==${version}`, "specify"],
            name: `pipx run --spec specify-cli==${version} specify`,
        };
    return undefined;
}
async function installSpeckit(ctx, agent) {
    const { options, ws } = ctx;
    const integration = integrationOf(agent);
    const notInstalled = (why) => new errors.UserError(`${options.repository} (branch ${ctx.base}) has no .specify/ folder: Spec Kit is not installed there, and ${why}`, {
        hint: `install Spec Kit before this step (uv or pipx; GitHub-hosted runners have pipx), or run ${installCommands(agent, options.speckitVersion)} in the repository, commit .specify/ and the agent's folder, and run again`,
        code: "speckit.not-initialised",
    });
    if (!integration)
        throw notInstalled("agent: command names no Spec Kit integration to install");
    // The installer gets what the agent gets, without the agent's keys: it needs none.
    const { env } = (0,agents.agentEnvironment)({ parentEnv: options.parentEnv ?? process.env, allowed: [], home: ws.home, tmp: ws.tmp });
    const installer = await findInstaller(env.PATH, ws.repo, options.speckitVersion);
    if (!installer)
        throw notInstalled("none of specify, uvx or pipx is on PATH to install it");
    ctx.checkCancel("before installing Spec Kit");
    ctx.log(`installing Spec Kit: ${installer.name} ${initArgs(integration).join(" ")}`);
    const sandbox = ctx.sandbox;
    const cmd = sandbox.wrap(installer.file, [...installer.args, ...initArgs(integration)], env.PATH);
    const res = await (0,agent_process/* runAgentProcess */.C)({
        file: cmd.file,
        args: cmd.args,
        cwd: ws.repo,
        env,
        stdoutFile: external_node_path_.join(ws.artifacts, "install.stdout.log"),
        stderrFile: external_node_path_.join(ws.artifacts, "install.stderr.log"),
        timeoutMs: options.phaseTimeoutMs,
        signal: options.signal,
    });
    await sandbox.killAll();
    await sandbox.take([ws.repo]);
    await sandbox.give([ws.repo]);
    ctx.record.artifacts.push({ kind: "install_log", path: "install.stdout.log" }, { kind: "install_log", path: "install.stderr.log" });
    if (res.cancelled)
        throw new failures/* RunCancelled */.zL("while installing Spec Kit");
    if (res.exitCode !== 0) {
        const stderr = await external_node_fs_.promises.readFile(external_node_path_.join(ws.artifacts, "install.stderr.log"), "utf8").catch(() => "");
        throw new errors.UserError(`installing Spec Kit failed (${installer.name} ${initArgs(integration).join(" ")}): ${res.timedOut ? "timed out" : `exit code ${res.exitCode ?? res.signal}`}: ${(0,failures/* lastLines */.w$)(stderr)}`, {
            hint: `read install.stderr.log in the artifacts; or run ${installCommands(agent, options.speckitVersion)} in the repository yourself, commit what it adds, and run again`,
            code: "speckit.install-failed",
        });
    }
    return installer.name;
}


/***/ })

};
