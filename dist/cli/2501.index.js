export const id = 2501;
export const ids = [2501];
export const modules = {

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
// EXTERNAL MODULE: ./packages/core/src/commits/catfile.ts
var catfile = __webpack_require__(4126);
// EXTERNAL MODULE: ./packages/core/src/commits/check.ts
var check = __webpack_require__(456);
// EXTERNAL MODULE: ./packages/core/src/commits/header.ts
var header = __webpack_require__(9391);
// EXTERNAL MODULE: ./packages/core/src/commits/trailers.ts
var commits_trailers = __webpack_require__(9102);
// EXTERNAL MODULE: ./packages/core/src/git/ref.ts
var ref = __webpack_require__(3907);
// EXTERNAL MODULE: ./packages/core/src/playbook/beacon.ts
var playbook_beacon = __webpack_require__(645);
// EXTERNAL MODULE: ./packages/core/src/playbook/commits.ts
var commits = __webpack_require__(4091);
// EXTERNAL MODULE: ./packages/core/src/playbook/load.ts
var load = __webpack_require__(1077);
// EXTERNAL MODULE: ./packages/core/src/spec/paths.ts
var paths = __webpack_require__(4649);
// EXTERNAL MODULE: ./packages/core/src/spec/history.ts
var spec_history = __webpack_require__(1485);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/spec/hash.ts
var hash = __webpack_require__(9357);
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
        missing: (list) => list.filter((p) => {
            const one = new spec_history.SpecPaths([p]);
            return !files.some((f) => one.matches(f.path));
        }),
        close: () => cat.close(),
    };
}

// EXTERNAL MODULE: ./packages/core/src/text/document.ts
var text_document = __webpack_require__(2600);
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
 * `currentStep`/`active` (a string, or an object with an `id`) in the work tree. Kept for
 * repositories whose beacon is not specpipe's; the hooks read the committed beacon (hookContext).
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
/**
 * What the hooks judge a commit against: the spec's paths (playbook.yml's spec: or the default),
 * the playbook, and the beacon *as committed at HEAD*. The work tree's progress.json is never the
 * source of the step: a hand edit there must not become a Playbook-Step trailer.
 */
