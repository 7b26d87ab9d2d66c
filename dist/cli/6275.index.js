export const id = 6275;
export const ids = [6275,3680,1299];
export const modules = {

/***/ 2168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ discoverSpecs),
/* harmony export */   yc: () => (/* binding */ compareSpecs)
/* harmony export */ });
/* unused harmony exports DEFAULT_SKIP, skipList, readSpecText, readTasks, sortSpecs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3680);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2600);
/* harmony import */ var _title_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6846);








/** Not specs: templates, backlogs, index pages, READMEs and Spec Kit's constitution (case-insensitive). */
const DEFAULT_SKIP = ["TEMPLATE", "backlog", "placeholder", "INDEX", "README", "constitution"];
/**
 * The names to skip: the defaults plus the user's, since a user who adds "drafts" still does not
 * want the constitution counted as a spec. "!name" takes a default out ("!README" makes
 * specs/README.md a spec again).
 */
function skipList(user = []) {
    const removed = new Set(user.filter((p) => p.startsWith("!")).map((p) => p.slice(1).toLowerCase()));
    return [...DEFAULT_SKIP.filter((d) => !removed.has(d.toLowerCase())), ...user.filter((p) => !p.startsWith("!"))];
}
/** "027-slug", or Spec Kit's timestamp numbering "20250101-120000-slug". */
const NUMBERED = /^(\d{8}-\d{6}|\d+)-(.+)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const H1_ATX = /^ {0,3}#(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const CHECKBOX = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s/;
const TASK = /^\s*[-*+]\s+\[([ xX])\]\s+T\d+\b(.*)$/;
/** Scan a spec's text once: first H1, requirement checkboxes, all outside code fences. */
function readSpecText(text) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let h1;
    let h1Line;
    let lineNo = 0;
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
        lineNo++;
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
            if (m) {
                h1 = (m[1] ?? "").trim();
                h1Line = lineNo;
            }
            else if (/^ {0,3}=+[ \t]*$/.test(line) && prev.trim() !== "") {
                h1 = prev.trim();
                h1Line = lineNo - 1;
            }
        }
        const c = CHECKBOX.exec(line);
        if (c) {
            total++;
            if (c[1] !== " ")
                done++;
        }
        prev = line;
    }
    return { h1, h1Line, requirements: { done, total } };
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
/** Synchronous on purpose: for thousands of small files one read each without promise round
 * trips is ~5x faster than fs.promises (open/fstat/read/close); see bench/. O_NOFOLLOW: a spec
 * that is a symlink is refused, never read (its title would be printed). */
