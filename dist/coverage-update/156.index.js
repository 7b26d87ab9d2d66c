export const id = 156;
export const ids = [156];
export const modules = {

/***/ 5156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commitMessage: () => (/* binding */ commitMessage),
  commitTarget: () => (/* binding */ commitTarget),
  diffOf: () => (/* binding */ diffOf),
  runCoverage: () => (/* binding */ runCoverage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/fs/pid-alive.ts
/**
 * Whether a process of this machine with that id still runs: signal 0 is delivered to nobody and
 * only asks. EPERM means it runs as another user. Used to tell the leftovers of a killed run (its
 * temp files, its lock) from those of a run still at work.
 */
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === "EPERM";
    }
}

;// CONCATENATED MODULE: ./packages/core/src/fs/atomic.ts




/**
 * Write a file atomically: a temporary file in the same folder (same file system, so rename is
 * atomic), flushed, then renamed over the target. A crash leaves either the old or the new
 * content, never half of one. The file's mode is kept when it exists.
 */
async function writeFileAtomic(file, data) {
    const tmp = await writeTemp(file, data);
    try {
        await fs.rename(tmp, file);
    }
    catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
    }
}
/** `.<file>.<pid>.<8 hex>.tmp`: the temporary file of an atomic write, next to its target. */
function tempName(base, pid, rand) {
    return `.${base}.${pid}.${rand}.tmp`;
}
function isTempOf(name, base) {
    const prefix = `.${base}.`;
    if (!name.startsWith(prefix) || !name.endsWith(".tmp"))
        return undefined;
    // Earlier versions wrote `.<file>.<pid>.tmp`, without the random part.
    const m = /^(\d+)(?:\.[0-9a-f]{8})?\.tmp$/.exec(name.slice(prefix.length));
    return m ? Number(m[1]) : undefined;
}
/** A write takes milliseconds: a temp file this old is left over even when its pid is reused. */
const STALE_MS = 10 * 60 * 1000;
/**
 * Remove the temporary files that a killed run left next to `file`: only regular files named by
 * our own pattern for this very file, whose writer is gone (or that are older than any write
 * takes). Returns the names removed.
 */
async function removeStaleTemps(file, now = Date.now()) {
    const dir = external_node_path_.dirname(file);
    const base = external_node_path_.basename(file);
    let names;
    try {
        names = await external_node_fs_.promises.readdir(dir);
    }
    catch (e) {
        if (e.code === "ENOENT" || e.code === "ENOTDIR")
            return [];
        throw e;
    }
    const removed = [];
    for (const name of names) {
        const pid = isTempOf(name, base);
        if (pid === undefined || pid === process.pid)
            continue;
        const full = external_node_path_.join(dir, name);
        const st = await external_node_fs_.promises.lstat(full).catch(() => undefined);
        if (!st?.isFile())
            continue;
        if (pidAlive(pid) && now - st.mtimeMs < STALE_MS)
            continue;
        await external_node_fs_.promises.rm(full, { force: true });
        removed.push(name);
    }
    return removed;
}
/** Step one of an atomic write, for callers that write several files together. */
async function writeTemp(file, data) {
    const dir = external_node_path_.dirname(file);
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const tmp = external_node_path_.join(dir, tempName(external_node_path_.basename(file), process.pid, (0,external_node_crypto_.randomBytes)(4).toString("hex")));
    let mode;
    try {
        mode = (await external_node_fs_.promises.stat(file)).mode & 0o7777;
    }
    catch {
        mode = undefined;
    }
    const handle = await external_node_fs_.promises.open(tmp, "wx", mode ?? 0o666);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (e) {
        await handle.close();
        await external_node_fs_.promises.rm(tmp, { force: true });
        throw e;
    }
    await handle.close();
    if (mode !== undefined)
        await external_node_fs_.promises.chmod(tmp, mode);
    return tmp;
}
/** Read a file, or undefined when it does not exist. */
async function readIfExists(file) {
    try {
        return await external_node_fs_.promises.readFile(file);
    }
    catch (e) {
        if (e.code === "ENOENT")
            return undefined;
        throw e;
    }
}

// EXTERNAL MODULE: ./packages/core/src/fs/guard.ts
var guard = __webpack_require__(3680);
;// CONCATENATED MODULE: ./packages/core/src/fs/plan.ts




function planEdit(root, file, before, after, reasons) {
    if (before !== null && before.equals(after))
        return undefined;
    return {
        path: external_node_path_.resolve(root, file),
        displayPath: external_node_path_.relative(root, external_node_path_.resolve(root, file)).split(external_node_path_.sep).join("/"),
        before,
        after,
        reasons,
    };
}
/** The unified diff of one edit, `a/` and `b/` prefixed as git shows it. */
async function unifiedDiff(edit) {
    const { createTwoFilesPatch } = await __webpack_require__.e(/* import() */ 23).then(__webpack_require__.bind(__webpack_require__, 4023));
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
            const now = (await readIfExists(edit.path)) ?? null;
            const same = now === null ? edit.before === null : edit.before !== null && now.equals(edit.before);
            if (!same) {
                throw new errors/* UserError */.y(`${edit.displayPath} changed while specpipe was working on it`, {
                    file: edit.displayPath,
                    hint: "run again; nothing was written",
                    code: "plan.concurrent-change",
                });
            }
            temps.push({ tmp: await writeTemp(edit.path, edit.after), target: edit.path });
        }
    }
    catch (e) {
        await Promise.all(temps.map((t) => external_node_fs_.promises.rm(t.tmp, { force: true })));
        throw e;
    }
    for (const t of temps)
        await external_node_fs_.promises.rename(t.tmp, t.target);
}
function totalBytes(plan) {
    return plan.edits.reduce((n, e) => n + e.after.length, 0);
}

// EXTERNAL MODULE: ./packages/core/src/git/git.ts + 1 modules
var git_git = __webpack_require__(4719);
// EXTERNAL MODULE: ./packages/core/src/defaults.ts
var defaults = __webpack_require__(1315);
;// CONCATENATED MODULE: ./packages/core/src/git/identity.ts

/**
 * The environment that gives a commit an identity when the runner has none. A fresh runner has
 * no `user.name`/`user.email`, and `git commit` then fails ("Author identity unknown"). We ask git
 * itself whether it has an explicit identity for each role (environment or configuration, never
 * guessed from the host name: `user.useConfigOnly`), and where it has none we name
 * github-actions[bot], the identity GitHub gives commits made with GITHUB_TOKEN. An identity the
 * user configured always wins.
 */
async function identityFallbackEnv(git) {
    const env = {};
    for (const role of ["AUTHOR", "COMMITTER"]) {
        const r = await git.raw(["-c", "user.useConfigOnly=true", "var", `GIT_${role}_IDENT`]);
        if (r.code === 0)
            continue;
        env[`GIT_${role}_NAME`] = defaults/* GITHUB_ACTIONS_BOT */.iU.name;
        env[`GIT_${role}_EMAIL`] = defaults/* GITHUB_ACTIONS_BOT */.iU.email;
    }
    return env;
}
/**
 * Who git records as author and committer of speckit-run's commits: the workflow's GIT_AUTHOR_* /
 * GIT_COMMITTER_* when it set them, else `identity` (github-actions[bot] by default).
 */
