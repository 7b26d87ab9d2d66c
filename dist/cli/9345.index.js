export const id = 9345;
export const ids = [9345,330,8958,2600,4313,4444];
export const modules = {

/***/ 9345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCoverage: () => (/* binding */ runCoverage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        const summary = (0,junit/* parseJUnit */.i)(await external_node_fs_.promises.readFile(external_node_path_.join(root, file), "utf8"), file);
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

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readIfExists),
/* harmony export */   U: () => (/* binding */ writeTemp),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Write a file atomically: a temporary file in the same folder (same file system, so rename is
 * atomic), flushed, then renamed over the target. A crash leaves either the old or the new
 * content, never half of one. The file's mode is kept when it exists.
 */
async function writeFileAtomic(file, data) {
    const tmp = await writeTemp(file, data);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, file);
    }
    catch (e) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw e;
    }
}
/** Step one of an atomic write, for callers that write several files together. */
async function writeTemp(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString("hex")}.tmp`);
    let mode;
    try {
        mode = (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(file)).mode & 0o7777;
    }
    catch {
        mode = undefined;
    }
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmp, "wx", mode ?? 0o666);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (e) {
        await handle.close();
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw e;
    }
    await handle.close();
    if (mode !== undefined)
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(tmp, mode);
    return tmp;
}
/** Read a file, or undefined when it does not exist. */
async function readIfExists(file) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file);
    }
    catch (e) {
        if (e.code === "ENOENT")
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 8958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPlan: () => (/* binding */ applyPlan),
/* harmony export */   planDiff: () => (/* binding */ planDiff),
/* harmony export */   planEdit: () => (/* binding */ planEdit),
/* harmony export */   totalBytes: () => (/* binding */ totalBytes),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4444);




function planEdit(root, file, before, after, reasons) {
    if (before !== null && before.equals(after))
        return undefined;
    return {
        path: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file),
        displayPath: node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"),
        before,
        after,
        reasons,
    };
}
/** The unified diff of one edit, `a/` and `b/` prefixed as git shows it. */
async function unifiedDiff(edit) {
    const { createTwoFilesPatch } = await __webpack_require__.e(/* import() */ 4023).then(__webpack_require__.bind(__webpack_require__, 4023));
    const oldName = edit.before === null ? "/dev/null" : `a/${edit.displayPath}`;
    const newName = `b/${edit.displayPath}`;
    const patch = createTwoFilesPatch(oldName, newName, edit.before?.toString("utf8") ?? "", edit.after.toString("utf8"), "", "", {
        context: 3,
    });
    // jsdiff writes an "Index:" banner and "===" line first; git-style diffs start at "---".
    const start = patch.indexOf("--- ");
    return (start >= 0 ? patch.slice(start) : patch).replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}
async function planDiff(plan) {
    const parts = await Promise.all(plan.edits.map(unifiedDiff));
    return parts.join("");
}
/**
 * Apply a plan: all temporary files are written first, then renamed one after another, so a
 * failure while writing leaves every target untouched. Before renaming, each target is checked
 * to still hold the bytes the plan was made from; if someone changed it meanwhile we stop.
 */
async function applyPlan(plan) {
    const temps = [];
    try {
        for (const edit of plan.edits) {
            const now = (await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .readIfExists */ .O)(edit.path)) ?? null;
            const same = now === null ? edit.before === null : edit.before !== null && now.equals(edit.before);
            if (!same) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${edit.displayPath} changed while specpipe was working on it`, {
                    file: edit.displayPath,
                    hint: "run again; nothing was written",
                    code: "plan.concurrent-change",
                });
            }
            temps.push({ tmp: await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTemp */ .U)(edit.path, edit.after), target: edit.path });
        }
    }
    catch (e) {
        await Promise.all(temps.map((t) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(t.tmp, { force: true })));
        throw e;
    }
    for (const t of temps)
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(t.tmp, t.target);
}
function totalBytes(plan) {
    return plan.edits.reduce((n, e) => n + e.after.length, 0);
}


