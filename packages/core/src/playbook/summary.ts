import { UserError } from "../errors.js";
import { MarkdownSummary } from "../markdown/summary.js";
import { logSafe } from "../text/log-safe.js";
import type { GateReport } from "./gate.js";
import { CONDITION_HEADER, conditionRows, mermaidFlowchart, reportJson } from "./render.js";

/**
 * What a gate run tells the person who ran it, rendered in core so that playbook-gate and
 * `specpipe playbook` say the same: the step outputs, the job summary, the log lines, the
 * annotations, and the failure (a violation in check mode, a blocked step with fail-on-blocked).
 */

/** playbook-gate's outputs (action.yml `outputs:`), by name. */
export function playbookOutputs(r: GateReport): Record<string, unknown> {
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

function verdict(r: GateReport, dryRun: boolean): string {
  if (r.advanced)
    return `✅ advanced ${r.transition!.from} → ${r.transition!.to ?? "done"}${r.commit ? ` in \`${r.commit.slice(0, 12)}\`` : ""}${r.tag ? `, tagged \`${r.tag}\`` : ""}`;
  if (r.done) return "🏁 the playbook is complete";
  if (r.mode === "check") {
    const errors = r.violations.filter((v) => v.severity === "error").length;
    return errors ? `❌ ${errors} violation(s)` : `✅ the beacon and ${r.commits ?? 0} commit(s) follow the rules`;
  }
  if (r.blockedBy.length)
    return `⛔ blocked by ${r.blockedBy.map((b) => `\`${b.id}\` (${b.reason ?? `${b.value}, needs ${b.threshold}`})`).join("; ")}`;
  return `✅ every exit condition holds${dryRun ? " (dry run: nothing written)" : ""}; next: ${r.nextStep ?? "done"}`;
}

/** The job summary's Markdown (within the runner's 1 MiB). */
export function playbookSummary(r: GateReport, dryRun: boolean): MarkdownSummary {
  const step = r.playbook.byId.get(r.step)!;
  const s = new MarkdownSummary().heading(`playbook-gate: ${r.mode}`);
  const where = `**${r.step}** — ${step.phase.id} ${step.phase.name}, step ${step.number}: ${step.name}${r.beacon.iteration > 1 ? ` (iteration ${r.beacon.iteration})` : ""}`;
  s.paragraph(`Active step: ${where}\n\n${verdict(r, dryRun)}`);
  if (r.notes?.length) s.paragraph(r.notes.map((n) => `- ${n}`).join("\n"));
  const evaluated = r.playbook.byId.get(r.evaluated)!;
  if (r.conditions.length) s.heading(`Exit conditions of ${r.evaluated}`, 3).table(CONDITION_HEADER, conditionRows(r.conditions));
  if (r.loopConditions.length)
    s.heading(`Loop ${evaluated.loop!.from} → ${evaluated.loop!.to} ends when`, 3).table(CONDITION_HEADER, conditionRows(r.loopConditions));
  if (r.violations.length) {
    s.heading("Violations", 3).table(
      ["", "commit", "problem", "fix"],
      r.violations.map((v) => [
        v.severity === "error" ? "❌" : "ℹ️",
        v.commit ? `\`${v.commit.slice(0, 12)}\`` : (v.file ?? "—"),
        v.message,
        v.hint,
      ]),
    );
  }
  s.heading("Playbook", 3).code(mermaidFlowchart(r.playbook, r.step, r.done), "mermaid");
  if (r.diff) s.details("Beacon diff (dry run)", "```diff\n" + r.diff + "```");
  return s;
}

/** One line per condition that does not hold (evidence text made safe for a log: no workflow commands). */
export function playbookLog(r: GateReport): string[] {
  return r.blockedBy.map((b) => logSafe(`blocked: ${b.id}: ${b.value} (needs ${b.threshold})${b.reason ? ` — ${b.reason}` : ""}`));
}

export interface PlaybookNote {
  level: "error" | "warning" | "notice";
  title: string;
  message: string;
  file?: string;
}

/** Annotations: each violation, and each condition blocking an advance (a green job that advanced nothing says why). */
export function playbookNotes(r: GateReport): PlaybookNote[] {
  const notes: PlaybookNote[] = r.violations.map((v) => ({
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
export function playbookFailure(r: GateReport, policy: { failOnViolation: boolean; failOnBlocked: boolean }): UserError | undefined {
  const errors = r.violations.filter((v) => v.severity === "error");
  if (r.mode === "check" && errors.length && policy.failOnViolation)
    return new UserError(`playbook-gate: ${errors.length} violation(s); the first: ${errors[0].message}`, {
      hint: errors[0].hint,
      code: errors[0].code,
    });
  if (r.mode === "advance" && !r.advanced && !r.done && r.blockedBy.length && policy.failOnBlocked) {
    const first = r.blockedBy[0];
    return new UserError(
      `playbook-gate: step ${r.step} is blocked by ${r.blockedBy.map((b) => b.id).join(", ")} (${first.id}: ${first.value}, needs ${first.threshold})`,
      {
        hint: first.reason?.replace(/^.*?Fix: /, "") ?? "make the exit conditions hold, or set fail-on-blocked: false",
        code: "playbook.blocked",
      },
    );
  }
  return undefined;
}
