export const id = 9503;
export const ids = [9503,1644];
export const modules = {

/***/ 1644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TOKEN_VARIABLES: () => (/* binding */ TOKEN_VARIABLES),
/* harmony export */   describeTokenSource: () => (/* binding */ describeTokenSource),
/* harmony export */   githubToken: () => (/* binding */ githubToken)
/* harmony export */ });
const TOKEN_VARIABLES = ["GITHUB_TOKEN", "GH_TOKEN"];
function githubToken(input, env) {
    if (input !== undefined && input.trim() !== "")
        return { value: input.trim(), source: "input" };
    for (const name of TOKEN_VARIABLES) {
        const value = env[name]?.trim();
        if (value)
            return { value, source: name };
    }
    return undefined;
}
/** "the token input", "GITHUB_TOKEN": for messages. */
function describeTokenSource(source, inputName = "token") {
    return source === "input" ? `the "${inputName}" input` : source;
}


/***/ }),

/***/ 8048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   Zd: () => (/* binding */ parseOptionTexts),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   qY: () => (/* binding */ optionalStr),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export OptionError */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4343);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(252);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
// zod/mini, not "zod": every action reads its inputs at start-up, and evaluating the full zod
// costs several times what zod/mini does (start-up budget: <= 2x `node -e 0`, ADR 0023). Option
// shapes use zod/mini too (`z.pipe(a, b)` for `a.pipe(b)`), or the full zod is loaded anyway.



/**
 * Option values as text, the way both adapters get them: the runner gives every action input as
 * a string (empty when unset), and the CLI's flags are strings too (a boolean flag is "true", a
 * repeated one its values one per line). One shape of these parsers (keys: the action.yml input
 * names) is then read by the action (`readInputs`) and by the CLI command alike, with the same
 * defaults and the same limits. Booleans take the YAML 1.2 core-schema spellings GitHub documents.
 */
const TRUE = new Set(["true", "True", "TRUE"]);
const FALSE = new Set(["false", "False", "FALSE"]);
function bool(defaultValue) {
    return zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((v, ctx) => {
        if (v === "")
            return defaultValue;
        if (TRUE.has(v))
            return true;
        if (FALSE.has(v))
            return false;
        // zod/mini has no ctx.addIssue: push the issue (what addIssue does for a custom issue).
        ctx.issues.push({ code: "custom", message: `must be true or false, got "${v}"`, input: v });
        return zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }));
}
/** A number in [min, max]; `whole` numbers only for int. The words name the kind: "a whole number from 0 to 10". */
function numeric(defaultValue, min, max, whole) {
    const kind = whole ? "a whole number" : "a number";
    return zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((v, ctx) => {
        if (v.trim() === "")
            return defaultValue;
        const n = Number(v);
        if (!(whole ? Number.isInteger(n) : Number.isFinite(n)) || n < min || n > max) {
            ctx.issues.push({ code: "custom", message: `must be ${kind} from ${min} to ${max}, got "${v}"`, input: v });
            return zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
        }
        return n;
    }));
}
function int(defaultValue, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    return numeric(defaultValue, min, max, true);
}
function num(defaultValue, min = -Infinity, max = Infinity) {
    return numeric(defaultValue, min, max, false);
}
/** A list: one item per line, or comma-separated; blanks dropped. */
function list(defaultValue = []) {
    return zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((v) => {
        const items = v
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== "");
        return items.length ? items : defaultValue;
    }));
}
function str(defaultValue) {
    return zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((v) => (v.trim() === "" ? defaultValue : v.trim())));
}
function optionalStr() {
    return zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((v) => (v.trim() === "" ? undefined : v.trim())));
}
/** One of a few words: `must be none, backlog or workflow-runs, got "queue"`. */
function oneOf(values, defaultValue) {
    const words = values.length > 1 ? `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}` : values[0];
    return zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((v, ctx) => {
        const t = v.trim();
        if (t === "")
            return defaultValue;
        if (values.includes(t))
            return t;
        ctx.issues.push({ code: "custom", message: `must be ${words}, got "${v}"`, input: v });
        return zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }));
}
class OptionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError {
}
/** Parse `raw` (every key of the shape; missing ones count as unset) or throw one error naming the option. */
function parseOptionTexts(shape, raw, naming, ErrorClass = OptionError) {
    // The full zod sets English messages (when none is set) as its first schema is built; zod/mini
    // does not. Options without a custom message (e.g. a z.enum) must keep saying `Invalid option:
    // expected one of ...`. Done here, not at module level, so bundles that never read options (a
    // post step) still tree-shake zod away. Only English: `z.locales` would bundle every language.
    if (!zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .config */ .$W().localeError)
        zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .config */ .$W((0,zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)());
    const texts = {};
    for (const key of Object.keys(shape))
        texts[key] = raw[key] ?? "";
    const result = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(shape).safeParse(texts);
    if (!result.success) {
        const issue = result.error.issues[0];
        const name = String(issue.path[0] ?? "?");
        throw new ErrorClass(`${naming.name(name)} ${issue.message}`, { hint: naming.hint(name), code: "input.invalid" });
    }
    return result.data;
}


