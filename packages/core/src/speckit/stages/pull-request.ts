import { PullRequestExistsError, type PullRequest } from "../../github/port.js";
import type { RunContext } from "../context.js";
import { capText, neutralise, oneLine } from "../../text/neutralise.js";
import { describingLine } from "../naming.js";

/** GitHub's own limits: a title of 256 characters, a body of 65,536, a label name of 50. */
const MAX_TITLE = 256;
const MAX_BODY = 65_536;
const MAX_LABEL = 50;
const MAX_LABELS = 20;

/**
 * Stage 7, the pull request (FR-007): create it, or update the open one for the branch. A rerun
 * that pushed nothing (every product already on the branch) opens the pull request a failed run
 * could not (e.g. before "Allow GitHub Actions to create pull requests" was on), or reports the
 * open one. Returns what it did; undefined without GitHub (local use).
 */
export async function openPullRequest(ctx: RunContext): Promise<"opened" | "updated" | "found" | undefined> {
  const github = ctx.options.github;
  if (!github) return undefined;
  const { api, repo } = github;
  const branch = ctx.branch!;
  const base = ctx.base!;
  const head = `${repo.owner}:${branch}`;
  const record = (pr: PullRequest, created: boolean) => {
    ctx.record.pr = { number: pr.number, url: pr.htmlUrl, created };
  };
  if (!ctx.commit) {
    const open = await api.findOpenPull({ ...repo, head, base });
    if (open) {
      record(open, false);
      ctx.log(`pull request #${open.number} is open for ${branch}`);
      await ctx.changed();
      return "found";
    }
  }
  const { title, body, labels } = pullRequestText(ctx);
  let pr: PullRequest;
  let created = true;
  try {
    pr = await api.createPull({ ...repo, head: branch, base, title, body, draft: ctx.options.pr.draft });
  } catch (e) {
    if (!(e instanceof PullRequestExistsError)) throw e;
    const open = await api.findOpenPull({ ...repo, head, base });
    if (!open) throw e;
    pr = await api.updatePull({ ...repo, number: open.number, title, body });
    created = false;
  }
  record(pr, created);
  ctx.log(`${created ? "opened" : "updated"} pull request #${pr.number}`);
  if (labels.length > 0) await api.addLabels({ ...repo, number: pr.number, labels });
  await ctx.changed();
  return created ? "opened" : "updated";
}

/**
 * The pull request's title, body and labels, the same in `mode: run` and `mode: publish` (which
 * builds them from the proposal's fields, ADR 0037): the request's text may come from anyone who
 * can open an issue, so every part is capped at GitHub's limits, and mentions and workflow
 * commands in it are neutralised (no `@org/team` ping, no `::set-output` line).
 */
export function pullRequestText(ctx: RunContext): { title: string; body: string; labels: string[] } {
  const branch = ctx.branch!;
  const given = ctx.options.pr.title ? oneLine(ctx.options.pr.title) : "";
  const title = capText(neutralise(given || `Spec ${branch}: ${describingLine(ctx.options.specText).slice(0, 120) || branch}`), MAX_TITLE);
  const body = capText(neutralise(ctx.options.pr.body ?? pullBody(ctx)), MAX_BODY);
  const labels: string[] = [];
  for (const raw of ctx.options.pr.labels) {
    const label = capText(neutralise(oneLine(raw)), MAX_LABEL);
    if (label && !labels.includes(label) && labels.length < MAX_LABELS) labels.push(label);
  }
  return { title, body, labels };
}

function pullBody(ctx: RunContext): string {
  const branch = ctx.branch!;
  const rows = ctx.phases.map(
    (p) => `| ${p.phase} | ${p.status} | ${p.durationMs === undefined ? "" : `${(p.durationMs / 1000).toFixed(1)} s`} |`,
  );
  const lines = [
    `Spec Kit run \`${ctx.runId}\` (agent: ${ctx.agent?.name ?? "unknown"}) for \`${branch}\`.`,
    "",
    `Files: [\`${ctx.featureDir}/\`](../blob/${branch}/${ctx.featureDir}/spec.md)`,
    "",
    "| phase | status | duration |",
    "| --- | --- | --- |",
    ...rows,
    "",
  ];
  if (ctx.installed)
    lines.push(`Spec Kit was not installed in the repository; this run installed it (${ctx.record.speckit?.installer ?? "specify"}).`, "");
  if (ctx.options.trigger?.number !== undefined) lines.push(`Requested in #${ctx.options.trigger.number}.`, "");
  lines.push("<!-- specpipe:speckit-run:pull -->");
  return lines.join("\n");
}
