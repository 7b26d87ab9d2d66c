export const id = 744;
export const ids = [744];
export const modules = {

/***/ 84744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishProposal: () => (/* binding */ publishProposal)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/speckit/context.ts + 1 modules
var context = __webpack_require__(93156);
// EXTERNAL MODULE: ./packages/core/src/speckit/proposal.ts
var speckit_proposal = __webpack_require__(79893);
// EXTERNAL MODULE: ./packages/core/src/speckit/run.ts + 7 modules
var run = __webpack_require__(88738);
// EXTERNAL MODULE: ./packages/core/src/speckit/stages/pull-request.ts + 1 modules
var pull_request = __webpack_require__(75044);
// EXTERNAL MODULE: ./packages/core/src/speckit/stages/push.ts
var push = __webpack_require__(10395);
// EXTERNAL MODULE: ./packages/core/src/speckit/stages/teardown.ts
var teardown = __webpack_require__(74443);
// EXTERNAL MODULE: ./packages/core/src/defaults.ts
var defaults = __webpack_require__(91315);
// EXTERNAL MODULE: ./packages/core/src/fs/guard.ts
var guard = __webpack_require__(3680);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git_git = __webpack_require__(330);
// EXTERNAL MODULE: ./packages/core/src/git/identity.ts
var identity = __webpack_require__(87034);
// EXTERNAL MODULE: ./packages/core/src/speckit/failures.ts
var failures = __webpack_require__(83124);
// EXTERNAL MODULE: ./packages/core/src/speckit/naming.ts
var naming = __webpack_require__(22855);
// EXTERNAL MODULE: ./packages/core/src/text/log-safe.ts
var log_safe = __webpack_require__(35625);
;// CONCATENATED MODULE: ./packages/core/src/speckit/proposal-rules.ts

/** Where `specify init --integration <agent>` puts an agent's commands (snapshots of Spec Kit 1.0.1; 0.0.x folders too). */
const COMMAND_FOLDERS = {
    claude: [".claude/commands/", ".claude/skills/"],
    codex: [".agents/skills/", ".codex/prompts/"],
    gemini: [".gemini/commands/"],
    // Copilot's commands live under .github/, which a proposal never changes.
    copilot: [],
    command: [],
};
const mib = (n) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
function allowedFolders(rules) {
    const out = rules.featureDir ? [`${rules.featureDir}/`] : [];
    if (rules.installed)
        out.push(".specify/", ...COMMAND_FOLDERS[rules.agent]);
    return out;
}
function checkChanges(entries, rules) {
    const refused = [];
    const allowed = allowedFolders(rules);
    let total = 0;
    for (const e of entries) {
        const reasons = [];
        const lower = e.path.toLowerCase();
        if (lower === ".github" || lower.startsWith(".github/"))
            reasons.push("nothing under .github/ is published from a proposal");
        else if (!allowed.some((f) => e.path.startsWith(f)))
            reasons.push(`outside the folders this run may change (${allowed.join(", ") || "none"}${!rules.installed &&
                (lower.startsWith(".specify/") ||
                    Object.values(COMMAND_FOLDERS)
                        .flat()
                        .some((f) => e.path.startsWith(f)))
                ? "; Spec Kit was already installed, so its files are not this run's to change"
                : ""})`);
        if (e.status !== "D") {
            if (e.newMode === "120000")
                reasons.push("a symlink");
            else if (e.newMode === "160000")
                reasons.push("a submodule");
            else if (e.newMode === "100755" && !e.path.startsWith(".specify/scripts/"))
                reasons.push("an executable file outside .specify/scripts/");
            else if (e.newMode !== "100644" && e.newMode !== "100755")
                reasons.push(`an entry of mode ${e.newMode}`);
            if (e.size > rules.limits.fileBytes)
                reasons.push(`${e.size} bytes, more than the ${mib(rules.limits.fileBytes)} a file may have`);
            total += e.size;
        }
        if (reasons.length)
            refused.push({ path: e.path, reason: reasons.join("; ") });
    }
    if (total > rules.limits.totalBytes)
        refused.push({
            path: "(all files)",
            reason: `${total} bytes together, more than the ${mib(rules.limits.totalBytes)} a proposal may have`,
        });
    return refused;
}
/** One refusal as one log line: the path quoted so that a name holding a line break or `::` stays text. */
function refusalLine(r) {
    return `refused ${r.path === "(all files)" ? r.path : JSON.stringify(r.path)}: ${(0,log_safe/* logSafe */.s)(r.reason)}`;
}

// EXTERNAL MODULE: ./packages/core/src/speckit/stages/commit.ts
var commit = __webpack_require__(71190);
;// CONCATENATED MODULE: ./packages/core/src/speckit/stages/unbundle.ts












/** A proposal that failed validation: one line per refused path; nothing was pushed. */
class ProposalRefused extends errors.UserError {
    refused;
    constructor(refused) {
        super(`the proposal was refused, nothing was published (${refused.length} refused):\n${refused.map(refusalLine).join("\n")}`, {
            hint: "a proposal may change only its feature folder under specs/ (and .specify/ and the agent's command folder when the run installed Spec Kit): no .github/, no symlinks, no executables outside .specify/scripts/, files within the size limits. Rerun the propose job",
            code: "speckit.proposal-refused",
        });
        this.refused = refused;
        this.name = "ProposalRefused";
    }
}
const refuse = (path, reason) => new ProposalRefused([{ path, reason }]);
/**
 * The publish job's first stage (ADR 0037): the proposal's commit, read into a throwaway bare
 * repository of our own, and validated before anything is pushed. The bundle is hostile: git
 * reads it with no config, hook or template of anyone's (isolatedGitEnv, `--template=`), checks
 * every object it takes from it (`fetch.fsckObjects`), and never checks anything out. What publish
 * trusts it learns itself: the remote's branches, the base tree (was Spec Kit there?), the diff.
 * On success the commit to push is rebuilt here, the proposal's tree on its parent with a message
 * made from the run's facts and our identity, so that no author, trailer or signature the
 * proposing job wrote reaches the branch.
 */
async function openProposal(ctx, proposal, bundle, limits) {
    const { ws, options } = ctx;
    const who = (0,identity/* identityEnv */.W)(options.committer ?? defaults/* GITHUB_ACTIONS_BOT */.iU);
    const git = new git_git/* Git */.TU({ cwd: ws.dir, env: { ...(0,git_git/* isolatedGitEnv */.tk)(process.env, { gitDir: ws.git }), ...who } }).withAuth(ctx.auth);
    await git.run(["init", "--quiet", "--bare", "--template="]);
    await external_node_fs_.promises.chmod(ws.git, 0o700);
    await git.run(["config", "remote.origin.url", options.remoteUrl]);
    ctx.git = git;
    const base = options.baseBranch ?? proposal.base.branch;
    if (base !== proposal.base.branch)
        throw refuse("(base)", `made on ${proposal.base.branch}, but this job publishes onto ${base}`);
    ctx.base = base;
    ctx.record.baseBranch = base;
    const listed = await git.raw(["ls-remote", "--heads", "origin"], { network: true });
    if (listed.code !== 0)
        throw (0,failures/* cloneFailed */.p$)(options.repository, undefined, ctx.redact(listed.stderr.toString("utf8")));
    const heads = (0,naming/* parseLsRemoteHeads */.eR)(listed.stdout.toString("utf8"));
    ctx.heads = heads;
    if (!heads.some((h) => h.branch === base))
        throw refuse("(base)", `the base branch ${base} is not on ${options.repository}`);
    const branch = proposal.branch;
    if (branch === undefined)
        return [];
    if (branch === base)
        throw refuse("(branch)", `the feature branch is the base branch ${base}`);
    ctx.branch = branch;
    ctx.record.branch = branch;
    ctx.featureDir = proposal.featureDir;
    ctx.record.featureDir = proposal.featureDir;
    const existing = heads.find((h) => h.branch === branch);
    ctx.resumed = existing !== undefined;
    const refspecs = [`+refs/heads/${base}:refs/remotes/origin/${base}`];
    if (existing)
        refspecs.push(`+refs/heads/${branch}:refs/remotes/origin/${branch}`);
    ctx.checkCancel("before fetching the base");
    await git.run(["-c", "maintenance.auto=false", "-c", "gc.auto=0", "fetch", "--quiet", "--no-tags", "origin", ...refspecs], {
        network: true,
    });
    if (!proposal.commit || !bundle)
        return [];
    // The bundle, copied into our own folder (a regular file, within the limit) before git reads it.
    const copy = external_node_path_.join(ws.dir, speckit_proposal/* BUNDLE_FILE */.Ij);
    const bytes = await (0,guard.readRegularFile)(bundle, speckit_proposal/* BUNDLE_FILE */.Ij, limits.bundleBytes).catch((e) => {
        throw refuse(speckit_proposal/* BUNDLE_FILE */.Ij, e.message);
    });
    if (bytes === undefined)
        throw refuse(speckit_proposal/* BUNDLE_FILE */.Ij, "missing: the proposal names a commit, but its bundle is not in proposal-dir");
    await external_node_fs_.promises.writeFile(copy, bytes, { mode: 0o600 });
    const verified = await git.raw(["bundle", "verify", "--quiet", copy]);
    if (verified.code !== 0) {
        const why = verified.stderr.toString("utf8").trim().split("\n").slice(-2).join(" ");
        throw refuse(speckit_proposal/* BUNDLE_FILE */.Ij, `not a bundle of a commit on ${existing ? branch : base} (${why.slice(0, 300)})`);
    }
    const listedHeads = (await git.run(["bundle", "list-heads", copy])).trim().split("\n").filter(Boolean);
    if (listedHeads.length !== 1 || listedHeads[0] !== `${proposal.commit} ${speckit_proposal/* PROPOSAL_REF */.rP}`)
        throw refuse(speckit_proposal/* BUNDLE_FILE */.Ij, `must hold exactly the one ref ${speckit_proposal/* PROPOSAL_REF */.rP} at the proposal's commit; it holds ${listedHeads.length} ref(s)`);
    await git.run([
        "-c",
        "fetch.fsckObjects=true",
        "-c",
        "transfer.fsckObjects=true",
        "fetch",
        "--quiet",
        "--no-tags",
        "--no-write-fetch-head",
        "--end-of-options",
        copy,
        `+${speckit_proposal/* PROPOSAL_REF */.rP}:${speckit_proposal/* PROPOSAL_REF */.rP}`,
    ]);
    const sha = proposal.commit;
    const parents = (await git.run(["rev-list", "--parents", "-n", "1", "--end-of-options", sha])).trim().split(" ").slice(1);
    if (parents.length !== 1 || parents[0] !== proposal.parent)
        throw refuse("(commit)", `must be one commit with the proposal's parent as its only parent; it has ${parents.length} parent(s)`);
    const parent = parents[0];
    const fresh = Number((await git.run(["rev-list", "--count", sha, "--not", "--remotes"])).trim());
    // A rerun of publish whose first run pushed this very commit (the rebuilt commit equals the
    // proposal's when message, identity and second agree): it is the branch's tip, not a new one.
    // The branch must still be speckit-run's (the trailer check below) before anything is skipped.
    const republished = existing !== undefined && existing.sha === sha;
    if (fresh !== 1 && !republished)
        throw refuse("(commit)", `the bundle holds ${fresh} new commits; a proposal is exactly one commit`);
    // A proposal may build on an existing branch only when speckit-run made it (a resumed run), never on
    // a branch of someone's that happens to be named like a feature.
    if (existing) {
        const tipMessage = await git.run(["log", "-1", "--format=%B", "--end-of-options", existing.sha]);
        if (!/^Speckit-Input: [0-9a-f]{12}$/m.test(tipMessage))
            throw refuse("(branch)", `${branch} exists and was not made by speckit-run (its last commit has no Speckit-Input trailer)`);
    }
    if (existing && parent !== existing.sha) {
        // A rerun of publish after it pushed (say the pull request could not be opened then): the
        // branch holds this proposal's tree on its parent already, and only the pull request is left.
        if (await alreadyPublished(git, existing.sha, parent, sha)) {
            ctx.log(`${branch} already holds this proposal (${existing.sha.slice(0, 12)}); nothing to push`);
            return [];
        }
        throw refuse("(branch)", `${branch} moved on since the proposal was made (it is at ${existing.sha.slice(0, 12)}); rerun the propose job`);
    }
    if (!existing) {
        if (parent !== proposal.base.sha)
            throw refuse("(commit)", "its parent is not the base commit the proposal names");
        const ancestor = await git.raw(["merge-base", "--is-ancestor", parent, `refs/remotes/origin/${base}`]);
        if (ancestor.code !== 0)
            throw refuse("(base)", `the base commit ${parent.slice(0, 12)} is not on ${base}`);
    }
    // Spec Kit installed by the run: only if the base had none (the proposal's word is not enough).
    const baseHasSpeckit = (await git.run(["ls-tree", "--name-only", parent, "--", ".specify"])).trim() !== "";
    ctx.installed = proposal.speckit?.installed === true && !baseHasSpeckit;
    if (ctx.installed)
        ctx.record.speckit = {
            generation: 1,
            installed: true,
            ...(proposal.speckit?.installer ? { installer: proposal.speckit.installer } : {}),
        };
    const entries = await changedEntries(git, parent, sha);
    if (entries.length === 0)
        throw refuse("(commit)", "changes nothing");
    const refused = checkChanges(entries, { featureDir: proposal.featureDir, installed: ctx.installed, agent: proposal.agent, limits });
    if (refused.length)
        throw new ProposalRefused(refused);
    const tree = (await git.run(["rev-parse", "--verify", "--end-of-options", `${sha}^{tree}`])).trim();
    const living = await git.raw(["cat-file", "blob", `${parent}:docs/spec.md`]);
    const message = await (0,commit/* commitMessage */.df)(ctx, living.code === 0 ? living.stdout : undefined);
    const rebuilt = (await git.run(["commit-tree", tree, "-p", parent, "-F", "-"], { input: message })).trim();
    ctx.commit = { sha: rebuilt, message };
    ctx.record.commit = rebuilt;
    ctx.record.changes = { files: entries.length, insertions: 0, deletions: 0 };
    ctx.log(`validated the proposal: ${entries.length} file(s) in ${proposal.featureDir ?? "the run's folders"}; commit ${rebuilt.slice(0, 12)}`);
    return entries;
}
/** Whether `tip` is a commit of `proposed`'s tree on `parent`: what an earlier publish of it pushed. */
async function alreadyPublished(git, tip, parent, proposed) {
    const r = await git.raw(["rev-list", "--parents", "-n", "1", "--end-of-options", tip]);
    const parents = r.stdout.toString("utf8").trim().split(" ").slice(1);
    if (r.code !== 0 || parents.length !== 1 || parents[0] !== parent)
        return false;
    const tree = async (c) => (await git.run(["rev-parse", "--verify", "--end-of-options", `${c}^{tree}`])).trim();
    return (await tree(tip)) === (await tree(proposed));
}
/** The commit's changes against its parent, from our git's diff, with the size of each new blob. */
async function changedEntries(git, parent, sha) {
    const raw = await git.run(["diff-tree", "-r", "-z", "--no-renames", "--raw", "--end-of-options", parent, sha]);
    const fields = raw.split("\0");
    const entries = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const m = /^:(\d{6}) (\d{6}) [0-9a-f]+ ([0-9a-f]+) (\w)\d*$/.exec(fields[i]);
        if (!m)
            break;
        entries.push({ oldMode: m[1], newMode: m[2], blob: m[3], status: m[4], path: fields[i + 1], size: 0 });
    }
    const blobs = entries.filter((e) => e.status !== "D" && e.newMode !== "160000");
    if (blobs.length) {
        const sizes = (await git.run(["cat-file", "--batch-check=%(objectsize)"], { input: blobs.map((e) => e.blob).join("\n") + "\n" }))
            .trim()
            .split("\n");
        blobs.forEach((e, k) => (e.size = Number(sizes[k]) || 0));
    }
    return entries.map(({ blob: _blob, ...e }) => e);
}

