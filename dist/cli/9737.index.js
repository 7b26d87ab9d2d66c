export const id = 9737;
export const ids = [9737,1644];
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

/***/ 9737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SPECKIT_FLAGS: () => (/* binding */ SPECKIT_FLAGS),
/* harmony export */   SPECKIT_INPUTS: () => (/* binding */ SPECKIT_INPUTS),
/* harmony export */   SPECKIT_MODES: () => (/* binding */ SPECKIT_MODES),
/* harmony export */   parseSpeckitInputs: () => (/* binding */ parseSpeckitInputs),
/* harmony export */   runSpeckitMode: () => (/* binding */ runSpeckitMode)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4343);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1315);
/* harmony import */ var _github_token_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1644);
/* harmony import */ var _options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8048);
// zod/mini like every option shape: the action reads this at start-up (ADR 0023).




/**
 * The one mapping from speckit-run's inputs (and `specpipe speckit run`'s flags) to core: one
 * shape (keys: the action.yml input names, defaults from `defaults.ts`) and `runSpeckitMode`,
 * which turns the parsed values into `runSpeckit` options (modes run and propose) or
 * `publishProposal` options (mode publish, ADR 0037) and makes the call.
 */
const SPECKIT_MODES = ["run", "propose", "publish"];
const SPECKIT_INPUTS = {
    spec: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    "spec-file": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    repository: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "base-branch": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    agent: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "agent-command": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "agent-env": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(),
    // Left empty for core (parsePhases, parseSafetyStrategy, parseSpeckitVersion) to apply its defaults.
    phases: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(),
    "phase-timeout-minutes": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECKIT_DEFAULTS */ .hE.phaseTimeoutMinutes, 0.001, 24 * 60),
    retries: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECKIT_DEFAULTS */ .hE.retries, 0, 10),
    "branch-name": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    title: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    body: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    labels: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([..._defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PR_LABELS */ .Lz]),
    draft: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    token: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "artifacts-dir": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "retention-days": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECKIT_DEFAULTS */ .hE.retentionDays, 1, 90),
    "upload-artifact": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(true),
    "safety-strategy": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "speckit-version": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    mode: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(SPECKIT_MODES, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECKIT_DEFAULTS */ .hE.mode),
    "proposal-dir": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
};
/**
 * `specpipe speckit run`'s flags: the inputs as `--<input>` (options/flags.ts), with the older
 * spellings `--base` and `--timeout-minutes`. `token` has none (the environment, by the same
 * rule); `upload-artifact` is the runner's (a terminal keeps the artifacts where they are).
 */
