export const id = 8905;
export const ids = [8905];
export const modules = {

/***/ 8905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONDITION_HEADER: () => (/* binding */ CONDITION_HEADER),
/* harmony export */   conditionRows: () => (/* binding */ conditionRows),
/* harmony export */   mermaidFlowchart: () => (/* binding */ mermaidFlowchart),
/* harmony export */   reportJson: () => (/* binding */ reportJson)
/* harmony export */ });
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


/***/ })

};
