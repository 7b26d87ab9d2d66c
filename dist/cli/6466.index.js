export const id = 6466;
export const ids = [6466,1644];
export const modules = {

/***/ 6466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COVERAGE_FLAGS: () => (/* binding */ COVERAGE_FLAGS),
/* harmony export */   COVERAGE_INPUTS: () => (/* binding */ COVERAGE_INPUTS),
/* harmony export */   COVERAGE_MODES: () => (/* binding */ COVERAGE_MODES),
/* harmony export */   coverageRunOptions: () => (/* binding */ coverageRunOptions),
/* harmony export */   parseCoverageInputs: () => (/* binding */ parseCoverageInputs)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1315);
/* harmony import */ var _github_token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1644);
/* harmony import */ var _options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8048);



/**
 * The one mapping from coverage-update's inputs (and `specpipe coverage`'s flags) to
 * `runCoverage`: one shape (keys: the action.yml input names, defaults from `defaults.ts` and
 * the documents' own) and `coverageRunOptions`, which turns the parsed values into core options.
 * The action reads the shape with `readInputs`; the CLI can give its flags as the same texts
 * (`parseCoverageInputs`), so both fail in the same words and cannot disagree on a default.
 */
const COVERAGE_MODES = ["update", "validate", "report"];
const COVERAGE_INPUTS = {
    mode: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(COVERAGE_MODES, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .COVERAGE_DEFAULTS */ .un.mode),
    "specs-dir": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .COVERAGE_DEFAULTS */ .un.specsDir),
    "coverage-file": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .COVERAGE_DEFAULTS */ .un.coverageFile),
    "status-file": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .COVERAGE_DEFAULTS */ .un.statusFile),
    header: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .COVERAGE_DEFAULTS */ .un.header),
    // Added to the defaults by core (specs.ts skipList): an empty input is the defaults alone.
    skip: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([]),
    "tests-passed": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    "test-results": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([]),
    "test-count": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(undefined, 0),
    "mark-tested": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    "dry-run": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    strict: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    "test-count-section": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .COVERAGE_DEFAULTS */ .un.sections.testCount),
    "implemented-section": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .COVERAGE_DEFAULTS */ .un.sections.implemented),
    "pending-section": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .COVERAGE_DEFAULTS */ .un.sections.pending),
    commit: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    token: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(""),
    "working-directory": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .COVERAGE_DEFAULTS */ .un.workingDirectory),
};
/**
 * `specpipe coverage`'s flags: every input as `--<input>` (options/flags.ts). `token` has none:
 * the CLI takes it from the environment by the same rule, never from a command line.
 */
const COVERAGE_FLAGS = {
    mode: {},
    "specs-dir": {},
    "coverage-file": {},
    "status-file": {},
    header: {},
    skip: { multiple: true },
    "tests-passed": { boolean: true },
    "test-results": { multiple: true },
    "test-count": {},
    "mark-tested": { boolean: true },
    "dry-run": { boolean: true },
    strict: { boolean: true },
    "test-count-section": {},
    "implemented-section": {},
    "pending-section": {},
    commit: { boolean: true },
    "working-directory": {},
};
/** The shape parsed from texts (the CLI's flags); the action parses the same shape with `readInputs`. */
function parseCoverageInputs(texts, naming) {
    return (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptionTexts */ .Zd)(COVERAGE_INPUTS, texts, naming);
}
function coverageRunOptions(input, ctx) {
    // The token only pushes the commit; without `commit: true` none is looked for.
    const token = input.commit ? (0,_github_token_js__WEBPACK_IMPORTED_MODULE_2__.githubToken)(input.token, ctx.env) : undefined;
    if (token)
        ctx.onSecret?.(token.value);
    return {
        workspace: ctx.workspace,
        workingDirectory: input["working-directory"],
        mode: input.mode,
        specsDir: input["specs-dir"],
        coverageFile: input["coverage-file"],
        statusFile: input["status-file"],
        header: input.header,
        skip: input.skip,
        sections: { testCount: input["test-count-section"], implemented: input["implemented-section"], pending: input["pending-section"] },
        markTested: input["mark-tested"],
        testResults: input["test-results"],
        testCount: input["test-count"],
        dryRun: input["dry-run"],
        testsPassed: input["tests-passed"],
        // In CI the test step ran before this one: runCoverage writes only after passing tests.
        ci: ctx.env.CI === "true",
        strict: input.strict,
        commit: input.commit,
        token: token?.value,
    };
}


/***/ }),

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


/***/ })

};
