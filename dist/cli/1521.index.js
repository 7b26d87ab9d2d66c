export const id = 1521;
export const ids = [1521,2867,1644];
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

/***/ 1521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   METRICS_FLAGS: () => (/* binding */ METRICS_FLAGS),
/* harmony export */   METRICS_INPUTS: () => (/* binding */ METRICS_INPUTS),
/* harmony export */   MODES: () => (/* binding */ MODES),
/* harmony export */   PENDING_FROM: () => (/* binding */ PENDING_FROM),
/* harmony export */   metricsFlagOptions: () => (/* binding */ metricsFlagOptions),
/* harmony export */   metricsFlagTexts: () => (/* binding */ metricsFlagTexts),
/* harmony export */   metricsRunOptions: () => (/* binding */ metricsRunOptions),
/* harmony export */   parseMetricsInputs: () => (/* binding */ parseMetricsInputs),
/* harmony export */   reportThreads: () => (/* binding */ reportThreads)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1315);
/* harmony import */ var _github_token_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1644);
/* harmony import */ var _options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8048);
/* harmony import */ var _options_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2867);




/**
 * The one mapping from metrics-collect's inputs and `specpipe metrics`'s flags to `runMetrics`:
 * one shape (keys: the action.yml input names, defaults from `defaults.ts`), the CLI flag that
 * gives each input, and `metricsRunOptions`, which turns the parsed values into core options. The
 * action reads the shape with `readInputs`; the CLI turns its flags into the same texts
 * (`metricsFlagTexts`) and parses them with the same shape, so the two cannot disagree on a
 * default, a limit or a rule (a record's default task id and run URL, the token, the store).
 */
