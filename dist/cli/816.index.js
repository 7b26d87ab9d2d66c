export const id = 816;
export const ids = [816];
export const modules = {

/***/ 816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_RUNS_VERIFIED: () => (/* binding */ MAX_RUNS_VERIFIED),
  TRAILER_ABORT: () => (/* reexport */ playbook_commits/* TRAILER_ABORT */.po),
  TRAILER_FROM: () => (/* binding */ TRAILER_FROM),
  TRAILER_GATE: () => (/* reexport */ playbook_commits/* TRAILER_GATE */.Qo),
  TRAILER_SPEC: () => (/* binding */ TRAILER_SPEC),
  TRAILER_STEP: () => (/* reexport */ playbook_commits/* TRAILER_STEP */.bw),
  advanceMessage: () => (/* binding */ advanceMessage),
  playbookAdvance: () => (/* binding */ playbookAdvance),
  playbookCheck: () => (/* binding */ playbookCheck),
  playbookStatus: () => (/* binding */ playbookStatus),
  readGateState: () => (/* binding */ readGateState),
  tagName: () => (/* binding */ tagName)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/guard.ts
var guard = __webpack_require__(3680);
// EXTERNAL MODULE: ./packages/core/src/fs/plan.ts
var fs_plan = __webpack_require__(8958);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git_git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/git/push.ts
var push = __webpack_require__(188);
// EXTERNAL MODULE: ./packages/core/src/spec/hash.ts
var hash = __webpack_require__(9357);
// EXTERNAL MODULE: ./packages/core/src/spec/paths.ts
var paths = __webpack_require__(4649);
// EXTERNAL MODULE: ./packages/core/src/text/document.ts
var text_document = __webpack_require__(2600);
// EXTERNAL MODULE: ./packages/core/src/playbook/beacon.ts
var playbook_beacon = __webpack_require__(645);
// EXTERNAL MODULE: ./packages/core/src/playbook/commits.ts
var playbook_commits = __webpack_require__(4091);
// EXTERNAL MODULE: ./packages/core/src/process.ts
var src_process = __webpack_require__(7332);
// EXTERNAL MODULE: ./packages/core/src/reports/xml.ts
var xml = __webpack_require__(4916);
;// CONCATENATED MODULE: ./packages/core/src/reports/coverage.ts


function ratio(covered, total) {
    return { covered, total, pct: total > 0 ? (covered / total) * 100 : null };
}
function bad(file, what, format, line) {
    return new src_errors.UserError(`${file} is not a valid ${format} report: ${what}`, {
        file,
        line,
        hint: "regenerate the report with your coverage tool, or set format: in the condition if it was detected wrongly",
        code: "coverage.invalid",
    });
}
/** Detects the format from the content. */
function detectCoverageFormat(text, file) {
    const head = text
        .slice(0, 2048)
        .replace(/^\uFEFF/, "")
        .trimStart();
    if (head.startsWith("{"))
        return "istanbul-summary";
    if (head.startsWith("<"))
        return "cobertura";
    if (/^(TN:|SF:)/m.test(head))
        return "lcov";
    throw new src_errors.UserError(`${file}: cannot tell which coverage format this is`, {
        file,
        hint: "point the coverage condition at lcov.info, a Cobertura XML file or coverage-summary.json (or set format:)",
        code: "coverage.unknown-format",
    });
}
function parseCoverage(text, file, format) {
    const f = format ?? detectCoverageFormat(text, file);
    if (f === "lcov")
        return parseLcov(text, file);
    if (f === "cobertura")
        return parseCobertura(text, file);
    return parseIstanbulSummary(text, file);
}
/**
 * lcov tracefile. Per record (SF: … end_of_record): LF/LH and BRF/BRH when present, else counted
 * from DA: and BRDA: lines. A file listed twice (several test runs) is counted once per record, as
 * genhtml does without merging.
 */
function parseLcov(text, file) {
    let lf = 0, lh = 0, brf = 0, brh = 0, files = 0;
    let rec;
    let lineNo = 0;
    let pos = 0;
    const n = text.length;
    const num = (s) => {
        const v = Number(s);
        if (!Number.isFinite(v) || v < 0)
            throw bad(file, `"${s}" is not a count`, "lcov", lineNo);
        return v;
    };
    while (pos <= n) {
        let nl = text.indexOf("\n", pos);
        if (nl === -1)
            nl = n;
        let line = text.slice(pos, nl);
        pos = nl + 1;
        lineNo++;
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        if (line === "" || line.startsWith("TN:")) {
            if (pos > n)
                break;
            continue;
        }
        const colon = line.indexOf(":");
        const tag = colon === -1 ? line : line.slice(0, colon);
        const val = colon === -1 ? "" : line.slice(colon + 1);
        if (tag === "SF") {
            if (rec)
                throw bad(file, `SF: on line ${lineNo} starts a record before the previous one ended`, "lcov", lineNo);
            rec = { da: 0, daHit: 0, brda: 0, brdaHit: 0 };
            files++;
        }
        else if (tag === "end_of_record") {
            if (!rec)
                throw bad(file, `end_of_record on line ${lineNo} without SF:`, "lcov", lineNo);
            lf += rec.lf ?? rec.da;
            lh += rec.lh ?? rec.daHit;
            brf += rec.brf ?? rec.brda;
            brh += rec.brh ?? rec.brdaHit;
            rec = undefined;
        }
        else if (!rec) {
            throw bad(file, `${tag}: on line ${lineNo} is outside a record (no SF: before it)`, "lcov", lineNo);
        }
        else if (tag === "DA") {
            const c1 = val.indexOf(",");
            const hits = val.slice(c1 + 1).split(",")[0];
            rec.da++;
            if (num(hits) > 0)
                rec.daHit++;
        }
        else if (tag === "BRDA") {
            const taken = val.split(",")[3];
            rec.brda++;
            if (taken !== undefined && taken !== "-" && num(taken) > 0)
                rec.brdaHit++;
        }
        else if (tag === "LF")
            rec.lf = num(val);
        else if (tag === "LH")
            rec.lh = num(val);
        else if (tag === "BRF")
            rec.brf = num(val);
        else if (tag === "BRH")
            rec.brh = num(val);
        // FN, FNDA, FNF, FNH, VER and unknown tags are ignored.
    }
    if (rec)
        throw bad(file, "the last record has no end_of_record (truncated file?)", "lcov", lineNo);
    if (files === 0)
        throw bad(file, "no SF: records", "lcov");
    return { format: "lcov", lines: ratio(lh, lf), branches: ratio(brh, brf), files };
}
/**
 * Cobertura XML (coverage.py, istanbul's cobertura reporter, JaCoCo converters). The totals are
 * the root element's lines-valid / lines-covered / branches-valid / branches-covered. Without them
 * (older writers), the <line> elements of every <class> are counted: hits > 0, and
 * condition-coverage="50% (1/2)" for branches.
 */
function parseCobertura(text, file) {
    let root;
    const classes = new Set();
    let inClass = 0;
    let inMethod = 0;
    let lines = 0, linesHit = 0, br = 0, brHit = 0;
    (0,xml/* scanXml */.F)(text.replace(/^\uFEFF/, ""), file, {
        open(name, attrs) {
            if (!root) {
                if (name !== "coverage")
                    throw bad(file, `the root element is <${name}>, not <coverage>`, "Cobertura");
                root = attrs;
                return;
            }
            if (name === "class") {
                inClass++;
                classes.add(attrs.filename ?? attrs.name ?? String(classes.size));
            }
            else if (name === "method")
                inMethod++;
            else if (name === "line" && inClass > 0 && inMethod === 0) {
                lines++;
                if (Number(attrs.hits ?? 0) > 0)
                    linesHit++;
                const m = /\((\d+)\/(\d+)\)/.exec(attrs["condition-coverage"] ?? "");
                if (attrs.branch === "true" && m) {
                    brHit += Number(m[1]);
                    br += Number(m[2]);
                }
            }
        },
        close(name) {
            if (name === "class")
                inClass--;
            else if (name === "method")
                inMethod--;
        },
    });
    if (!root)
        throw bad(file, "no <coverage> element", "Cobertura");
    const int = (k) => root[k] !== undefined && root[k] !== "" && Number.isFinite(Number(root[k])) ? Number(root[k]) : undefined;
    const lv = int("lines-valid"), lc = int("lines-covered"), bv = int("branches-valid"), bc = int("branches-covered");
    return {
        format: "cobertura",
        lines: lv !== undefined && lc !== undefined ? ratio(lc, lv) : ratio(linesHit, lines),
        branches: bv !== undefined && bc !== undefined ? ratio(bc, bv) : ratio(brHit, br),
        files: classes.size,
    };
}
/** istanbul's json-summary reporter: `{ "total": { "lines": {total, covered, pct}, "branches": … }, "<file>": … }`. */
function parseIstanbulSummary(text, file) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ""));
    }
    catch (e) {
        throw bad(file, `not JSON (${e.message})`, "istanbul coverage-summary.json");
    }
    const total = data?.total;
    const metric = (k) => {
        const m = total?.[k];
        if (!m || typeof m.total !== "number" || typeof m.covered !== "number")
            throw bad(file, `total.${k} has no numeric total and covered`, "istanbul coverage-summary.json");
        return ratio(m.covered, m.total);
    };
    if (!total)
        throw bad(file, 'no "total" entry (is this coverage-final.json? use the json-summary reporter)', "istanbul coverage-summary.json");
    return {
        format: "istanbul-summary",
        lines: metric("lines"),
        branches: metric("branches"),
        files: Object.keys(data).length - 1,
    };
}

