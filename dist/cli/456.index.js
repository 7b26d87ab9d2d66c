export const id = 456;
export const ids = [456,1346];
export const modules = {

/***/ 1346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ADR_NAME: () => (/* binding */ ADR_NAME),
/* harmony export */   DEFAULT_ADR_DIR: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_1__.WS),
/* harmony export */   adrLinks: () => (/* binding */ adrLinks),
/* harmony export */   adrNumber: () => (/* binding */ adrNumber),
/* harmony export */   checkAdrs: () => (/* binding */ checkAdrs),
/* harmony export */   formatNumber: () => (/* binding */ formatNumber),
/* harmony export */   hasReason: () => (/* binding */ hasReason),
/* harmony export */   nextAdrNumber: () => (/* binding */ nextAdrNumber),
/* harmony export */   renderAdr: () => (/* binding */ renderAdr),
/* harmony export */   slugify: () => (/* binding */ slugify),
/* harmony export */   supersededBySplice: () => (/* binding */ supersededBySplice)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1315);


/**
 * Architectural decision records: `docs/adr/NNNN-title.md`. Numbers are four digits,
 * sequential from 0001 (or 0000), with no gaps or duplicates; "Supersedes" / "Superseded by"
 * lines point at ADRs that exist.
 */

const ADR_NAME = /^(\d{4})-([^/]+)\.md$/;
function adrNumber(name) {
    const m = ADR_NAME.exec(name);
    return m ? Number(m[1]) : undefined;
}
function slugify(title) {
    const slug = title
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
    if (slug.length <= 60)
        return slug || "decision";
    // Cut at the last whole word that fits, so a file name never ends in half a word.
    const cut = slug.slice(0, 61);
    const at = cut.lastIndexOf("-");
    return (at > 0 ? cut.slice(0, at) : slug.slice(0, 60)).replace(/-+$/, "") || "decision";
}
function formatNumber(n) {
    return String(n).padStart(4, "0");
}
/** The next free number: one more than the highest (0001 for an empty folder). */
function nextAdrNumber(names) {
    let max = 0;
    for (const n of names) {
        const num = adrNumber(n);
        if (num !== undefined && num > max)
            max = num;
    }
    return max + 1;
}
const LINK_LINE = /^[\s>*_-]*(?:\*\*|__)?\s*(supersedes|superseded[ -]by)\b(.*)$/i;
/** The Supersedes / Superseded-by references of one ADR. */
function adrLinks(content, names) {
    const links = [];
    const lines = content.split(/\r?\n/);
    lines.forEach((text, i) => {
        const m = LINK_LINE.exec(text);
        if (!m)
            return;
        const kind = /supersedes/i.test(m[1]) ? "supersedes" : "superseded-by";
        const rest = m[2];
        const seen = new Set();
        for (const lm of rest.matchAll(/\]\(([^)\s]+)\)/g)) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(decodeURIComponent(lm[1].split("#")[0]));
            seen.add(target);
            links.push({ kind, target: names.includes(target) ? target : undefined, text: lm[1], line: i + 1 });
        }
        const withoutLinks = rest.replace(/\]\([^)]*\)/g, "]");
        for (const nm of withoutLinks.matchAll(/\bADR[- #]?(\d{1,4})\b|(?<![\d.-])(\d{4})(?![\d.-])/gi)) {
            const num = Number(nm[1] ?? nm[2]);
            const found = names.find((n) => adrNumber(n) === num);
            if (found && seen.has(found))
                continue;
            links.push({ kind, target: found, text: nm[0], line: i + 1 });
        }
    });
    return links;
}
/** Every rule about the ADR folder as a whole. */
function checkAdrs(files, dir = _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ADR_DIR */ .WS) {
    const problems = [];
    const names = files.map((f) => f.name);
    const byNumber = new Map();
    for (const f of files) {
        if (!f.name.endsWith(".md"))
            continue;
        const num = adrNumber(f.name);
        if (num === undefined) {
            if (/^\d+-/.test(f.name)) {
                problems.push({
                    code: "adr-name",
                    severity: "error",
                    message: `${f.name} is not named NNNN-title.md (four digits)`,
                    hint: `rename it to ${formatNumber(Number(/^\d+/.exec(f.name)[0]))}-${f.name.replace(/^\d+-/, "")}`,
                    file: `${dir}/${f.name}`,
                });
            }
            continue;
        }
        byNumber.set(num, [...(byNumber.get(num) ?? []), f.name]);
    }
    const numbers = [...byNumber.keys()].sort((a, b) => a - b);
    for (const num of numbers) {
        const list = byNumber.get(num);
        if (list.length > 1) {
            problems.push({
                code: "adr-duplicate",
                severity: "error",
                message: `ADR number ${formatNumber(num)} is used by ${list.join(" and ")}`,
                hint: `renumber ${list.slice(1).join(", ")} to the next free number, ${formatNumber(numbers[numbers.length - 1] + 1)}`,
                file: `${dir}/${list[1]}`,
            });
        }
    }
    if (numbers.length) {
        const start = numbers[0] === 0 ? 0 : 1;
        let expected = start;
        for (const num of numbers) {
            if (num > expected) {
                const missing = expected === num - 1 ? formatNumber(expected) : `${formatNumber(expected)}–${formatNumber(num - 1)}`;
                problems.push({
                    code: "adr-gap",
                    severity: "error",
                    message: `ADR numbers skip ${missing} before ${byNumber.get(num)[0]}`,
                    hint: `renumber ${byNumber.get(num)[0]} to ${formatNumber(expected)} (numbers are sequential; a withdrawn decision keeps its file with Status: Rejected)`,
                    file: `${dir}/${byNumber.get(num)[0]}`,
                });
            }
            expected = num + 1;
        }
    }
    for (const f of files) {
        if (adrNumber(f.name) === undefined)
            continue;
        for (const link of adrLinks(f.content, names)) {
            if (link.target)
                continue;
            problems.push({
                code: "adr-link",
                severity: "error",
                message: `${f.name}: "${link.kind === "supersedes" ? "Supersedes" : "Superseded by"} ${link.text}" points at no ADR in ${dir}`,
                hint: `point the link at an existing ADR file in ${dir}`,
                file: `${dir}/${f.name}`,
                line: link.line,
            });
        }
    }
    return problems;
}
/**
 * The ADR text written by `specpipe adr new` and `specpipe amend`, in the house format of
 * docs/adr/0001 (title "# N. Title", Date, then Status, Context, Decision, Consequences sections).
 */
