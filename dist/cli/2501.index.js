export const id = 2501;
export const ids = [2501,456];
export const modules = {

/***/ 456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ messageViolations),
/* harmony export */   checkRange: () => (/* binding */ checkRange),
/* harmony export */   z4: () => (/* binding */ adrRecordsAmendment)
/* harmony export */ });
/* unused harmony exports DEFAULT_BOTS, botMatcher, isBot, RangeChecker */
/* harmony import */ var _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1346);
/* harmony import */ var _spec_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9357);
/* harmony import */ var _spec_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1485);
/* harmony import */ var _catfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4126);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9391);
/* harmony import */ var _range_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6805);
/* harmony import */ var _trailers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9102);







const DEFAULT_BOTS = ["*[bot]", "*[bot]@users.noreply.github.com"];
function wildcard(pattern) {
    return new RegExp(`^${pattern
        .split("*")
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`, "i");
}
function botMatcher(patterns = DEFAULT_BOTS) {
    const res = patterns.map(wildcard);
    return (c) => res.some((re) => re.test(c.authorName) || re.test(c.authorEmail));
}
function isBot(commit, patterns = DEFAULT_BOTS) {
    return botMatcher(patterns)(commit);
}
function subjectOf(c) {
    return c.header.length > 72 ? c.header.slice(0, 69) + "…" : c.header;
}
/**
 * The rules about one commit message (all but the ADR of an amendment, which may live in
 * another commit): used for each commit of a range and by the commit-msg hook.
 */