/***/ }),

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   GitError: () => (/* binding */ GitError),
/* harmony export */   gitUserError: () => (/* binding */ gitUserError),
/* harmony export */   isNonFastForward: () => (/* binding */ isNonFastForward),
/* harmony export */   isolatedGitEnv: () => (/* binding */ isolatedGitEnv)
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
    /** A Git with these variables added to its environment (a second index: GIT_INDEX_FILE). */
    withEnv(extra) {
        const g = new Git({ cwd: this.cwd, env: { ...this.env, ...extra }, executable: this.executable });
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
/**
 * The environment for git commands that must run nothing an untrusted process could have written
 * (speckit-run's commands after the agent ran, ADR 0031): the git dir and work tree are given
 * explicitly (no discovery, so a `.git` the agent planted in the work tree is never read), no global
 * or system config (`~/.gitconfig`, `/etc/gitconfig`), and on the command line no hooks, no
 * credential helper and no fsmonitor. The caller's own `GIT_CONFIG_COUNT` entries are kept (they
 * come from the workflow, not from the agent); ours are appended after them, so they win.
 */
function isolatedGitEnv(parent, dirs = {}) {
    const env = { ...parent };
    for (const name of [
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_ASKPASS",
        "SSH_ASKPASS",
        "GIT_SSH",
        "GIT_SSH_COMMAND",
        "GIT_EXTERNAL_DIFF",
    ])
        delete env[name];
    if (dirs.gitDir)
        env.GIT_DIR = dirs.gitDir;
    if (dirs.workTree)
        env.GIT_WORK_TREE = dirs.workTree;
    env.GIT_CONFIG_GLOBAL = "/dev/null";
    env.GIT_CONFIG_SYSTEM = "/dev/null";
    env.GIT_CONFIG_NOSYSTEM = "1";
    const settings = [
        ["core.hooksPath", "/dev/null"],
        ["credential.helper", ""],
        ["core.fsmonitor", "false"],
        ["core.askPass", ""],
    ];
    let n = Number(env.GIT_CONFIG_COUNT ?? 0);
    if (!Number.isInteger(n) || n < 0)
        n = 0;
    for (const [key, value] of settings) {
        env[`GIT_CONFIG_KEY_${n}`] = key;
        env[`GIT_CONFIG_VALUE_${n}`] = value;
        n++;
    }
    env.GIT_CONFIG_COUNT = String(n);
    return env;
}


/***/ }),

/***/ 188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ pushWithRebase)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(330);


async function pushWithRebase(git, options) {
    const remote = options.remote ?? "origin";
    const branch = options.branch;
    const tries = options.tries ?? 3;
    const t = options.texts ?? {};
    const subject = t.subject ?? `git push to ${remote}/${branch}`;
    for (let attempt = 1; attempt <= tries; attempt++) {
        const r = await git.push(remote, [`HEAD:refs/heads/${branch}`]);
        if (r.code === 0)
            return { attempts: attempt };
        const detail = (r.stderr.toString() || r.stdout.toString()).trim().split("\n").slice(-2).join(" ");
        const race = (0,_git_js__WEBPACK_IMPORTED_MODULE_1__.isNonFastForward)(r);
        if (!race || attempt === tries) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${subject} ${race ? `was still rejected after ${tries} tries` : "was refused"}: ${detail}`, {
                hint: t.failedHint ??
                    (race
                        ? "the branch is moving fast; run the step again, or serialise the workflows with a `concurrency:` group"
                        : "give the workflow `permissions: contents: write` (and check branch protection rules that block pushes from Actions)"),
                code: t.failedCode ?? (race ? "git.push-retries" : "git.push-denied"),
            });
        }
        // An explicit refspec: a single-branch clone (actions/checkout) may not fetch this ref by default.
        await git.fetch(remote, [`refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
        const rebase = await git.raw(["rebase", "--quiet", `${remote}/${branch}`]);
        if (rebase.code !== 0) {
            await git.raw(["rebase", "--abort"]);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(t.conflictMessage ?? `could not rebase onto ${remote}/${branch}: ${rebase.stderr.toString().trim()}`, {
                hint: t.conflictHint ?? "someone changed the same lines meanwhile; run the step again",
                code: t.conflictCode ?? "git.rebase-conflict",
            });
        }
    }
    throw new Error("internal: pushWithRebase left its loop without a result");
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

/***/ 7781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseJUnit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4916);