// EXTERNAL MODULE: ./packages/core/src/reports/junit.ts
var junit = __webpack_require__(7781);
;// CONCATENATED MODULE: ./packages/core/src/reports/mutation.ts

const STATUSES = new Set(["Killed", "Survived", "NoCoverage", "CompileError", "RuntimeError", "Timeout", "Ignored", "Pending"]);
function mutation_bad(file, what) {
    return new src_errors.UserError(`${file} is not a Stryker mutation report: ${what}`, {
        file,
        hint: 'point the mutation condition at Stryker\'s JSON report (reporters: ["json"], reports/mutation/mutation.json)',
        code: "mutation.invalid",
    });
}
function parseMutationReport(text, file) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ""));
    }
    catch (e) {
        throw mutation_bad(file, `not JSON (${e.message})`);
    }
    const d = data;
    if (!d || typeof d !== "object" || typeof d.schemaVersion !== "string")
        throw mutation_bad(file, "no schemaVersion");
    if (!/^[12](\.|$)/.test(d.schemaVersion))
        throw mutation_bad(file, `schemaVersion ${d.schemaVersion} is not supported (1.x or 2.x)`);
    if (!d.files || typeof d.files !== "object")
        throw mutation_bad(file, "no files object");
    const counts = { Killed: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Timeout: 0, Ignored: 0, Pending: 0 };
    let files = 0;
    for (const [name, f] of Object.entries(d.files)) {
        files++;
        const mutants = f?.mutants;
        if (!Array.isArray(mutants))
            throw mutation_bad(file, `files["${name}"] has no mutants list`);
        for (const m of mutants) {
            const status = m?.status;
            if (typeof status !== "string" || !STATUSES.has(status))
                throw mutation_bad(file, `a mutant in files["${name}"] has the unknown status ${JSON.stringify(status)}`);
            counts[status]++;
        }
    }
    const detected = counts.Killed + counts.Timeout;
    const valid = detected + counts.Survived + counts.NoCoverage;
    const covered = detected + counts.Survived;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return {
        counts,
        total,
        detected,
        valid,
        score: valid > 0 ? (detected / valid) * 100 : null,
        scoreCovered: covered > 0 ? (detected / covered) * 100 : null,
        files,
    };
}

// EXTERNAL MODULE: ./packages/core/src/playbook/test-files.ts
var test_files = __webpack_require__(5139);
// EXTERNAL MODULE: ./packages/core/src/playbook/load.ts
var load = __webpack_require__(1077);
;// CONCATENATED MODULE: ./packages/core/src/playbook/conditions.ts













const round2 = (x) => Math.round(x * 100) / 100;
const fmt = (x) => (x === null ? "n/a" : `${round2(x).toFixed(2)}%`);
const GLOB = /[*?[\]{}!]/;
/**
 * Repository-relative files matching paths or globs, sorted; plus the patterns that matched
 * nothing. Every path goes through the one guard (fs/guard.ts): a pattern that leaves the
 * workspace (`../x`, `/etc/passwd`) or a matched file that is a symlink is a UserError, never read.
 */
