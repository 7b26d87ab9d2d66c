import { annotate, bool, optionalStr, readEvent, readInputs, runMain, setOutputs, str, Summary, workspaceRoot } from "@specpipe/action-kit";
import { GITHUB_ACTIONS_BOT } from "@specpipe/core/defaults";
import { UserError } from "@specpipe/core/errors";
import { insideWorkspace } from "@specpipe/core/fs/guard";
import { Git } from "@specpipe/core/git/git";
import { safeBranchName } from "@specpipe/core/git/ref";
import type { GitHubContext } from "@specpipe/core/playbook/conditions";
import { playbookAdvance, playbookCheck, playbookStatus, type GateReport } from "@specpipe/core/playbook/gate";
import { ciRunFromEnv } from "@specpipe/core/playbook/provenance";
import { CONDITION_HEADER, conditionRows, mermaidFlowchart, reportJson } from "@specpipe/core/playbook/render";
// zod/mini like readInputs: the full zod costs start-up time (ADR 0023).
import { z } from "zod/mini";

function summary(r: GateReport, dryRun: boolean): Summary {
  const step = r.playbook.byId.get(r.step)!;
  const s = new Summary().heading(`playbook-gate: ${r.mode}`);
  const where = `**${r.step}** — ${step.phase.id} ${step.phase.name}, step ${step.number}: ${step.name}${r.beacon.iteration > 1 ? ` (iteration ${r.beacon.iteration})` : ""}`;
  let verdict: string;
  if (r.advanced)
    verdict = `✅ advanced ${r.transition!.from} → ${r.transition!.to ?? "done"}${r.commit ? ` in \`${r.commit.slice(0, 12)}\`` : ""}${r.tag ? `, tagged \`${r.tag}\`` : ""}`;
  else if (r.done) verdict = "🏁 the playbook is complete";
  else if (r.mode === "check")
    verdict = r.violations.some((v) => v.severity === "error")
      ? `❌ ${r.violations.filter((v) => v.severity === "error").length} violation(s)`
      : `✅ the beacon and ${r.commits ?? 0} commit(s) follow the rules`;
  else if (r.blockedBy.length)
    verdict = `⛔ blocked by ${r.blockedBy.map((b) => `\`${b.id}\` (${b.reason ?? `${b.value}, needs ${b.threshold}`})`).join("; ")}`;
  else verdict = `✅ every exit condition holds${dryRun ? " (dry run: nothing written)" : ""}; next: ${r.nextStep ?? "done"}`;
  s.paragraph(`Active step: ${where}\n\n${verdict}`);
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

await runMain(async () => {
  const inputs = readInputs(
    {
      mode: z.enum(["check", "advance", "status"], { message: 'must be "check", "advance" or "status"' }),
      playbook: str("playbook.yml"),
      "working-directory": str("."),
      "fail-on-blocked": bool(false),
      "fail-on-violation": bool(true),
      push: bool(true),
      tag: bool(false),
      "dry-run": bool(false),
      from: optionalStr(),
      to: optionalStr(),
      deepen: bool(true),
      token: optionalStr(),
      "git-user-name": str(GITHUB_ACTIONS_BOT.name),
      "git-user-email": str(GITHUB_ACTIONS_BOT.email),
    },
    { secrets: ["token"] },
  );
  // The repository must be inside the workspace: working-directory: ../.. would have the gate
  // commit and push in another repository of the runner.
  const root = (await insideWorkspace(workspaceRoot(), inputs["working-directory"], { what: 'input "working-directory"' })).abs;
  const playbook = (await insideWorkspace(root, inputs.playbook, { what: 'input "playbook"', noSymlink: true })).rel;
  const plain = new Git({ cwd: root });
  // actions/checkout keeps its own credentials (persist-credentials, the default) as an extraheader;
  // a second Authorization header would make GitHub refuse the push, so the token is added only
  // when the checkout did not leave one.
  // (status never touches the network: no need to ask.)
  const persisted =
    inputs.mode === "status" || !inputs.token
      ? undefined
      : ((await plain.configGet("http.https://github.com/.extraheader")) ?? (await plain.configGet("http.extraheader")));
  const git = inputs.token && inputs.mode !== "status" && !persisted ? plain.withAuth({ token: inputs.token }) : plain;
  const token = inputs.token;
  const github = async (): Promise<GitHubContext | undefined> => {
    const repository = process.env.GITHUB_REPOSITORY;
    if (!token || !repository) return undefined;
    const [{ createGitHubApi }, { parseRepository }] = await Promise.all([
      import("@specpipe/core/github/octokit"),
      import("@specpipe/core/github/port"),
    ]);
    // The token is masked already (readInputs, secrets).
    const api = await createGitHubApi({ token, onWarning: (message) => annotate([{ level: "warning", title: "playbook-gate", message }]) });
    return { api, repo: parseRepository(repository) };
  };
  const base = { root, playbook, git, github, sha: process.env.GITHUB_SHA || undefined, env: process.env };

  let report: GateReport;
  if (inputs.mode === "status") report = await playbookStatus(base);
  else if (inputs.mode === "check") {
    const { resolveRange } = await import("@specpipe/core/commits/resolve");
    const event = readEvent();
    const range = await resolveRange(git, {
      eventName: process.env.GITHUB_EVENT_NAME,
      payload: event,
      sha: base.sha,
      from: inputs.from,
      to: inputs.to,
      deepen: inputs.deepen,
    });
    report = await playbookCheck({
      ...base,
      range: range.empty ? undefined : range,
      pullRequest: range.mode === "pull_request",
      branch: safeBranchName(event.repository?.default_branch),
    });
  } else {
    report = await playbookAdvance({
      ...base,
      // Only CI advances: the run's id goes into the commit and the beacon (ADR 0035).
      ci: inputs["dry-run"] ? undefined : ciRunFromEnv(process.env),
      dryRun: inputs["dry-run"],
      push: inputs.push,
      tag: inputs.tag,
      identity: { name: inputs["git-user-name"], email: inputs["git-user-email"] },
    });
  }

  const out = reportJson(report);
  setOutputs({
    step: report.step,
    "next-step": report.nextStep ?? "",
    advanced: report.advanced,
    done: report.done,
    "blocked-by": out.blockedBy,
    conditions: out.conditions,
    violations: report.violations,
    commit: report.commit,
  });
  summary(report, inputs["dry-run"]).write();
  annotate([
    ...report.violations.map((v) => ({
      level: v.severity === "error" ? ("error" as const) : ("notice" as const),
      title: "playbook-gate",
      message: `${v.message}. Fix: ${v.hint}`,
      ...(v.file ? { file: v.file } : {}),
    })),
    // A blocked step is a warning on the run, naming the condition that does not hold: a green job
    // that advanced nothing says why.
    ...(report.mode === "advance" && !report.advanced && !report.done
      ? report.blockedBy.map((b) => ({
          level: "warning" as const,
          title: "playbook-gate",
          message: `step ${report.step} is blocked by ${b.id}: ${b.value} (needs ${b.threshold})${b.reason ? `. ${b.reason}` : ""}`,
        }))
      : []),
  ]);
  for (const b of report.blockedBy) console.log(`blocked: ${b.id}: ${b.value} (needs ${b.threshold})${b.reason ? ` — ${b.reason}` : ""}`);

  // Outputs and summary are written; a failure now only sets the exit code (through runMain).
  const errors = report.violations.filter((v) => v.severity === "error");
  if (report.mode === "check" && errors.length && inputs["fail-on-violation"]) {
    throw new UserError(`playbook-gate: ${errors.length} violation(s); the first: ${errors[0].message}`, {
      hint: errors[0].hint,
      code: errors[0].code,
    });
  }
  if (report.mode === "advance" && !report.advanced && !report.done && report.blockedBy.length && inputs["fail-on-blocked"]) {
    const first = report.blockedBy[0];
    throw new UserError(
      `playbook-gate: step ${report.step} is blocked by ${report.blockedBy.map((b) => b.id).join(", ")} (${first.id}: ${first.value}, needs ${first.threshold})`,
      {
        hint: first.reason?.replace(/^.*?Fix: /, "") ?? "make the exit conditions hold, or set fail-on-blocked: false",
        code: "playbook.blocked",
      },
    );
  }
});