function renderAdr(t) {
    const status = [t.status ?? "Proposed"];
    if (t.supersedes)
        status.push("", `Supersedes: [${t.supersedes.replace(/\.md$/, "")}](${t.supersedes})`);
    const context = [t.context ?? "What is the issue that we are seeing that is motivating this decision or change?"];
    if (t.specHashBefore !== undefined || t.specHashAfter !== undefined) {
        context.push("", `Spec-Hash-Before: ${t.specHashBefore ?? "none"}`, `Spec-Hash-After: ${t.specHashAfter ?? "none"}`);
    }
    return [
        `# ${t.number}. ${t.title}`,
        "",
        `Date: ${t.date ?? new Date().toISOString().slice(0, 10)}`,
        "",
        "## Status",
        "",
        ...status,
        "",
        "## Context",
        "",
        ...context,
        "",
        "## Decision",
        "",
        t.decision ?? "What is the change that we are proposing and/or doing?",
        "",
        "## Consequences",
        "",
        t.consequences ?? "What becomes easier or more difficult to do because of this change?",
        "",
    ].join("\n");
}
/**
 * Where to splice a "Superseded by" line into an ADR: after the Status section's first line
 * ("## Status" heading form), after a "Status:" line (list form), else after the title.
 * Returns the offset and the text to insert (using the document's line ending).
 */