function readText(file, display) {
    const bytes = (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.readRegularFileSync)(file, display);
    return bytes === undefined ? undefined : (0,_text_document_js__WEBPACK_IMPORTED_MODULE_4__.decodeText)(bytes, display).text;
}
function symlinkRefused(display, name) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${display} is a symlink; specpipe does not follow symlinks for the files it reads`, {
        file: display,
        hint: `replace ${display} with the file or folder itself, or add "${name}" to the skip input`,
        code: "path.symlink",
    });
}
async function discoverSpecs(options) {
    const guarded = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_3__.insideWorkspace)(options.workspace ?? options.root, options.specsDir, { what: "specs-dir" }, options.root);
    const dir = guarded.abs;
    // Display paths by concatenation: path.relative per file was a tenth of a 10,000-spec run.
    const relDir = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(options.root, dir).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/");
    const rel = (name) => (relDir ? relDir + "/" : "") + name;
    let entries;
    try {
        entries = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir, { withFileTypes: true });
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT" || code === "ENOTDIR") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`the specs folder ${relDir || options.specsDir} does not exist`, {
                file: relDir || options.specsDir,
                hint: `create it with your specs, or point the specs-dir input at the folder that holds them`,
                code: "coverage.no-specs-dir",
            });
        }
        throw e;
    }
    const skip = picomatch__WEBPACK_IMPORTED_MODULE_5___default()(skipList(options.skip), { nocase: true, dot: true });
    const warnings = [];
    // One entry per key: a flat NNN-slug.md and a folder NNN-slug/ are one spec.
    const byKey = new Map();
    for (const entry of entries) {
        if (entry.name.startsWith("."))
            continue;
        const isMd = entry.name.toLowerCase().endsWith(".md");
        const name = isMd ? entry.name.slice(0, -3) : entry.name;
        if (skip(name) || (isMd && skip(entry.name)))
            continue;
        if (entry.isSymbolicLink()) {
            // A spec we would read (NNN-slug.md, an NNN-slug/ folder, slug.md) through a link: refused,
            // since its title would be printed. Any other link is not followed and not read: said, skipped.
            if (isMd || NUMBERED.test(name))
                throw symlinkRefused(rel(entry.name), name);
            if (!name.includes(".")) {
                warnings.push({
                    code: "symlink-skipped",
                    message: `${rel(entry.name)} is a symlink; specpipe does not follow it, so it was not read as a spec folder (replace the link with the folder if it is one, or add "${name}" to the skip input)`,
                    file: rel(entry.name),
                });
            }
            continue;
        }
        let slot = byKey.get(name);
        if (entry.isFile() && isMd) {
            if (!slot)
                byKey.set(name, (slot = {}));
            slot.flat = entry.name;
        }
        else if (entry.isDirectory()) {
            if (!slot)
                byKey.set(name, (slot = {}));
            slot.folder = entry.name;
        }
    }
    const specs = [];
    for (const [name, slot] of byKey) {
        let text;
        let file;
        let folder;
        if (slot.folder !== undefined) {
            const specFile = rel(slot.folder + "/spec.md");
            // A folder without spec.md is not a spec (Spec Kit creates the folder first).
            text = readText(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, slot.folder, "spec.md"), specFile);
            if (text !== undefined) {
                file = specFile;
                folder = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, slot.folder);
                if (slot.flat !== undefined) {
                    warnings.push({
                        code: "duplicate-spec",
                        message: `${rel(slot.flat)} and ${specFile} are the same spec "${name}"; the folder's spec.md is used, ${rel(slot.flat)} is ignored (remove one of them)`,
                        file: rel(slot.flat),
                    });
                }
            }
        }
        if (text === undefined && slot.flat !== undefined) {
            file = rel(slot.flat);
            text = readText(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, slot.flat), file);
        }
        if (text === undefined || file === undefined)
            continue;
        const m = NUMBERED.exec(name);
        const number = m ? m[1] : undefined;
        const slug = m ? m[2] : name;
        const scanned = readSpecText(text);
        const spec = {
            key: name,
            number,
            numberKey: number !== undefined ? (0,_title_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeNumber */ .Jo)(number) : undefined,
            slug,
            title: (0,_title_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanTitle */ .cr)(scanned.h1, slug, number),
            file,
            line: scanned.h1Line,
            layout: folder ? "speckit" : m ? "flat" : "unnumbered",
            requirements: scanned.requirements,
            hasPlan: false,
        };
        if (folder) {
            const tasksFile = rel(slot.folder + "/tasks.md");
            // tasks.md is progress, not the spec: a link there is skipped with a word, the spec stays.
            const tasksLink = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, "tasks.md"), { throwIfNoEntry: false })?.isSymbolicLink();
            const tasks = tasksLink ? undefined : readText(node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, "tasks.md"), tasksFile);
            if (tasksLink) {
                warnings.push({
                    code: "symlink-skipped",
                    message: `${tasksFile} is a symlink; specpipe does not follow it, so the tasks of ${name} were not read (replace the link with the file)`,
                    file: tasksFile,
                });
            }
            if (tasks !== undefined)
                spec.tasks = readTasks(tasks);
            spec.hasPlan = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, "plan.md"), { throwIfNoEntry: false }) !== undefined;
        }
        specs.push(spec);
    }
    return { specs: sortSpecs(specs), warnings };
}
/** A number's sort value: digits only (a Spec Kit timestamp "20250101-120000" sorts as 20250101120000). */
function digits(n) {
    return n.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
}
/** Numbered specs by number (numerically), then name; unnumbered specs after them by name. */
function compareSpecs(a, b) {
    if (a.number !== undefined && b.number !== undefined) {
        const x = digits(a.number);
        const y = digits(b.number);
        if (x.length !== y.length)
            return x.length - y.length;
        if (x !== y)
            return x < y ? -1 : 1;
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


/***/ }),

/***/ 128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vu: () => (/* binding */ DEFAULT_SECTIONS),
/* harmony export */   wf: () => (/* binding */ planStatus)
/* harmony export */ });
/* unused harmony exports NONE, formatTestCount, headingMatches, findCount */
/* harmony import */ var _markdown_blocks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8757);

