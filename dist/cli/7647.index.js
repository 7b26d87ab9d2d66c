export const id = 7647;
export const ids = [7647,330,8770,4337];
export const modules = {

/***/ 1315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ GITHUB_ACTIONS_BOT)
/* harmony export */ });
/**
 * Constants and defaults that more than one action or command uses: one home, so that they
 * cannot drift apart (the bot's id was once written wrong in one of five places).
 */
/** The identity GitHub gives commits made with GITHUB_TOKEN; used when no git identity is configured. */
const GITHUB_ACTIONS_BOT = {
    name: "github-actions[bot]",
    email: "41898282+github-actions[bot]@users.noreply.github.com",
};


/***/ }),

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   GitError: () => (/* binding */ GitError),
/* harmony export */   gitUserError: () => (/* binding */ gitUserError),
/* harmony export */   isNonFastForward: () => (/* binding */ isNonFastForward)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7332);


/**
 * A typed wrapper over the `git` executable. Arguments are always arrays; nothing goes through
 * a shell, so spec text, branch names and commit messages cannot be interpreted as commands.
 *
 * Credentials: `withAuth` passes a token to one git invocation through `-c http.extraHeader`
 * in the *environment* (GIT_CONFIG_COUNT/KEY/VALUE), so it never appears in a command line
 * (visible in `ps`), in a remote URL, or in `.git/config`.
 */