/***/ }),

/***/ 9503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PLAYBOOK_FLAGS: () => (/* binding */ PLAYBOOK_FLAGS),
/* harmony export */   PLAYBOOK_INPUTS: () => (/* binding */ PLAYBOOK_INPUTS),
/* harmony export */   PLAYBOOK_MODES: () => (/* binding */ PLAYBOOK_MODES),
/* harmony export */   parsePlaybookInputs: () => (/* binding */ parsePlaybookInputs),
/* harmony export */   runPlaybookGate: () => (/* binding */ runPlaybookGate)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4343);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1315);
/* harmony import */ var _github_token_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1644);
/* harmony import */ var _options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8048);
// zod/mini like every option shape: the action reads this at start-up (ADR 0023).




/**
 * The one mapping from playbook-gate's inputs (and `specpipe playbook`'s flags) to the gate's
 * core calls: one shape (keys: the action.yml input names, defaults from `defaults.ts`) and
 * `runPlaybookGate`, which turns the parsed values into `playbookStatus`, `playbookCheck` or
 * `playbookAdvance` options and makes the call. The action reads the shape with `readInputs`;
 * the CLI gives its flags as the same texts (`parsePlaybookInputs`), so both fail in the same
 * words and cannot disagree on a default.
 */
const PLAYBOOK_MODES = ["check", "advance", "status"];
const PLAYBOOK_INPUTS = {
    // Required: no default, so an empty mode is refused with the same words as a wrong one.
    mode: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(PLAYBOOK_MODES, { message: 'must be "check", "advance" or "status"' }),
    playbook: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_DEFAULTS */ .DZ.playbook),
    "working-directory": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_DEFAULTS */ .DZ.workingDirectory),
    "fail-on-blocked": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_DEFAULTS */ .DZ.failOnBlocked),
    "fail-on-violation": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_DEFAULTS */ .DZ.failOnViolation),
    push: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_DEFAULTS */ .DZ.push),
    tag: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_DEFAULTS */ .DZ.tag),
    "dry-run": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_DEFAULTS */ .DZ.dryRun),
    from: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    to: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    deepen: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_DEFAULTS */ .DZ.deepen),
    token: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "git-user-name": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ACTIONS_BOT */ .iU.name),
    "git-user-email": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ACTIONS_BOT */ .iU.email),
};
/**
 * `specpipe playbook <mode>`'s flags: the inputs of that mode as `--<input>` (options/flags.ts);
 * a boolean input defaulting to true is turned off with `--no-<input>`. `mode` is the
 * subcommand; `token` has no flag (the CLI takes it from the environment by the same rule).
 */