const SPECKIT_FLAGS = {
    spec: {},
    "spec-file": {},
    repository: {},
    "base-branch": { aliases: ["base"] },
    agent: {},
    "agent-command": {},
    "agent-env": { multiple: true },
    phases: {},
    "phase-timeout-minutes": { aliases: ["timeout-minutes"] },
    retries: {},
    "branch-name": {},
    title: {},
    body: {},
    labels: { multiple: true },
    draft: { boolean: true },
    "artifacts-dir": {},
    "retention-days": {},
    "safety-strategy": {},
    "speckit-version": {},
    mode: {},
    "proposal-dir": {},
};
/** The shape parsed from texts (the CLI's flags); the action parses the same shape with `readInputs`. */
function parseSpeckitInputs(texts, naming) {
    return (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptionTexts */ .Zd)(SPECKIT_INPUTS, texts, naming);
}
async function runSpeckitMode(input, ctx) {
    const [{ parseRepository }, { triggerFromEvent, resolveSpecText }, { UserError }, { insideWorkspace }] = await Promise.all([
        __webpack_require__.e(/* import() */ 8770).then(__webpack_require__.bind(__webpack_require__, 8770)),
        Promise.all(/* import() */[__webpack_require__.e(7447), __webpack_require__.e(2823)]).then(__webpack_require__.bind(__webpack_require__, 2823)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7638)),
        __webpack_require__.e(/* import() */ 3680).then(__webpack_require__.bind(__webpack_require__, 3680)),
    ]);
    const { env, runner, workspace } = ctx;
    const eventName = runner.eventName ?? "";
    const trigger = { ...triggerFromEvent(eventName, ctx.event()), runUrl: runner.runUrl };
    const name = ctx.name ?? ((n) => n);
    const artifactsDir = input["artifacts-dir"]
        ? (await insideWorkspace(workspace, input["artifacts-dir"], { what: name("artifacts-dir") })).abs
        : undefined;
    const repo = parseRepository(input.repository ?? env.GITHUB_REPOSITORY ?? "");
    const repository = `${repo.owner}/${repo.repo}`;
    const token = ctx.pullRequest === false ? undefined : (0,_github_token_js__WEBPACK_IMPORTED_MODULE_3__.githubToken)(input.token, env);
    if (token)
        ctx.onSecret?.(token.value);
    const github = token ? await ctx.connect(token, repository) : undefined;
    const common = {
        repository,
        remoteUrl: ctx.remoteUrl ?? `${runner.serverUrl}/${repository}.git`,
        token: token?.value,
        parentEnv: env,
        authUrlPrefix: `${runner.serverUrl}/`,
        baseBranch: input["base-branch"],
        github,
        trigger,
        workspaceRoot: ctx.tempRoot,
        artifactsDir,
        retentionDays: input["retention-days"],
        signal: ctx.signal,
        log: ctx.log,
        warn: ctx.warn,
        onWorkspace: ctx.onWorkspace,
    };
    const proposalDir = input["proposal-dir"];
    // publish (ADR 0037): no agent, no spec; the proposal a propose job left, validated, then pushed.
    if (input.mode === "publish") {
        if (!proposalDir)
            throw new UserError("mode publish needs proposal-dir: the folder the propose job's artifact was downloaded into", {
                hint: "add actions/download-artifact with the propose job's artifact name and path, and give that path as proposal-dir",
                code: "speckit.no-proposal-dir",
            });
        const { publishProposal } = await Promise.all(/* import() */[__webpack_require__.e(7447), __webpack_require__.e(8738), __webpack_require__.e(4744)]).then(__webpack_require__.bind(__webpack_require__, 4744));
        return publishProposal({ ...common, root: workspace, proposalDir });
    }
    const [{ runSpeckit }, { parsePhases }, { parseSafetyStrategy }, { parseSpeckitVersion }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(7447), __webpack_require__.e(8738)]).then(__webpack_require__.bind(__webpack_require__, 8738)),
        __webpack_require__.e(/* import() */ 4337).then(__webpack_require__.bind(__webpack_require__, 4337)),
        __webpack_require__.e(/* import() */ 264).then(__webpack_require__.bind(__webpack_require__, 264)),
        Promise.all(/* import() */[__webpack_require__.e(7447), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 481)),
    ]);
    const specText = await resolveSpecText({ spec: input.spec, specFile: input["spec-file"], root: workspace, trigger });
    return runSpeckit({
        ...common,
        mode: input.mode,
        proposalDir: proposalDir ? (await insideWorkspace(workspace, proposalDir, { what: name("proposal-dir") })).abs : undefined,
        eventName,
        specText,
        agent: { input: input.agent, inputCommand: input["agent-command"], env: env.SPECPIPE_AGENT },
        agentEnv: input["agent-env"],
        phases: parsePhases(input.phases),
        phaseTimeoutMs: Math.round(input["phase-timeout-minutes"] * 60_000),
        retries: input.retries,
        safetyStrategy: parseSafetyStrategy(input["safety-strategy"]),
        speckitVersion: parseSpeckitVersion(input["speckit-version"], _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECKIT_VERSION */ .HF),
        branchName: input["branch-name"],
        pr: { title: input.title, body: input.body, labels: input.labels, draft: input.draft },
        checkout: workspace,
        onAgentUser: ctx.onAgentUser,
    });
}


/***/ })

};