const MODES = ["record", "ingest", "report", "prune"];
const PENDING_FROM = ["none", "backlog", "workflow-runs"];
const METRICS_INPUTS = {
    mode: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(MODES, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.mode),
    store: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.store),
    "store-options": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(),
    path: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.path),
    branch: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.branch),
    "git-remote": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.gitRemote),
    token: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "task-id": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "task-type": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    model: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "duration-seconds": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(undefined, 0),
    status: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "created-at": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "started-at": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    phase: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    executor: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "prompt-variant": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "tokens-in": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(undefined, 0),
    "tokens-out": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(undefined, 0),
    "cost-usd": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(undefined, 0),
    "run-url": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "ingest-from": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "ingest-days": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.ingestDays, 1, 3650),
    "task-type-map": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(),
    "ingest-model": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.ingestModel),
    "window-days": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.windowDays, 0.0001, 36500),
    "stuck-minutes": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.stuckMinutes, 0),
    "failure-streak": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.failureStreak, 1, 1000),
    "min-success-rate": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.minSuccessRate, 0, 1),
    "min-tasks": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.minTasks, 0),
    "pending-from": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(PENDING_FROM, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.pendingFrom),
    "backlog-product": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.backlogProduct),
    "backlog-meta": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.backlogMeta),
    "backlog-ratio": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.backlogRatio, 1, 1000),
    "backlog-state-branch": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.backlogStateBranch),
    "auto-fix": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    "diagnostic-issue": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    "heal-labels": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([..._defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.healLabels]),
    dashboard: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "keep-days": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_DEFAULTS */ .d_.keepDays, 0),
};
const STORE = MODES;
const METRICS_FLAGS = {
    store: { modes: STORE },
    "store-options": { modes: STORE, aliases: ["store-option"], multiple: true },
    path: { modes: STORE },
    branch: { modes: STORE },
    "git-remote": { modes: STORE, aliases: ["remote"] },
    "task-id": { modes: ["record"] },
    "task-type": { modes: ["record"] },
    model: { modes: ["record"] },
    "duration-seconds": { modes: ["record"], aliases: ["duration"] },
    status: { modes: ["record"] },
    "created-at": { modes: ["record"] },
    "started-at": { modes: ["record"] },
    phase: { modes: ["record"] },
    executor: { modes: ["record"] },
    "prompt-variant": { modes: ["record"] },
    "tokens-in": { modes: ["record"] },
    "tokens-out": { modes: ["record"] },
    "cost-usd": { modes: ["record"] },
    "run-url": { modes: ["record"] },
    "ingest-from": { modes: ["ingest"] },
    "ingest-days": { modes: ["ingest"], aliases: ["days"] },
    "task-type-map": { modes: ["ingest"], aliases: ["type-map"], multiple: true },
    // `specpipe metrics ingest --model` has always meant the model of ingested jobs (`model` is record's).
    "ingest-model": { modes: ["ingest"], aliases: ["model"] },
    "window-days": { modes: ["report"] },
    "stuck-minutes": { modes: ["report"] },
    "failure-streak": { modes: ["report"] },
    "min-success-rate": { modes: ["report"] },
    "min-tasks": { modes: ["report"] },
    "pending-from": { modes: ["report"] },
    "backlog-product": { modes: ["report"], aliases: ["product"] },
    "backlog-meta": { modes: ["report"], aliases: ["meta"] },
    "backlog-ratio": { modes: ["report"], aliases: ["ratio"] },
    "backlog-state-branch": { modes: ["report"], aliases: ["state-branch"] },
    "auto-fix": { modes: ["report"], boolean: true },
    "diagnostic-issue": { modes: ["report"], boolean: true },
    "heal-labels": { modes: ["report"], aliases: ["heal-label"], multiple: true },
    dashboard: { modes: ["report"] },
    "keep-days": { modes: ["prune"] },
};
/** The flags of `specpipe metrics <mode>`. */
function flagsOf(mode) {
    return Object.fromEntries(Object.entries(METRICS_FLAGS).filter(([, spec]) => spec.modes.includes(mode)));
}
/** The `parseArgs` options of `specpipe metrics <mode>`: every flag as text (or a boolean), no defaults (the shape has them). */
function metricsFlagOptions(mode) {
    return (0,_options_flags_js__WEBPACK_IMPORTED_MODULE_2__.flagOptions)(flagsOf(mode));
}
/** Flag values as the texts the shape parses, and which flag gave each input (options/flags.ts). */
function metricsFlagTexts(mode, values) {
    const { texts, flags } = (0,_options_flags_js__WEBPACK_IMPORTED_MODULE_2__.flagTexts)(flagsOf(mode), values);
    return { texts: { mode, ...texts }, flags };
}
/** The shape parsed from texts (the CLI's); the action parses the same shape with `readInputs`. */
function parseMetricsInputs(texts, naming) {
    return (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptionTexts */ .Zd)(METRICS_INPUTS, texts, naming);
}
function defined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
async function metricsRunOptions(input, ctx) {
    const [{ parseStoreOptions, parseTypeMap, storeKind }, { workflowPathOf }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6273), __webpack_require__.e(9883), __webpack_require__.e(5268), __webpack_require__.e(7404)]).then(__webpack_require__.bind(__webpack_require__, 7404)),
        Promise.all(/* import() */[__webpack_require__.e(6273), __webpack_require__.e(9883), __webpack_require__.e(5268), __webpack_require__.e(4785)]).then(__webpack_require__.bind(__webpack_require__, 7166)),
    ]);
    const { runner, env } = ctx;
    const token = (0,_github_token_js__WEBPACK_IMPORTED_MODULE_3__.githubToken)(input.token, env);
    if (token)
        ctx.onSecret?.(token.value);
    const auth = token ? { token: token.value } : undefined;
    return {
        mode: input.mode,
        root: ctx.workspace,
        now: ctx.now,
        env,
        // One shape for every kind of store: each reads what it needs (ADR 0017).
        store: {
            kind: storeKind(input.store),
            root: ctx.workspace,
            path: input.path,
            remote: input["git-remote"],
            branch: input.branch,
            auth,
            options: parseStoreOptions(input["store-options"]),
        },
        record: {
            ...ctx.record,
            ...defined({
                // A workflow's record names its run, attempt and job unless told otherwise.
                task_id: input["task-id"] ?? (runner.runId ? `${runner.runId}-${runner.runAttempt}-${runner.job ?? "job"}` : undefined),
                task_type: input["task-type"],
                model: input.model,
                duration_seconds: input["duration-seconds"],
                status: input.status,
                created_at: input["created-at"],
                phase: input.phase,
                executor: input.executor,
                prompt_variant: input["prompt-variant"],
                tokens_in: input["tokens-in"],
                tokens_out: input["tokens-out"],
                cost_usd: input["cost-usd"],
                run_url: input["run-url"] ?? runner.runUrl,
            }),
        },
        startedAt: input["started-at"],
        ingestFrom: input["ingest-from"],
        ingestDays: input["ingest-days"],
        typeRules: parseTypeMap(input["task-type-map"]),
        ingestModel: input["ingest-model"],
        excludeRunId: runner.runId ? Number(runner.runId) : undefined,
        // This workflow's own runs: a monitor does not measure itself.
        excludeWorkflowPath: workflowPathOf(runner.workflowRef),
        thresholds: {
            windowDays: input["window-days"],
            stuckMinutes: input["stuck-minutes"],
            failureStreak: input["failure-streak"],
            minSuccessRate: input["min-success-rate"],
            minTasks: input["min-tasks"],
        },
        pendingFrom: input["pending-from"],
        backlog: {
            product: input["backlog-product"],
            meta: input["backlog-meta"],
            ratio: input["backlog-ratio"],
            stateBranch: input["backlog-state-branch"],
            statePath: ctx.backlogState,
            offline: ctx.offline,
            remote: input["git-remote"],
            auth,
            env,
        },
        autoFix: input["auto-fix"],
        diagnosticIssue: input["diagnostic-issue"],
        healLabels: input["heal-labels"],
        runUrl: runner.runUrl,
        dashboard: input.dashboard,
        threads: ctx.threads,
        keepDays: input["keep-days"],
        github: token ? () => ctx.connect(token) : undefined,
    };
}
/**
 * Before a report: keep V8's young generation small and read large stores on worker threads
 * (ADR 0025). `workerBeside` is the adapter's `import.meta.url`: the worker bundle sits beside it.
 */