const COMMON_FLAGS = { playbook: {}, "working-directory": {}, "dry-run": { boolean: true } };
const PLAYBOOK_FLAGS = {
    status: COMMON_FLAGS,
    check: { ...COMMON_FLAGS, from: {}, to: {}, deepen: { boolean: true }, "fail-on-violation": { boolean: true } },
    advance: {
        ...COMMON_FLAGS,
        push: { boolean: true },
        tag: { boolean: true },
        "fail-on-blocked": { boolean: true },
        "git-user-name": {},
        "git-user-email": {},
    },
};
/** The shape parsed from texts (the CLI's flags); the action parses the same shape with `readInputs`. */
function parsePlaybookInputs(texts, naming) {
    return (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptionTexts */ .Zd)(PLAYBOOK_INPUTS, texts, naming);
}
async function runPlaybookGate(input, ctx) {
    const [{ Git }, { safeBranchName }, gate, { ciRunFromEnv }, { UserError }, { insideWorkspace }] = await Promise.all([
        __webpack_require__.e(/* import() */ 330).then(__webpack_require__.bind(__webpack_require__, 330)),
        __webpack_require__.e(/* import() */ 3907).then(__webpack_require__.bind(__webpack_require__, 3907)),
        Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(8780), __webpack_require__.e(645), __webpack_require__.e(3760), __webpack_require__.e(6595), __webpack_require__.e(719), __webpack_require__.e(9384), __webpack_require__.e(816)]).then(__webpack_require__.bind(__webpack_require__, 816)),
        __webpack_require__.e(/* import() */ 8226).then(__webpack_require__.bind(__webpack_require__, 8226)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7638)),
        __webpack_require__.e(/* import() */ 3680).then(__webpack_require__.bind(__webpack_require__, 3680)),
    ]);
    const name = ctx.name ?? ((n) => `input "${n}"`);
    // The repository must be inside the workspace: working-directory: ../.. would have the gate
    // commit and push in another repository of the runner.
    const root = (await insideWorkspace(ctx.workspace, input["working-directory"], { what: name("working-directory") })).abs;
    const playbook = (await insideWorkspace(root, input.playbook, { what: name("playbook"), noSymlink: true })).rel;
    const token = (0,_github_token_js__WEBPACK_IMPORTED_MODULE_3__.githubToken)(input.token, ctx.env);
    if (token)
        ctx.onSecret?.(token.value);
    // Git.withAuth leaves the token out when actions/checkout persisted its own credential (ADR 0039).
    const git = new Git({ cwd: root, env: ctx.env }).withAuth(token ? { token: token.value } : undefined);
    // status and a preview read a folder that is not a repository too; check and a real advance need one.
    const isRepository = await git.isRepository();
    const github = async () => {
        const repository = (await ctx.repository?.()) ?? ctx.env.GITHUB_REPOSITORY;
        return token && repository ? ctx.connect(token, repository) : undefined;
    };
    const sha = ctx.runner.sha || undefined;
    const base = { root, playbook, git: isRepository ? git : undefined, github, sha, env: ctx.env };
    if (input.mode === "status")
        return gate.playbookStatus(base);
    if (input.mode === "check") {
        const { resolveRange } = await __webpack_require__.e(/* import() */ 3440).then(__webpack_require__.bind(__webpack_require__, 3440));
        const event = ctx.event();
        const range = await resolveRange(git, {
            eventName: ctx.runner.eventName,
            payload: event,
            sha,
            from: input.from,
            to: input.to,
            deepen: input.deepen,
            names: { from: name("from"), to: name("to") },
        });
        return gate.playbookCheck({
            ...base,
            git,
            range: range.empty ? undefined : range,
            pullRequest: ctx.pullRequest || range.mode === "pull_request",
            branch: ctx.branch ?? safeBranchName(event.repository?.default_branch),
        });
    }
    // Only CI advances: the run's id goes into the commit and the beacon (ADR 0035).
    const ci = input["dry-run"] ? undefined : ciRunFromEnv(ctx.env);
    if (ci && !isRepository)
        throw new UserError(`${root} is not a git repository, so the gate cannot commit its advance`, {
            hint: `check out the repository first (actions/checkout), or point ${name("working-directory")} at it`,
            code: "playbook.not-a-repository",
        });
    return gate.playbookAdvance({
        ...base,
        ci,
        dryRun: input["dry-run"],
        push: input.push,
        tag: input.tag,
        identity: { name: input["git-user-name"], email: input["git-user-email"] },
    });
}


/***/ })

};
