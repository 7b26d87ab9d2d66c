import { GitHubApiError, type GitHubApi, type Issue, type RepoRef } from "../github/port.js";
import type { MetricsReport } from "./report.js";

/**
 * Auto-fix (seed phase 4): turn attention flags into GitHub issues, idempotently.
 *
 * - `repeated_failures` in a phase → one open "heal" issue per phase, found again by a hidden
 *   marker in its body (`<!-- specpipe:heal phase=<phase> -->`), never by title or label: it is
 *   created once, then updated (only when its text changes), and commented on and closed when the
 *   phase recovers: only on evidence, a task of that phase that succeeded after the failures (the
 *   phase's latest outcome in the window). An empty store, a mistyped path or failures that aged
 *   out of the window are no evidence, and leave the issue open.
 * - `stuck` → a log line suggesting a restart; with `diagnosticIssue`, one diagnostic issue
 *   (`<!-- specpipe:heal stuck -->`) handled the same way.
 * - Auto-fix off: nothing is sent to GitHub; the outcome lists what would have been done.
 *
 * Running twice never makes a second issue: the second run finds the first run's issue by its
 * marker. Creating is never retried blindly (a 5xx may come after GitHub created the issue): the
 * open issues are searched for the marker first. Should two open issues still carry one marker,
 * the oldest is kept and the others are closed as its duplicates.
 */
export interface HealOptions {
  api: GitHubApi;
  repo: RepoRef;
  report: MetricsReport;
  autoFix: boolean;
  diagnosticIssue: boolean;
  /** Labels for new issues (default ["specpipe-heal"]). Informative only: lookup is by marker. */
  labels?: string[];
  /** Link to the run that raised the flag, shown in the issue. */
  runUrl?: string;
}

export interface HealAction {
  kind: "created" | "updated" | "unchanged" | "closed" | "kept-open" | "would-create-or-update" | "would-close";
  /** The phase, or "stuck" for the diagnostic issue. */
  subject: string;
  number?: number;
  url?: string;
}

export interface HealOutcome {
  actions: HealAction[];
  /** Lines for the log: suggestions and what was (or would have been) done. */
  log: string[];
  /** URL of the first heal issue opened or updated (the action's `heal-issue-url`). */
  healIssueUrl?: string;
}

const MARKER = /<!--\s*specpipe:heal\s+(phase=(\S*)|stuck)\s*-->/;

export function healMarker(phase: string): string {
  return `<!-- specpipe:heal phase=${encodeURIComponent(phase)} -->`;
}
export const STUCK_MARKER = "<!-- specpipe:heal stuck -->";

/** Attempts at creating one issue when GitHub answers 5xx (each after looking for it). */
const CREATE_ATTEMPTS = 4;

type Subject = { kind: "phase"; phase: string } | { kind: "stuck" };

function sameSubject(a: Subject | undefined, b: Subject): boolean {
  return a !== undefined && a.kind === b.kind && markerLabel(a) === markerLabel(b);
}

/** How outcomes name a subject: the phase, or "stuck". */
function markerLabel(s: Subject): string {
  return s.kind === "stuck" ? "stuck" : s.phase;
}

/** The subject an issue body's marker names: a phase, "stuck", or undefined (not ours). */
export function markerSubject(body: string): Subject | undefined {
  const m = MARKER.exec(body);
  if (!m) return undefined;
  if (m[1] === "stuck") return { kind: "stuck" };
  try {
    return { kind: "phase", phase: decodeURIComponent(m[2]) };
  } catch {
    return undefined;
  }
}

export function healIssueBody(
  phase: string,
  tasks: MetricsReport["failing_phases"][number]["tasks"],
  report: MetricsReport,
  runUrl?: string,
): string {
  const rows = tasks.map((t) => `| ${t.task_id.replace(/\|/g, "\\|")} | ${t.created_at} | ${t.run_url ? `[run](${t.run_url})` : "—"} |`);
  return (
    [
      healMarker(phase),
      `The latest ${report.thresholds.failureStreak} tasks of phase \`${phase}\` failed.`,
      "",
      "| task | finished | link |",
      "| --- | --- | --- |",
      ...rows,
      "",
      "Suggested: look at the failing runs above, fix the cause (or the spec), then let the pipeline run again.",
      "specpipe closes this issue when a task of this phase succeeds again (never because data is missing).",
      runUrl ? `\nRaised by ${runUrl}.` : "",
    ]
      .join("\n")
      .trimEnd() + "\n"
  );
}

