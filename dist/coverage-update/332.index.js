export const id = 332;
export const ids = [332,649,230];
export const modules = {

/***/ 8332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareCommitMsg: () => (/* binding */ prepareCommitMsg)
});

// UNUSED EXPORTS: HOOK_NAMES, MARKER, PREVIOUS_SUFFIX, activeStep, commitMsg, hookScript, hooksDir, installHooks, prePush, runnerFor, uninstallHooks

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/defaults.ts
var defaults = __webpack_require__(1315);
;// CONCATENATED MODULE: ./packages/core/src/adr/adr.ts


/**
 * Architectural decision records: `docs/adr/NNNN-title.md`. Numbers are four digits,
 * sequential from 0001 (or 0000), with no gaps or duplicates; "Supersedes" / "Superseded by"
 * lines point at ADRs that exist.
 */

const ADR_NAME = /^(\d{4})-([^/]+)\.md$/;
function adr_adrNumber(name) {
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
        const num = adr_adrNumber(n);
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
            const target = path.posix.basename(decodeURIComponent(lm[1].split("#")[0]));
            seen.add(target);
            links.push({ kind, target: names.includes(target) ? target : undefined, text: lm[1], line: i + 1 });
        }
        const withoutLinks = rest.replace(/\]\([^)]*\)/g, "]");
        for (const nm of withoutLinks.matchAll(/\bADR[- #]?(\d{1,4})\b|(?<![\d.-])(\d{4})(?![\d.-])/gi)) {
            const num = Number(nm[1] ?? nm[2]);
            const found = names.find((n) => adr_adrNumber(n) === num);
            if (found && seen.has(found))
                continue;
            links.push({ kind, target: found, text: nm[0], line: i + 1 });
        }
    });
    return links;
}
/** Every rule about the ADR folder as a whole. */
function adr_checkAdrs(files, dir = DEFAULT_ADR_DIR) {
    const problems = [];
    const names = files.map((f) => f.name);
    const byNumber = new Map();
    for (const f of files) {
        if (!f.name.endsWith(".md"))
            continue;
        const num = adr_adrNumber(f.name);
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
        if (adr_adrNumber(f.name) === undefined)
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
function adr_hasReason(content) {
    const m = /^#{1,6}\s*(context|reason)\b.*$/im.exec(content);
    if (!m)
        return false;
    const rest = content.slice(m.index + m[0].length);
    const next = /^#{1,6}\s/m.exec(rest);
    return (next ? rest.slice(0, next.index) : rest).trim().length > 0;
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/commits/catfile.ts

class catfile_CatFile {
    git;
    child;
    queue = [];
    buf = Buffer.alloc(0);
    header;
    failed;
    /** Objects by id (immutable, so safe to keep). */
    cache = new Map();
    calls = 0;
    /** Requests sent to git (cache hits excluded). */
    requests = 0;
    constructor(git) {
        this.git = git;
    }
    /** Start git now (it is otherwise started by the first read), e.g. while another command runs. */
    warm() {
        if (!this.failed)
            this.start();
    }
    start() {
        if (this.child)
            return this.child;
        // Git keeps its environment private; it carries the identity/config tests and runners set.
        const env = { ...process.env, ...this.git.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
        const child = (0,external_node_child_process_.spawn)("git", ["cat-file", "--batch"], { cwd: this.git.cwd, env, stdio: ["pipe", "pipe", "pipe"] });
        this.calls++;
        const err = [];
        child.stderr.on("data", (c) => err.push(c));
        child.stdout.on("data", (c) => this.onData(c));
        child.stdin.on("error", () => { });
        const fail = (e) => {
            this.failed = e;
            for (const p of this.queue.splice(0))
                p.reject(e);
        };
        child.on("error", fail);
        child.on("close", (code) => {
            if (this.queue.length)
                fail(new Error(`git cat-file --batch exited (${code}): ${Buffer.concat(err).toString().trim()}`));
            this.child = undefined;
        });
        this.child = child;
        return child;
    }
    onData(chunk) {
        this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
        for (;;) {
            if (!this.header) {
                const nl = this.buf.indexOf(10);
                if (nl === -1)
                    return;
                const line = this.buf.toString("utf8", 0, nl);
                this.buf = this.buf.subarray(nl + 1);
                const parts = line.split(" ");
                const last = parts[parts.length - 1];
                if (last === "missing" || last === "ambiguous") {
                    this.queue.shift()?.resolve(undefined);
                    continue;
                }
                this.header = { oid: parts[0], type: parts[1], size: Number(parts[2]) };
            }
            if (this.buf.length < this.header.size + 1)
                return;
            const content = Buffer.from(this.buf.subarray(0, this.header.size));
            this.buf = this.buf.subarray(this.header.size + 1);
            const obj = { oid: this.header.oid, type: this.header.type, content };
            this.header = undefined;
            this.cache.set(obj.oid, obj);
            this.queue.shift()?.resolve(obj);
        }
    }
    /** Any revision `git cat-file` understands: an oid, `<commit>:<path>`, `<commit>^{tree}`. */
    read(rev) {
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(rev)) {
            const hit = this.cache.get(rev);
            if (hit)
                return Promise.resolve(hit);
        }
        if (this.failed)
            return Promise.reject(this.failed);
        if (rev.includes("\n"))
            return Promise.resolve(undefined);
        const child = this.start();
        this.requests++;
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            child.stdin.write(rev + "\n");
        });
    }
    async readTree(rev) {
        const obj = await this.read(rev);
        if (!obj || obj.type !== "tree")
            return undefined;
        return parseTree(obj.content, obj.oid.length / 2);
    }
    close() {
        if (this.child) {
            this.child.stdin.end();
            this.child = undefined;
        }
    }
}
function parseTree(content, oidBytes) {
    const entries = [];
    let pos = 0;
    while (pos < content.length) {
        const sp = content.indexOf(32, pos);
        const nul = content.indexOf(0, sp + 1);
        if (sp === -1 || nul === -1)
            break;
        const mode = content.toString("latin1", pos, sp);
        const name = content.toString("utf8", sp + 1, nul);
        const oid = content.toString("hex", nul + 1, nul + 1 + oidBytes);
        pos = nul + 1 + oidBytes;
        const type = mode === "40000" ? "tree" : mode === "160000" ? "commit" : "blob";
        entries.push({ mode, name, oid, type });
    }
    return entries;
}

// EXTERNAL MODULE: ./packages/core/src/spec/hash.ts
var hash = __webpack_require__(9357);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/spec/history.ts


const history_EMPTY_STATE = { hash: hash/* EMPTY_SPEC_HASH */.rj, files: [] };
class history_SpecPaths {
    literals = [];
    globs = [];
    constructor(paths = hash/* DEFAULT_SPEC_PATHS */.Ft) {
        for (const raw of paths.length ? paths : hash/* DEFAULT_SPEC_PATHS */.Ft) {
            const p = raw.split("\\").join("/").replace(/^\.\//, "");
            if ((0,hash/* isGlob */.fg)(p))
                this.globs.push({ pattern: p, base: picomatch_default().scan(p).base, match: picomatch_default()(p, { dot: true }) });
            else
                this.literals.push(p);
        }
    }
    matches(path) {
        return this.literals.includes(path) || this.globs.some((g) => g.match(path));
    }
}
class history_SpecReader {
    cat;
    paths;
    byCommit = new Map();
    constructor(cat, paths) {
        this.cat = cat;
        this.paths = paths;
    }
    /** The spec state at a commit, from its tree. Missing commit → undefined. */
    async at(commit) {
        const hit = this.byCommit.get(commit);
        if (hit)
            return hit;
        const files = new Map();
        const literal = await Promise.all(this.paths.literals.map((p) => this.cat.read(`${commit}:${p}`)));
        this.paths.literals.forEach((p, i) => {
            const obj = literal[i];
            if (obj?.type === "blob")
                files.set(p, { path: p, oid: obj.oid, content: obj.content });
        });
        for (const g of this.paths.globs) {
            const rootRev = g.base ? `${commit}:${g.base}` : `${commit}^{tree}`;
            const walk = async (rev, prefix) => {
                const entries = await this.cat.readTree(rev);
                if (!entries)
                    return;
                for (const e of entries) {
                    const full = prefix ? `${prefix}/${e.name}` : e.name;
                    if (e.type === "tree")
                        await walk(e.oid, full);
                    else if (e.type === "blob" && g.match(full) && !files.has(full)) {
                        const obj = await this.cat.read(e.oid);
                        if (obj)
                            files.set(full, { path: full, oid: obj.oid, content: obj.content });
                    }
                }
            };
            await walk(rootRev, g.base);
        }
        const list = [...files.values()].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
        const state = list.length ? { hash: (0,hash/* hashSpecContents */.am)(list), files: list } : history_EMPTY_STATE;
        this.byCommit.set(commit, state);
        return state;
    }
    /** The state of a commit when already known (no git request). */
    cached(commit) {
        return this.byCommit.get(commit);
    }
    /**
     * Before/after of one commit: synchronous (no promise) when the parent's state is known and the
     * commit does not touch the spec, which is nearly always.
     */
    step(c) {
        const parent = c.parents[0];
        const known = parent ? this.byCommit.get(parent) : history_EMPTY_STATE;
        if (known && !this.touches(c)) {
            this.byCommit.set(c.sha, known);
            return { before: known, after: known, changed: false };
        }
        return (async () => {
            const before = known ?? (await this.at(parent));
            let after = before;
            if (this.touches(c))
                after = await this.at(c.sha);
            else
                this.byCommit.set(c.sha, before);
            return { before, after, changed: before.hash.full !== after.hash.full };
        })();
    }
    /** Remember a state computed without reading (inherited from the parent). */
    set(commit, state) {
        this.byCommit.set(commit, state);
    }
    /** Drop remembered states except one (long walks: a child only needs its parent). */
    forgetExcept(commit) {
        const keep = this.byCommit.get(commit);
        this.byCommit.clear();
        if (keep)
            this.byCommit.set(commit, keep);
    }
    touches(commit) {
        return commit.files.some((f) => this.paths.matches(f.path));
    }
    /**
     * Before/after states of each commit, oldest first. A commit that does not touch the spec has
     * its first parent's state; only touching commits (and the range's boundary) are read.
     */
    async *walk(commits) {
        for await (const c of commits) {
            const parent = c.parents[0];
            const before = parent ? await this.at(parent) : history_EMPTY_STATE;
            let after;
            if (this.touches(c))
                after = await this.at(c.sha);
            else {
                after = before;
                this.set(c.sha, before);
            }
            yield { commit: c, before, after, changed: before.hash.full !== after.hash.full };
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/spec/paths.ts
var paths = __webpack_require__(4649);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(8780);
;// CONCATENATED MODULE: ./packages/core/src/commits/header.ts


/**
 * Conventional-commit headers, judged exactly as commitlint's `config-conventional` (v21) does:
 * the conventionalcommits preset's header pattern, then the error-level header rules
 * (header-max-length 100, header-trim, type-empty, type-case, type-enum, subject-empty,
 * subject-case never sentence/start/pascal/upper, subject-full-stop never "."). The types are ours:
 * config-conventional's list plus `spec` by default.
 */
const header_DEFAULT_TYPES = (/* unused pure expression or super */ null && (["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert", "spec"]));

/** The preset's pattern (conventional-changelog-conventionalcommits parserOpts.headerPattern). */
const HEADER_PATTERN = /^(\w*)(?:\((.*)\))?!?: (.*)$/;
const BREAKING_PATTERN = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const STARTS_WITH_LETTER = /^[\p{Ll}\p{Lu}\p{Lt}]/iu;
/** commitlint's ensureCase(…, "sentence-case" | …) for the first letter: true when the subject is in that case. */
function firstIsUpperLike(subject) {
    const input = subject.replace(/`.*?`|".*?"|'.*?'/g, "").trim();
    if (input === "")
        return true;
    // commitlint upper-cases the first UTF-16 unit (es-toolkit's upperFirst), not the first code
    // point: a letter outside the BMP (Adlam 𞤢, Deseret 𐐨) is half a pair there, unchanged by
    // upper-casing, so it counts as sentence-case whatever its case. Judged the same way here.
    const first = input.charAt(0);
    if (/^\d/.test(first.toUpperCase()))
        return true;
    return first.toUpperCase() === first;
}
/** Parse and judge one header line. `types` defaults to DEFAULT_TYPES. */
function header_parseHeader(header, types = header_DEFAULT_TYPES) {
    const m = HEADER_PATTERN.exec(header);
    const type = m ? m[1] || null : null;
    const scope = m ? m[2] || null : null;
    const subject = m ? m[3] || null : null;
    const problems = [];
    const add = (rule, message) => problems.push({ rule, message });
    if (header.length > 100)
        add("header-max-length", `header must not be longer than 100 characters, current length is ${header.length}`);
    if (header) {
        const lead = header.length > header.trimStart().length;
        const tail = header.length > header.trimEnd().length;
        if (lead || tail)
            add("header-trim", `header must not ${lead && tail ? "be surrounded by" : lead ? "start with" : "end with"} whitespace`);
    }
    if (!type)
        add("type-empty", "type may not be empty (expected `type(scope): subject`)");
    else {
        if (type.toLowerCase() !== type && !/^\d/.test(type.toLowerCase()))
            add("type-case", "type must be lower-case");
        if (!types.includes(type))
            add("type-enum", `type must be one of [${types.join(", ")}]`);
    }
    if (!subject)
        add("subject-empty", "subject may not be empty");
    else if (STARTS_WITH_LETTER.test(subject) && firstIsUpperLike(subject)) {
        add("subject-case", "subject must not be sentence-case, start-case, pascal-case, upper-case");
    }
    const colon = header.indexOf(":");
    if (!(colon > 0 && colon === header.length - 1)) {
        if (header.endsWith(".") && !header.endsWith("..."))
            add("subject-full-stop", "subject may not end with full stop");
    }
    return { header, type, scope, subject, breaking: m ? BREAKING_PATTERN.test(header) : false, problems, valid: problems.length === 0 };
}
/** The header line of a message as commitlint sees it: leading newlines dropped, "gpg:" lines skipped. */
function header_headerOf(message) {
    let pos = 0;
    while (pos < message.length && (message[pos] === "\n" || message[pos] === "\r"))
        pos++;
    while (pos < message.length) {
        const nl = message.indexOf("\n", pos);
        const end = nl === -1 ? message.length : nl;
        const line = message.slice(pos, end > pos && message[end - 1] === "\r" ? end - 1 : end);
        if (!GPG_LINE.test(line))
            return line;
        pos = end + 1;
    }
    return "";
}
const GPG_LINE = /^\s*gpg:/;
/**
 * Headers commitlint ignores by default (merges, reverts, fixup!/squash!/amend!, versions…):
 * its verdict on them is "valid", so ours is too.
 */
function header_isIgnoredMessage(message) {
    // Every pattern below needs one of these; most messages have none (a cheap first test).
    if (!message.includes("Merge") &&
        !/^(?:[Rr]evert |[Rr]eapply |amend!|fixup!|squash!|Auto)/.test(message) &&
        !/^[^\n]*\d\.\d/.test(message))
        return false;
    const first = message.split("\n")[0] ?? "";
    if (/^((Merge pull request)|(Merge (.*?) into (.*?)|(Merge branch (.*?)))(?:\r?\n)*$)/m.test(message))
        return true;
    if (/^(Merge tag (.*?))(?:\r?\n)*$/m.test(message))
        return true;
    if (/^(R|r)evert (.*)/.test(message) || /^(R|r)eapply (.*)/.test(message))
        return true;
    if (/^(amend|fixup|squash)!/.test(message))
        return true;
    if (/^(Merged (.*?)(in|into) (.*)|Merged PR (.*): (.*))/.test(message))
        return true;
    if (/^Merge remote-tracking branch(\s*)(.*)/.test(message) ||
        /^Automatic merge(.*)/.test(message) ||
        /^Auto-merged (.*?) into (.*)/.test(message))
        return true;
    const stripped = first.replace(/^chore(\([^)]+\))?:/, "").trim();
    return semverValid(stripped) !== null;
}

// EXTERNAL MODULE: ./packages/core/src/git/git.ts + 1 modules
var git = __webpack_require__(4719);
;// CONCATENATED MODULE: ./packages/core/src/commits/range.ts



const FORMAT = "%x1e%H%x00%P%x00%an%x00%ae%x00%aI%x00%B%x00%(trailers:only,unfold)%x00";
function logArgs(range) {
    const to = range.to ?? "HEAD";
    const args = [
        "-c",
        "log.showSignature=false",
        "log",
        "-z",
        "--no-color",
        range.stat === "names" ? "--name-status" : "--numstat",
        "--no-renames",
        "--no-ext-diff",
        "--diff-merges=first-parent",
        "--topo-order",
        "--reverse",
        `--format=${FORMAT}`,
        // Revisions may come from inputs and events: after this, git reads nothing as an option.
        "--end-of-options",
        range.from ? `${range.from}..${to}` : to,
    ];
    if (range.paths?.length)
        args.splice(args.indexOf("--topo-order"), 0, "--full-history", "--sparse");
    // Exclusions are ours (`--remotes=origin`, remote-tracking refs), so they go before the marker,
    // between two --not (the second switches negation off again for the range).
    if (range.exclude?.length)
        args.splice(args.indexOf("--end-of-options"), 0, "--not", ...range.exclude, "--not");
    args.push("--");
    if (range.paths?.length)
        args.push(...range.paths.map((p) => `:(literal)${p}`));
    return args;
}
function parseTrailerLines(text) {
    const out = [];
    for (const line of text.split("\n")) {
        if (!line)
            continue;
        const at = line.indexOf(":");
        if (at <= 0)
            continue;
        out.push({ key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
    }
    return out;
}
function parseRecord(record) {
    const fields = [];
    let pos = 0;
    for (let i = 0; i < 7; i++) {
        const nul = record.indexOf(0, pos);
        if (nul === -1)
            throw new Error("internal: truncated git log record");
        fields.push(record.toString("utf8", pos, nul));
        pos = nul + 1;
    }
    const [sha, parents, authorName, authorEmail, date, message, trailers] = fields;
    const files = [];
    const entries = record.toString("utf8", pos).split("\0");
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i].replace(/^\n+/, "");
        if (!e)
            continue;
        const t1 = e.indexOf("\t");
        const t2 = e.indexOf("\t", t1 + 1);
        if (t1 < 0 || t2 < 0) {
            // --name-status -z: the status letter(s), then the path as the next field.
            const p = entries[++i];
            if (p !== undefined)
                files.push({ path: p, added: null, deleted: null, status: e });
            continue;
        }
        const a = e.slice(0, t1);
        const d = e.slice(t1 + 1, t2);
        files.push({ path: e.slice(t2 + 1), added: a === "-" ? null : Number(a), deleted: d === "-" ? null : Number(d) });
    }
    return {
        sha,
        parents: parents ? parents.split(" ") : [],
        authorName,
        authorEmail,
        date,
        message,
        header: headerOf(message),
        trailers: parseTrailerLines(trailers),
        files,
    };
}
/** Stream the commits of a range, oldest first (topological order), from one `git log`. */
async function* streamCommits(git, range) {
    for await (const batch of range_streamCommitBatches(git, range))
        yield* batch;
}
/**
 * The same stream in batches (the commits complete in each chunk git writes): consumers that do
 * little per commit avoid an await per commit.
 */
async function* range_streamCommitBatches(git, range) {
    const args = logArgs(range);
    // Git has no streaming call; its environment (identity, test config) is private, so read it here.
    const env = { ...process.env, ...git.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    const child = spawn("git", args, { cwd: git.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const err = [];
    child.stderr.on("data", (c) => err.push(c));
    const closed = new Promise((resolve, reject) => {
        child.on("error", reject);
        child.on("close", (code) => resolve(code));
    });
    // Records start with 0x1E; a record is complete when the next one starts (or output ends).
    // Only new chunks are searched, and bytes are copied once per record.
    let parts = [];
    let started = false;
    try {
        for await (const chunk of child.stdout) {
            let from = 0;
            let sep = chunk.indexOf(0x1e);
            const batch = [];
            while (sep !== -1) {
                if (started) {
                    parts.push(chunk.subarray(from, sep));
                    batch.push(parseRecord(parts.length === 1 ? parts[0] : Buffer.concat(parts)));
                }
                started = true;
                parts = [];
                from = sep + 1;
                sep = chunk.indexOf(0x1e, from);
            }
            if (started && from < chunk.length)
                parts.push(chunk.subarray(from));
            if (batch.length)
                yield batch;
        }
        const code = await closed;
        if (code !== 0)
            throw new GitError(args, code, Buffer.concat(err).toString("utf8"), "");
        if (started)
            yield [parseRecord(Buffer.concat(parts))];
    }
    finally {
        if (child.exitCode === null)
            child.kill();
    }
}
/** All commits of a range, oldest first, from one `git log` call. */
async function range_readCommits(git, range) {
    const out = [];
    for await (const c of streamCommits(git, range))
        out.push(c);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/commits/trailers.ts
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
function trailers_parseTrailers(message, options = {}) {
    return findTrailerBlock(message, options).trailers;
}
/** The value of the last trailer with this key (keys compare case-insensitively, as git does). */
function trailers_trailerValue(trailers, key) {
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
function trailers_messageBody(message, options = {}) {
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

;// CONCATENATED MODULE: ./packages/core/src/commits/check.ts










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
function check_messageViolations(c, ctx) {
    const out = [];
    const v = (code, message, hint, extra = {}) => out.push({ code, message, hint, severity: "error", ...extra });
    const { before, after, changed, types, requireBody } = ctx;
    const parsed = parseHeader(c.header, types);
    if (!parsed.valid && !isIgnoredMessage(c.message)) {
        v("header", `header "${c.header}": ${parsed.problems.map((p) => `${p.message} (${p.rule})`).join("; ")}`, `reword it as "type(scope): subject" with a type from [${types.join(", ")}], a lower-case subject and no final full stop (git rebase -i, "reword")`);
    }
    const specHash = trailerValue(c.trailers, "Spec-Hash");
    if (after.files.length) {
        if (specHash === undefined) {
            v("spec-hash-missing", `no Spec-Hash trailer; the spec at this commit is ${after.hash.short}`, `add the trailer "Spec-Hash: ${after.hash.short}" (specpipe hooks install adds it to every commit)`, { file: after.files[0].path });
        }
        else if (!hashMatches(specHash, after.hash)) {
            v("spec-hash-mismatch", `Spec-Hash ${specHash} does not name the spec at this commit, which is ${after.hash.short}${hashMatches(specHash, before.hash) && changed ? " (it names the spec before this commit changed it)" : ""}`, `reword the trailer to "Spec-Hash: ${after.hash.short}"`, { file: after.files[0].path });
        }
    }
    if (ctx.hasPlaybook && !trailerValue(c.trailers, "Playbook-Step")) {
        v("playbook-step-missing", `no Playbook-Step trailer, and ${ctx.playbookPath} exists`, `add the trailer "Playbook-Step: <id of the active step>" (specpipe hooks install adds it)`, { file: ctx.playbookPath });
    }
    if (parsed.type && requireBody.includes(parsed.type) && messageBody(c.message) === "") {
        v("body-required", `a "${parsed.type}" commit needs a body: the reasoning behind the change`, `reword the commit and explain why, in a paragraph after the header`);
    }
    if (changed && parsed.type !== "spec" && !trailerValue(c.trailers, "Spec-Amendment")) {
        const file = (after.files[0] ?? before.files[0])?.path;
        v("amendment-marker", `changes the spec (${describe(before) ?? "none"} → ${describe(after) ?? "none"}) but is neither type "spec" nor has a Spec-Amendment trailer`, `make it a "spec: …" commit or add "Spec-Amendment: <reason>"`, { file });
    }
    return out;
}
function describe(h) {
    return h.files.length ? h.hash.short : null;
}
/** An ADR records an amendment when it names both short hashes (a missing spec needs none) and gives a reason. */
function check_adrRecordsAmendment(content, beforeShort, afterShort) {
    const lower = content.toLowerCase();
    const names = (h) => h === null || lower.includes(h);
    return names(beforeShort) && names(afterShort) && hasReason(content);
}
/** The spec hash an ADR says its amendment leads to (`Spec-Hash-After:`), when it records one. */
function adrAmendedHash(content) {
    return /^Spec-Hash-After:\s*([0-9a-f]{12,64})\s*$/im.exec(content)?.[1]?.toLowerCase();
}
/**
 * An ADR that records an amendment to a spec the commit does not hold: `specpipe amend` staged
 * only the ADR, or the ADR came without its spec change. The hooks and the range check both ask.
 */
function check_amendmentWithoutChangeProblem(adr, content, spec) {
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
            specPaths: options.specSource?.paths ?? (options.specPaths?.length ? options.specPaths : DEFAULT_SPEC_PATHS),
            types: options.types?.length ? options.types : DEFAULT_TYPES,
            requireBody: options.requireBody ?? DEFAULT_REQUIRE_BODY,
            botAuthors: options.botAuthors ?? DEFAULT_BOTS,
            adrDir: (options.adrDir ?? DEFAULT_ADR_DIR).replace(/\/+$/, ""),
            playbookPath: options.playbookPath ?? "playbook.yml",
            adrScope: options.adrScope ?? "commit",
            checkAdrs: options.checkAdrs ?? true,
        };
        this.cat = new CatFile(git);
        this.reader = new SpecReader(this.cat, new SpecPaths(this.opts.specPaths));
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
        return p.startsWith(this.opts.adrDir + "/") && adrNumber(p.slice(this.opts.adrDir.length + 1)) !== undefined;
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
        const ctx = { ...this.opts, before: EMPTY_STATE, after: EMPTY_STATE, changed: false, hasPlaybook: false };
        try {
            const commits = streamCommitBatches(this.git, { ...range, stat: "names", paths: this.watchedPaths() });
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
                            amendment: trailerValue(c.trailers, "Spec-Amendment") ?? null,
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
                    for (const p of check_messageViolations(c, ctx)) {
                        violations.push({ commit: c.sha, subject: subjectOf(c), ...p });
                    }
                    if (changed) {
                        amendments.push({ commit: c, before, after });
                    }
                    for (const f of c.files) {
                        if (f.status !== "A" || !this.isAdrPath(f.path))
                            continue;
                        const obj = await this.cat.read(`${c.sha}:${f.path}`);
                        const p = obj?.type === "blob" ? check_amendmentWithoutChangeProblem(f.path, obj.content.toString("utf8"), after) : undefined;
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
                const good = adrs.find((d) => check_adrRecordsAmendment(d.content, beforeShort, afterShort));
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
                for (const p of checkAdrs(files, this.opts.adrDir))
                    violations.push({ code: p.code, message: p.message, hint: p.hint, severity: "error", file: p.file, line: p.line });
            }
            const final = last ?? (await this.reader.at(toSha));
            const specMissing = [
                ...this.reader.paths.literals.filter((p) => !final.files.some((f) => f.path === p)),
                ...this.reader.paths.globs.filter((g) => !final.files.some((f) => g.match(f.path))).map((g) => g.pattern),
            ];
            if (this.specSource && specMissing.length)
                throw missingSpecError(this.specSource, specMissing, `at ${toSha.slice(0, 12)}`);
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
async function check_checkRange(git, range, options = {}) {
    return new RangeChecker(git, options).check(range);
}

;// CONCATENATED MODULE: ./packages/core/src/git/ref.ts

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** True for a full object id (SHA-1 or SHA-256). */
function ref_isObjectId(value) {
    return OBJECT_ID.test(value);
}
function refused(value, options, why) {
    const shown = JSON.stringify(value.length > 80 ? value.slice(0, 77) + "..." : value);
    return new UserError(`${options.what} ${shown} is not a revision: ${why}`, {
        hint: options.hint ?? `give ${options.what} as a commit id, a branch or a tag (e.g. main, v1.2.0, HEAD~3)`,
        code: "git.bad-revision",
    });
}
/**
 * A revision as a person writes it: a commit id, a branch, a tag, `HEAD~3`, `origin/main`,
 * `@{upstream}`. Refused: an empty value, a leading `-` (an option to git), whitespace and control
 * characters, `..` (a range where one commit is expected) and `:` (a path inside a tree).
 */
function ref_checkRev(value, options) {
    if (value === "")
        throw refused(value, options, "it is empty");
    if (value.startsWith("-"))
        throw refused(value, options, "it starts with '-', so git would read it as an option");
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
    if (/[\u0000-\u0020\u007f]/.test(value))
        throw refused(value, options, "it holds white space or a control character");
    if (value.includes(".."))
        throw refused(value, options, "it is a range; give one commit");
    if (value.includes(":"))
        throw refused(value, options, "it holds ':' (a path in a tree, not a commit)");
    if (value.length > 255)
        throw refused(value, options, "it is longer than 255 characters");
    return value;
}
/** A full commit id from an event payload (GitHub sends 40 or 64 hex digits there, nothing else). */
function checkObjectId(value, options) {
    if (typeof value !== "string" || !OBJECT_ID.test(value)) {
        throw refused(typeof value === "string" ? value : String(value), options, "it is not a full commit id (40 or 64 hex digits)");
    }
    return value.toLowerCase();
}
/** A branch name from an event payload (`pull_request.base.ref`, `repository.default_branch`), or undefined when unusable. */
function safeBranchName(value) {
    if (typeof value !== "string" || value === "" || value.startsWith("-") || value.length > 255)
        return undefined;
    // git check-ref-format's rules, enough for a name we put into refs/remotes/<remote>/<name>.
    // eslint-disable-next-line no-control-regex -- control characters are refused
    if (/[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|\.$/.test(value))
        return undefined;
    return value;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/locales/en.js
var en = __webpack_require__(252);
// EXTERNAL MODULE: ./packages/core/src/text/document.ts
var text_document = __webpack_require__(2600);
// EXTERNAL MODULE: ./packages/core/src/fs/guard.ts
var guard = __webpack_require__(3680);
// EXTERNAL MODULE: ./packages/core/src/playbook/yaml.ts
var playbook_yaml = __webpack_require__(3230);
;// CONCATENATED MODULE: ./packages/core/src/playbook/load.ts






class PlaybookError extends errors/* UserError */.y {
    issues;
    constructor(file, issues) {
        const first = issues[0];
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
        super(`${first.message}${more}`, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
        this.issues = issues;
    }
}
const DEFAULT_PLAYBOOK = defaults/* PLAYBOOK_DEFAULTS */.DZ.playbook;
function fail(issues, file) {
    throw new PlaybookError(file, issues);
}
/** The YAML node at `path` (or the deepest existing ancestor), and for a map entry its key node. */
let isSeq = () => false;
let isMap = () => false;
/** Set by parsePlaybook, which imports the schema lazily (like yaml above). */
let PlaybookSchema;
function locate(doc, pathSegs, key) {
    let node = doc.contents;
    let found = node ?? {};
    const segs = key === undefined ? pathSegs : [...pathSegs, key];
    for (let i = 0; i < segs.length; i++) {
        const seg = segs[i];
        if (!node)
            break;
        if (isSeq(node) && typeof seg === "number") {
            node = node.items?.[seg];
            if (node?.range)
                found = node;
            continue;
        }
        if (isMap(node)) {
            const pair = node.items?.find((p) => p?.key && String(p.key.value) === String(seg));
            if (!pair)
                break;
            // The last segment named by `key` (an unknown key) points at the key itself.
            if (key !== undefined && i === segs.length - 1)
                return pair.key ?? found;
            node = pair.value;
            if (node?.range)
                found = node;
            else if (pair.key?.range)
                found = pair.key;
            continue;
        }
        break;
    }
    return found;
}
function pos(doc, lc, pathSegs, key) {
    const n = locate(doc, pathSegs, key);
    if (!n.range)
        return {};
    const p = lc.linePos(n.range[0]);
    return { line: p.line, column: p.col };
}
function where(pathSegs) {
    let s = "";
    for (const seg of pathSegs)
        s += typeof seg === "number" ? `[${seg}]` : s === "" ? seg : `.${seg}`;
    return s === "" ? "the playbook" : s;
}
/** Walks the zod schema along a data path to list the keys allowed there (for "unknown key" hints). */
function allowedKeys(data, pathSegs) {
    let s = PlaybookSchema;
    let d = data;
    const unwrap = () => {
        for (;;) {
            const def = s?._zod?.def;
            if (def && (def.type === "default" || def.type === "optional" || def.type === "nullable" || def.type === "prefault"))
                s = def.innerType;
            else if (def && def.type === "union") {
                const t = d?.type;
                s = def.options?.find((o) => o._zod?.def?.shape?.type?._zod?.def?.values?.includes(t)) ?? def.options?.[0];
            }
            else
                return;
        }
    };
    unwrap();
    for (const seg of pathSegs) {
        const def = s?._zod?.def;
        if (!def)
            return [];
        if (def.type === "object")
            s = def.shape?.[seg];
        else if (def.type === "array")
            s = def.element;
        else
            return [];
        d = d?.[seg];
        unwrap();
    }
    const def = s?._zod?.def;
    return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
/** Parse and validate playbook text. `file` is the repository-relative path used in messages. */
async function load_parsePlaybook(text, file = DEFAULT_PLAYBOOK) {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    // The schema too is loaded only here: building it (and evaluating the full zod it needs) costs
    // start-up time on every path, including "the playbook does not exist" (ADR 0023).
    const schema = await Promise.all(/* import() */[__webpack_require__.e(723), __webpack_require__.e(298)]).then(__webpack_require__.bind(__webpack_require__, 6298));
    PlaybookSchema = schema.PlaybookSchema;
    const { CONDITION_TYPES } = schema;
    isSeq = yaml.isSeq;
    isMap = yaml.isMap;
    const { doc, lc, data } = await (0,playbook_yaml.parseYaml)(text, file, (issues) => fail(issues, file));
    if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
        fail([
            {
                message: "playbook.yml must be a mapping with version, name and phases",
                hint: "start from a template: specpipe init --template refinement",
                line: 1,
                column: 1,
                code: "playbook.not-a-mapping",
            },
        ], file);
    }
    const result = schema.PlaybookSchema.safeParse(data);
    if (!result.success) {
        const issues = [];
        for (const issue of result.error.issues) {
            const p = issue.path;
            const at = where(p);
            if (issue.code === "unrecognized_keys") {
                for (const key of issue.keys) {
                    const allowed = allowedKeys(data, p);
                    issues.push({
                        message: `${at}: unknown key "${key}"`,
                        hint: allowed.length ? `remove "${key}" or correct its spelling; allowed here: ${allowed.join(", ")}` : `remove "${key}"`,
                        ...pos(doc, lc, p, key),
                        code: "playbook.unknown-key",
                    });
                }
                continue;
            }
            if (issue.code === "invalid_union" && issue.discriminator === "type") {
                const parent = p.slice(0, -1);
                const value = parent.reduce((o, k) => o?.[k], data)?.type;
                issues.push({
                    message: value === undefined ? `${where(parent)}: the condition has no type` : `${at}: unknown condition type ${JSON.stringify(value)}`,
                    hint: `set type to one of: ${CONDITION_TYPES.join(", ")}`,
                    ...(value === undefined ? pos(doc, lc, parent) : pos(doc, lc, p)),
                    code: "playbook.unknown-condition",
                });
                continue;
            }
            const value = p.reduce((o, k) => o?.[k], data);
            let hint = "correct the value (schemas/playbook.schema.json describes every key)";
            let message = `${at}: ${issue.message}`;
            if (issue.code === "too_big" || issue.code === "too_small") {
                const bound = issue.code === "too_big" ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
                if (issue.origin === "array") {
                    message = `${at}: must have ${bound} item${issue.code === "too_small" && issue.minimum === 1 ? "" : "s"}`;
                    hint = issue.code === "too_small" ? "add the missing entries" : "remove entries";
                }
                else if (issue.origin === "string") {
                    message = `${at}: must not be empty`;
                    hint = "write a value";
                }
                else {
                    message = `${at}: ${JSON.stringify(value)} is out of range; it must be ${bound}`;
                    hint = `use a number ${bound}${/lines|branches|score/.test(String(p[p.length - 1])) ? " (a percentage, 0 to 100)" : ""}`;
                }
            }
            else if (issue.code === "invalid_type") {
                if (value === undefined) {
                    message = `${where(p.slice(0, -1))}: "${String(p[p.length - 1])}" is missing`;
                    hint = `add ${String(p[p.length - 1])}: (${issue.expected})`;
                    issues.push({ message, hint, ...pos(doc, lc, p.slice(0, -1)), code: "playbook.missing-key" });
                    continue;
                }
                message = `${at}: expected ${issue.expected}, found ${Array.isArray(value) ? "a list" : value === null ? "nothing" : typeof value}`;
                hint = `write ${issue.expected === "array" ? "a list" : `a ${issue.expected}`} here`;
            }
            else if (issue.code === "invalid_format") {
                message = `${at}: ${JSON.stringify(value)} ${issue.message.replace(/^Invalid string: /, "")}`;
                hint = "rename it, e.g. A1, B3 or spec-draft";
            }
            else if (issue.code === "invalid_value") {
                message = `${at}: must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, found ${JSON.stringify(value)}`;
                hint = `write ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
            }
            else if (issue.code === "custom") {
                message = `${at}: ${issue.message}`;
                hint = issue.message.replace(/^give /, "add ");
            }
            issues.push({ message, hint, ...pos(doc, lc, p), code: `playbook.${issue.code.replace(/_/g, "-")}` });
        }
        fail(issues, file);
    }
    const playbook = result.data;
    const issues = [];
    // Rules across the document: unique ids, condition ids, loops.
    const steps = [];
    const byId = new Map();
    const phaseIds = new Map();
    playbook.phases.forEach((phase, pi) => {
        if (phaseIds.has(phase.id)) {
            issues.push({
                message: `phases[${pi}].id: phase id "${phase.id}" is used twice (first by phases[${phaseIds.get(phase.id)}])`,
                hint: "give every phase its own id",
                ...pos(doc, lc, ["phases", pi, "id"]),
                code: "playbook.duplicate-phase",
            });
        }
        else
            phaseIds.set(phase.id, pi);
        phase.steps.forEach((step, si) => {
            const flat = {
                id: step.id,
                name: step.name,
                description: step.description,
                exit: step.exit,
                phase: { id: phase.id, name: phase.name },
                number: si + 1,
                order: steps.length,
            };
            if (step.details !== undefined)
                flat.details = step.details;
            if (step.abort)
                flat.abort = { to: step.abort.to };
            const prior = byId.get(step.id);
            if (prior) {
                issues.push({
                    message: `phases[${pi}].steps[${si}].id: step id "${step.id}" is used twice (first in phase ${prior.phase.id}, step ${prior.number})`,
                    hint: "give every step its own id: the beacon, trailers and tags name steps by id",
                    ...pos(doc, lc, ["phases", pi, "steps", si, "id"]),
                    code: "playbook.duplicate-step",
                });
            }
            else
                byId.set(step.id, flat);
            checkConditionIds(step.exit, ["phases", pi, "steps", si, "exit"], doc, lc, issues);
            steps.push(flat);
        });
    });
    playbook.phases.forEach((phase, pi) => phase.steps.forEach((step, si) => {
        if (!step.abort)
            return;
        const target = byId.get(step.abort.to);
        const self = byId.get(step.id);
        if (!target)
            issues.push({
                message: `phases[${pi}].steps[${si}].abort.to: no step has the id "${step.abort.to}"`,
                hint: `use one of: ${[...byId.keys()].join(", ")}`,
                ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
                code: "playbook.abort-unknown-step",
            });
        else if (target.order > self.order)
            issues.push({
                message: `phases[${pi}].steps[${si}].abort.to: an abort goes back, but ${step.abort.to} comes after ${step.id}`,
                hint: "abort to an earlier step (or the same one)",
                ...pos(doc, lc, ["phases", pi, "steps", si, "abort", "to"]),
                code: "playbook.abort-forward",
            });
    }));
    const loopFrom = new Set();
    playbook.loops.forEach((loop, li) => {
        const base = ["loops", li];
        const from = byId.get(loop.from);
        const to = byId.get(loop.to);
        for (const end of ["from", "to"])
            if (!byId.has(loop[end]))
                issues.push({
                    message: `loops[${li}].${end}: no step has the id "${loop[end]}"`,
                    hint: `use one of: ${[...byId.keys()].join(", ")}`,
                    ...pos(doc, lc, [...base, end]),
                    code: "playbook.loop-unknown-step",
                });
        if (from && to && to.order > from.order) {
            issues.push({
                message: `loops[${li}]: the loop goes forward from ${loop.from} to ${loop.to}`,
                hint: `a loop returns to an earlier step (or the same one): swap from and to`,
                ...pos(doc, lc, [...base, "to"]),
                code: "playbook.loop-forward",
            });
        }
        if (loopFrom.has(loop.from)) {
            issues.push({
                message: `loops[${li}].from: a loop from ${loop.from} is declared twice`,
                hint: "declare one loop per step",
                ...pos(doc, lc, [...base, "from"]),
                code: "playbook.loop-twice",
            });
        }
        loopFrom.add(loop.from);
        if (from && !from.loop)
            from.loop = loop;
        checkConditionIds(loop.until, [...base, "until"], doc, lc, issues);
    });
    if (issues.length)
        fail(issues, file);
    const hash = "sha256:" + (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(playbook)).digest("hex");
    const specDeclared = Object.prototype.hasOwnProperty.call(data, "spec");
    return { file, playbook, steps, byId, hash, specDeclared };
}
function checkConditionIds(list, base, doc, lc, issues) {
    const seen = new Map();
    list.forEach((c, ci) => {
        const id = load_conditionKey(c);
        if (seen.has(id)) {
            issues.push({
                message: `${where([...base, ci])}: two conditions are both named "${id}" (the first is ${where([...base, seen.get(id)])})`,
                hint: `give one of them an id, e.g. id: ${c.type}-2`,
                ...pos(doc, lc, [...base, ci]),
                code: "playbook.duplicate-condition",
            });
        }
        else
            seen.set(id, ci);
    });
}
/** A condition's name in results and in the beacon's history. */
function load_conditionKey(c) {
    return c.id ?? c.type;
}
/** Read and validate `<root>/<file>`. A missing file is a UserError naming `specpipe init`. */
async function load_loadPlaybook(root, file = DEFAULT_PLAYBOOK) {
    const { insideWorkspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3680));
    const at = await insideWorkspace(root, file, { what: "the playbook", noSymlink: true });
    const bytes = await (0,guard.readRegularFile)(at.abs, at.rel, playbook_yaml.MAX_YAML_BYTES);
    if (bytes === undefined) {
        throw new errors/* UserError */.y(`${file} does not exist`, {
            file,
            hint: "create one with `specpipe init` (or set the playbook input to its path)",
            code: "playbook.missing",
        });
    }
    return load_parsePlaybook((0,text_document/* decodeUtf8 */._6)(bytes, at.rel), at.rel);
}
/** "B Refinement loop, step 3" */
function load_stepLabel(step) {
    return `${step.phase.id} ${step.phase.name}, step ${step.number}`;
}

;// CONCATENATED MODULE: ./packages/core/src/playbook/beacon.ts

// zod/mini, not "zod": every playbook-gate run loads this module at start-up, and the full zod
// costs several times more to evaluate (start-up budget, ADR 0023). Same checks, same messages:
// the English locale is set in parseBeacon because zod/mini does not set one.





/**
 * The beacon: progress.json (for machines) and progress.md (for people).
 *
 * progress.json holds the playbook hash, the active step, its status, the spec hash, the loop
 * iteration and the history of advances with the evidence values. A `digest` over everything
 * else catches a hand edit even where git history is not available (shallow CI checkouts); the
 * commit rule in check mode (only `Playbook-Gate: advance` commits may touch the beacon) catches
 * the rest. The gate writes the file; nobody else does.
 */
const BEACON_VERSION = 1;
const AdvanceSchema = schemas/* strictObject */.rej({
    from: schemas/* string */.YjP(),
    /** null when the playbook was completed (the step stays the last one, status "done"). */
    to: schemas/* nullable */.mee(schemas/* string */.YjP()),
    at: schemas/* string */.YjP(),
    commit: schemas/* string */.YjP(),
    /** The iteration after this advance. */
    iteration: schemas/* int */.Whr().check(api/* _gte */.qm(1)),
    /** Hash of the playbook the advance was made under (the history is checked against it). */
    playbook: schemas/* string */.YjP(),
    /** Evidence values, e.g. { "coverage.lines": 84.2, "tests.passed": 120 }. */
    values: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    /** The CI run that made the advance (absent in beacons written before ADR 0035). */
    run: schemas/* optional */.lqM(schemas/* strictObject */.rej({
        id: schemas/* string */.YjP().check(api/* _regex */.Fk(/^\d{1,20}$/)),
        attempt: schemas/* int */.Whr().check(api/* _gte */.qm(1)),
        workflow: schemas/* optional */.lqM(schemas/* string */.YjP()),
    })),
    /** The report files the exit conditions read, with their SHA-256 (committed or attached to the run). */
    evidence: schemas/* optional */.lqM(schemas/* array */.YOg(schemas/* strictObject */.rej({ condition: schemas/* string */.YjP(), file: schemas/* string */.YjP(), sha256: schemas/* string */.YjP() }))),
    /** Why the step was aborted (an abort: back to an earlier step with a recorded reason). */
    reason: schemas/* optional */.lqM(schemas/* string */.YjP()),
});
const BeaconSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(BEACON_VERSION),
    playbook: schemas/* string */.YjP(),
    step: schemas/* string */.YjP(),
    status: schemas/* enum */.k5n(["active", "done"]),
    specHash: schemas/* nullable */.mee(schemas/* string */.YjP()),
    iteration: schemas/* int */.Whr().check(api/* _gte */.qm(1)),
    history: schemas/* array */.YOg(AdvanceSchema),
    digest: schemas/* string */.YjP(),
});
/** The digest of a beacon's content: SHA-256 of its canonical JSON without the digest field. */
function beacon_beaconDigest(body) {
    const canonical = JSON.stringify({
        version: body.version,
        playbook: body.playbook,
        step: body.step,
        status: body.status,
        specHash: body.specHash,
        iteration: body.iteration,
        history: body.history.map(orderedEntry),
    });
    return "sha256:" + createHash("sha256").update(canonical).digest("hex");
}
/** A history entry with its keys in the one order we write (optional keys only when present, so older digests hold). */
function orderedEntry(h) {
    const out = {
        from: h.from,
        to: h.to,
        at: h.at,
        commit: h.commit,
        iteration: h.iteration,
        playbook: h.playbook,
        values: sortKeys(h.values),
    };
    if (h.run)
        out.run = { id: h.run.id, attempt: h.run.attempt, ...(h.run.workflow !== undefined ? { workflow: h.run.workflow } : {}) };
    if (h.evidence)
        out.evidence = h.evidence.map((e) => ({ condition: e.condition, file: e.file, sha256: e.sha256 }));
    if (h.reason !== undefined)
        out.reason = h.reason;
    return out;
}
function sortKeys(values) {
    const out = {};
    for (const k of Object.keys(values).sort())
        out[k] = values[k];
    return out;
}
function sealBeacon(body) {
    return { ...body, digest: beacon_beaconDigest(body) };
}
/** progress.json's exact text: two-space JSON, LF (or the existing file's EOL), final newline. */
function serializeBeacon(beacon, eol = "\n") {
    const ordered = {
        version: beacon.version,
        playbook: beacon.playbook,
        step: beacon.step,
        status: beacon.status,
        specHash: beacon.specHash,
        iteration: beacon.iteration,
        history: beacon.history.map(orderedEntry),
        digest: beacon.digest,
    };
    const text = JSON.stringify(ordered, null, 2) + "\n";
    return eol === "\n" ? text : text.replace(/\n/g, "\r\n");
}
/** Parse progress.json. Corrupt JSON or a wrong shape: a UserError at the place, never a rewrite. */
function beacon_parseBeacon(text, file) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (cause) {
        const m = /position (\d+)/.exec(String(cause.message));
        const at = m ? (0,text_document/* lineColumnAt */.IX)(body, Number(m[1])) : undefined;
        throw new errors/* UserError */.y(`${file} is not valid JSON (${String(cause.message).split("\n")[0]})`, {
            file,
            line: at?.line,
            column: at?.column,
            hint: `restore it from git (git checkout <last good commit> -- ${file}); only the playbook gate writes it`,
            code: "beacon.corrupt",
            cause,
        });
    }
    if (!core/* config */.$W().localeError)
        core/* config */.$W((0,en/* default */.A)()); // what the full zod does on its first schema
    const r = BeaconSchema.safeParse(data);
    if (!r.success) {
        const issue = r.error.issues[0];
        const at = issue.path.map(String).join(".") || "(top level)";
        throw new errors/* UserError */.y(`${file} is not a playbook beacon: ${at}: ${issue.message}`, {
            file,
            hint: `restore it from git (git checkout <last good commit> -- ${file}); only the playbook gate writes it`,
            code: "beacon.invalid",
        });
    }
    return r.data;
}
/** The beacon a new playbook starts with: its first step, active, iteration 1, no history. */
function initialBeacon(pb, specHash) {
    return sealBeacon({
        version: BEACON_VERSION,
        playbook: pb.hash,
        step: pb.steps[0].id,
        status: "active",
        specHash,
        iteration: 1,
        history: [],
    });
}
/**
 * Where advancing from `step` leads. At the end of a loop, `loopEnds` says whether the loop's
 * `until` conditions hold (or its `max` was reached); otherwise the loop returns to its start.
 */
function nextTransition(pb, step, iteration, loopEnds) {
    const loop = step.loop;
    if (loop && !loopEnds && !(loop.max !== undefined && iteration >= loop.max)) {
        return { from: step.id, to: loop.to, iteration: iteration + 1, looped: true };
    }
    const next = pb.steps[step.order + 1];
    return { from: step.id, to: next ? next.id : null, iteration: loop ? 1 : iteration, looped: false };
}
/**
 * Aborting a step (its `abort: { to }`, e.g. B4 back to B1: "refinement failed, the plan has to
 * change"): back to the earlier step, as a new iteration, whatever the exit conditions say.
 */
function abortTransition(step, iteration) {
    if (!step.abort)
        return undefined;
    return { from: step.id, to: step.abort.to, iteration: iteration + 1, looped: true, aborted: true };
}
/** All transitions that may follow `step` (for validating a history). */
function beacon_legalTransitions(pb, step, iteration) {
    const out = [nextTransition(pb, step, iteration, true)];
    if (step.loop)
        out.push(nextTransition(pb, step, iteration, false));
    const abort = abortTransition(step, iteration);
    if (abort)
        out.push(abort);
    return out;
}
/**
 * Is this beacon a state the gate could have written for this playbook? Checks: the digest, the
 * step exists, the status, and (when the playbook is the one the beacon was written for) that the
 * history is a chain of legal one-step transitions from the first step to the active one, so a
 * skipped step or an edited iteration is caught.
 */
function beacon_validateBeacon(pb, beacon, file) {
    const v = [];
    const fix = `restore ${file} from git; only the playbook gate changes it (by advancing)`;
    if (beacon_beaconDigest(beacon) !== beacon.digest) {
        v.push({
            code: "beacon.hand-edited",
            message: `${file} was edited by hand: its digest does not match its content`,
            hint: fix,
            file,
            severity: "error",
        });
    }
    const step = pb.byId.get(beacon.step);
    if (!step) {
        v.push({
            code: "beacon.unknown-step",
            message: `${file} names step "${beacon.step}", which ${pb.file} does not have`,
            hint: `add step ${beacon.step} back to ${pb.file}, or restore ${file} from git`,
            file,
            severity: "error",
        });
        return v;
    }
    if (beacon.status === "done" && step.order !== pb.steps.length - 1) {
        v.push({
            code: "beacon.bad-status",
            message: `${file} says the playbook is done, but ${beacon.step} is not its last step`,
            hint: fix,
            file,
            severity: "error",
        });
    }
    if (beacon.playbook !== pb.hash) {
        v.push({
            code: "beacon.playbook-changed",
            message: `${pb.file} changed since the beacon was last written; its history is not re-checked against the new playbook`,
            hint: "nothing to do: the next advance records the new playbook",
            file,
            severity: "notice",
        });
        return v;
    }
    // The history is checked from where the current playbook took over: the first step, or the step
    // that was active when the playbook last changed (advances made under an older playbook are
    // history, not re-judged by today's steps).
    let start = beacon.history.length;
    while (start > 0 && beacon.history[start - 1].playbook === pb.hash)
        start--;
    let at = pb.steps[0];
    let iteration = 1;
    let done = false;
    if (start > 0 && start === beacon.history.length) {
        // Every advance records the playbook it wrote into the beacon: the last entry must name it.
        v.push({
            code: "beacon.bad-history",
            message: `${file}: the last history entry was not made under the playbook the beacon names`,
            hint: fix,
            file,
            severity: "error",
        });
        return v;
    }
    if (start > 0) {
        const takeover = pb.byId.get(beacon.history[start].from);
        if (!takeover) {
            v.push({
                code: "beacon.bad-history",
                message: `${file}: history entry ${start + 1} starts from step ${beacon.history[start].from}, which ${pb.file} does not have`,
                hint: fix,
                file,
                severity: "error",
            });
            return v;
        }
        at = takeover;
        iteration = beacon.history[start - 1].iteration;
    }
    for (let i = start; i < beacon.history.length; i++) {
        const h = beacon.history[i];
        const legal = done ? [] : beacon_legalTransitions(pb, at, iteration);
        const ok = h.from === at.id && legal.some((t) => t.to === h.to && t.iteration === h.iteration);
        if (!ok) {
            v.push({
                code: "beacon.bad-history",
                message: `${file}: history entry ${i + 1} (${h.from} → ${h.to ?? "done"}) does not follow from ${done ? "the completed playbook" : `${at.id} (iteration ${iteration})`}: a step was skipped or the history was edited`,
                hint: fix,
                file,
                severity: "error",
            });
            return v;
        }
        iteration = h.iteration;
        if (h.to === null)
            done = true;
        else
            at = pb.byId.get(h.to);
    }
    if (at.id !== beacon.step || iteration !== beacon.iteration || (beacon.status === "done") !== done) {
        v.push({
            code: "beacon.bad-history",
            message: `${file}: the active step ${beacon.step} (iteration ${beacon.iteration}, ${beacon.status}) is not where its history leads (${at.id}, iteration ${iteration}${done ? ", done" : ""})`,
            hint: fix,
            file,
            severity: "error",
        });
    }
    return v;
}
/** The latest recorded value of an evidence key (for `no-drop`), or undefined. */
function lastValue(beacon, key) {
    for (let i = beacon.history.length - 1; i >= 0; i--) {
        const v = beacon.history[i].values[key];
        if (v !== undefined)
            return v;
    }
    return undefined;
}
function stepTitle(step) {
    return `${stepLabel(step)}: ${step.name} (${step.id})`;
}

;// CONCATENATED MODULE: ./packages/core/src/playbook/provenance.ts

/**
 * Only CI advances (seed 003: "progress is only advanced by CI when exit conditions are
 * satisfied"). The gate's commit names the workflow run that made it, in one trailer:
 *
 *   Playbook-Gate: advance run=1234567/1 workflow=.github/workflows/pipeline.yml evidence=<sha>
 *
 * run = GITHUB_RUN_ID/GITHUB_RUN_ATTEMPT, workflow = the workflow file (from GITHUB_WORKFLOW_REF),
 * evidence = the commit whose reports the exit conditions were evaluated on (GITHUB_SHA, or HEAD).
 * The same values are in the beacon's history entry, sealed by its digest. What this proves and
 * what it does not is in ADR 0035 (the threat model); `verifyRun` checks a run against the GitHub
 * API, which a local attacker cannot fake without a run of this repository's workflow.
 */
const GATE_KINDS = (/* unused pure expression or super */ null && (["advance", "abort"]));
/**
 * The run from the runner's environment, or a UserError saying that this is not CI. GITHUB_ACTIONS
 * and GITHUB_RUN_ID are what every GitHub-hosted and self-hosted runner sets; anyone can set them
 * in a terminal too, which is why check verifies the run (ADR 0035).
 */
function ciRunFromEnv(env) {
    if (env.GITHUB_ACTIONS !== "true" || !/^\d{1,20}$/.test(env.GITHUB_RUN_ID ?? "")) {
        throw new UserError("the beacon advances only in CI: this is not a GitHub Actions run (GITHUB_ACTIONS and GITHUB_RUN_ID are not set)", {
            hint: "preview with `specpipe playbook advance` (it shows what the gate would write); the playbook-gate action advances on the default branch",
            code: "playbook.not-ci",
        });
    }
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? "1");
    const run = { id: env.GITHUB_RUN_ID, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1 };
    // GITHUB_WORKFLOW_REF: "owner/repo/.github/workflows/pipeline.yml@refs/heads/main".
    const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@\s]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? "");
    if (m)
        run.workflow = m[1];
    if (env.GITHUB_REPOSITORY && /^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY))
        run.repository = env.GITHUB_REPOSITORY;
    return run;
}
function formatGateTrailer(kind, run, evidence) {
    return [kind, `run=${run.id}/${run.attempt}`, ...(run.workflow ? [`workflow=${run.workflow}`] : []), `evidence=${evidence}`].join(" ");
}
/** Parse a Playbook-Gate trailer value; undefined when it is not one of ours at all. */
function provenance_parseGateTrailer(value) {
    const [kind, ...fields] = value.trim().split(/\s+/);
    if (!GATE_KINDS.includes(kind.toLowerCase()))
        return undefined;
    const out = { kind: kind.toLowerCase() };
    for (const f of fields) {
        const at = f.indexOf("=");
        if (at <= 0)
            continue;
        const key = f.slice(0, at);
        const v = f.slice(at + 1);
        if (key === "run") {
            const m = /^(\d{1,20})(?:\/(\d{1,6}))?$/.exec(v);
            if (m)
                out.run = { id: m[1], attempt: Number(m[2] ?? "1") };
        }
        else if (key === "workflow" && /^\.github\/workflows\/\S+$/.test(v))
            out.workflow = v;
        else if (key === "evidence" && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(v))
            out.evidence = v;
    }
    return out;
}
/**
 * Ask GitHub whether the run a gate commit names is a run of this repository's workflow on the
 * commit it evaluated, on a push to the branch (not a pull request). Undefined: it is. A run that
 * GitHub does not know, or that ran something else, is a problem; an unreachable API is a
 * UserError (one line, the fix), never "verified".
 */
async function verifyRun(api, repo, trailer, options = {}) {
    if (!trailer.run || !trailer.evidence) {
        return {
            code: "commit.gate-unverified",
            message: "names no run and evidence commit",
            hint: "only the playbook-gate action, in CI, advances the beacon: revert this commit",
        };
    }
    const run = await api.getWorkflowRun({ ...repo, runId: Number(trailer.run.id) });
    if (!run) {
        return {
            code: "commit.gate-run-unknown",
            message: `names run ${trailer.run.id}, which ${repo.owner}/${repo.repo} has no record of`,
            hint: "a commit that names a run that never happened was not made by the gate: revert it (git revert), and let CI advance",
        };
    }
    const why = [];
    if (run.headSha !== trailer.evidence)
        why.push(`it ran on ${run.headSha.slice(0, 12)}, not on ${trailer.evidence.slice(0, 12)}`);
    if (trailer.workflow && run.path && run.path.replace(/@.*$/, "") !== trailer.workflow)
        why.push(`it ran ${run.path}, not ${trailer.workflow}`);
    if (run.event === "pull_request" || run.event === "pull_request_target")
        why.push(`it ran for a ${run.event} event`);
    if (options.branch && run.headBranch && run.headBranch !== options.branch)
        why.push(`it ran on ${run.headBranch}, not ${options.branch}`);
    if (run.status === "completed" && run.conclusion && !["success", "neutral", "skipped"].includes(run.conclusion))
        why.push(`it concluded ${run.conclusion}`);
    if (!why.length)
        return undefined;
    return {
        code: "commit.gate-run-mismatch",
        message: `names run ${trailer.run.id}, but ${why.join("; ")}`,
        hint: "the gate's commit names the run that evaluated the commit it advanced from; this one does not: revert it, and let CI advance",
    };
}

;// CONCATENATED MODULE: ./packages/core/src/playbook/commits.ts










/**
 * The playbook's rules about commits, for `playbook check` (pull requests and pushes) and the
 * pre-push hook, judged the way the action judges them:
 * - merge commits carry no work of their own and are exempt; their parents are in the range;
 * - a commit made while the playbook runs (its first parent has a beacon) names the step that was
 *   active at that parent, which must be a step of the playbook: `Playbook-Step: <step>`;
 * - only the gate changes the beacon (progress.json, progress.md's Step and Details), in CI: such a
 *   commit carries `Playbook-Gate: advance run=… evidence=…`, changes nothing else, moves the beacon
 *   exactly one legal step from its parent's, and its history entry names the same run and the
 *   evidence commit, an ancestor; in a pull request no commit may touch the beacon at all.
 * Whether the named run really happened is asked of GitHub separately (provenance.ts verifyRun).
 */
const TRAILER_STEP = "Playbook-Step";
const TRAILER_GATE = "Playbook-Gate";
const TRAILER_ABORT = "Playbook-Abort";
function trailerValues(c, key) {
    const k = key.toLowerCase();
    return c.trailers.filter((t) => t.key.toLowerCase() === k).map((t) => t.value.trim());
}
async function resolve(git, rev, what) {
    const sha = await git.revParse(checkRev(rev, { what: `the ${what} of the range` }));
    if (!sha) {
        throw new UserError(`the ${what} commit ${rev} is not in this clone`, {
            hint: "check out with full history (actions/checkout with fetch-depth: 0), or pass from/to commits that exist",
            code: "playbook.range-missing",
        });
    }
    return sha;
}
/** Commits reachable from `to` but not from `from` (nor `exclude`), oldest first, with their changed files' status. */
async function commits_readRange(git, range) {
    const a = range.from ? await resolve(git, range.from, "base") : undefined;
    const b = await resolve(git, range.to ?? "HEAD", "head");
    const list = await readCommits(git, { ...range, from: a, to: b, stat: "names" });
    return list.map((c) => ({
        sha: c.sha,
        parents: c.parents,
        subject: c.header,
        message: c.message,
        trailers: c.trailers,
        files: c.files.map((f) => ({ path: f.path, status: f.status })),
    }));
}
/** A file's bytes at a commit, or undefined when it does not exist there. */
async function fileAt(git, sha, file) {
    const r = await git.raw(["cat-file", "blob", "--end-of-options", `${sha}:${file}`]);
    return r.code === 0 ? r.stdout : undefined;
}
/** The Step and Details sections' text, normalised (for comparing two versions of progress.md). */
function commits_generatedSections(bytes) {
    const text = bytes.toString("utf8").replace(/\r\n/g, "\n");
    const step = /^## Step[ \t]*\n([\s\S]*?)^## Notes[ \t]*$/m.exec(text);
    return step ? step[1].trim() : text;
}
/** The beacon as committed at a commit (undefined: none there; "invalid": there but not a beacon). */
class BeaconHistory {
    cat;
    files;
    byBlob = new Map();
    byCommit = new Map();
    constructor(cat, files) {
        this.cat = cat;
        this.files = files;
    }
    async at(commit) {
        const known = this.byCommit.get(commit);
        if (known !== undefined)
            return known ?? undefined;
        const obj = await this.cat.read(`${commit}:${this.files.json}`);
        if (obj?.type !== "blob") {
            this.byCommit.set(commit, null);
            return undefined;
        }
        let beacon = this.byBlob.get(obj.oid);
        if (beacon === undefined) {
            try {
                beacon = parseBeacon(decodeUtf8(obj.content, this.files.json), this.files.json);
            }
            catch {
                beacon = "invalid";
            }
            this.byBlob.set(obj.oid, beacon);
        }
        const entry = { oid: obj.oid, beacon };
        this.byCommit.set(commit, entry);
        return entry;
    }
    /** Remember that a commit has its parent's beacon (it did not touch it). */
    inherit(commit, parent) {
        const p = this.byCommit.get(parent);
        if (p !== undefined)
            this.byCommit.set(commit, p);
    }
}
/** The step that was active at a beacon: its step (a completed playbook stays on its last step). */
function activeStepOf(beacon) {
    return beacon.step;
}
/** The ref under which the gate keeps the report files it cites that are not committed (ADR 0040). */
function evidenceRef(run) {
    return `refs/specpipe/evidence/${run.id}-${run.attempt}`;
}
/** The commit a `git revert` names in its message ("This reverts commit <sha>."). */
function commits_revertedCommit(message) {
    return /^This reverts commit ([0-9a-f]{40}|[0-9a-f]{64})\b/m.exec(message)?.[1];
}
/** The beacon paths a playbook at a revision ("" = the index) declares, joined by NUL (undefined: no playbook there, or not a valid one). */
async function commits_beaconPathsAt(cat, commit, file) {
    const obj = await cat.read(`${commit}:${file}`);
    if (obj?.type !== "blob")
        return undefined;
    try {
        const pb = await parsePlaybook(decodeUtf8(obj.content, file), file);
        return `${pb.playbook.beacon.json}\0${pb.playbook.beacon.markdown}`;
    }
    catch {
        return undefined;
    }
}
/** What a merge holds of the beacon (progress.json's blob, progress.md's generated sections) at a commit. */
async function beaconKey(cat, commit, files) {
    const [json, md] = await Promise.all([cat.read(`${commit}:${files.json}`), cat.read(`${commit}:${files.md}`)]);
    return `${json?.type === "blob" ? json.oid : "-"}\0${md?.type === "blob" ? commits_generatedSections(md.content) : "-"}`;
}
/**
 * A merge carries no work of its own only when it takes the beacon from one of its parents and
 * the spec from one of its parents: an "evil merge" that writes a beacon (or a spec) neither side
 * has would otherwise move the playbook, or amend the spec, without being judged.
 */
async function mergeProblems(c, cat, files, spec) {
    const short = c.sha.slice(0, 12);
    const out = [];
    const mine = await beaconKey(cat, c.sha, files);
    const theirs = await Promise.all(c.parents.map((p) => beaconKey(cat, p, files)));
    if (!theirs.includes(mine)) {
        out.push({
            code: "commit.merge-changes-beacon",
            message: `merge ${short} ("${c.subject}") has a ${files.json} or ${files.md} Step/Details that neither of its parents has: a merge takes the beacon from one side, only the gate changes it`,
            hint: `redo the merge keeping one side's beacon (during the merge: git checkout --ours -- ${files.json} ${files.md}), or revert the merge (git revert -m 1 ${short})`,
            severity: "error",
            commit: c.sha,
            file: files.json,
        });
    }
    const after = (await spec.at(c.sha)).hash.full;
    const before = await Promise.all(c.parents.map(async (p) => (await spec.at(p)).hash.full));
    if (!before.includes(after)) {
        out.push({
            code: "commit.merge-changes-spec",
            message: `merge ${short} ("${c.subject}") holds a spec that neither of its parents has: a spec change inside a merge is not an amendment`,
            hint: "redo the merge taking the spec from one side, and make the change as an amendment of its own (specpipe amend --reason '<why>', then commit it)",
            severity: "error",
            commit: c.sha,
        });
    }
    return out;
}
/** Every playbook rule about the commits of a range (see the module comment). */
async function commits_checkPlaybookCommits(list, options) {
    const { git, playbook: pb } = options;
    const files = { json: pb.playbook.beacon.json, md: pb.playbook.beacon.markdown };
    const cat = new CatFile(git);
    const beacons = new BeaconHistory(cat, files);
    const spec = new SpecReader(cat, new SpecPaths(pb.playbook.spec));
    const out = [];
    try {
        for (const c of list) {
            const short = c.sha.slice(0, 12);
            const parent = c.parents[0];
            const touchesJson = c.files.some((f) => f.path === files.json);
            const touchesMd = c.files.some((f) => f.path === files.md);
            if (parent && !touchesJson)
                beacons.inherit(c.sha, parent);
            if (c.files.some((f) => f.path === pb.file)) {
                // The beacon's place is part of what the gate guards: a commit that moves it (and writes a
                // beacon there) would start a new beacon with no history to judge it by.
                const mine = await commits_beaconPathsAt(cat, c.sha, pb.file);
                const theirs = await Promise.all(c.parents.map((p) => commits_beaconPathsAt(cat, p, pb.file)));
                if (mine !== undefined && theirs.some((t) => t !== undefined) && !theirs.includes(mine)) {
                    const [json, md] = (theirs.find((t) => t !== undefined) ?? "").split("\0");
                    out.push({
                        code: "commit.beacon-moved",
                        message: `commit ${short} ("${c.subject}") changes the beacon's paths in ${pb.file}; the beacon stays where the playbook started it (${json}, ${md})`,
                        hint: `keep beacon: { json: ${json}, markdown: ${md} } in ${pb.file} (git revert ${short}, or edit ${pb.file} back and commit)`,
                        severity: "error",
                        commit: c.sha,
                        file: pb.file,
                    });
                }
            }
            if (c.parents.length > 1) {
                // A merge carries no work of its own when it takes the beacon and the spec from its parents
                // (they are in the range and judged); one that makes its own change is refused.
                if (parent && (await beacons.at(parent)))
                    out.push(...(await mergeProblems(c, cat, files, spec)));
                continue;
            }
            const before = parent ? await beacons.at(parent) : undefined;
            // Commits from before the playbook started (no beacon in their parent) are not judged by it:
            // that includes the commit that creates the beacon (specpipe init).
            if (!before)
                continue;
            let mdGenerated = false;
            if (touchesMd) {
                const a = await cat.read(`${parent}:${files.md}`);
                const b = await cat.read(`${c.sha}:${files.md}`);
                mdGenerated = a?.type === "blob" && (b?.type !== "blob" || commits_generatedSections(a.content) !== commits_generatedSections(b.content));
            }
            const gateValue = trailerValues(c, TRAILER_GATE)[0];
            const gate = gateValue !== undefined ? parseGateTrailer(gateValue) : undefined;
            if (!gate && (touchesJson || mdGenerated) && (await isRevertOfBeaconChange(c, { cat, files, beacons, git, pb }))) {
                // `git revert` of a commit that changed the beacon (a forged advance) puts back the beacon
                // it replaced: accepted, as long as that only goes back along the history.
            }
            else if (touchesJson || mdGenerated || gate) {
                out.push(...(await gateCommitProblems(c, { before, pb, files, beacons, cat, git, gate, mdGenerated, options })));
                continue;
            }
            if (before.beacon === "invalid")
                continue; // the beacon itself is reported by check
            const active = activeStepOf(before.beacon);
            const steps = trailerValues(c, TRAILER_STEP);
            if (steps.length > 1) {
                out.push({
                    code: "commit.several-steps",
                    message: `commit ${short} ("${c.subject}") has ${steps.length} ${TRAILER_STEP} trailers (${steps.join(", ")}); a commit is made in one step`,
                    hint: `keep one trailer, "${TRAILER_STEP}: ${active}" (git rebase -i, reword)`,
                    severity: "error",
                    commit: c.sha,
                });
            }
            else if (steps.length === 0) {
                out.push({
                    code: "commit.missing-step",
                    message: `commit ${short} ("${c.subject}") has no ${TRAILER_STEP} trailer`,
                    hint: `add the trailer "${TRAILER_STEP}: ${active}" to its message (git rebase -i, reword; specpipe hooks install adds it)`,
                    severity: "error",
                    commit: c.sha,
                });
            }
            else if (!steps.includes(active)) {
                const unknown = steps.filter((s) => !pb.byId.has(s));
                out.push(unknown.length
                    ? {
                        code: "commit.unknown-step",
                        message: `commit ${short} ("${c.subject}") says ${TRAILER_STEP}: ${unknown.join(", ")}, which ${pb.file} has no step for (the active step was ${active})`,
                        hint: `change the trailer to "${TRAILER_STEP}: ${active}" (git rebase -i, reword)`,
                        severity: "error",
                        commit: c.sha,
                    }
                    : {
                        code: "commit.wrong-step",
                        message: `commit ${short} ("${c.subject}") says ${TRAILER_STEP}: ${steps.join(", ")}, but the active step at its parent was ${active}`,
                        hint: `work on the active step only: change the trailer to "${TRAILER_STEP}: ${active}" (git rebase -i, reword; with the hooks installed a rebase does it), or wait for the gate to reach that step`,
                        severity: "error",
                        commit: c.sha,
                    });
            }
        }
    }
    finally {
        cat.close();
    }
    return out;
}
/**
 * A `git revert` of a commit that changed the beacon: its beacon files are exactly the ones the
 * reverted commit replaced, and that beacon's history is a prefix of its parent's (it goes back,
 * never forward: reverting the revert of a forged advance is not a way to reinstate it).
 */
async function isRevertOfBeaconChange(c, g) {
    const reverted = commits_revertedCommit(c.message);
    if (!reverted || !c.parents[0])
        return false;
    const target = (await g.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${reverted}^`])).stdout.toString().trim();
    if (!target)
        return false;
    const ancestor = await g.git.raw(["merge-base", "--is-ancestor", "--end-of-options", reverted, c.parents[0]]);
    if (ancestor.code !== 0)
        return false;
    if ((await beaconKey(g.cat, c.sha, g.files)) !== (await beaconKey(g.cat, target, g.files)))
        return false;
    const now = (await g.beacons.at(c.sha))?.beacon;
    const was = (await g.beacons.at(c.parents[0]))?.beacon;
    return now !== undefined && now !== "invalid" && commits_restoresEarlierBeacon(g.pb, now, was, g.files.json);
}
/**
 * A beacon a revert puts back is one the gate could have written (digest and history valid) and
 * an earlier state of the beacon it replaces (its history a prefix of that one's): reverting goes
 * back, never forward, so reverting the revert of a forged advance does not reinstate it.
 */
function commits_restoresEarlierBeacon(pb, now, was, file) {
    if (beaconDigest(now) !== now.digest)
        return false;
    if (validateBeacon(pb, now, file).some((v) => v.severity === "error"))
        return false;
    if (!was || was === "invalid")
        return true;
    return now.history.length <= was.history.length && now.history.every((h, i) => JSON.stringify(h) === JSON.stringify(was.history[i]));
}
async function gateCommitProblems(c, g) {
    const short = c.sha.slice(0, 12);
    const { files, gate } = g;
    const v = (code, message, hint, file) => ({
        code,
        message: `commit ${short} ("${c.subject}") ${message}`,
        hint,
        severity: "error",
        commit: c.sha,
        ...(file ? { file } : {}),
    });
    // A revert is what check accepts as undoing a beacon change (isRevertOfBeaconChange).
    const restore = `revert it (git revert --no-edit ${short}); only the playbook gate changes the beacon, in CI`;
    if (g.options.pullRequest) {
        return [
            v("commit.beacon-in-pull-request", `changes the beacon (${[files.json, files.md].filter((f) => c.files.some((x) => x.path === f)).join(", ")}); a pull request may not: the gate advances it on the default branch, in CI`, `drop the change from the pull request (git checkout origin/HEAD -- ${files.json} ${files.md}, then commit)`, files.json),
        ];
    }
    if (!gate) {
        return [
            g.mdGenerated && !c.files.some((f) => f.path === files.json)
                ? v("commit.progress-md-edited", `changes the Step or Details section of ${files.md}; only the playbook gate may (Notes are yours)`, `revert that part of ${short} and put your text under "## Notes"`, files.md)
                : v("commit.beacon-edited", `changes ${files.json}; only the playbook gate may, in CI`, restore, files.json),
        ];
    }
    const out = [];
    const other = c.files.filter((f) => f.path !== files.json && f.path !== files.md).map((f) => f.path);
    if (other.length) {
        out.push(v("commit.gate-commit-not-beacon-only", `is marked ${TRAILER_GATE}: ${gate.kind} but also changes ${other.slice(0, 3).join(", ")}${other.length > 3 ? ` and ${other.length - 3} more` : ""}`, `only the gate makes ${TRAILER_GATE} commits, and they change the beacon alone: remove the trailer from ${short} (git rebase -i) and keep beacon changes out of it`));
    }
    if (!gate.run || !gate.evidence) {
        out.push(v("commit.gate-unverifiable", `is marked ${TRAILER_GATE}: ${gate.kind} but names no CI run and evidence commit (run=…, evidence=…): a local advance`, `${restore}; \`specpipe playbook advance\` only previews outside CI`, files.json));
        return out;
    }
    const afterEntry = await g.beacons.at(c.sha);
    const before = g.before.beacon;
    const after = afterEntry?.beacon;
    if (!after || after === "invalid" || before === "invalid") {
        out.push(v("commit.gate-bad-beacon", `leaves ${files.json} ${after ? "unreadable" : "deleted"}`, restore, files.json));
        return out;
    }
    if (beaconDigest(after) !== after.digest) {
        out.push(v("commit.gate-bad-beacon", `leaves ${files.json} with a digest that does not match its content`, restore, files.json));
        return out;
    }
    const entry = after.history[after.history.length - 1];
    const sameHistory = after.history.length === before.history.length + 1 &&
        before.history.every((h, i) => JSON.stringify(h) === JSON.stringify(after.history[i]));
    if (!sameHistory || !entry) {
        out.push(v("commit.gate-bad-transition", `does not add exactly one entry to the beacon's history (it had ${before.history.length}, now ${after.history.length}, or earlier entries changed)`, restore, files.json));
        return out;
    }
    const from = g.pb.byId.get(before.step);
    const legal = from && before.status === "active" ? legalTransitions(g.pb, from, before.iteration) : [];
    if (entry.from !== before.step ||
        !legal.some((t) => t.to === entry.to && t.iteration === entry.iteration) ||
        (entry.to ?? entry.from) !== after.step) {
        out.push(v("commit.gate-bad-transition", `moves the beacon ${entry.from} → ${entry.to ?? "done"}, which is not one step from ${before.step} (iteration ${before.iteration})`, restore, files.json));
    }
    if (!entry.run || entry.run.id !== gate.run.id || entry.run.attempt !== gate.run.attempt || entry.commit !== gate.evidence) {
        out.push(v("commit.gate-trailer-mismatch", `names run ${gate.run.id}/${gate.run.attempt} and evidence ${gate.evidence.slice(0, 12)}, but the beacon's entry records ${entry.run ? `run ${entry.run.id}/${entry.run.attempt}` : "no run"} and ${entry.commit ? entry.commit.slice(0, 12) : "no commit"}`, restore, files.json));
    }
    // One run, one advance: a run already cited by an earlier advance of this history is a replay.
    const cited = before.history.findIndex((h) => h.run?.id === gate.run.id);
    if (cited >= 0) {
        out.push(v("commit.gate-run-reused", `cites run ${gate.run.id}, which advance ${cited + 1} of the beacon's history (${before.history[cited].from} → ${before.history[cited].to ?? "done"}) already cited: a run advances once`, restore, files.json));
    }
    // The gate evaluates the commit it advances from and commits on top of it.
    if (gate.evidence !== c.parents[0]) {
        out.push(v("commit.gate-evidence-not-parent", `cites evidence commit ${gate.evidence.slice(0, 12)}, which is not its parent (${(c.parents[0] ?? "none").slice(0, 12)}): the gate commits on the commit it evaluated`, restore, files.json));
    }
    out.push(...(await evidenceProblems(c, g, entry, gate, v, restore)));
    if (!out.length)
        g.options.gateCommits?.push({ sha: c.sha, trailer: gate });
    return out;
}
/** Conditions whose verdict comes from files (the reports, the paths, the spec): each must cite its evidence. */
const EVIDENCE_TYPES = new Set(["tests", "coverage", "mutation", "files", "spec-hash"]);
/**
 * The evidence an advance cites: one file or more for each exit condition that reads files, each
 * committed at the evidence commit or attached by the gate under evidenceRef(run), with the
 * SHA-256 the entry records.
 */
async function evidenceProblems(c, g, entry, gate, v, restore) {
    const out = [];
    const evidence = entry.evidence ?? [];
    const step = g.pb.byId.get(entry.from);
    if (gate.kind === "advance" && step) {
        const missing = step.exit.filter((x) => EVIDENCE_TYPES.has(x.type) && !evidence.some((e) => e.condition === conditionKey(x)));
        if (missing.length) {
            out.push(v("commit.gate-evidence-missing", `advances ${entry.from} but cites no evidence for ${missing.map((x) => conditionKey(x)).join(", ")}`, restore, g.files.json));
        }
    }
    const ref = evidenceRef(gate.run);
    let fetched;
    for (const e of evidence) {
        let obj = await g.cat.read(`${gate.evidence}:${e.file}`);
        let where = `at ${gate.evidence.slice(0, 12)}`;
        if (obj?.type !== "blob") {
            where = `attached to run ${gate.run.id} (${ref})`;
            obj = await g.cat.read(`${ref}:${e.file}`);
            if (obj?.type !== "blob" && fetched === undefined) {
                // A clone has the branches, not the gate's evidence refs: ask the remote once.
                fetched = (await g.git.raw(["fetch", "--quiet", "--no-tags", "origin", `+${ref}:${ref}`], { network: true })).code === 0;
            }
            if (obj?.type !== "blob" && fetched) {
                // Read past cat-file's cache, which remembers the ref as missing.
                const blob = await fileAt(g.git, ref, e.file);
                if (blob)
                    obj = { type: "blob", oid: "", content: blob };
            }
        }
        if (obj?.type !== "blob") {
            out.push(v("commit.gate-evidence-missing", `cites ${e.file} for ${e.condition}, which is neither committed at ${gate.evidence.slice(0, 12)} nor attached to run ${gate.run.id} (${ref})`, restore, e.file));
            continue;
        }
        const digest = createHash("sha256").update(obj.content).digest("hex");
        if (`sha256:${digest}` !== e.sha256) {
            out.push(v("commit.gate-evidence-mismatch", `cites ${e.file} with ${e.sha256.slice(0, 19)}…, but ${e.file} ${where} is another file`, restore, e.file));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/spec/staged.ts





/**
 * The spec as it stands in the index (what the next commit will hold) and at HEAD: what the
 * git hooks compare. One `git ls-files` (only for globs) and one `git cat-file --batch`.
 */
async function staged_stagedSpec(git, paths = hash/* DEFAULT_SPEC_PATHS */.Ft) {
    const sp = new history_SpecPaths(paths);
    const cat = new catfile_CatFile(git);
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
    const staged = files.length ? { hash: (0,hash/* hashSpecContents */.am)(files), files } : history_EMPTY_STATE;
    const headSha = await git.revParse("HEAD");
    const head = headSha ? await new history_SpecReader(cat, sp).at(headSha) : history_EMPTY_STATE;
    return {
        staged,
        head,
        cat,
        playbookStaged: async (p) => (await cat.read(`:${p}`))?.type === "blob",
        missing: (list) => list.filter((p) => {
            const one = new history_SpecPaths([p]);
            return !files.some((f) => one.matches(f.path));
        }),
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
const HOOK_NAMES = (/* unused pure expression or super */ null && (["prepare-commit-msg", "commit-msg", "pre-push"]));
const MARKER = "# specpipe-hook v1";
const PREVIOUS_SUFFIX = ".specpipe-previous";
async function hooksDir(git) {
    const dir = (await git.run(["rev-parse", "--git-path", "hooks"])).trim();
    return path.resolve(git.cwd, dir);
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
        return await fs.readFile(file, "utf8");
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
    await fs.mkdir(dir, { recursive: true });
    const result = { dir, installed: [], chained: [], updated: [] };
    for (const name of HOOK_NAMES) {
        const file = path.join(dir, name);
        const current = await readMaybe(file);
        if (current?.includes(MARKER))
            result.updated.push(name);
        else if (current !== undefined || (await existsPath(file))) {
            if (await existsPath(file + PREVIOUS_SUFFIX)) {
                throw new UserError(`${name}${PREVIOUS_SUFFIX} already exists in ${dir}`, {
                    file: path.join(dir, name + PREVIOUS_SUFFIX),
                    hint: "move it away (it is an earlier hook specpipe chained to), then install again",
                    code: "hooks.previous-exists",
                });
            }
            await fs.rename(file, file + PREVIOUS_SUFFIX);
            result.chained.push(name);
        }
        await fs.writeFile(file + ".specpipe-tmp", hookScript(name, options.runner), { mode: 0o755 });
        await fs.rename(file + ".specpipe-tmp", file);
        await fs.chmod(file, 0o755);
        result.installed.push(name);
    }
    return result;
}
async function uninstallHooks(git) {
    const dir = await hooksDir(git);
    const result = { dir, removed: [], restored: [], foreign: [] };
    for (const name of HOOK_NAMES) {
        const file = path.join(dir, name);
        const current = await readMaybe(file);
        if (current === undefined) {
            if (await existsPath(file + PREVIOUS_SUFFIX)) {
                await fs.rename(file + PREVIOUS_SUFFIX, file);
                result.restored.push(name);
            }
            continue;
        }
        if (!current.includes(MARKER)) {
            result.foreign.push(name);
            continue;
        }
        await fs.rm(file);
        result.removed.push(name);
        if (await existsPath(file + PREVIOUS_SUFFIX)) {
            await fs.rename(file + PREVIOUS_SUFFIX, file);
            result.restored.push(name);
        }
    }
    return result;
}
/**
 * The active playbook step: $SPECPIPE_PLAYBOOK_STEP, else progress.json's `step`/`current`/
 * `currentStep`/`active` (a string, or an object with an `id`) in the work tree. Kept for
 * repositories whose beacon is not specpipe's; the hooks read the committed beacon (hookContext).
 */
async function activeStep(root, env = {}) {
    if (env.SPECPIPE_PLAYBOOK_STEP)
        return env.SPECPIPE_PLAYBOOK_STEP;
    const text = await readMaybe(path.join(root, "progress.json"));
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
/**
 * What the hooks judge a commit against: the spec's paths (playbook.yml's spec: or the default),
 * the playbook, and the beacon *as committed at HEAD*. The work tree's progress.json is never the
 * source of the step: a hand edit there must not become a Playbook-Step trailer.
 */
async function hookContext(git, cat, options) {
    const root = await git.topLevel();
    const playbookPath = options.playbookPath ?? "playbook.yml";
    const source = options.specSource ?? (await (0,paths/* resolveSpecSource */.R8)(root, { input: options.specPaths, playbook: playbookPath }));
    const ctx = { root, source, playbookPath };
    if (!(await existsPath(external_node_path_.join(root, playbookPath))))
        return ctx;
    ctx.playbook = await load_loadPlaybook(root, playbookPath);
    const json = ctx.playbook.playbook.beacon.json;
    const head = await cat.read(`HEAD:${json}`);
    const obj = head?.type === "blob" ? head : await cat.read(`:${json}`);
    if (obj?.type !== "blob")
        return ctx;
    let beacon;
    try {
        beacon = beacon_parseBeacon((0,text_document/* decodeUtf8 */._6)(obj.content, json), json);
    }
    catch {
        beacon = "invalid";
    }
    ctx.beacon = { beacon, at: head?.type === "blob" ? "HEAD" : "index" };
    return ctx;
}
function stepOf(ctx, env) {
    if (ctx.beacon && ctx.beacon.beacon !== "invalid")
        return ctx.beacon.beacon.step;
    if (!ctx.beacon && env?.SPECPIPE_PLAYBOOK_STEP)
        return env.SPECPIPE_PLAYBOOK_STEP;
    return undefined;
}
/**
 * prepare-commit-msg: add or refresh the trailers. Runs for every commit git makes, also the ones
 * a rebase, cherry-pick or revert replays (they get no commit-msg hook): their Spec-Hash and
 * Playbook-Step are set to the spec and step at their new parent. Merges keep git's message (they
 * are exempt), and a gate commit being replayed keeps its own trailers. Returns the trailers written.
 */
async function prepareCommitMsg(git, file, source, options = {}) {
    if (source === "merge")
        return [];
    const message = await external_node_fs_.promises.readFile(file, "utf8");
    if (trailers_trailerValue(trailers_parseTrailers(message), "Playbook-Gate") !== undefined)
        return [];
    const cat = new catfile_CatFile(git);
    try {
        const ctx = await hookContext(git, cat, options);
        const spec = await staged_stagedSpec(git, ctx.source.paths);
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
            if (ctx.playbook || (await spec.playbookStaged(ctx.playbookPath))) {
                const step = stepOf(ctx, options.env);
                if (step) {
                    // A message git replays (rebase, cherry-pick) or reuses (--amend, -c/-C) was written for
                    // another parent: its step is refreshed. One a person writes keeps theirs, and commit-msg
                    // judges it.
                    const refresh = source === "commit" || (await replaying(git));
                    const mode = refresh ? "replace" : "doNothing";
                    await git.run(["interpret-trailers", "--in-place", "--if-exists", mode, "--trailer", `Playbook-Step: ${step}`, file]);
                    written.push({ key: "Playbook-Step", value: step });
                }
            }
            return written;
        }
        finally {
            spec.close();
        }
    }
    finally {
        cat.close();
    }
}
/** A rebase or cherry-pick is replaying commits (git's own state files say so). */
async function replaying(git) {
    const out = await git.run(["rev-parse", "--git-path", "rebase-merge", "--git-path", "rebase-apply", "--git-path", "CHERRY_PICK_HEAD"]);
    for (const p of out.split("\n").filter(Boolean))
        if (await existsPath(external_node_path_.resolve(git.cwd, p)))
            return true;
    return false;
}
/** The commits being merged (MERGE_HEAD lists one per line; an octopus merge has several), or [] when no merge is in progress. */
async function mergeHeads(git) {
    if ((await git.raw(["rev-parse", "-q", "--verify", "MERGE_HEAD"])).code !== 0)
        return [];
    const file = path.resolve(git.cwd, (await git.run(["rev-parse", "--git-path", "MERGE_HEAD"])).trim());
    return (await fs.readFile(file, "utf8"))
        .split("\n")
        .filter((l) => isObjectId(l.trim()))
        .map((l) => l.trim());
}
/**
 * A merge (git merge, git pull) carries no work of its own, as in the range check, when it takes
 * the beacon and the spec from one of its parents (a conflict resolved by hand included). One
 * that makes its own change to either is refused: that change would go unjudged.
 */
async function hooks_mergeProblems(git, cat, parents, options) {
    const ctx = await hookContext(git, cat, options);
    const spec = await stagedSpec(git, ctx.source.paths);
    const out = [];
    try {
        const head = await git.revParse("HEAD");
        const sides = head ? [head, ...parents] : parents;
        const reader = new SpecReader(spec.cat, new SpecPaths(ctx.source.paths));
        const specs = await Promise.all(sides.map(async (p) => (await reader.at(p)).hash.full));
        if (!specs.includes(spec.staged.hash.full)) {
            out.push({
                severity: "error",
                code: "merge-spec-change",
                message: `the merge's spec (${spec.staged.files.length ? spec.staged.hash.short : "none"}) is neither side's: a spec change inside a merge is not an amendment`,
                hint: `take the spec from one side (git checkout --ours -- ${ctx.source.paths.join(" ")} or --theirs, then git add), finish the merge, and amend the spec in a commit of its own (specpipe amend)`,
                file: (spec.staged.files[0] ?? spec.head.files[0])?.path,
            });
        }
        if (ctx.playbook) {
            const json = ctx.playbook.playbook.beacon.json;
            const md = ctx.playbook.playbook.beacon.markdown;
            const key = async (rev) => {
                const [j, m] = await Promise.all([cat.read(`${rev}:${json}`), cat.read(`${rev}:${md}`)]);
                return `${j?.type === "blob" ? j.oid : "-"}\0${m?.type === "blob" ? generatedSections(m.content) : "-"}`;
            };
            const mine = await key("");
            const theirs = await Promise.all(sides.map(key));
            if (!theirs.includes(mine)) {
                out.push({
                    severity: "error",
                    code: "merge-beacon",
                    message: `the merge's ${json} (or ${md}'s Step and Details) is neither side's; only the playbook gate changes the beacon, in CI`,
                    hint: `take the beacon from one side: git checkout --ours -- ${json} ${md} (or --theirs), git add them, and finish the merge`,
                    file: json,
                });
            }
        }
    }
    finally {
        spec.close();
    }
    return out;
}
/** commit-msg: the problems of the message about to be committed (empty = accept). */
async function commitMsg(git, file, options = {}) {
    const merging = await mergeHeads(git);
    if (merging.length) {
        const cat = new CatFile(git);
        try {
            return await hooks_mergeProblems(git, cat, merging, options);
        }
        finally {
            cat.close();
        }
    }
    const raw = await fs.readFile(file, "utf8");
    const message = await git.run(["stripspace", "--strip-comments"], { input: raw });
    if (message.trim() === "")
        return [];
    const cat = new CatFile(git);
    try {
        const ctx = await hookContext(git, cat, options);
        const spec = await stagedSpec(git, ctx.source.paths);
        try {
            const playbookPath = ctx.playbookPath;
            const changed = spec.staged.hash.full !== spec.head.hash.full;
            const trailers = parseTrailers(message);
            const problems = messageViolations({ header: headerOf(message), message, trailers }, {
                before: spec.head,
                after: spec.staged,
                changed,
                hasPlaybook: await spec.playbookStaged(playbookPath),
                types: options.types?.length ? options.types : DEFAULT_TYPES,
                requireBody: options.requireBody ?? DEFAULT_REQUIRE_BODY,
                playbookPath,
            });
            if (ctx.source.origin !== "default") {
                const missing = spec.missing(ctx.source.paths);
                if (missing.length) {
                    const e = missingSpecError(ctx.source, missing, "in the index");
                    problems.push({ code: "spec-missing", message: e.message, hint: e.hint, severity: "error", file: e.file });
                }
            }
            if (changed) {
                const adrDir = (options.adrDir ?? DEFAULT_ADR_DIR).replace(/\/+$/, "");
                const added = (await git.run(["diff", "--cached", "--name-only", "-z", "--diff-filter=A", "--no-renames", "--", adrDir]))
                    .split("\0")
                    .filter((p) => p && adrNumber(path.posix.basename(p)) !== undefined);
                const b = spec.head.files.length ? spec.head.hash.short : null;
                const a = spec.staged.files.length ? spec.staged.hash.short : null;
                let ok = false;
                for (const p of added) {
                    const obj = await spec.cat.read(`:${p}`);
                    if (obj && adrRecordsAmendment(obj.content.toString("utf8"), b, a))
                        ok = true;
                }
                if (!ok) {
                    problems.push({
                        severity: "error",
                        code: "amendment-adr",
                        message: `the staged spec differs from HEAD (${b ?? "none"} → ${a ?? "none"}) and no staged ADR records the reason and both hashes`,
                        hint: `run "specpipe amend --reason '<why>'" (it writes the ADR and stages it with the spec), then commit again`,
                        file: (spec.staged.files[0] ?? spec.head.files[0])?.path,
                    });
                }
            }
            problems.push(...(await amendmentWithoutChange(git, spec, options)));
            if (ctx.playbook)
                problems.push(...(await beaconProblems(git, cat, ctx, trailers, message)));
            return problems;
        }
        finally {
            spec.close();
        }
    }
    finally {
        cat.close();
    }
}
/** A staged ADR that records an amendment to a spec the commit does not hold ("specpipe amend" staged only the ADR). */
async function amendmentWithoutChange(git, spec, options) {
    const adrDir = (options.adrDir ?? DEFAULT_ADR_DIR).replace(/\/+$/, "");
    const added = (await git.run(["diff", "--cached", "--name-only", "-z", "--diff-filter=A", "--no-renames", "--", adrDir]))
        .split("\0")
        .filter((p) => p && adrNumber(path.posix.basename(p)) !== undefined);
    const out = [];
    for (const p of added) {
        const obj = await spec.cat.read(`:${p}`);
        const problem = obj ? amendmentWithoutChangeProblem(p, obj.content.toString("utf8"), spec.staged) : undefined;
        if (problem)
            out.push(problem);
    }
    return out;
}
/** The beacon's rules for one commit: the committed beacon is only the gate's, and Playbook-Step names the active step. */
async function beaconProblems(git, cat, ctx, trailers, message) {
    const pb = ctx.playbook;
    const json = pb.playbook.beacon.json;
    const md = pb.playbook.beacon.markdown;
    const out = [];
    if (trailerValue(trailers, "Playbook-Gate") !== undefined) {
        out.push({
            severity: "error",
            code: "playbook-gate-trailer",
            message: "the message carries a Playbook-Gate trailer; only the playbook gate makes such commits, in CI",
            hint: "remove the Playbook-Gate trailer",
        });
    }
    const restore = `git restore --staged --worktree --source=HEAD -- ${json} ${md}`;
    const [headPb, stagedPb] = await Promise.all([beaconPathsAt(cat, "HEAD", pb.file), beaconPathsAt(cat, "", pb.file)]);
    if (headPb && stagedPb && headPb !== stagedPb) {
        out.push({
            severity: "error",
            code: "beacon-moved",
            message: `${pb.file} moves the beacon (${headPb.replace("\0", ", ")} → ${stagedPb.replace("\0", ", ")}); the beacon stays where the playbook started it`,
            hint: `keep the beacon: paths of ${pb.file} as they are at HEAD (git restore --staged --worktree --source=HEAD -- ${pb.file})`,
            file: pb.file,
        });
    }
    if (ctx.beacon?.at === "HEAD" && (await revertsBeaconChange(git, cat, message, pb))) {
        // git revert of a commit that changed the beacon: it puts back the beacon that commit replaced.
    }
    else if (ctx.beacon?.at === "HEAD") {
        const [headJson, stagedJson, headMd, stagedMd] = await Promise.all([
            cat.read(`HEAD:${json}`),
            cat.read(`:${json}`),
            cat.read(`HEAD:${md}`),
            cat.read(`:${md}`),
        ]);
        if (headJson?.oid !== stagedJson?.oid) {
            out.push({
                severity: "error",
                code: "beacon-edited",
                message: `${json} is changed in this commit; only the playbook gate changes it, in CI, when the active step's exit conditions hold`,
                hint: `undo the change: ${restore}`,
                file: json,
            });
        }
        else if (headMd?.type === "blob" &&
            (stagedMd?.type !== "blob" || generatedSections(headMd.content) !== generatedSections(stagedMd.content))) {
            out.push({
                severity: "error",
                code: "progress-md-edited",
                message: `${md}'s Step or Details section is changed in this commit; only the playbook gate writes them (Notes are yours)`,
                hint: `undo that part (git restore --staged --worktree --source=HEAD -- ${md}) and write your text under "## Notes"`,
                file: md,
            });
        }
    }
    else if (ctx.beacon?.at === "index") {
        const b = ctx.beacon.beacon;
        const bad = b === "invalid"
            ? ["it is not a playbook beacon"]
            : validateBeacon(pb, b, json)
                .filter((v) => v.severity === "error")
                .map((v) => v.message);
        if (b !== "invalid" && b.history.length)
            bad.push("a new beacon starts at the first step with no history");
        if (bad.length) {
            out.push({
                severity: "error",
                code: "beacon-invalid",
                message: `the staged ${json} is not the beacon specpipe init writes: ${bad[0]}`,
                hint: `write it with specpipe init --beacon-only (after git rm --cached ${json} ${md})`,
                file: json,
            });
        }
    }
    const active = ctx.beacon && ctx.beacon.beacon !== "invalid" ? ctx.beacon.beacon.step : undefined;
    const allNamed = trailers.filter((t) => t.key.toLowerCase() === "playbook-step").map((t) => t.value.trim());
    const named = trailerValue(trailers, "Playbook-Step");
    if (allNamed.length > 1) {
        out.push({
            severity: "error",
            code: "playbook-step-several",
            message: `the message has ${allNamed.length} Playbook-Step trailers (${allNamed.join(", ")}); a commit is made in one step`,
            hint: `keep one: "Playbook-Step: ${active ?? allNamed[0]}"`,
            file: pb.file,
        });
    }
    else if (active && named !== undefined && named !== active) {
        out.push({
            severity: "error",
            code: pb.byId.has(named) ? "playbook-step-wrong" : "playbook-step-unknown",
            message: pb.byId.has(named)
                ? `Playbook-Step: ${named}, but the active step is ${active} (${json} at HEAD)`
                : `Playbook-Step: ${named} names no step of ${pb.file} (the active step is ${active})`,
            hint: `change the trailer to "Playbook-Step: ${active}" (the prepare-commit-msg hook writes it when the trailer is left out)`,
            file: pb.file,
        });
    }
    return out;
}
/**
 * The message is a `git revert` of a commit X that changed the beacon, and the staged beacon is
 * exactly X's parent's, whose history is a prefix of HEAD's: it goes back, never forward (the
 * range check's rule, commits.ts isRevertOfBeaconChange).
 */
async function revertsBeaconChange(git, cat, message, pb) {
    const json = pb.playbook.beacon.json;
    const md = pb.playbook.beacon.markdown;
    const reverted = revertedCommit(message);
    if (!reverted)
        return false;
    if ((await git.raw(["merge-base", "--is-ancestor", "--end-of-options", reverted, "HEAD"])).code !== 0)
        return false;
    const key = async (rev) => {
        const [j, m] = await Promise.all([cat.read(`${rev}:${json}`), cat.read(`${rev}:${md}`)]);
        return { key: `${j?.type === "blob" ? j.oid : "-"}\0${m?.type === "blob" ? generatedSections(m.content) : "-"}`, json: j };
    };
    const [staged, target, head] = await Promise.all([key(""), key(`${reverted}^`), key("HEAD")]);
    if (staged.key !== target.key || staged.json?.type !== "blob")
        return false;
    let now;
    try {
        now = parseBeacon(decodeUtf8(staged.json.content, json), json);
    }
    catch {
        return false;
    }
    let was;
    try {
        was = head.json?.type === "blob" ? parseBeacon(decodeUtf8(head.json.content, json), json) : undefined;
    }
    catch {
        was = "invalid";
    }
    return restoresEarlierBeacon(pb, now, was, json);
}
/** pre-push: check each pushed range (stdin lines `<local ref> <local sha> <remote ref> <remote sha>`), as the actions will. */
async function prePush(git, remote, stdin, options = {}) {
    const problems = [];
    const root = await git.topLevel();
    const playbookPath = options.playbookPath ?? "playbook.yml";
    const source = options.specSource ?? (await resolveSpecSource(root, { input: options.specPaths, playbook: playbookPath }));
    const playbook = (await existsPath(path.join(root, playbookPath))) ? await loadPlaybook(root, playbookPath) : undefined;
    for (const line of stdin.split("\n")) {
        const parts = line.trim().split(/\s+/);
        if (parts.length < 4)
            continue;
        const [, localSha, , remoteSha] = parts;
        if (/^0+$/.test(localSha) || !isObjectId(localSha))
            continue;
        let range;
        if (/^0+$/.test(remoteSha) || !isObjectId(remoteSha) || !(await git.revParse(remoteSha)))
            range = { to: localSha, exclude: [`--remotes=${remote}`] };
        else {
            const mb = (await git.raw(["merge-base", "--end-of-options", remoteSha, localSha])).stdout.toString().trim();
            range = { from: mb || remoteSha, to: localSha };
        }
        const report = await checkRange(git, range, { ...options, specSource: source.origin === "default" ? undefined : source });
        problems.push(...report.violations);
        if (playbook) {
            const list = await readRange(git, range);
            for (const v of await checkPlaybookCommits(list, { git, playbook })) {
                // spec-hash-check's own rule (merge-spec-change) already names a merge's spec change.
                if (v.severity !== "error" || v.code === "commit.merge-changes-spec")
                    continue;
                const c = list.find((x) => x.sha === v.commit);
                problems.push({ ...v, subject: c?.subject });
            }
        }
    }
    return problems;
}


/***/ }),

/***/ 3230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_YAML_BYTES: () => (/* binding */ MAX_YAML_BYTES),
/* harmony export */   parseYaml: () => (/* binding */ parseYaml),
/* harmony export */   yamlIssueError: () => (/* binding */ yamlIssueError)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_COUNT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * YAML from a user's repository, parsed defensively. playbook.yml may be written by anyone who can
 * open a pull request, so:
 * - aliases are capped (`maxAliasCount`): a "billion laughs" document of nested aliases would
 *   otherwise expand to gigabytes in toJS();
 * - every problem the parser reports, and the alias cap itself, is a UserError at file:line:column,
 *   never a stack trace.
 * The text must already be decoded strictly (decodeUtf8), so invalid UTF-8 is refused before this.
 */
const MAX_ALIAS_COUNT = 100;
/** playbook.yml is a page of text; a file larger than this is not one. */
const MAX_YAML_BYTES = 1024 * 1024;
/** Parse `text`; `onIssues` receives the parser's problems (it must throw). */
async function parseYaml(text, file, onIssues) {
    const { parseDocument, LineCounter } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lc = new LineCounter();
    const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
        lineCounter: lc,
        prettyErrors: false,
        uniqueKeys: true,
    });
    if (doc.errors.length) {
        onIssues(doc.errors.map((e) => {
            const p = lc.linePos(e.pos[0]);
            const dup = e.code === "DUPLICATE_KEY";
            return {
                message: dup ? `duplicate key: ${e.message.split("\n")[0]}` : `not valid YAML: ${e.message.split("\n")[0]}`,
                hint: dup
                    ? "each key may appear once in a mapping; remove or rename the repeated key"
                    : "correct the YAML syntax at this position (indentation, quotes, a missing colon)",
                line: p.line,
                column: p.col,
                code: dup ? "playbook.duplicate-key" : "playbook.yaml-syntax",
            };
        }));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (cause) {
        // yaml throws a ReferenceError for the alias cap (and for an alias to nothing).
        const message = cause.message.split("\n")[0];
        const excessive = /alias count/i.test(message);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(excessive
            ? `${file} expands its aliases more than ${MAX_ALIAS_COUNT} times (a YAML alias bomb?)`
            : `${file} is not valid YAML: ${message}`, {
            file,
            hint: excessive
                ? "write the values out instead of nesting aliases (*name) of aliases"
                : "correct the anchor (&name) or alias (*name) it names",
            code: excessive ? "playbook.yaml-aliases" : "playbook.yaml-syntax",
            cause,
        });
    }
    return { doc, lc, data };
}
/** One problem as a UserError (for callers that do not collect issues). */
function yamlIssueError(file, issues) {
    const first = issues[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(first.message, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
}


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R8: () => (/* binding */ resolveSpecSource),
/* harmony export */   checkSpecPattern: () => (/* binding */ checkSpecPattern)
/* harmony export */ });
/* unused harmony exports describeSource, missingSpecError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _fs_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3680);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2600);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9357);




/** A spec path or glob as written: forward slashes, no leading "./"; refused when it could leave the repository. */
function checkSpecPattern(raw, what) {
    const p = raw
        .split("\\")
        .join("/")
        .replace(/^(\.\/)+/, "");
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what} "${raw}" ${why}`, {
        hint: "give the spec as paths or globs relative to the repository root, e.g. docs/spec.md or docs/spec/*.md",
        code: "spec.bad-path",
    });
    if (p === "" || p === ".")
        throw bad("is empty");
    // eslint-disable-next-line no-control-regex -- control characters are refused
    if (/[\u0000-\u001f]/.test(p))
        throw bad("holds a control character");
    if (p.startsWith("/") || /^[A-Za-z]:/.test(p))
        throw bad("is an absolute path, outside the repository");
    if (p.split("/").includes(".."))
        throw bad("goes up with '..', outside the repository");
    return p;
}
/** Describe where the paths came from, for errors: "playbook.yml's spec:", 'input "spec-paths"'. */
function describeSource(source) {
    if (source.origin === "playbook")
        return `${source.playbook ?? "playbook.yml"}'s spec:`;
    if (source.origin === "input")
        return source.inputName ?? "the spec paths";
    return "the default spec path";
}
/** The spec's paths for a repository (see the module comment). */
async function resolveSpecSource(root, options = {}) {
    const playbookFile = options.playbook ?? "playbook.yml";
    const declared = await declaredSpec(root, playbookFile);
    const input = (options.input ?? []).filter((p) => p.trim() !== "");
    let source;
    if (declared)
        source = { paths: declared.paths, origin: "playbook", playbook: declared.file };
    else if (input.length)
        source = { paths: [...input], origin: "input", inputName: options.inputName };
    else
        source = { paths: [..._hash_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SPEC_PATHS */ .Ft], origin: "default" };
    const what = source.origin === "playbook"
        ? `${source.playbook}'s spec: path`
        : source.origin === "input"
            ? `${options.inputName ?? "spec path"}`
            : "spec path";
    source.paths = source.paths.map((p) => checkSpecPattern(p, what));
    for (const p of source.paths)
        if (!(0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(p))
            await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_1__.insideWorkspace)(root, p, { what, noSymlink: true });
    return source;
}
/** playbook.yml's `spec:` list, or undefined when there is no playbook or it has no such key. */
async function declaredSpec(root, file) {
    const at = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_1__.insideWorkspace)(root, file, { what: "the playbook", noSymlink: true });
    const { MAX_YAML_BYTES, parseYaml, yamlIssueError } = await __webpack_require__.e(/* import() */ 230).then(__webpack_require__.bind(__webpack_require__, 3230));
    const bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_1__.readRegularFile)(at.abs, at.rel, MAX_YAML_BYTES);
    if (bytes === undefined)
        return undefined;
    // Only the `spec:` key is read here (the gate validates the whole file): a command that needs
    // the spec should not fail on a condition it does not evaluate.
    const { data, doc, lc } = await parseYaml((0,_text_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(bytes, at.rel), at.rel, (issues) => yamlIssueError(at.rel, issues));
    if (!data || typeof data !== "object" || Array.isArray(data) || !Object.prototype.hasOwnProperty.call(data, "spec"))
        return undefined;
    const spec = data.spec;
    const node = doc.get("spec", true);
    const pos = node?.range ? lc.linePos(node.range[0]) : undefined;
    if (!Array.isArray(spec) || spec.length === 0 || !spec.every((x) => typeof x === "string" && x.trim() !== "")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${at.rel}: spec: must be a list of paths or globs`, {
            file: at.rel,
            line: pos?.line,
            column: pos?.col,
            hint: "write spec: [docs/spec.md] (one or more repository-relative paths or globs)",
            code: "spec.bad-playbook-spec",
        });
    }
    return { paths: spec, file: at.rel };
}
/**
 * The error for spec paths that match nothing (`missing`: literal paths that do not exist, globs
 * that match no file), at `where` ("at abc123def456", "in the index", "" for the work tree).
 */
function missingSpecError(source, missing, where = "") {
    const list = missing.join(", ");
    return new UserError(`${describeSource(source)} names ${list}, which ${missing.length === 1 ? (isGlob(missing[0]) ? "matches no file" : "does not exist") : "match no file"}${where ? ` ${where}` : ""}`, {
        file: source.origin === "playbook" ? source.playbook : undefined,
        hint: source.origin === "playbook"
            ? `correct spec: in ${source.playbook} (paths relative to the repository root), or create the file`
            : source.origin === "input"
                ? `correct ${source.inputName ?? "the spec paths"} (paths relative to the repository root), or create the file`
                : "create the living spec at docs/spec.md (specpipe init writes one), or name it in playbook.yml's spec:",
        code: "spec.missing",
    });
}


/***/ })

};