;// CONCATENATED MODULE: ./packages/core/src/speckit/publish.ts










async function publishProposal(options) {
    const { proposal, bundle } = await (0,speckit_proposal/* readProposal */.Vv)(options.root, options.proposalDir);
    const [owner, name] = proposal.repository.split("/");
    if (`${owner}/${name}`.toLowerCase() !== options.repository.toLowerCase())
        throw new errors.UserError(`the proposal is for ${proposal.repository}, not ${options.repository}`, {
            hint: "publish a proposal in the repository it was made for",
            code: "speckit.bad-proposal",
        });
    const limits = { ...speckit_proposal/* DEFAULT_PROPOSAL_LIMITS */.aX, ...options.limits };
    const ctx = await (0,context/* openRun */.I)({
        ...options,
        mode: "run",
        // A fresh folder: a propose job on the same machine may have used the run's id already.
        workspaceRoot: (0,external_node_fs_.mkdtempSync)(external_node_path_.join(external_node_path_.resolve(options.workspaceRoot), "speckit-publish-")),
        runId: proposal.runId,
        specText: proposal.request.text,
        agent: { input: proposal.agent },
        agentEnv: [],
        phases: proposal.phases.map((p) => p.phase),
        phaseTimeoutMs: 0,
        retries: 0,
        pr: { title: proposal.pr.title, body: proposal.pr.body, labels: proposal.pr.labels, draft: proposal.pr.draft },
        safetyStrategy: "unsafe",
        speckitVersion: "",
    });
    // No agent runs here: the record says what ran in the propose job.
    ctx.record.safetyStrategy = undefined;
    ctx.record.agent = { name: proposal.agent, source: "the proposal" };
    ctx.agent = { name: proposal.agent };
    proposal.phases.forEach((p, k) => Object.assign(ctx.phases[k], { status: p.status, durationMs: p.durationMs }));
    ctx.succeededThisRun = proposal.succeededThisRun;
    if (proposal.startedAt)
        ctx.record.proposedAt = proposal.startedAt;
    if (proposal.tokens !== undefined)
        ctx.record.tokens = proposal.tokens;
    if (proposal.costUsd !== undefined)
        ctx.record.costUsd = proposal.costUsd;
    await ctx.setStatus("queued");
    try {
        await (0,run.checkTrigger)(ctx); // who asked may ask (from this job's own event); the issue gets the progress comment
        await ctx.setStatus("in_progress");
        await openProposal(ctx, proposal, bundle, limits); // fetched, validated, the commit rebuilt: or refused
        if (proposal.status === "needs_clarification")
            await ctx.setStatus("needs_clarification", proposal.reason);
        else {
            if (ctx.commit)
                await (0,push/* pushCommit */.S)(ctx, ctx.commit);
            const pr = ctx.commit || ctx.resumed ? await (0,pull_request/* openPullRequest */.H)(ctx) : undefined;
            await ctx.setStatus(...(0,run.outcome)(ctx, pr));
        }
    }
    catch (e) {
        if (e instanceof ProposalRefused)
            ctx.record.refused = e.refused;
        await (0,run.fail)(ctx, e);
    }
    finally {
        await (0,teardown/* teardown */.z)(ctx);
    }
    return { record: ctx.record, workspace: ctx.ws, error: ctx.error };
}


/***/ })

};
