import { MarkdownSummary } from "../markdown/summary.js";
import { logSafe } from "../text/log-safe.js";
import { reportMarkdown } from "./markdown.js";
import type { MetricsRunResult } from "./run.js";
import { describeScan } from "./run.js";

/**
 * What a metrics run tells the person who ran it, rendered in core so that the action and the
 * CLI say the same: the step outputs (`specpipe metrics … --json` holds the same values), the
 * job summary (`specpipe metrics report --markdown`), the log lines and the annotations.
 */

/** metrics-collect's outputs (action.yml `outputs:`), by name. */
export function metricsOutputs(result: MetricsRunResult): Record<string, unknown> {
  if (result.record) return { "records-added": 1 };
  if (result.ingest) return { "records-added": result.ingest.added };
  if (!result.report) return {};
  const r = result.report;
  return {
    aggregates: r.aggregates,
    attention: r.attention,
    flags: r.attention.flags.join("\n"),
    "heal-issue-url": result.heal?.healIssueUrl ?? "",
    "bad-lines": r.bad_lines.count,
    "dashboard-path": result.dashboardPath,
  };
}

/** The job summary's Markdown (within the runner's 1 MiB). */
export function metricsSummary(result: MetricsRunResult): MarkdownSummary {
  const s = new MarkdownSummary();
  if (result.record) {
    const r = result.record;
    s.paragraph(`Recorded task \`${r.task_id}\` (${r.status}, ${r.duration_seconds} s) in ${result.store}.`);
  }
  if (result.ingest) {
    const i = result.ingest;
    s.paragraph(`Ingested ${i.added} record(s) into ${result.store}; ${i.skipped} were already there; ${i.invalid.length} invalid.`);
    if (i.invalid.length)
      s.table(
        ["where", "why"],
        i.invalid.map((b) => [`${b.file}:${b.line}`, b.reason]),
      );
  }
  if (result.prune) {
    const p = result.prune;
    s.paragraph(`Pruned ${p.dropped} record(s) created before ${p.cutoff} from ${result.store}; ${p.kept} kept.`);
  }
  if (result.report) {
    s.raw(reportMarkdown(result.report, { store: result.store }));
    if (result.heal?.actions.length) {
      s.heading(`Auto-fix (${result.autoFix ? "on" : "off: log only"})`, 3);
      s.table(
        ["subject", "action", "issue"],
        result.heal.actions.map((a) => [a.subject, a.kind, a.url ?? ""]),
      );
    }
  }
  return s;
}

/** The log lines of a run (user text made safe for a log: no workflow commands, no escapes). */
export function metricsLog(result: MetricsRunResult): string[] {
  const lines: string[] = [];
  const store = logSafe(result.store);
  if (result.record) lines.push(`Recorded task ${logSafe(result.record.task_id)} (${result.record.status}) in ${store}.`);
  if (result.ingest) {
    const i = result.ingest;
    lines.push(`Ingested ${i.added} record(s) into ${store}; ${i.skipped} already present; ${i.invalid.length} invalid.`);
    if (i.listed !== undefined)
      lines.push(`Listed ${i.listed} workflow run(s) since the last ingest; read the jobs of ${i.runs ?? 0} new one(s).`);
  }
  if (result.prune) {
    const p = result.prune;
    lines.push(`Pruned ${p.dropped} record(s) older than ${p.cutoff}; kept ${p.kept}; kept ${p.unreadable} unreadable line(s).`);
  }
  if (result.scan) lines.push(`Report: ${describeScan(result.scan)}.`);
  for (const line of result.heal?.log ?? []) lines.push(logSafe(line));
  return lines;
}

export interface MetricsNote {
  level: "warning" | "notice";
  message: string;
  title: string;
  file?: string;
  line?: number;
}

/** Annotations: skipped ingest lines, attention flags, and the store's bad lines when they are files in the workspace. */
export function metricsNotes(result: MetricsRunResult, storeKind: string): MetricsNote[] {
  const notes: MetricsNote[] = [];
  for (const b of result.ingest?.invalid ?? [])
    notes.push({ level: "warning", message: `skipped: ${b.reason}`, file: b.file, line: b.line, title: "metrics-collect" });
  if (result.report) {
    for (const f of result.report.attention.flags) notes.push({ level: "warning", message: f, title: "metrics-collect attention" });
    // Only the file store's lines are files in the workspace, which annotations can point at.
    if (storeKind === "file")
      for (const b of result.report.bad_lines.examples)
        notes.push({ level: "notice", message: `skipped line: ${b.reason}`, file: b.file, line: b.line, title: "metrics-collect" });
  }
  return notes;
}
