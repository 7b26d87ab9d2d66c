import { appendFileSync } from "node:fs";
import { MarkdownSummary } from "@specpipe/core/markdown/summary";

/**
 * The job summary: the Markdown is built in core (`MarkdownSummary`, within the runner's 1 MiB);
 * the action kit only appends it to GITHUB_STEP_SUMMARY.
 */
export { details, escapeCell, mdTable } from "@specpipe/core/markdown/summary";

/** Append to $GITHUB_STEP_SUMMARY when the runner provides it (a local run has none). */
export function writeSummary(summary: MarkdownSummary | string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  const built = typeof summary === "string" ? new MarkdownSummary().raw(summary) : summary;
  if (!file || built.empty) return;
  appendFileSync(file, built.toString());
}

/** The builder with `write()`, for the actions that still build their summary themselves. */
export class Summary extends MarkdownSummary {
  write(): void {
    writeSummary(this);
  }
}