class GitError extends Error {
    args;
    code;
    stderr;
    stdout;
    constructor(args, code, stderr, stdout) {
        super(`git ${args.join(" ")} failed (exit ${code}): ${stderr.trim() || stdout.trim()}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.stdout = stdout;
        this.name = "GitError";
    }
}
class Git {
    cwd;
    env;
    executable;
    auth;
    constructor(options) {
        this.cwd = options.cwd;
        this.executable = options.executable ?? "git";
        this.env = {
            ...process.env,
            ...options.env,
            // Never prompt: a prompt in CI hangs the job until its timeout.
            GIT_TERMINAL_PROMPT: "0",
            // Deterministic output regardless of the runner's locale.
            LC_ALL: "C",
        };
    }
    /** A Git for another directory with the same environment and credentials. */
    at(cwd) {
        const g = new Git({ cwd, env: this.env, executable: this.executable });
        g.auth = this.auth;
        return g;
    }
    /** Use this token for network operations (fetch, push, clone) of this instance. */
    withAuth(auth) {
        const g = this.at(this.cwd);
        g.auth = auth;
        return g;
    }
    envFor(network) {
        if (!network || !this.auth)
            return this.env;
        const basic = Buffer.from(`x-access-token:${this.auth.token}`).toString("base64");
        const key = this.auth.urlPrefix ? `http.${this.auth.urlPrefix}.extraheader` : "http.extraheader";
        // GIT_CONFIG_COUNT configuration lives only in this process's environment.
        const base = Number(this.env.GIT_CONFIG_COUNT ?? 0);
        return {
            ...this.env,
            GIT_CONFIG_COUNT: String(base + 1),
            [`GIT_CONFIG_KEY_${base}`]: key,
            [`GIT_CONFIG_VALUE_${base}`]: `AUTHORIZATION: basic ${basic}`,
        };
    }
    /** Run git; resolve with the raw result whatever the exit code. */
    async raw(args, options = {}) {
        return (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R)(this.executable, args, {
            cwd: options.cwd ?? this.cwd,
            env: this.envFor(options.network ?? false),
            input: options.input,
        });
    }
    /** Run git; throw GitError on a non-zero exit; return stdout as text. */
    async run(args, options = {}) {
        const r = await this.raw(args, options);
        if (r.code !== 0)
            throw new GitError(args, r.code, this.redact(r.stderr.toString("utf8")), this.redact(r.stdout.toString("utf8")));
        return r.stdout.toString("utf8");
    }
    /** Same as run, but returns stdout as a Buffer (for file contents). */
    async runBuffer(args, options = {}) {
        const r = await this.raw(args, options);
        if (r.code !== 0)
            throw new GitError(args, r.code, r.stderr.toString("utf8"), "");
        return r.stdout;
    }
    redact(text) {
        if (!this.auth?.token)
            return text;
        return text.split(this.auth.token).join("***");
    }
    // ---- common operations -------------------------------------------------------------
    async isRepository() {
        const r = await this.raw(["rev-parse", "--is-inside-work-tree"]);
        return r.code === 0 && r.stdout.toString().trim() === "true";
    }
    async topLevel() {
        return (await this.run(["rev-parse", "--show-toplevel"])).trim();
    }
    async head() {
        return (await this.run(["rev-parse", "HEAD"])).trim();
    }
    async currentBranch() {
        const r = await this.raw(["symbolic-ref", "--quiet", "--short", "HEAD"]);
        return r.code === 0 ? r.stdout.toString().trim() : undefined;
    }
    /** The commit `rev` names, or undefined. `rev` goes after --end-of-options: it is never an option. */
    async revParse(rev) {
        const r = await this.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
        return r.code === 0 ? r.stdout.toString().trim() : undefined;
    }
    /** Paths changed in the work tree and index (porcelain v1, NUL-separated). */
    async status(paths = []) {
        const out = await this.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...paths]);
        const entries = [];
        const parts = out.split("\0");
        for (let i = 0; i < parts.length; i++) {
            const p = parts[i];
            if (!p)
                continue;
            const code = p.slice(0, 2);
            entries.push({ code, path: p.slice(3) });
            // Renames and copies carry the source path in the next field.
            if (code[0] === "R" || code[0] === "C")
                i++;
        }
        return entries;
    }
    async add(paths) {
        await this.run(["add", "--", ...paths]);
    }
    /** Commit with the message given on stdin (no shell quoting issues, any length). */
    async commit(message, options = {}) {
        const args = ["commit", "--quiet", "--file=-"];
        if (options.allowEmpty)
            args.push("--allow-empty");
        if (options.author)
            args.push(`--author=${options.author}`);
        if (options.paths)
            args.push("--", ...options.paths);
        await this.run(args, { input: message });
        return this.head();
    }
    async fetch(remote, refspecs = [], extra = []) {
        await this.run(["fetch", "--quiet", ...extra, remote, ...refspecs], { network: true });
    }
    async push(remote, refspecs, extra = []) {
        return this.raw(["push", "--porcelain", ...extra, remote, ...refspecs], { network: true });
    }
    async isShallow() {
        return (await this.run(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    }
    async objectFormat() {
        const r = await this.raw(["rev-parse", "--show-object-format"]);
        return r.stdout.toString().trim() === "sha256" ? "sha256" : "sha1";
    }
    async configGet(key) {
        const r = await this.raw(["config", "--get", key]);
        return r.code === 0 ? r.stdout.toString().trim() : undefined;
    }
}
/** True when a push was refused because the remote moved on (fetch, rebase, try again). */
function isNonFastForward(result) {
    const text = result.stdout.toString() + result.stderr.toString();
    return /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|failed to update ref|cannot lock ref/i.test(text);
}
/**
 * Git failures a user fixes, not bugs: the adapters (action kit, CLI) turn them into a UserError
 * with the fix instead of reporting "internal error". Anything else stays a bug.
 */
function gitUserError(error) {
    if (!(error instanceof GitError))
        return undefined;
    const text = `${error.stderr}\n${error.stdout}`;
    if (/not a git repository/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("the working directory is not a git repository", {
            hint: "check out the repository first (actions/checkout; fetch-depth: 0 for actions that read history), or point working-directory at it",
            code: "git.not-a-repository",
            cause: error,
        });
    }
    if (/dubious ownership/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("git refuses the repository: it is owned by another user", {
            hint: "run `git config --global --add safe.directory <path>` before this step, or check out as the same user",
            code: "git.dubious-ownership",
            cause: error,
        });
    }
    if (/could not resolve host|unable to access|connection refused|could not read from remote repository|does not appear to be a git repository|repository .* not found|failed to connect/i.test(text)) {
        const first = error.stderr
            .trim()
            .split("\n")
            .find((l) => /fatal|error/i.test(l)) ?? error.stderr.trim().split("\n")[0];
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`git could not reach the remote (git ${error.args
            .filter((a) => !a.startsWith("-"))
            .slice(0, 2)
            .join(" ")}): ${first}`, {
            hint: "check the remote's URL (git remote -v), the network, and that the token may read the repository; then run the step again",
            code: "git.remote-unreachable",
            cause: error,
        });
    }
    if (/unknown revision|bad revision|bad object|invalid object name/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`git does not have a commit this step needs (git ${error.args.slice(0, 2).join(" ")}): ${error.stderr.trim().split("\n")[0]}`, {
            hint: "check out with `fetch-depth: 0` so the whole history is there, or pass existing commits",
            code: "git.missing-commit",
            cause: error,
        });
    }
    return undefined;
}


/***/ }),

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   PERMISSIONS: () => (/* binding */ PERMISSIONS),
/* harmony export */   PullRequestExistsError: () => (/* binding */ PullRequestExistsError),
/* harmony export */   hasPermission: () => (/* binding */ hasPermission),
/* harmony export */   parseRepository: () => (/* binding */ parseRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/**
 * The GitHub port: everything the five actions and the CLI ask of GitHub, as plain typed data.
 *
 * Core code depends on this interface only. The real implementation (`./octokit.ts`) talks to the
 * REST API through Octokit; tests may pass any object that satisfies `GitHubApi`.
 *
 * Errors, for every method unless its comment says otherwise:
 * - a `UserError` (from `../errors.js`) when the person running the workflow can fix it: bad or
 *   expired token, a missing workflow permission (the hint names it), a repository that does not
 *   exist or is not visible to the token, a rate limit that outlasted the bounded retries;
 * - a `PullRequestExistsError` from `createPull` when an open pull request already has that head;
 * - a `GitHubApiError` for anything else GitHub answered with an error (after retries).
 */

const PERMISSIONS = ["none", "read", "triage", "write", "maintain", "admin"];
/** true when `actual` is at least `required` (admin > maintain > write > triage > read > none). */
function hasPermission(actual, required) {
    return PERMISSIONS.indexOf(actual) >= PERMISSIONS.indexOf(required);
}
/** GitHub answered with an error that is neither the user's to fix nor expected by the caller. */
class GitHubApiError extends Error {
    /** HTTP status; 0 when no response arrived. */
    status;
    /** e.g. "POST /repos/{owner}/{repo}/pulls" */
    route;
    constructor(message, options) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = "GitHubApiError";
        this.status = options.status;
        this.route = options.route;
    }
}
/** `createPull` found an open pull request with the same head: find it and update it instead. */
class PullRequestExistsError extends GitHubApiError {
    /** "owner:branch" */
    head;
    constructor(head, options) {
        super(`A pull request already exists for ${head}`, { status: 422, ...options });
        this.name = "PullRequestExistsError";
        this.head = head;
    }
}
// GitHub: owner 1-39 of [A-Za-z0-9-]; repository names [A-Za-z0-9._-], not "." or "..".
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** "owner/name" (surrounding spaces and a trailing ".git" tolerated) → { owner, repo }. */
function parseRepository(text) {
    const trimmed = text.trim().replace(/\.git$/, "");
    const parts = trimmed.split("/");
    const [owner, repo] = parts;
    if (parts.length !== 2 || !owner || !repo || !OWNER.test(owner) || !NAME.test(repo) || repo === "." || repo === "..") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`"${text}" is not a repository name`, {
            hint: 'write the repository as "owner/name", e.g. "octo-org/octo-repo" (no URL, no spaces)',
            code: "github.bad-repository",
        });
    }
    return { owner, repo };
}


/***/ }),

/***/ 7332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

function runProcess(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ["pipe", "pipe", "pipe"],
            shell: false,
            windowsHide: true,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        let timer;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                child.kill("SIGKILL");
            }, options.timeoutMs);
        }
        child.stdout.on("data", (c) => out.push(c));
        child.stderr.on("data", (c) => err.push(c));
        child.on("error", (e) => {
            if (timer)
                clearTimeout(timer);
            reject(e);
        });
        child.on("close", (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err), timedOut });
        });
        // EPIPE when the child exits without reading stdin is not an error for us.
        child.stdin.on("error", () => { });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
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
/** The Spec Kit command of a phase with its arguments, as the agent's slash command or skill. */
function phasePrompt(agent, phase, specText) {
    const sigil = agent === "codex" ? "$" : "/";
    const command = `${sigil}speckit-${phase}`;
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
function buildInvocation(agent, phase, specText, featureDir) {
    const prompt = phasePrompt(agent.name === "command" ? "claude" : agent.name, phase, specText);
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
 * The agent's whole environment: PATH, HOME (the run's own), the locale, Spec Kit's
 * SPECIFY_FEATURE, and the allowed names. Anything named like a repository credential, or whose
 * value is the token, is left out and reported.
 */
function agentEnvironment(options) {
    const { parentEnv, token } = options;
    const env = {
        PATH: parentEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin",
        HOME: options.home,
        TMPDIR: options.tmp,
        LANG: parentEnv.LANG ?? "C.UTF-8",
        SPECIFY_FEATURE: options.feature,
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
/* harmony export */   Jn: () => (/* binding */ notInitialised),
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
function notInitialised(repository, base) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${repository} (branch ${base}) has no .specify/ folder: Spec Kit is not initialised there`, {
        hint: "run `uvx --from git+https://github.com/github/spec-kit.git specify init --here --ai <agent>` in the repository, commit .specify/ and run again",
        code: "speckit.not-initialised",
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
        hint: `check that the agent runs Spec Kit's /speckit.${phase} command (the phase's stdout and stderr are in the artifacts)`,
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

/***/ 7647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputHash: () => (/* binding */ inputHash),
  runSpeckit: () => (/* binding */ runSpeckit)
});

// EXTERNAL MODULE: ./packages/core/src/defaults.ts
var defaults = __webpack_require__(1315);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git_git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/github/port.ts
var port = __webpack_require__(8770);
// EXTERNAL MODULE: ./packages/core/src/process.ts
var src_process = __webpack_require__(7332);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/speckit/agent-process.ts



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
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(options.stdoutFile), { recursive: true });
    const out = (0,external_node_fs_.createWriteStream)(options.stdoutFile);
    const err = (0,external_node_fs_.createWriteStream)(options.stderrFile);
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
        const child = (0,external_node_child_process_.spawn)(options.file, options.args, {
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
            const st = await external_node_fs_.promises.stat(p);
            if (!st.isFile())
                return false;
            await external_node_fs_.promises.access(p, 1 /* X_OK */);
            return true;
        }
        catch {
            return false;
        }
    };
    if (file.includes("/")) {
        const p = external_node_path_.resolve(cwd, file);
        return (await isExec(p)) ? p : undefined;
    }
    for (const dir of (envPath ?? "").split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const p = external_node_path_.join(dir, file);
        if (await isExec(p))
            return p;
    }
    return undefined;
}

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
;// CONCATENATED MODULE: ./packages/core/src/speckit/naming.ts

/**
 * Spec Kit's feature naming: `NNN-short-name`, where NNN is one above the highest number already
 * used (by a folder under `specs/` or by any branch, remote ones included), three digits at
 * least, and the short name is 2–4 meaningful words of the description, lower-case, hyphenated.
 * The word filter follows Spec Kit's `create-new-feature` rules (stop words dropped, words under
 * three letters dropped unless written as an upper-case acronym).
 */
