export const id = 733;
export const ids = [733];
export const modules = {

/***/ 8733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  playbookFailure: () => (/* binding */ playbookFailure),
  playbookLog: () => (/* binding */ playbookLog),
  playbookNotes: () => (/* binding */ playbookNotes),
  playbookOutputs: () => (/* binding */ playbookOutputs),
  playbookSummary: () => (/* binding */ playbookSummary)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/markdown/summary.ts
var summary = __webpack_require__(9663);
;// CONCATENATED MODULE: ./packages/core/src/text/log-safe.ts
/**
 * User data (a task id, a phase, a backlog item, a file's name) printed to a workflow's log must not
 * become a workflow command: the runner reads any line that starts with `::` as one (`::error::`,
 * `::add-mask::`, `::stop-commands::`). `logSafe` keeps the value on the line it is printed on —
 * line breaks and other control characters are shown escaped (`\n`, `\u0007`) — and breaks a
 * leading `::`, so whatever the value holds, it is only ever text.
 */
function logSafe(value) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
    const escaped = value.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/g, (c) => {
        if (c === "\n")
            return "\\n";
        if (c === "\r")
            return "\\r";
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    });
    return escaped.replace(/^(\s*):/, "$1\\:");
}

;// CONCATENATED MODULE: ./packages/core/src/playbook/render.ts
/**
 * Text shared by the action's job summary and the CLI: the conditions table rows, the mermaid
 * flowchart, the outputs as plain JSON. Core returns strings; the adapters decide where they go.
 */