function messageViolations(c, ctx) {
    const out = [];
    const v = (rule, message, fix, extra = {}) => out.push({ rule, message, fix, ...extra });
    const { before, after, changed, types, requireBody } = ctx;
    const parsed = (0,_header_js__WEBPACK_IMPORTED_MODULE_4__/* .parseHeader */ .RW)(c.header, types);
    if (!parsed.valid && !(0,_header_js__WEBPACK_IMPORTED_MODULE_4__/* .isIgnoredMessage */ .kZ)(c.message)) {
        v("header", `header "${c.header}": ${parsed.problems.map((p) => `${p.message} (${p.rule})`).join("; ")}`, `reword it as "type(scope): subject" with a type from [${types.join(", ")}], a lower-case subject and no final full stop (git rebase -i, "reword")`);
    }
    const specHash = (0,_trailers_js__WEBPACK_IMPORTED_MODULE_6__/* .trailerValue */ .di)(c.trailers, "Spec-Hash");
    if (after.files.length) {
        if (specHash === undefined) {
            v("spec-hash-missing", `no Spec-Hash trailer; the spec at this commit is ${after.hash.short}`, `add the trailer "Spec-Hash: ${after.hash.short}" (specpipe hooks install adds it to every commit)`, { file: after.files[0].path });
        }
        else if (!(0,_spec_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashMatches */ .CR)(specHash, after.hash)) {
            v("spec-hash-mismatch", `Spec-Hash ${specHash} does not name the spec at this commit, which is ${after.hash.short}${(0,_spec_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashMatches */ .CR)(specHash, before.hash) && changed ? " (it names the spec before this commit changed it)" : ""}`, `reword the trailer to "Spec-Hash: ${after.hash.short}"`, { file: after.files[0].path });
        }
    }
    if (ctx.hasPlaybook && !(0,_trailers_js__WEBPACK_IMPORTED_MODULE_6__/* .trailerValue */ .di)(c.trailers, "Playbook-Step")) {
        v("playbook-step-missing", `no Playbook-Step trailer, and ${ctx.playbookPath} exists`, `add the trailer "Playbook-Step: <id of the active step>" (specpipe hooks install adds it)`, { file: ctx.playbookPath });
    }
    if (parsed.type && requireBody.includes(parsed.type) && (0,_trailers_js__WEBPACK_IMPORTED_MODULE_6__/* .messageBody */ .OS)(c.message) === "") {
        v("body-required", `a "${parsed.type}" commit needs a body: the reasoning behind the change`, `reword the commit and explain why, in a paragraph after the header`);
    }
    if (changed && parsed.type !== "spec" && !(0,_trailers_js__WEBPACK_IMPORTED_MODULE_6__/* .trailerValue */ .di)(c.trailers, "Spec-Amendment")) {
        const file = (after.files[0] ?? before.files[0])?.path;
        v("amendment-marker", `changes the spec (${describe(before) ?? "none"} → ${describe(after) ?? "none"}) but is neither type "spec" nor has a Spec-Amendment trailer`, `make it a "spec: …" commit or add "Spec-Amendment: <reason>"`, { file });
    }
    return out;
}
function describe(h) {
    return h.files.length ? h.hash.short : null;
}
/** An ADR records an amendment when it names both short hashes (a missing spec needs none) and gives a reason. */
function adrRecordsAmendment(content, beforeShort, afterShort) {
    const lower = content.toLowerCase();
    const names = (h) => h === null || lower.includes(h);
    return names(beforeShort) && names(afterShort) && (0,_adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.hasReason)(content);
}
class RangeChecker {
    git;
    cat;
    reader;
    opts;
    constructor(git, options = {}) {
        this.git = git;
        this.opts = {
            specPaths: options.specPaths?.length ? options.specPaths : _spec_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SPEC_PATHS */ .Ft,
            types: options.types?.length ? options.types : _header_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TYPES */ .Kg,
            requireBody: options.requireBody ?? _header_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_REQUIRE_BODY */ .hV,
            botAuthors: options.botAuthors ?? DEFAULT_BOTS,
            adrDir: (options.adrDir ?? _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_ADR_DIR).replace(/\/+$/, ""),
            playbookPath: options.playbookPath ?? "playbook.yml",
            adrScope: options.adrScope ?? "commit",
            checkAdrs: options.checkAdrs ?? true,
        };
        this.cat = new _catfile_js__WEBPACK_IMPORTED_MODULE_3__.CatFile(git);
        this.reader = new _spec_history_js__WEBPACK_IMPORTED_MODULE_2__.SpecReader(this.cat, new _spec_history_js__WEBPACK_IMPORTED_MODULE_2__.SpecPaths(this.opts.specPaths));
    }
    /**
     * The paths whose changes the rules look at (spec, playbook, ADR folder), as git pathspecs
     * (a glob contributes its static base folder); undefined when that would be everything.
     */
    watchedPaths() {
        const out = new Set([...this.reader.paths.literals, this.opts.playbookPath, this.opts.adrDir + "/"]);
        for (const g of this.reader.paths.globs) {
            if (!g.base)
                return undefined;
            out.add(g.base.replace(/\/*$/, "/"));
        }
        return [...out];
    }
    isAdrPath(p) {
        return p.startsWith(this.opts.adrDir + "/") && (0,_adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.adrNumber)(p.slice(this.opts.adrDir.length + 1)) !== undefined;
    }
    playbookAt = new Map();
    /** Whether the playbook exists at a commit: its parent's answer unless the commit touches it. */
    hasPlaybook(c) {
        const parent = c.parents[0];
        const known = parent ? this.playbookAt.get(parent) : false;
        if (known !== undefined && !c.files.some((f) => f.path === this.opts.playbookPath)) {
            this.playbookAt.set(c.sha, known);
            return known;
        }
        return this.cat.read(`${c.sha}:${this.opts.playbookPath}`).then((o) => {
            const has = o?.type === "blob";
            this.playbookAt.set(c.sha, has);
            return has;
        });
    }
    /**
     * ADRs added by these commits (status A; for a range, also absent at its base), with their
     * content at `at`. Requests go out together, so cat-file answers them in one stream.
     */
    async addedAdrs(commits, base, at) {
        const paths = new Set();
        for (const c of commits)
            for (const f of c.files)
                if (f.status === "A" && this.isAdrPath(f.path))
                    paths.add(f.path);
        const found = await Promise.all([...paths].map(async (p) => {
            const [atBase, obj] = await Promise.all([
                commits.length > 1 && base ? this.cat.read(`${base}:${p}`) : undefined,
                this.cat.read(`${at}:${p}`),
            ]);
            return atBase?.type !== "blob" && obj?.type === "blob" ? { path: p, content: obj.content.toString("utf8") } : undefined;
        }));
        return found.filter((x) => x !== undefined);
    }
    describeHash(h) {
        return describe(h);
    }
    async check(range) {
        const to = range.to ?? "HEAD";
        const toSha = /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(to) ? to : ((await this.git.revParse(to)) ?? to);
        const violations = [];
        const skipped = [];
        const history = [];
        const amendments = [];
        /** Checked commits that add an ADR (for the range scope). */
        const adrCommits = [];
        let checked = 0;
        let last;
        const isBotAuthor = botMatcher(this.opts.botAuthors);
        const ctx = { ...this.opts, before: _spec_history_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_STATE */ .W, after: _spec_history_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_STATE */ .W, changed: false, hasPlaybook: false };
        try {
            const commits = (0,_range_js__WEBPACK_IMPORTED_MODULE_5__/* .streamCommitBatches */ .S2)(this.git, { ...range, stat: "names", paths: this.watchedPaths() });
            this.cat.warm();
            for await (const batch of commits) {
                for (const c of batch) {
                    const s = this.reader.step(c);
                    const { before, after, changed } = s instanceof Promise ? await s : s;
                    last = after;
                    const merge = c.parents.length > 1;
                    if (changed) {
                        history.push({
                            commit: c.sha,
                            subject: c.header,
                            before: this.describeHash(before),
                            after: this.describeHash(after),
                            amendment: (0,_trailers_js__WEBPACK_IMPORTED_MODULE_6__/* .trailerValue */ .di)(c.trailers, "Spec-Amendment") ?? null,
                            adr: null,
                        });
                    }
                    if (merge) {
                        skipped.push({ commit: c.sha, subject: c.header, reason: "merge" });
                        continue;
                    }
                    if (isBotAuthor(c)) {
                        skipped.push({ commit: c.sha, subject: c.header, reason: "bot" });
                        continue;
                    }
                    if (c.files.some((f) => f.status === "A" && this.isAdrPath(f.path)))
                        adrCommits.push(c);
                    checked++;
                    const hp = this.hasPlaybook(c);
                    ctx.before = before;
                    ctx.after = after;
                    ctx.changed = changed;
                    ctx.hasPlaybook = typeof hp === "boolean" ? hp : await hp;
                    for (const p of messageViolations(c, ctx)) {
                        violations.push({ commit: c.sha, subject: subjectOf(c), ...p });
                    }
                    if (changed) {
                        amendments.push({ commit: c, before, after });
                    }
                }
            }
            // Amendments need an ADR recording the reason and both hashes.
            const rangeAdrs = this.opts.adrScope === "range" && amendments.length ? await this.addedAdrs(adrCommits, range.from, toSha) : undefined;
            const perCommit = rangeAdrs
                ? []
                : await Promise.all(amendments.map((a) => this.addedAdrs([a.commit], a.commit.parents[0], a.commit.sha)));
            for (const [i, a] of amendments.entries()) {
                const adrs = rangeAdrs ?? perCommit[i];
                const beforeShort = this.describeHash(a.before);
                const afterShort = this.describeHash(a.after);
                const good = adrs.find((d) => adrRecordsAmendment(d.content, beforeShort, afterShort));
                const entry = history.find((h) => h.commit === a.commit.sha);
                if (good) {
                    if (entry)
                        entry.adr = good.path;
                    continue;
                }
                const where = this.opts.adrScope === "range" ? "in this pull request" : "in this commit";
                const near = adrs.length
                    ? ` (${adrs.map((d) => d.path).join(", ")} ${adrs.length === 1 ? "does" : "do"} not record both hashes ${beforeShort ?? "none"} and ${afterShort ?? "none"} and a Context section)`
                    : "";
                violations.push({
                    commit: a.commit.sha,
                    subject: subjectOf(a.commit),
                    rule: "amendment-adr",
                    message: `changes the spec (${beforeShort ?? "none"} → ${afterShort ?? "none"}) without adding an ADR ${where}${near}`,
                    fix: `run "specpipe amend --reason '<why>'" to write ${this.opts.adrDir}/NNNN-….md with both hashes, and commit it with the spec change`,
                    file: (a.after.files[0] ?? a.before.files[0])?.path,
                });
            }
            // The ADR folder as it stands at the end of the range.
            if (this.opts.checkAdrs) {
                const entries = await this.cat.readTree(`${toSha}:${this.opts.adrDir}`);
                const files = [];
                for (const e of entries ?? []) {
                    if (e.type !== "blob" || !e.name.endsWith(".md"))
                        continue;
                    const obj = await this.cat.read(e.oid);
                    files.push({ name: e.name, content: obj?.content.toString("utf8") ?? "" });
                }
                for (const p of (0,_adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.checkAdrs)(files, this.opts.adrDir))
                    violations.push({ rule: p.rule, message: p.message, fix: p.fix, file: p.file, line: p.line });
            }
            const final = last ?? (await this.reader.at(toSha));
            return {
                from: range.from,
                to: toSha,
                checked,
                skipped,
                violations,
                specHash: final.hash,
                specFiles: final.files.map((f) => f.path),
                history,
                ok: violations.length === 0,
                gitCalls: 1 + this.cat.calls,
            };
        }
        finally {
            this.cat.close();
        }
    }
}
async function checkRange(git, range, options = {}) {
    return new RangeChecker(git, options).check(range);
}


/***/ }),

/***/ 2501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HOOK_NAMES: () => (/* binding */ HOOK_NAMES),
  MARKER: () => (/* binding */ MARKER),
  PREVIOUS_SUFFIX: () => (/* binding */ PREVIOUS_SUFFIX),
  activeStep: () => (/* binding */ activeStep),
  commitMsg: () => (/* binding */ commitMsg),
  hookScript: () => (/* binding */ hookScript),
  hooksDir: () => (/* binding */ hooksDir),
  installHooks: () => (/* binding */ installHooks),
  prePush: () => (/* binding */ prePush),
  prepareCommitMsg: () => (/* binding */ prepareCommitMsg),
  runnerFor: () => (/* binding */ runnerFor),
  uninstallHooks: () => (/* binding */ uninstallHooks)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/adr/adr.ts
var adr = __webpack_require__(1346);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/commits/check.ts
var check = __webpack_require__(456);
// EXTERNAL MODULE: ./packages/core/src/commits/header.ts
var header = __webpack_require__(9391);
// EXTERNAL MODULE: ./packages/core/src/commits/trailers.ts
var trailers = __webpack_require__(9102);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/commits/catfile.ts
var catfile = __webpack_require__(4126);
// EXTERNAL MODULE: ./packages/core/src/spec/hash.ts
var hash = __webpack_require__(9357);
// EXTERNAL MODULE: ./packages/core/src/spec/history.ts
var spec_history = __webpack_require__(1485);
;// CONCATENATED MODULE: ./packages/core/src/spec/staged.ts





/**
 * The spec as it stands in the index (what the next commit will hold) and at HEAD: what the
 * git hooks compare. One `git ls-files` (only for globs) and one `git cat-file --batch`.
 */
async function stagedSpec(git, paths = hash/* DEFAULT_SPEC_PATHS */.Ft) {
    const sp = new spec_history.SpecPaths(paths);
    const cat = new catfile.CatFile(git);
    const candidates = new Set(sp.literals);
    if (sp.globs.length) {
        const out = await git.run(["ls-files", "-z", "--cached"]);
        const matchers = sp.globs.map((g) => picomatch_default()(g.pattern, { dot: true }));
        for (const f of out.split("\0"))
            if (f && matchers.some((m) => m(f)))
                candidates.add(f);
    }
    const files = [];
    for (const p of candidates) {
        const obj = await cat.read(`:${p}`);
        if (obj?.type === "blob")
            files.push({ path: p, oid: obj.oid, content: obj.content });
    }
    files.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
    const staged = files.length ? { hash: (0,hash.hashSpecContents)(files), files } : spec_history/* EMPTY_STATE */.W;
    const headSha = await git.revParse("HEAD");
    const head = headSha ? await new spec_history.SpecReader(cat, sp).at(headSha) : spec_history/* EMPTY_STATE */.W;
    return {
        staged,
        head,
        cat,
        playbookStaged: async (p) => (await cat.read(`:${p}`))?.type === "blob",
        close: () => cat.close(),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/hooks/hooks.ts








/**
 * Git hooks that apply the spec-hash-check rules before anything leaves the machine:
 * - prepare-commit-msg adds `Spec-Hash: <hash of the staged spec>` and `Playbook-Step: <active step>`;
 * - commit-msg rejects a message that breaks a rule, saying which and how to fix it;
 * - pre-push checks the range being pushed, exactly as the action will.
 *
 * Each hook is a small sh script that first runs the hook that was there before (kept as
 * `<name>.specpipe-previous`) and then `<runner> hooks run <name> "$@"`, where the runner is the
 * specpipe command resolved at install time (see specs/002-spec-hash-check.md, "Hooks").
 */
const HOOK_NAMES = ["prepare-commit-msg", "commit-msg", "pre-push"];
const MARKER = "# specpipe-hook v1";
const PREVIOUS_SUFFIX = ".specpipe-previous";
async function hooksDir(git) {
    const dir = (await git.run(["rev-parse", "--git-path", "hooks"])).trim();
    return external_node_path_.resolve(git.cwd, dir);
}
function shQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
/** The runner as an sh word list: `node '/abs/dist/cli/index.js'`, or as given. */
function runnerFor(cliEntry, override) {
    if (override)
        return override;
    if (cliEntry)
        return `node ${shQuote(cliEntry)}`;
    return "npx --no-install specpipe";
}
function hookScript(name, runner) {
    const previous = `"$(dirname "$0")/${name}${PREVIOUS_SUFFIX}"`;
    const lines = [
        "#!/bin/sh",
        MARKER,
        `# Installed by "specpipe hooks install"; "specpipe hooks uninstall" removes it and restores the hook it replaced.`,
    ];
    if (name === "pre-push") {
        lines.push("input=$(cat)", `previous=${previous}`, `if [ -x "$previous" ]; then printf '%s\\n' "$input" | "$previous" "$@" || exit $?; fi`, `printf '%s\\n' "$input" | ${runner} hooks run ${name} "$@"`);
    }
    else {
        lines.push(`previous=${previous}`, `if [ -x "$previous" ]; then "$previous" "$@" || exit $?; fi`, `exec ${runner} hooks run ${name} "$@"`);
    }
    return lines.join("\n") + "\n";
}
async function readMaybe(file) {
    try {
        return await external_node_fs_.promises.readFile(file, "utf8");
    }
    catch (e) {
        if (e.code === "ENOENT")
            return undefined;
        throw e;
    }
}
async function existsPath(file) {
    return external_node_fs_.promises.lstat(file).then(() => true, () => false);
}
async function installHooks(git, options) {
    const dir = await hooksDir(git);
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const result = { dir, installed: [], chained: [], updated: [] };
    for (const name of HOOK_NAMES) {
        const file = external_node_path_.join(dir, name);
        const current = await readMaybe(file);
        if (current?.includes(MARKER))
            result.updated.push(name);
        else if (current !== undefined || (await existsPath(file))) {
            if (await existsPath(file + PREVIOUS_SUFFIX)) {
                throw new errors.UserError(`${name}${PREVIOUS_SUFFIX} already exists in ${dir}`, {
                    file: external_node_path_.join(dir, name + PREVIOUS_SUFFIX),
                    hint: "move it away (it is an earlier hook specpipe chained to), then install again",
                    code: "hooks.previous-exists",
                });
            }
            await external_node_fs_.promises.rename(file, file + PREVIOUS_SUFFIX);
            result.chained.push(name);
        }
        await external_node_fs_.promises.writeFile(file + ".specpipe-tmp", hookScript(name, options.runner), { mode: 0o755 });
        await external_node_fs_.promises.rename(file + ".specpipe-tmp", file);
        await external_node_fs_.promises.chmod(file, 0o755);
        result.installed.push(name);
    }
    return result;
}
async function uninstallHooks(git) {
    const dir = await hooksDir(git);
    const result = { dir, removed: [], restored: [], foreign: [] };
    for (const name of HOOK_NAMES) {
        const file = external_node_path_.join(dir, name);
        const current = await readMaybe(file);
        if (current === undefined) {
            if (await existsPath(file + PREVIOUS_SUFFIX)) {
                await external_node_fs_.promises.rename(file + PREVIOUS_SUFFIX, file);
                result.restored.push(name);
            }
            continue;
        }
        if (!current.includes(MARKER)) {
            result.foreign.push(name);
            continue;
        }
        await external_node_fs_.promises.rm(file);
        result.removed.push(name);
        if (await existsPath(file + PREVIOUS_SUFFIX)) {
            await external_node_fs_.promises.rename(file + PREVIOUS_SUFFIX, file);
            result.restored.push(name);
        }
    }
    return result;
}
/**
 * The active playbook step: $SPECPIPE_PLAYBOOK_STEP, else progress.json's `step`/`current`/
 * `currentStep`/`active` (a string, or an object with an `id`).
 */
async function activeStep(root, env = {}) {
    if (env.SPECPIPE_PLAYBOOK_STEP)
        return env.SPECPIPE_PLAYBOOK_STEP;
    const text = await readMaybe(external_node_path_.join(root, "progress.json"));
    if (!text)
        return undefined;
    try {
        const data = JSON.parse(text);
        for (const key of ["step", "current", "currentStep", "current_step", "active", "activeStep"]) {
            const v = data[key];
            if (typeof v === "string" && v)
                return v;
            if (v && typeof v === "object" && typeof v.id === "string")
                return v.id;
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
/** prepare-commit-msg: add or refresh the trailers. Returns the trailers written. */
async function prepareCommitMsg(git, file, source, options = {}) {
    if (source === "merge" || source === "squash")
        return [];
    const spec = await stagedSpec(git, options.specPaths);
    try {
        const written = [];
        if (spec.staged.files.length) {
            await git.run([
                "interpret-trailers",
                "--in-place",
                "--if-exists",
                "replace",
                "--trailer",
                `Spec-Hash: ${spec.staged.hash.short}`,
                file,
            ]);
            written.push({ key: "Spec-Hash", value: spec.staged.hash.short });
        }
        const playbook = options.playbookPath ?? "playbook.yml";
        if (await spec.playbookStaged(playbook)) {
            const step = await activeStep(await git.topLevel(), options.env);
            if (step) {
                await git.run(["interpret-trailers", "--in-place", "--if-exists", "doNothing", "--trailer", `Playbook-Step: ${step}`, file]);
                written.push({ key: "Playbook-Step", value: step });
            }
        }
        return written;
    }
    finally {
        spec.close();
    }
}
/** commit-msg: the problems of the message about to be committed (empty = accept). */
async function commitMsg(git, file, options = {}) {
    const raw = await external_node_fs_.promises.readFile(file, "utf8");
    const message = await git.run(["stripspace", "--strip-comments"], { input: raw });
    if (message.trim() === "")
        return [];
    const spec = await stagedSpec(git, options.specPaths);
    try {
        const playbookPath = options.playbookPath ?? "playbook.yml";
        const changed = spec.staged.hash.full !== spec.head.hash.full;
        const problems = (0,check/* messageViolations */.EL)({ header: (0,header/* headerOf */.rR)(message), message, trailers: (0,trailers/* parseTrailers */.aw)(message) }, {
            before: spec.head,
            after: spec.staged,
            changed,
            hasPlaybook: await spec.playbookStaged(playbookPath),
            types: options.types?.length ? options.types : header/* DEFAULT_TYPES */.Kg,
            requireBody: options.requireBody ?? header/* DEFAULT_REQUIRE_BODY */.hV,
            playbookPath,
        });
        if (changed) {
            const adrDir = (options.adrDir ?? adr.DEFAULT_ADR_DIR).replace(/\/+$/, "");
            const added = (await git.run(["diff", "--cached", "--name-only", "-z", "--diff-filter=A", "--no-renames", "--", adrDir]))
                .split("\0")
                .filter((p) => p && (0,adr.adrNumber)(external_node_path_.posix.basename(p)) !== undefined);
            const b = spec.head.files.length ? spec.head.hash.short : null;
            const a = spec.staged.files.length ? spec.staged.hash.short : null;
            let ok = false;
            for (const p of added) {
                const obj = await spec.cat.read(`:${p}`);
                if (obj && (0,check/* adrRecordsAmendment */.z4)(obj.content.toString("utf8"), b, a))
                    ok = true;
            }
            if (!ok) {
                problems.push({
                    rule: "amendment-adr",
                    message: `the staged spec differs from HEAD (${b ?? "none"} → ${a ?? "none"}) and no staged ADR records the reason and both hashes`,
                    fix: `run "specpipe amend --reason '<why>'" (it writes and stages the ADR), then commit again`,
                    file: (spec.staged.files[0] ?? spec.head.files[0])?.path,
                });
            }
        }
        return problems;
    }
    finally {
        spec.close();
    }
}
/** pre-push: check each pushed range (stdin lines `<local ref> <local sha> <remote ref> <remote sha>`). */
async function prePush(git, remote, stdin, options = {}) {
    const reports = [];
    for (const line of stdin.split("\n")) {
        const parts = line.trim().split(/\s+/);
        if (parts.length < 4)
            continue;
        const [, localSha, , remoteSha] = parts;
        if (/^0+$/.test(localSha))
            continue;
        let range;
        if (/^0+$/.test(remoteSha) || !(await git.revParse(remoteSha)))
            range = { to: localSha, exclude: [`--remotes=${remote}`] };
        else {
            const mb = (await git.raw(["merge-base", remoteSha, localSha])).stdout.toString().trim();
            range = { from: mb || remoteSha, to: localSha };
        }
        reports.push(await (0,check.checkRange)(git, range, options));
    }
    return reports;
}


/***/ })

};
