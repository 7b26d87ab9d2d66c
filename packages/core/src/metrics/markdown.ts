import { formatPercent } from "./format.js";
import type { MetricsReport } from "./report.js";

/**
 * The report as Markdown for a job summary (or `specpipe metrics report --markdown`): the
 * aggregates and flags as tables, and two mermaid `xychart-beta` charts (daily success rate,
 * daily p95 duration). Pure text; the adapter decides where it goes.
 */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n") + "\n";
}

function seconds(v: number): string {
  return `${v} s`;
}

function quote(label: string): string {
  return `"${label.replace(/"/g, "'")}"`;
}

export function mermaidCharts(report: MetricsReport): string {
  const days = report.daily.filter((d) => d.rate !== null);
  if (days.length === 0) return "";
  const labels = days.map((d) => quote(d.date.slice(5))).join(", ");
  const rates = days.map((d) => String(Math.round((d.rate ?? 0) * 1000) / 10)).join(", ");
  const p95 = days.map((d) => String(d.p95_seconds ?? 0)).join(", ");
  const maxP95 = Math.max(1, ...days.map((d) => d.p95_seconds ?? 0));
  return [
    "```mermaid",
    "xychart-beta",
    '    title "Daily success rate (%)"',
    `    x-axis [${labels}]`,
    '    y-axis "success %" 0 --> 100',
    `    bar [${rates}]`,
    "```",
    "",
    "```mermaid",
    "xychart-beta",
    '    title "Daily p95 duration (s)"',
    `    x-axis [${labels}]`,
    `    y-axis "seconds" 0 --> ${Math.ceil(maxP95 * 1.1)}`,
    `    line [${p95}]`,
    "```",
    "",
  ].join("\n");
}

export function reportMarkdown(report: MetricsReport, options: { title?: string; store?: string } = {}): string {
  const a = report.aggregates;
  const parts: string[] = [];
  parts.push(`## ${options.title ?? "Task metrics"}\n`);
  parts.push(
    `Window: ${report.window.days} day(s), ${report.window.from.slice(0, 16)}Z to ${report.window.to.slice(0, 16)}Z` +
      `${options.store ? ` · store: ${options.store}` : ""} · ${report.records_in_window} of ${report.records} record(s) in the window.\n`,
  );
  const att = report.attention;
  parts.push(
    table(
      ["flag", "raised"],
      [
        ["stuck", att.stuck ? "⚠️ yes" : "no"],
        ["repeated_failures", att.repeated_failures ? "⚠️ yes" : "no"],
        ["low_success_rate", att.low_success_rate ? "⚠️ yes" : "no"],
      ],
    ),
  );
  if (att.flags.length) parts.push(att.flags.map((f) => `- ${f}`).join("\n") + "\n");
  parts.push("### Success rate and duration\n");
  parts.push(
    table(
      ["completed", "failed", "total", "success rate", "p50", "p95"],
      [
        [
          String(a.success_rate.completed),
          String(a.success_rate.failed),
          String(a.success_rate.total),
          formatPercent(a.success_rate.rate),
          seconds(a.execution_time.p50_seconds),
          seconds(a.execution_time.p95_seconds),
        ],
      ],
    ),
  );
  // A breakdown is shown only when there is something to break down.
  const breakdown = (title: string, header: string[], rows: string[][]) => {
    if (rows.length) parts.push(`### ${title}\n`, table(header, rows));
  };
  breakdown(
    "By task type",
    ["task type", "count", "success rate"],
    Object.entries(a.by_task_type).map(([k, v]) => [k, String(v.count), formatPercent(v.success_rate)]),
  );
  breakdown(
    "By model",
    ["model", "count", "avg duration"],
    Object.entries(a.by_model).map(([k, v]) => [k, String(v.count), seconds(v.avg_duration)]),
  );
  const charts = mermaidCharts(report);
  if (charts) {
    parts.push("### Daily\n");
    parts.push(charts);
  }
  if (report.failing_phases.length) {
    parts.push("### Failing phases\n");
    parts.push(
      table(
        ["phase", "task", "finished", "link"],
        report.failing_phases.flatMap((p) => p.tasks.map((t) => [p.phase, t.task_id, t.created_at, t.run_url ?? ""])),
      ),
    );
  }
  if (report.bad_lines.count) {
    parts.push(`### Skipped lines (${report.bad_lines.count})\n`);
    parts.push(
      table(
        ["where", "why"],
        report.bad_lines.examples.map((b) => [`${b.file}:${b.line}`, b.reason]),
      ),
    );
    if (report.bad_lines.count > report.bad_lines.examples.length)
      parts.push(`…and ${report.bad_lines.count - report.bad_lines.examples.length} more.\n`);
  }
  return parts.join("\n");
}