const STOP_WORDS = new Set(("i a an the to for of in on at by with from is are was were be been being have has had do does did will would " +
    "should could can may might must shall this that these those my your our their want need add get set and or " +
    "as it its into so we us let lets please").split(" "));
/** The line of a description that names the feature: a Markdown title, else the first sentence. */
function describingLine(description) {
    const lines = description.replace(/^\uFEFF/, "").split(/\r?\n/);
    for (const raw of lines) {
        const line = raw.trim();
        if (line === "")
            continue;
        const title = /^#{1,6}\s+(.*)$/.exec(line);
        let text = title ? title[1] : line;
        // "Feature Specification: X" and "Spec: X" titles: the name is after the colon.
        const colon = /^(?:feature\s+specification|specification|spec|feature)\s*:\s*(.+)$/i.exec(text);
        if (colon)
            text = colon[1];
        const sentence = /^(.*?[^.!?])[.!?](\s|$)/.exec(text);
        return (sentence ? sentence[1] : text).trim();
    }
    return "";
}
/** Lower-case, non-alphanumerics to single hyphens, no leading or trailing hyphen. */
function cleanName(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
/** 2–4 meaningful words of the description (fewer only when it has fewer), hyphenated. */
function shortName(description) {
    const line = describingLine(description);
    const words = line
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== "");
    const meaningful = [];
    for (const w of words) {
        const lower = w.toLowerCase();
        if (STOP_WORDS.has(lower))
            continue;
        const acronym = w.length >= 2 && w === w.toUpperCase() && /[A-Z]/.test(w);
        if (lower.length >= 3 || acronym)
            meaningful.push(lower);
    }
    let picked;
    if (meaningful.length > 0)
        picked = meaningful.slice(0, meaningful.length === 4 ? 4 : 3);
    else
        picked = words.map((w) => w.toLowerCase()).slice(0, 3);
    const name = cleanName(picked.join("-"));
    return name === "" ? "feature" : name.slice(0, 60).replace(/-+$/, "");
}
const NUMBERED = /^(\d{3,})-/;
/** The feature number of a name like `012-foo` (a folder or a branch), or undefined. */
function featureNumber(name) {
    const m = NUMBERED.exec(name);
    return m ? Number.parseInt(m[1], 10) : undefined;
}
/** One above the highest number among the names (folders under specs/ and branch names). */
function nextFeatureNumber(names) {
    let highest = 0;
    for (const n of names) {
        const k = featureNumber(n);
        if (k !== undefined && k > highest)
            highest = k;
    }
    return highest + 1;
}
function formatFeatureNumber(n) {
    return String(n).padStart(3, "0");
}
/** GitHub refuses branch names over 244 bytes. */
const MAX_BRANCH_BYTES = 244;
/**
 * The branch for a feature. `requested` (the `branch-name` input) wins: used as it is when it
 * already starts with a number, else cleaned and numbered.
 */