function identityEnv(identity, parent = process.env) {
    return {
        GIT_AUTHOR_NAME: parent.GIT_AUTHOR_NAME ?? identity.name,
        GIT_AUTHOR_EMAIL: parent.GIT_AUTHOR_EMAIL ?? identity.email,
        GIT_COMMITTER_NAME: parent.GIT_COMMITTER_NAME ?? identity.name,
        GIT_COMMITTER_EMAIL: parent.GIT_COMMITTER_EMAIL ?? identity.email,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/git/push.ts


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
        const race = (0,git_git/* isNonFastForward */.d7)(r);
        if (!race || attempt === tries)
            throw pushRefused(r, remote, subject, t, race ? tries : undefined);
        // An explicit refspec: a single-branch clone (actions/checkout) may not fetch this ref by default.
        await git.fetch(remote, [`refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
        const rebase = await git.raw(["rebase", "--quiet", `${remote}/${branch}`]);
        if (rebase.code !== 0) {
            await git.raw(["rebase", "--abort"]);
            throw new errors/* UserError */.y(t.conflictMessage ?? `could not rebase onto ${remote}/${branch}: ${rebase.stderr.toString().trim()}`, {
                hint: t.conflictHint ?? "someone changed the same lines meanwhile; run the step again",
                code: t.conflictCode ?? "git.rebase-conflict",
            });
        }
    }
    throw new Error("internal: pushWithRebase left its loop without a result");
}
/**
 * Why a push failed, as one line with the fix: the remote could not be reached (URL, network:
 * gitUserError's words), it refused us (permissions, branch protection), or it kept moving on
 * (`raceTries`: how many times we tried).
 */
function pushRefused(r, remote, subject, t = {}, raceTries) {
    const stderr = r.stderr.toString();
    const detail = (stderr || r.stdout.toString()).trim().split("\n").slice(-2).join(" ");
    const denied = /returned error: 40[13]|permission to .* denied|denied to|protected branch|\[remote rejected\]/i.test(stderr + r.stdout.toString());
    if (raceTries === undefined && !denied) {
        const unreachable = (0,git_git/* gitUserError */._5)(new git_git/* GitError */.XS(["push", remote], r.code, stderr, r.stdout.toString()));
        if (unreachable)
            return unreachable;
    }
    const race = raceTries !== undefined;
    return new errors/* UserError */.y(`${subject} ${race ? `was still rejected after ${raceTries} tries` : "was refused"}: ${detail}`, {
        hint: t.failedHint ??
            (race
                ? "the branch is moving fast; run the step again, or serialise the workflows with a `concurrency:` group"
                : "give the workflow `permissions: contents: write` (and check branch protection rules that block pushes from Actions)"),
        code: t.failedCode ?? (race ? "git.push-retries" : "git.push-denied"),
    });
}

;// CONCATENATED MODULE: ./packages/core/src/text/splice.ts
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

;// CONCATENATED MODULE: ./packages/core/src/coverage/splice-diff.ts

function linesOf(text) {
    const starts = [];
    if (text.length)
        starts.push(0);
    for (let i = text.indexOf("\n"); i !== -1 && i + 1 < text.length; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return { text, starts };
}
/** A line with its line ending, as compared: "l8" at the end of a file is not "l8\n". */
function lineAt(l, i) {
    return l.text.slice(l.starts[i], i + 1 < l.starts.length ? l.starts[i + 1] : l.text.length);
}
/** Index of the line holding `offset` (the last line for the end of the text). */
function lineOf(l, offset) {
    let lo = 0;
    let hi = l.starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (l.starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** The first line an edit at `offset` touches: past the last line when it is at the end, after a newline. */
function firstLine(l, offset) {
    if (!l.starts.length)
        return 0;
    if (offset === l.text.length && l.text.endsWith("\n"))
        return l.starts.length;
    return lineOf(l, offset);
}
/** The line after the last one an edit ending at `offset` touches. */
function pastLine(l, offset) {
    if (!l.starts.length)
        return 0;
    if (offset === l.text.length && l.text.endsWith("\n"))
        return l.starts.length;
    return lineOf(l, offset) + 1;
}
function emit(out, prefix, line) {
    if (line.endsWith("\n"))
        out.push(prefix + line);
    else
        out.push(prefix + line + "\n\\ No newline at end of file\n");
}
/** `oldName`/`newName` as diff headers ("a/docs/X.md"); `before` is the whole old text (BOM included). */
function spliceDiff(oldName, newName, before, splices, context = 3) {
    const after = applySplices(before, splices);
    if (after === before)
        return "";
    const a = linesOf(before);
    const b = linesOf(after);
    const sorted = [...splices].sort((x, y) => x.start - y.start || x.end - y.end);
    const changes = [];
    let delta = 0;
    for (const sp of sorted) {
        const newStart = sp.start + delta;
        const newEnd = newStart + sp.text.length;
        delta += sp.text.length - (sp.end - sp.start);
        const oldA = firstLine(a, sp.start);
        const oldB = Math.max(oldA, pastLine(a, sp.end));
        const newA = firstLine(b, newStart);
        const newB = Math.max(newA, pastLine(b, newEnd));
        const last = changes[changes.length - 1];
        if (last && oldA < last.oldB) {
            last.oldB = Math.max(last.oldB, oldB);
            last.newB = Math.max(last.newB, newB);
        }
        else
            changes.push({ oldA, oldB, newA, newB });
    }
    // Lines a splice's range holds on both sides unchanged are context, not change.
    const trimmed = [];
    for (const c of changes) {
        while (c.oldA < c.oldB && c.newA < c.newB && lineAt(a, c.oldA) === lineAt(b, c.newA)) {
            c.oldA++;
            c.newA++;
        }
        while (c.oldB > c.oldA && c.newB > c.newA && lineAt(a, c.oldB - 1) === lineAt(b, c.newB - 1)) {
            c.oldB--;
            c.newB--;
        }
        if (c.oldA < c.oldB || c.newA < c.newB)
            trimmed.push(c);
    }
    const out = [`--- ${oldName}\n`, `+++ ${newName}\n`];
    let k = 0;
    while (k < trimmed.length) {
        // One hunk: changes whose contexts touch.
        let end = k;
        while (end + 1 < trimmed.length && trimmed[end + 1].oldA - trimmed[end].oldB <= 2 * context)
            end++;
        const first = trimmed[k];
        const lastChange = trimmed[end];
        const oldStart = Math.max(0, first.oldA - context);
        const oldStop = Math.min(a.starts.length, lastChange.oldB + context);
        const newStart = first.newA - (first.oldA - oldStart);
        const newStop = lastChange.newB + (oldStop - lastChange.oldB);
        const body = [];
        let cursor = oldStart;
        for (let j = k; j <= end; j++) {
            const c = trimmed[j];
            for (; cursor < c.oldA; cursor++)
                emit(body, " ", lineAt(a, cursor));
            for (let i = c.oldA; i < c.oldB; i++)
                emit(body, "-", lineAt(a, i));
            for (let i = c.newA; i < c.newB; i++)
                emit(body, "+", lineAt(b, i));
            cursor = c.oldB;
        }
        for (; cursor < oldStop; cursor++)
            emit(body, " ", lineAt(a, cursor));
        const oldCount = oldStop - oldStart;
        const newCount = newStop - newStart;
        out.push(`@@ -${oldCount ? oldStart + 1 : oldStart},${oldCount} +${newCount ? newStart + 1 : newStart},${newCount} @@\n`, ...body);
        k = end + 1;
    }
    return out.join("");
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/blocks.ts
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

// EXTERNAL MODULE: ./packages/core/src/text/document.ts
var text_document = __webpack_require__(2600);
;// CONCATENATED MODULE: ./packages/core/src/coverage/title.ts
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

;// CONCATENATED MODULE: ./packages/core/src/coverage/match.ts


const MARKUP = /[[\]`*_\\]/;
/** A character of a spec key: a key "starts" a label only when none of these follows it. */
const NAME_CHAR = /[A-Za-z0-9_-]/;
/** Text compared when matching by title: plain, lower-case, letters and digits only. */
function normalizeTitle(s) {
    // Keys, slugs and most titles hold no Markdown: plainText's six passes are for those that do.
    return (MARKUP.test(s) ? plainText(s) : s)
        .toLowerCase()
        .normalize("NFKC")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
}
/** Words that say nothing about which spec a label means. */
const STOP = new Set(["spec", "specs", "specification", "feature", "the", "a", "an", "and", "of", "for", "to", "in", "on", "with", "by", "or"]);
function contentWords(text, number) {
    const out = new Set();
    for (const w of normalizeTitle(text).split(" ")) {
        if (w === "" || STOP.has(w))
            continue;
        if (number !== undefined && /^\d+$/.test(w) && normalizeNumber(w) === number)
            continue;
        out.add(w);
    }
    return [...out];
}
/**
 * How well a row's words match a spec's words: matched / (row words + spec words - matched), a
 * Jaccard index where an abbreviation ("orch" for "orchestration") counts three quarters.
 */
function wordScore(rowWords, specWords) {
    if (!rowWords.length || !specWords.length)
        return 0;
    const set = new Set(specWords);
    let matched = 0;
    for (const w of rowWords) {
        if (set.has(w))
            matched += 1;
        else if (w.length >= 3 && specWords.some((s) => s.length >= 3 && (s.startsWith(w) || w.startsWith(s))))
            matched += 0.75;
    }
    return matched / (rowWords.length + specWords.length - matched);
}
/**
 * The leading spec number of a label: "001 Health", "**027**: …", "Spec 054: …", "SPEC-001",
 * "S051" (an "S" before two digits or more: "S3 Storage" is no spec 3); not a range ("001–005 …").
 */
function leadingNumber(plain) {
    const m = /^\s*(?:(?:feature\s+)?spec(?:ification)?[\s_-]*|s[_-]?(?=\d{2}))?#?(\d{8}-\d{6}|\d+)(?!\d)/i.exec(plain);
    if (!m)
        return undefined;
    const rest = plain.slice(m[0].length);
    if (/^\s*(?:[–—-]|to)\s*#?\d/.test(rest))
        return undefined;
    return { number: normalizeNumber(m[1]), rest };
}
function assignRows(rows, specs) {
    const result = rows.map(() => ({ kind: "orphan" }));
    const owner = new Map();
    const held = new Set();
    const claim = (r, spec, by) => {
        result[r] = { kind: "matched", spec, by };
        owner.set(spec, r);
    };
    const duplicate = (r, spec) => {
        result[r] = { kind: "duplicate", spec, otherLine: rows[owner.get(spec)].line };
    };
    const ambiguous = (r, candidates) => {
        result[r] = { kind: "ambiguous", candidates };
        for (const s of candidates)
            held.add(s);
    };
    const byKey = new Map();
    const byKeyLower = new Map();
    const oddKeys = [];
    const byNumber = new Map();
    const push = (map, key, value) => {
        const list = map.get(key);
        if (!list)
            map.set(key, [value]);
        else if (!list.includes(value))
            list.push(value);
    };
    for (const spec of specs) {
        byKey.set(spec.key, spec);
        const lower = spec.key.toLowerCase();
        if (!byKeyLower.has(lower))
            byKeyLower.set(lower, spec);
        if (!/^[A-Za-z0-9_-]+$/.test(spec.key))
            oddKeys.push(spec);
        if (spec.numberKey !== undefined)
            push(byNumber, spec.numberKey, spec);
    }
    // Titles are looked up only for rows that name no key: built on the first such row.
    let titles;
    const byTitle = (text) => {
        if (!titles) {
            titles = new Map();
            for (const spec of specs) {
                for (const t of [spec.title, spec.slug, spec.key]) {
                    const n = normalizeTitle(t);
                    if (n)
                        push(titles, n, spec);
                }
            }
        }
        return titles.get(normalizeTitle(text));
    };
    const wordsOf = new Map();
    const specWords = (spec) => {
        let w = wordsOf.get(spec);
        if (!w)
            wordsOf.set(spec, (w = { title: contentWords(spec.title, spec.numberKey), slug: contentWords(spec.slug, spec.numberKey) }));
        return w;
    };
    const score = (rowWords, spec) => {
        const w = specWords(spec);
        return Math.max(wordScore(rowWords, w.title), wordScore(rowWords, w.slug));
    };
    // 1. By key: the label is the key, ends with "(key)" as our disambiguated labels do, or opens
    // with a link to the spec's file; then, for a label that is no spec's title, it starts with a
    // key ("001-health-check — notes", "Glossary of terms" for specs/glossary.md). A key further in
    // ("see 048-release-notes-gate", "Agent API" for specs/api.md) names nothing: the rule is
    // "starts with", or a one-word key inside a title would claim that row every run.
    const keyOf = (name) => byKey.get(name) ?? byKeyLower.get(name.toLowerCase());
    const exactKey = (row) => {
        const plain = row.plain.trim();
        const whole = keyOf(plain);
        if (whole)
            return whole;
        const tail = /\(([^()\s]+)\)\s*$/.exec(plain);
        if (tail && keyOf(tail[1]))
            return keyOf(tail[1]);
        const link = /^\s*!?\[[^\]]*\]\(\s*<?([^)\s>]+)/.exec(row.label);
        if (link) {
            const target = link[1].replace(/[?#].*$/, "").replace(/\/+$/, "");
            const parts = target.split("/");
            let name = parts[parts.length - 1];
            if (/^spec\.md$/i.test(name) && parts.length > 1)
                name = parts[parts.length - 2];
            return keyOf(name.replace(/\.md$/i, ""));
        }
        return undefined;
    };
    const keyPrefix = (row) => {
        const plain = row.plain.trim();
        const token = /^[A-Za-z0-9_-]+/.exec(plain)?.[0];
        const spec = token !== undefined ? keyOf(token) : undefined;
        if (spec)
            return spec;
        const lower = plain.toLowerCase();
        return oddKeys.find((s) => lower.startsWith(s.key.toLowerCase()) && !NAME_CHAR.test(plain[s.key.length] ?? ""));
    };
    const rest = [];
    const claimOrDuplicate = (r, spec) => (owner.has(spec) ? duplicate(r, spec) : claim(r, spec, "key"));
    const afterExact = [];
    rows.forEach((row, r) => {
        const spec = exactKey(row);
        if (spec)
            claimOrDuplicate(r, spec);
        else
            afterExact.push(r);
    });
    for (const r of afterExact) {
        // A label that reads as a spec's title is that spec's (rule 2), even when its first word is
        // another spec's key ("Health Check" is health-check's, not health's).
        const spec = byTitle(rows[r].plain) ? undefined : keyPrefix(rows[r]);
        if (spec)
            claimOrDuplicate(r, spec);
        else
            rest.push(r);
    }
    // 2. By title: a label that reads as a spec's title, slug or key (numbered or not).
    const numbered = new Map();
    const torn = [];
    const rowWords = new Map();
    for (const r of rest) {
        const lead = leadingNumber(rows[r].plain);
        if (lead && byNumber.has(lead.number)) {
            const candidates = byTitle(rows[r].plain);
            const free = candidates?.filter((s) => !owner.has(s) && !held.has(s));
            if (free?.length === 1) {
                claim(r, free[0], "title");
                continue;
            }
            push(numbered, lead.number, r);
            rowWords.set(r, contentWords(lead.rest, lead.number));
            continue;
        }
        const candidates = byTitle(rows[r].plain) ?? [];
        const free = candidates.filter((s) => !owner.has(s) && !held.has(s));
        if (free.length === 1)
            claim(r, free[0], "title");
        // Several specs read so: decided after the numbers, which may take some of them.
        else if (free.length > 1)
            torn.push([r, candidates]);
        else if (candidates.some((s) => owner.has(s)))
            duplicate(r, candidates.find((s) => owner.has(s)));
    }
    // 3 and 4. By number, one group of rows per number.
    for (const [number, group] of numbered) {
        const all = byNumber.get(number);
        if (all.length === 1) {
            const spec = all[0];
            if (owner.has(spec)) {
                for (const r of group)
                    duplicate(r, spec);
                continue;
            }
            // Several rows for one spec: the one whose words match best (the first on a tie) has it.
            let best = group[0];
            let bestScore = -1;
            for (const r of group) {
                const s = score(rowWords.get(r), spec);
                if (s > bestScore)
                    [best, bestScore] = [r, s];
            }
            claim(best, spec, "number");
            for (const r of group)
                if (r !== best)
                    duplicate(r, spec);
            continue;
        }
        assignGroup(group, all);
    }
    for (const [r, candidates] of torn) {
        const free = candidates.filter((s) => !owner.has(s) && !held.has(s));
        if (free.length === 1)
            claim(r, free[0], "title");
        else if (free.length > 1)
            ambiguous(r, free);
        else if (candidates.some((s) => owner.has(s)))
            duplicate(r, candidates.find((s) => owner.has(s)));
        else
            ambiguous(r, candidates);
    }
    function assignGroup(group, all) {
        const freeRows = new Set();
        const freeSpecs = new Set(all.filter((s) => !owner.has(s) && !held.has(s)));
        const scores = new Map();
        for (const r of group) {
            const m = new Map();
            for (const s of all)
                m.set(s, score(rowWords.get(r), s));
            scores.set(r, m);
            // A row whose words match a spec that already has its row, better than any free spec: a duplicate.
            let bestOwned;
            let bestOwnedScore = 0;
            let bestFree = 0;
            for (const [s, v] of m) {
                if (freeSpecs.has(s))
                    bestFree = Math.max(bestFree, v);
                else if (owner.has(s) && v > bestOwnedScore)
                    [bestOwned, bestOwnedScore] = [s, v];
            }
            if (bestOwned && bestOwnedScore > bestFree)
                duplicate(r, bestOwned);
            else
                freeRows.add(r);
        }
        const EPS = 1e-9;
        for (;;) {
            let best = 0;
            for (const r of freeRows)
                for (const s of freeSpecs)
                    best = Math.max(best, scores.get(r).get(s));
            if (best <= 0)
                break;
            // Each free row's specs at the best score.
            const tied = new Map();
            for (const r of freeRows) {
                const at = [...freeSpecs].filter((s) => Math.abs(scores.get(r).get(s) - best) < EPS);
                if (at.length)
                    tied.set(r, at);
            }
            let accepted = 0;
            const taken = new Set();
            for (const [r, at] of tied) {
                // A row torn between several specs waits; of the rows that want one spec, the first has it.
                if (at.length !== 1 || taken.has(at[0]))
                    continue;
                claim(r, at[0], "words");
                taken.add(at[0]);
                freeRows.delete(r);
                freeSpecs.delete(at[0]);
                accepted++;
            }
            if (accepted)
                continue;
            for (const [r, at] of tied) {
                ambiguous(r, at);
                freeRows.delete(r);
                for (const s of at)
                    freeSpecs.delete(s);
            }
        }
        const leftRows = [...freeRows];
        const leftSpecs = [...freeSpecs];
        if (leftRows.length === 1 && leftSpecs.length === 1) {
            claim(leftRows[0], leftSpecs[0], "elimination");
            return;
        }
        for (const r of leftRows) {
            if (leftSpecs.length)
                ambiguous(r, leftSpecs);
            else {
                const owned = all.filter((s) => owner.has(s));
                if (owned.length)
                    duplicate(r, owned.reduce((a, b) => (scores.get(r).get(b) > scores.get(r).get(a) ? b : a)));
                else
                    ambiguous(r, all);
            }
        }
    }
    return { rows: result, unmatched: specs.filter((s) => !owner.has(s) && !held.has(s)), held: specs.filter((s) => held.has(s)) };
}
/**
 * The labels of new rows: "NNN Title", or "Title" for an unnumbered spec. When that label would
 * not lead back to its spec alone on the next run (another spec with the same number has the same
 * words, or another spec the same title), the key is added in parentheses, which does.
 */
function newRowLabels(missing, all) {
    const byNumber = new Map();
    for (const s of all)
        if (s.numberKey !== undefined)
            (byNumber.get(s.numberKey) ?? byNumber.set(s.numberKey, []).get(s.numberKey)).push(s);
    let byTitle;
    const sameTitle = (spec) => {
        if (!byTitle) {
            byTitle = new Map();
            for (const s of all) {
                const t = normalizeTitle(s.title);
                byTitle.set(t, (byTitle.get(t) ?? 0) + 1);
            }
        }
        return byTitle.get(normalizeTitle(spec.title)) > 1;
    };
    const fit = (words, s) => Math.max(wordScore(words, contentWords(s.title, s.numberKey)), wordScore(words, contentWords(s.slug, s.numberKey)));
    const labels = new Map();
    for (const spec of missing) {
        const base = spec.number !== undefined ? `${spec.number} ${spec.title}` : spec.title;
        let unique;
        const group = spec.numberKey !== undefined ? byNumber.get(spec.numberKey) : undefined;
        if (group && group.length > 1) {
            const words = contentWords(spec.title, spec.numberKey);
            const own = fit(words, spec);
            unique = own > 0 && group.every((s) => s === spec || fit(words, s) < own);
        }
        else if (group)
            unique = true;
        else
            unique = !sameTitle(spec);
        labels.set(spec, unique ? base : `${base} (${spec.key})`);
    }
    return labels;
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/status.ts


const DEFAULT_SECTIONS = defaults/* COVERAGE_DEFAULTS */.un.sections;
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
    const h = plainText(heading).toLowerCase().trim();
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
    return item.first === item.last && (item.text === NONE || rowLabels.has(item.text) || rowLabels.has(plainText(item.text)));
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
function planStatus(text, eol, names, data, scan = scanBlocks(text)) {
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/coverage/specs.ts








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
const specs_FENCE = /^ {0,3}(`{3,}|~{3,})/;
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
        const f = specs_FENCE.exec(line);
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
    const bytes = (0,guard/* readRegularFileSync */.c)(file, display);
    return bytes === undefined ? undefined : (0,text_document/* decodeText */.g7)(bytes, display).text;
}
function symlinkRefused(display, name) {
    return new errors/* UserError */.y(`${display} is a symlink; specpipe does not follow symlinks for the files it reads`, {
        file: display,
        hint: `replace ${display} with the file or folder itself, or add "${name}" to the skip input`,
        code: "path.symlink",
    });
}
async function discoverSpecs(options) {
    const guarded = await (0,guard.insideWorkspace)(options.workspace ?? options.root, options.specsDir, { what: "specs-dir" }, options.root);
    const dir = guarded.abs;
    // Display paths by concatenation: path.relative per file was a tenth of a 10,000-spec run.
    const relDir = external_node_path_.relative(options.root, dir).split(external_node_path_.sep).join("/");
    const rel = (name) => (relDir ? relDir + "/" : "") + name;
    let entries;
    try {
        entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true });
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT" || code === "ENOTDIR") {
            throw new errors/* UserError */.y(`the specs folder ${relDir || options.specsDir} does not exist`, {
                file: relDir || options.specsDir,
                hint: `create it with your specs, or point the specs-dir input at the folder that holds them`,
                code: "coverage.no-specs-dir",
            });
        }
        throw e;
    }
    const skip = picomatch_default()(skipList(options.skip), { nocase: true, dot: true });
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
            text = readText(external_node_path_.join(dir, slot.folder, "spec.md"), specFile);
            if (text !== undefined) {
                file = specFile;
                folder = external_node_path_.join(dir, slot.folder);
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
            text = readText(external_node_path_.join(dir, slot.flat), file);
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
            numberKey: number !== undefined ? normalizeNumber(number) : undefined,
            slug,
            title: cleanTitle(scanned.h1, slug, number),
            file,
            line: scanned.h1Line,
            layout: folder ? "speckit" : m ? "flat" : "unnumbered",
            requirements: scanned.requirements,
            hasPlan: false,
        };
        if (folder) {
            const tasksFile = rel(slot.folder + "/tasks.md");
            // tasks.md is progress, not the spec: a link there is skipped with a word, the spec stays.
            const tasksLink = (0,external_node_fs_.lstatSync)(external_node_path_.join(folder, "tasks.md"), { throwIfNoEntry: false })?.isSymbolicLink();
            const tasks = tasksLink ? undefined : readText(external_node_path_.join(folder, "tasks.md"), tasksFile);
            if (tasksLink) {
                warnings.push({
                    code: "symlink-skipped",
                    message: `${tasksFile} is a symlink; specpipe does not follow it, so the tasks of ${name} were not read (replace the link with the file)`,
                    file: tasksFile,
                });
            }
            if (tasks !== undefined)
                spec.tasks = readTasks(tasks);
            spec.hasPlan = (0,external_node_fs_.lstatSync)(external_node_path_.join(folder, "plan.md"), { throwIfNoEntry: false }) !== undefined;
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

;// CONCATENATED MODULE: ./packages/core/src/coverage/table.ts




/**
 * The coverage table: the one table in SPEC-COVERAGE.md whose columns are
 * `| Spec | Present | Spec'd | Tested | Notes |` (configurable). Rows are matched to specs in
 * match.ts; new rows are appended inside the table; existing rows and marks are never changed,
 * except Tested → ✓ with mark-tested.
 */
const DEFAULT_HEADER = defaults/* COVERAGE_DEFAULTS */.un.header;
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
    const text = plainText(cell).trim();
    if (CHECK.test(text))
        return true;
    const first = /^\S+?(?=[\s,;:.()—–]|$)/u.exec(text.toLowerCase())?.[0];
    return first !== undefined && YES_WORDS.has(first);
}
/** A header cell for comparison: case, spaces, quotes and markup do not count ("Spec'd" = "Specd" = "spec ’d"). */
function normalizeHeaderCell(s) {
    return plainText(s)
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
const table_FENCE = /^(`{3,}|~{3,})/;
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
        const f = table_FENCE.exec(rest);
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
        const cells = splitCells(rest, 0).map((c) => c.text);
        if (cells.length === splitCells(next, 0).length)
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
function locateCoverageTable(text, file, header, scan = scanBlocks(text)) {
    const wantedCells = splitCells(header, 0).map((c) => c.text);
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
                throw new errors/* UserError */.y(`the coverage table is inside a block quote or a list item, where specpipe does not edit tables`, {
                    file,
                    line: similar.line,
                    hint: `move the table out of the block quote or list (no "> " or indentation before its rows), so that rows can be added to it`,
                    code: "coverage.nested-table",
                });
            }
            throw new errors/* UserError */.y(`this table looks like the coverage table, but its header ${got} is not the header ${header}${similar.nested ? " (and it is inside a block quote or a list item)" : ""}`, {
                file,
                line: similar.line,
                hint: `give the table the columns ${wantedCells.join(", ")} (case, spaces and Spec'd/Specd do not matter)${similar.nested ? ", outside any block quote or list," : ""} or set the header input to "${got}"`,
                code: "coverage.similar-table",
            });
        }
        return undefined;
    }
    if (found.length > 1) {
        throw new errors/* UserError */.y(`this file has ${found.length} coverage tables (lines ${found.map((t) => t.header.line + 1).join(", ")}); there must be one`, {
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
            throw new errors/* UserError */.y(`this coverage row has ${r.cells.length} cells, the table has ${table.columns} columns`, {
                file,
                line: r.line + 1,
                column: 1,
                hint: `give the row at most ${table.columns} cells (${table.header.cells.map((c) => c.text).join(", ")}); escape a "|" inside a cell as "\\|"`,
                code: "coverage.bad-row",
            });
        }
        const label = r.cells[0].text;
        return { line: r.line + 1, cells: r.cells, label, plain: plainText(label), end: r.end, text: text.slice(r.start, r.end) };
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
    const sorted = [...missing].sort(compareSpecs);
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
    const cells = splitCells(header, 0).map((c) => c.text);
    return ["# Spec Coverage", "", "Spec → implementation → test mapping. Rows are added by specpipe's coverage-update; marks are yours.", "", formatRow(cells), `|${cells.map((c) => "-".repeat(Math.max(3, c.length + 2))).join("|")}|`, ""].join(eol);
}

;// CONCATENATED MODULE: ./packages/core/src/reports/xml.ts


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
    const { line, column } = (0,text_document/* lineColumnAt */.IX)(text, offset);
    return new errors/* UserError */.y(`${file} is not well-formed XML: ${what}`, {
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

;// CONCATENATED MODULE: ./packages/core/src/reports/junit.ts


/** Parse one JUnit XML document. `file` names it in errors. Throws UserError when malformed. */
function parseJUnit(xml, file) {
    const cases = [];
    const suiteFiles = [];
    let current;
    let depthInCase = 0;
    let sawRoot = false;
    if (xml.charCodeAt(0) === 0xfeff)
        xml = xml.slice(1);
    scanXml(xml, file, {
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
        throw new errors/* UserError */.y(`${file} is not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)`, {
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

// EXTERNAL MODULE: ./packages/core/src/spec/hash.ts
var hash = __webpack_require__(9357);
;// CONCATENATED MODULE: ./packages/core/src/coverage/tested.ts






/** Numbers up to 15 digits are exact as doubles. */
const MAX_DIGITS = 15;
/** A character code folded to lower case (ASCII letters only; the rest as it is). */
const fold = (c) => (c >= 65 && c <= 90 ? c + 32 : c);
const isAlnum = (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c) => c >= 48 && c <= 57;
function add(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function indexSpecNames(specs) {
    const index = { byFirstWord: new Map(), byFirstNumber: new Map(), firstLength: new Uint8Array(64), byNumber: new Map() };
    for (const spec of specs) {
        const w = spec.key
            .toLowerCase()
            .split(/[^a-z0-9]+/)
            .filter(Boolean);
        if (!w.length)
            continue;
        const entry = { spec, words: w };
        if (/^\d+$/.test(w[0]) && w[0].length <= MAX_DIGITS)
            add(index.byFirstNumber, Number(w[0]), entry);
        else
            add(index.byFirstWord, w[0], entry);
        index.firstLength[Math.min(63, w[0].length)] = 1;
        if (spec.numberKey !== undefined && /^\d+$/.test(spec.numberKey) && spec.numberKey.length <= MAX_DIGITS)
            add(index.byNumber, Number(spec.numberKey), spec);
    }
    return index;
}
/** Does the (lower-case) word `w` stand in `s` at `at`, as a whole word, in any case? */
function wordAt(s, at, w) {
    if (at + w.length > s.length)
        return false;
    for (let k = 0; k < w.length; k++)
        if (fold(s.charCodeAt(at + k)) !== w.charCodeAt(k))
            return false;
    return at + w.length === s.length || !isAlnum(s.charCodeAt(at + w.length));
}
/** The start of the next word at or after `i` (s.length when there is none). */
function nextWord(s, i) {
    while (i < s.length && !isAlnum(s.charCodeAt(i)))
        i++;
    return i;
}
/** Keys whose first word was found at [.., j): the rest of their words must follow. */
function matchRest(s, j, candidates, len, out) {
    for (const c of candidates) {
        if (c.words[0].length !== len)
            continue; // "1" and "001" have one value, not one spelling
        let at = j;
        let k = 1;
        for (; k < c.words.length; k++) {
            at = nextWord(s, at);
            if (!wordAt(s, at, c.words[k]))
                break;
            at += c.words[k].length;
        }
        if (k === c.words.length)
            out.add(c.spec.key);
    }
}
/**
 * Add to `out` the keys of the specs `name` names. One pass over the name's characters, without a
 * lower-case copy of it (that copy alone was half the time on two million names) and without
 * cutting numbers out of it: a number is looked up by its value, another word only when a key's
 * first word has its length, and a key's further words are compared in place.
 */
function specsNamedBy(name, index, out) {
    const s = name;
    const n = s.length;
    let i = nextWord(s, 0);
    while (i < n) {
        let j = i;
        let digits = true;
        let upper = false;
        let value = 0;
        for (; j < n; j++) {
            const c = s.charCodeAt(j);
            if (c >= 48 && c <= 57)
                value = value * 10 + (c - 48);
            else if (c >= 97 && c <= 122)
                digits = false;
            else if (c >= 65 && c <= 90) {
                digits = false;
                upper = true;
            }
            else
                break;
        }
        const len = j - i;
        if (index.firstLength[len < 63 ? len : 63] === 1) {
            if (digits && len <= MAX_DIGITS) {
                const candidates = index.byFirstNumber.get(value);
                if (candidates)
                    matchRest(s, j, candidates, len, out);
            }
            else {
                const word = s.slice(i, j);
                const candidates = index.byFirstWord.get(upper ? word.toLowerCase() : word);
                if (candidates)
                    matchRest(s, j, candidates, len, out);
            }
        }
        // spec-042, spec_042, "spec 42" (the number is the next word), or spec042 (one word).
        if (len >= 4 && !digits && isSpecAt(s, i)) {
            let id = -1;
            if (len === 4) {
                const k = nextWord(s, j);
                let e = k;
                let v = 0;
                while (e < n && isDigit(s.charCodeAt(e)))
                    v = v * 10 + (s.charCodeAt(e++) - 48);
                if (e > k && e - k <= MAX_DIGITS && (e === n || !isAlnum(s.charCodeAt(e))))
                    id = v;
            }
            else {
                let e = i + 4;
                let v = 0;
                while (e < j && isDigit(s.charCodeAt(e)))
                    v = v * 10 + (s.charCodeAt(e++) - 48);
                if (e === j && j - i - 4 <= MAX_DIGITS)
                    id = v;
            }
            if (id !== -1) {
                const specs = index.byNumber.get(id);
                // Two specs share the number: "spec-048" does not say which.
                if (specs?.length === 1)
                    out.add(specs[0].key);
            }
        }
        i = nextWord(s, j);
    }
}
/** "spec" at `i`, in any case. */
function isSpecAt(s, i) {
    return fold(s.charCodeAt(i)) === 115 && fold(s.charCodeAt(i + 1)) === 112 && fold(s.charCodeAt(i + 2)) === 101 && fold(s.charCodeAt(i + 3)) === 99;
}
/**
 * The files the globs match under root, found by walking the folders (never through a symlink)
 * and matching each path with picomatch. A match that is a symlink is an error naming it: a glob
 * library that follows no symlinks leaves them out silently, and a report the user expects to be
 * read that is not read is a wrong test count with no word said.
 */
async function globReports(root, patterns) {
    const { default: picomatch } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23));
    const positive = patterns.filter((p) => !p.startsWith("!"));
    const negative = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
    const isMatch = picomatch(positive, { dot: true, ignore: negative });
    // Walk from each pattern's fixed folder ("reports/" of "reports/**/*.xml"), each folder once.
    const bases = [...new Set(positive.map((p) => picomatch.scan(p).base.replace(/\/+$/, "")))].sort();
    const walked = bases.filter((b, k) => !bases.slice(0, k).some((a) => a === "" || b.startsWith(a + "/")));
    const out = [];
    const walk = async (rel) => {
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(external_node_path_.join(root, rel), { withFileTypes: true });
        }
        catch (e) {
            const code = e.code;
            if (code === "ENOENT" || code === "ENOTDIR")
                return;
            throw e;
        }
        for (const entry of entries) {
            const p = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isSymbolicLink()) {
                if (isMatch(p)) {
                    throw new errors/* UserError */.y(`test-results: ${p} is a symlink; specpipe does not follow symlinks for the files it reads`, {
                        file: p,
                        hint: `replace ${p} with the report itself, or write the test-results glob so that it does not match it`,
                        code: "path.symlink",
                    });
                }
            }
            else if (entry.isDirectory()) {
                if (entry.name !== ".git")
                    await walk(p);
            }
            else if (entry.isFile() && isMatch(p))
                out.push(p);
        }
    };
    for (const base of walked) {
        // The fixed folder itself may be a symlink inside the workspace (the guard allowed it): walk
        // from its real name only when it is a folder of its own.
        const st = await external_node_fs_.promises.lstat(external_node_path_.join(root, base || ".")).catch(() => undefined);
        if (st?.isDirectory())
            await walk(base);
        else if (st?.isSymbolicLink() && base) {
            throw new errors/* UserError */.y(`test-results: ${base} is a symlink; specpipe does not follow symlinks for the files it reads`, {
                file: base,
                hint: `give the reports' real folder in the test-results glob instead of ${base}`,
                code: "path.symlink",
            });
        }
    }
    return out;
}
const toRel = (root, abs) => external_node_path_.relative(root, abs).split(external_node_path_.sep).join("/");
/** The largest report a string can hold (V8 strings stop at 2^29 - 24 characters). */
const MAX_REPORT_BYTES = 512 * 1024 * 1024 - 64;
/**
 * Read the JUnit reports `globs` name (relative to root; never outside the workspace, never through
 * a symlink), count their tests and, given the specs, find the specs their passing tests name.
 * One report at a time: its test cases are dropped before the next is read.
 */
async function readTestResults(options) {
    const { root, globs } = options;
    if (!globs.length)
        return undefined;
    const workspace = options.workspace ?? root;
    const found = new Set();
    const patterns = [];
    for (const g of globs) {
        if (!(0,hash/* isGlob */.fg)(g)) {
            // A path: the guard decides (it may leave working-directory, never the workspace).
            const guarded = await (0,guard.insideWorkspace)(workspace, g, { what: "test-results", noSymlink: true }, root);
            if (await external_node_fs_.promises.lstat(guarded.abs).then((st) => st.isFile(), () => false))
                found.add(toRel(root, guarded.abs));
            continue;
        }
        if (external_node_path_.isAbsolute(g) || g.split(/[\\/]/).includes("..")) {
            throw new errors/* UserError */.y(`test-results "${g}" is a glob that reaches out of the repository`, {
                hint: `write globs relative to the repository root, without ".." and without a leading "/", e.g. reports/*.xml`,
                code: "path.outside-workspace",
            });
        }
        // The folder part before the first wildcard must not lead out through a symlink either.
        const fixed = g.slice(0, g.search(/[*?[\]{}()!]/));
        const dir = fixed.slice(0, fixed.lastIndexOf("/") + 1);
        if (dir)
            await (0,guard.insideWorkspace)(workspace, dir, { what: "test-results" }, root);
        patterns.push(g);
    }
    if (patterns.length)
        for (const f of await globReports(root, patterns))
            found.add(f);
    const files = [...found].sort();
    if (!files.length)
        return undefined;
    const index = options.specs ? indexSpecNames(options.specs) : undefined;
    const result = { total: 0, passed: 0, failed: 0, skipped: 0, files, tested: index ? new Set() : undefined };
    for (const file of files) {
        // Every file again through the guard: a glob's match may be a symlink, or lie under one.
        const guarded = await (0,guard.insideWorkspace)(workspace, file, { what: "test-results", noSymlink: true }, root);
        const bytes = await (0,guard.readRegularFile)(guarded.abs, file, MAX_REPORT_BYTES);
        if (bytes === undefined)
            continue;
        const summary = parseJUnit(bytes.toString("utf8"), file);
        result.total += summary.total;
        result.passed += summary.passed;
        result.failed += summary.failed;
        result.skipped += summary.skipped;
        if (!index)
            continue;
        // Consecutive cases share a classname (a suite): it is split once.
        let lastClass;
        let lastClassSpecs = [];
        for (const c of summary.cases) {
            if (c.status !== "passed")
                continue;
            if (c.classname !== lastClass) {
                lastClass = c.classname;
                const named = new Set();
                specsNamedBy(c.classname, index, named);
                lastClassSpecs = [...named];
            }
            for (let k = 0; k < lastClassSpecs.length; k++)
                result.tested.add(lastClassSpecs[k]);
            specsNamedBy(c.name, index, result.tested);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/coverage/update.ts












function cellOf(row, roles, role) {
    const k = roles.indexOf(role);
    return k >= 0 ? row.cells[k]?.text : undefined;
}
function gapsOf(views, matches, file, specsDir) {
    const gaps = [];
    views.forEach((v, k) => {
        const m = matches[k];
        const at = { file, line: v.line, label: v.label };
        // Messages quote the label; a hand-made cell can be any length, a message should not be.
        const label = v.label.length > 160 ? `${v.label.slice(0, 157)}…` : v.label;
        if (m?.kind === "orphan")
            gaps.push({ level: "warning", kind: "orphan-row", message: `row "${label}" names no spec under ${specsDir}/`, ...at });
        else if (m?.kind === "ambiguous") {
            const keys = m.candidates.map((s) => s.key);
            gaps.push({
                level: "warning",
                kind: "ambiguous-row",
                message: `row "${label}" could stand for ${keys.join(" or ")}; no row was added for ${keys.length > 1 ? "them" : "it"}: put the spec's key in the row's first cell (e.g. a link to ${m.candidates[0].file})`,
                candidates: keys,
                ...at,
            });
        }
        else if (m?.kind === "duplicate") {
            gaps.push({
                level: "warning",
                kind: "duplicate-row",
                message: `row "${label}" stands for ${m.spec.key}, which the row at line ${m.otherLine} already stands for`,
                candidates: [m.spec.key],
                ...at,
            });
        }
        if (v.specd && !v.present)
            gaps.push({ level: "error", kind: "specd-not-implemented", message: `"${label}" is spec'd but not implemented`, ...at });
        if (v.present && !v.tested)
            gaps.push({ level: "warning", kind: "implemented-not-tested", message: `"${label}" is implemented but not tested`, ...at });
    });
    return gaps;
}
async function computeCoverage(options) {
    const root = options.root;
    const workspace = options.workspace ?? root;
    const specsDir = options.specsDir ?? "specs";
    const header = options.header ?? DEFAULT_HEADER;
    if (!header.includes("|") || splitCells(header, 0).length < 2) {
        throw new errors/* UserError */.y(`the coverage table header "${header}" is not a Markdown table row`, {
            hint: `give the header row as it stands in the file, with pipes, e.g. "${DEFAULT_HEADER}"`,
            code: "coverage.bad-header",
        });
    }
    // Every path through the one guard, before anything is read: inside the workspace, and the two
    // documents never through a symlink (a committed docs/X.md -> /proc/self/environ would print
    // the job's secrets into the diff, the log and the summary, dry run included).
    const [cov, stat] = await Promise.all([
        (0,guard.insideWorkspace)(workspace, options.coverageFile ?? "docs/SPEC-COVERAGE.md", { what: "coverage-file", noSymlink: true }, root),
        (0,guard.insideWorkspace)(workspace, options.statusFile ?? "docs/STATUS.md", { what: "status-file", noSymlink: true }, root),
    ]);
    const relToRoot = (abs) => external_node_path_.relative(root, abs).split(external_node_path_.sep).join("/");
    const coverageFile = relToRoot(cov.abs);
    const statusFile = relToRoot(stat.abs);
    if (cov.abs === stat.abs) {
        throw new errors/* UserError */.y(`coverage-file and status-file are the same file, ${coverageFile}`, {
            hint: "give STATUS.md and SPEC-COVERAGE.md their own files",
            code: "coverage.same-file",
        });
    }
    const [discovery, coverageBytes, statusBytes] = await Promise.all([
        discoverSpecs({ root, workspace, specsDir, skip: options.skip }),
        (0,guard.readRegularFile)(cov.abs, coverageFile),
        (0,guard.readRegularFile)(stat.abs, statusFile),
    ]);
    const specs = discovery.specs;
    const tests = await readTestResults({ root, workspace, globs: options.testResults ?? [], specs: options.markTested ? specs : undefined });
    // SPEC-COVERAGE.md: create the standard document when missing.
    const created = coverageBytes === undefined;
    const doc = created ? { text: standardCoverageDocument(header, "\n"), bom: false, eol: "\n" } : (0,text_document/* decodeText */.g7)(coverageBytes, coverageFile);
    const scan = scanBlocks(doc.text);
    let ct = locateCoverageTable(doc.text, coverageFile, header, scan);
    let baseText = doc.text;
    if (!ct) {
        // A document without the table gets one appended, with the document's own line endings.
        const sep = baseText === "" ? "" : baseText.endsWith("\n") ? doc.eol : doc.eol + doc.eol;
        const block = standardCoverageDocument(header, doc.eol).split(doc.eol).slice(4).join(doc.eol);
        baseText = baseText + sep + block;
        ct = locateCoverageTable(baseText, coverageFile, header);
    }
    const assignment = assignRows(ct.rows, specs);
    const rowSpecs = assignment.rows.map((m) => (m.kind === "matched" ? m.spec : undefined));
    const testedKeys = options.markTested && tests?.tested ? tests.tested : new Set();
    const labels = newRowLabels(assignment.unmatched, specs);
    const tp = planTable(ct, rowSpecs, assignment.unmatched, labels, doc.eol, testedKeys);
    const newCoverageText = applySplices(baseText, tp.splices);
    const edits = [];
    const covEdit = planEdit(root, coverageFile, coverageBytes ?? null, (0,text_document/* encodeText */.wx)({ text: newCoverageText, bom: doc.bom }), [
        ...(created ? ["created with the standard header"] : []),
        ...(tp.added.length ? [`${tp.added.length} row(s) added`] : []),
        ...(tp.markedTested.length ? [`${tp.markedTested.length} row(s) marked tested`] : []),
    ]);
    if (covEdit)
        edits.push(covEdit);
    const spliced = new Map();
    const bomShift = (list, bom) => (bom ? list.map((x) => ({ start: x.start + 1, end: x.end + 1, text: x.text })) : list);
    if (covEdit && coverageBytes !== undefined) {
        // An appended table is one splice at the end; the rows and marks are inside it.
        const own = baseText === doc.text ? tp.splices : [{ start: doc.text.length, end: doc.text.length, text: newCoverageText.slice(doc.text.length) }];
        spliced.set(covEdit.path, { before: (doc.bom ? "\uFEFF" : "") + doc.text, splices: bomShift(own, doc.bom) });
    }
    // The table as it will be after this run (existing rows, marks set by mark-tested, the new
    // rows): the basis for STATUS.md and validation. Built from what we know, not re-parsed.
    const marked = new Set(tp.markedTested.map((m) => m.line));
    const rows = [
        ...ct.rows.map((r, k) => ({
            label: r.plain,
            key: rowSpecs[k]?.key,
            line: r.line,
            match: assignment.rows[k].kind,
            present: isMarked(cellOf(r, ct.roles, "present")),
            specd: isMarked(cellOf(r, ct.roles, "specd")),
            tested: marked.has(r.line) || isMarked(cellOf(r, ct.roles, "tested")),
        })),
        // A new row's label as the next run will read it back from the cell: STATUS.md lists it so.
        ...tp.added.map((a) => ({ label: plainText(a.cell), key: a.spec.key, line: a.line, match: "added", present: false, specd: false, tested: testedKeys.has(a.spec.key) })),
    ];
    // STATUS.md lists the rows by their labels; a label that is only a number ("008") gets its
    // spec's title, so that the list can be read on its own.
    const bySpec = new Map(specs.map((s) => [s.key, s]));
    const listLabel = (r) => {
        const spec = r.key !== undefined ? bySpec.get(r.key) : undefined;
        return spec && !/\p{L}/u.test(r.label) ? `${r.label} ${spec.title}` : r.label;
    };
    const implemented = rows.filter((r) => r.present).map(listLabel);
    const pending = rows.filter((r) => !r.present).map(listLabel);
    const testCount = options.testCount !== undefined ? { total: options.testCount } : tests ? { total: tests.total, passed: tests.passed, failed: tests.failed, skipped: tests.skipped } : undefined;
    let missingSections = [];
    let updatedSections = [];
    let statusNotes = [];
    let statusWarnings = [];
    const statusMissing = statusBytes === undefined;
    if (statusBytes !== undefined) {
        const sdoc = (0,text_document/* decodeText */.g7)(statusBytes, statusFile);
        const sp = planStatus(sdoc.text, sdoc.eol, options.sections ?? DEFAULT_SECTIONS, { tests: testCount, implemented, pending, rowLabels: new Set([...rows.map((r) => r.label), ...implemented, ...pending]) });
        missingSections = sp.missing;
        updatedSections = sp.updated;
        statusNotes = sp.notes;
        statusWarnings = sp.warnings;
        const e = planEdit(root, statusFile, statusBytes, (0,text_document/* encodeText */.wx)({ text: applySplices(sdoc.text, sp.splices), bom: sdoc.bom }), sp.updated.map((s) => `section "${s}" updated`));
        if (e) {
            edits.push(e);
            spliced.set(e.path, { before: (sdoc.bom ? "\uFEFF" : "") + sdoc.text, splices: bomShift(sp.splices, sdoc.bom) });
        }
    }
    return {
        specs,
        testResultsMissing: (options.testResults ?? []).length > 0 && tests === undefined,
        plan: { edits },
        coverageFile,
        statusFile,
        coveragePath: cov.abs,
        statusPath: stat.abs,
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
        statusNotes,
        statusWarnings,
        heldSpecs: assignment.held.map((s) => s.key),
        warnings: discovery.warnings,
        gaps: gapsOf(rows, assignment.rows, coverageFile, specsDir.replace(/\/+$/, "")),
        splices: spliced,
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
    const root = (await (0,guard.insideWorkspace)(options.workspace, options.workingDirectory ?? ".", { what: "working-directory" })).abs;
    const result = await computeCoverage({ ...options, root });
    const pending = result.plan.edits.length > 0;
    let diff = "";
    let written = false;
    let message;
    let commit;
    const removedTemps = [];
    const gate = decideWrite({ testsPassed: options.testsPassed, ci: options.ci, tests: result.tests });
    if (options.mode === "update" && !options.dryRun && gate.allowed) {
        // Ours only: `.<file>.<pid>.<rand>.tmp` next to the two documents, left by a killed run.
        for (const [abs, rel] of [
            [result.coveragePath, result.coverageFile],
            [result.statusPath, result.statusFile],
        ]) {
            for (const name of await removeStaleTemps(abs))
                removedTemps.push(external_node_path_.posix.join(external_node_path_.posix.dirname(rel), name));
        }
    }
    if (options.mode !== "update") {
        message = `${options.mode}: ${result.rows.length} row(s), ${result.gaps.length} gap(s); nothing written`;
    }
    else if (!pending) {
        message = `nothing to change: ${result.coverageFile} and ${result.statusFile} are up to date`;
    }
    else {
        diff = await diffOf(result);
        if (options.dryRun) {
            message = `dry run: would change ${result.plan.edits.map((e) => e.displayPath).join(", ")} (${gate.allowed ? "a real run would write" : gate.reason})`;
        }
        else if (!gate.allowed) {
            message = gate.reason;
            diff = "";
        }
        else {
            // What commit: true needs is checked first: a run that cannot commit writes nothing.
            const target = options.commit ? await commitTarget(root, result) : undefined;
            // Both documents in one plan: every temp file is written before the first rename.
            await applyPlan(result.plan);
            written = true;
            message = `updated ${result.plan.edits.map((e) => e.displayPath).join(", ")}: ${result.addedRows.length} row(s) added; ${gate.reason}`;
            if (target)
                commit = await commitDocs(root, options.token, result, target);
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
    return { result, changed: pending && (written || options.dryRun), written, diff, message, commit, removedTemps, failure };
}
/** The plan's diff: from the splices where we have them (one pass), jsdiff for a new file. */
async function diffOf(result) {
    const parts = [];
    for (const edit of result.plan.edits) {
        const s = result.splices.get(edit.path);
        parts.push(s ? spliceDiff(`a/${edit.displayPath}`, `b/${edit.displayPath}`, s.before, s.splices) : await unifiedDiff(edit));
    }
    return parts.join("");
}
function commitMessage(result) {
    const parts = [];
    if (result.addedRows.length)
        parts.push(`add ${result.addedRows.length} spec row(s)`);
    if (result.markedTested.length)
        parts.push(`mark ${result.markedTested.length} tested`);
    if (result.updatedSections.length)
        parts.push("refresh STATUS.md");
    const body = result.addedRows.map((a) => `- ${a.key}`).join("\n");
    return `docs(coverage): ${parts.join(", ") || "update coverage docs"}\n\n${body || "Generated by specpipe coverage-update."}\n`;
}
const commitRefused = (message, hint, file) => new errors/* UserError */.y(message, { hint, file, code: "coverage.commit-refused" });
/**
 * Everything commit: true needs, checked before the documents are written, so that a run that
 * cannot commit fails with one clear error and writes nothing: a git work tree, documents git
 * can stage (not ignored, not behind a symlinked folder: git refuses "beyond a symbolic link"),
 * and a branch to push to. On pull_request the checkout is the merge commit refs/pull/N/merge:
 * GITHUB_REF_NAME ("7/merge") is no branch, and pushing there, or the merge commit to the PR's
 * head branch, is not what anyone wants; the PR's branch must be checked out.
 */
async function commitTarget(root, result, env = process.env) {
    const git = new git_git/* Git */.TU({ cwd: root });
    if (!(await git.isRepository())) {
        throw commitRefused(`commit: true, but ${root} is not a git work tree`, "check the repository out first (actions/checkout), or set commit: false");
    }
    const realRoot = await external_node_fs_.promises.realpath(root);
    const files = [];
    for (const e of result.plan.edits) {
        const rel = external_node_path_.relative(root, e.path).split(external_node_path_.sep).join("/");
        // The deepest folder of the path that exists must be where its name says (no symlink on the way).
        let dir = external_node_path_.dirname(e.path);
        for (;;) {
            const real = await external_node_fs_.promises.realpath(dir).catch(() => undefined);
            if (real !== undefined) {
                if (real !== external_node_path_.join(realRoot, external_node_path_.relative(root, dir))) {
                    const link = external_node_path_.relative(root, dir).split(external_node_path_.sep).join("/");
                    throw commitRefused(`${rel} lies behind a symlinked folder (${link} → ${external_node_path_.relative(realRoot, real).split(external_node_path_.sep).join("/") || "."}), and git does not commit a path through a symlink`, `give the document by its real path (e.g. ${external_node_path_.relative(realRoot, external_node_path_.join(real, external_node_path_.relative(dir, e.path))).split(external_node_path_.sep).join("/")}), or set commit: false`, rel);
                }
                break;
            }
            dir = external_node_path_.dirname(dir);
        }
        const ignored = await git.raw(["check-ignore", "--quiet", "--", rel]);
        if (ignored.code === 0) {
            throw commitRefused(`${rel} is ignored by git (.gitignore), so commit: true cannot commit it`, `remove ${rel} from .gitignore (or commit it once), or set commit: false`, rel);
        }
        files.push(rel);
    }
    const branch = await git.currentBranch();
    if (branch)
        return { files, branch };
    const event = env.GITHUB_EVENT_NAME ?? "";
    if (event === "pull_request" || event === "pull_request_target") {
        throw commitRefused(`commit: true on ${event}: the checkout is the pull request's merge commit (${env.GITHUB_REF || "refs/pull/N/merge"}), not a branch; pushing would not update the pull request`, "check out the pull request's branch (actions/checkout with ref: ${{ github.head_ref }}), or commit on push events only");
    }
    const ref = env.GITHUB_REF ?? "";
    if (ref.startsWith("refs/heads/"))
        return { files, branch: ref.slice("refs/heads/".length) };
    if (ref) {
        throw commitRefused(`commit: true, but the checkout is ${ref}, not a branch; there is nowhere to push`, "run the step on a branch (push or workflow_dispatch on a branch), or set commit: false");
    }
    return { files };
}
/**
 * Commit the two documents and push. On a fresh runner git has no identity: the commit is then
 * github-actions[bot]'s. Where the repository keeps the commit rules (a living spec, a playbook),
 * the message gets the Spec-Hash and Playbook-Step trailers the hooks would give it, so the
 * commit passes spec-hash-check. Whatever fails before the commit (git add, a bad playbook.yml
 * in the trailers, the commit itself) leaves nothing staged and is one UserError.
 */
async function commitDocs(root, token, result, target) {
    const probe = new git_git/* Git */.TU({ cwd: root });
    let git = new git_git/* Git */.TU({ cwd: root, env: await identityFallbackEnv(probe) });
    if (token)
        git = git.withAuth({ token });
    const files = target.files;
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_.join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), "specpipe-coverage-"));
    let sha;
    try {
        const add = await git.raw(["add", "--", ...files]);
        if (add.code !== 0)
            throw gitFailed("add", files, add);
        const staged = await git.raw(["diff", "--cached", "--quiet", "--", ...files]);
        if (staged.code === 0)
            return undefined;
        const messageFile = external_node_path_.join(dir, "COMMIT_EDITMSG");
        await external_node_fs_.promises.writeFile(messageFile, commitMessage(result));
        const { prepareCommitMsg } = await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 8332));
        await prepareCommitMsg(git, messageFile, undefined, { env: process.env });
        const commit = await git.raw(["commit", "--quiet", `--file=${messageFile}`, "--", ...files]);
        if (commit.code !== 0)
            throw gitFailed("commit", files, commit);
        sha = await git.head();
    }
    catch (e) {
        // Leave the index as it was: the documents stay changed in the work tree, not staged.
        await git.raw(["reset", "--quiet", "--", ...files]);
        if (e instanceof errors/* UserError */.y)
            throw e;
        throw new errors/* UserError */.y(`committing ${files.join(", ")} failed: ${e instanceof Error ? e.message : String(e)}`, {
            hint: "the documents were written but not committed, and nothing is left staged; commit them in a later step",
            code: "coverage.commit-failed",
            cause: e,
        });
    }
    finally {
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
    if (!target.branch)
        return sha;
    await pushWithRebase(git, { branch: target.branch });
    return git.head();
}
function gitFailed(what, files, r) {
    const detail = (r.stderr.toString() || r.stdout.toString()).trim().split("\n").filter(Boolean).slice(-2).join(" ");
    return new errors/* UserError */.y(`git ${what} of ${files.join(", ")} failed: ${detail}`, {
        hint: "the documents were written but not committed, and nothing is left staged; fix what git names (a hook, a protected branch), or commit them in a later step",
        code: "coverage.commit-failed",
        cause: new git_git/* GitError */.XS([what], r.code, r.stderr.toString(), r.stdout.toString()),
    });
}


/***/ }),

/***/ 3680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readRegularFileSync),
/* harmony export */   insideWorkspace: () => (/* binding */ insideWorkspace),
/* harmony export */   readRegularFile: () => (/* binding */ readRegularFile)
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
/* harmony export */   Ft: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_3__.Ft),
/* harmony export */   am: () => (/* binding */ hashSpecContents),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   rj: () => (/* binding */ EMPTY_SPEC_HASH)
/* harmony export */ });
/* unused harmony exports SHORT_LENGTH, normaliseSpecBytes, hashMatches, listSpecFiles, computeSpecHash */
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
    const { checkSpecPattern } = await __webpack_require__.e(/* import() */ 649).then(__webpack_require__.bind(__webpack_require__, 4649));
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

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   wx: () => (/* binding */ encodeText)
/* harmony export */ });
/* unused harmony exports firstInvalidUtf8, detectEol */
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${file ?? "the file"} is not valid UTF-8 (byte ${offset}, line ${line})`, {
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