async function expand(root, patterns, what = "a condition's path") {
    const files = new Set();
    const unmatched = [];
    for (const raw of patterns) {
        const p = raw.split("\\").join("/").replace(/^\.\//, "");
        if (GLOB.test(p)) {
            const [{ globFiles }, picomatch] = await Promise.all([__webpack_require__.e(/* import() */ 5583).then(__webpack_require__.bind(__webpack_require__, 5583)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))]);
            await (0,guard.insideWorkspace)(root, picomatch.default.scan(p).base || ".", { what });
            // A glob does not see symlinks at all (fs/glob.ts); a path named exactly that is a symlink is refused below.
            const found = await globFiles(root, p);
            if (found.length === 0)
                unmatched.push(raw);
            for (const f of found)
                files.add((await (0,guard.insideWorkspace)(root, f, { what, noSymlink: true })).rel);
        }
        else {
            const at = await (0,guard.insideWorkspace)(root, p, { what, noSymlink: true });
            const st = await external_node_fs_.promises.lstat(at.abs).catch(() => undefined);
            if (st?.isFile())
                files.add(at.rel);
            else
                unmatched.push(raw);
        }
    }
    return { files: [...files].sort(), unmatched };
}
/** Reports are text files of a few MiB at most; anything larger is not a report. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** A report's text: a regular file inside the workspace (no symlink), valid UTF-8; else a UserError naming it. */
async function readReport(root, file, what) {
    const at = await (0,guard.insideWorkspace)(root, file, { what, noSymlink: true });
    const bytes = await (0,guard.readRegularFile)(at.abs, at.rel, MAX_REPORT_BYTES);
    if (!bytes)
        throw new src_errors.UserError(`${at.rel} disappeared while the gate read it`, {
            file: at.rel,
            hint: "run the gate again",
            code: "playbook.report-missing",
        });
    return (0,text_document.decodeUtf8)(bytes, at.rel);
}
const pathOf = (c, ctx) => `the ${(0,load/* conditionKey */.pq)(c)} condition's path (${ctx.playbook.file})`;
function failed(c, threshold, value, reason, evidence = []) {
    return { id: (0,load/* conditionKey */.pq)(c), type: c.type, pass: false, value, threshold, evidence, metrics: {}, reason };
}
function fromError(c, threshold, e, evidence) {
    if ((0,src_errors.isUserError)(e))
        return failed(c, threshold, "unreadable", e.format(), evidence);
    throw e;
}
function wildcard(pattern) {
    return new RegExp(`^${pattern
        .split("*")
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`, "s");
}
async function evalTests(c, ctx) {
    const threshold = `all pass, ≥ ${c.min} run${c.required.length ? `, ${c.required.length} required` : ""}`;
    const globs = Array.isArray(c.reports) ? c.reports : [c.reports];
    const { files } = await expand(ctx.root, globs, pathOf(c, ctx));
    if (files.length === 0)
        return failed(c, threshold, "no report", `no JUnit report matches ${globs.join(", ")}. Fix: run the tests with a JUnit reporter before the gate, writing to that path`);
    let total = 0, passed = 0, failedN = 0, skipped = 0;
    const cases = [];
    // Reading is outside the try: a report that is a symlink or not UTF-8 is refused, not "failed".
    const texts = [];
    for (const f of files)
        texts.push(await readReport(ctx.root, f, pathOf(c, ctx)));
    try {
        for (const [i, f] of files.entries()) {
            const s = (0,junit.parseJUnit)(texts[i], f);
            total += s.total;
            passed += s.passed;
            failedN += s.failed;
            skipped += s.skipped;
            if (c.required.length)
                for (const k of s.cases)
                    cases.push(k);
        }
    }
    catch (e) {
        return fromError(c, threshold, e, files);
    }
    const id = (0,load/* conditionKey */.pq)(c);
    const metrics = { [`${id}.passed`]: passed, [`${id}.total`]: total };
    const value = `${passed} passed, ${failedN} failed, ${skipped} skipped`;
    const reasons = [];
    if (failedN > 0)
        reasons.push(`${failedN} test${failedN > 1 ? "s" : ""} failed. Fix: make them pass`);
    if (passed < c.min)
        reasons.push(`${passed} passed, fewer than the ${c.min} required. Fix: add tests or check that the report covers all suites`);
    if (c.required.length) {
        const picomatch = (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))).default;
        for (const r of c.required) {
            const nameRe = r.name !== undefined ? wildcard(r.name) : undefined;
            const fileMatch = r.file !== undefined ? picomatch(r.file, { dot: true }) : undefined;
            const matching = cases.filter((k) => (!nameRe || nameRe.test(k.name) || nameRe.test(`${k.classname} > ${k.name}`)) &&
                (!fileMatch || (0,test_files/* testFileCandidates */.l)(k).some((f) => fileMatch(f))));
            const label = [r.name && `name "${r.name}"`, r.file && `file "${r.file}"`].filter(Boolean).join(" and ");
            if (matching.length === 0)
                reasons.push(`no test with ${label} ran. Fix: add it, or check the pattern against the report`);
            else if (!matching.every((k) => k.status === "passed")) {
                const bad = matching.filter((k) => k.status !== "passed");
                reasons.push(`${bad.length} of the tests with ${label} did not pass (${bad
                    .slice(0, 3)
                    .map((k) => `${k.name}: ${k.status}`)
                    .join("; ")}). Fix: make them pass`);
            }
        }
    }
    const r = { id, type: c.type, pass: reasons.length === 0, value, threshold, evidence: files, metrics };
    if (reasons.length)
        r.reason = reasons.join("; ");
    return r;
}
function noDrop(ctx, key, now, label, reasons) {
    const before = (0,playbook_beacon/* lastValue */.ku)(ctx.beacon, key);
    if (before === undefined || now === null)
        return;
    if (round2(now) < before)
        reasons.push(`${label} dropped from ${before.toFixed(2)}% at the last advance to ${fmt(now)}. Fix: add tests for the code that lost coverage`);
}
async function evalCoverage(c, ctx) {
    const id = (0,load/* conditionKey */.pq)(c);
    const th = [];
    if (c.lines !== undefined)
        th.push(`lines ≥ ${c.lines}%`);
    if (c.branches !== undefined)
        th.push(`branches ≥ ${c.branches}%`);
    if (c["no-drop"]) {
        const l = (0,playbook_beacon/* lastValue */.ku)(ctx.beacon, `${id}.lines`);
        const b = (0,playbook_beacon/* lastValue */.ku)(ctx.beacon, `${id}.branches`);
        th.push(`no drop${l !== undefined || b !== undefined ? ` (was ${[l !== undefined && `lines ${l}%`, b !== undefined && `branches ${b}%`].filter(Boolean).join(", ")})` : ""}`);
    }
    const threshold = th.join(", ");
    const { files } = await expand(ctx.root, [c.report], pathOf(c, ctx));
    if (files.length === 0)
        return failed(c, threshold, "no report", `no coverage report matches ${c.report}. Fix: run the tests with coverage before the gate`);
    if (files.length > 1)
        return failed(c, threshold, "several reports", `${c.report} matches ${files.length} files (${files.slice(0, 3).join(", ")}…). Fix: point report at one merged report`, files);
    const text = await readReport(ctx.root, files[0], pathOf(c, ctx));
    let s;
    try {
        s = parseCoverage(text, files[0], c.format);
    }
    catch (e) {
        return fromError(c, threshold, e, files);
    }
    const reasons = [];
    const metrics = {};
    if (s.lines.pct !== null)
        metrics[`${id}.lines`] = round2(s.lines.pct);
    if (s.branches.pct !== null)
        metrics[`${id}.branches`] = round2(s.branches.pct);
    if (c.lines !== undefined) {
        if (s.lines.pct === null)
            reasons.push("the report has no lines. Fix: check that the coverage run included the sources");
        else if (round2(s.lines.pct) < c.lines)
            reasons.push(`line coverage ${fmt(s.lines.pct)} is below ${c.lines}%. Fix: add tests`);
    }
    if (c.branches !== undefined && s.branches.pct !== null && round2(s.branches.pct) < c.branches) {
        reasons.push(`branch coverage ${fmt(s.branches.pct)} is below ${c.branches}%. Fix: add tests for the untaken branches`);
    }
    if (c["no-drop"]) {
        noDrop(ctx, `${id}.lines`, s.lines.pct, "line coverage", reasons);
        noDrop(ctx, `${id}.branches`, s.branches.pct, "branch coverage", reasons);
    }
    const value = `lines ${fmt(s.lines.pct)} (${s.lines.covered}/${s.lines.total}), branches ${fmt(s.branches.pct)} (${s.branches.covered}/${s.branches.total})`;
    const r = { id, type: c.type, pass: reasons.length === 0, value, threshold, evidence: files, metrics };
    if (reasons.length)
        r.reason = reasons.join("; ");
    return r;
}
async function evalMutation(c, ctx) {
    const id = (0,load/* conditionKey */.pq)(c);
    const prev = (0,playbook_beacon/* lastValue */.ku)(ctx.beacon, `${id}.score`);
    const threshold = [
        c.score !== undefined && `score ≥ ${c.score}%`,
        c["no-drop"] && `no drop${prev !== undefined ? ` (was ${prev}%)` : ""}`,
    ]
        .filter(Boolean)
        .join(", ");
    const { files } = await expand(ctx.root, [c.report], pathOf(c, ctx));
    if (files.length !== 1) {
        return failed(c, threshold, "no report", files.length
            ? `${c.report} matches ${files.length} files. Fix: point report at one file`
            : `no mutation report matches ${c.report}. Fix: run Stryker with the json reporter before the gate`, files);
    }
    const text = await readReport(ctx.root, files[0], pathOf(c, ctx));
    let s;
    try {
        s = parseMutationReport(text, files[0]);
    }
    catch (e) {
        return fromError(c, threshold, e, files);
    }
    const reasons = [];
    const metrics = {};
    if (s.score !== null)
        metrics[`${id}.score`] = round2(s.score);
    if (c.score !== undefined) {
        if (s.score === null)
            reasons.push("the report has no valid mutant. Fix: check Stryker's mutate patterns");
        else if (round2(s.score) < c.score)
            reasons.push(`mutation score ${fmt(s.score)} is below ${c.score}%. Fix: strengthen the tests that let ${s.counts.Survived} mutants survive`);
    }
    if (c["no-drop"])
        noDrop(ctx, `${id}.score`, s.score, "the mutation score", reasons);
    const value = `${fmt(s.score)} (${s.detected} of ${s.valid} detected, ${s.counts.Survived} survived, ${s.counts.NoCoverage} no coverage)`;
    const r = { id, type: c.type, pass: reasons.length === 0, value, threshold, evidence: files, metrics };
    if (reasons.length)
        r.reason = reasons.join("; ");
    return r;
}
async function evalFiles(c, ctx) {
    const threshold = `${c.paths.length} path${c.paths.length > 1 ? "s exist" : " exists"}${c["non-empty"] ? ", not empty" : ""}`;
    const { files, unmatched } = await expand(ctx.root, c.paths, pathOf(c, ctx));
    const empty = [];
    if (c["non-empty"]) {
        for (const f of files) {
            const at = await (0,guard.insideWorkspace)(ctx.root, f, { what: pathOf(c, ctx), noSymlink: true });
            const content = (await (0,guard.readRegularFile)(at.abs, at.rel, MAX_REPORT_BYTES)) ?? Buffer.alloc(0);
            if (!/\S/.test(content.toString("utf8").replace(/^\uFEFF/, "")))
                empty.push(f);
        }
    }
    const reasons = [];
    if (unmatched.length)
        reasons.push(`missing: ${unmatched.join(", ")}. Fix: create ${unmatched.length > 1 ? "them" : "it"}`);
    if (empty.length)
        reasons.push(`empty: ${empty.join(", ")}. Fix: write the content`);
    const r = {
        id: (0,load/* conditionKey */.pq)(c),
        type: c.type,
        pass: reasons.length === 0,
        value: `${c.paths.length - unmatched.length} of ${c.paths.length} present (${files.length} file${files.length === 1 ? "" : "s"})${empty.length ? `, ${empty.length} empty` : ""}`,
        threshold,
        evidence: files,
        metrics: {},
    };
    if (reasons.length)
        r.reason = reasons.join("; ");
    return r;
}
async function evalSpecHash(c, ctx) {
    const h = await (0,hash.computeSpecHash)({ root: ctx.root, paths: ctx.playbook.playbook.spec });
    const recorded = ctx.beacon.specHash;
    const threshold = recorded ? recorded.slice(0, 12) : "(none recorded)";
    const r = {
        id: (0,load/* conditionKey */.pq)(c),
        type: c.type,
        pass: recorded === h.full,
        value: h.short,
        threshold,
        evidence: h.files,
        metrics: {},
    };
    if (h.missing.length) {
        r.pass = false;
        r.value = "missing";
        r.reason = `the spec path${h.missing.length > 1 ? "s" : ""} ${h.missing.join(", ")} in ${ctx.playbook.file}'s spec: match${h.missing.length > 1 ? "" : "es"} no file. Fix: correct spec: or create the file`;
        return r;
    }
    if (r.pass)
        return r;
    if (ctx.git) {
        // Amendments at any step: accepted amendments since the last advance re-base the condition.
        const { rebaseOnAmendments } = await Promise.all(/* import() */[__webpack_require__.e(456), __webpack_require__.e(2817)]).then(__webpack_require__.bind(__webpack_require__, 2817));
        const rebase = await rebaseOnAmendments(ctx.git, {
            beaconFile: ctx.playbook.playbook.beacon.json,
            specPaths: ctx.playbook.playbook.spec,
            current: h.full,
        });
        if (rebase.accepted) {
            const last = rebase.amendments[rebase.amendments.length - 1];
            r.pass = true;
            r.threshold = `${threshold}, amended to ${h.short}`;
            ctx.notes?.push(`the spec was amended since the last advance (${rebase.amendments.map((a) => `${a.commit.slice(0, 12)}${a.adr ? ` with ${a.adr}` : ""}`).join(", ")}); spec-hash is judged against ${last.after ?? h.short}`);
            return r;
        }
        r.reason = rebase.reason;
        return r;
    }
    r.reason = `the spec (${h.files.join(", ") || "no files"}) changed since the last advance (beacon ${threshold}, now ${h.short}): an amendment is pending. Fix: commit it as an amendment with its ADR (specpipe amend), or revert the spec change`;
    return r;
}
async function evalCommand(c, ctx) {
    const threshold = `exit 0 within ${c.timeout} s`;
    const cwd = external_node_path_.resolve(ctx.root, c.cwd ?? ".");
    try {
        const r = await (0,src_process/* runProcess */.R)(c.run[0], c.run.slice(1), { cwd, env: ctx.env ?? process.env, timeoutMs: c.timeout * 1000 });
        const pass = r.code === 0 && !r.timedOut;
        const value = r.timedOut ? "timed out" : r.code === null ? `killed (${r.signal})` : `exit ${r.code}`;
        const res = { id: (0,load/* conditionKey */.pq)(c), type: c.type, pass, value, threshold, evidence: [], metrics: {} };
        if (!pass) {
            const tail = (r.stderr.toString("utf8") || r.stdout.toString("utf8")).trim().split("\n").slice(-5).join(" | ").slice(0, 500);
            res.reason = `\`${c.run.join(" ")}\` ${r.timedOut ? `ran longer than ${c.timeout} s` : `ended with ${value}`}${tail ? `: ${tail}` : ""}. Fix: make the command pass`;
        }
        return res;
    }
    catch (e) {
        return failed(c, threshold, "did not start", `\`${c.run[0]}\` could not be started (${e.message}). Fix: install it or correct run:`);
    }
}
async function evalChecks(c, ctx) {
    const threshold = "all successful";
    let gh;
    try {
        gh = typeof ctx.github === "function" ? await ctx.github() : ctx.github;
    }
    catch (e) {
        return fromError(c, threshold, e, []);
    }
    if (!gh || !ctx.sha) {
        return failed(c, threshold, "not asked", "the checks condition needs the GitHub API and the commit. Fix: pass a token (and run in a GitHub workflow, or set GITHUB_REPOSITORY)");
    }
    const { api, repo: { owner, repo }, } = gh;
    // The job running the gate is itself an unfinished check run of this commit: its name is the
    // job id (GITHUB_JOB) unless the job has a name:, which `ignore` then has to list.
    const own = (ctx.env ?? process.env).GITHUB_JOB;
    const ignore = [...c.ignore, ...(own ? [own] : [])].map(wildcard);
    const ignored = (name) => ignore.some((re) => re.test(name));
    try {
        const [runs, combined] = await Promise.all([
            api.listCheckRuns({ owner, repo, ref: ctx.sha }),
            api.getCombinedStatus({ owner, repo, ref: ctx.sha }),
        ]);
        const OK = new Set(["success", "neutral", "skipped"]);
        const considered = runs.filter((r) => !ignored(r.name));
        const statuses = combined.statuses.filter((s) => !ignored(s.context));
        const badRuns = considered.filter((r) => r.status !== "completed" || !OK.has(r.conclusion ?? ""));
        const badStatuses = statuses.filter((s) => s.state !== "success");
        const problems = [];
        // Every page was read; should GitHub still count more contexts than came back, the statuses
        // seen are not all there are, and the gate does not pass on part of them.
        if (combined.totalCount > combined.statuses.length)
            problems.push(`only ${combined.statuses.length} of ${combined.totalCount} commit statuses could be read`);
        // GitHub's combined state covers every context; unless some were ignored it decides.
        const anyIgnored = statuses.length !== combined.statuses.length;
        if (!anyIgnored && combined.totalCount > 0 && combined.state !== "success" && badStatuses.length === 0)
            problems.push(`the combined status is ${combined.state}`);
        const total = considered.length + statuses.length;
        const okCount = total - badRuns.length - badStatuses.length;
        const res = {
            id: (0,load/* conditionKey */.pq)(c),
            type: c.type,
            pass: badRuns.length + badStatuses.length + problems.length === 0,
            value: `${okCount} of ${total} successful${!anyIgnored && combined.totalCount > 0 && combined.state !== "success" ? `, combined status ${combined.state}` : ""}`,
            threshold,
            evidence: [],
            metrics: {},
        };
        if (!res.pass) {
            const list = [
                ...problems,
                ...badRuns.map((r) => `${r.name}: ${r.status === "completed" ? r.conclusion : r.status}`),
                ...badStatuses.map((s) => `${s.context}: ${s.state}`),
            ];
            res.reason = `not successful: ${list.slice(0, 10).join("; ")}${list.length > 10 ? ` and ${list.length - 10} more` : ""}. Fix: make them pass (or list the gate's own job under ignore:)`;
        }
        return res;
    }
    catch (e) {
        return fromError(c, threshold, e, []);
    }
}
async function evaluateCondition(c, ctx) {
    // One evaluator per condition type; the mapped type makes a new type without one a compile error.
    const evaluate = EVALUATORS[c.type];
    return evaluate(c, ctx);
}
const EVALUATORS = {
    tests: evalTests,
    coverage: evalCoverage,
    mutation: evalMutation,
    files: evalFiles,
    "spec-hash": evalSpecHash,
    command: evalCommand,
    checks: evalChecks,
};
/** In order (commands may depend on files the previous ones wrote). */
async function evaluateConditions(list, ctx) {
    const out = [];
    for (const c of list)
        out.push(await evaluateCondition(c, ctx));
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/playbook/progress-md.ts
var progress_md = __webpack_require__(7906);
// EXTERNAL MODULE: ./packages/core/src/playbook/provenance.ts
var playbook_provenance = __webpack_require__(8226);
;// CONCATENATED MODULE: ./packages/core/src/playbook/gate.ts



















/**
 * The playbook gate: status (report), check (pull requests: the beacon and the commit rules),
 * advance (evaluate the active step; when every exit condition holds, move exactly one step,
 * write both beacon files atomically, commit with trailers, push). Only `advance` writes, and
 * only the beacon.
 */


const TRAILER_FROM = "Playbook-From";
const TRAILER_SPEC = "Spec-Hash";
/** Beacon files are a page of JSON and Markdown; anything larger is not a beacon. */
const MAX_BEACON_BYTES = 16 * 1024 * 1024;
function fromBeacon(v) {
    return { code: v.code, message: v.message, hint: v.hint, severity: v.severity, file: v.file };
}
async function readBeaconFile(root, file, what) {
    const at = await (0,guard.insideWorkspace)(root, file, { what, noSymlink: true });
    return { rel: at.rel, bytes: await (0,guard.readRegularFile)(at.abs, at.rel, MAX_BEACON_BYTES) };
}
/** Read playbook and beacon; validate the beacon against the playbook. Unknown step: throws. */
async function readGateState(options) {
    const pb = await (0,load.loadPlaybook)(options.root, options.playbook ?? load/* DEFAULT_PLAYBOOK */.m8);
    const json = await readBeaconFile(options.root, pb.playbook.beacon.json, "the beacon (beacon.json)");
    const md = await readBeaconFile(options.root, pb.playbook.beacon.markdown, "the beacon (beacon.markdown)");
    const jsonFile = json.rel;
    const mdFile = md.rel;
    const jsonBytes = json.bytes;
    if (!jsonBytes) {
        throw new src_errors.UserError(`${jsonFile} does not exist`, {
            file: jsonFile,
            hint: "create the beacon with `specpipe init` (`specpipe init --beacon-only` when playbook.yml exists), or restore it from git",
            code: "beacon.missing",
        });
    }
    const beacon = (0,playbook_beacon/* parseBeacon */.Iv)((0,text_document.decodeUtf8)(jsonBytes, jsonFile), jsonFile);
    const violations = (0,playbook_beacon/* validateBeacon */.N5)(pb, beacon, jsonFile).map(fromBeacon);
    const unknown = violations.find((v) => v.code === "beacon.unknown-step");
    if (unknown)
        throw new src_errors.UserError(unknown.message, { file: jsonFile, hint: unknown.hint, code: unknown.code });
    if (options.git && violations.some((v) => v.code === "beacon.playbook-changed")) {
        violations.push(...(await underItsPlaybook(options.git, pb, beacon, jsonFile)));
    }
    const mdBytes = md.bytes;
    if (!mdBytes) {
        throw new src_errors.UserError(`${mdFile} does not exist`, {
            file: mdFile,
            hint: `restore it from git; the gate keeps it in step with ${jsonFile}`,
            code: "beacon.missing-md",
        });
    }
    (0,text_document.decodeUtf8)(mdBytes, mdFile);
    for (const v of (0,progress_md/* checkProgressMd */.bl)(mdBytes, pb, beacon, mdFile))
        violations.push(fromBeacon(v));
    if (pb.specDeclared) {
        // One definition of the spec: a path in spec: that matches nothing is an error, not "no spec".
        const spec = await (0,hash.computeSpecHash)({ root: options.root, paths: pb.playbook.spec });
        if (spec.missing.length)
            throw (0,paths.missingSpecError)({ paths: pb.playbook.spec, origin: "playbook", playbook: pb.file }, spec.missing);
    }
    const state = { playbook: pb, beacon, step: pb.byId.get(beacon.step), jsonFile, mdFile, jsonBytes, mdBytes, violations };
    const uncommitted = options.git ? await uncommittedBeacon(options.git, state) : undefined;
    if (uncommitted) {
        state.uncommitted = uncommitted;
        violations.push({
            code: "beacon.uncommitted",
            message: uncommitted.kind === "gate"
                ? `${jsonFile} holds an advance that was written but not committed (an interrupted run)`
                : `${jsonFile} has changes that are not committed, and not the gate's`,
            hint: uncommitted.kind === "gate"
                ? "the next advance redoes it; or restore the committed beacon: git checkout HEAD -- " + `${jsonFile} ${mdFile}`
                : `restore the committed beacon: git checkout HEAD -- ${jsonFile} ${mdFile}; only the gate changes it`,
            severity: uncommitted.kind === "gate" ? "notice" : "error",
            file: jsonFile,
        });
    }
    return state;
}
/**
 * The playbook changed since the beacon was last written, so today's steps do not judge its
 * history: the playbook committed with the beacon does. It must be the one the beacon names (a
 * beacon sealed by hand next to an edited playbook names none of git's), and the beacon must be
 * valid under it.
 */
async function underItsPlaybook(git, pb, beacon, jsonFile) {
    const last = (await git.raw(["log", "-1", "--format=%H", "--", jsonFile])).stdout.toString().trim();
    if (!last)
        return []; // not committed yet (specpipe init's own commit is the first)
    const text = await (0,playbook_commits/* fileAt */.Wd)(git, last, pb.file);
    let then;
    try {
        then = text ? await (0,load/* parsePlaybook */.hV)((0,text_document.decodeUtf8)(text, pb.file), pb.file) : undefined;
    }
    catch {
        then = undefined;
    }
    if (!then || then.hash !== beacon.playbook) {
        return [
            {
                code: "beacon.playbook-unknown",
                message: `${jsonFile} names a playbook (${beacon.playbook.slice(0, 19)}…) that is not the ${pb.file} committed with it at ${last.slice(0, 12)}: the beacon was not written by the gate`,
                hint: `restore ${jsonFile} from git (git revert the commit that changed it); only the playbook gate changes it`,
                severity: "error",
                file: jsonFile,
            },
        ];
    }
    return (0,playbook_beacon/* validateBeacon */.N5)(then, beacon, jsonFile)
        .filter((v) => v.severity === "error")
        .map(fromBeacon);
}
/**
 * A beacon in the work tree that differs from HEAD's: an advance that a killed run wrote but did
 * not commit (HEAD's history plus one entry evaluated at HEAD, digest intact), or someone's edit.
 */
async function uncommittedBeacon(git, state) {
    const headJson = await (0,playbook_commits/* fileAt */.Wd)(git, "HEAD", state.jsonFile);
    if (!headJson || headJson.equals(state.jsonBytes))
        return undefined;
    const headMd = await (0,playbook_commits/* fileAt */.Wd)(git, "HEAD", state.mdFile);
    const head = { json: headJson, md: headMd };
    let committed;
    try {
        committed = (0,playbook_beacon/* parseBeacon */.Iv)((0,text_document.decodeUtf8)(headJson, state.jsonFile), state.jsonFile);
    }
    catch {
        return { kind: "foreign", head };
    }
    const now = state.beacon;
    const headSha = await git.revParse("HEAD");
    const last = now.history[now.history.length - 1];
    const gate = (0,playbook_beacon/* beaconDigest */.Zq)(now) === now.digest &&
        now.history.length === committed.history.length + 1 &&
        committed.history.every((h, i) => JSON.stringify(h) === JSON.stringify(now.history[i])) &&
        last?.commit === headSha;
    return { kind: gate ? "gate" : "foreign", head };
}
async function headSha(options) {
    if (options.sha)
        return options.sha;
    if (!options.git)
        return undefined;
    return options.git.revParse("HEAD");
}
/**
 * The latest commit since the beacon last changed that asks to abort the active step
 * (`Playbook-Abort: <reason>`, made in that step), when the step declares `abort:`.
 */
async function findAbort(git, state) {
    if (!git || !state.step.abort || state.beacon.status !== "active")
        return undefined;
    const last = (await git.raw(["log", "-1", "--format=%H", "--", state.jsonFile])).stdout.toString().trim();
    if (!last)
        return undefined;
    const list = await (0,playbook_commits/* readRange */.qX)(git, { from: last, to: "HEAD" });
    for (let i = list.length - 1; i >= 0; i--) {
        const c = list[i];
        const reason = (0,playbook_commits/* trailerValues */.uv)(c, playbook_commits/* TRAILER_ABORT */.po)[0];
        if (reason && c.parents.length === 1 && (0,playbook_commits/* trailerValues */.uv)(c, playbook_commits/* TRAILER_STEP */.bw).includes(state.step.id))
            return { commit: c.sha, reason };
    }
    return undefined;
}
async function evaluate(state, options, sha) {
    if (state.beacon.status === "done")
        return { conditions: [], loopConditions: [], blockedBy: [], transition: undefined, notes: [] };
    const notes = [];
    const ctx = {
        root: options.root,
        playbook: state.playbook,
        beacon: state.beacon,
        sha,
        github: options.github,
        env: options.env,
        git: options.git,
        notes,
    };
    const conditions = await evaluateConditions(state.step.exit, ctx);
    const until = state.step.loop?.until ?? [];
    const loopConditions = until.length ? await evaluateConditions(until, ctx) : [];
    const abort = await findAbort(options.git, state);
    if (abort) {
        notes.push(`${abort.commit.slice(0, 12)} asks to abort ${state.step.id}: ${abort.reason}`);
        // An abort goes back whatever the exit conditions say: they are reported, they do not block.
        return { conditions, loopConditions, blockedBy: [], transition: (0,playbook_beacon/* abortTransition */.Q)(state.step, state.beacon.iteration), abort, notes };
    }
    const loopEnds = until.length > 0 && loopConditions.every((c) => c.pass);
    const transition = (0,playbook_beacon/* nextTransition */.lz)(state.playbook, state.step, state.beacon.iteration, loopEnds);
    return { conditions, loopConditions, blockedBy: conditions.filter((c) => !c.pass), transition, notes };
}
function report(mode, state, e, extra = {}) {
    return {
        mode,
        step: state.beacon.step,
        evaluated: state.beacon.step,
        nextStep: e.transition ? e.transition.to : null,
        done: state.beacon.status === "done",
        advanced: false,
        ...(e.transition ? { transition: e.transition } : {}),
        conditions: e.conditions,
        loopConditions: e.loopConditions,
        blockedBy: e.blockedBy,
        violations: state.violations,
        playbook: state.playbook,
        beacon: state.beacon,
        ...(e.notes.length ? { notes: e.notes } : {}),
        ...extra,
    };
}
/** status: read, validate, evaluate; write nothing. */
async function playbookStatus(options) {
    const state = await readGateState(options);
    return report("status", state, await evaluate(state, options, await headSha(options)));
}
/** How many gate commits of a range are verified against the GitHub API (newest first; each is one request). */
const MAX_RUNS_VERIFIED = 10;
/**
 * check: the beacon is valid (digest, history, progress.md's generated sections) and the commits
 * of the range follow the playbook's rules (commits.ts): each names the step active at its
 * parent; only verified gate commits change the beacon, and none in a pull request. With the
 * GitHub API, the runs the gate commits name are asked for (provenance.ts verifyRun).
 */
async function playbookCheck(options) {
    const state = await readGateState(options);
    const violations = [...state.violations];
    let commits;
    const range = options.range ?? (options.from ? { from: options.from, to: options.to ?? "HEAD" } : undefined);
    const notes = [];
    if (range && options.git) {
        const git = options.git;
        const list = await (0,playbook_commits/* readRange */.qX)(git, range);
        commits = list.length;
        const gateCommits = [];
        for (const v of await (0,playbook_commits/* checkPlaybookCommits */.ar)(list, { git, playbook: state.playbook, pullRequest: options.pullRequest, gateCommits }))
            violations.push(v);
        // The gate's own pushes start no workflow, so its commits are rarely inside a pushed range: the
        // commit that wrote the beacon in force is judged (and its run verified) on every check.
        const last = await lastBeaconCommit(git, state.jsonFile, range.to ?? "HEAD");
        if (last && last.parents.length === 1 && !list.some((c) => c.sha === last.sha)) {
            const own = await (0,playbook_commits/* readRange */.qX)(git, { from: last.parents[0], to: last.sha });
            const found = [];
            for (const v of await (0,playbook_commits/* checkPlaybookCommits */.ar)(own, { git, playbook: state.playbook, gateCommits: found }))
                violations.push(v);
            gateCommits.unshift(...found);
        }
        if (gateCommits.length)
            violations.push(...(await verifyGateRuns(gateCommits, options, notes)));
    }
    const e = {
        conditions: [],
        loopConditions: [],
        blockedBy: [],
        transition: state.beacon.status === "done" ? undefined : (0,playbook_beacon/* nextTransition */.lz)(state.playbook, state.step, state.beacon.iteration, false),
        notes,
    };
    return { ...report("check", { ...state, violations }, e), ...(commits !== undefined ? { commits } : {}) };
}
/** The commit that last wrote the beacon, as seen from `to`. */
async function lastBeaconCommit(git, jsonFile, to) {
    const r = await git.raw(["log", "-1", "--format=%H %P", "--end-of-options", to, "--", jsonFile]);
    const [sha, ...parents] = r.stdout.toString().trim().split(" ").filter(Boolean);
    return r.code === 0 && sha ? { sha, parents } : undefined;
}
async function verifyGateRuns(gateCommits, options, notes) {
    const gh = typeof options.github === "function" ? await options.github() : options.github;
    if (!gh) {
        notes.push(`${gateCommits.length} gate commit(s) are well-formed, but the runs they name were not asked of GitHub (no token), so a made-up run id would pass here. Fix: set GITHUB_TOKEN (actions: read) to verify them; the playbook-gate action verifies them with its token`);
        return [];
    }
    const out = [];
    const newest = gateCommits.slice(-MAX_RUNS_VERIFIED);
    for (const g of newest) {
        const problem = await (0,playbook_provenance.verifyRun)(gh.api, gh.repo, g.trailer, { branch: options.branch });
        if (problem)
            out.push({
                code: problem.code,
                message: `commit ${g.sha.slice(0, 12)} ${problem.message}`,
                hint: problem.hint,
                severity: "error",
                commit: g.sha,
            });
    }
    notes.push(`verified ${newest.length} gate commit(s) against GitHub's record of their runs${gateCommits.length > newest.length ? ` (the newest ${newest.length} of ${gateCommits.length})` : ""}`);
    return out;
}
function advanceMessage(state, t, results, specShort, provenance, abort) {
    const to = t.to ?? "done";
    const verb = t.aborted ? "abort" : "advance";
    const subject = `chore(playbook): ${verb} ${t.from} → ${to}${t.looped ? ` (iteration ${t.iteration})` : ""}`;
    const lines = [subject, ""];
    if (abort)
        lines.push(`${state.step.name} (${t.from}) is aborted, back to ${to}: ${abort.reason}`, "", `Asked for by ${abort.commit}.`);
    else
        lines.push(`${state.step.name} (${t.from}) is complete: ${results.length ? "every exit condition holds." : "it has no exit conditions."}`);
    if (results.length && !abort) {
        lines.push("");
        for (const r of results)
            lines.push(`- ${r.id}: ${r.value} (needs ${r.threshold})`);
    }
    lines.push("", `${playbook_commits/* TRAILER_STEP */.bw}: ${to === "done" ? t.from : to}`, `${TRAILER_FROM}: ${t.from}`, `${playbook_commits/* TRAILER_GATE */.Qo}: ${provenance ? (0,playbook_provenance.formatGateTrailer)(t.aborted ? "abort" : "advance", provenance.ci, provenance.evidence) : verb}`, `${TRAILER_SPEC}: ${specShort}`);
    return lines.join("\n") + "\n";
}
function tagName(t) {
    const step = t.to ?? t.from;
    if (t.aborted)
        return `playbook/${step}-i${t.iteration}`;
    return t.iteration > 1 && t.to !== null
        ? `playbook/${step}-i${t.iteration}`
        : t.to === null
            ? `playbook/${step}-done`
            : `playbook/${step}`;
}
/** The report files the conditions read, with their SHA-256: the evidence an advance cites. */
async function evidenceOf(root, results) {
    const out = [];
    for (const r of results) {
        for (const file of r.evidence.slice(0, 50)) {
            const at = await (0,guard.insideWorkspace)(root, file, { what: "evidence file" });
            const bytes = await (0,guard.readRegularFile)(at.abs, at.rel).catch(() => undefined);
            if (bytes)
                out.push({ condition: r.id, file: at.rel, sha256: `sha256:${(0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex")}` });
        }
    }
    return out;
}
/**
 * advance: evaluate the active step; when all exit conditions hold (or an abort is asked for and
 * the step allows it), plan the next beacon (one step, never more), write progress.json and
 * progress.md atomically, commit with the run's provenance, push (fetch and rebase on rejection),
 * tag. A beacon with violations is never advanced nor overwritten; one that an interrupted run
 * wrote but did not commit is put back and the advance redone.
 */
async function playbookAdvance(options) {
    const committing = !options.dryRun && options.commit !== false && options.git !== undefined;
    if (committing && !options.ci) {
        throw new src_errors.UserError("the beacon advances only in CI, and this run was not told it is one", {
            hint: "preview with `specpipe playbook advance` (it writes nothing); the playbook-gate action advances on the default branch",
            code: "playbook.not-ci",
        });
    }
    let state = await readGateState(options);
    const notes = [];
    if (state.uncommitted?.kind === "gate" && !options.dryRun) {
        // A run was killed after writing the beacon and before committing it: put the committed
        // beacon back and evaluate again from there (never advance twice from one commit).
        const back = [];
        const j = (0,fs_plan.planEdit)(options.root, state.jsonFile, state.jsonBytes, state.uncommitted.head.json, ["restore the committed beacon"]);
        if (j)
            back.push(j);
        if (state.uncommitted.head.md) {
            const m = (0,fs_plan.planEdit)(options.root, state.mdFile, state.mdBytes, state.uncommitted.head.md, ["restore the committed beacon"]);
            if (m)
                back.push(m);
        }
        await (0,fs_plan.applyPlan)({ edits: back });
        notes.push(`${state.jsonFile} held an advance an earlier run wrote but did not commit; restored the committed beacon and evaluated again`);
        state = await readGateState(options);
    }
    const errors = state.violations.filter((v) => v.severity === "error");
    if (errors.length) {
        const first = errors[0];
        throw new src_errors.UserError(`the beacon is not valid, so the gate does not advance: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}`, {
            file: first.file,
            hint: first.hint,
            code: first.code,
        });
    }
    const sha = await headSha(options);
    const e = await evaluate(state, options, sha);
    e.notes.unshift(...notes);
    if (state.beacon.status === "done" || !e.transition || e.blockedBy.length)
        return report("advance", state, e);
    const t = e.transition;
    const spec = await (0,hash.computeSpecHash)({ root: options.root, paths: state.playbook.playbook.spec });
    const values = {};
    for (const r of e.conditions)
        Object.assign(values, r.metrics);
    const now = (options.now ?? (() => new Date()))();
    const entry = {
        from: t.from,
        to: t.to,
        at: now.toISOString(),
        commit: sha ?? "",
        iteration: t.iteration,
        playbook: state.playbook.hash,
        values: e.abort ? {} : values,
    };
    if (options.ci) {
        entry.run = { id: options.ci.id, attempt: options.ci.attempt, ...(options.ci.workflow ? { workflow: options.ci.workflow } : {}) };
        entry.evidence = e.abort ? [] : await evidenceOf(options.root, e.conditions);
    }
    if (e.abort)
        entry.reason = e.abort.reason;
    const next = (0,playbook_beacon/* sealBeacon */.sB)({
        version: state.beacon.version,
        playbook: state.playbook.hash,
        step: t.to ?? t.from,
        status: t.to === null ? "done" : "active",
        specHash: spec.full,
        iteration: t.iteration,
        history: [...state.beacon.history, entry],
    });
    const jsonText = (0,playbook_beacon/* serializeBeacon */.LZ)(next, (0,text_document/* detectEol */.eD)(state.jsonBytes.toString("utf8")));
    const edits = [];
    const jsonEdit = (0,fs_plan.planEdit)(options.root, state.jsonFile, state.jsonBytes, Buffer.from(jsonText, "utf8"), [
        `${t.aborted ? "abort" : "advance"} ${t.from} → ${t.to ?? "done"}`,
    ]);
    const mdEdit = (0,fs_plan.planEdit)(options.root, state.mdFile, state.mdBytes, (0,progress_md/* updateProgressMd */.Ae)(state.mdBytes, state.playbook, next, state.mdFile), [
        `Step and Details for ${next.step}`,
    ]);
    if (jsonEdit)
        edits.push(jsonEdit);
    if (mdEdit)
        edits.push(mdEdit);
    const plan = { edits };
    const base = report("advance", { ...state }, e, { plan, transition: t, nextStep: t.to });
    if (options.dryRun)
        return { ...base, diff: await (0,fs_plan.planDiff)(plan) };
    if (committing && !sha) {
        throw new src_errors.UserError("the gate cannot tell which commit it evaluated (no HEAD, no GITHUB_SHA)", {
            hint: "run the gate in a checkout of the branch (actions/checkout)",
            code: "playbook.no-head",
        });
    }
    if (committing && sha !== (await options.git.revParse("HEAD"))) {
        // The gate's commit sits on the commit it evaluated (its evidence), or check refuses it.
        throw new src_errors.UserError(`the gate evaluated ${sha.slice(0, 12)} (GITHUB_SHA), but HEAD is another commit, so its advance cannot sit on it`, {
            hint: "run playbook-gate right after actions/checkout, before any step that commits (coverage-update commits after the gate)",
            code: "playbook.head-moved",
        });
    }
    await (0,fs_plan.applyPlan)(plan);
    const after = { ...base, advanced: true, step: next.step, done: next.status === "done", beacon: next };
    const nextStep = next.status === "done" ? null : (0,playbook_beacon/* nextTransition */.lz)(state.playbook, state.playbook.byId.get(next.step), next.iteration, false).to;
    after.nextStep = nextStep;
    if (!committing || !options.git)
        return after;
    const git = options.git;
    const message = advanceMessage(state, t, e.conditions, spec.short, { ci: options.ci, evidence: sha }, e.abort);
    await git.run(["add", "--", state.jsonFile, state.mdFile]);
    // The identity goes through the environment, which wins over any configuration.
    const id = options.identity;
    const committer = id
        ? new git_git.Git({
            cwd: git.cwd,
            env: { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email },
        })
        : git;
    const idArgs = id ? ["-c", `user.name=${id.name}`, "-c", `user.email=${id.email}`] : [];
    await committer.run(["commit", "--quiet", "--no-verify", "--file=-", "--", state.jsonFile, state.mdFile], { input: message });
    const attached = await attachEvidence(committer, options.root, sha, options.ci, entry.evidence ?? []);
    if (options.push !== false) {
        if (!(await pushAdvance(git, options, attached))) {
            // Someone pushed meanwhile: this advance was evaluated on a commit that is no longer the
            // tip, and a gate commit sits on the commit it evaluated. The run for the new tip advances.
            await git.run(["reset", "--quiet", "--keep", "HEAD~1"]);
            e.notes.push(`the branch moved on while the gate evaluated ${sha.slice(0, 12)}; nothing was pushed: the run for the new head evaluates it and advances`);
            return { ...report("advance", state, e), plan };
        }
        after.pushed = true;
    }
    // After the push: a rebase may have changed the commit.
    after.commit = await git.head();
    if (options.tag) {
        const tag = tagName(t);
        await committer.run([...idArgs, "tag", "--annotate", "--message", message.split("\n")[0], tag, "HEAD"]);
        after.tag = tag;
        if (options.push !== false) {
            const r = await git.push(options.remote ?? "origin", [`refs/tags/${tag}:refs/tags/${tag}`]);
            if (r.code !== 0) {
                throw new src_errors.UserError(`the advance was pushed, but pushing the tag ${tag} failed: ${(r.stderr.toString() || r.stdout.toString()).trim().split("\n").slice(-1)[0]}`, {
                    hint: "delete the remote tag if an earlier run left it, or turn tagging off",
                    code: "playbook.tag-failed",
                });
            }
        }
    }
    return after;
}
/**
 * The report files an advance cites that are not committed at the evaluated commit (an artifact
 * of the run, usually) are attached to the run: a commit of just those files under
 * evidenceRef(run), pushed with the advance, so check can compare them (ADR 0040).
 */
async function attachEvidence(git, root, sha, run, evidence) {
    const loose = [];
    for (const e of evidence) {
        const committed = await (0,playbook_commits/* fileAt */.Wd)(git, sha, e.file);
        if (committed && `sha256:${(0,external_node_crypto_.createHash)("sha256").update(committed).digest("hex")}` === e.sha256)
            continue;
        const at = await (0,guard.insideWorkspace)(root, e.file, { what: "evidence file", noSymlink: true });
        const bytes = await (0,guard.readRegularFile)(at.abs, at.rel);
        if (bytes && !loose.some((l) => l.file === e.file))
            loose.push({ file: at.rel, bytes });
    }
    if (!loose.length)
        return undefined;
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), "specpipe-evidence-"));
    try {
        const indexed = git.withEnv({ GIT_INDEX_FILE: external_node_path_.join(dir, "index") });
        for (const l of loose) {
            const oid = (await git.run(["hash-object", "-w", "--stdin"], { input: l.bytes })).trim();
            await indexed.run(["update-index", "--add", "--cacheinfo", `100644,${oid},${l.file}`]);
        }
        const tree = (await indexed.run(["write-tree"])).trim();
        const commit = (await git.run(["commit-tree", tree, "-m", `evidence of run ${run.id}/${run.attempt} on ${sha}`])).trim();
        const ref = (0,playbook_commits/* evidenceRef */.tK)(run);
        await git.run(["update-ref", ref, commit]);
        return ref;
    }
    finally {
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
}
/** Push the evidence ref and the advance; false when the branch moved on (nothing of the advance is pushed). */
async function pushAdvance(git, options, attached) {
    const remote = options.remote ?? "origin";
    const branch = options.branch ?? (await git.currentBranch());
    if (!branch) {
        throw new src_errors.UserError("HEAD is detached, so the gate does not know which branch to push the advance to", {
            hint: "check out the branch (actions/checkout does on push events) or pass the branch input",
            code: "playbook.detached-head",
        });
    }
    const subject = `pushing the advance to ${remote}/${branch}`;
    const texts = {
        failedHint: "give the workflow `permissions: contents: write` and let the gate push to the branch (branch protection may need an exception for it); the run can be repeated",
        failedCode: "playbook.push-failed",
    };
    if (attached) {
        const r = await git.push(remote, [`+${attached}:${attached}`]);
        if (r.code !== 0)
            throw (0,push/* pushRefused */.H)(r, remote, `pushing the advance's evidence (${attached}) to ${remote}`, texts);
    }
    const r = await git.push(remote, [`HEAD:refs/heads/${branch}`]);
    if (r.code === 0)
        return true;
    if ((0,git_git.isNonFastForward)(r))
        return false;
    throw (0,push/* pushRefused */.H)(r, remote, subject, texts);
}


