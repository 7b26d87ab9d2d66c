import type { GitHubApi, RepoRef } from "../github/port.js";
import type { RunRecord } from "./record.js";

/**
 * The progress comment: when a run is triggered from an issue or a pull request, one comment
 * on it, created once and then edited at every phase (a checklist with durations). A rerun
 * finds the comment by its hidden marker and edits it too: never a second comment.
 */
export const PROGRESS_MARKER = "<!-- specpipe:speckit-run -->";

function seconds(ms: number | undefined): string {
  return ms === undefined ? "" : ` (${(ms / 1000).toFixed(1)} s)`;
}

const BOX: Record<string, string> = {
  succeeded: "[x]",
  skipped: "[x]",
  failed: "[ ]",
  running: "[ ]",
  retrying: "[ ]",
  pending: "[ ]",
};

export function renderProgress(record: RunRecord, links: { runUrl?: string } = {}): string {
  const lines = [PROGRESS_MARKER, `### Spec Kit run \`${record.runId}\`: ${record.status.replace(/_/g, " ")}`, ""];
  for (const p of record.phases) {
    let note = "";
    if (p.status === "running") note = ` — running${p.attempt > 1 ? ` (attempt ${p.attempt})` : ""}`;
    else if (p.status === "retrying") note = ` — retrying after attempt ${p.attempt}`;
    else if (p.status === "skipped") note = ` — skipped${p.reason ? `: ${p.reason}` : ""}`;
    else if (p.status === "failed") note = ` — **failed**${p.reason ? `: ${p.reason}` : ""}`;
    lines.push(
      `- ${BOX[p.status] ?? "[ ]"} \`${p.phase}\`${p.status === "succeeded" || p.status === "failed" ? seconds(p.durationMs) : ""}${note}`,
    );
  }
  lines.push("");
  const facts: string[] = [];
  if (record.branch) facts.push(`Branch: \`${record.branch}\``);
  if (record.pr) facts.push(`Pull request: ${record.pr.url}`);
  if (record.tokens !== undefined) facts.push(`Tokens: ${record.tokens}`);
  if (record.costUsd !== undefined) facts.push(`Cost: $${record.costUsd}`);
  if (links.runUrl) facts.push(`[Workflow run](${links.runUrl})`);
  if (facts.length) lines.push(facts.join(" · "), "");
  if (record.error) lines.push(`> ${record.error.message}${record.error.hint ? `. Fix: ${record.error.hint}` : ""}`, "");
  const last = record.timeline[record.timeline.length - 1];
  if (record.status === "no_changes" && last?.reason) lines.push(`> No changes: ${last.reason}`, "");
  if (record.status === "needs_clarification" && last?.reason) lines.push(`> ${last.reason}`, "");
  return lines.join("\n");
}

export class ProgressComment {
  private commentId?: number;
  private lastBody?: string;
  private next?: string;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly api: GitHubApi,
    private readonly repo: RepoRef,
    private readonly number: number,
    private readonly onWarning: (message: string) => void,
    private readonly links: { runUrl?: string } = {},
  ) {}

  /**
   * Queue an update. Updates never overlap and never fail the run; while one is being written,
   * later ones collapse into the newest (GitHub paces writes, so stale states are skipped).
   */
  update(record: RunRecord): Promise<void> {
    const queued = this.next !== undefined;
    this.next = renderProgress(record, this.links);
    if (!queued) {
      this.chain = this.chain
        .then(() => {
          const body = this.next!;
          this.next = undefined;
          return this.write(body);
        })
        .catch((e: unknown) => this.onWarning(`progress comment not updated: ${(e as Error).message}`));
    }
    return this.chain;
  }

  private async write(body: string): Promise<void> {
    if (body === this.lastBody) return;
    if (this.commentId === undefined) {
      const existing = (await this.api.listComments({ ...this.repo, number: this.number })).find((c) => c.body.startsWith(PROGRESS_MARKER));
      if (existing) this.commentId = existing.id;
    }
    if (this.commentId === undefined) this.commentId = (await this.api.createComment({ ...this.repo, number: this.number, body })).id;
    else await this.api.updateComment({ ...this.repo, commentId: this.commentId, body });
    this.lastBody = body;
  }
}
