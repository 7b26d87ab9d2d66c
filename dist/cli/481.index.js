export const id = 481;
export const ids = [481,4337];
export const modules = {

/***/ 4670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAgentProcess),
/* harmony export */   o: () => (/* binding */ findExecutable)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
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


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ey: () => (/* binding */ detectLayout),
/* harmony export */   p6: () => (/* binding */ commandName)
/* harmony export */ });
/* unused harmony exports INTEGRATION_FILE, commandFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
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

/***/ 481:
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/speckit/agent-process.ts
var agent_process = __webpack_require__(4670);
// EXTERNAL MODULE: ./packages/core/src/speckit/agents.ts
var agents = __webpack_require__(4337);
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
    const { parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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
var failures = __webpack_require__(3124);
// EXTERNAL MODULE: ./packages/core/src/speckit/layout.ts
var speckit_layout = __webpack_require__(9537);
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