/***/ }),

/***/ 7906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ updateProgressMd),
/* harmony export */   bl: () => (/* binding */ checkProgressMd),
/* harmony export */   rU: () => (/* binding */ renderProgressMd)
/* harmony export */ });
/* unused harmony exports SECTIONS, describeCondition, stepSectionText, detailsSectionText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _markdown_blocks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8757);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2600);
/* harmony import */ var _text_splice_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4313);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1077);





/**
 * progress.md: three level-2 sections, in this order:
 * - "Step" and "Details" are generated from progress.json by the gate;
 * - "Notes" belongs to people: the gate never touches it, nor anything after it or before "Step".
 * Updates splice the two generated section bodies (see text/splice.ts); every other byte stays.
 * Sections are found with the block scanner (markdown/blocks.ts), which agrees with remark on
 * headings, so a "## Notes" inside a code fence is not mistaken for the section.
 */
const SECTIONS = ["Step", "Details", "Notes"];
function describeCondition(c) {
    const name = (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .conditionKey */ .pq)(c);
    const prefix = name === c.type ? `\`${c.type}\`` : `\`${c.type}\` (${name})`;
    switch (c.type) {
        case "tests": {
            const globs = Array.isArray(c.reports) ? c.reports : [c.reports];
            const req = c.required.map((r) => [r.name && `name ${r.name}`, r.file && `file ${r.file}`].filter(Boolean).join(", "));
            return `${prefix}: every test in ${globs.join(", ")} passes, at least ${c.min}${req.length ? `; required: ${req.join("; ")}` : ""}`;
        }
        case "coverage": {
            const parts = [
                c.lines !== undefined && `lines ≥ ${c.lines}%`,
                c.branches !== undefined && `branches ≥ ${c.branches}%`,
                c["no-drop"] && "no drop since the last advance",
            ].filter(Boolean);
            return `${prefix}: ${c.report}: ${parts.join(", ")}`;
        }
        case "mutation": {
            const parts = [c.score !== undefined && `score ≥ ${c.score}%`, c["no-drop"] && "no drop since the last advance"].filter(Boolean);
            return `${prefix}: ${c.report}: ${parts.join(", ")}`;
        }
        case "files": {
            const one = c.paths.length === 1;
            return `${prefix}: ${c.paths.join(", ")} ${one ? "exists" : "exist"}${c["non-empty"] ? (one ? " and is not empty" : " and are not empty") : ""}`;
        }
        case "spec-hash":
            return `${prefix}: the spec is unchanged since the last advance (no amendment pending)`;
        case "command":
            return `${prefix}: \`${c.run.join(" ")}\` exits with 0 within ${c.timeout} s`;
        case "checks":
            return `${prefix}: every check run and commit status on the commit is successful${c.ignore.length ? ` (ignoring ${c.ignore.join(", ")})` : ""}`;
    }
}
/** The Step section's text (without the heading). */
function stepSectionText(pb, beacon) {
    const step = pb.byId.get(beacon.step);
    if (!step)
        return `Unknown step ${beacon.step}`;
    const loop = step.loop || pb.playbook.loops.some((l) => pb.byId.get(l.to).order <= step.order && step.order <= pb.byId.get(l.from).order);
    const it = loop ? `, iteration ${beacon.iteration}` : "";
    if (beacon.status === "done")
        return `Done: all ${pb.steps.length} steps of ${pb.playbook.name} are complete (last: ${(0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .stepLabel */ .vO)(step)}, ${step.name}).`;
    return `${(0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .stepLabel */ .vO)(step)}: ${step.name} (${step.id})${it}.`;
}
/** The Details section's text (without the heading). */
function detailsSectionText(pb, beacon) {
    const step = pb.byId.get(beacon.step);
    if (!step)
        return "";
    const parts = [];
    if (beacon.status === "done") {
        parts.push("Nothing left to do: the gate does not advance past the last step.");
        return parts.join("\n\n");
    }
    parts.push(step.description.trim());
    if (step.details?.trim())
        parts.push(step.details.trim());
    const exits = step.exit.map((c) => `- ${describeCondition(c)}`);
    parts.push(exits.length
        ? `Exit conditions (all must hold for the gate to advance):\n\n${exits.join("\n")}`
        : "Exit conditions: none; the gate advances on its next run.");
    if (step.loop) {
        const l = step.loop;
        const until = l.until.map((c) => `- ${describeCondition(c)}`);
        parts.push(`Then: back to ${l.to} for the next iteration${until.length ? `, unless these hold (then the loop ends):\n\n${until.join("\n")}` : l.max ? `, at most ${l.max} iterations` : ""}.`);
    }
    else {
        const next = pb.steps[step.order + 1];
        parts.push(next ? `Next: ${(0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .stepLabel */ .vO)(next)}: ${next.name} (${next.id}).` : "Next: nothing; this is the last step.");
    }
    return parts.join("\n\n");
}
function withEol(text, eol) {
    return eol === "\n" ? text.replace(/\r\n/g, "\n") : text.replace(/\r?\n/g, "\r\n");
}
/** A new progress.md (for `specpipe init`). */
function renderProgressMd(pb, beacon) {
    return [
        "# Progress",
        "",
        `The human half of the playbook beacon (${pb.playbook.beacon.json}). The playbook gate writes the Step and Details sections`,
        "when it advances; do not edit them. Notes are yours: the gate keeps them byte for byte.",
        "",
        "## Step",
        "",
        stepSectionText(pb, beacon),
        "",
        "## Details",
        "",
        detailsSectionText(pb, beacon),
        "",
        "## Notes",
        "",
        "- ",
        "",
    ].join("\n");
}
function findSections(text, file) {
    const scan = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_3__/* .scanBlocks */ .gM)(text);
    const found = new Map();
    for (const h of scan.headings) {
        if (h.level !== 2)
            continue;
        const name = SECTIONS.find((s) => s.toLowerCase() === h.text.toLowerCase());
        if (!name || found.has(name))
            continue;
        found.set(name, { start: h.start, bodyStart: scan.lines[h.lastLine].next });
    }
    for (const s of SECTIONS) {
        if (!found.has(s)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file} has no "## ${s}" section`, {
                file,
                hint: `restore ${file} from git, or add the heading "## ${s}" (the sections are Step, Details and Notes, in this order)`,
                code: "progress-md.missing-section",
            });
        }
    }
    const step = found.get("Step");
    const details = found.get("Details");
    const notes = found.get("Notes");
    if (!(step.start < details.start && details.start < notes.start)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${file}: the sections are not in the order Step, Details, Notes`, {
            file,
            hint: `restore ${file} from git, or move the sections back into the order Step, Details, Notes`,
            code: "progress-md.section-order",
        });
    }
    return { step: [step.bodyStart, details.start], details: [details.bodyStart, notes.start] };
}
function body(text, eol) {
    return withEol(`\n${text}\n\n`, eol);
}
/** progress.md with its Step and Details sections rewritten for `beacon`; all else byte for byte. */
function updateProgressMd(bytes, pb, beacon, file) {
    const doc = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__.decodeText)(bytes, file);
    const s = findSections(doc.text, file);
    const splices = [
        { start: s.step[0], end: s.step[1], text: body(stepSectionText(pb, beacon), doc.eol) },
        { start: s.details[0], end: s.details[1], text: body(detailsSectionText(pb, beacon), doc.eol) },
    ];
    return (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__.encodeText)({ text: (0,_text_splice_js__WEBPACK_IMPORTED_MODULE_4__.applySplices)(doc.text, splices), bom: doc.bom });
}
const norm = (t) => t.replace(/\r\n/g, "\n").trim();
/** Violations when progress.md's generated sections are not what the beacon says (a hand edit). */
function checkProgressMd(bytes, pb, beacon, file) {
    const doc = (0,_text_document_js__WEBPACK_IMPORTED_MODULE_1__.decodeText)(bytes, file);
    const s = findSections(doc.text, file);
    const out = [];
    // After a playbook edit the generated text may differ (a renamed step, a new position): a notice;
    // the next advance rewrites both sections.
    const fix = `restore ${file}'s Step and Details sections from git; only the playbook gate writes them (notes go under "## Notes")`;
    if (norm(doc.text.slice(s.step[0], s.step[1])) !== norm(stepSectionText(pb, beacon))) {
        out.push({
            code: "progress-md.hand-edited",
            message: `${file}: the Step section does not match ${pb.playbook.beacon.json} (step ${beacon.step})`,
            hint: fix,
            file,
            severity: pb.hash === beacon.playbook ? "error" : "notice",
        });
    }
    if (norm(doc.text.slice(s.details[0], s.details[1])) !== norm(detailsSectionText(pb, beacon))) {
        out.push({
            code: "progress-md.hand-edited",
            message: `${file}: the Details section does not match step ${beacon.step} of ${pb.file}`,
            hint: fix,
            file,
            severity: pb.hash === beacon.playbook ? "error" : "notice",
        });
    }
    return out;
}