const DEFAULT_SECTIONS = {
    testCount: "Test Count",
    implemented: "Specs Implemented",
    pending: "Specs Pending",
};
const NONE = "_None._";
function formatTestCount(t) {
    if (t.passed === undefined)
        return `**${t.total} tests**`;
    return `**${t.total} tests**: ${t.passed} passed, ${t.failed ?? 0} failed, ${t.skipped ?? 0} skipped`;
}
const OUR_COUNT = /^\*\*\d[\d,]* tests\*\*(?:: \d+ passed, \d+ failed, \d+ skipped)?$/;
function listLines(items) {
    return items.length ? items.map((i) => `- ${i}`) : [NONE];
}
/** The heading names the section: the same words, or those words followed by more ("(Selected)"). */
function headingMatches(heading, name) {
    const h = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(heading).toLowerCase().trim();
    const n = name.toLowerCase().trim();
    if (!h.startsWith(n))
        return false;
    return h.length === n.length || /[^\p{L}\p{N}]/u.test(h[n.length]);
}
function bodyLines(text, start, end) {
    const out = [];
    let i = start;
    while (i < end) {
        let nl = text.indexOf("\n", i);
        if (nl === -1 || nl >= end)
            nl = end;
        const lineEnd = nl > i && text[nl - 1] === "\r" ? nl - 1 : nl;
        out.push({ start: i, end: lineEnd, next: Math.min(nl + 1, end), text: text.slice(i, lineEnd) });
        i = nl + 1;
    }
    return out;
}
const ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const blank = (s) => /^[ \t]*$/.test(s);
/** The top-level blocks of a section body (lists and everything else), by line. */
function blocksOf(lines) {
    const blocks = [];
    let i = 0;
    while (i < lines.length) {
        if (blank(lines[i].text)) {
            i++;
            continue;
        }
        const fence = FENCE.exec(lines[i].text);
        if (fence) {
            const first = i;
            i++;
            while (i < lines.length && !(lines[i].text.trim().startsWith(fence[1]) && /^ {0,3}[`~]+[ \t]*$/.test(lines[i].text)))
                i++;
            blocks.push({ kind: "other", first, last: Math.min(i, lines.length - 1), items: [] });
            i++;
            continue;
        }
        const item = ITEM.exec(lines[i].text);
        if (item) {
            const block = { kind: "list", first: i, last: i, items: [{ text: (item[1] ?? "").trim(), first: i, last: i }] };
            i++;
            for (;;) {
                while (i < lines.length && !blank(lines[i].text)) {
                    const next = ITEM.exec(lines[i].text);
                    if (next)
                        block.items.push({ text: (next[1] ?? "").trim(), first: i, last: i });
                    else
                        block.items[block.items.length - 1].last = i;
                    block.last = i;
                    i++;
                }
                // After blank lines, an indented line continues an item. A new item there starts a block
                // of its own: our list inserted after a person's list must stay apart from it.
                let k = i;
                while (k < lines.length && blank(lines[k].text))
                    k++;
                if (k > i && k < lines.length && /^( {2,}|\t)/.test(lines[k].text) && !ITEM.test(lines[k].text)) {
                    block.items[block.items.length - 1].last = k;
                    i = k;
                    continue;
                }
                break;
            }
            blocks.push(block);
            continue;
        }
        const first = i;
        while (i < lines.length && !blank(lines[i].text) && !ITEM.test(lines[i].text))
            i++;
        blocks.push({ kind: "other", first, last: i - 1, items: [] });
    }
    return blocks;
}
/**
 * Is this list item one specpipe wrote? One line, and its text is a row label of the coverage
 * table (what we list) or our "_None._". A person's line (a summary, a range, a link, a "TBD")
 * is not, whatever list it stands in.
 */
function isGeneratedItem(item, rowLabels) {
    return item.first === item.last && (item.text === NONE || rowLabels.has(item.text) || rowLabels.has((0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(item.text)));
}
const isNoneParagraph = (block, lines) => block.kind === "other" && block.first === block.last && lines[block.first].text.trim() === NONE;
function findSection(scan, text, name) {
    const index = scan.headings.findIndex((h) => headingMatches(h.text, name));
    if (index === -1)
        return undefined;
    const heading = scan.headings[index];
    const next = scan.headings.slice(index + 1).find((h) => h.level <= heading.level);
    const headingLine = scan.lines[heading.lastLine];
    const atEof = headingLine.next === headingLine.end;
    return { name, start: atEof ? headingLine.end : headingLine.next, end: next ? next.start : text.length, atEof, followed: next !== undefined };
}
/** The whole body for an empty section: a blank line, the content, a blank line before the next heading. */
function emptyBody(section, content, eol, finalNewline) {
    let body = (section.atEof ? eol : "") + eol + content.join(eol) + eol;
    if (section.followed)
        body += eol;
    else if (!finalNewline)
        body = body.slice(0, -eol.length);
    return body;
}
function planList(text, section, items, eol, rowLabels, finalNewline) {
    const content = listLines(items);
    const lines = bodyLines(text, section.start, section.end);
    const blocks = blocksOf(lines);
    if (!blocks.length) {
        const body = emptyBody(section, content, eol, finalNewline);
        return text.slice(section.start, section.end) === body ? undefined : { start: section.start, end: section.end, text: body };
    }
    // Our list is the first block that holds a line we wrote. Only those lines are ours: the new
    // list takes the place of the first of them, the others go, and every other line of the block
    // (a person's summary, a link) stays where it is, byte for byte.
    for (const block of blocks) {
        if (isNoneParagraph(block, lines)) {
            const at = lines[block.first];
            return text.slice(at.start, at.end) === content.join(eol) ? undefined : { start: at.start, end: at.end, text: content.join(eol) };
        }
        if (block.kind !== "list")
            continue;
        const ours = block.items.filter((item) => isGeneratedItem(item, rowLabels));
        if (!ours.length)
            continue;
        // In a list that keeps a person's items, "nothing" is an item too: a bare "_None._" line
        // after an item would be read as part of it.
        const mixed = ours.length < block.items.length;
        const replacement = (items.length || !mixed ? content : [`- ${NONE}`]).join(eol);
        // From our first line to our last: ours become the new list, a person's items between
        // them follow it as they were.
        const from = block.items.indexOf(ours[0]);
        const to = block.items.indexOf(ours[ours.length - 1]);
        const kept = block.items.slice(from, to + 1).filter((item) => !ours.includes(item));
        const start = lines[ours[0].first].start;
        const end = lines[ours[ours.length - 1].last].end;
        const region = [replacement, ...kept.map((item) => text.slice(lines[item.first].start, lines[item.last].end))].join(eol);
        return text.slice(start, end) === region ? undefined : { start, end, text: region };
    }
    // The section is the user's prose: ours goes after it, as its own paragraph.
    const last = lines[blocks[blocks.length - 1].last];
    return { start: last.end, end: last.end, text: eol + eol + content.join(eol) };
}
const NUMBER = /(?<![\p{L}\p{N}_.,-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}_]|[.,-]\d)/gu;
/** A number after a total's label: "Total: 12", "Tests: 12", "Test count — 12" (not "12 tests: 8 passed"). */
const TOTAL_BEFORE = /(?<!\p{N}[ \t]*)\b(?:total|tests?|test count|count)\b[^\p{L}\p{N}\n]{0,6}$/iu;
const TOTAL_AFTER = /^(?:\*\*|__|\*|_)?[ \t]+(?:tests?[ \t]+)?total\b/i;
const TESTS_AFTER = /^(?:\*\*|__|\*|_)?[ \t]+(?:tests?|test cases)\b/i;
/** A number that counts one part: "API: 8", "- unit: 8 tests" (a label of words and a colon). */
const PART_LABEL = /\p{L}[\p{L}\p{N} _/-]*:[ \t]*(?:\*\*|__|\*|_)?[ \t]*$/u;
/**
 * The number that is the test count in the user's words, by the first rule that names one:
 *   1. the number a total's label names ("Total: 12 (unit 8)", "Tests: 12", "12 total");
 *   2. the one "N tests" that is not a part's count ("**12 tests** (API: 8 tests)", "3 suites, 12 tests");
 *   3. the only number, when no part's label holds it ("about 5", "12").
 * Anything else ("API: 8 tests", "12 (unit 8)", two totals) is ambiguous: the body is left as
 * it is and the run warns, rather than write the total into a part's count.
 */
function findCount(body) {
    const all = [...body.matchAll(NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    const lineBefore = (n) => body.slice(body.lastIndexOf("\n", n.start - 1) + 1, n.start);
    const after = (n) => body.slice(n.end, n.end + 32);
    const isPart = (n) => PART_LABEL.test(lineBefore(n)) && !TOTAL_BEFORE.test(lineBefore(n));
    const numbers = all.map((n) => n.text);
    const totals = all.filter((n) => TOTAL_BEFORE.test(lineBefore(n)) || TOTAL_AFTER.test(after(n)));
    if (totals.length === 1)
        return { found: totals[0] };
    if (totals.length > 1)
        return { why: "ambiguous", numbers };
    const tests = all.filter((n) => TESTS_AFTER.test(after(n)));
    const whole = tests.filter((n) => !isPart(n));
    if (whole.length === 1)
        return { found: whole[0] };
    if (tests.length)
        return { why: "ambiguous", numbers };
    if (all.length === 1 && !isPart(all[0]))
        return { found: all[0] };
    return { why: all.length ? "ambiguous" : "none", numbers };
}
function planCount(text, section, tests, eol, finalNewline) {
    const body = text.slice(section.start, section.end);
    const ours = formatTestCount(tests);
    if (blank(body.replace(/\r?\n/g, ""))) {
        const whole = emptyBody(section, [ours], eol, finalNewline);
        return whole === body ? {} : { splice: { start: section.start, end: section.end, text: whole } };
    }
    const trimmedStart = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (OUR_COUNT.test(trimmed)) {
        if (trimmed === ours)
            return {};
        return { splice: { start: section.start + trimmedStart, end: section.start + trimmedStart + trimmed.length, text: ours } };
    }
    const search = findCount(body);
    if (!search.found) {
        if (search.why === "none")
            return { note: `section "${section.name}" has no number to update (its text was left alone)` };
        return {
            warning: `section "${section.name}" has ${search.numbers.length} numbers (${search.numbers.slice(0, 5).join(", ")}) and none of them reads as the total; it was left alone. Write the total as "Total: N" or "N tests" for it to be updated to ${tests.total}`,
        };
    }
    const n = search.found;
    const value = n.text.includes(",") ? tests.total.toLocaleString("en-US") : String(tests.total);
    if (value === n.text)
        return {};
    return { splice: { start: section.start + n.start, end: section.start + n.end, text: value } };
}
function planStatus(text, eol, names, data, scan = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .scanBlocks */ .gM)(text)) {
    const plan = { splices: [], missing: [], updated: [], notes: [], warnings: [] };
    const finalNewline = text.endsWith("\n");
    const sections = ["testCount", "implemented", "pending"].map((which) => ({ which, name: names[which], section: findSection(scan, text, names[which]) }));
    const seen = new Set();
    for (const { which, name, section } of sections) {
        if (!section) {
            plan.missing.push(name);
            continue;
        }
        // Two names can find one heading ("Specs" for both lists): it is refreshed once, for the first.
        if (seen.has(section.start)) {
            plan.notes.push(`section "${name}" is the heading another section name found first; it was refreshed once`);
            continue;
        }
        seen.add(section.start);
        if (which === "testCount") {
            if (!data.tests)
                continue; // no test count known: leave the section as it is
            const r = planCount(text, section, data.tests, eol, finalNewline);
            if (r.note)
                plan.notes.push(r.note);
            if (r.warning)
                plan.warnings.push(r.warning);
            if (r.splice) {
                plan.splices.push(r.splice);
                plan.updated.push(name);
            }
            continue;
        }
        const splice = planList(text, section, which === "implemented" ? data.implemented : data.pending, eol, data.rowLabels, finalNewline);
        if (splice) {
            plan.splices.push(splice);
            plan.updated.push(name);
        }
    }
    return plan;
}


/***/ }),

/***/ 2824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* binding */ locateCoverageTable),
/* harmony export */   NP: () => (/* binding */ standardCoverageDocument),
/* harmony export */   k0: () => (/* binding */ planTable),
/* harmony export */   rZ: () => (/* binding */ isMarked),
/* harmony export */   yT: () => (/* binding */ DEFAULT_HEADER)
/* harmony export */ });
/* unused harmony exports normalizeHeaderCell, roleOf, escapeCell, newRowCells, formatRow */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8757);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2168);



/**
 * The coverage table: the one table in SPEC-COVERAGE.md whose columns are
 * `| Spec | Present | Spec'd | Tested | Notes |` (configurable). Rows are matched to specs in
 * match.ts; new rows are appended inside the table; existing rows and marks are never changed,
 * except Tested → ✓ with mark-tested.
 */
const DEFAULT_HEADER = "| Spec | Present | Spec'd | Tested | Notes |";
/** Words that mark a cell done when they are its first word ("yes", "Done — v2", "x"). */
const YES_WORDS = new Set(["[x]", "x", "yes", "y", "done", "true"]);
/** Check marks: a cell that starts with one is marked, whatever follows ("✓ (unit only)", "✅ Done"). */
const CHECK = /^(?:✓|✔|✅|☑|✔️|☑️)/u;
/**
 * Is the cell marked? As people mark them: a check mark first ("✓", "✅ Done", "✓ (unit only)"),
 * or a yes-word as the first word ("yes", "Done, v2", "[x] partial"). "?", "✗", "No", "partly"
 * and an empty cell are not.
 */
function isMarked(cell) {
    if (cell === undefined)
        return false;
    const text = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(cell).trim();
    if (CHECK.test(text))
        return true;
    const first = /^\S+?(?=[\s,;:.()—–]|$)/u.exec(text.toLowerCase())?.[0];
    return first !== undefined && YES_WORDS.has(first);
}
/** A header cell for comparison: case, spaces, quotes and markup do not count ("Spec'd" = "Specd" = "spec ’d"). */
function normalizeHeaderCell(s) {
    return (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(s)
        .replace(/[’‘`'"]/g, "")
        .replace(/\s+/g, "")
        .toLowerCase();
}
function roleOf(headerCell, index) {
    const h = normalizeHeaderCell(headerCell).replace(/[^a-z]/g, "");
    if (index === 0)
        return "spec";
    if (h === "present" || h === "implemented")
        return "present";
    if (h === "specd" || h === "specified")
        return "specd";
    if (h === "tested")
        return "tested";
    if (h === "notes" || h === "note")
        return "notes";
    return "other";
}
/** A column for comparing headers: its name without case, spaces or quotes, synonyms as one. */
function columnKey(headerCell) {
    const h = normalizeHeaderCell(headerCell).replace(/[^\p{L}\p{N}#]/gu, "");
    return h === "implemented" ? "present" : h === "specified" ? "specd" : h === "note" ? "notes" : h;
}
const CONTAINER = /^(?:[ \t]*>[ \t]?|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+|[ \t]+)*/;
const FENCE = /^(`{3,}|~{3,})/;
const DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/**
 * Every table header row of the document, nested ones included (a table in a block quote or a
 * list item), outside code fences: where a table that is not quite the coverage table may hide.
 */
function tableHeaders(scan) {
    const out = [];
    const lines = scan.lines;
    let fence;
    const strip = (t) => {
        const prefix = CONTAINER.exec(t)?.[0] ?? "";
        return { rest: t.slice(prefix.length), nested: /[>*+\-\d]/.test(prefix) };
    };
    for (let i = 0; i < lines.length; i++) {
        const { rest, nested } = strip(lines[i].text);
        // Indented code (four spaces, no container): an example, not a table.
        if (!nested && /^(?: {4}|\t)/.test(lines[i].text) && fence === undefined)
            continue;
        const f = FENCE.exec(rest);
        if (fence !== undefined) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && /^[`~]+[ \t]*$/.test(rest))
                fence = undefined;
            continue;
        }
        if (f) {
            fence = f[1];
            continue;
        }
        if (i + 1 >= lines.length || !rest.includes("|"))
            continue;
        const next = strip(lines[i + 1].text).rest;
        if (!DELIMITER.test(next) || !next.includes("-"))
            continue;
        const cells = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCells */ .UL)(rest, 0).map((c) => c.text);
        if (cells.length === (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCells */ .UL)(next, 0).length)
            out.push({ line: i + 1, cells, nested });
    }
    return out;
}
/**
 * The coverage table is found by its columns: the one top-level table whose header cells are the
 * `header` input's, compared without case, spaces or quotes. A table that is close to it but is
 * not it is an error at its line, never a reason to append a second table next to a hand-made
 * one: a table with at least half of the header's columns (and two), in any order, whatever its
 * first column is called ("#", "Feature", "ID"), or the table itself inside a block quote or a
 * list item (where specpipe does not edit).
 */
function locateCoverageTable(text, file, header, scan = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .scanBlocks */ .gM)(text)) {
    const wantedCells = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCells */ .UL)(header, 0).map((c) => c.text);
    const wanted = wantedCells.map(normalizeHeaderCell);
    const found = scan.tables.filter((t) => t.header.cells.length === wanted.length && t.header.cells.every((c, k) => normalizeHeaderCell(c.text) === wanted[k]));
    if (found.length === 0) {
        const wantedKeys = new Set(wantedCells.map(columnKey));
        const need = Math.max(2, Math.ceil(wantedKeys.size / 2));
        const similar = tableHeaders(scan).find((h) => {
            const keys = new Set(h.cells.map(columnKey));
            let shared = 0;
            for (const k of wantedKeys)
                if (keys.has(k))
                    shared++;
            return shared >= need;
        });
        if (similar) {
            const got = formatRow(similar.cells);
            const exact = similar.cells.length === wanted.length && similar.cells.every((c, k) => normalizeHeaderCell(c) === wanted[k]);
            if (exact) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the coverage table is inside a block quote or a list item, where specpipe does not edit tables`, {
                    file,
                    line: similar.line,
                    hint: `move the table out of the block quote or list (no "> " or indentation before its rows), so that rows can be added to it`,
                    code: "coverage.nested-table",
                });
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`this table looks like the coverage table, but its header ${got} is not the header ${header}${similar.nested ? " (and it is inside a block quote or a list item)" : ""}`, {
                file,
                line: similar.line,
                hint: `give the table the columns ${wantedCells.join(", ")} (case, spaces and Spec'd/Specd do not matter)${similar.nested ? ", outside any block quote or list," : ""} or set the header input to "${got}"`,
                code: "coverage.similar-table",
            });
        }
        return undefined;
    }
    if (found.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`this file has ${found.length} coverage tables (lines ${found.map((t) => t.header.line + 1).join(", ")}); there must be one`, {
            file,
            line: found[1].header.line + 1,
            hint: `merge them into one table, or rename the header of the one specpipe should not manage`,
            code: "coverage.duplicate-table",
        });
    }
    const table = found[0];
    const roles = table.header.cells.map((c, k) => roleOf(c.text, k));
    const rows = table.rows.map((r) => {
        // Fewer cells than columns is GFM's empty cells (a row without its trailing Notes cell);
        // more would drop text from the rendered table: that is the user's to fix.
        if (r.cells.length > table.columns) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`this coverage row has ${r.cells.length} cells, the table has ${table.columns} columns`, {
                file,
                line: r.line + 1,
                column: 1,
                hint: `give the row at most ${table.columns} cells (${table.header.cells.map((c) => c.text).join(", ")}); escape a "|" inside a cell as "\\|"`,
                code: "coverage.bad-row",
            });
        }
        const label = r.cells[0].text;
        return { line: r.line + 1, cells: r.cells, label, plain: (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(label), end: r.end, text: text.slice(r.start, r.end) };
    });
    return { table, roles, rows };
}
/**
 * Text for a table cell: a "|" not yet escaped gets its backslash; one already escaped ("\|" in a
 * title written for a table) is left as it is, so escaping is idempotent and a title never
 * gains a backslash per run. (An escaped backslash before a pipe, "\\|", leaves the pipe bare.)
 */
function escapeCell(s) {
    return s.replace(/(\\*)\|/g, (m, slashes) => (slashes.length % 2 === 1 ? m : `${slashes}\\|`)).replace(/\r?\n/g, " ");
}
function newRowCells(label, roles, tested) {
    return roles.map((role) => {
        switch (role) {
            case "spec":
                return escapeCell(label);
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
 * `rowSpecs` is the spec each existing row stands for (parallel to ct.rows).
 */
function planTable(ct, rowSpecs, missing, labels, eol, testedKeys) {
    const sorted = [...missing].sort(_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .compareSpecs */ .yc);
    const lastLine = ct.table.lastLine + 1; // 1-based line of the current last row
    const added = sorted.map((spec, k) => {
        const label = labels.get(spec);
        const cells = newRowCells(label, ct.roles, testedKeys.has(spec.key));
        return { spec, label, cell: cells[0], row: formatRow(cells), line: lastLine + k + 1 };
    });
    const splices = [];
    if (added.length)
        splices.push({ start: ct.table.end, end: ct.table.end, text: added.map((a) => eol + a.row).join("") });
    const markedTested = [];
    const testedCol = ct.roles.indexOf("tested");
    if (testedCol >= 0 && testedKeys.size) {
        ct.rows.forEach((row, k) => {
            const spec = rowSpecs[k];
            if (!spec || !testedKeys.has(spec.key))
                return;
            const cell = row.cells[testedCol];
            if (cell && isMarked(cell.text))
                return;
            if (cell)
                splices.push({ start: cell.start, end: cell.end, text: "✓" });
            else {
                // The row stops before its Tested cell: the empty cells up to it, then the mark.
                const closed = /(?<!\\)\|[ \t]*$/.test(row.text);
                const missing = testedCol - row.cells.length;
                splices.push({ start: row.end, end: row.end, text: `${closed ? "" : " |"}${"  |".repeat(missing)} ✓ |` });
            }
            markedTested.push({ spec, line: row.line });
        });
    }
    return { splices, added, markedTested };
}
function standardCoverageDocument(header, eol) {
    const cells = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCells */ .UL)(header, 0).map((c) => c.text);
    return ["# Spec Coverage", "", "Spec → implementation → test mapping. Rows are added by specpipe's coverage-update; marks are yours.", "", formatRow(cells), `|${cells.map((c) => "-".repeat(Math.max(3, c.length + 2))).join("|")}|`, ""].join(eol);
}


/***/ }),

/***/ 6846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ normalizeNumber),
/* harmony export */   cr: () => (/* binding */ cleanTitle)
/* harmony export */ });
/* unused harmony export titleCase */
/**
 * A spec's title as people wrote it in its H1, without the labels they put before it:
 *   "# Spec: Health Check Endpoint"                  → "Health Check Endpoint"
 *   "# Spec 054: Commit Provenance Contract Gate"    → "Commit Provenance Contract Gate"
 *   "# Spec 054 — Commit Provenance"                 → "Commit Provenance"
 *   "# Feature Spec 001: Event Discovery & RSVP"     → "Event Discovery & RSVP"
 *   "# Feature Specification: Spec Kit Automation"   → "Spec Kit Automation"
 *   "# 026 Phase 1 — Deploy" (in 026-…)              → "Phase 1 — Deploy"
 *   "# 088 — Release Notes" (in 088-…)               → "Release Notes"
 *   "# **Spec 017:** Bold Moves"                     → "Bold Moves"
 *   "# Spec 016" (only the label)                    → the slug, title-cased
 * The rest is kept whole: no truncation, no case change, inline Markdown as written. A number is
 * stripped only when it repeats the spec's own ("# 2026 Roadmap" in an unnumbered spec stays),
 * and "Spec" only when a colon, a spaced dash or a number follows ("# Spec-Driven Design" stays).
 */
const LABEL = /^(?:feature\s+)?spec(?:ification)?(?:[\s_-]+(?:no\.?\s*)?#?\d+[a-z]?)?(?:\s*:|\s+[-–—](?=\s|$)|(?<=\d)(?=\s|$))\s*/i;
/** A label in emphasis: "**Spec 017:** Bold", "__Spec 017__ — Bold", "*017* Bold". */
const EMPHASIZED = /^(\*\*|__|\*|_)(.+?)\1(?![*_])/;
/** Spec Kit's template title, left unfilled: "[FEATURE NAME]". */
const PLACEHOLDER = /^\[[A-Z][A-Z0-9 _-]*\]$/;
function titleCase(slug) {
    return slug
        .split(/[-_\s]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(" ");
}
function stripOwnNumber(title, number) {
    if (number === undefined)
        return title;
    const m = /^#?(\d+)(?!\d|[.,]\d)/.exec(title);
    if (!m || normalizeNumber(m[1]) !== normalizeNumber(number))
        return title;
    const rest = title.slice(m[0].length);
    if (rest.trim() === "")
        return "";
    // "026 Phase 1", "088 — X", "054: X", "007. X", "012) X": the separator goes with the number.
    const sep = /^(?:\s*[:.)]|\s+[-–—](?=\s)|(?=\s))\s*/.exec(rest);
    return sep ? rest.slice(sep[0].length) : title;
}
function stripLabel(t, number) {
    const em = EMPHASIZED.exec(t);
    if (em) {
        // The emphasis holds only the label ("Spec 017:", "017"): it goes whole, with its separator.
        const inner = stripOwnNumber(em[2].trim().replace(LABEL, ""), number).trim();
        if (inner === "" || /^[:.)–—-]$/.test(inner))
            return t.slice(em[0].length).replace(/^\s*(?:[:.)]|[-–—](?=\s|$))?\s*/, "");
    }
    return stripOwnNumber(t.replace(LABEL, ""), number).trim();
}
function cleanTitle(h1, fallbackSlug, number) {
    let t = (h1 ?? "").trim();
    for (let i = 0; i < 2; i++) {
        const before = t;
        t = stripLabel(t, number);
        if (t === before)
            break;
    }
    return t !== "" && !PLACEHOLDER.test(t) ? t : titleCase(fallbackSlug);
}
/** A spec number for comparison: "007" and "7" are the same number; a Spec Kit timestamp stays as written. */
function normalizeNumber(n) {
    return /^\d+$/.test(n) ? n.replace(/^0+(?=\d)/, "") : n;
}


/***/ }),