export function stuckIssueBody(report: MetricsReport, runUrl?: string): string {
  const s = report.stuck;
  return (
    [
      STUCK_MARKER,
      "The pipeline looks stuck: work is pending and no task has finished recently.",
      "",
      `- pending tasks: ${s.pending}`,
      `- last task finished: ${s.last_finished_at ?? "never"}`,
      `- threshold: ${report.thresholds.stuckMinutes} minutes`,
      "",
      "Suggested: restart the pipeline workflow; check for a runner that is offline or a job waiting for approval.",
      "specpipe closes this issue when tasks start or finish again.",
      runUrl ? `\nRaised by ${runUrl}.` : "",
    ]
      .join("\n")
      .trimEnd() + "\n"
  );
}

export async function reconcileHealIssues(options: HealOptions): Promise<HealOutcome> {
  const { report, api, repo } = options;
  const outcome: HealOutcome = { actions: [], log: [] };
  const failing = new Map(report.failing_phases.map((p) => [p.phase, p]));
  if (report.attention.stuck) {
    outcome.log.push(
      `Pipeline looks stuck (${report.stuck.pending} pending, last task finished ${report.stuck.last_finished_at ?? "never"}): restart the pipeline workflow.`,
    );
  }
  if (!options.autoFix) {
    for (const phase of failing.keys()) {
      outcome.actions.push({ kind: "would-create-or-update", subject: phase });
      outcome.log.push(
        `Auto-fix is off: would open or update the heal issue for phase "${phase}" (set auto-fix: true or PIPELINE_AUTO_FIX_ENABLED=1).`,
      );
    }
    if (report.attention.stuck && options.diagnosticIssue) {
      outcome.actions.push({ kind: "would-create-or-update", subject: "stuck" });
      outcome.log.push("Auto-fix is off: would open or update the diagnostic issue for the stuck pipeline.");
    }
    return outcome;
  }

  const open = await api.listIssues({ ...repo, state: "open" });
  const byPhase = new Map<string, Issue>();
  let stuckIssue: Issue | undefined;
  const duplicates: { issue: Issue; of: Issue }[] = [];
  // Oldest first, so the first issue with a marker wins over later duplicates.
  for (const issue of [...open].sort((a, b) => a.number - b.number)) {
    const subject = markerSubject(issue.body);
    if (!subject) continue;
    const kept = subject.kind === "stuck" ? stuckIssue : byPhase.get(subject.phase);
    if (kept) duplicates.push({ issue, of: kept });
    else if (subject.kind === "stuck") stuckIssue = issue;
    else byPhase.set(subject.phase, issue);
  }
  for (const { issue, of } of duplicates) {
    await api.createComment({
      ...repo,
      number: issue.number,
      body: `Duplicate of #${of.number}, which carries the same marker. Closing. (specpipe metrics-collect)`,
    });
    await api.updateIssue({ ...repo, number: issue.number, state: "closed" });
    outcome.actions.push({ kind: "closed", subject: markerLabel(markerSubject(issue.body)!), number: issue.number, url: issue.htmlUrl });
    outcome.log.push(`Closed heal issue #${issue.number}: a duplicate of #${of.number}.`);
  }
  const labels = options.labels ?? ["specpipe-heal"];

  const upsert = async (target: Subject, title: string, body: string, existing: Issue | undefined): Promise<void> => {
    const subject = markerLabel(target);
    if (existing) {
      if (normalise(existing.body) === normalise(body)) {
        outcome.actions.push({ kind: "unchanged", subject, number: existing.number, url: existing.htmlUrl });
        outcome.log.push(`Heal issue #${existing.number} for ${subject} is up to date: ${existing.htmlUrl}`);
      } else {
        const updated = await api.updateIssue({ ...repo, number: existing.number, body });
        outcome.actions.push({ kind: "updated", subject, number: updated.number, url: updated.htmlUrl });
        outcome.log.push(`Updated heal issue #${updated.number} for ${subject}: ${updated.htmlUrl}`);
      }
      outcome.healIssueUrl ??= existing.htmlUrl;
      return;
    }
    const created = await createOnce(target, title, body);
    outcome.actions.push({ kind: "created", subject, number: created.number, url: created.htmlUrl });
    outcome.log.push(`Opened heal issue #${created.number} for ${subject}: ${created.htmlUrl}`);
    outcome.healIssueUrl ??= created.htmlUrl;
  };
  // A 5xx on create may come after GitHub created the issue, and a blind retry would open a second
  // one. So creation is sent once per attempt, and after a failure the open issues are searched for
  // the marker before the next attempt.
  const createOnce = async (target: Subject, title: string, body: string): Promise<Issue> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await api.createIssue({ ...repo, title, body, labels, once: true });
      } catch (error) {
        const transient = error instanceof GitHubApiError && (error.status === 0 || error.status >= 500);
        if (!transient || attempt >= CREATE_ATTEMPTS) throw error;
        const made = (await api.listIssues({ ...repo, state: "open" }))
          .filter((i) => sameSubject(markerSubject(i.body), target))
          .sort((a, b) => a.number - b.number)[0];
        if (made) return made;
      }
    }
  };
  const close = async (subject: string, issue: Issue, reason: string): Promise<void> => {
    await api.createComment({ ...repo, number: issue.number, body: `${reason} Closing. (specpipe metrics-collect)` });
    await api.updateIssue({ ...repo, number: issue.number, state: "closed" });
    outcome.actions.push({ kind: "closed", subject, number: issue.number, url: issue.htmlUrl });
    outcome.log.push(`Closed heal issue #${issue.number} for ${subject}: ${reason}`);
  };
  const keep = (subject: string, issue: Issue, why: string): void => {
    outcome.actions.push({ kind: "kept-open", subject, number: issue.number, url: issue.htmlUrl });
    outcome.log.push(`Heal issue #${issue.number} for ${subject} stays open: ${why}`);
  };

  for (const [phase, entry] of failing) {
    await upsert(
      { kind: "phase", phase },
      `specpipe: repeated failures in phase "${phase}"`,
      healIssueBody(phase, entry.tasks, report, options.runUrl),
      byPhase.get(phase),
    );
  }
  const latest = new Map(report.latest_by_phase.map((p) => [p.phase, p]));
  for (const [phase, issue] of byPhase) {
    if (failing.has(phase)) continue;
    const last = latest.get(phase);
    if (last?.status === "completed") {
      await close(
        phase,
        issue,
        `The latest task of phase \`${phase}\` (${last.task_id}, ${last.created_at}) succeeded: the phase recovered.`,
      );
    } else {
      keep(
        phase,
        issue,
        last
          ? "its latest task failed; no success has followed the failures yet"
          : `no task of phase "${phase}" is in the report's window, so nothing shows that it recovered`,
      );
    }
  }
  const since = report.stuck.minutes_since_progress;
  if (report.attention.stuck && options.diagnosticIssue) {
    await upsert({ kind: "stuck" }, "specpipe: the pipeline looks stuck", stuckIssueBody(report, options.runUrl), stuckIssue);
  } else if (!report.attention.stuck && stuckIssue) {
    if (since !== null && since < report.thresholds.stuckMinutes) {
      await close("stuck", stuckIssue, `Tasks are moving again: the latest started or finished ${Math.floor(since)} minute(s) ago.`);
    } else keep("stuck", stuckIssue, "no task has started or finished recently, so nothing shows that the pipeline moves again");
  }
  return outcome;
}

function normalise(body: string): string {
  return body.replace(/\r\n/g, "\n").trim();
}