/***/ }),

/***/ 5139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ testFileCandidates)
/* harmony export */ });
/**
 * The files a JUnit test case may be "in", for `required: [{ file: "e2e/**" }]`. Reports say it
 * in different ways:
 * - vitest, jest-junit and Node's runner give `file` (or a classname that is the path);
 * - pytest (default junit_family xunit2) gives no file at all, only a dotted classname: the
 *   module path, then the class for class-based tests (`e2e.test_flow`, `e2e.test_flow.TestLogin`).
 * A dotted classname without a slash is turned into the paths it can stand for: each prefix of
 * its parts as folders, with and without `.py` (`e2e/test_flow.py`, `e2e/test_flow`, ...).
 */
function testFileCandidates(k) {
    const out = [];
    if (k.file)
        out.push(k.file.split("\\").join("/").replace(/^\.\//, ""));
    const cls = k.classname.trim();
    if (!cls)
        return out;
    out.push(cls);
    if (!cls.includes("/") && !cls.includes("\\") && /^[\w]+(\.[\w]+)+$/.test(cls)) {
        const parts = cls.split(".");
        for (let n = parts.length; n >= 1; n--) {
            const p = parts.slice(0, n).join("/");
            out.push(`${p}.py`, p);
        }
    }
    return [...new Set(out)];
}


/***/ })

};
