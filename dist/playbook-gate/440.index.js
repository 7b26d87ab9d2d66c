export const id = 440;
export const ids = [440,907];
export const modules = {

/***/ 3440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveRange: () => (/* binding */ resolveRange)
/* harmony export */ });
/* unused harmony exports probe, ensureHistory */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _git_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3907);


const ZERO = /^0+$/;
async function exists(git, rev) {
    return (await git.raw(["cat-file", "-e", "--end-of-options", `${rev}^{commit}`])).code === 0;
}
async function mergeBase(git, a, b) {
    const r = await git.raw(["merge-base", "--end-of-options", a, b]);
    return r.code === 0 ? r.stdout.toString().trim().split("\n")[0] : undefined;
}
async function isAncestor(git, a, b) {
    return (await git.raw(["merge-base", "--is-ancestor", "--end-of-options", a, b])).code === 0;
}
function shallowHint() {
    return 'check out the full history: "uses: actions/checkout@v4" with "fetch-depth: 0"';
}
/**
 * Make sure `revs` exist and, when `connect` is given, that it has a merge base with them;
 * deepen a shallow clone step by step (then unshallow) as needed. Returns the revs still missing.
 */
/**
 * One git call for the common case: is the clone shallow, and do all `revs` name commits? Their
 * full ids when they do (undefined when one is missing).
 */
