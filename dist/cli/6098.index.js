export const id = 6098;
export const ids = [6098];
export const modules = {

/***/ 6098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ADR_SCOPES: () => (/* binding */ ADR_SCOPES),
/* harmony export */   COMMITS_FLAGS: () => (/* binding */ COMMITS_FLAGS),
/* harmony export */   COMMITS_INPUTS: () => (/* binding */ COMMITS_INPUTS),
/* harmony export */   commitsCheckOptions: () => (/* binding */ commitsCheckOptions),
/* harmony export */   parseCommitsInputs: () => (/* binding */ parseCommitsInputs),
/* harmony export */   runCommitsCheck: () => (/* binding */ runCommitsCheck)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1315);
/* harmony import */ var _options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8048);


/**
 * The one mapping from spec-hash-check's inputs and `specpipe commits check`'s flags to
 * `checkRange`: one shape (keys: the action.yml input names, defaults from core), parsed by the
 * action with `readInputs` and by the command from its flags, and `commitsCheckOptions`, which
 * turns the parsed values and the resolved range into core options. So the two cannot disagree
 * on a default (`adr-scope` is `auto` in both: the range decides) or on a rule (bot authors,
 * the ADR check).
 */
const ADR_SCOPES = ["auto", "commit", "range"];
const COMMITS_INPUTS = {
    "spec-paths": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([..._defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SPEC_PATHS */ .Ft]),
    types: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([]),
    "require-body": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([..._defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REQUIRE_BODY */ .hV]),
    "bot-authors": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([..._defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BOTS */ .pA]),
    "adr-dir": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ADR_DIR */ .WS),
    playbook: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_DEFAULTS */ .DZ.playbook),
    "adr-scope": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(ADR_SCOPES, "auto"),
    "check-adrs": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(true),
    from: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    to: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    deepen: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(true),
    "fail-on-violation": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(true),
    token: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalStr */ .qY)(),
    "working-directory": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)("."),
};
/** The inputs `specpipe commits check` takes as flags (`--<input>`); the rest belong to the runner. */
const COMMITS_FLAGS = [
    "spec-paths",
    "types",
    "require-body",
    "bot-authors",
    "adr-dir",
    "playbook",
    "adr-scope",
    "check-adrs",
    "from",
    "to",
];
/** The shape parsed from texts (the CLI's); the action parses the same shape with `readInputs`. */
function parseCommitsInputs(texts, naming) {
    return (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptionTexts */ .Zd)(COMMITS_INPUTS, texts, naming);
}
/** `checkRange`'s options for the parsed inputs over a resolved range (paths already inside the workspace). */
function commitsCheckOptions(input, range, resolved) {
    return {
        specSource: resolved.specSource,
        types: input.types,
        // "none" turns the body rule off (an empty list would mean the default).
        requireBody: input["require-body"].filter((t) => t !== "none"),
        botAuthors: input["bot-authors"],
        adrDir: resolved.adrDir,
        playbookPath: resolved.playbookPath,
        adrScope: input["adr-scope"] === "auto" ? range.adrScope : input["adr-scope"],
        checkAdrs: input["check-adrs"],
    };
}
/**
 * spec-hash-check in one call: confine the paths to the workspace, take the spec from
 * playbook.yml's spec: when it has one (else spec-paths), resolve the range from the event or
 * from/to, and check it.
 */
async function runCommitsCheck(input, ctx) {
    const [{ insideWorkspace }, { Git }, { resolveSpecSource }, { resolveRange }, { checkRange }, { githubToken }] = await Promise.all([
        __webpack_require__.e(/* import() */ 3680).then(__webpack_require__.bind(__webpack_require__, 3680)),
        __webpack_require__.e(/* import() */ 330).then(__webpack_require__.bind(__webpack_require__, 330)),
        __webpack_require__.e(/* import() */ 7325).then(__webpack_require__.bind(__webpack_require__, 4649)),
        __webpack_require__.e(/* import() */ 3440).then(__webpack_require__.bind(__webpack_require__, 3440)),
        Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(8780), __webpack_require__.e(3760), __webpack_require__.e(456), __webpack_require__.e(1340)]).then(__webpack_require__.bind(__webpack_require__, 456)),
        __webpack_require__.e(/* import() */ 1644).then(__webpack_require__.bind(__webpack_require__, 1644)),
    ]);
    const name = ctx.name ?? ((n) => `input "${n}"`);
    const root = (await insideWorkspace(ctx.workspace, input["working-directory"], { what: name("working-directory") })).abs;
    const token = githubToken(input.token, ctx.env);
    if (token)
        ctx.onSecret?.(token.value);
    // The token only deepens a shallow clone; Git.withAuth leaves it out when actions/checkout persisted one (ADR 0039).
    const git = new Git({ cwd: root, env: ctx.env }).withAuth(token ? { token: token.value } : undefined);
    const playbookPath = (await insideWorkspace(root, input.playbook, { what: name("playbook") }, ctx.cwd)).rel;
    const adrDir = (await insideWorkspace(root, input["adr-dir"], { what: name("adr-dir") }, ctx.cwd)).rel;
    // The default list is nobody's choice (the runner passes action.yml's default as if given): a
    // missing docs/spec.md is then "the default spec path", with the hint to create it.
    const given = input["spec-paths"].join("\n") === _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SPEC_PATHS */ .Ft.join("\n") ? undefined : input["spec-paths"];
    const spec = await resolveSpecSource(root, { input: given, inputName: name("spec-paths"), playbook: playbookPath });
    // eventName "cli" (a terminal): without from/to, the commits not yet on the upstream branch.
    const range = await resolveRange(git, {
        eventName: ctx.runner.eventName,
        payload: ctx.event(),
        sha: ctx.runner.sha || undefined,
        from: input.from,
        to: input.to,
        deepen: input.deepen,
        names: { from: name("from"), to: name("to") },
    });
    const report = await checkRange(git, range.empty ? { from: range.to, to: range.to } : range, commitsCheckOptions(input, range, { specSource: spec, adrDir, playbookPath }));
    return { report, range, spec };
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