function supersededBySplice(text, newName, eol = "\n") {
    const link = `Superseded by: [${newName.replace(/\.md$/, "")}](${newName})`;
    const heading = /^#{1,6}[ \t]+Status[ \t]*\r?$/im.exec(text);
    if (heading) {
        const rest = text.slice(heading.index + heading[0].length);
        const first = /^[ \t]*\S.*?(?=\r?$)/m.exec(rest);
        if (first && !/^\s*#/.test(first[0])) {
            const at = heading.index + heading[0].length + first.index + first[0].length;
            return { at, insert: `${eol}${eol}${link}` };
        }
    }
    const line = /^([ \t]*[-*][ \t]*)?\**Status\**:.*?(?=\r?$)/im.exec(text);
    if (line)
        return { at: line.index + line[0].length, insert: `${eol}${line[1] ?? ""}${link}` };
    const title = /^#.*?(?=\r?$)/m.exec(text);
    if (title)
        return { at: title.index + title[0].length, insert: `${eol}${eol}${link}` };
    return { at: 0, insert: `${link}${eol}${eol}` };
}
/** True when the ADR has a Context (or Reason) section with some text in it. */
function hasReason(content) {
    const m = /^#{1,6}\s*(context|reason)\b.*$/im.exec(content);
    if (!m)
        return false;
    const rest = content.slice(m.index + m[0].length);
    const next = /^#{1,6}\s/m.exec(rest);
    return (next ? rest.slice(0, next.index) : rest).trim().length > 0;
}


/***/ }),

/***/ 456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_BOTS: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_8__.pA),
/* harmony export */   RangeChecker: () => (/* binding */ RangeChecker),
/* harmony export */   adrAmendedHash: () => (/* binding */ adrAmendedHash),
/* harmony export */   adrRecordsAmendment: () => (/* binding */ adrRecordsAmendment),
/* harmony export */   amendmentWithoutChangeProblem: () => (/* binding */ amendmentWithoutChangeProblem),
/* harmony export */   botMatcher: () => (/* binding */ botMatcher),
/* harmony export */   checkRange: () => (/* binding */ checkRange),
/* harmony export */   isBot: () => (/* binding */ isBot),
/* harmony export */   messageViolations: () => (/* binding */ messageViolations)
/* harmony export */ });
/* harmony import */ var _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1346);
/* harmony import */ var _spec_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9357);
/* harmony import */ var _spec_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1485);
/* harmony import */ var _spec_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4649);
/* harmony import */ var _catfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4126);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9391);
/* harmony import */ var _range_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6805);
/* harmony import */ var _trailers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9102);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1315);










