export const id = 4542;
export const ids = [4542];
export const modules = {

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

/***/ 4542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRAILER_FROM: () => (/* binding */ TRAILER_FROM),
  TRAILER_GATE: () => (/* binding */ TRAILER_GATE),
  TRAILER_SPEC: () => (/* binding */ TRAILER_SPEC),
  TRAILER_STEP: () => (/* binding */ TRAILER_STEP),
  advanceMessage: () => (/* binding */ advanceMessage),
  playbookAdvance: () => (/* binding */ playbookAdvance),
  playbookCheck: () => (/* binding */ playbookCheck),
  playbookStatus: () => (/* binding */ playbookStatus),
  readGateState: () => (/* binding */ readGateState),
  tagName: () => (/* binding */ tagName)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/plan.ts
var fs_plan = __webpack_require__(8958);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git_git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/git/push.ts
var push = __webpack_require__(188);
// EXTERNAL MODULE: ./packages/core/src/spec/hash.ts
var hash = __webpack_require__(9357);
// EXTERNAL MODULE: ./packages/core/src/text/document.ts
var text_document = __webpack_require__(2600);
// EXTERNAL MODULE: ./packages/core/src/playbook/beacon.ts
var playbook_beacon = __webpack_require__(645);
// EXTERNAL MODULE: ./packages/core/src/commits/range.ts
var commits_range = __webpack_require__(6805);
;// CONCATENATED MODULE: ./packages/core/src/playbook/commits.ts


function trailerValues(c, key) {
    const k = key.toLowerCase();
    return c.trailers.filter((t) => t.key.toLowerCase() === k).map((t) => t.value.trim());
}
async function resolve(git, rev, what) {
    const sha = await git.revParse(rev);
    if (!sha) {
        throw new src_errors.UserError(`the ${what} commit ${rev} is not in this clone`, {
            hint: "check out with full history (actions/checkout with fetch-depth: 0), or pass from/to commits that exist",
            code: "playbook.range-missing",
        });
    }
    return sha;
}
/** Commits reachable from `to` but not from `from`, oldest first (commits/range.ts's readCommits). */
async function readRange(git, range) {
    const a = range.from ? await resolve(git, range.from, "base") : undefined;
    const b = await resolve(git, range.to ?? "HEAD", "head");
    const list = await (0,commits_range/* readCommits */.Fe)(git, { ...range, from: a, to: b });
    return list.map((c) => ({ sha: c.sha, parents: c.parents, subject: c.header, trailers: c.trailers, files: c.files.map((f) => f.path) }));
}
/** A file's bytes at a commit, or undefined when it does not exist there. */
async function fileAt(git, sha, file) {
    const r = await git.raw(["cat-file", "blob", `${sha}:${file}`]);
    return r.code === 0 ? r.stdout : undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

// EXTERNAL MODULE: ./packages/core/src/playbook/load.ts
var load = __webpack_require__(1077);
;// CONCATENATED MODULE: ./packages/core/src/playbook/conditions.ts










const round2 = (x) => Math.round(x * 100) / 100;
const fmt = (x) => (x === null ? "n/a" : `${round2(x).toFixed(2)}%`);
const GLOB = /[*?[\]{}!]/;
/** Repository-relative files matching paths or globs, sorted; plus the patterns that matched nothing. */
async function expand(root, patterns) {
    const files = new Set();
    const unmatched = [];
    for (const raw of patterns) {
        const p = raw.split("\\").join("/").replace(/^\.\//, "");
        if (GLOB.test(p)) {
            const { glob } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
            const found = await glob([p], { cwd: root, onlyFiles: true, dot: true, ignore: ["**/.git/**", "**/node_modules/**"] });
            if (found.length === 0)
                unmatched.push(raw);
            for (const f of found)
                files.add(f);
        }
        else {
            const st = await external_node_fs_.promises.stat(external_node_path_.join(root, p)).catch(() => undefined);
            if (st?.isFile())
                files.add(p);
            else
                unmatched.push(raw);
        }
    }
    return { files: [...files].sort(), unmatched };
}
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
    const { files } = await expand(ctx.root, globs);
    if (files.length === 0)
        return failed(c, threshold, "no report", `no JUnit report matches ${globs.join(", ")}. Fix: run the tests with a JUnit reporter before the gate, writing to that path`);
    let total = 0, passed = 0, failedN = 0, skipped = 0;
    const cases = [];
    try {
        for (const f of files) {
            const s = (0,junit/* parseJUnit */.i)(await external_node_fs_.promises.readFile(external_node_path_.join(ctx.root, f), "utf8"), f);
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
        const picomatch = (await __webpack_require__.e(/* import() */ 4006).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))).default;
        for (const r of c.required) {
            const nameRe = r.name !== undefined ? wildcard(r.name) : undefined;
            const fileMatch = r.file !== undefined ? picomatch(r.file, { dot: true }) : undefined;
            const matching = cases.filter((k) => (!nameRe || nameRe.test(k.name) || nameRe.test(`${k.classname} > ${k.name}`)) && (!fileMatch || fileMatch(k.file ?? k.classname)));
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
    const { files } = await expand(ctx.root, [c.report]);
    if (files.length === 0)
        return failed(c, threshold, "no report", `no coverage report matches ${c.report}. Fix: run the tests with coverage before the gate`);
    if (files.length > 1)
        return failed(c, threshold, "several reports", `${c.report} matches ${files.length} files (${files.slice(0, 3).join(", ")}…). Fix: point report at one merged report`, files);
    let s;
    try {
        s = parseCoverage(await external_node_fs_.promises.readFile(external_node_path_.join(ctx.root, files[0]), "utf8"), files[0], c.format);
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
    const { files } = await expand(ctx.root, [c.report]);
    if (files.length !== 1) {
        return failed(c, threshold, "no report", files.length
            ? `${c.report} matches ${files.length} files. Fix: point report at one file`
            : `no mutation report matches ${c.report}. Fix: run Stryker with the json reporter before the gate`, files);
    }
    let s;
    try {
        s = parseMutationReport(await external_node_fs_.promises.readFile(external_node_path_.join(ctx.root, files[0]), "utf8"), files[0]);
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
    const { files, unmatched } = await expand(ctx.root, c.paths);
    const empty = [];
    if (c["non-empty"]) {
        for (const f of files) {
            const content = await external_node_fs_.promises.readFile(external_node_path_.join(ctx.root, f));
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
    const pass = recorded === h.full;
    const r = { id: (0,load/* conditionKey */.pq)(c), type: c.type, pass, value: h.short, threshold, evidence: h.files, metrics: {} };
    if (!pass) {
        r.reason = `the spec (${h.files.join(", ") || "no files"}) changed since the last advance (beacon ${threshold}, now ${h.short}): an amendment is pending. Fix: revert the spec change, or amend the spec in a step that allows it (one without a spec-hash condition)`;
    }
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
    const { api, owner, repo } = gh;
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
        const total = considered.length + statuses.length;
        const okCount = total - badRuns.length - badStatuses.length;
        const res = {
            id: (0,load/* conditionKey */.pq)(c),
            type: c.type,
            pass: badRuns.length + badStatuses.length === 0,
            value: `${okCount} of ${total} successful`,
            threshold,
            evidence: [],
            metrics: {},
        };
        if (!res.pass) {
            const list = [
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
    switch (c.type) {
        case "tests":
            return evalTests(c, ctx);
        case "coverage":
            return evalCoverage(c, ctx);
        case "mutation":
            return evalMutation(c, ctx);
        case "files":
            return evalFiles(c, ctx);
        case "spec-hash":
            return evalSpecHash(c, ctx);
        case "command":
            return evalCommand(c, ctx);
        case "checks":
            return evalChecks(c, ctx);
    }
}
/** In order (commands may depend on files the previous ones wrote). */
async function evaluateConditions(list, ctx) {
    const out = [];
    for (const c of list)
        out.push(await evaluateCondition(c, ctx));
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/playbook/progress-md.ts
var progress_md = __webpack_require__(7906);
;// CONCATENATED MODULE: ./packages/core/src/playbook/gate.ts













/**
 * The playbook gate: status (report), check (pull requests: the beacon and the commit rules),
 * advance (evaluate the active step; when every exit condition holds, move exactly one step,
 * write both beacon files atomically, commit with trailers, push). Only `advance` writes, and
 * only the beacon.
 */
const TRAILER_STEP = "Playbook-Step";
const TRAILER_GATE = "Playbook-Gate";
const TRAILER_FROM = "Playbook-From";
const TRAILER_SPEC = "Spec-Hash";
function fromBeacon(v) {
    return { code: v.code, message: v.message, hint: v.hint, severity: v.severity, file: v.file };
}
/** Read playbook and beacon; validate the beacon against the playbook. Unknown step: throws. */
async function readGateState(options) {
    const pb = await (0,load.loadPlaybook)(options.root, options.playbook ?? load/* DEFAULT_PLAYBOOK */.m8);
    const jsonFile = pb.playbook.beacon.json;
    const mdFile = pb.playbook.beacon.markdown;
    const jsonBytes = await (0,atomic/* readIfExists */.O)(external_node_path_.join(options.root, jsonFile));
    if (!jsonBytes) {
        throw new src_errors.UserError(`${jsonFile} does not exist`, {
            file: jsonFile,
            hint: "create the beacon with `specpipe init` (`specpipe init --beacon-only` when playbook.yml exists), or restore it from git",
            code: "beacon.missing",
        });
    }
    const beacon = (0,playbook_beacon/* parseBeacon */.Iv)(jsonBytes.toString("utf8"), jsonFile);
    const violations = (0,playbook_beacon/* validateBeacon */.N5)(pb, beacon, jsonFile).map(fromBeacon);
    const unknown = violations.find((v) => v.code === "beacon.unknown-step");
    if (unknown)
        throw new src_errors.UserError(unknown.message, { file: jsonFile, hint: unknown.hint, code: unknown.code });
    const mdBytes = await (0,atomic/* readIfExists */.O)(external_node_path_.join(options.root, mdFile));
    if (!mdBytes) {
        throw new src_errors.UserError(`${mdFile} does not exist`, {
            file: mdFile,
            hint: `restore it from git; the gate keeps it in step with ${jsonFile}`,
            code: "beacon.missing-md",
        });
    }
    for (const v of (0,progress_md/* checkProgressMd */.bl)(mdBytes, pb, beacon, mdFile))
        violations.push(fromBeacon(v));
    return { playbook: pb, beacon, step: pb.byId.get(beacon.step), jsonFile, mdFile, jsonBytes, mdBytes, violations };
}
async function headSha(options) {
    if (options.sha)
        return options.sha;
    if (!options.git)
        return undefined;
    return options.git.revParse("HEAD");
}
async function evaluate(state, options, sha) {
    if (state.beacon.status === "done")
        return { conditions: [], loopConditions: [], blockedBy: [], transition: undefined };
    const ctx = {
        root: options.root,
        playbook: state.playbook,
        beacon: state.beacon,
        sha,
        github: options.github,
        env: options.env,
    };
    const conditions = await evaluateConditions(state.step.exit, ctx);
    const until = state.step.loop?.until ?? [];
    const loopConditions = until.length ? await evaluateConditions(until, ctx) : [];
    const loopEnds = until.length > 0 && loopConditions.every((c) => c.pass);
    const transition = (0,playbook_beacon/* nextTransition */.lz)(state.playbook, state.step, state.beacon.iteration, loopEnds);
    return { conditions, loopConditions, blockedBy: conditions.filter((c) => !c.pass), transition };
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
        ...extra,
    };
}
/** status: read, validate, evaluate; write nothing. */
async function playbookStatus(options) {
    const state = await readGateState(options);
    return report("status", state, await evaluate(state, options, await headSha(options)));
}
/**
 * check: the beacon is valid (digest, history, progress.md's generated sections) and, for the
 * commits in from..to: each carries `Playbook-Step: <active step>`; none but the gate's own
 * commits changed progress.json or progress.md's Step/Details; the gate's commits changed nothing
 * but the beacon.
 */
async function playbookCheck(options) {
    const state = await readGateState(options);
    const violations = [...state.violations];
    let commits;
    const range = options.range ?? (options.from ? { from: options.from, to: options.to ?? "HEAD" } : undefined);
    if (range && options.git) {
        const git = options.git;
        const list = await readRange(git, range);
        commits = list.length;
        const active = state.beacon.step;
        for (const c of list) {
            const short = c.sha.slice(0, 12);
            const isGate = trailerValues(c, TRAILER_GATE).some((v) => v.toLowerCase() === "advance");
            if (c.parents.length > 1)
                continue; // merges carry no work of their own
            const touchesJson = c.files.includes(state.jsonFile);
            const touchesMd = c.files.includes(state.mdFile);
            if (isGate) {
                const other = c.files.filter((f) => f !== state.jsonFile && f !== state.mdFile);
                if (other.length) {
                    violations.push({
                        code: "commit.gate-commit-not-beacon-only",
                        message: `commit ${short} ("${c.subject}") is marked ${TRAILER_GATE}: advance but also changes ${other.slice(0, 3).join(", ")}`,
                        hint: `only the gate makes ${TRAILER_GATE} commits; remove the trailer from ${short} (git rebase -i) and keep beacon changes out of it`,
                        severity: "error",
                        commit: c.sha,
                    });
                }
                continue;
            }
            const parent = c.parents[0];
            // Commits from before the playbook started (no beacon in their parent) are not judged by it:
            // that includes the commit that creates the beacon (specpipe init).
            const beaconBefore = parent !== undefined && (await fileAt(git, parent, state.jsonFile)) !== undefined;
            if (!beaconBefore)
                continue;
            const steps = trailerValues(c, TRAILER_STEP);
            if (steps.length === 0) {
                violations.push({
                    code: "commit.missing-step",
                    message: `commit ${short} ("${c.subject}") has no ${TRAILER_STEP} trailer`,
                    hint: `add the trailer "${TRAILER_STEP}: ${active}" to its message (git rebase -i, reword)`,
                    severity: "error",
                    commit: c.sha,
                });
            }
            else if (!steps.includes(active)) {
                violations.push({
                    code: "commit.wrong-step",
                    message: `commit ${short} ("${c.subject}") says ${TRAILER_STEP}: ${steps.join(", ")}, but the active step is ${active}`,
                    hint: `work on the active step only: change the trailer to "${TRAILER_STEP}: ${active}" (git rebase -i, reword), or wait for the gate to reach that step`,
                    severity: "error",
                    commit: c.sha,
                });
            }
            if (touchesJson) {
                violations.push({
                    code: "commit.beacon-edited",
                    message: `commit ${short} ("${c.subject}") changes ${state.jsonFile}; only the playbook gate may`,
                    hint: `revert its change to ${state.jsonFile} (git checkout ${short}^ -- ${state.jsonFile}, then amend or add a commit)`,
                    severity: "error",
                    commit: c.sha,
                    file: state.jsonFile,
                });
            }
            if (touchesMd && parent) {
                const before = await fileAt(git, parent, state.mdFile);
                const after = await fileAt(git, c.sha, state.mdFile);
                if (before !== undefined && (after === undefined || generatedSections(before) !== generatedSections(after))) {
                    violations.push({
                        code: "commit.progress-md-edited",
                        message: `commit ${short} ("${c.subject}") ${after === undefined ? "deletes" : "changes the Step or Details section of"} ${state.mdFile}; only the playbook gate may (Notes are yours)`,
                        hint: `revert that part of ${short} and put your text under "## Notes"`,
                        severity: "error",
                        commit: c.sha,
                        file: state.mdFile,
                    });
                }
            }
        }
    }
    const e = {
        conditions: [],
        loopConditions: [],
        blockedBy: [],
        transition: state.beacon.status === "done" ? undefined : (0,playbook_beacon/* nextTransition */.lz)(state.playbook, state.step, state.beacon.iteration, false),
    };
    return { ...report("check", { ...state, violations }, e), ...(commits !== undefined ? { commits } : {}) };
}
/** The Step and Details sections' text, normalised (for comparing two versions of progress.md). */
function generatedSections(bytes) {
    const text = bytes.toString("utf8").replace(/\r\n/g, "\n");
    const step = /^## Step[ \t]*\n([\s\S]*?)^## Notes[ \t]*$/m.exec(text);
    return step ? step[1].trim() : text;
}
function advanceMessage(state, t, results, specShort) {
    const to = t.to ?? "done";
    const subject = `chore(playbook): advance ${t.from} → ${to}${t.looped ? ` (iteration ${t.iteration})` : ""}`;
    const lines = [
        subject,
        "",
        `${state.step.name} (${t.from}) is complete: ${results.length ? "every exit condition holds." : "it has no exit conditions."}`,
    ];
    if (results.length) {
        lines.push("");
        for (const r of results)
            lines.push(`- ${r.id}: ${r.value} (needs ${r.threshold})`);
    }
    lines.push("", `${TRAILER_STEP}: ${to === "done" ? t.from : to}`, `${TRAILER_FROM}: ${t.from}`, `${TRAILER_GATE}: advance`, `${TRAILER_SPEC}: ${specShort}`);
    return lines.join("\n") + "\n";
}
function tagName(t) {
    const step = t.to ?? t.from;
    return t.iteration > 1 && t.to !== null
        ? `playbook/${step}-i${t.iteration}`
        : t.to === null
            ? `playbook/${step}-done`
            : `playbook/${step}`;
}
/**
 * advance: evaluate the active step; when all exit conditions hold, plan the next beacon (one
 * step, never more), write progress.json and progress.md atomically, commit, push (fetch and
 * rebase on rejection), tag. A beacon with violations is never advanced nor overwritten.
 */
async function playbookAdvance(options) {
    const state = await readGateState(options);
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
    if (state.beacon.status === "done" || !e.transition || e.blockedBy.length)
        return report("advance", state, e);
    const t = e.transition;
    const spec = await (0,hash.computeSpecHash)({ root: options.root, paths: state.playbook.playbook.spec });
    const values = {};
    for (const r of e.conditions)
        Object.assign(values, r.metrics);
    const now = (options.now ?? (() => new Date()))();
    const next = (0,playbook_beacon/* sealBeacon */.sB)({
        version: state.beacon.version,
        playbook: state.playbook.hash,
        step: t.to ?? t.from,
        status: t.to === null ? "done" : "active",
        specHash: spec.full,
        iteration: t.iteration,
        history: [
            ...state.beacon.history,
            { from: t.from, to: t.to, at: now.toISOString(), commit: sha ?? "", iteration: t.iteration, playbook: state.playbook.hash, values },
        ],
    });
    const jsonText = (0,playbook_beacon/* serializeBeacon */.LZ)(next, (0,text_document/* detectEol */.eD)(state.jsonBytes.toString("utf8")));
    const edits = [];
    const jsonEdit = (0,fs_plan.planEdit)(options.root, state.jsonFile, state.jsonBytes, Buffer.from(jsonText, "utf8"), [
        `advance ${t.from} → ${t.to ?? "done"}`,
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
    await (0,fs_plan.applyPlan)(plan);
    const after = { ...base, advanced: true, step: next.step, done: next.status === "done", beacon: next };
    const nextStep = next.status === "done" ? null : (0,playbook_beacon/* nextTransition */.lz)(state.playbook, state.playbook.byId.get(next.step), next.iteration, false).to;
    after.nextStep = nextStep;
    if (options.commit === false || !options.git)
        return after;
    const git = options.git;
    const message = advanceMessage(state, t, e.conditions, spec.short);
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
    if (options.push !== false) {
        await pushWithRetry(git, options);
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
async function pushWithRetry(git, options) {
    const remote = options.remote ?? "origin";
    const branch = options.branch ?? (await git.currentBranch());
    if (!branch) {
        throw new src_errors.UserError("HEAD is detached, so the gate does not know which branch to push the advance to", {
            hint: "check out the branch (actions/checkout does on push events) or pass the branch input",
            code: "playbook.detached-head",
        });
    }
    await (0,push/* pushWithRebase */.j)(git, {
        remote,
        branch,
        tries: options.attempts ?? 3,
        texts: {
            subject: `pushing the advance to ${remote}/${branch}`,
            failedHint: "give the workflow `permissions: contents: write` and let the gate push to the branch (branch protection may need an exception for it); the run can be repeated",
            failedCode: "playbook.push-failed",
            conflictMessage: `the beacon changed on ${remote}/${branch} while the gate was advancing (another advance?); nothing was pushed`,
            conflictHint: "run the gate again on the new head",
            conflictCode: "playbook.push-conflict",
        },
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


/***/ })

};
