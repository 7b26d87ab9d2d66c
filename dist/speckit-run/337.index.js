export const id = 337;
export const ids = [337];
export const modules = {

/***/ 94337:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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


/***/ })

};