function wildcard(pattern) {
    return new RegExp(`^${pattern
        .split("*")
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`, "i");
}
function botMatcher(patterns = _defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_BOTS */ .pA) {
    const res = patterns.map(wildcard);
    return (c) => res.some((re) => re.test(c.authorName) || re.test(c.authorEmail));
}
function isBot(commit, patterns = _defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_BOTS */ .pA) {
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
    const v = (code, message, hint, extra = {}) => out.push({ code, message, hint, severity: "error", ...extra });
    const { before, after, changed, types, requireBody } = ctx;
    const parsed = (0,_header_js__WEBPACK_IMPORTED_MODULE_5__/* .parseHeader */ .RW)(c.header, types);
    if (!parsed.valid && !(0,_header_js__WEBPACK_IMPORTED_MODULE_5__/* .isIgnoredMessage */ .kZ)(c.message)) {
        v("header", `header "${c.header}": ${parsed.problems.map((p) => `${p.message} (${p.rule})`).join("; ")}`, `reword it as "type(scope): subject" with a type from [${types.join(", ")}], a lower-case subject and no final full stop (git rebase -i, "reword")`);
    }
    const specHash = (0,_trailers_js__WEBPACK_IMPORTED_MODULE_7__/* .trailerValue */ .di)(c.trailers, "Spec-Hash");
    if (after.files.length) {
        if (specHash === undefined) {
            v("spec-hash-missing", `no Spec-Hash trailer; the spec at this commit is ${after.hash.short}`, `add the trailer "Spec-Hash: ${after.hash.short}" (specpipe hooks install adds it to every commit)`, { file: after.files[0].path });
        }
        else if (!(0,_spec_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashMatches */ .CR)(specHash, after.hash)) {
            v("spec-hash-mismatch", `Spec-Hash ${specHash} does not name the spec at this commit, which is ${after.hash.short}${(0,_spec_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashMatches */ .CR)(specHash, before.hash) && changed ? " (it names the spec before this commit changed it)" : ""}`, `reword the trailer to "Spec-Hash: ${after.hash.short}"`, { file: after.files[0].path });
        }
    }
    if (ctx.hasPlaybook && !(0,_trailers_js__WEBPACK_IMPORTED_MODULE_7__/* .trailerValue */ .di)(c.trailers, "Playbook-Step")) {
        v("playbook-step-missing", `no Playbook-Step trailer, and ${ctx.playbookPath} exists`, `add the trailer "Playbook-Step: <id of the active step>" (specpipe hooks install adds it)`, { file: ctx.playbookPath });
    }
    if (parsed.type && requireBody.includes(parsed.type) && (0,_trailers_js__WEBPACK_IMPORTED_MODULE_7__/* .messageBody */ .OS)(c.message) === "") {
        v("body-required", `a "${parsed.type}" commit needs a body: the reasoning behind the change`, `reword the commit and explain why, in a paragraph after the header`);
    }
    if (changed && parsed.type !== "spec" && !(0,_trailers_js__WEBPACK_IMPORTED_MODULE_7__/* .trailerValue */ .di)(c.trailers, "Spec-Amendment")) {
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
/** The spec hash an ADR says its amendment leads to (`Spec-Hash-After:`), when it records one. */
function adrAmendedHash(content) {
    return /^Spec-Hash-After:\s*([0-9a-f]{12,64})\s*$/im.exec(content)?.[1]?.toLowerCase();
}
/**
 * An ADR that records an amendment to a spec the commit does not hold: `specpipe amend` staged
 * only the ADR, or the ADR came without its spec change. The hooks and the range check both ask.
 */
function amendmentWithoutChangeProblem(adr, content, spec) {
    const after = adrAmendedHash(content);
    if (!after || (spec.files.length && spec.hash.full.startsWith(after)))
        return undefined;
    return {
        severity: "error",
        code: "amendment-unstaged",
        message: `${adr} records an amendment to the spec ${after}, but the spec at this commit is ${spec.files.length ? spec.hash.short : "none"}: the spec change is not in this commit`,
        hint: `commit the spec with its ADR (git add ${spec.files.map((f) => f.path).join(" ") || "docs/spec.md"}; specpipe amend stages both), or drop ${adr} from it`,
        file: adr,
    };
}
class RangeChecker {
    git;
    cat;
    reader;
    opts;
    specSource;
    constructor(git, options = {}) {
        this.git = git;
        this.specSource = options.specSource;
        this.opts = {
            specPaths: options.specSource?.paths ?? (options.specPaths?.length ? options.specPaths : _spec_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SPEC_PATHS */ .Ft),
            types: options.types?.length ? options.types : _header_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_TYPES */ .Kg,
            requireBody: options.requireBody ?? _header_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_REQUIRE_BODY */ .hV,
            botAuthors: options.botAuthors ?? _defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_BOTS */ .pA,
            adrDir: (options.adrDir ?? _adr_adr_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_ADR_DIR).replace(/\/+$/, ""),
            playbookPath: options.playbookPath ?? "playbook.yml",
            adrScope: options.adrScope ?? "commit",
            checkAdrs: options.checkAdrs ?? true,
        };
        this.cat = new _catfile_js__WEBPACK_IMPORTED_MODULE_4__.CatFile(git);
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
            const commits = (0,_range_js__WEBPACK_IMPORTED_MODULE_6__/* .streamCommitBatches */ .S2)(this.git, { ...range, stat: "names", paths: this.watchedPaths() });
            this.cat.warm();
            for await (const batch of commits) {
                for (const c of batch) {
                    const s = this.reader.step(c);
                    const { before, after, changed } = s instanceof Promise ? await s : s;
                    last = after;
                    const merge = c.parents.length > 1;
                    if (merge) {
                        // A merge takes the spec from one of its parents; one that holds a spec neither side
                        // has changed it inside the merge, which is never an amendment.
                        const sides = await Promise.all(c.parents.map((p) => this.reader.at(p)));
                        if (!sides.some((p) => p.hash.full === after.hash.full)) {
                            violations.push({
                                commit: c.sha,
                                subject: subjectOf(c),
                                severity: "error",
                                code: "merge-spec-change",
                                message: `a merge whose spec (${this.describeHash(after) ?? "none"}) is neither of its parents' (${sides.map((p) => this.describeHash(p) ?? "none").join(", ")}): a spec change inside a merge is not an amendment`,
                                hint: "redo the merge taking the spec from one side, and make the change as an amendment of its own (specpipe amend --reason '<why>')",
                                file: (after.files[0] ?? before.files[0])?.path,
                            });
                        }
                    }
                    if (changed && !merge) {
                        history.push({
                            commit: c.sha,
                            subject: c.header,
                            before: this.describeHash(before),
                            after: this.describeHash(after),
                            amendment: (0,_trailers_js__WEBPACK_IMPORTED_MODULE_7__/* .trailerValue */ .di)(c.trailers, "Spec-Amendment") ?? null,
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
                    for (const f of c.files) {
                        if (f.status !== "A" || !this.isAdrPath(f.path))
                            continue;
                        const obj = await this.cat.read(`${c.sha}:${f.path}`);
                        const p = obj?.type === "blob" ? amendmentWithoutChangeProblem(f.path, obj.content.toString("utf8"), after) : undefined;
                        if (p)
                            violations.push({ commit: c.sha, subject: subjectOf(c), ...p });
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
                    code: "amendment-adr",
                    severity: "error",
                    message: `changes the spec (${beforeShort ?? "none"} → ${afterShort ?? "none"}) without adding an ADR ${where}${near}`,
                    hint: `run "specpipe amend --reason '<why>'" to write ${this.opts.adrDir}/NNNN-….md with both hashes, and commit it with the spec change`,
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
                    violations.push({ code: p.code, message: p.message, hint: p.hint, severity: "error", file: p.file, line: p.line });
            }
            const final = last ?? (await this.reader.at(toSha));
            const specMissing = [
                ...this.reader.paths.literals.filter((p) => !final.files.some((f) => f.path === p)),
                ...this.reader.paths.globs.filter((g) => !final.files.some((f) => g.match(f.path))).map((g) => g.pattern),
            ];
            if (this.specSource && specMissing.length)
                throw (0,_spec_paths_js__WEBPACK_IMPORTED_MODULE_3__.missingSpecError)(this.specSource, specMissing, `at ${toSha.slice(0, 12)}`);
            return {
                from: range.from,
                to: toSha,
                checked,
                skipped,
                violations,
                specHash: final.hash,
                specFiles: final.files.map((f) => f.path),
                specMissing,
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

/***/ 9102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ messageBody),
/* harmony export */   aw: () => (/* binding */ parseTrailers),
/* harmony export */   di: () => (/* binding */ trailerValue)
/* harmony export */ });
/* unused harmony exports findSeparator, findTrailerBlock */
const GIT_GENERATED = ["Signed-off-by: ", "(cherry picked from commit "];
const SCISSORS = "------------------------ >8 ------------------------";
function isSpace(ch) {
    return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\v" || ch === "\f";
}
function isBlank(line) {
    for (let i = 0; i < line.length; i++)
        if (!isSpace(line[i]))
            return false;
    return true;
}
function isAlnum(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** git's find_separator: index of ':' after a token, or -1. */
function findSeparator(line, separators = ":") {
    let whitespaceFound = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (separators.includes(ch))
            return i;
        if (!whitespaceFound && (isAlnum(line.charCodeAt(i)) || ch === "-"))
            continue;
        if (i !== 0 && (ch === " " || ch === "\t")) {
            whitespaceFound = true;
            continue;
        }
        break;
    }
    return -1;
}
function splitLines(message, end) {
    const lines = [];
    let pos = 0;
    while (pos < end) {
        const nl = message.indexOf("\n", pos);
        const stop = nl === -1 || nl >= end ? end : nl;
        lines.push({ text: message.slice(pos, stop), start: pos });
        pos = stop + 1;
    }
    return lines;
}
const scissorsRes = new Map();
/** Where the message proper ends: at the scissors line, if any. */
function messageEnd(message, commentChar) {
    if (!message.includes(SCISSORS))
        return message.length;
    let re = scissorsRes.get(commentChar);
    if (!re) {
        re = new RegExp(`^${commentChar.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ${SCISSORS}$`, "m");
        scissorsRes.set(commentChar, re);
    }
    const m = re.exec(message);
    return m ? m.index : message.length;
}
function findTrailerBlock(message, options = {}) {
    const commentChar = options.commentChar ?? "#";
    const end = messageEnd(message, commentChar);
    const lines = splitLines(message, end);
    const none = { trailers: [], start: message.length, end: message.length };
    // The first paragraph is the title and cannot be trailers.
    let titleEnd = lines.length;
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].text.startsWith(commentChar))
            continue;
        if (isBlank(lines[i].text)) {
            titleEnd = i;
            break;
        }
    }
    let onlySpaces = true;
    let recognizedPrefix = false;
    let trailerLines = 0;
    let nonTrailerLines = 0;
    let possibleContinuation = 0;
    let blockStart = -1;
    let blockEndLine = lines.length;
    for (let i = lines.length - 1; i >= titleEnd; i--) {
        const text = lines[i].text;
        if (text.startsWith(commentChar)) {
            nonTrailerLines += possibleContinuation;
            possibleContinuation = 0;
            continue;
        }
        if (isBlank(text)) {
            if (onlySpaces) {
                blockEndLine = i;
                continue;
            }
            nonTrailerLines += possibleContinuation;
            if ((recognizedPrefix && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines === 0))
                blockStart = i + 1;
            break;
        }
        onlySpaces = false;
        if (GIT_GENERATED.some((p) => text.startsWith(p))) {
            trailerLines++;
            possibleContinuation = 0;
            recognizedPrefix = true;
            continue;
        }
        const sep = findSeparator(text);
        if (sep >= 1 && !isSpace(text[0])) {
            trailerLines++;
            possibleContinuation = 0;
        }
        else if (isSpace(text[0])) {
            possibleContinuation++;
        }
        else {
            nonTrailerLines++;
            nonTrailerLines += possibleContinuation;
            possibleContinuation = 0;
        }
    }
    if (blockStart < 0)
        return none;
    const trailers = [];
    let current;
    const flush = () => {
        if (current)
            trailers.push({ key: current.key, value: current.value });
        current = undefined;
    };
    for (let i = blockStart; i < blockEndLine; i++) {
        const text = lines[i].text;
        if (text.startsWith(commentChar)) {
            // A comment line ends the trailer before it: a continuation after it continues nothing.
            flush();
            continue;
        }
        if (current && isSpace(text[0]) && !isBlank(text)) {
            current.value += "\n" + text;
            continue;
        }
        flush();
        const sep = findSeparator(text);
        if (sep >= 1)
            current = { key: text.slice(0, sep).trim(), value: text.slice(sep + 1).replace(/^[ \t\r\n\v\f]+/, "") };
    }
    flush();
    // git's unfold_value: a newline and the whitespace after it become one space; then trim.
    for (const t of trailers)
        t.value = t.value.replace(/\n[ \t\r\n\v\f]*/g, " ").replace(/^[ \t\r\n\v\f]+|[ \t\r\n\v\f]+$/g, "");
    const last = lines[blockEndLine - 1];
    return { trailers, start: lines[blockStart].start, end: last ? last.start + last.text.length : message.length };
}
/** The trailers of a commit message, in order (git's rules; see above). */
function parseTrailers(message, options = {}) {
    return findTrailerBlock(message, options).trailers;
}
/** The value of the last trailer with this key (keys compare case-insensitively, as git does). */
function trailerValue(trailers, key) {
    const k = key.toLowerCase();
    let found;
    for (const t of trailers)
        if (t.key.length === k.length && t.key.toLowerCase() === k)
            found = t.value;
    return found;
}
/**
 * The body: the message without its header line and without the trailer block, comment lines
 * dropped, trimmed. Empty when the commit gives no reasoning.
 */
function messageBody(message, options = {}) {
    const commentChar = options.commentChar ?? "#";
    const block = findTrailerBlock(message, options);
    const text = message.slice(0, Math.min(block.start, messageEnd(message, commentChar)));
    const lines = text
        .replace(/^[\r\n]+/, "")
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => !l.startsWith(commentChar));
    return lines.join("\n").trim();
}


/***/ })

};