function conditionRows(results) {
    return results.map((r) => [
        r.pass ? "✅" : "❌",
        r.id,
        r.value,
        r.threshold,
        r.evidence.length ? r.evidence.slice(0, 5).join(", ") + (r.evidence.length > 5 ? ` (+${r.evidence.length - 5})` : "") : "—",
        r.reason ?? "",
    ]);
}
const CONDITION_HEADER = ["", "condition", "value", "threshold", "evidence", "why not"];
function label(text) {
    return text.replace(/"/g, "#quot;").replace(/[<>]/g, (c) => (c === "<" ? "#lt;" : "#gt;"));
}
/** A mermaid flowchart of the playbook: phases as subgraphs, loops as dotted edges, the active step marked. */
function mermaidFlowchart(pb, active, done = false) {
    const node = new Map(pb.steps.map((s, i) => [s.id, `s${i}`]));
    const lines = ["flowchart LR"];
    let i = 0;
    for (const phase of pb.playbook.phases) {
        lines.push(`  subgraph p${i++}["${label(`${phase.id} ${phase.name}`)}"]`);
        for (const step of phase.steps)
            lines.push(`    ${node.get(step.id)}["${label(`${step.id} ${step.name}`)}"]`);
        lines.push("  end");
    }
    for (let k = 0; k + 1 < pb.steps.length; k++)
        lines.push(`  ${node.get(pb.steps[k].id)} --> ${node.get(pb.steps[k + 1].id)}`);
    for (const loop of pb.playbook.loops)
        lines.push(`  ${node.get(loop.from)} -. "${label("next iteration")}" .-> ${node.get(loop.to)}`);
    lines.push("  classDef active fill:#fde68a,stroke:#b45309,stroke-width:3px");
    lines.push("  classDef passed fill:#d1fae5,stroke:#047857");
    const at = pb.byId.get(active);
    if (at) {
        const before = pb.steps.filter((s) => s.order < at.order || (done && s.order === at.order)).map((s) => node.get(s.id));
        if (before.length)
            lines.push(`  class ${before.join(",")} passed`);
        if (!done)
            lines.push(`  class ${node.get(active)} active`);
    }
    return lines.join("\n") + "\n";
}
/** The action outputs and the CLI's --json, as plain data. */
function reportJson(r) {
    const out = {
        mode: r.mode,
        step: r.step,
        evaluated: r.evaluated,
        nextStep: r.nextStep,
        done: r.done,
        advanced: r.advanced,
        iteration: r.beacon.iteration,
        blockedBy: r.blockedBy.map(slim),
        conditions: r.conditions.map(slim),
        loopConditions: r.loopConditions.map(slim),
        violations: r.violations,
    };
    if (r.commit)
        out.commit = r.commit;
    if (r.tag)
        out.tag = r.tag;
    if (r.commits !== undefined)
        out.commits = r.commits;
    if (r.diff !== undefined)
        out.diff = r.diff;
    return out;
}
function slim(c) {
    const o = { id: c.id, type: c.type, pass: c.pass, value: c.value, threshold: c.threshold, evidence: c.evidence };
    if (c.reason)
        o.reason = c.reason;
    if (Object.keys(c.metrics).length)
        o.metrics = c.metrics;
    return o;
}

;// CONCATENATED MODULE: ./packages/core/src/playbook/summary.ts




/**
 * What a gate run tells the person who ran it, rendered in core so that playbook-gate and
 * `specpipe playbook` say the same: the step outputs, the job summary, the log lines, the
 * annotations, and the failure (a violation in check mode, a blocked step with fail-on-blocked).
 */
/** playbook-gate's outputs (action.yml `outputs:`), by name. */
function playbookOutputs(r) {
    const out = reportJson(r);
    return {
        step: r.step,
        "next-step": r.nextStep ?? "",
        advanced: r.advanced,
        done: r.done,
        "blocked-by": out.blockedBy,
        conditions: out.conditions,
        violations: r.violations,
        commit: r.commit,
    };
}
function verdict(r, dryRun) {
    if (r.advanced)
        return `✅ advanced ${r.transition.from} → ${r.transition.to ?? "done"}${r.commit ? ` in \`${r.commit.slice(0, 12)}\`` : ""}${r.tag ? `, tagged \`${r.tag}\`` : ""}`;
    if (r.done)
        return "🏁 the playbook is complete";
    if (r.mode === "check") {
        const errors = r.violations.filter((v) => v.severity === "error").length;
        return errors ? `❌ ${errors} violation(s)` : `✅ the beacon and ${r.commits ?? 0} commit(s) follow the rules`;
    }
    if (r.blockedBy.length)
        return `⛔ blocked by ${r.blockedBy.map((b) => `\`${b.id}\` (${b.reason ?? `${b.value}, needs ${b.threshold}`})`).join("; ")}`;
    return `✅ every exit condition holds${dryRun ? " (dry run: nothing written)" : ""}; next: ${r.nextStep ?? "done"}`;
}
/** The job summary's Markdown (within the runner's 1 MiB). */
function playbookSummary(r, dryRun) {
    const step = r.playbook.byId.get(r.step);
    const s = new summary/* MarkdownSummary */.yE().heading(`playbook-gate: ${r.mode}`);
    const where = `**${r.step}** — ${step.phase.id} ${step.phase.name}, step ${step.number}: ${step.name}${r.beacon.iteration > 1 ? ` (iteration ${r.beacon.iteration})` : ""}`;
    s.paragraph(`Active step: ${where}\n\n${verdict(r, dryRun)}`);
    if (r.notes?.length)
        s.paragraph(r.notes.map((n) => `- ${n}`).join("\n"));
    const evaluated = r.playbook.byId.get(r.evaluated);
    if (r.conditions.length)
        s.heading(`Exit conditions of ${r.evaluated}`, 3).table(CONDITION_HEADER, conditionRows(r.conditions));
    if (r.loopConditions.length)
        s.heading(`Loop ${evaluated.loop.from} → ${evaluated.loop.to} ends when`, 3).table(CONDITION_HEADER, conditionRows(r.loopConditions));
    if (r.violations.length) {
        s.heading("Violations", 3).table(["", "commit", "problem", "fix"], r.violations.map((v) => [
            v.severity === "error" ? "❌" : "ℹ️",
            v.commit ? `\`${v.commit.slice(0, 12)}\`` : (v.file ?? "—"),
            v.message,
            v.hint,
        ]));
    }
    s.heading("Playbook", 3).code(mermaidFlowchart(r.playbook, r.step, r.done), "mermaid");
    if (r.diff)
        s.details("Beacon diff (dry run)", "```diff\n" + r.diff + "```");
    return s;
}
/** One line per condition that does not hold (evidence text made safe for a log: no workflow commands). */
function playbookLog(r) {
    return r.blockedBy.map((b) => logSafe(`blocked: ${b.id}: ${b.value} (needs ${b.threshold})${b.reason ? ` — ${b.reason}` : ""}`));
}
/** Annotations: each violation, and each condition blocking an advance (a green job that advanced nothing says why). */
function playbookNotes(r) {
    const notes = r.violations.map((v) => ({
        level: v.severity === "error" ? "error" : "notice",
        title: "playbook-gate",
        message: `${v.message}. Fix: ${v.hint}`,
        ...(v.file ? { file: v.file } : {}),
    }));
    if (r.mode === "advance" && !r.advanced && !r.done)
        for (const b of r.blockedBy)
            notes.push({
                level: "warning",
                title: "playbook-gate",
                message: `step ${r.step} is blocked by ${b.id}: ${b.value} (needs ${b.threshold})${b.reason ? `. ${b.reason}` : ""}`,
            });
    return notes;
}
/** The error that fails the run, if any: after outputs and summary are written, it only sets the exit code. */
function playbookFailure(r, policy) {
    const errors = r.violations.filter((v) => v.severity === "error");
    if (r.mode === "check" && errors.length && policy.failOnViolation)
        return new src_errors.UserError(`playbook-gate: ${errors.length} violation(s); the first: ${errors[0].message}`, {
            hint: errors[0].hint,
            code: errors[0].code,
        });
    if (r.mode === "advance" && !r.advanced && !r.done && r.blockedBy.length && policy.failOnBlocked) {
        const first = r.blockedBy[0];
        return new src_errors.UserError(`playbook-gate: step ${r.step} is blocked by ${r.blockedBy.map((b) => b.id).join(", ")} (${first.id}: ${first.value}, needs ${first.threshold})`, {
            hint: first.reason?.replace(/^.*?Fix: /, "") ?? "make the exit conditions hold, or set fail-on-blocked: false",
            code: "playbook.blocked",
        });
    }
    return undefined;
}


/***/ })

};