/** Parse one JUnit XML document. `file` names it in errors. Throws UserError when malformed. */
function parseJUnit(xml, file) {
    const cases = [];
    const suiteFiles = [];
    let current;
    let depthInCase = 0;
    let sawRoot = false;
    if (xml.charCodeAt(0) === 0xfeff)
        xml = xml.slice(1);
    (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .scanXml */ .F)(xml, file, {
        open(name, attrs) {
            if (current) {
                depthInCase++;
                if (name === "failure" || name === "error")
                    current.status = "failed";
                else if (name === "skipped" && current.status !== "failed")
                    current.status = "skipped";
                return;
            }
            if (name === "testsuite" || name === "testsuites") {
                sawRoot = true;
                if (name === "testsuite") {
                    // scanXml calls close() for a self-closing tag too, which pops this again.
                    const inherited = suiteFiles.length ? suiteFiles[suiteFiles.length - 1] : undefined;
                    suiteFiles.push(attrs.file ?? inherited);
                }
                return;
            }
            if (name === "testcase") {
                sawRoot = true;
                const inherited = suiteFiles.length ? suiteFiles[suiteFiles.length - 1] : undefined;
                const tc = { name: attrs.name ?? "", classname: attrs.classname ?? "", status: "passed" };
                const f = attrs.file ?? inherited;
                if (f !== undefined)
                    tc.file = f;
                cases.push(tc);
                // A self-closing <testcase/> gets its close() at once, which ends it again.
                current = tc;
                depthInCase = 0;
            }
        },
        close(name) {
            if (current) {
                if (depthInCase === 0 && name === "testcase")
                    current = undefined;
                else
                    depthInCase--;
                return;
            }
            if (name === "testsuite")
                suiteFiles.pop();
        },
    });
    if (!sawRoot) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file} is not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)`, {
            file,
            hint: "point the tests condition at the JUnit XML your test runner writes, e.g. vitest --reporter=junit --outputFile=reports/junit.xml",
            code: "junit.not-junit",
        });
    }
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const c of cases) {
        if (c.status === "passed")
            passed++;
        else if (c.status === "failed")
            failed++;
        else
            skipped++;
    }
    return { total: cases.length, passed, failed, skipped, cases };
}


/***/ }),

/***/ 4916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ scanXml)
/* harmony export */ });
/* unused harmony export decodeEntities */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2600);


const NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(text) {
    if (!text.includes("&"))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
        if (e[0] === "#") {
            const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
        }
        return NAMED[e] ?? m;
    });
}
function xmlError(text, file, offset, what, code) {
    const { line, column } = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, offset);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file} is not well-formed XML: ${what}`, {
        file,
        line,
        column,
        hint: "regenerate the report with the test or coverage tool; a truncated or hand-edited report cannot be read",
        code,
    });
}
const NAME_END = /[\s/>]/;
function scanXml(text, file, visitor) {
    const stack = [];
    const n = text.length;
    let i = text.indexOf("<");
    while (i !== -1 && i < n) {
        const c = text.charCodeAt(i + 1);
        if (c === 33 /* ! */) {
            if (text.startsWith("<!--", i)) {
                const end = text.indexOf("-->", i + 4);
                if (end === -1)
                    throw xmlError(text, file, i, "a comment is not closed", "xml.unclosed-comment");
                i = text.indexOf("<", end + 3);
                continue;
            }
            if (text.startsWith("<![CDATA[", i)) {
                const end = text.indexOf("]]>", i + 9);
                if (end === -1)
                    throw xmlError(text, file, i, "a CDATA section is not closed", "xml.unclosed-cdata");
                i = text.indexOf("<", end + 3);
                continue;
            }
            // <!DOCTYPE ...> (possibly with an internal subset in brackets)
            let j = i + 2;
            let depth = 0;
            for (; j < n; j++) {
                const ch = text[j];
                if (ch === "[")
                    depth++;
                else if (ch === "]")
                    depth--;
                else if (ch === ">" && depth <= 0)
                    break;
            }
            if (j >= n)
                throw xmlError(text, file, i, "a declaration is not closed", "xml.unclosed-declaration");
            i = text.indexOf("<", j + 1);
            continue;
        }
        if (c === 63 /* ? */) {
            const end = text.indexOf("?>", i + 2);
            if (end === -1)
                throw xmlError(text, file, i, "a processing instruction is not closed", "xml.unclosed-pi");
            i = text.indexOf("<", end + 2);
            continue;
        }
        if (c === 47 /* / */) {
            const end = text.indexOf(">", i + 2);
            if (end === -1)
                throw xmlError(text, file, i, "an end tag is not closed", "xml.unclosed-tag");
            const name = text.slice(i + 2, end).trim();
            const top = stack.pop();
            if (top !== name) {
                throw xmlError(text, file, i, top === undefined ? `</${name}> has no start tag` : `</${name}> closes <${top}>`, "xml.mismatched-tag");
            }
            visitor.close?.(name);
            i = text.indexOf("<", end + 1);
            continue;
        }
        // Start tag: name, then attributes; quoted values may contain ">".
        let j = i + 1;
        while (j < n && !NAME_END.test(text[j]))
            j++;
        const name = text.slice(i + 1, j);
        if (name === "")
            throw xmlError(text, file, i, 'a "<" does not start a tag', "xml.bad-tag");
        const attrs = {};
        let selfClosing = false;
        for (;;) {
            while (j < n && /\s/.test(text[j]))
                j++;
            if (j >= n)
                throw xmlError(text, file, i, `<${name}> is not closed`, "xml.unclosed-tag");
            const ch = text[j];
            if (ch === ">") {
                j++;
                break;
            }
            if (ch === "/" && text[j + 1] === ">") {
                selfClosing = true;
                j += 2;
                break;
            }
            const eq = text.indexOf("=", j);
            if (eq === -1)
                throw xmlError(text, file, j, `an attribute of <${name}> has no value`, "xml.bad-attribute");
            const key = text.slice(j, eq).trim();
            let q = eq + 1;
            while (q < n && /\s/.test(text[q]))
                q++;
            const quote = text[q];
            if (quote !== '"' && quote !== "'")
                throw xmlError(text, file, q, `the value of ${key} in <${name}> is not quoted`, "xml.bad-attribute");
            const close = text.indexOf(quote, q + 1);
            if (close === -1)
                throw xmlError(text, file, q, `the value of ${key} in <${name}> is not closed`, "xml.bad-attribute");
            attrs[key] = decodeEntities(text.slice(q + 1, close));
            j = close + 1;
        }
        visitor.open(name, attrs, selfClosing, i);
        if (!selfClosing)
            stack.push(name);
        else
            visitor.close?.(name);
        i = text.indexOf("<", j);
    }
    if (stack.length > 0)
        throw xmlError(text, file, text.length, `<${stack[stack.length - 1]}> is not closed (the file ends first)`, "xml.truncated");
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   decodeText: () => (/* binding */ decodeText),
/* harmony export */   eD: () => (/* binding */ detectEol),
/* harmony export */   encodeText: () => (/* binding */ encodeText)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
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


/***/ }),

/***/ 4313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applySplices: () => (/* binding */ applySplices)
/* harmony export */ });
/** Apply non-overlapping splices (given in any order) to `text`. Throws on overlap: a bug. */
function applySplices(text, splices) {
    if (splices.length === 0)
        return text;
    const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = "";
    let cursor = 0;
    for (const s of sorted) {
        if (s.start < cursor || s.end < s.start || s.end > text.length) {
            throw new Error(`internal: overlapping or out-of-range splice [${s.start}, ${s.end}) at cursor ${cursor}`);
        }
        out += text.slice(cursor, s.start) + s.text;
        cursor = s.end;
    }
    return out + text.slice(cursor);
}


/***/ })

};
