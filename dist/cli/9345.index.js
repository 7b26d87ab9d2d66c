export const id = 9345;
export const ids = [9345,330,2600];
export const modules = {

/***/ 9345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCoverage: () => (/* binding */ runCoverage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/defaults.ts
var defaults = __webpack_require__(1315);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git_git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/git/push.ts
var push = __webpack_require__(188);
// EXTERNAL MODULE: ./packages/core/src/fs/plan.ts
var plan = __webpack_require__(8958);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
// EXTERNAL MODULE: ./packages/core/src/markdown/blocks.ts
var blocks = __webpack_require__(8757);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/reports/junit.ts
var junit = __webpack_require__(7781);
// EXTERNAL MODULE: ./packages/core/src/text/document.ts
var text_document = __webpack_require__(2600);
// EXTERNAL MODULE: ./packages/core/src/text/splice.ts
var splice = __webpack_require__(4313);
;// CONCATENATED MODULE: ./packages/core/src/coverage/status.ts

const DEFAULT_SECTIONS = {
    testCount: "Test Count",
    implemented: "Specs Implemented",
    pending: "Specs Pending Implementation",
};
function formatTestCount(t) {
    if (t.passed === undefined)
        return `**${t.total} tests**`;
    return `**${t.total} tests**: ${t.passed} passed, ${t.failed ?? 0} failed, ${t.skipped ?? 0} skipped`;
}
function list(items) {
    return items.length ? items.map((i) => `- ${i}`) : ["_None._"];
}
function planStatus(text, eol, names, data, scan = (0,blocks/* scanBlocks */.gM)(text)) {
    const wanted = [
        ["testCount", data.tests ? [formatTestCount(data.tests)] : undefined],
        ["implemented", list(data.implemented)],
        ["pending", list(data.pending)],
    ];
    const plan = { splices: [], missing: [], updated: [] };
    const finalNewline = text.endsWith("\n");
    for (const [which, content] of wanted) {
        const name = names[which];
        const prefix = name.toLowerCase();
        const index = scan.headings.findIndex((h) => (0,blocks/* plainText */.wh)(h.text).toLowerCase().startsWith(prefix));
        if (index === -1) {
            plan.missing.push(name);
            continue;
        }
        if (content === undefined)
            continue; // no test count known: leave the section as it is
        const heading = scan.headings[index];
        const next = scan.headings.slice(index + 1).find((h) => h.level <= heading.level);
        const headingLine = scan.lines[heading.lastLine];
        const atEof = headingLine.next === headingLine.end; // heading is the last line, no newline
        const start = atEof ? headingLine.end : headingLine.next;
        const end = next ? next.start : text.length;
        let body = (atEof ? eol : "") + eol + content.join(eol) + eol;
        if (next)
            body += eol;
        else if (!finalNewline)
            body = body.slice(0, -eol.length);
        if (text.slice(start, end) !== body) {
            plan.splices.push({ start, end, text: body });
            plan.updated.push(name);
        }
    }
    return plan;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/coverage/specs.ts





const DEFAULT_SKIP = ["TEMPLATE", "backlog", "placeholder", "INDEX"];
const NUMBERED = /^(\d+)-(.+)$/;
const TITLE_PREFIX = /^(?:feature\s+specification|feature\s+spec|specification|spec)\s*[:\-–—]\s*/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const H1_ATX = /^ {0,3}#(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const CHECKBOX = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s/;
const TASK = /^\s*[-*+]\s+\[([ xX])\]\s+T\d+\b(.*)$/;
function titleCase(slug) {
    return slug
        .split(/[-_\s]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(" ");
}
/** Scan a spec's text once: first H1, requirement checkboxes, all outside code fences. */
function readSpecText(text) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let h1;
    let done = 0;
    let total = 0;
    let fence;
    let prev = "";
    let start = 0;
    while (start <= text.length) {
        let nl = text.indexOf("\n", start);
        if (nl === -1)
            nl = text.length;
        let line = text.slice(start, nl);
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        start = nl + 1;
        const f = FENCE.exec(line);
        if (fence !== undefined) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && /^ {0,3}[`~]+[ \t]*$/.test(line))
                fence = undefined;
            prev = "";
            continue;
        }
        if (f) {
            fence = f[1];
            prev = "";
            continue;
        }
        if (h1 === undefined) {
            const m = H1_ATX.exec(line);
            if (m)
                h1 = (m[1] ?? "").trim();
            else if (/^ {0,3}=+[ \t]*$/.test(line) && prev.trim() !== "")
                h1 = prev.trim();
        }
        const c = CHECKBOX.exec(line);
        if (c) {
            total++;
            if (c[1] !== " ")
                done++;
        }
        prev = line;
    }
    return { h1, requirements: { done, total } };
}
function cleanTitle(h1, fallbackSlug) {
    const stripped = (h1 ?? "").replace(TITLE_PREFIX, "").trim();
    return stripped !== "" ? stripped : titleCase(fallbackSlug);
}
/** Spec Kit tasks.md: `- [ ] T012 [P] [US1] Description`; done is `[x]` or `[X]`. */
function readTasks(text) {
    const progress = { done: 0, total: 0, byStory: {} };
    for (const raw of text.split("\n")) {
        const m = TASK.exec(raw.replace(/\r$/, ""));
        if (!m)
            continue;
        const story = /\[(US\d+)\]/.exec(m[2])?.[1] ?? "";
        const isDone = m[1] !== " ";
        progress.total++;
        if (isDone)
            progress.done++;
        const s = (progress.byStory[story] ??= { done: 0, total: 0 });
        s.total++;
        if (isDone)
            s.done++;
    }
    return progress;
}
/** Synchronous on purpose: for thousands of small files one readFileSync each is ~5x faster
 * than fs.promises (open/fstat/read/close as four promise round trips); see bench/. */
function readText(file, display) {
    return (0,text_document.decodeText)((0,external_node_fs_.readFileSync)(file), display).text;
}
async function discoverSpecs(options) {
    const dir = external_node_path_.resolve(options.root, options.specsDir);
    // Display paths by concatenation: path.relative per file was a tenth of a 10,000-spec run.
    const relDir = external_node_path_.relative(options.root, dir).split(external_node_path_.sep).join("/");
    const rel = (p) => (p.startsWith(dir + external_node_path_.sep) ? (relDir ? relDir + "/" : "") + p.slice(dir.length + 1).split(external_node_path_.sep).join("/") : external_node_path_.relative(options.root, p).split(external_node_path_.sep).join("/"));
    let entries;
    try {
        entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true });
    }
    catch (e) {
        if (e.code === "ENOENT") {
            throw new errors.UserError(`the specs folder ${rel(dir) || options.specsDir} does not exist`, {
                file: rel(dir),
                hint: `create it with your specs, or point the specs-dir input at the folder that holds them`,
                code: "coverage.no-specs-dir",
            });
        }
        throw e;
    }
    const skip = picomatch_default()(options.skip ?? DEFAULT_SKIP, { nocase: true, dot: true });
    const candidates = [];
    for (const entry of entries) {
        if (entry.name.startsWith("."))
            continue;
        if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
            const name = entry.name.slice(0, -3);
            if (skip(name))
                continue;
            candidates.push({ name, file: external_node_path_.join(dir, entry.name), layout: NUMBERED.test(name) ? "flat" : "unnumbered" });
        }
        else if (entry.isDirectory()) {
            if (skip(entry.name))
                continue;
            const specFile = external_node_path_.join(dir, entry.name, "spec.md");
            candidates.push({ name: entry.name, file: specFile, layout: "speckit", folder: external_node_path_.join(dir, entry.name) });
        }
    }
    const specs = [];
    for (const c of candidates) {
        let text;
        try {
            text = readText(c.file, rel(c.file));
        }
        catch (e) {
            // A folder without spec.md is not a spec (Spec Kit creates the folder first).
            if (c.layout === "speckit" && e.code === "ENOENT")
                continue;
            throw e;
        }
        const m = NUMBERED.exec(c.name);
        const slug = m ? m[2] : c.name;
        const scanned = readSpecText(text);
        const spec = {
            key: c.name,
            number: m ? m[1] : undefined,
            slug,
            title: cleanTitle(scanned.h1, slug),
            file: rel(c.file),
            layout: c.layout === "speckit" ? "speckit" : m ? "flat" : "unnumbered",
            requirements: scanned.requirements,
            hasPlan: false,
        };
        if (c.folder) {
            const tasksFile = external_node_path_.join(c.folder, "tasks.md");
            if ((0,external_node_fs_.existsSync)(tasksFile))
                spec.tasks = readTasks(readText(tasksFile, rel(tasksFile)));
            spec.hasPlan = (0,external_node_fs_.existsSync)(external_node_path_.join(c.folder, "plan.md"));
        }
        specs.push(spec);
    }
    return sortSpecs(specs);
}
/** Numbered specs by number (numerically), then name; unnumbered specs after them by name. */
function compareSpecs(a, b) {
    if (a.number !== undefined && b.number !== undefined) {
        const d = Number(a.number) - Number(b.number);
        if (d !== 0)
            return d;
    }
    else if (a.number !== undefined)
        return -1;
    else if (b.number !== undefined)
        return 1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
function sortSpecs(specs) {
    return specs.sort(compareSpecs);
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/table.ts



/**
 * The coverage table: the one table in SPEC-COVERAGE.md whose header is
 * `| Spec | Present | Spec'd | Tested | Notes |` (configurable). Rows are matched to specs by key,
 * or by number and title; new rows are appended inside the table; existing rows and marks are
 * never changed, except Tested → ✓ with mark-tested.
 */
const DEFAULT_HEADER = "| Spec | Present | Spec'd | Tested | Notes |";
const YES = new Set(["✓", "✔", "✔️", "✅", "[x]", "x", "yes", "y", "done", "true"]);
function isMarked(cell) {
    return cell !== undefined && YES.has((0,blocks/* plainText */.wh)(cell).toLowerCase());
}
function normalizeHeaderCell(s) {
    return (0,blocks/* plainText */.wh)(s).replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}
function roleOf(headerCell, index) {
    const h = normalizeHeaderCell(headerCell).replace(/[^a-z']/g, "");
    if (index === 0)
        return "spec";
    if (h === "present" || h === "implemented")
        return "present";
    if (h === "spec'd" || h === "specd" || h === "specified")
        return "specd";
    if (h === "tested")
        return "tested";
    if (h === "notes" || h === "note")
        return "notes";
    return "other";
}
/** Text compared when matching a row to a spec by title: plain, lower-case, words only. */
function normalizeTitle(s) {
    return (0,blocks/* plainText */.wh)(s)
        .toLowerCase()
        .normalize("NFKC")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
}
const NAME_CHAR = /[A-Za-z0-9_-]/;
/** `name` occurs in `text` as a whole name (not inside a longer one). */
function containsName(text, name) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
        const before = i === 0 ? "" : text[i - 1];
        const after = text[i + name.length] ?? "";
        if (!NAME_CHAR.test(before) && !NAME_CHAR.test(after))
            return true;
    }
    return false;
}
/** Does this row (its first cell, raw Markdown) stand for this spec? */
function rowMatchesSpec(label, spec, plain = (0,blocks/* plainText */.wh)(label)) {
    // By key, anywhere in the cell (text or link target), as a whole name.
    if (containsName(label, spec.key))
        return true;
    if (spec.number === undefined)
        return normalizeTitle(plain) === normalizeTitle(spec.title);
    // By number and title: "027 Fully Automated Pipeline", "027: Fully …", "[027 Fully …](…)".
    const m = /^\s*0*(\d+)\b[\s.:\-–—)]*(.*)$/.exec(plain);
    return !!m && Number(m[1]) === Number(spec.number) && normalizeTitle(m[2]) === normalizeTitle(spec.title);
}
function locateCoverageTable(text, file, header, scan = (0,blocks/* scanBlocks */.gM)(text)) {
    const wanted = (0,blocks/* splitCells */.UL)(header, 0).map((c) => normalizeHeaderCell(c.text));
    const found = scan.tables.filter((t) => t.header.cells.length === wanted.length && t.header.cells.every((c, k) => normalizeHeaderCell(c.text) === wanted[k]));
    if (found.length === 0)
        return undefined;
    if (found.length > 1) {
        throw new errors.UserError(`${file} has ${found.length} coverage tables (lines ${found.map((t) => t.header.line + 1).join(", ")}); there must be one`, {
            file,
            line: found[1].header.line + 1,
            hint: `merge them into one table, or rename the header of the one specpipe should not manage`,
            code: "coverage.duplicate-table",
        });
    }
    const table = found[0];
    const roles = table.header.cells.map((c, k) => roleOf(c.text, k));
    const rows = table.rows.map((r) => {
        if (r.cells.length !== table.columns) {
            throw new errors.UserError(`${file}:${r.line + 1}: this coverage row has ${r.cells.length} cells, the table has ${table.columns} columns`, {
                file,
                line: r.line + 1,
                column: 1,
                hint: `give the row exactly ${table.columns} cells (${table.header.cells.map((c) => c.text).join(", ")}); escape a "|" inside a cell as "\\|"`,
                code: "coverage.bad-row",
            });
        }
        const label = r.cells[0].text;
        return { line: r.line + 1, cells: r.cells, label, plain: (0,blocks/* plainText */.wh)(label) };
    });
    return { table, roles, rows };
}
/**
 * Match rows to specs. Indexed, not pairwise: every row's name-like tokens and its leading
 * number are collected once, so 10,000 specs against 10,000 rows stay linear.
 * Returns the specs no row stands for.
 */
function matchRows(rows, specs) {
    const byToken = new Map();
    const byNumber = new Map();
    const byTitle = new Map();
    const push = (map, key, row) => {
        const list = map.get(key);
        if (list)
            list.push(row);
        else
            map.set(key, [row]);
    };
    for (const row of rows) {
        for (const token of new Set(row.label.match(/[A-Za-z0-9_-]+/g) ?? []))
            push(byToken, token, row);
        const m = /^\s*0*(\d+)\b/.exec(row.plain);
        if (m)
            push(byNumber, Number(m[1]), row);
        push(byTitle, normalizeTitle(row.plain), row);
    }
    const unmatched = [];
    for (const spec of specs) {
        const candidates = new Set([
            ...(byToken.get(spec.key) ?? []),
            ...(spec.number !== undefined ? (byNumber.get(Number(spec.number)) ?? []) : (byTitle.get(normalizeTitle(spec.title)) ?? [])),
        ]);
        let hit = false;
        for (const row of candidates) {
            if (rowMatchesSpec(row.label, spec, row.plain)) {
                if (!row.spec)
                    row.spec = spec;
                hit = true;
            }
        }
        if (!hit)
            unmatched.push(spec);
    }
    return unmatched;
}
function escapeCell(s) {
    return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function rowLabel(spec) {
    return spec.number !== undefined ? `${spec.number} ${spec.title}` : spec.title;
}
function newRowCells(spec, roles, tested) {
    return roles.map((role) => {
        switch (role) {
            case "spec":
                return escapeCell(rowLabel(spec));
            case "present":
            case "specd":
                return "?";
            case "tested":
                return tested ? "✓" : "?";
            case "notes":
                return "Pending";
            default:
                return "";
        }
    });
}
function formatRow(cells) {
    return `| ${cells.join(" | ")} |`;
}
/**
 * Splices for the table: new rows after the last row (no blank line, ordered by number then
 * name), and Tested → ✓ for rows whose spec passed tests (never the other way).
 */
function planTable(ct, missing, eol, testedKeys) {
    const sorted = [...missing].sort(compareSpecs);
    const lastLine = ct.table.lastLine + 1; // 1-based line of the current last row
    const added = sorted.map((spec, k) => ({ spec, row: formatRow(newRowCells(spec, ct.roles, testedKeys.has(spec.key))), line: lastLine + k + 1 }));
    const splices = [];
    if (added.length)
        splices.push({ start: ct.table.end, end: ct.table.end, text: added.map((a) => eol + a.row).join("") });
    const markedTested = [];
    const testedCol = ct.roles.indexOf("tested");
    if (testedCol >= 0 && testedKeys.size) {
        for (const row of ct.rows) {
            if (!row.spec || !testedKeys.has(row.spec.key))
                continue;
            const cell = row.cells[testedCol];
            if (isMarked(cell.text))
                continue;
            splices.push({ start: cell.start, end: cell.end, text: "✓" });
            markedTested.push({ spec: row.spec, line: row.line });
        }
    }
    return { splices, added, markedTested };
}
/** Specs whose key or number appears in the name of a passing test. */
function testedSpecKeys(specs, passingNames) {
    const keys = new Set();
    if (!passingNames.length)
        return keys;
    const haystack = passingNames.join("\n");
    for (const spec of specs) {
        if (haystack.includes(spec.key))
            keys.add(spec.key);
        else if (spec.number !== undefined && new RegExp(`(^|[^0-9])${spec.number}([^0-9]|$)`, "m").test(haystack))
            keys.add(spec.key);
    }
    return keys;
}
function standardCoverageDocument(header, eol) {
    const cells = (0,blocks/* splitCells */.UL)(header, 0).map((c) => c.text);
    return ["# Spec Coverage", "", "Spec → implementation → test mapping. Rows are added by specpipe's coverage-update; marks are yours.", "", formatRow(cells), `|${cells.map((c) => "-".repeat(Math.max(3, c.length + 2))).join("|")}|`, ""].join(eol);
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/update.ts












async function readTestResults(root, globs) {
    if (!globs.length)
        return undefined;
    const { glob } = await __webpack_require__.e(/* import() */ 3382).then(__webpack_require__.bind(__webpack_require__, 3382));
    const files = (await glob(globs, { cwd: root, onlyFiles: true, dot: true })).sort();
    if (!files.length)
        return undefined;
    const result = { total: 0, passed: 0, failed: 0, skipped: 0, files, passingNames: [] };
    for (const file of files) {
        const summary = (0,junit.parseJUnit)(await external_node_fs_.promises.readFile(external_node_path_.join(root, file), "utf8"), file);
        result.total += summary.total;
        result.passed += summary.passed;
        result.failed += summary.failed;
        result.skipped += summary.skipped;
        for (const c of summary.cases)
            if (c.status === "passed")
                result.passingNames.push(c.classname ? `${c.classname} ${c.name}` : c.name);
    }
    return result;
}
function rowView(row, roles) {
    const cell = (role) => {
        const k = roles.indexOf(role);
        return k >= 0 ? row.cells[k]?.text : undefined;
    };
    return { label: row.plain, key: row.spec?.key, line: row.line, present: isMarked(cell("present")), specd: isMarked(cell("specd")), tested: isMarked(cell("tested")) };
}
async function computeCoverage(options) {
    const root = options.root;
    const coverageFile = options.coverageFile ?? "docs/SPEC-COVERAGE.md";
    const statusFile = options.statusFile ?? "docs/STATUS.md";
    const header = options.header ?? DEFAULT_HEADER;
    if (!header.includes("|") || (0,blocks/* splitCells */.UL)(header, 0).length < 2) {
        throw new errors.UserError(`the coverage table header "${header}" is not a Markdown table row`, {
            hint: `give the header row as it stands in the file, with pipes, e.g. "${DEFAULT_HEADER}"`,
            code: "coverage.bad-header",
        });
    }
    const [specs, tests, coverageBytes, statusBytes] = await Promise.all([
        discoverSpecs({ root, specsDir: options.specsDir ?? "specs", skip: options.skip ?? DEFAULT_SKIP }),
        readTestResults(root, options.testResults ?? []),
        (0,atomic/* readIfExists */.O)(external_node_path_.join(root, coverageFile)),
        (0,atomic/* readIfExists */.O)(external_node_path_.join(root, statusFile)),
    ]);
    // SPEC-COVERAGE.md: create the standard document when missing.
    const created = coverageBytes === undefined;
    const doc = created ? { text: standardCoverageDocument(header, "\n"), bom: false, eol: "\n" } : (0,text_document.decodeText)(coverageBytes, coverageFile);
    const scan = (0,blocks/* scanBlocks */.gM)(doc.text);
    let ct = locateCoverageTable(doc.text, coverageFile, header, scan);
    let baseText = doc.text;
    if (!ct) {
        // A document without the table gets one appended, with the document's own line endings.
        const sep = baseText === "" ? "" : baseText.endsWith("\n") ? doc.eol : doc.eol + doc.eol;
        const block = standardCoverageDocument(header, doc.eol).split(doc.eol).slice(4).join(doc.eol);
        baseText = baseText + sep + block;
        ct = locateCoverageTable(baseText, coverageFile, header);
    }
    const missing = matchRows(ct.rows, specs);
    const testedKeys = options.markTested && tests ? testedSpecKeys(specs, tests.passingNames) : new Set();
    const tp = planTable(ct, missing, doc.eol, testedKeys);
    const newCoverageText = (0,splice.applySplices)(baseText, tp.splices);
    const edits = [];
    const covEdit = (0,plan.planEdit)(root, coverageFile, coverageBytes ?? null, (0,text_document.encodeText)({ text: newCoverageText, bom: doc.bom }), [
        ...(created ? ["created with the standard header"] : []),
        ...(tp.added.length ? [`${tp.added.length} row(s) added`] : []),
        ...(tp.markedTested.length ? [`${tp.markedTested.length} row(s) marked tested`] : []),
    ]);
    if (covEdit)
        edits.push(covEdit);
    // The table as it will be after this run (existing rows, marks set by mark-tested, the new
    // rows): the basis for STATUS.md and validation. Built from what we know, not re-parsed.
    const marked = new Set(tp.markedTested.map((m) => m.line));
    const rows = [
        ...ct.rows.map((r) => {
            const v = rowView(r, ct.roles);
            return marked.has(r.line) ? { ...v, tested: true } : v;
        }),
        ...tp.added.map((a) => ({ label: (0,blocks/* plainText */.wh)(rowLabel(a.spec)), key: a.spec.key, line: a.line, present: false, specd: false, tested: testedKeys.has(a.spec.key) })),
    ];
    const implemented = rows.filter((r) => r.present).map((r) => r.label);
    const pending = rows.filter((r) => !r.present).map((r) => r.label);
    const testCount = options.testCount !== undefined ? { total: options.testCount } : tests ? { total: tests.total, passed: tests.passed, failed: tests.failed, skipped: tests.skipped } : undefined;
    let missingSections = [];
    let updatedSections = [];
    const statusMissing = statusBytes === undefined;
    if (statusBytes !== undefined) {
        const sdoc = (0,text_document.decodeText)(statusBytes, statusFile);
        const sp = planStatus(sdoc.text, sdoc.eol, options.sections ?? DEFAULT_SECTIONS, { tests: testCount, implemented, pending });
        missingSections = sp.missing;
        updatedSections = sp.updated;
        const e = (0,plan.planEdit)(root, statusFile, statusBytes, (0,text_document.encodeText)({ text: (0,splice.applySplices)(sdoc.text, sp.splices), bom: sdoc.bom }), sp.updated.map((s) => `section "${s}" updated`));
        if (e)
            edits.push(e);
    }
    const gaps = [];
    for (const v of rows) {
        if (!v.key)
            gaps.push({ level: "warning", kind: "orphan-row", message: `row "${v.label}" names no spec under ${options.specsDir ?? "specs"}/`, file: coverageFile, line: v.line, label: v.label });
        if (v.specd && !v.present)
            gaps.push({ level: "error", kind: "specd-not-implemented", message: `"${v.label}" is spec'd but not implemented`, file: coverageFile, line: v.line, label: v.label });
        if (v.present && !v.tested)
            gaps.push({ level: "warning", kind: "implemented-not-tested", message: `"${v.label}" is implemented but not tested`, file: coverageFile, line: v.line, label: v.label });
    }
    return {
        specs,
        testResultsMissing: (options.testResults ?? []).length > 0 && tests === undefined,
        plan: { edits },
        coverageFile,
        statusFile,
        createdCoverageFile: created,
        addedRows: tp.added.map((a) => ({ key: a.spec.key, number: a.spec.number, title: a.spec.title, row: a.row, line: a.line })),
        markedTested: tp.markedTested.map((m) => ({ key: m.spec.key, line: m.line })),
        rows,
        implemented,
        pending,
        tests,
        testCount,
        statusMissing,
        missingSections,
        updatedSections,
        gaps,
    };
}
/**
 * The seed's rule for writing: only after tests passed. `tests-passed: true` or CI=true allow it;
 * a test results file that shows failures forbids it in every case.
 */
function decideWrite(input) {
    if (input.tests && input.tests.failed > 0) {
        return { allowed: false, reason: `not writing: ${input.tests.failed} failed test(s) in ${input.tests.files.join(", ")}` };
    }
    if (input.testsPassed)
        return { allowed: true, reason: "tests passed (tests-passed: true)" };
    if (input.ci)
        return { allowed: true, reason: "running in CI after the test step (CI=true)" };
    return { allowed: false, reason: "not writing: tests are not known to have passed; pass --tests-passed (CLI) or tests-passed: true, or run in CI" };
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/run.ts






async function runCoverage(options) {
    const result = await computeCoverage(options);
    const pending = result.plan.edits.length > 0;
    let diff = "";
    let written = false;
    let message;
    let commit;
    if (options.mode !== "update") {
        message = `${options.mode}: ${result.rows.length} row(s), ${result.gaps.length} gap(s); nothing written`;
    }
    else if (!pending) {
        message = `nothing to change: ${result.coverageFile} and ${result.statusFile} are up to date`;
    }
    else {
        diff = await (0,plan.planDiff)(result.plan);
        const gate = decideWrite({ testsPassed: options.testsPassed, ci: options.ci, tests: result.tests });
        if (options.dryRun) {
            message = `dry run: would change ${result.plan.edits.map((e) => e.displayPath).join(", ")} (${gate.allowed ? "a real run would write" : gate.reason})`;
        }
        else if (!gate.allowed) {
            message = gate.reason;
            diff = "";
        }
        else {
            await (0,plan.applyPlan)(result.plan);
            written = true;
            message = `updated ${result.plan.edits.map((e) => e.displayPath).join(", ")}: ${result.addedRows.length} row(s) added; ${gate.reason}`;
            if (options.commit)
                commit = await commitDocs(options, result);
            if (commit)
                message += `; committed ${commit.slice(0, 12)} and pushed`;
        }
    }
    let failure;
    if (options.mode === "validate") {
        const errors = result.gaps.filter((g) => g.level === "error");
        const warnings = result.gaps.filter((g) => g.level === "warning");
        const failing = options.strict ? result.gaps : errors;
        if (failing.length) {
            const first = failing[0];
            failure = {
                message: `coverage validation failed: ${errors.length} error(s)${options.strict ? `, ${warnings.length} warning(s) (strict)` : ""}; first: ${first.message}`,
                hint: "implement or test the specs named, or correct their marks in the coverage table",
                file: first.file,
                line: first.line,
            };
        }
    }
    return { result, changed: pending && (written || options.dryRun), written, diff, message, commit, failure };
}
async function commitDocs(options, result) {
    let git = new git_git.Git({ cwd: options.root });
    // A runner has no git identity: without one of the user's, commit (and rebase) as github-actions[bot].
    if (!(await git.configGet("user.email"))) {
        const { name, email } = defaults/* GITHUB_ACTIONS_BOT */.i;
        git = new git_git.Git({
            cwd: options.root,
            env: { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email },
        });
    }
    if (options.token)
        git = git.withAuth({ token: options.token });
    const files = result.plan.edits.map((e) => external_node_path_.relative(options.root, e.path));
    await git.add(files);
    const staged = await git.raw(["diff", "--cached", "--quiet", "--", ...files]);
    if (staged.code === 0)
        return undefined;
    const parts = [];
    if (result.addedRows.length)
        parts.push(`add ${result.addedRows.length} spec row(s)`);
    if (result.markedTested.length)
        parts.push(`mark ${result.markedTested.length} tested`);
    if (result.updatedSections.length)
        parts.push("refresh STATUS.md");
    const body = result.addedRows.map((a) => `- ${a.key}`).join("\n");
    const sha = await git.commit(`docs(coverage): ${parts.join(", ") || "update coverage docs"}\n\n${body || "Generated by specpipe coverage-update."}\n`, { paths: files });
    const branch = (await git.currentBranch()) ?? process.env.GITHUB_REF_NAME;
    if (!branch)
        return sha;
    await (0,push/* pushWithRebase */.j)(git, { branch });
    return sha;
}


/***/ }),

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