/***/ 3680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   insideWorkspace: () => (/* binding */ insideWorkspace),
/* harmony export */   readRegularFile: () => (/* binding */ readRegularFile),
/* harmony export */   readRegularFileSync: () => (/* binding */ readRegularFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);



const realRoots = new Map();
function realRoot(root) {
    let r = realRoots.get(root);
    if (r === undefined) {
        try {
            r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        }
        catch {
            r = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
        }
        realRoots.set(root, r);
    }
    return r;
}
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p);
    return rel === "" || (!rel.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
const toRel = (root, abs) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/") || ".";
function outside(input, options, detail) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" ${detail}`, {
        hint: options.hint ??
            `give ${options.what} as a path inside the workspace (relative to the repository root), with no symlink that leads out of it`,
        code: "path.outside-workspace",
    });
}
/**
 * Resolve `input` (relative to `base`, which defaults to `root`) to a path inside `root`, or throw
 * a UserError that names the input. The path need not exist; its existing part is checked.
 */
async function insideWorkspace(root, input, options, base = root) {
    if (input.includes("\0"))
        throw outside(JSON.stringify(input).slice(1, -1), options, "holds a NUL byte");
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, input);
    if (!isInside(absRoot, abs))
        throw outside(input, options, "is outside the workspace");
    const real = realRoot(absRoot);
    // Walk the existing components, checking each symlink's target: the realpath of the deepest
    // existing ancestor must stay inside the workspace's realpath.
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(absRoot, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    let current = absRoot;
    for (let i = 0; i < parts.length; i++) {
        current = node_path__WEBPACK_IMPORTED_MODULE_1__.join(current, parts[i]);
        let st;
        try {
            st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(current);
        }
        catch (e) {
            const code = e.code;
            if (code === "ENOENT" || code === "ENOTDIR")
                break;
            throw e;
        }
        if (!st.isSymbolicLink())
            continue;
        const last = i === parts.length - 1;
        if (last && options.noSymlink) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
                file: toRel(absRoot, current),
                hint: `replace ${toRel(absRoot, current)} with the file itself (git rm the link, commit the real file)`,
                code: "path.symlink",
            });
        }
        let target;
        try {
            target = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(current);
        }
        catch {
            // A dangling link: where it points is not ours to create through.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" goes through a symlink that points nowhere (${toRel(absRoot, current)})`, {
                file: toRel(absRoot, current),
                hint: `remove the symlink ${toRel(absRoot, current)} or point it at a path inside the workspace`,
                code: "path.symlink",
            });
        }
        if (!isInside(real, target)) {
            throw outside(input, options, `goes through the symlink ${toRel(absRoot, current)}, which leads out of the workspace`);
        }
    }
    if (options.file) {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(abs).catch(() => undefined);
        if (abs === absRoot || st?.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${options.what} "${input}" is ${abs === absRoot ? "the workspace itself" : "a folder"}, not a file`, {
                hint: `give ${options.what} as the path of a file inside the workspace, e.g. .specpipe/out.html`,
                code: "path.not-a-file",
            });
        }
    }
    return { abs, rel: toRel(absRoot, abs) };
}
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function symlinkRefused(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
        file: what,
        hint: "replace the symlink with the file itself",
        code: "path.symlink",
    });
}
function notRegular(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} is not a regular file`, { file: what, hint: "give the path of a regular file", code: "path.not-a-file" });
}
/** What open(2) says about a path that cannot be a file: a UserError, or undefined (a bug, rethrown). */
function openRefused(code, what) {
    if (code === "ELOOP" || code === "EMLINK")
        return symlinkRefused(what);
    if (code === "EISDIR")
        return notRegular(what);
    // "docs/README.md/STATUS.md": a folder on the way is a file.
    if (code === "ENOTDIR") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} cannot exist: a folder on its path is a file`, {
            file: what,
            hint: "give the path of a file whose folders are folders (check the path input for a file name in the middle)",
            code: "path.not-a-file",
        });
    }
    return undefined;
}
function tooLarge(what, size, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`${what} is ${size} bytes, more than the ${maxBytes} this input takes`, {
        file: what,
        hint: `keep ${what} under ${Math.floor(maxBytes / 1048576)} MiB`,
        code: "path.too-large",
    });
}
/**
 * `readRegularFile` for callers that read thousands of small files in a row (spec discovery):
 * the same checks, without a promise round trip per system call.
 */
function readRegularFileSync(abs, what, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, NOFOLLOW);
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT")
            return undefined;
        throw openRefused(code, what) ?? e;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw notRegular(what);
        if (maxBytes !== undefined && st.size > maxBytes)
            throw tooLarge(what, st.size, maxBytes);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Read a regular file without following a symlink (O_NOFOLLOW), or undefined when it does not exist. */
async function readRegularFile(abs, what, maxBytes) {
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(abs, NOFOLLOW);
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT")
            return undefined;
        throw openRefused(code, what) ?? e;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw notRegular(what);
        if (maxBytes !== undefined && st.size > maxBytes)
            throw tooLarge(what, st.size, maxBytes);
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