async function hookContext(git, cat, options) {
    const root = await git.topLevel();
    const playbookPath = options.playbookPath ?? "playbook.yml";
    const source = options.specSource ?? (await (0,paths.resolveSpecSource)(root, { input: options.specPaths, playbook: playbookPath }));
    const ctx = { root, source, playbookPath };
    if (!(await existsPath(external_node_path_.join(root, playbookPath))))
        return ctx;
    ctx.playbook = await (0,load.loadPlaybook)(root, playbookPath);
    const json = ctx.playbook.playbook.beacon.json;
    const head = await cat.read(`HEAD:${json}`);
    const obj = head?.type === "blob" ? head : await cat.read(`:${json}`);
    if (obj?.type !== "blob")
        return ctx;
    let beacon;
    try {
        beacon = (0,playbook_beacon/* parseBeacon */.Iv)((0,text_document.decodeUtf8)(obj.content, json), json);
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
    if ((0,commits_trailers/* trailerValue */.di)((0,commits_trailers/* parseTrailers */.aw)(message), "Playbook-Gate") !== undefined)
        return [];
    const cat = new catfile.CatFile(git);
    try {
        const ctx = await hookContext(git, cat, options);
        const spec = await stagedSpec(git, ctx.source.paths);
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
    const file = external_node_path_.resolve(git.cwd, (await git.run(["rev-parse", "--git-path", "MERGE_HEAD"])).trim());
    return (await external_node_fs_.promises.readFile(file, "utf8"))
        .split("\n")
        .filter((l) => (0,ref.isObjectId)(l.trim()))
        .map((l) => l.trim());
}
/**
 * A merge (git merge, git pull) carries no work of its own, as in the range check, when it takes
 * the beacon and the spec from one of its parents (a conflict resolved by hand included). One
 * that makes its own change to either is refused: that change would go unjudged.
 */
async function mergeProblems(git, cat, parents, options) {
    const ctx = await hookContext(git, cat, options);
    const spec = await stagedSpec(git, ctx.source.paths);
    const out = [];
    try {
        const head = await git.revParse("HEAD");
        const sides = head ? [head, ...parents] : parents;
        const reader = new spec_history.SpecReader(spec.cat, new spec_history.SpecPaths(ctx.source.paths));
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
                return `${j?.type === "blob" ? j.oid : "-"}\0${m?.type === "blob" ? (0,commits/* generatedSections */.kw)(m.content) : "-"}`;
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
        const cat = new catfile.CatFile(git);
        try {
            return await mergeProblems(git, cat, merging, options);
        }
        finally {
            cat.close();
        }
    }
    const raw = await external_node_fs_.promises.readFile(file, "utf8");
    const message = await git.run(["stripspace", "--strip-comments"], { input: raw });
    if (message.trim() === "")
        return [];
    const cat = new catfile.CatFile(git);
    try {
        const ctx = await hookContext(git, cat, options);
        const spec = await stagedSpec(git, ctx.source.paths);
        try {
            const playbookPath = ctx.playbookPath;
            const changed = spec.staged.hash.full !== spec.head.hash.full;
            const trailers = (0,commits_trailers/* parseTrailers */.aw)(message);
            const problems = (0,check.messageViolations)({ header: (0,header/* headerOf */.rR)(message), message, trailers }, {
                before: spec.head,
                after: spec.staged,
                changed,
                hasPlaybook: await spec.playbookStaged(playbookPath),
                types: options.types?.length ? options.types : header/* DEFAULT_TYPES */.Kg,
                requireBody: options.requireBody ?? header/* DEFAULT_REQUIRE_BODY */.hV,
                playbookPath,
            });
            if (ctx.source.origin !== "default") {
                const missing = spec.missing(ctx.source.paths);
                if (missing.length) {
                    const e = (0,paths.missingSpecError)(ctx.source, missing, "in the index");
                    problems.push({ code: "spec-missing", message: e.message, hint: e.hint, severity: "error", file: e.file });
                }
            }
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
                    if (obj && (0,check.adrRecordsAmendment)(obj.content.toString("utf8"), b, a))
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
    const adrDir = (options.adrDir ?? adr.DEFAULT_ADR_DIR).replace(/\/+$/, "");
    const added = (await git.run(["diff", "--cached", "--name-only", "-z", "--diff-filter=A", "--no-renames", "--", adrDir]))
        .split("\0")
        .filter((p) => p && (0,adr.adrNumber)(external_node_path_.posix.basename(p)) !== undefined);
    const out = [];
    for (const p of added) {
        const obj = await spec.cat.read(`:${p}`);
        const problem = obj ? (0,check.amendmentWithoutChangeProblem)(p, obj.content.toString("utf8"), spec.staged) : undefined;
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
    if ((0,commits_trailers/* trailerValue */.di)(trailers, "Playbook-Gate") !== undefined) {
        out.push({
            severity: "error",
            code: "playbook-gate-trailer",
            message: "the message carries a Playbook-Gate trailer; only the playbook gate makes such commits, in CI",
            hint: "remove the Playbook-Gate trailer",
        });
    }
    const restore = `git restore --staged --worktree --source=HEAD -- ${json} ${md}`;
    const [headPb, stagedPb] = await Promise.all([(0,commits/* beaconPathsAt */.Sj)(cat, "HEAD", pb.file), (0,commits/* beaconPathsAt */.Sj)(cat, "", pb.file)]);
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
            (stagedMd?.type !== "blob" || (0,commits/* generatedSections */.kw)(headMd.content) !== (0,commits/* generatedSections */.kw)(stagedMd.content))) {
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
            : (0,playbook_beacon/* validateBeacon */.N5)(pb, b, json)
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
    const named = (0,commits_trailers/* trailerValue */.di)(trailers, "Playbook-Step");
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
    const reverted = (0,commits/* revertedCommit */.BJ)(message);
    if (!reverted)
        return false;
    if ((await git.raw(["merge-base", "--is-ancestor", "--end-of-options", reverted, "HEAD"])).code !== 0)
        return false;
    const key = async (rev) => {
        const [j, m] = await Promise.all([cat.read(`${rev}:${json}`), cat.read(`${rev}:${md}`)]);
        return { key: `${j?.type === "blob" ? j.oid : "-"}\0${m?.type === "blob" ? (0,commits/* generatedSections */.kw)(m.content) : "-"}`, json: j };
    };
    const [staged, target, head] = await Promise.all([key(""), key(`${reverted}^`), key("HEAD")]);
    if (staged.key !== target.key || staged.json?.type !== "blob")
        return false;
    let now;
    try {
        now = (0,playbook_beacon/* parseBeacon */.Iv)((0,text_document.decodeUtf8)(staged.json.content, json), json);
    }
    catch {
        return false;
    }
    let was;
    try {
        was = head.json?.type === "blob" ? (0,playbook_beacon/* parseBeacon */.Iv)((0,text_document.decodeUtf8)(head.json.content, json), json) : undefined;
    }
    catch {
        was = "invalid";
    }
    return (0,commits/* restoresEarlierBeacon */.AU)(pb, now, was, json);
}
/** pre-push: check each pushed range (stdin lines `<local ref> <local sha> <remote ref> <remote sha>`), as the actions will. */
async function prePush(git, remote, stdin, options = {}) {
    const problems = [];
    const root = await git.topLevel();
    const playbookPath = options.playbookPath ?? "playbook.yml";
    const source = options.specSource ?? (await (0,paths.resolveSpecSource)(root, { input: options.specPaths, playbook: playbookPath }));
    const playbook = (await existsPath(external_node_path_.join(root, playbookPath))) ? await (0,load.loadPlaybook)(root, playbookPath) : undefined;
    for (const line of stdin.split("\n")) {
        const parts = line.trim().split(/\s+/);
        if (parts.length < 4)
            continue;
        const [, localSha, , remoteSha] = parts;
        if (/^0+$/.test(localSha) || !(0,ref.isObjectId)(localSha))
            continue;
        let range;
        if (/^0+$/.test(remoteSha) || !(0,ref.isObjectId)(remoteSha) || !(await git.revParse(remoteSha)))
            range = { to: localSha, exclude: [`--remotes=${remote}`] };
        else {
            const mb = (await git.raw(["merge-base", "--end-of-options", remoteSha, localSha])).stdout.toString().trim();
            range = { from: mb || remoteSha, to: localSha };
        }
        const report = await (0,check.checkRange)(git, range, { ...options, specSource: source.origin === "default" ? undefined : source });
        problems.push(...report.violations);
        if (playbook) {
            const list = await (0,commits/* readRange */.qX)(git, range);
            for (const v of await (0,commits/* checkPlaybookCommits */.ar)(list, { git, playbook })) {
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


/***/ })

};
