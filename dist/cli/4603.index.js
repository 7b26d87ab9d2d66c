export const id = 4603;
export const ids = [4603,2600,1644];
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
/* harmony import */ var _github_token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1644);
/* harmony import */ var _options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8048);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(128);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2824);





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
    header: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_table_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_HEADER */ .yT),
    // Added to the defaults by core (specs.ts skipList): an empty input is the defaults alone.
    skip: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([]),
    "tests-passed": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    "test-results": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)([]),
    "test-count": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(undefined, 0),
    "mark-tested": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    "dry-run": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    strict: (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    "test-count-section": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_status_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SECTIONS */ .vu.testCount),
    "implemented-section": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_status_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SECTIONS */ .vu.implemented),
    "pending-section": (0,_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(_status_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SECTIONS */ .vu.pending),
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
    const token = input.commit ? (0,_github_token_js__WEBPACK_IMPORTED_MODULE_4__.githubToken)(input.token, ctx.env) : undefined;
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

/***/ 8757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UL: () => (/* binding */ splitCells),
/* harmony export */   gM: () => (/* binding */ scanBlocks),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export splitLines */
/**
 * A line scanner for the Markdown block structure specpipe edits: headings (ATX and setext),
 * GFM tables with their rows and cells, and the regions that hide them (fenced and indented code,
 * HTML comments). It returns source offsets into the string it was given, for splicing.
 *
 * Why not remark on this path: remark-parse + remark-gfm needs ~300 ms for a 1,000-row table and
 * ~1.9 s for 10,000 rows on the machines we measure on, against a whole-run budget of ~160 ms
 * (see docs/adr, "Markdown block scanner"). remark-parse + remark-gfm stays the reference: property
 * tests (blocks.test.ts) generate documents and require this scanner to find exactly the
 * headings and tables, at exactly the offsets, that remark finds.
 *
 * Scope: top-level blocks. A table inside a list item or block quote is not a coverage table.
 */
function splitLines(text) {
    const lines = [];
    let start = 0;
    for (;;) {
        const nl = text.indexOf("\n", start);
        if (nl === -1) {
            if (start < text.length || lines.length === 0 || start === text.length) {
                if (start < text.length)
                    lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
            }
            break;
        }
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        lines.push({ start, end, next: nl + 1, text: text.slice(start, end) });
        start = nl + 1;
    }
    return lines;
}
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLOCKQUOTE = /^ {0,3}>/;
const HTML_START = /^ {0,3}<(?:!--|[A-Za-z/?!])/;
function isBlank(s) {
    return /^[ \t]*$/.test(s);
}
function indentWidth(s) {
    let w = 0;
    for (const ch of s) {
        if (ch === " ")
            w++;
        else if (ch === "\t")
            w += 4 - (w % 4);
        else
            break;
    }
    return w;
}
/** Split a table line into cells with offsets; `offset` is the line's start in the document. */
function splitCells(lineText, offset) {
    let i = 0;
    const n = lineText.length;
    while (i < n && (lineText[i] === " " || lineText[i] === "\t"))
        i++;
    let end = n;
    while (end > i && (lineText[end - 1] === " " || lineText[end - 1] === "\t"))
        end--;
    if (lineText[i] === "|")
        i++;
    // A trailing pipe closes the row unless it is escaped.
    if (end > i && lineText[end - 1] === "|" && !isEscaped(lineText, end - 1))
        end--;
    const cells = [];
    let cellStart = i;
    for (let j = i; j <= end; j++) {
        if (j === end || (lineText[j] === "|" && !isEscaped(lineText, j))) {
            let a = cellStart;
            let b = j;
            while (a < b && (lineText[a] === " " || lineText[a] === "\t"))
                a++;
            while (b > a && (lineText[b - 1] === " " || lineText[b - 1] === "\t"))
                b--;
            cells.push({ text: lineText.slice(a, b), start: offset + a, end: offset + b });
            cellStart = j + 1;
        }
    }
    return cells;
}
function isEscaped(s, at) {
    let backslashes = 0;
    for (let k = at - 1; k >= 0 && s[k] === "\\"; k--)
        backslashes++;
    return backslashes % 2 === 1;
}
const DELIM_CELL = /^:?-+:?$/;
function delimiterColumns(line) {
    if (!line.includes("-"))
        return 0;
    const t = line.trim();
    // A delimiter row needs a pipe unless it has more than one cell (GFM: "|" or ":---|---").
    const cells = splitCells(line, 0);
    if (cells.length === 0)
        return 0;
    for (const c of cells)
        if (!DELIM_CELL.test(c.text))
            return 0;
    if (cells.length === 1 && !t.includes("|"))
        return 0;
    return cells.length;
}
function interruptsTable(text) {
    return (isBlank(text) ||
        ATX.test(text) ||
        FENCE_OPEN.test(text) ||
        BLOCKQUOTE.test(text) ||
        THEMATIC.test(text) ||
        LIST_ITEM.test(text) ||
        HTML_START.test(text) ||
        indentWidth(text) >= 4);
}
function scanBlocks(text) {
    const lines = splitLines(text);
    const headings = [];
    const tables = [];
    let paragraphStart = -1; // index of the first line of the open paragraph, -1 when none
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const t = line.text;
        if (isBlank(t)) {
            paragraphStart = -1;
            i++;
            continue;
        }
        // Indented code: only where it cannot be a paragraph continuation.
        if (paragraphStart === -1 && indentWidth(t) >= 4) {
            i++;
            continue;
        }
        const fence = FENCE_OPEN.exec(t);
        if (fence && !(fence[1][0] === "`" && fence[2].includes("`"))) {
            const ch = fence[1][0];
            const len = fence[1].length;
            const close = new RegExp(`^ {0,3}${ch === "`" ? "`" : "~"}{${len},}[ \\t]*$`);
            i++;
            while (i < lines.length && !close.test(lines[i].text))
                i++;
            i++; // the closing fence (or past the end)
            paragraphStart = -1;
            continue;
        }
        // An HTML comment block (CommonMark HTML block type 2) may interrupt a paragraph.
        if (/^ {0,3}<!--/.test(t)) {
            // An HTML comment block runs to the line holding "-->".
            while (i < lines.length && !lines[i].text.includes("-->", lines[i] === line ? t.indexOf("<!--") + 4 : 0))
                i++;
            i++;
            // HTML blocks end at a blank line too, but a comment block runs to its end marker.
            paragraphStart = -1;
            continue;
        }
        const atx = ATX.exec(t);
        if (atx) {
            headings.push({ level: atx[1].length, text: (atx[2] ?? "").trim(), line: i, lastLine: i, start: line.start, end: line.end });
            paragraphStart = -1;
            i++;
            continue;
        }
        if (paragraphStart !== -1) {
            const setext = SETEXT.exec(t);
            if (setext) {
                const first = lines[paragraphStart];
                const content = lines
                    .slice(paragraphStart, i)
                    .map((l) => l.text.trim())
                    .join("\n");
                headings.push({
                    level: setext[1][0] === "=" ? 1 : 2,
                    text: content,
                    line: paragraphStart,
                    lastLine: i,
                    start: first.start,
                    end: line.end,
                });
                paragraphStart = -1;
                i++;
                continue;
            }
        }
        if (THEMATIC.test(t) && !(paragraphStart !== -1 && SETEXT.test(t))) {
            paragraphStart = -1;
            i++;
            continue;
        }
        const listItem = LIST_ITEM.exec(t);
        if (listItem || BLOCKQUOTE.test(t)) {
            // A container we do not look into. It owns its lazy continuation lines (no heading or table
            // starts there) and, after a blank line, the lines indented to its content column.
            const contentIndent = listItem ? Math.max(listItem[0].length, indentWidth(t) + 2) : Infinity;
            i++;
            for (;;) {
                while (i < lines.length &&
                    !isBlank(lines[i].text) &&
                    !ATX.test(lines[i].text) &&
                    !FENCE_OPEN.test(lines[i].text) &&
                    !THEMATIC.test(lines[i].text) &&
                    !/^ {0,3}<!--/.test(lines[i].text)) {
                    if (listItem && LIST_ITEM.test(lines[i].text) && indentWidth(lines[i].text) < contentIndent) {
                        i++; // the next item of the same list
                        continue;
                    }
                    i++;
                }
                // After blank lines, indented text continues a list item; anything else ends it.
                let k = i;
                while (k < lines.length && isBlank(lines[k].text))
                    k++;
                if (listItem &&
                    k > i &&
                    k < lines.length &&
                    (indentWidth(lines[k].text) >= contentIndent || (LIST_ITEM.test(lines[k].text) && indentWidth(lines[k].text) < 4))) {
                    i = k;
                    continue;
                }
                break;
            }
            paragraphStart = -1;
            continue;
        }
        // A table: this line is the header row, the next is a delimiter row with as many cells.
        // (micromark-extension-gfm-table lets a table interrupt a paragraph.)
        if (i + 1 < lines.length && t.includes("|") && indentWidth(t) < 4 && indentWidth(lines[i + 1].text) < 4) {
            const cols = delimiterColumns(lines[i + 1].text);
            const header = splitCells(t, line.start);
            if (cols > 0 && header.length === cols) {
                const table = {
                    header: { line: i, start: line.start, end: line.end, cells: header },
                    delimiterLine: i + 1,
                    rows: [],
                    columns: cols,
                    start: line.start,
                    end: lines[i + 1].end,
                    lastLine: i + 1,
                };
                let j = i + 2;
                while (j < lines.length && !interruptsTable(lines[j].text)) {
                    const l = lines[j];
                    table.rows.push({ line: j, start: l.start, end: l.end, cells: splitCells(l.text, l.start) });
                    table.end = l.end;
                    table.lastLine = j;
                    j++;
                }
                tables.push(table);
                i = j;
                paragraphStart = -1;
                continue;
            }
        }
        if (paragraphStart === -1)
            paragraphStart = i;
        i++;
    }
    return { lines, headings, tables };
}
/** Heading text as a person reads it: inline markup (emphasis, code, links) reduced to text. */
function plainText(markdown) {
    return markdown
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, "$1")
        .replace(/`([^`]*)`/g, "$1")
        .replace(/(\*\*|__)(.*?)\1/g, "$2")
        .replace(/(\*|_)(.*?)\1/g, "$2")
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1")
        .trim();
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

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   decodeText: () => (/* binding */ decodeText),
/* harmony export */   decodeUtf8: () => (/* binding */ decodeUtf8),
/* harmony export */   eD: () => (/* binding */ detectEol),
/* harmony export */   encodeText: () => (/* binding */ encodeText),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const BOM = "\uFEFF";
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeText(bytes, file) {
    let text = decodeUtf8(bytes, file);
    const bom = text.startsWith(BOM);
    if (bom)
        text = text.slice(1);
    return { text, bom, eol: detectEol(text) };
}
/**
 * Bytes to text, refusing invalid UTF-8 (which a lenient decode would turn into U+FFFD and
 * write back) with the byte offset and line of the first bad sequence.
 */
function decodeUtf8(bytes, file) {
    try {
        return decoder.decode(bytes);
    }
    catch (cause) {
        const offset = firstInvalidUtf8(bytes);
        let line = 1;
        for (let i = 0; i < offset; i++)
            if (bytes[i] === 0x0a)
                line++;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file ?? "the file"} is not valid UTF-8 (byte ${offset}, line ${line})`, {
            file,
            line,
            hint: "save the file as UTF-8 (with or without BOM)",
            code: "text.encoding",
            cause,
        });
    }
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence (-1: none). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf)
            [need, min] = [1, 0x80];
        else if (b >= 0xe0 && b <= 0xef)
            [need, min] = [2, 0x800];
        else if (b >= 0xf0 && b <= 0xf4)
            [need, min] = [3, 0x10000];
        else
            return i;
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
}
function encodeText(doc) {
    return Buffer.from(doc.bom ? BOM + doc.text : doc.text, "utf8");
}
/** CRLF when most line breaks are CRLF; LF otherwise (also for a file with no line break). */
function detectEol(text) {
    let crlf = 0;
    let lf = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
        if (i > 0 && text.charCodeAt(i - 1) === 13)
            crlf++;
        else
            lf++;
    }
    return crlf > lf ? "\r\n" : "\n";
}
/** 1-based line and column of a string offset. */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ })

};