async function probe(git, revs) {
    // rev-parse outside --verify mode has no --end-of-options before git 2.43; every rev here was
    // checked by checkRev/checkObjectId already, and this is the second line of defence.
    if (revs.some((x) => x.startsWith("-")))
        throw new Error(`internal: unchecked revision ${JSON.stringify(revs)}`);
    const r = await git.raw(["rev-parse", "--is-shallow-repository", ...revs.map((x) => `${x}^{commit}`)]);
    const lines = r.stdout.toString().trim().split("\n");
    const shallow = lines[0] === "true";
    if (r.code === 0 && lines.length === revs.length + 1)
        return { shallow, shas: lines.slice(1) };
    return { shallow: r.code === 0 ? shallow : await git.isShallow() };
}
async function ensureHistory(git, revs, options) {
    if (!options.full) {
        const p = await probe(git, revs);
        if (!p.shallow && p.shas)
            return [];
    }
    const missing = async () => {
        const out = [];
        for (const r of revs)
            if (!(await exists(git, r)))
                out.push(r);
        return out;
    };
    const complete = async () => {
        const m = await missing();
        if (m.length)
            return false;
        if (options.connect)
            for (const r of revs)
                if (!(await mergeBase(git, r, options.connect)))
                    return false;
        return true;
    };
    if (!(await git.isShallow())) {
        const m = await missing();
        if (m.length && options.deepen) {
            // A sha the clone has not fetched (another branch): ask the remote for it.
            await git.raw(["fetch", "--quiet", "--no-tags", "--end-of-options", options.remote, ...m], { network: true });
            return missing();
        }
        return m;
    }
    if (!options.full && (await complete()))
        return [];
    if (!options.deepen) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the clone is shallow and lacks the commits to check (${(await missing()).join(", ") || "their history"})`, {
            hint: shallowHint(),
            code: "spec-hash.shallow",
        });
    }
    const steps = options.full ? [] : [50, 250, 1000];
    for (const n of steps) {
        const r = await git.raw(["fetch", "--quiet", "--no-tags", `--deepen=${n}`, options.remote], { network: true });
        if (r.code !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the clone is shallow and "git fetch --deepen" failed: ${r.stderr.toString().trim().split("\n")[0]}`, {
                hint: shallowHint(),
                code: "spec-hash.shallow",
            });
        }
        options.notes.push(`deepened the shallow clone by ${n} commits`);
        const m = await missing();
        if (m.length)
            await git.raw(["fetch", "--quiet", "--no-tags", `--depth=${n}`, "--end-of-options", options.remote, ...m], { network: true });
        if (await complete())
            return [];
    }
    const r = await git.raw(["fetch", "--quiet", "--no-tags", "--unshallow", options.remote], { network: true });
    if (r.code !== 0 && (await git.isShallow())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the clone is shallow and "git fetch --unshallow" failed: ${r.stderr.toString().trim().split("\n")[0]}`, {
            hint: shallowHint(),
            code: "spec-hash.shallow",
        });
    }
    options.notes.push("fetched the full history (git fetch --unshallow)");
    const m = await missing();
    if (m.length) {
        await git.raw(["fetch", "--quiet", "--no-tags", "--end-of-options", options.remote, ...m], { network: true });
        return missing();
    }
    return [];
}
async function defaultBranchRef(git, remote, payload) {
    const name = (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.safeBranchName)(payload?.repository?.default_branch);
    if (name) {
        const ref = `refs/remotes/${remote}/${name}`;
        if (await exists(git, ref))
            return ref;
        const r = await git.raw(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${name}:${ref}`], { network: true });
        if (r.code === 0)
            return ref;
    }
    const head = await git.raw(["symbolic-ref", "--quiet", `refs/remotes/${remote}/HEAD`]);
    if (head.code === 0)
        return head.stdout.toString().trim();
    for (const n of ["main", "master"])
        if (await exists(git, `refs/remotes/${remote}/${n}`))
            return `refs/remotes/${remote}/${n}`;
    return undefined;
}
/** The commits `to` has that the default branch has not; all of `to` when it is on the default branch. */
async function sinceDefault(git, to, remote, payload, notes, deepen) {
    if (await git.isShallow())
        await ensureHistory(git, [to], { remote, deepen, full: true, notes });
    const base = await defaultBranchRef(git, remote, payload);
    if (base) {
        const mb = await mergeBase(git, base, to);
        const toSha = (await git.revParse(to)) ?? to;
        if (mb && mb !== toSha) {
            notes.push(`checking the commits not on ${base.replace(/^refs\/remotes\//, "")} (since ${mb.slice(0, 12)})`);
            return { from: mb };
        }
    }
    notes.push("checking the whole history of the branch");
    return { from: undefined };
}
async function resolveRange(git, req) {
    const remote = req.remote ?? "origin";
    const deepen = req.deepen ?? true;
    const payload = req.payload ?? {};
    const notes = [];
    const event = req.eventName ?? "";
    const names = req.names ?? { from: 'input "from"', to: 'input "to"' };
    /** The commits `to` has that the default branch has not, as a range of `mode`. */
    const fromDefault = async (to, mode) => ({
        to,
        ...(await sinceDefault(git, to, remote, payload, notes, deepen)),
        mode,
        adrScope: "commit",
        notes,
    });
    // Every revision from an input, the command line or the event is checked before git sees it.
    const sha = req.sha ? (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkRev)(req.sha, { what: "GITHUB_SHA" }) : undefined;
    const dispatched = event === "workflow_dispatch" && !req.from && !req.to;
    const explicit = dispatched
        ? {
            from: payload.inputs?.from ? (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkRev)(String(payload.inputs.from), { what: 'the workflow_dispatch input "from"' }) : undefined,
            to: payload.inputs?.to ? (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkRev)(String(payload.inputs.to), { what: 'the workflow_dispatch input "to"' }) : undefined,
        }
        : req.from || req.to
            ? {
                from: req.from ? (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkRev)(req.from, { what: names.from }) : undefined,
                to: req.to ? (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkRev)(req.to, { what: names.to }) : undefined,
            }
            : undefined;
    if (explicit && (explicit.from || explicit.to)) {
        const to = explicit.to || sha || "HEAD";
        if (explicit.from) {
            let p = await probe(git, [explicit.from, to]);
            if (p.shallow || !p.shas) {
                const missing = await ensureHistory(git, [explicit.from, to], { remote, deepen, connect: to, notes });
                if (missing.length)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`cannot find ${missing.join(", ")} in the repository`, {
                        hint: `give "from"/"to" as commits, branches or tags that exist; ${shallowHint()}`,
                        code: "spec-hash.range",
                    });
                p = await probe(git, [explicit.from, to]);
            }
            return { from: p.shas?.[0] ?? explicit.from, to: p.shas?.[1] ?? to, mode: "manual", adrScope: "commit", notes };
        }
        return fromDefault(to, "manual");
    }
    if (event === "pull_request" || event === "pull_request_target") {
        if (!payload.pull_request?.base?.sha || !payload.pull_request?.head?.sha)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError("the pull_request event has no base.sha/head.sha", {
                hint: "run the action on pull_request events, or give the from/to inputs",
                code: "spec-hash.event",
            });
        const base = (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkObjectId)(payload.pull_request.base.sha, { what: "the event's pull_request.base.sha" });
        const head = (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkObjectId)(payload.pull_request.head.sha, { what: "the event's pull_request.head.sha" });
        const missing = await ensureHistory(git, [base, head], { remote, deepen, connect: head, notes });
        if (missing.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the pull request's commits ${missing.join(", ")} are not in the clone`, {
                hint: shallowHint(),
                code: "spec-hash.shallow",
            });
        // base.sha is the base branch as it was when the event was made; what the base branch has
        // now (a pull request that merged main) is not the pull request's own work either.
        const baseRef = (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.safeBranchName)(payload.pull_request.base.ref);
        const exclude = baseRef && (await exists(git, `refs/remotes/${remote}/${baseRef}`)) ? [`refs/remotes/${remote}/${baseRef}`] : undefined;
        return { from: base, to: head, ...(exclude ? { exclude } : {}), mode: "pull_request", adrScope: "range", notes };
    }
    if (event === "push") {
        const after = payload.after ? (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkObjectId)(payload.after, { what: "the event's after" }) : sha || "HEAD";
        const before = payload.before ? (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkObjectId)(payload.before, { what: "the event's before" }) : undefined;
        if (payload.deleted || ZERO.test(after))
            return { to: "HEAD", mode: "deleted", adrScope: "commit", notes: ["the branch was deleted; nothing to check"], empty: true };
        if (!before || ZERO.test(before)) {
            notes.push("a new branch");
            return fromDefault(after, "new-branch");
        }
        const missing = await ensureHistory(git, [before, after], { remote, deepen, connect: after, notes });
        if (missing.includes(after))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`the pushed commit ${after} is not in the clone`, { hint: shallowHint(), code: "spec-hash.shallow" });
        if (missing.includes(before)) {
            notes.push(`the commit before the push (${before.slice(0, 12)}) is no longer reachable (a forced push)`);
            // The payload lists the pushed commits (at most 20, oldest first): check from the first one's parent.
            const pushed = Array.isArray(payload.commits)
                ? payload.commits.map((c, i) => (0,_git_ref_js__WEBPACK_IMPORTED_MODULE_1__.checkObjectId)(c?.id, { what: `the event's commits[${i}].id` }))
                : [];
            if (pushed.length > 0 && pushed.length < 20) {
                const parent = await git.revParse(`${pushed[0]}^`);
                if (parent && (await isAncestor(git, parent, after))) {
                    notes.push(`checking the ${pushed.length} pushed commit(s) the event lists`);
                    return { from: parent, to: after, mode: "forced-push", adrScope: "commit", notes };
                }
            }
            return fromDefault(after, "forced-push");
        }
        if (await isAncestor(git, before, after))
            return { from: before, to: after, mode: "push", adrScope: "commit", notes };
        const mb = await mergeBase(git, before, after);
        notes.push(`a forced push: checking from the merge base of before and after (${mb ? mb.slice(0, 12) : "none"})`);
        if (mb)
            return { from: mb, to: after, mode: "forced-push", adrScope: "commit", notes };
        return fromDefault(after, "forced-push");
    }
    if (event === "cli") {
        const upstream = await sinceUpstream(git, notes);
        if (upstream)
            return { ...upstream, mode: "manual", adrScope: "commit", notes };
    }
    return fromDefault(sha || "HEAD", "full");
}
/**
 * A terminal's default range: the commits HEAD has that its upstream branch has not (what a push
 * would send); an empty range when HEAD is on the upstream; undefined without an upstream.
 */
async function sinceUpstream(git, notes) {
    const up = await git.raw(["rev-parse", "--verify", "--quiet", "--symbolic-full-name", "@{upstream}"]);
    if (up.code !== 0)
        return undefined;
    const ref = up.stdout.toString().trim();
    const head = await git.revParse("HEAD");
    const base = head ? await mergeBase(git, "HEAD", ref) : undefined;
    if (!head || !base)
        return undefined;
    notes.push(base === head
        ? `nothing to check: HEAD is on ${ref.replace(/^refs\/remotes\//, "")}`
        : `checking the commits not on ${ref.replace(/^refs\/remotes\//, "")} (since ${base.slice(0, 12)})`);
    return { from: base, to: head };
}


/***/ }),

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


/***/ })

};
