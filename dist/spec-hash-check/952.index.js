export const id = 952;
export const ids = [952,680,639];
export const modules = {

/***/ 9952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_BOTS: () => (/* reexport */ defaults/* DEFAULT_BOTS */.pA),
  RangeChecker: () => (/* binding */ RangeChecker),
  adrAmendedHash: () => (/* binding */ adrAmendedHash),
  adrRecordsAmendment: () => (/* binding */ adrRecordsAmendment),
  amendmentWithoutChangeProblem: () => (/* binding */ amendmentWithoutChangeProblem),
  botMatcher: () => (/* binding */ botMatcher),
  checkRange: () => (/* binding */ checkRange),
  isBot: () => (/* binding */ isBot),
  messageViolations: () => (/* binding */ messageViolations)
});

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
            const target = external_node_path_.posix.basename(decodeURIComponent(lm[1].split("#")[0]));
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
function checkAdrs(files, dir = defaults/* DEFAULT_ADR_DIR */.WS) {
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

// EXTERNAL MODULE: ./packages/core/src/spec/hash.ts
var hash = __webpack_require__(9357);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/spec/history.ts


const EMPTY_STATE = { hash: hash/* EMPTY_SPEC_HASH */.rj, files: [] };
class SpecPaths {
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
class SpecReader {
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
        const state = list.length ? { hash: (0,hash/* hashSpecContents */.am)(list), files: list } : EMPTY_STATE;
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
        const known = parent ? this.byCommit.get(parent) : EMPTY_STATE;
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
            const before = parent ? await this.at(parent) : EMPTY_STATE;
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

// EXTERNAL MODULE: ./packages/core/src/spec/paths.ts + 1 modules
var paths = __webpack_require__(2667);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/commits/catfile.ts

class CatFile {
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

// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(6399);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./packages/core/src/commits/header.ts


/**
 * Conventional-commit headers, judged exactly as commitlint's `config-conventional` (v21) does:
 * the conventionalcommits preset's header pattern, then the error-level header rules
 * (header-max-length 100, header-trim, type-empty, type-case, type-enum, subject-empty,
 * subject-case never sentence/start/pascal/upper, subject-full-stop never "."). The types are ours:
 * config-conventional's list plus `spec` by default.
 */
const DEFAULT_TYPES = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert", "spec"];

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
function parseHeader(header, types = DEFAULT_TYPES) {
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
function headerOf(message) {
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
function isIgnoredMessage(message) {
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
    return valid_default()(stripped) !== null;
}

// EXTERNAL MODULE: ./packages/core/src/git/git.ts + 1 modules
var git_git = __webpack_require__(4719);
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
    for await (const batch of streamCommitBatches(git, range))
        yield* batch;
}
/**
 * The same stream in batches (the commits complete in each chunk git writes): consumers that do
 * little per commit avoid an await per commit.
 */
async function* streamCommitBatches(git, range) {
    const args = logArgs(range);
    // Git has no streaming call; its environment (identity, test config) is private, so read it here.
    const env = { ...process.env, ...git.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    const child = (0,external_node_child_process_.spawn)("git", args, { cwd: git.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
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
            throw new git_git.GitError(args, code, Buffer.concat(err).toString("utf8"), "");
        if (started)
            yield [parseRecord(Buffer.concat(parts))];
    }
    finally {
        if (child.exitCode === null)
            child.kill();
    }
}
/** All commits of a range, oldest first, from one `git log` call. */
async function readCommits(git, range) {
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

;// CONCATENATED MODULE: ./packages/core/src/commits/check.ts










function wildcard(pattern) {
    return new RegExp(`^${pattern
        .split("*")
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`, "i");
}
function botMatcher(patterns = defaults/* DEFAULT_BOTS */.pA) {
    const res = patterns.map(wildcard);
    return (c) => res.some((re) => re.test(c.authorName) || re.test(c.authorEmail));
}
function isBot(commit, patterns = defaults/* DEFAULT_BOTS */.pA) {
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
    const parsed = parseHeader(c.header, types);
    if (!parsed.valid && !isIgnoredMessage(c.message)) {
        v("header", `header "${c.header}": ${parsed.problems.map((p) => `${p.message} (${p.rule})`).join("; ")}`, `reword it as "type(scope): subject" with a type from [${types.join(", ")}], a lower-case subject and no final full stop (git rebase -i, "reword")`);
    }
    const specHash = trailerValue(c.trailers, "Spec-Hash");
    if (after.files.length) {
        if (specHash === undefined) {
            v("spec-hash-missing", `no Spec-Hash trailer; the spec at this commit is ${after.hash.short}`, `add the trailer "Spec-Hash: ${after.hash.short}" (specpipe hooks install adds it to every commit)`, { file: after.files[0].path });
        }
        else if (!(0,hash/* hashMatches */.CR)(specHash, after.hash)) {
            v("spec-hash-mismatch", `Spec-Hash ${specHash} does not name the spec at this commit, which is ${after.hash.short}${(0,hash/* hashMatches */.CR)(specHash, before.hash) && changed ? " (it names the spec before this commit changed it)" : ""}`, `reword the trailer to "Spec-Hash: ${after.hash.short}"`, { file: after.files[0].path });
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
function adrRecordsAmendment(content, beforeShort, afterShort) {
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
            specPaths: options.specSource?.paths ?? (options.specPaths?.length ? options.specPaths : hash/* DEFAULT_SPEC_PATHS */.Ft),
            types: options.types?.length ? options.types : DEFAULT_TYPES,
            requireBody: options.requireBody ?? defaults/* DEFAULT_REQUIRE_BODY */.hV,
            botAuthors: options.botAuthors ?? defaults/* DEFAULT_BOTS */.pA,
            adrDir: (options.adrDir ?? defaults/* DEFAULT_ADR_DIR */.WS).replace(/\/+$/, ""),
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
                for (const p of checkAdrs(files, this.opts.adrDir))
                    violations.push({ code: p.code, message: p.message, hint: p.hint, severity: "error", file: p.file, line: p.line });
            }
            const final = last ?? (await this.reader.at(toSha));
            const specMissing = [
                ...this.reader.paths.literals.filter((p) => !final.files.some((f) => f.path === p)),
                ...this.reader.paths.globs.filter((g) => !final.files.some((f) => g.match(f.path))).map((g) => g.pattern),
            ];
            if (this.specSource && specMissing.length)
                throw (0,paths.missingSpecError)(this.specSource, specMissing, `at ${toSha.slice(0, 12)}`);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${options.what} "${input}" ${detail}`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${options.what} "${input}" is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${options.what} "${input}" goes through a symlink that points nowhere (${toRel(absRoot, current)})`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${options.what} "${input}" is ${abs === absRoot ? "the workspace itself" : "a folder"}, not a file`, {
                hint: `give ${options.what} as the path of a file inside the workspace, e.g. .specpipe/out.html`,
                code: "path.not-a-file",
            });
        }
    }
    return { abs, rel: toRel(absRoot, abs) };
}
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function symlinkRefused(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${what} is a symlink; specpipe does not follow symlinks for the files it reads or writes`, {
        file: what,
        hint: "replace the symlink with the file itself",
        code: "path.symlink",
    });
}
function notRegular(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${what} is not a regular file`, { file: what, hint: "give the path of a regular file", code: "path.not-a-file" });
}
/** What open(2) says about a path that cannot be a file: a UserError, or undefined (a bug, rethrown). */
function openRefused(code, what) {
    if (code === "ELOOP" || code === "EMLINK")
        return symlinkRefused(what);
    if (code === "EISDIR")
        return notRegular(what);
    // "docs/README.md/STATUS.md": a folder on the way is a file.
    if (code === "ENOTDIR") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${what} cannot exist: a folder on its path is a file`, {
            file: what,
            hint: "give the path of a file whose folders are folders (check the path input for a file name in the middle)",
            code: "path.not-a-file",
        });
    }
    return undefined;
}
function tooLarge(what, size, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${what} is ${size} bytes, more than the ${maxBytes} this input takes`, {
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


/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   Ft: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_3__.Ft),
/* harmony export */   am: () => (/* binding */ hashSpecContents),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   rj: () => (/* binding */ EMPTY_SPEC_HASH)
/* harmony export */ });
/* unused harmony exports SHORT_LENGTH, normaliseSpecBytes, listSpecFiles, computeSpecHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1315);




const SHORT_LENGTH = 12;

function normaliseSpecBytes(content) {
    let buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        buf = buf.subarray(3);
    if (buf.indexOf(0x0d) === -1)
        return buf;
    const out = Buffer.allocUnsafe(buf.length);
    let n = 0;
    for (let i = 0; i < buf.length; i++) {
        const b = buf[i];
        if (b === 0x0d && buf[i + 1] === 0x0a)
            continue;
        out[n++] = b;
    }
    return out.subarray(0, n);
}
function toHash(full) {
    return { full, short: full.slice(0, SHORT_LENGTH) };
}
/** Pure: the hash of spec files given with their repository-relative paths. */
function hashSpecContents(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    if (files.length === 1) {
        h.update(normaliseSpecBytes(files[0].content));
        return toHash(h.digest("hex"));
    }
    const sorted = files
        .map((f) => ({ key: Buffer.from(f.path.split("\\").join("/"), "utf8"), content: f.content }))
        .sort((a, b) => Buffer.compare(a.key, b.key));
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i - 1].key.equals(sorted[i].key))
            throw new Error(`internal: spec file ${sorted[i].key.toString()} given twice`);
    }
    for (const f of sorted) {
        const body = normaliseSpecBytes(f.content);
        h.update(f.key);
        h.update(Buffer.from(`\0${body.length}\0`, "latin1"));
        h.update(body);
    }
    return toHash(h.digest("hex"));
}
/** The hash of no spec files at all (the spec does not exist yet). */
const EMPTY_SPEC_HASH = hashSpecContents([]);
/** True when `value` (a trailer value) names `hash`: a hex prefix of at least 12 digits, any case. */
function hashMatches(value, hash) {
    const v = value.trim().toLowerCase();
    return /^[0-9a-f]{12,64}$/.test(v) && hash.full.startsWith(v);
}
function isGlob(pattern) {
    return /[*?[\]{}()!]/.test(pattern);
}
/**
 * The repository-relative files the spec consists of, sorted, and the paths that match nothing
 * (literal paths that do not exist, globs without a match). Patterns are checked by
 * spec/paths.ts's checkSpecPattern first (no absolute path, no '..'); symlinks are not followed.
 */
async function listSpecFiles(root, paths = DEFAULT_SPEC_PATHS) {
    const found = new Set();
    const missing = [];
    const { checkSpecPattern } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2667));
    for (const raw of paths) {
        const rel = checkSpecPattern(raw, "spec path");
        if (isGlob(rel)) {
            const { globFiles } = await __webpack_require__.e(/* import() */ 583).then(__webpack_require__.bind(__webpack_require__, 5583));
            const matched = await globFiles(root, rel);
            if (matched.length === 0)
                missing.push(raw);
            for (const f of matched)
                found.add(f);
        }
        else {
            const st = await fs.lstat(path.join(root, rel)).catch(() => undefined);
            if (st?.isFile() || st?.isSymbolicLink())
                found.add(rel);
            else
                missing.push(raw);
        }
    }
    return { files: [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))), missing };
}
/**
 * The hash of the spec in a work tree. Files are read without following symlinks (a spec that is
 * a link to /proc/self/environ would hash, and print, the job's secrets); `missing` lists the
 * paths that matched nothing (callers that require the spec turn it into missingSpecError).
 */
async function computeSpecHash(options) {
    const { files, missing } = await listSpecFiles(options.root, options.paths && options.paths.length ? options.paths : DEFAULT_SPEC_PATHS);
    const { insideWorkspace, readRegularFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3680));
    const contents = await Promise.all(files.map(async (f) => {
        const at = await insideWorkspace(options.root, f, { what: "spec file", noSymlink: true });
        return { path: f, content: (await readRegularFile(at.abs, f)) ?? Buffer.alloc(0) };
    }));
    return { ...hashSpecContents(contents), files, missing };
}


/***/ }),

/***/ 2667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkSpecPattern: () => (/* binding */ checkSpecPattern),
  describeSource: () => (/* binding */ describeSource),
  missingSpecError: () => (/* binding */ missingSpecError),
  resolveSpecSource: () => (/* binding */ resolveSpecSource)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/guard.ts
var guard = __webpack_require__(3680);
;// CONCATENATED MODULE: ./packages/core/src/text/document.ts

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
        throw new errors/* UserError */.y(`${file ?? "the file"} is not valid UTF-8 (byte ${offset}, line ${line})`, {
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

// EXTERNAL MODULE: ./packages/core/src/spec/hash.ts
var hash = __webpack_require__(9357);
;// CONCATENATED MODULE: ./packages/core/src/spec/paths.ts




/** A spec path or glob as written: forward slashes, no leading "./"; refused when it could leave the repository. */
function checkSpecPattern(raw, what) {
    const p = raw
        .split("\\")
        .join("/")
        .replace(/^(\.\/)+/, "");
    const bad = (why) => new errors/* UserError */.y(`${what} "${raw}" ${why}`, {
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
        source = { paths: [...hash/* DEFAULT_SPEC_PATHS */.Ft], origin: "default" };
    const what = source.origin === "playbook"
        ? `${source.playbook}'s spec: path`
        : source.origin === "input"
            ? `${options.inputName ?? "spec path"}`
            : "spec path";
    source.paths = source.paths.map((p) => checkSpecPattern(p, what));
    for (const p of source.paths)
        if (!(0,hash/* isGlob */.fg)(p))
            await (0,guard.insideWorkspace)(root, p, { what, noSymlink: true });
    return source;
}
/** playbook.yml's `spec:` list, or undefined when there is no playbook or it has no such key. */
async function declaredSpec(root, file) {
    const at = await (0,guard.insideWorkspace)(root, file, { what: "the playbook", noSymlink: true });
    const { MAX_YAML_BYTES, parseYaml, yamlIssueError } = await __webpack_require__.e(/* import() */ 230).then(__webpack_require__.bind(__webpack_require__, 849));
    const bytes = await (0,guard.readRegularFile)(at.abs, at.rel, MAX_YAML_BYTES);
    if (bytes === undefined)
        return undefined;
    // Only the `spec:` key is read here (the gate validates the whole file): a command that needs
    // the spec should not fail on a condition it does not evaluate.
    const { data, doc, lc } = await parseYaml(decodeUtf8(bytes, at.rel), at.rel, (issues) => yamlIssueError(at.rel, issues));
    if (!data || typeof data !== "object" || Array.isArray(data) || !Object.prototype.hasOwnProperty.call(data, "spec"))
        return undefined;
    const spec = data.spec;
    const node = doc.get("spec", true);
    const pos = node?.range ? lc.linePos(node.range[0]) : undefined;
    if (!Array.isArray(spec) || spec.length === 0 || !spec.every((x) => typeof x === "string" && x.trim() !== "")) {
        throw new errors/* UserError */.y(`${at.rel}: spec: must be a list of paths or globs`, {
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
    return new errors/* UserError */.y(`${describeSource(source)} names ${list}, which ${missing.length === 1 ? ((0,hash/* isGlob */.fg)(missing[0]) ? "matches no file" : "does not exist") : "match no file"}${where ? ` ${where}` : ""}`, {
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
