export const id = 7447;
export const ids = [7447,3680,4337];
export const modules = {

/***/ 3680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   insideWorkspace: () => (/* binding */ insideWorkspace),
/* harmony export */   readRegularFile: () => (/* binding */ readRegularFile),
/* harmony export */   readRegularFileSync: () => (/* binding */ readRegularFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);



const realRoots = new Map();
function realRoot(root) {
    let r = realRoots.get(root);
    if (r === undefined) {
        try {
            r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        }
        catch {
            r = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
        }
        realRoots.set(root, r);
    }
    return r;
}
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p);
    return rel === "" || (!rel.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
const toRel = (root, abs) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/") || ".";
function outside(input, options, detail) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" ${detail}`, {
        hint: options.hint ??
            `give ${options.what} as a path inside the workspace (relative to the repository root), with no symlink that leads out of it`,
        code: "path.outside-workspace",
    });
}
/**
 * Resolve `input` (relative to `base`, which defaults to `root`) to a path inside `root`, or throw
 * a UserError that names the input. The path need not exist; its existing part is checked.
 */
async function insideWorkspace(root, input, options, base = root) {
    if (input.includes("\0"))
        throw outside(JSON.stringify(input).slice(1, -1), options, "holds a NUL byte");
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, input);
    if (!isInside(absRoot, abs))
        throw outside(input, options, "is outside the workspace");
    const real = realRoot(absRoot);
    // Walk the existing components, checking each symlink's target: the realpath of the deepest
    // existing ancestor must stay inside the workspace's realpath.
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(absRoot, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    let current = absRoot;
    for (let i = 0; i < parts.length; i++) {
        current = node_path__WEBPACK_IMPORTED_MODULE_1__.join(current, parts[i]);
        let st;
        try {
            st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(current);
        }
        catch (e) {
            const code = e.code;
            if (code === "ENOENT" || code === "ENOTDIR")
                break;
            throw e;
        }
        if (!st.isSymbolicLink())
            continue;
        const last = i === parts.length - 1;
        if (last && options.noSymlink) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
                file: toRel(absRoot, current),
                hint: `replace ${toRel(absRoot, current)} with the file itself (git rm the link, commit the real file)`,
                code: "path.symlink",
            });
        }
        let target;
        try {
            target = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(current);
        }
        catch {
            // A dangling link: where it points is not ours to create through.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" goes through a symlink that points nowhere (${toRel(absRoot, current)})`, {
                file: toRel(absRoot, current),
                hint: `remove the symlink ${toRel(absRoot, current)} or point it at a path inside the workspace`,
                code: "path.symlink",
            });
        }
        if (!isInside(real, target)) {
            throw outside(input, options, `goes through the symlink ${toRel(absRoot, current)}, which leads out of the workspace`);
        }
    }
    if (options.file) {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(abs).catch(() => undefined);
        if (abs === absRoot || st?.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" is ${abs === absRoot ? "the workspace itself" : "a folder"}, not a file`, {
                hint: `give ${options.what} as the path of a file inside the workspace, e.g. .specpipe/out.html`,
                code: "path.not-a-file",
            });
        }
    }
    return { abs, rel: toRel(absRoot, abs) };
}
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function symlinkRefused(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
        file: what,
        hint: "replace the symlink with the file itself",
        code: "path.symlink",
    });
}
function notRegular(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} is not a regular file`, { file: what, hint: "give the path of a regular file", code: "path.not-a-file" });
}
/** What open(2) says about a path that cannot be a file: a UserError, or undefined (a bug, rethrown). */
function openRefused(code, what) {
    if (code === "ELOOP" || code === "EMLINK")
        return symlinkRefused(what);
    if (code === "EISDIR")
        return notRegular(what);
    // "docs/README.md/STATUS.md": a folder on the way is a file.
    if (code === "ENOTDIR") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} cannot exist: a folder on its path is a file`, {
            file: what,
            hint: "give the path of a file whose folders are folders (check the path input for a file name in the middle)",
            code: "path.not-a-file",
        });
    }
    return undefined;
}
function tooLarge(what, size, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} is ${size} bytes, more than the ${maxBytes} this input takes`, {
        file: what,
        hint: `keep ${what} under ${Math.floor(maxBytes / 1048576)} MiB`,
        code: "path.too-large",
    });
}
/**
 * `readRegularFile` for callers that read thousands of small files in a row (spec discovery):
 * the same checks, without a promise round trip per system call.
 */
function readRegularFileSync(abs, what, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, NOFOLLOW);
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT")
            return undefined;
        throw openRefused(code, what) ?? e;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw notRegular(what);
        if (maxBytes !== undefined && st.size > maxBytes)
            throw tooLarge(what, st.size, maxBytes);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Read a regular file without following a symlink (O_NOFOLLOW), or undefined when it does not exist. */
async function readRegularFile(abs, what, maxBytes) {
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(abs, NOFOLLOW);
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT")
            return undefined;
        throw openRefused(code, what) ?? e;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw notRegular(what);
        if (maxBytes !== undefined && st.size > maxBytes)
            throw tooLarge(what, st.size, maxBytes);
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 4337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AGENTS: () => (/* binding */ AGENTS),
/* harmony export */   DEFAULT_PHASES: () => (/* binding */ DEFAULT_PHASES),
/* harmony export */   INSTALL_HINTS: () => (/* binding */ INSTALL_HINTS),
/* harmony export */   NEVER_PASSED: () => (/* binding */ NEVER_PASSED),
/* harmony export */   PHASES: () => (/* binding */ PHASES),
/* harmony export */   agentEnvironment: () => (/* binding */ agentEnvironment),
/* harmony export */   buildInvocation: () => (/* binding */ buildInvocation),
/* harmony export */   parsePhases: () => (/* binding */ parsePhases),
/* harmony export */   parseUsage: () => (/* binding */ parseUsage),
/* harmony export */   phasePrompt: () => (/* binding */ phasePrompt),
/* harmony export */   resolveAgent: () => (/* binding */ resolveAgent),
/* harmony export */   speckitEnvironment: () => (/* binding */ speckitEnvironment),
/* harmony export */   splitTemplate: () => (/* binding */ splitTemplate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * Agent adapters: how each coding agent is asked to run one Spec Kit phase. An adapter only
 * builds an argument array (never a shell string), so the spec text reaches the agent as one
 * argument, byte for byte, whatever quotes, `$(...)`, backticks or newlines it holds.
 */
const PHASES = ["specify", "clarify", "plan", "tasks", "analyze"];
const DEFAULT_PHASES = ["specify", "plan", "tasks"];
const AGENTS = ["codex", "claude", "gemini", "copilot", "command"];
/** How the agent installs, for the "agent missing" error. */
const INSTALL_HINTS = {
    codex: "install the Codex CLI before this step (npm install -g @openai/codex) and pass OPENAI_API_KEY through agent-env",
    claude: "install Claude Code before this step (npm install -g @anthropic-ai/claude-code) and pass ANTHROPIC_API_KEY through agent-env",
    gemini: "install the Gemini CLI before this step (npm install -g @google/gemini-cli) and pass GEMINI_API_KEY through agent-env",
    copilot: "install the Copilot CLI before this step (npm install -g @github/copilot) and pass COPILOT_GITHUB_TOKEN through agent-env",
};
function parsePhases(items) {
    const phases = [];
    for (const raw of items) {
        const p = raw
            .trim()
            .toLowerCase()
            .replace(/^\/?speckit[.-]/, "");
        if (!PHASES.includes(p)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`unknown Spec Kit phase "${raw}"`, {
                hint: `list phases from ${PHASES.join(", ")} (default: ${DEFAULT_PHASES.join(", ")})`,
                code: "speckit.bad-phase",
            });
        }
        if (!phases.includes(p))
            phases.push(p);
    }
    if (phases.length === 0)
        return [...DEFAULT_PHASES];
    // Spec Kit's order, whatever order they were listed in.
    return PHASES.filter((p) => phases.includes(p));
}
/** The prompt for a phase: the installed command (`$speckit-specify`, `/speckit.plan`), plus the spec text for specify. */
function phasePrompt(command, phase, specText) {
    return phase === "specify" ? `${command} ${specText}` : command;
}
/**
 * Split a command template into words like a POSIX shell would split *literal* text (quotes
 * group, backslash escapes) but with no expansion of any kind. Placeholders are substituted
 * inside each word afterwards, so a substituted value never becomes more than one argument.
 */
function splitTemplate(template) {
    const words = [];
    let cur = "";
    let inWord = false;
    let quote;
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === "\\" && quote === '"' && (template[i + 1] === '"' || template[i + 1] === "\\"))
                cur += template[++i];
            else
                cur += c;
        }
        else if (c === "'" || c === '"') {
            quote = c;
            inWord = true;
        }
        else if (c === "\\" && i + 1 < template.length) {
            cur += template[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(cur);
            cur = "";
            inWord = false;
        }
        else {
            cur += c;
            inWord = true;
        }
    }
    if (quote) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`agent-command has an unclosed ${quote} quote`, {
            hint: "close the quote in agent-command; placeholders need no quotes, {prompt} always stays one argument",
            code: "speckit.bad-agent-command",
        });
    }
    if (inWord)
        words.push(cur);
    return words;
}
const PLACEHOLDER = /\{(prompt|phase|feature_dir|spec)\}/g;
/** `command` is the phase's command as the installed integration names it (layout.ts). */
function buildInvocation(agent, command, phase, specText, featureDir) {
    const prompt = phasePrompt(command, phase, specText);
    switch (agent.name) {
        case "codex":
            // `exec` is Codex's non-interactive mode; --full-auto lets it write in the clone.
            return { file: "codex", args: ["exec", "--json", "--full-auto", prompt] };
        case "claude":
            return { file: "claude", args: ["-p", prompt, "--output-format", "json", "--permission-mode", "bypassPermissions"] };
        case "gemini":
            return { file: "gemini", args: ["-p", prompt, "--output-format", "json", "--yolo"] };
        case "copilot":
            return { file: "copilot", args: ["-p", prompt, "--yolo"] };
        case "command": {
            const template = agent.command?.trim();
            if (!template) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError('agent is "command" but no agent-command was given', {
                    hint: 'set agent-command to the program and its arguments, e.g. "my-agent --phase {phase} {prompt}"',
                    code: "speckit.bad-agent-command",
                });
            }
            const values = { prompt, phase, feature_dir: featureDir, spec: specText };
            const words = splitTemplate(template).map((w) => w.replace(PLACEHOLDER, (_, k) => values[k]));
            if (words.length === 0 || words[0] === "") {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("agent-command names no program", {
                    hint: "start agent-command with the program to run",
                    code: "speckit.bad-agent-command",
                });
            }
            return { file: words[0], args: words.slice(1) };
        }
    }
}
/**
 * FR-010: the agent is chosen, first match wins, by the `agent` input, the SPECPIPE_AGENT
 * variable, the repository's `.specpipe/config.yml` (`speckit.agent`), else codex.
 * SPECPIPE_AGENT may be `command:<template>`.
 */
function resolveAgent(sources) {
    const pick = (raw, command, source) => {
        let name = raw.trim().toLowerCase();
        let cmd = command;
        const inline = /^command:(.*)$/s.exec(raw.trim());
        if (inline) {
            name = "command";
            cmd = inline[1].trim();
        }
        if (!AGENTS.includes(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`unknown agent "${raw}" (from ${source})`, {
                hint: `use one of ${AGENTS.join(", ")}; "command" takes its program from agent-command`,
                code: "speckit.bad-agent",
            });
        }
        return { name: name, command: cmd, source };
    };
    if (sources.input?.trim())
        return pick(sources.input, sources.inputCommand, "input agent");
    if (sources.env?.trim())
        return pick(sources.env, sources.inputCommand, "SPECPIPE_AGENT");
    if (sources.config?.agent?.trim())
        return pick(sources.config.agent, sources.inputCommand ?? sources.config.command, ".specpipe/config.yml");
    if (sources.inputCommand?.trim())
        return { name: "command", command: sources.inputCommand, source: "input agent-command" };
    return { name: "codex", source: "default" };
}
/** Variables that hold credentials for the repository; never given to the agent. */
const NEVER_PASSED = new Set(["GITHUB_TOKEN", "GH_TOKEN", "INPUT_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"]);
/**
 * The agent's whole environment: PATH, HOME (the run's own), the locale, and the allowed names
 * (Spec Kit's SPECIFY_FEATURE and SPECIFY_FEATURE_DIRECTORY are added per phase, see
 * `speckitEnvironment`). Anything named like a repository credential, or whose value is the token,
 * is left out and reported.
 */
function agentEnvironment(options) {
    const { parentEnv, token } = options;
    const env = {
        PATH: parentEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin",
        HOME: options.home,
        TMPDIR: options.tmp,
        LANG: parentEnv.LANG ?? "C.UTF-8",
        CI: "true",
    };
    const refused = [];
    const missing = [];
    for (const name of options.allowed) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`agent-env lists "${name}", which is not a variable name`, {
                hint: "list variable names only (one per line or comma-separated), e.g. OPENAI_API_KEY",
                code: "speckit.bad-agent-env",
            });
        }
        const value = parentEnv[name];
        if (NEVER_PASSED.has(name.toUpperCase()) || (token && value && value.includes(token))) {
            refused.push(name);
            continue;
        }
        if (value === undefined)
            missing.push(name);
        else
            env[name] = value;
    }
    return { env, refused, missing };
}
/**
 * The environment of one phase: the agent's, plus the feature as Spec Kit's scripts read it
 * (README of Spec Kit 1.0.1: `SPECIFY_FEATURE_DIRECTORY` wins over `.specify/feature.json`;
 * `SPECIFY_FEATURE` is the label its scripts report as the branch, and what 0.0.x scripts found
 * the feature by).
 */
function speckitEnvironment(env, feature) {
    return { ...env, SPECIFY_FEATURE: feature.branch, SPECIFY_FEATURE_DIRECTORY: feature.dir };
}
/**
 * Tokens and cost from an agent's JSON output, where it gives them: Codex `--json` (JSON lines,
 * `turn.completed` with `usage`), Claude `--output-format json` (`usage`, `total_cost_usd`),
 * Gemini `--output-format json` (`stats.models.*.tokens.total`). Anything else: nothing.
 */
function parseUsage(stdout) {
    const docs = [];
    const whole = stdout.trim();
    if (whole.startsWith("{") || whole.startsWith("[")) {
        try {
            docs.push(JSON.parse(whole));
        }
        catch {
            /* JSON lines, handled below */
        }
    }
    if (docs.length === 0) {
        for (const line of stdout.split("\n")) {
            const t = line.trim();
            if (!t.startsWith("{"))
                continue;
            try {
                docs.push(JSON.parse(t));
            }
            catch {
                /* not JSON: the agent's prose */
            }
        }
    }
    let tokens;
    let cost;
    const add = (n) => {
        if (typeof n === "number" && Number.isFinite(n) && n >= 0)
            tokens = (tokens ?? 0) + n;
    };
    const visit = (doc) => {
        if (Array.isArray(doc))
            return doc.forEach(visit);
        if (!doc || typeof doc !== "object")
            return;
        const o = doc;
        const usage = o.usage;
        if (usage && typeof usage === "object") {
            if (typeof usage.total_tokens === "number")
                add(usage.total_tokens);
            else {
                add(usage.input_tokens);
                add(usage.output_tokens);
                add(usage.cache_creation_input_tokens);
                add(usage.cache_read_input_tokens);
            }
        }
        for (const key of ["total_cost_usd", "cost_usd"]) {
            const c = o[key];
            if (typeof c === "number" && Number.isFinite(c) && c >= 0) {
                cost = (cost ?? 0) + c;
                break;
            }
        }
        const stats = o.stats;
        if (stats && typeof stats === "object" && stats.models && typeof stats.models === "object") {
            for (const m of Object.values(stats.models))
                add(m?.tokens?.total);
        }
    };
    docs.forEach(visit);
    const result = {};
    if (tokens !== undefined)
        result.tokens = tokens;
    if (cost !== undefined)
        result.costUsd = Math.round(cost * 1e6) / 1e6;
    return result;
}


/***/ }),

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ agentFailed),
/* harmony export */   Bb: () => (/* binding */ agentTimedOut),
/* harmony export */   EX: () => (/* binding */ pushFailed),
/* harmony export */   Or: () => (/* binding */ agentMissing),
/* harmony export */   c: () => (/* binding */ noSpecText),
/* harmony export */   kx: () => (/* binding */ productMissing),
/* harmony export */   p$: () => (/* binding */ cloneFailed),
/* harmony export */   w$: () => (/* binding */ lastLines),
/* harmony export */   zL: () => (/* binding */ RunCancelled)
/* harmony export */ });
/* unused harmony export gitProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _agents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4337);


/**
 * Every way a run can end badly that a person can fix, as a named error (stable `code`) with
 * its remedy. The action shows message + remedy; run.json keeps the code.
 */
class RunCancelled extends Error {
    constructor(where) {
        super(`the run was cancelled ${where}`);
        this.name = "RunCancelled";
    }
}
function agentMissing(agent, file) {
    const hint = agent.name === "command"
        ? `install "${file}" before this step or correct agent-command (it is looked up on PATH, or relative to the repository root)`
        : _agents_js__WEBPACK_IMPORTED_MODULE_1__.INSTALL_HINTS[agent.name];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the agent executable "${file}" (agent ${agent.name}, chosen by ${agent.source}) was not found`, {
        hint,
        code: "speckit.agent-missing",
    });
}
const DENIED = /403|permission to .* denied|denied to|authentication failed|could not read username|invalid username or password|access denied|not authorized|write access to repository not granted/i;
const NOT_FOUND = /repository .*not found|not found|does not exist|does not appear to be a git repository|no such file or directory/i;
function cloneFailed(repository, base, stderr) {
    if (base && /remote branch .* not found|couldn't find remote ref/i.test(stderr)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${repository} has no branch "${base}"`, {
            hint: "set base-branch to an existing branch, or leave it empty for the repository's default branch",
            code: "speckit.no-base-branch",
        });
    }
    const denied = DENIED.test(stderr) || NOT_FOUND.test(stderr);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`git clone of ${repository} failed: ${gitProblem(stderr)}`, {
        hint: denied
            ? "the token cannot read the repository: give the job `permissions: contents: read` (or `contents: write` to push), or pass a token with access to it as `token`"
            : "check that the repository exists and the runner can reach it; the clone's stderr is above",
        code: denied ? "speckit.clone-denied" : "speckit.clone-failed",
    });
}
function pushFailed(repository, branch, stderr) {
    const denied = DENIED.test(stderr) || /pre-receive hook declined|protected branch/i.test(stderr);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`git push of ${branch} to ${repository} failed: ${gitProblem(stderr)}`, {
        hint: denied
            ? "the token may not push: give the job `permissions: contents: write` (and allow pushes to branches named like the feature branch)"
            : "the remote refused the push; its stderr is above",
        code: denied ? "speckit.push-denied" : "speckit.push-failed",
    });
}
function agentFailed(phase, detail, stderrLog) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the agent failed in the ${phase} phase: ${detail}`, {
        hint: `read its output in the artifacts (${stderrLog}); raise retries for transient failures`,
        code: "speckit.agent-crashed",
    });
}
function agentTimedOut(phase, minutes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the agent ran longer than ${minutes} minute(s) in the ${phase} phase and was stopped (its whole process group was killed)`, {
        hint: "raise phase-timeout-minutes, or check that the agent needs no interactive input (stdin is closed)",
        code: "speckit.agent-timeout",
    });
}
function productMissing(phase, problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the ${phase} phase did not produce its result: ${problem}`, {
        hint: `check that the agent runs the ${phase} command Spec Kit installed (its stdout and stderr are in the artifacts); a rerun retries from this phase`,
        code: "speckit.product-missing",
    });
}
function noSpecText() {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("no specification text was given", {
        hint: "set `spec` or `spec-file`, or trigger the workflow from an issue whose body is the specification",
        code: "speckit.no-spec",
    });
}
function lastLines(text, n = 3) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "");
    return lines.slice(-n).join(" / ") || "(no output)";
}
/** The lines of git's output that say what went wrong (the remote's own words first). */
function gitProblem(text, n = 4) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "" && l !== "Done" && !/^To /.test(l));
    const telling = lines.filter((l) => /^(remote|fatal|error):|denied|rejected|declined|403|not found/i.test(l));
    return (telling.length ? telling : lines).slice(0, n).join(" / ") || "(no output)";
}


/***/ })

};
