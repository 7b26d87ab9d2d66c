export const id = 6595;
export const ids = [6595,3907,8226];
export const modules = {

/***/ 3907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkObjectId: () => (/* binding */ checkObjectId),
/* harmony export */   checkRev: () => (/* binding */ checkRev),
/* harmony export */   isObjectId: () => (/* binding */ isObjectId),
/* harmony export */   safeBranchName: () => (/* binding */ safeBranchName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** True for a full object id (SHA-1 or SHA-256). */
function isObjectId(value) {
    return OBJECT_ID.test(value);
}
function refused(value, options, why) {
    const shown = JSON.stringify(value.length > 80 ? value.slice(0, 77) + "..." : value);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${options.what} ${shown} is not a revision: ${why}`, {
        hint: options.hint ?? `give ${options.what} as a commit id, a branch or a tag (e.g. main, v1.2.0, HEAD~3)`,
        code: "git.bad-revision",
    });
}
/**
 * A revision as a person writes it: a commit id, a branch, a tag, `HEAD~3`, `origin/main`,
 * `@{upstream}`. Refused: an empty value, a leading `-` (an option to git), whitespace and control
 * characters, `..` (a range where one commit is expected) and `:` (a path inside a tree).
 */
function checkRev(value, options) {
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


/***/ }),

/***/ 4091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ restoresEarlierBeacon),
/* harmony export */   BJ: () => (/* binding */ revertedCommit),
/* harmony export */   Qo: () => (/* binding */ TRAILER_GATE),
/* harmony export */   Sj: () => (/* binding */ beaconPathsAt),
/* harmony export */   Wd: () => (/* binding */ fileAt),
/* harmony export */   ar: () => (/* binding */ checkPlaybookCommits),
/* harmony export */   bw: () => (/* binding */ TRAILER_STEP),
/* harmony export */   kw: () => (/* binding */ generatedSections),
/* harmony export */   po: () => (/* binding */ TRAILER_ABORT),
/* harmony export */   qX: () => (/* binding */ readRange),
/* harmony export */   tK: () => (/* binding */ evidenceRef),
/* harmony export */   uv: () => (/* binding */ trailerValues)
/* harmony export */ });
/* unused harmony exports BeaconHistory, activeStepOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commits_catfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4126);
/* harmony import */ var _commits_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _git_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3907);
/* harmony import */ var _text_document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2600);
/* harmony import */ var _beacon_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(645);
/* harmony import */ var _spec_history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1485);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1077);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8226);










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
    const sha = await git.revParse((0,_git_ref_js__WEBPACK_IMPORTED_MODULE_4__.checkRev)(rev, { what: `the ${what} of the range` }));
    if (!sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`the ${what} commit ${rev} is not in this clone`, {
            hint: "check out with full history (actions/checkout with fetch-depth: 0), or pass from/to commits that exist",
            code: "playbook.range-missing",
        });
    }
    return sha;
}
/** Commits reachable from `to` but not from `from` (nor `exclude`), oldest first, with their changed files' status. */
async function readRange(git, range) {
    const a = range.from ? await resolve(git, range.from, "base") : undefined;
    const b = await resolve(git, range.to ?? "HEAD", "head");
    const list = await (0,_commits_range_js__WEBPACK_IMPORTED_MODULE_2__/* .readCommits */ .Fe)(git, { ...range, from: a, to: b, stat: "names" });
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
function generatedSections(bytes) {
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
                beacon = (0,_beacon_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBeacon */ .Iv)((0,_text_document_js__WEBPACK_IMPORTED_MODULE_5__.decodeUtf8)(obj.content, this.files.json), this.files.json);
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
function revertedCommit(message) {
    return /^This reverts commit ([0-9a-f]{40}|[0-9a-f]{64})\b/m.exec(message)?.[1];
}
/** The beacon paths a playbook at a revision ("" = the index) declares, joined by NUL (undefined: no playbook there, or not a valid one). */
async function beaconPathsAt(cat, commit, file) {
    const obj = await cat.read(`${commit}:${file}`);
    if (obj?.type !== "blob")
        return undefined;
    try {
        const pb = await (0,_load_js__WEBPACK_IMPORTED_MODULE_8__/* .parsePlaybook */ .hV)((0,_text_document_js__WEBPACK_IMPORTED_MODULE_5__.decodeUtf8)(obj.content, file), file);
        return `${pb.playbook.beacon.json}\0${pb.playbook.beacon.markdown}`;
    }
    catch {
        return undefined;
    }
}
/** What a merge holds of the beacon (progress.json's blob, progress.md's generated sections) at a commit. */
async function beaconKey(cat, commit, files) {
    const [json, md] = await Promise.all([cat.read(`${commit}:${files.json}`), cat.read(`${commit}:${files.md}`)]);
    return `${json?.type === "blob" ? json.oid : "-"}\0${md?.type === "blob" ? generatedSections(md.content) : "-"}`;
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
async function checkPlaybookCommits(list, options) {
    const { git, playbook: pb } = options;
    const files = { json: pb.playbook.beacon.json, md: pb.playbook.beacon.markdown };
    const cat = new _commits_catfile_js__WEBPACK_IMPORTED_MODULE_1__.CatFile(git);
    const beacons = new BeaconHistory(cat, files);
    const spec = new _spec_history_js__WEBPACK_IMPORTED_MODULE_7__.SpecReader(cat, new _spec_history_js__WEBPACK_IMPORTED_MODULE_7__.SpecPaths(pb.playbook.spec));
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
                const mine = await beaconPathsAt(cat, c.sha, pb.file);
                const theirs = await Promise.all(c.parents.map((p) => beaconPathsAt(cat, p, pb.file)));
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
                mdGenerated = a?.type === "blob" && (b?.type !== "blob" || generatedSections(a.content) !== generatedSections(b.content));
            }
            const gateValue = trailerValues(c, TRAILER_GATE)[0];
            const gate = gateValue !== undefined ? (0,_provenance_js__WEBPACK_IMPORTED_MODULE_9__.parseGateTrailer)(gateValue) : undefined;
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
    const reverted = revertedCommit(c.message);
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
    return now !== undefined && now !== "invalid" && restoresEarlierBeacon(g.pb, now, was, g.files.json);
}
/**
 * A beacon a revert puts back is one the gate could have written (digest and history valid) and
 * an earlier state of the beacon it replaces (its history a prefix of that one's): reverting goes
 * back, never forward, so reverting the revert of a forged advance does not reinstate it.
 */
function restoresEarlierBeacon(pb, now, was, file) {
    if ((0,_beacon_js__WEBPACK_IMPORTED_MODULE_6__/* .beaconDigest */ .Zq)(now) !== now.digest)
        return false;
    if ((0,_beacon_js__WEBPACK_IMPORTED_MODULE_6__/* .validateBeacon */ .N5)(pb, now, file).some((v) => v.severity === "error"))
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
    if ((0,_beacon_js__WEBPACK_IMPORTED_MODULE_6__/* .beaconDigest */ .Zq)(after) !== after.digest) {
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
    const legal = from && before.status === "active" ? (0,_beacon_js__WEBPACK_IMPORTED_MODULE_6__/* .legalTransitions */ .Kr)(g.pb, from, before.iteration) : [];
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
        const missing = step.exit.filter((x) => EVIDENCE_TYPES.has(x.type) && !evidence.some((e) => e.condition === (0,_load_js__WEBPACK_IMPORTED_MODULE_8__/* .conditionKey */ .pq)(x)));
        if (missing.length) {
            out.push(v("commit.gate-evidence-missing", `advances ${entry.from} but cites no evidence for ${missing.map((x) => (0,_load_js__WEBPACK_IMPORTED_MODULE_8__/* .conditionKey */ .pq)(x)).join(", ")}`, restore, g.files.json));
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
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(obj.content).digest("hex");
        if (`sha256:${digest}` !== e.sha256) {
            out.push(v("commit.gate-evidence-mismatch", `cites ${e.file} with ${e.sha256.slice(0, 19)}…, but ${e.file} ${where} is another file`, restore, e.file));
        }
    }
    return out;
}


/***/ }),

/***/ 8226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GATE_KINDS: () => (/* binding */ GATE_KINDS),
/* harmony export */   ciRunFromEnv: () => (/* binding */ ciRunFromEnv),
/* harmony export */   formatGateTrailer: () => (/* binding */ formatGateTrailer),
/* harmony export */   parseGateTrailer: () => (/* binding */ parseGateTrailer),
/* harmony export */   verifyRun: () => (/* binding */ verifyRun)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

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
const GATE_KINDS = ["advance", "abort"];
/**
 * The run from the runner's environment, or a UserError saying that this is not CI. GITHUB_ACTIONS
 * and GITHUB_RUN_ID are what every GitHub-hosted and self-hosted runner sets; anyone can set them
 * in a terminal too, which is why check verifies the run (ADR 0035).
 */
function ciRunFromEnv(env) {
    if (env.GITHUB_ACTIONS !== "true" || !/^\d{1,20}$/.test(env.GITHUB_RUN_ID ?? "")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("the beacon advances only in CI: this is not a GitHub Actions run (GITHUB_ACTIONS and GITHUB_RUN_ID are not set)", {
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
function parseGateTrailer(value) {
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


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSpecPattern: () => (/* binding */ checkSpecPattern),
/* harmony export */   describeSource: () => (/* binding */ describeSource),
/* harmony export */   missingSpecError: () => (/* binding */ missingSpecError),
/* harmony export */   resolveSpecSource: () => (/* binding */ resolveSpecSource)
/* harmony export */ });
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
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${what} "${raw}" ${why}`, {
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
    const { MAX_YAML_BYTES, parseYaml, yamlIssueError } = await __webpack_require__.e(/* import() */ 3230).then(__webpack_require__.bind(__webpack_require__, 3230));
    const bytes = await (0,_fs_guard_js__WEBPACK_IMPORTED_MODULE_1__.readRegularFile)(at.abs, at.rel, MAX_YAML_BYTES);
    if (bytes === undefined)
        return undefined;
    // Only the `spec:` key is read here (the gate validates the whole file): a command that needs
    // the spec should not fail on a condition it does not evaluate.
    const { data, doc, lc } = await parseYaml((0,_text_document_js__WEBPACK_IMPORTED_MODULE_2__.decodeUtf8)(bytes, at.rel), at.rel, (issues) => yamlIssueError(at.rel, issues));
    if (!data || typeof data !== "object" || Array.isArray(data) || !Object.prototype.hasOwnProperty.call(data, "spec"))
        return undefined;
    const spec = data.spec;
    const node = doc.get("spec", true);
    const pos = node?.range ? lc.linePos(node.range[0]) : undefined;
    if (!Array.isArray(spec) || spec.length === 0 || !spec.every((x) => typeof x === "string" && x.trim() !== "")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${at.rel}: spec: must be a list of paths or globs`, {
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`${describeSource(source)} names ${list}, which ${missing.length === 1 ? ((0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(missing[0]) ? "matches no file" : "does not exist") : "match no file"}${where ? ` ${where}` : ""}`, {
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