function featureBranch(number, description, requested) {
    let name;
    if (requested && NUMBERED.test(requested))
        name = requested;
    else {
        const suffix = requested ? cleanName(requested) || shortName(description) : shortName(description);
        name = `${formatFeatureNumber(number)}-${suffix}`;
    }
    validateBranchName(name);
    return name;
}
/** The rules of `git check-ref-format --branch` that a user can break, checked without git. */
function validateBranchName(name) {
    const bad = name === "" ||
        Buffer.byteLength(name) > MAX_BRANCH_BYTES ||
        // eslint-disable-next-line no-control-regex -- control characters are what git refuses here
        /[\x00-\x20\x7f~^:?*[\\]/.test(name) ||
        name.includes("..") ||
        name.includes("@{") ||
        name.includes("//") ||
        name.startsWith("-") ||
        name.startsWith("/") ||
        name.endsWith("/") ||
        name.endsWith(".") ||
        name.endsWith(".lock") ||
        name.split("/").some((part) => part.startsWith("."));
    if (bad) {
        throw new errors.UserError(`"${name}" is not a valid branch name`, {
            hint: "set branch-name to letters, digits and hyphens, e.g. 004-user-login (at most 244 bytes)",
            code: "speckit.bad-branch-name",
        });
    }
}
/** Branch names out of `git ls-remote --heads` output. */
function parseLsRemoteHeads(output) {
    const result = [];
    for (const line of output.split("\n")) {
        const m = /^([0-9a-f]{40,64})\trefs\/heads\/(.+)$/.exec(line.trim());
        if (m)
            result.push({ sha: m[1], branch: m[2] });
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/permission.ts


/**
 * A run triggered by an issue or a comment spends the repository's agent budget and pushes a
 * branch: the person who triggered it needs write, maintain or admin on the repository. Any
 * failure to find out (API error, unknown user) refuses the run: the check fails closed.
 */
async function checkTriggerPermission(api, repo, login) {
    const full = `${repo.owner}/${repo.repo}`;
    if (!login) {
        throw new errors.UserError(`the event names no user, so their permission on ${full} cannot be checked`, {
            hint: "trigger speckit-run from an issue or comment event (it carries `sender`), or from workflow_dispatch",
            code: "speckit.permission-unknown",
        });
    }
    let permission;
    try {
        permission = await api.getPermission({ ...repo, username: login });
    }
    catch (cause) {
        throw new errors.UserError(`could not check ${login}'s permission on ${full}, so the run was refused: ${cause.message}`, {
            hint: "give the job `permissions: contents: read` (enough to read collaborator permissions) and run again",
            code: "speckit.permission-check-failed",
            cause,
        });
    }
    if (!(0,port.hasPermission)(permission, "write")) {
        throw new errors.UserError(`${login} has ${permission} permission on ${full}; starting a Spec Kit run needs write, maintain or admin`, {
            hint: `ask a maintainer to trigger the run, or give ${login} write access`,
            code: "speckit.permission-denied",
        });
    }
    return permission;
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/progress.ts
/**
 * The progress comment: when a run is triggered from an issue or a pull request, one comment
 * on it, created once and then edited at every phase (a checklist with durations). A rerun
 * finds the comment by its hidden marker and edits it too: never a second comment.
 */
const PROGRESS_MARKER = "<!-- specpipe:speckit-run -->";
function seconds(ms) {
    return ms === undefined ? "" : ` (${(ms / 1000).toFixed(1)} s)`;
}
const BOX = {
    succeeded: "[x]",
    skipped: "[x]",
    failed: "[ ]",
    running: "[ ]",
    retrying: "[ ]",
    pending: "[ ]",
};
function renderProgress(record, links = {}) {
    const lines = [PROGRESS_MARKER, `### Spec Kit run \`${record.runId}\`: ${record.status.replace(/_/g, " ")}`, ""];
    for (const p of record.phases) {
        let note = "";
        if (p.status === "running")
            note = ` — running${p.attempt > 1 ? ` (attempt ${p.attempt})` : ""}`;
        else if (p.status === "retrying")
            note = ` — retrying after attempt ${p.attempt}`;
        else if (p.status === "skipped")
            note = ` — skipped${p.reason ? `: ${p.reason}` : ""}`;
        else if (p.status === "failed")
            note = ` — **failed**${p.reason ? `: ${p.reason}` : ""}`;
        lines.push(`- ${BOX[p.status] ?? "[ ]"} \`${p.phase}\`${p.status === "succeeded" || p.status === "failed" ? seconds(p.durationMs) : ""}${note}`);
    }
    lines.push("");
    const facts = [];
    if (record.branch)
        facts.push(`Branch: \`${record.branch}\``);
    if (record.pr)
        facts.push(`Pull request: ${record.pr.url}`);
    if (record.tokens !== undefined)
        facts.push(`Tokens: ${record.tokens}`);
    if (record.costUsd !== undefined)
        facts.push(`Cost: $${record.costUsd}`);
    if (links.runUrl)
        facts.push(`[Workflow run](${links.runUrl})`);
    if (facts.length)
        lines.push(facts.join(" · "), "");
    if (record.error)
        lines.push(`> ${record.error.message}${record.error.hint ? `. Fix: ${record.error.hint}` : ""}`, "");
    const last = record.timeline[record.timeline.length - 1];
    if (record.status === "no_changes" && last?.reason)
        lines.push(`> No changes: ${last.reason}`, "");
    if (record.status === "needs_clarification" && last?.reason)
        lines.push(`> ${last.reason}`, "");
    return lines.join("\n");
}
class ProgressComment {
    api;
    repo;
    number;
    onWarning;
    links;
    commentId;
    lastBody;
    next;
    chain = Promise.resolve();
    constructor(api, repo, number, onWarning, links = {}) {
        this.api = api;
        this.repo = repo;
        this.number = number;
        this.onWarning = onWarning;
        this.links = links;
    }
    /**
     * Queue an update. Updates never overlap and never fail the run; while one is being written,
     * later ones collapse into the newest (GitHub paces writes, so stale states are skipped).
     */
    update(record) {
        const queued = this.next !== undefined;
        this.next = renderProgress(record, this.links);
        if (!queued) {
            this.chain = this.chain
                .then(() => {
                const body = this.next;
                this.next = undefined;
                return this.write(body);
            })
                .catch((e) => this.onWarning(`progress comment not updated: ${e.message}`));
        }
        return this.chain;
    }
    async write(body) {
        if (body === this.lastBody)
            return;
        if (this.commentId === undefined) {
            const existing = (await this.api.listComments({ ...this.repo, number: this.number })).find((c) => c.body.startsWith(PROGRESS_MARKER));
            if (existing)
                this.commentId = existing.id;
        }
        if (this.commentId === undefined)
            this.commentId = (await this.api.createComment({ ...this.repo, number: this.number, body })).id;
        else
            await this.api.updateComment({ ...this.repo, commentId: this.commentId, body });
        this.lastBody = body;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/products.ts


const CLARIFICATION = /\[NEEDS CLARIFICATION/;
/** `[NEEDS CLARIFICATION` markers: 1-based line numbers and the marker text. */
function clarificationMarkers(text) {
    const found = [];
    const lines = text.split(/\r?\n/);
    let inComment = false;
    lines.forEach((l, i) => {
        // Spec Kit's templates explain the marker inside HTML comments; those are not markers.
        const visible = stripComments(l, inComment);
        inComment = visible.inComment;
        const m = /\[NEEDS CLARIFICATION[^\]]*\]?/.exec(visible.text);
        if (m)
            found.push({ line: i + 1, text: m[0] });
    });
    return found;
}
function stripComments(line, inComment) {
    let out = "";
    let i = 0;
    while (i < line.length) {
        if (inComment) {
            const end = line.indexOf("-->", i);
            if (end < 0)
                return { text: out, inComment: true };
            i = end + 3;
            inComment = false;
        }
        else {
            const start = line.indexOf("<!--", i);
            if (start < 0)
                return { text: out + line.slice(i), inComment: false };
            out += line.slice(i, start);
            i = start + 4;
            inComment = true;
        }
    }
    return { text: out, inComment };
}
function hasClarificationMarkers(text) {
    return CLARIFICATION.test(text) && clarificationMarkers(text).length > 0;
}
async function read(file) {
    try {
        return await external_node_fs_.promises.readFile(file, "utf8");
    }
    catch {
        return undefined;
    }
}
function productFile(phase) {
    if (phase === "plan")
        return "plan.md";
    if (phase === "tasks")
        return "tasks.md";
    return "spec.md";
}
/**
 * Check a phase's product. `repoDir` is the clone, `featureDir` the feature folder relative to it,
 * `template` the content spec.md started from (Spec Kit copies the template in), when known.
 */
async function checkProduct(phase, repoDir, featureDir, template) {
    const rel = `${featureDir}/${productFile(phase)}`;
    const text = await read(external_node_path_.join(repoDir, rel));
    const fail = (problem) => ({ ok: false, file: rel, problem });
    if (text === undefined)
        return fail(`${rel} was not written`);
    if (text.trim() === "")
        return fail(`${rel} is empty`);
    if (phase === "plan") {
        const title = /^# Implementation Plan:\s*(.+)$/m.exec(text);
        if (!title)
            return fail(`${rel} has no "# Implementation Plan:" title`);
        if (/^\[FEATURE( NAME)?\]$/.test(title[1].trim()))
            return fail(`${rel} still has the template's title`);
        return { ok: true, file: rel };
    }
    if (phase === "tasks") {
        if (!/^\s*-\s*\[[ xX]\]\s*T\d{3,}\b/m.test(text))
            return fail(`${rel} has no T001-style task ("- [ ] T001 ...")`);
        if (/^# Tasks:\s*\[FEATURE NAME\]/m.test(text))
            return fail(`${rel} still has the template's title`);
        return { ok: true, file: rel };
    }
    // specify, clarify, analyze: spec.md must be a filled spec.
    if (template !== undefined && text.replace(/\r\n/g, "\n").trim() === template.replace(/\r\n/g, "\n").trim()) {
        return fail(`${rel} is still the unfilled template`);
    }
    if (/^# Feature Specification:\s*\[FEATURE NAME\]/m.test(text))
        return fail(`${rel} still has the template's title`);
    if (!/^## /m.test(text))
        return fail(`${rel} has no sections ("## ...")`);
    return { ok: true, file: rel };
}
/**
 * Resume: the phases already done on the branch, i.e. every phase before the first one whose
 * product is missing. Phases without a product of their own (clarify, analyze) count as done
 * only when a later phase's product exists.
 */
async function donePhases(phases, repoDir, featureDir, template) {
    const ownProduct = (p) => p === "specify" || p === "plan" || p === "tasks";
    const has = new Map();
    for (const p of phases)
        has.set(p, ownProduct(p) ? (await checkProduct(p, repoDir, featureDir, template)).ok : false);
    const done = new Set();
    // The last phase with a product present: everything up to it is done.
    let last = -1;
    for (let i = 0; i < phases.length; i++) {
        if (has.get(phases[i]))
            last = i;
        else if (ownProduct(phases[i]))
            break;
    }
    for (let i = 0; i <= last; i++)
        done.add(phases[i]);
    return done;
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/record.ts


const TERMINAL = (/* unused pure expression or super */ null && (["succeeded", "failed", "no_changes", "needs_clarification", "cancelled"]));
class RunRecorder {
    artifactsDir;
    record;
    runFile;
    eventsFile;
    clock;
    constructor(artifactsDir, record, clock = () => new Date()) {
        this.artifactsDir = artifactsDir;
        this.record = record;
        this.runFile = external_node_path_.join(artifactsDir, "run.json");
        this.eventsFile = external_node_path_.join(artifactsDir, "events.jsonl");
        this.clock = clock;
    }
    now() {
        return this.clock().toISOString();
    }
    /** Append one event line synchronously: it must survive a kill right after. */
    event(type, data) {
        (0,external_node_fs_.appendFileSync)(this.eventsFile, JSON.stringify({ at: this.now(), type, runId: this.record.runId, ...data }) + "\n");
    }
    async status(status, reason) {
        this.record.status = status;
        this.record.timeline.push(reason ? { status, at: this.now(), reason } : { status, at: this.now() });
        this.event("status", reason ? { status, reason } : { status });
        await this.save();
    }
    async phase(p) {
        this.event("phase", {
            phase: p.phase,
            status: p.status,
            attempt: p.attempt,
            exitCode: p.exitCode,
            durationMs: p.durationMs,
            reason: p.reason,
        });
        await this.save();
    }
    /**
     * Temp file + rename: a reader never sees half a run.json. No fsync: the record is rewritten
     * many times per run on an ephemeral runner, where power loss is not a case to pay for.
     */
    async save() {
        const tmp = `${this.runFile}.${process.pid}.tmp`;
        await external_node_fs_.promises.writeFile(tmp, JSON.stringify(this.record, null, 2) + "\n");
        await external_node_fs_.promises.rename(tmp, this.runFile);
    }
    static async create(artifactsDir, record, clock) {
        await external_node_fs_.promises.mkdir(artifactsDir, { recursive: true });
        const r = new RunRecorder(artifactsDir, record, clock);
        r.record.artifacts.push({ kind: "run_record", path: "run.json" }, { kind: "events", path: "events.jsonl" });
        return r;
    }
    static async load(artifactsDir) {
        try {
            const record = JSON.parse(await external_node_fs_.promises.readFile(external_node_path_.join(artifactsDir, "run.json"), "utf8"));
            return new RunRecorder(artifactsDir, record);
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/workspace.ts



/** `sr-20260101T120000Z-1a2b3c4d`: sortable by time, unique by its random part. */
function newRunId(now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z");
    return `sr-${stamp}-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
}
async function createWorkspace(root, runId, artifactsDir) {
    const dir = external_node_path_.join(root, `speckit-${runId}`);
    const ws = {
        runId,
        dir,
        repo: external_node_path_.join(dir, "repo"),
        home: external_node_path_.join(dir, "home"),
        tmp: external_node_path_.join(dir, "tmp"),
        artifacts: artifactsDir ? external_node_path_.resolve(artifactsDir) : external_node_path_.join(dir, "artifacts"),
    };
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    // repo/ is made by git clone.
    await Promise.all([ws.home, ws.tmp, ws.artifacts].map((d) => external_node_fs_.promises.mkdir(d, { recursive: true, mode: 0o700 })));
    return ws;
}
/**
 * Remove the clone, the home and the temp folder (where credentials could be); keep the
 * artifacts. Returns what was removed. Safe to call twice (the post step calls it again).
 */
async function removeWorkspace(ws) {
    const removed = [];
    for (const d of [ws.repo, ws.home, ws.tmp]) {
        const there = await external_node_fs_.promises
            .lstat(d)
            .then(() => true)
            .catch(() => false);
        if (!there)
            continue;
        await external_node_fs_.promises.rm(d, { recursive: true, force: true, maxRetries: 3 });
        removed.push(d);
    }
    // The workspace folder itself, unless the artifacts live in it.
    const artifactsInside = external_node_path_.resolve(ws.artifacts).startsWith(external_node_path_.resolve(ws.dir) + external_node_path_.sep);
    if (!artifactsInside) {
        const left = await external_node_fs_.promises.readdir(ws.dir).catch(() => undefined);
        if (left && left.length === 0) {
            await external_node_fs_.promises.rmdir(ws.dir).catch(() => { });
            removed.push(ws.dir);
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/run.ts


















const BOT = defaults/* GITHUB_ACTIONS_BOT */.i;
const SPEC_WRITING = ["specify", "clarify"];
class Stop {
    status;
    reason;
    constructor(status, reason) {
        this.status = status;
        this.reason = reason;
    }
}
function inputHash(specText) {
    return (0,external_node_crypto_.createHash)("sha256").update(specText.replace(/\r\n/g, "\n").trim(), "utf8").digest("hex").slice(0, 12);
}
async function runSpeckit(options) {
    const clock = options.clock ?? (() => new Date());
    const log = options.log ?? (() => { });
    const warn = options.warn ?? (() => { });
    const runId = options.runId ?? newRunId(clock());
    const ws = await createWorkspace(options.workspaceRoot, runId, options.artifactsDir);
    options.onWorkspace?.(ws);
    const phases = options.phases.map((phase) => ({ phase, status: "pending", attempt: 0, attempts: [] }));
    const rec = await RunRecorder.create(ws.artifacts, {
        schema: "specpipe/speckit-run@1",
        runId,
        repository: options.repository,
        requestedBranch: options.branchName,
        status: "queued",
        timeline: [],
        agent: { name: "unresolved", source: "" },
        phases,
        artifacts: [],
        retentionDays: options.retentionDays,
        warnings: [],
    }, clock);
    const record = rec.record;
    /** Made once the triggering user's permission is confirmed: nobody else gets a comment. */
    let progress;
    function addWarning(message) {
        record.warnings.push(message);
        warn(message);
    }
    const changed = async () => {
        await rec.save();
        void progress?.update(record);
    };
    const setStatus = async (status, reason) => {
        await rec.status(status, reason);
        log(`status: ${status}${reason ? ` (${reason})` : ""}`);
        void progress?.update(record);
    };
    /**
     * The clone's state after the last phase that succeeded: a copy of its index, taken right after
     * `git add --all` staged everything. Cheaper than writing a tree after every phase; a tree is
     * written from it only when one is needed (the commit, a checkpoint).
     */
    let goodIndex;
    /** Whether any phase of this run changed a file. */
    let phasesChanged = false;
    const checkCancel = (where) => {
        if (options.signal?.aborted)
            throw new failures/* RunCancelled */.zL(where);
    };
    await setStatus("queued");
    let error;
    try {
        if (options.github && options.trigger?.checkPermission) {
            const permission = await checkTriggerPermission(options.github.api, options.github.repo, options.trigger.user);
            log(`${options.trigger.user} has ${permission} permission`);
        }
        if (options.github && options.trigger?.number !== undefined) {
            progress = new ProgressComment(options.github.api, options.github.repo, options.trigger.number, (m) => addWarning(m), {
                runUrl: options.trigger.runUrl,
            });
        }
        await setStatus("in_progress");
        const stop = await execute();
        if (stop)
            await setStatus(stop.status, stop.reason);
        else
            await setStatus("succeeded");
    }
    catch (e) {
        error = e instanceof Error ? e : new Error(String(e));
        if (e instanceof failures/* RunCancelled */.zL) {
            await setStatus("cancelled", e.message);
            error = undefined;
        }
        else {
            const u = (0,errors.isUserError)(e) ? e : undefined;
            record.error = u
                ? { message: u.message, hint: u.hint, code: u.code }
                : { message: `internal error: ${e.message}`, code: "internal" };
            await setStatus("failed", record.error.message);
        }
    }
    finally {
        try {
            const removed = await removeWorkspace(ws);
            record.cleanup = { ok: true, at: rec.now(), by: "main", removed };
        }
        catch (e) {
            record.cleanup = { ok: false, at: rec.now(), by: "main", removed: [], error: e.message };
        }
        rec.event("cleanup", { ...record.cleanup });
        await rec.save();
        await progress?.update(record);
    }
    return { record, workspace: ws, error };
    // ---------------------------------------------------------------------------------------
    async function execute() {
        const auth = options.token ? { token: options.token, urlPrefix: options.authUrlPrefix } : undefined;
        const identity = options.committer ?? BOT;
        const gitEnv = {};
        if (!process.env.GIT_AUTHOR_NAME)
            gitEnv.GIT_AUTHOR_NAME = identity.name;
        if (!process.env.GIT_AUTHOR_EMAIL)
            gitEnv.GIT_AUTHOR_EMAIL = identity.email;
        if (!process.env.GIT_COMMITTER_NAME)
            gitEnv.GIT_COMMITTER_NAME = identity.name;
        if (!process.env.GIT_COMMITTER_EMAIL)
            gitEnv.GIT_COMMITTER_EMAIL = identity.email;
        const outer = new git_git.Git({ cwd: ws.dir, env: gitEnv }).withAuth(auth);
        // Clone the base branch. The token goes in the environment of this one git process only.
        checkCancel("before the clone");
        // Only the base branch's last commit: the phases read files, not history; the push needs no more.
        const cloneArgs = ["clone", "--quiet", "--no-tags", "--single-branch", "--depth=1"];
        if (options.baseBranch)
            cloneArgs.push("--branch", options.baseBranch);
        cloneArgs.push("--", options.remoteUrl, ws.repo);
        // The remote's branches (for numbering), asked for while the clone runs.
        const lsRemote = outer.raw(["ls-remote", "--heads", "--", options.remoteUrl], { network: true });
        lsRemote.catch(() => { });
        const cloned = await outer.raw(cloneArgs, { network: true });
        if (cloned.code !== 0)
            throw (0,failures/* cloneFailed */.p$)(options.repository, options.baseBranch, redact(cloned.stderr.toString("utf8")));
        const git = outer.at(ws.repo);
        const base = options.baseBranch ?? (await headBranch(ws.repo)) ?? (await git.currentBranch()) ?? "main";
        record.baseBranch = base;
        log(`cloned ${options.repository} (${base})`);
        const hasSpecify = await external_node_fs_.promises
            .stat(external_node_path_.join(ws.repo, ".specify"))
            .then((s) => s.isDirectory())
            .catch(() => false);
        if (!hasSpecify)
            throw (0,failures/* notInitialised */.Jn)(options.repository, base);
        // FR-010: the agent from the input, SPECPIPE_AGENT or the repository's config.
        const agent = (0,agents.resolveAgent)({ ...options.agent, config: await readSpeckitConfig(ws.repo) });
        record.agent = { name: agent.name, source: agent.source };
        // Branch: resume one made by an earlier run of the same request, or number a new one.
        checkCancel("before naming the branch");
        const listed = await lsRemote;
        if (listed.code !== 0)
            throw (0,failures/* cloneFailed */.p$)(options.repository, undefined, redact(listed.stderr.toString("utf8")));
        const heads = parseLsRemoteHeads(listed.stdout.toString("utf8"));
        let branch;
        let resumed = false;
        const wanted = options.branchName ? cleanName(options.branchName) : shortName(options.specText);
        const candidates = heads
            .map((h) => h.branch)
            .filter((b) => options.branchName && /^\d{3,}-/.test(options.branchName) ? b === options.branchName : new RegExp(`^\\d{3,}-${wanted}$`).test(b));
        if (candidates.length > 0)
            branch = await resumableBranch(git, candidates, options.branchName ? undefined : `Speckit-Input: ${inputHash(options.specText)}`);
        if (branch) {
            resumed = true;
            await git.run(["checkout", "--quiet", "-B", branch, `refs/remotes/origin/${branch}`]);
            log(`resuming branch ${branch}`);
        }
        else {
            const specDirs = await external_node_fs_.promises.readdir(external_node_path_.join(ws.repo, "specs")).catch(() => []);
            const number = nextFeatureNumber([...specDirs, ...heads.map((h) => h.branch)]);
            branch = featureBranch(number, options.specText, options.branchName);
            await git.run(["checkout", "--quiet", "-b", branch]);
            log(`created branch ${branch}`);
        }
        record.branch = branch;
        const featureDir = `specs/${branch}`;
        record.featureDir = featureDir;
        // The feature folder as Spec Kit makes it: spec.md from the template, .specify/feature.json.
        const template = await external_node_fs_.promises.readFile(external_node_path_.join(ws.repo, ".specify/templates/spec-template.md"), "utf8").catch(() => undefined);
        await external_node_fs_.promises.mkdir(external_node_path_.join(ws.repo, featureDir), { recursive: true });
        const specFile = external_node_path_.join(ws.repo, featureDir, "spec.md");
        if (!(await exists(specFile)))
            await external_node_fs_.promises.writeFile(specFile, template ?? "");
        await external_node_fs_.promises.writeFile(external_node_path_.join(ws.repo, ".specify/feature.json"), JSON.stringify({ feature_directory: featureDir }, null, 2) + "\n");
        await changed();
        // The agent's environment and executable.
        const { env: agentEnv, refused, missing, } = (0,agents.agentEnvironment)({
            parentEnv: options.parentEnv ?? process.env,
            allowed: options.agentEnv,
            home: ws.home,
            tmp: ws.tmp,
            feature: branch,
            token: options.token,
        });
        for (const name of refused)
            addWarning(`agent-env lists ${name}, which holds a repository credential; it was not given to the agent`);
        for (const name of missing)
            addWarning(`agent-env lists ${name}, but it is not set in this step's environment`);
        const probe = (0,agents.buildInvocation)(agent, options.phases[0] ?? "specify", options.specText, featureDir);
        const exe = await findExecutable(probe.file, agentEnv.PATH, ws.repo);
        if (!exe)
            throw (0,failures/* agentMissing */.Or)(agent, probe.file);
        record.agent.version = await agentVersion(agent, exe, agentEnv);
        const environment = {
            agent: record.agent,
            executable: exe,
            node: process.version,
            platform: `${process.platform}-${process.arch}`,
            runner: { os: process.env.RUNNER_OS, name: process.env.RUNNER_NAME },
            agentEnv: Object.keys(agentEnv).sort(),
            phaseTimeoutMs: options.phaseTimeoutMs,
            retries: options.retries,
        };
        await external_node_fs_.promises.writeFile(external_node_path_.join(ws.artifacts, "environment.json"), JSON.stringify(environment, null, 2) + "\n");
        record.artifacts.push({ kind: "environment_info", path: "environment.json" });
        // Resume: phases whose products are already on the branch are skipped.
        const done = resumed ? await donePhases(options.phases, ws.repo, featureDir, template) : new Set();
        const firstTodo = options.phases.find((p) => !done.has(p));
        if (resumed && firstTodo)
            record.resumedFrom = firstTodo;
        await stage(git);
        goodIndex = external_node_path_.join(ws.repo, ".git", "specpipe-good-index");
        await external_node_fs_.promises.copyFile(external_node_path_.join(ws.repo, ".git", "index"), goodIndex);
        const lastSpecWriting = [...options.phases].reverse().find((p) => SPEC_WRITING.includes(p));
        let succeededThisRun = 0;
        for (const p of phases) {
            if (done.has(p.phase)) {
                p.status = "skipped";
                p.reason = "its product is already on the branch";
                await rec.phase(p);
                void progress?.update(record);
            }
            else {
                let outcome;
                try {
                    outcome = await runPhase(p, agent, agentEnv, git, featureDir, template);
                }
                catch (e) {
                    // Keep what the earlier phases made on the branch, so that a rerun resumes here.
                    if (succeededThisRun > 0 && (0,errors.isUserError)(e) && !(e instanceof failures/* RunCancelled */.zL))
                        await checkpoint(git, branch, agent, featureDir, base);
                    throw e;
                }
                if (outcome instanceof Stop) {
                    if (outcome.status === "no_changes" && phasesChanged) {
                        // Earlier phases changed files; a later one writing nothing is a failure.
                        throw new errors.UserError(`the agent wrote nothing in the ${p.phase} phase`, {
                            hint: "check the agent's output in the artifacts; a rerun resumes from this phase",
                            code: "speckit.agent-wrote-nothing",
                        });
                    }
                    return outcome;
                }
                succeededThisRun++;
            }
            if (p.phase === lastSpecWriting) {
                const spec = await external_node_fs_.promises.readFile(specFile, "utf8").catch(() => "");
                const markers = clarificationMarkers(spec);
                if (markers.length > 0) {
                    const list = markers
                        .slice(0, 5)
                        .map((m) => `line ${m.line}: ${m.text}`)
                        .join("; ");
                    return new Stop("needs_clarification", `${featureDir}/spec.md has ${markers.length} [NEEDS CLARIFICATION] marker(s) (${list}); answer them in the specification text, or add the clarify phase, and run again`);
                }
            }
        }
        // FR-006: changes from the real diff, not from what the agent says.
        checkCancel("before the commit");
        // Everything is staged: the index against HEAD is exactly `git status`.
        const diff = phasesChanged ? await git.run(["diff", "--cached", "--raw", "--numstat", "--no-renames", "HEAD"]) : "";
        const status = [];
        const numstatLines = [];
        let insertions = 0;
        let deletions = 0;
        for (const line of diff.split("\n")) {
            const raw = /^:\d+ \d+ [0-9a-f]+ [0-9a-f]+ (\w)\d*\t(.*)$/.exec(line);
            if (raw)
                status.push({ code: raw[1], path: raw[2] });
            else if (line) {
                numstatLines.push(line);
                const [a, d] = line.split("\t");
                if (a && a !== "-")
                    insertions += Number(a);
                if (d && d !== "-")
                    deletions += Number(d);
            }
        }
        if (status.length === 0) {
            return new Stop("no_changes", succeededThisRun === 0 ? "every phase's product was already on the branch" : "the phases changed no file");
        }
        const numstat = numstatLines.join("\n") + "\n";
        record.changes = { files: status.length, insertions, deletions };
        const summaryText = [
            ...status.map((s) => `${s.code} ${s.path}`),
            "",
            `${status.length} file(s) changed, ${insertions} insertion(s)(+), ${deletions} deletion(s)(-)`,
            "",
            numstat,
        ].join("\n");
        await external_node_fs_.promises.writeFile(external_node_path_.join(ws.artifacts, "diff-summary.txt"), summaryText);
        record.artifacts.push({ kind: "diff_summary", path: "diff-summary.txt" });
        const message = await commitMessage(branch, agent, featureDir);
        // The commit of exactly what the phases left (all staged after the last one).
        const finalTree = (await git.run(["write-tree"])).trim();
        const sha = (await git.run(["commit-tree", finalTree, "-p", "HEAD", "-F", "-"], { input: message })).trim();
        record.commit = sha;
        log(`committed ${sha.slice(0, 12)}: ${message.split("\n")[0]}`);
        checkCancel("before the push");
        const pushed = await git.push("origin", [`${sha}:refs/heads/${branch}`]);
        const commitStatus = {
            commit: sha,
            branch,
            base,
            pushed: pushed.code === 0,
            message,
            push: redact(pushed.stderr.toString("utf8")).trim(),
        };
        await external_node_fs_.promises.writeFile(external_node_path_.join(ws.artifacts, "commit-status.json"), JSON.stringify(commitStatus, null, 2) + "\n");
        record.artifacts.push({ kind: "commit_status", path: "commit-status.json" });
        if (pushed.code !== 0)
            throw (0,failures/* pushFailed */.EX)(options.repository, branch, redact(pushed.stderr.toString("utf8") + pushed.stdout.toString("utf8")));
        log(`pushed ${branch}`);
        await changed();
        // FR-007: create the pull request, or update the open one for this branch.
        if (options.github) {
            const { api, repo } = options.github;
            const title = options.pr.title ?? `Spec ${branch}: ${describingLine(options.specText).slice(0, 120) || branch}`;
            const body = options.pr.body ?? pullBody(branch, featureDir, agent);
            let pr;
            let created = true;
            try {
                pr = await api.createPull({ ...repo, head: branch, base, title, body, draft: options.pr.draft });
            }
            catch (e) {
                if (!(e instanceof port.PullRequestExistsError))
                    throw e;
                const open = await api.findOpenPull({ ...repo, head: `${repo.owner}:${branch}`, base });
                if (!open)
                    throw e;
                pr = await api.updatePull({ ...repo, number: open.number, title, body });
                created = false;
            }
            record.pr = { number: pr.number, url: pr.htmlUrl, created };
            log(`${created ? "opened" : "updated"} pull request #${pr.number}`);
            if (options.pr.labels.length > 0)
                await api.addLabels({ ...repo, number: pr.number, labels: [...options.pr.labels] });
            await changed();
        }
        return undefined;
    }
    /**
     * Push what the finished phases made (the tree after the last phase that succeeded, not the
     * failed phase's half-written files) as a commit on the branch, so that a rerun resumes.
     */
    async function checkpoint(git, branch, agent, featureDir, base) {
        try {
            if (!goodIndex)
                return;
            const lastGoodTree = (await new git_git.Git({ cwd: ws.repo, env: { GIT_INDEX_FILE: goodIndex } }).run(["write-tree"])).trim();
            if (lastGoodTree === (await git.run(["rev-parse", "HEAD^{tree}"])).trim())
                return;
            const message = (await commitMessage(branch, agent, featureDir)).replace(/^(docs\(spec\): \S+)/, "$1 (partial)");
            const sha = (await git.run(["commit-tree", lastGoodTree, "-p", "HEAD", "-F", "-"], { input: message })).trim();
            const pushed = await git.push("origin", [`${sha}:refs/heads/${branch}`]);
            const commitStatus = {
                commit: sha,
                branch,
                base,
                pushed: pushed.code === 0,
                partial: true,
                message,
                push: redact(pushed.stderr.toString("utf8")).trim(),
            };
            await external_node_fs_.promises.writeFile(external_node_path_.join(ws.artifacts, "commit-status.json"), JSON.stringify(commitStatus, null, 2) + "\n");
            record.artifacts.push({ kind: "commit_status", path: "commit-status.json" });
            record.commit = sha;
            if (pushed.code === 0)
                log(`pushed the finished phases to ${branch}; a rerun resumes from the failed one`);
            else
                addWarning(`could not push the finished phases: ${(0,failures/* lastLines */.w$)(redact(pushed.stderr.toString("utf8")))}`);
        }
        catch (e) {
            addWarning(`could not save the finished phases: ${e.message}`);
        }
    }
    async function runPhase(p, agent, env, git, featureDir, template) {
        const maxAttempts = options.retries + 1;
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            checkCancel(`before the ${p.phase} phase`);
            const inv = (0,agents.buildInvocation)(agent, p.phase, options.specText, featureDir);
            const stdoutLog = `phases/${p.phase}-${attempt}.stdout.log`;
            const stderrLog = `phases/${p.phase}-${attempt}.stderr.log`;
            const startedAt = rec.now();
            Object.assign(p, { status: "running", attempt, startedAt, stdoutLog, stderrLog });
            p.endedAt = undefined;
            p.reason = undefined;
            record.artifacts.push({ kind: "stdout_log", path: stdoutLog, phase: p.phase }, { kind: "stderr_log", path: stderrLog, phase: p.phase });
            await rec.phase(p);
            void progress?.update(record);
            log(`${p.phase}: attempt ${attempt} of ${maxAttempts}`);
            const res = await runAgentProcess({
                file: inv.file,
                args: inv.args,
                cwd: ws.repo,
                env,
                stdoutFile: external_node_path_.join(ws.artifacts, stdoutLog),
                stderrFile: external_node_path_.join(ws.artifacts, stderrLog),
                timeoutMs: options.phaseTimeoutMs,
                signal: options.signal,
            });
            const usage = (0,agents.parseUsage)(res.stdout);
            if (usage.tokens !== undefined) {
                p.tokens = (p.tokens ?? 0) + usage.tokens;
                record.tokens = (record.tokens ?? 0) + usage.tokens;
            }
            if (usage.costUsd !== undefined) {
                p.costUsd = round6((p.costUsd ?? 0) + usage.costUsd);
                record.costUsd = round6((record.costUsd ?? 0) + usage.costUsd);
            }
            const endedAt = rec.now();
            Object.assign(p, { endedAt, durationMs: res.durationMs, exitCode: res.exitCode });
            const att = {
                attempt,
                startedAt,
                endedAt,
                durationMs: res.durationMs,
                exitCode: res.exitCode,
                signal: res.signal,
                timedOut: res.timedOut,
                stdoutLog,
                stderrLog,
                error: undefined,
            };
            p.attempts.push(att);
            let failure;
            let retryable = true;
            let changedThisAttempt = false;
            if (res.cancelled) {
                p.status = "failed";
                p.reason = att.error = "cancelled";
                await rec.phase(p);
                throw new failures/* RunCancelled */.zL(`during the ${p.phase} phase`);
            }
            else if (res.spawnError) {
                retryable = false;
                failure =
                    res.spawnError.code === "ENOENT"
                        ? (0,failures/* agentMissing */.Or)(agent, inv.file)
                        : (0,failures/* agentFailed */.$q)(p.phase, `could not start: ${res.spawnError.message}`, stderrLog);
            }
            else if (res.timedOut) {
                failure = (0,failures/* agentTimedOut */.Bb)(p.phase, Math.round((options.phaseTimeoutMs / 60000) * 100) / 100);
            }
            else if (res.exitCode !== 0) {
                const stderr = await external_node_fs_.promises.readFile(external_node_path_.join(ws.artifacts, stderrLog), "utf8").catch(() => "");
                failure = (0,failures/* agentFailed */.$q)(p.phase, `exit code ${res.exitCode ?? res.signal}: ${(0,failures/* lastLines */.w$)(stderr)}`, stderrLog);
            }
            else {
                const changes = await stage(git);
                const mustWrite = p.phase === "specify" || p.phase === "plan" || p.phase === "tasks";
                if (changes.length > 0)
                    changedThisAttempt = true;
                if (mustWrite && changes.length === 0) {
                    p.status = "failed";
                    p.reason = att.error = "the agent exited 0 but wrote nothing";
                    await rec.phase(p);
                    return new Stop("no_changes", `the agent wrote nothing in the ${p.phase} phase (exit 0); no commit, no push, no pull request; its output is in ${stdoutLog}`);
                }
                const check = await checkProduct(p.phase, ws.repo, featureDir, template);
                if (!check.ok)
                    failure = (0,failures/* productMissing */.kx)(p.phase, check.problem);
            }
            if (!failure) {
                await external_node_fs_.promises.copyFile(external_node_path_.join(ws.repo, ".git", "index"), goodIndex);
                if (changedThisAttempt)
                    phasesChanged = true;
                p.status = "succeeded";
                await rec.phase(p);
                void progress?.update(record);
                return undefined;
            }
            att.error = failure.message;
            p.reason = failure.message;
            if (retryable && attempt < maxAttempts) {
                // The next attempt starts from the files as they were before this one.
                // Back to the last good index: files it has are restored, files the attempt added are removed.
                await external_node_fs_.promises.copyFile(goodIndex, external_node_path_.join(ws.repo, ".git", "index"));
                await git.run(["checkout-index", "--all", "--force"]);
                await git.run(["clean", "-d", "--force", "--quiet"]);
                p.status = "retrying";
                await rec.phase(p);
                void progress?.update(record);
                log(`${p.phase}: ${failure.message}; retrying`);
                continue;
            }
            p.status = "failed";
            await rec.phase(p);
            throw failure;
        }
        return undefined;
    }
    async function commitMessage(branch, agent, featureDir) {
        const ran = phases.filter((p) => p.status === "succeeded").map((p) => p.phase);
        const trailers = [`Speckit-Run-Id: ${runId}`, `Speckit-Input: ${inputHash(options.specText)}`];
        const living = await external_node_fs_.promises.readFile(external_node_path_.join(ws.repo, "docs/spec.md")).catch(() => undefined);
        if (living) {
            const { hashSpecContents } = await __webpack_require__.e(/* import() */ 9357).then(__webpack_require__.bind(__webpack_require__, 9357));
            trailers.push(`Spec-Hash: ${hashSpecContents([{ path: "docs/spec.md", content: living }]).short}`);
        }
        return `docs(spec): ${branch}\n\nSpec Kit phases ${ran.join(", ") || "(none)"} by ${agent.name} in ${featureDir}.\n\n${trailers.join("\n")}\n`;
    }
    function pullBody(branch, featureDir, agent) {
        const rows = phases.map((p) => `| ${p.phase} | ${p.status} | ${p.durationMs === undefined ? "" : `${(p.durationMs / 1000).toFixed(1)} s`} |`);
        const lines = [
            `Spec Kit run \`${runId}\` (agent: ${agent.name}) for \`${branch}\`.`,
            "",
            `Files: [\`${featureDir}/\`](../blob/${branch}/${featureDir}/spec.md)`,
            "",
            "| phase | status | duration |",
            "| --- | --- | --- |",
            ...rows,
            "",
        ];
        if (options.trigger?.number !== undefined)
            lines.push(`Requested in #${options.trigger.number}.`, "");
        lines.push("<!-- specpipe:speckit-run:pull -->");
        return lines.join("\n");
    }
    function redact(text) {
        return options.token ? text.split(options.token).join("***") : text;
    }
}
/**
 * The first of `candidates` (remote branches named like this request's) whose last commit was
 * made by a run of the same request (its message has `marker`), or the first one when there is
 * no marker (the branch was named explicitly). Two git processes however many candidates there
 * are: one fetch of their last commits (depth 1: the messages are all we read, and the branch is
 * based on the shallow clone's own tip or needs nothing older to be pushed onto), and one
 * for-each-ref printing every message. Fetching and reading them one by one cost ~30 ms per
 * candidate, paid on every run of a repository where many features share a short name.
 */
async function resumableBranch(git, candidates, marker) {
    // No automatic maintenance after this fetch: the clone is removed at the end of the run.
    await git.run([
        "-c",
        "maintenance.auto=false",
        "-c",
        "gc.auto=0",
        "fetch",
        "--quiet",
        "--depth=1",
        "--no-tags",
        "origin",
        ...candidates.map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`),
    ], { network: true });
    if (marker === undefined)
        return candidates[0];
    // NUL after the name and after the message: it cannot occur in either.
    const out = await git.run([
        "for-each-ref",
        "--format=%(refname:lstrip=3)%00%(contents)%00",
        ...candidates.map((b) => `refs/remotes/origin/${b}`),
    ]);
    const fields = out.split("\u0000");
    const messages = new Map();
    for (let i = 0; i + 1 < fields.length; i += 2)
        messages.set(fields[i].replace(/^\n/, ""), fields[i + 1]);
    return candidates.find((b) => messages.get(b)?.includes(marker));
}
/** Stage everything; returns the paths whose staged content changed (`git add --verbose`). */
async function stage(git) {
    const out = await git.run(["add", "--all", "--verbose"]);
    return out.split("\n").filter((l) => l !== "");
}
/** The branch a fresh clone is on, from .git/HEAD (no git process needed). */
async function headBranch(repoDir) {
    const head = await external_node_fs_.promises.readFile(external_node_path_.join(repoDir, ".git", "HEAD"), "utf8").catch(() => "");
    return /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim();
}
async function exists(file) {
    return external_node_fs_.promises
        .access(file)
        .then(() => true)
        .catch(() => false);
}
function round6(n) {
    return Math.round(n * 1e6) / 1e6;
}
async function agentVersion(agent, exe, env) {
    if (agent.name === "command")
        return undefined;
    try {
        const r = await (0,src_process/* runProcess */.R)(exe, ["--version"], { env, timeoutMs: 10_000 });
        const first = (r.stdout.toString("utf8") + r.stderr.toString("utf8")).trim().split("\n")[0];
        return r.code === 0 && first ? first.slice(0, 200) : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
