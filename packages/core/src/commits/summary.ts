import { UserError } from "../errors.js";
import { MarkdownSummary } from "../markdown/summary.js";
import { describeSource } from "../spec/paths.js";
import type { CommitsCheck } from "./options.js";

/**
 * What a spec-hash-check run shows: its outputs, the job summary, the annotations and the
 * failure rule, rendered here so that the action and `specpipe commits check` print the same.
 */

// A table the 1 MiB job summary can hold; the "violations" output has them all.
const MAX_ROWS = 300;

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : "—";
}

export function commitsOutputs({ report }: CommitsCheck): Record<string, string> {
  return {
    "spec-hash": report.specHash.short,
    "spec-hash-full": report.specHash.full,
    checked: String(report.checked),
    violations: JSON.stringify(report.violations),
    ok: String(report.ok),
  };
}

export function commitsSummary({ report, range, spec }: CommitsCheck): MarkdownSummary {
  const s = new MarkdownSummary().heading("spec-hash-check");
  const verdict = report.ok ? "✅ all rules hold" : `❌ ${report.violations.length} violation(s)`;
  const skipped = (reason: string) => report.skipped.filter((k) => k.reason === reason).length;
  s.paragraph(
    `${verdict} · spec \`${report.specHash.short}\` (${report.specFiles.join(", ") || "no spec file"}) · ${report.checked} commit(s) checked` +
      (report.skipped.length ? `, ${report.skipped.length} skipped (${skipped("merge")} merge, ${skipped("bot")} bot)` : "") +
      ` · range \`${short(range.from)}..${short(report.to)}\` (${range.mode})` +
      (spec.origin === "playbook" ? ` · spec paths from ${describeSource(spec)}` : ""),
  );
  if (range.notes.length) s.paragraph(range.notes.map((n) => `- ${n}`).join("\n"));
  if (report.violations.length) {
    const shown = report.violations.slice(0, MAX_ROWS);
    s.heading("Violations", 3).table(
      ["commit", "subject", "rule", "problem", "fix"],
      shown.map((v) => [v.commit ? `\`${short(v.commit)}\`` : (v.file ?? "—"), v.subject ?? "", v.code, v.message, v.hint]),
    );
    if (report.violations.length > shown.length)
      s.paragraph(`…and ${report.violations.length - shown.length} more: see the step's \`violations\` output.`);
  }
  if (report.history.length) {
    s.heading("Spec history in this range", 3).table(
      ["commit", "subject", "before", "after", "amendment", "ADR"],
      report.history.map((h) => [
        `\`${short(h.commit)}\``,
        h.subject,
        h.before ?? "none",
        h.after ?? "none",
        h.amendment ?? "",
        h.adr ?? "",
      ]),
    );
  } else {
    s.paragraph(`The spec did not change in this range.`);
  }
  return s;
}

export interface CommitsNote {
  level: "error";
  title: string;
  message: string;
  file?: string;
  line?: number;
}

/** One error annotation per violation, at its file and line where it has one. */
export function commitsNotes({ report }: CommitsCheck): CommitsNote[] {
  return report.violations.map((v) => ({
    level: "error" as const,
    title: `spec-hash-check: ${v.code}`,
    message: `${v.commit ? `${short(v.commit)} ${v.subject}: ` : ""}${v.message}. Fix: ${v.hint}`,
    ...(v.file ? { file: v.file } : {}),
    ...(v.line ? { line: v.line } : {}),
  }));
}

/** The failure rule: violations fail the step unless fail-on-violation is false. */
export function commitsFailure({ report }: CommitsCheck, failOnViolation: boolean): UserError | undefined {
  if (report.ok || !failOnViolation) return undefined;
  return new UserError(`${report.violations.length} spec-hash-check violation(s) in ${report.checked} commit(s)`, {
    hint: "see the job summary's table: each row names the commit, the rule and the fix",
    code: "spec-hash.violations",
  });
}
