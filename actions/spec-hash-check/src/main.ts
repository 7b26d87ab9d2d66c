import { annotate, readEvent, readInputs, runMain, setOutputs, Summary, workspaceRoot } from "@specpipe/action-kit";
import { checkRange, type CheckReport } from "@specpipe/core/commits/check";
import { COMMITS_INPUTS, commitsCheckOptions } from "@specpipe/core/commits/options";
import { resolveRange, type ResolvedRange } from "@specpipe/core/commits/resolve";
import { UserError } from "@specpipe/core/errors";
import { insideWorkspace } from "@specpipe/core/fs/guard";
import { Git } from "@specpipe/core/git/git";
import { describeSource, resolveSpecSource, type SpecSource } from "@specpipe/core/spec/paths";

const MAX_ROWS = 300;

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : "—";
}

function render(report: CheckReport, range: ResolvedRange, spec: SpecSource): Summary {
  const s = new Summary().heading("spec-hash-check");
  const verdict = report.ok ? "✅ all rules hold" : `❌ ${report.violations.length} violation(s)`;
  s.paragraph(
    `${verdict} · spec \`${report.specHash.short}\` (${report.specFiles.join(", ") || "no spec file"}) · ${report.checked} commit(s) checked` +
      (report.skipped.length
        ? `, ${report.skipped.length} skipped (${report.skipped.filter((k) => k.reason === "merge").length} merge, ${report.skipped.filter((k) => k.reason === "bot").length} bot)`
        : "") +
      ` · range \`${short(range.from)}..${short(report.to)}\` (${range.mode})` +
      (spec.origin === "playbook" ? ` · spec paths from ${describeSource(spec)}` : ""),
  );
  if (range.notes.length) s.paragraph(range.notes.map((n) => `- ${n}`).join("\n"));
  if (report.violations.length) {
    // A table the summary can hold; the "violations" output has them all.
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

await runMain(async () => {
  const inputs = readInputs(COMMITS_INPUTS, { secrets: ["token"] });
  const root = (await insideWorkspace(workspaceRoot(), inputs["working-directory"], { what: 'input "working-directory"' })).abs;
  const git = new Git({ cwd: root }).withAuth(inputs.token ? { token: inputs.token } : undefined);
  const playbook = (await insideWorkspace(root, inputs.playbook, { what: 'input "playbook"' })).rel;
  const adrDir = (await insideWorkspace(root, inputs["adr-dir"], { what: 'input "adr-dir"' })).rel;
  // The spec: playbook.yml's spec: when it has one, else the spec-paths input.
  const spec = await resolveSpecSource(root, { input: inputs["spec-paths"], inputName: 'input "spec-paths"', playbook });

  const range = await resolveRange(git, {
    eventName: process.env.GITHUB_EVENT_NAME,
    payload: readEvent(),
    sha: process.env.GITHUB_SHA || undefined,
    from: inputs.from,
    to: inputs.to,
    deepen: inputs.deepen,
  });
  const report = await checkRange(
    git,
    range.empty ? { from: range.to, to: range.to } : range,
    commitsCheckOptions(inputs, range, { specSource: spec, adrDir, playbookPath: playbook }),
  );

  setOutputs({
    "spec-hash": report.specHash.short,
    "spec-hash-full": report.specHash.full,
    checked: String(report.checked),
    violations: JSON.stringify(report.violations),
    ok: String(report.ok),
  });
  render(report, range, spec).write();
  annotate(
    report.violations.map((v) => ({
      level: "error" as const,
      title: `spec-hash-check: ${v.code}`,
      message: `${v.commit ? `${short(v.commit)} ${v.subject}: ` : ""}${v.message}. Fix: ${v.hint}`,
      file: v.file,
      line: v.line,
    })),
  );
  if (!report.ok && inputs["fail-on-violation"]) {
    throw new UserError(`${report.violations.length} spec-hash-check violation(s) in ${report.checked} commit(s)`, {
      hint: "see the job summary's table: each row names the commit, the rule and the fix",
      code: "spec-hash.violations",
    });
  }
});
