export const id = 226;
export const ids = [226];
export const modules = {

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


/***/ })

};