async function reportThreads(mode, env, workerBeside) {
    if (mode !== "report")
        return undefined;
    const [{ keepYoungGenerationSmall }, { reportThreadsFromEnv, reportWorkerBeside }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6273), __webpack_require__.e(9883), __webpack_require__.e(5268), __webpack_require__.e(4785)]).then(__webpack_require__.bind(__webpack_require__, 7166)),
        Promise.all(/* import() */[__webpack_require__.e(6273), __webpack_require__.e(9883)]).then(__webpack_require__.bind(__webpack_require__, 9883)),
    ]);
    await keepYoungGenerationSmall();
    return reportThreadsFromEnv(env, reportWorkerBeside(workerBeside));
}


/***/ }),

/***/ 2867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   flagNaming: () => (/* binding */ flagNaming),
/* harmony export */   flagOptions: () => (/* binding */ flagOptions),
/* harmony export */   flagTexts: () => (/* binding */ flagTexts)
/* harmony export */ });
function entries(specs) {
    return Object.entries(specs).map(([input, spec]) => [input, spec, [input, ...(spec.aliases ?? [])]]);
}
/** The `parseArgs` options: every flag and alias as text (or a boolean), no defaults. */
function flagOptions(specs) {
    const options = {};
    for (const [, spec, names] of entries(specs))
        for (const name of names)
            options[name] = { type: spec.boolean ? "boolean" : "string", ...(spec.multiple ? { multiple: true } : {}) };
    return options;
}
/**
 * Flag values as the texts the shape parses (booleans as true/false, repeated flags one per
 * line; the last of several spellings wins), and which flag gave each input, so that an error
 * names the flag that was typed.
 */
function flagTexts(specs, values) {
    const texts = {};
    const flags = {};
    for (const [input, spec, names] of entries(specs)) {
        const given = names.filter((n) => values[n] !== undefined);
        if (given.length === 0)
            continue;
        const flag = given[given.length - 1];
        const value = values[flag];
        texts[input] = spec.boolean ? String(value === true) : Array.isArray(value) ? value.join("\n") : String(value);
        flags[input] = flag;
    }
    return { texts, flags };
}
/** An adapter's naming for the CLI: `<command>: --<flag typed>` and the help hint. */
function flagNaming(command, flags) {
    return {
        name: (n) => `${command}: --${flags[n] ?? n}`,
        hint: () => `run "specpipe ${command} --help" for the options`,
    };
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


/***/ })

};
