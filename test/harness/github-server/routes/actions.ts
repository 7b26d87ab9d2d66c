/** GitHub Actions: workflow runs and their jobs. */
import { found, validationFailed } from "../errors.js";
import { jobJson, runJson } from "../json.js";
import { read } from "../permissions.js";
import { REPO as R, type Route, type RouteContext } from "../router.js";

/** The workflow run named by `:run_id`, or a 404. */
const runOf = (ctx: RouteContext) => found(ctx.repo().workflowRuns.find((candidate) => candidate.id === ctx.int("run_id")));

/** GitHub's `created` filter: "2025-01-01", ">=2025-01-01", "<2025-01-01T10:00:00Z", "A..B", "A..*". */
export function matchesDateFilter(iso: string, filter: string): boolean {
  const time = Date.parse(iso);
  const range = /^(.+)\.\.(.+)$/.exec(filter);
  if (range) {
    const [, from, to] = range;
    return (from === "*" || time >= Date.parse(from)) && (to === "*" || time <= endOf(to));
  }
  const comparison = /^(>=|<=|>|<)(.+)$/.exec(filter);
  if (comparison) {
    const [, op, value] = comparison;
    switch (op) {
      case ">=":
        return time >= Date.parse(value);
      case ">":
        return time > endOf(value);
      case "<=":
        return time <= endOf(value);
      default:
        return time < Date.parse(value);
    }
  }
  return time >= Date.parse(filter) && time <= endOf(filter);
}

/** The last millisecond a date (or date-time) filter value covers. */
function endOf(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(value) + 86_400_000 - 1 : Date.parse(value);
}

export const ACTIONS_ROUTES: Route[] = [
  {
    method: "GET",
    path: `${R}/actions/runs`,
    needs: read("actions"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const status = ctx.query.get("status");
      const created = ctx.query.get("created");
      const branch = ctx.query.get("branch");
      const event = ctx.query.get("event");
      const headSha = ctx.query.get("head_sha");
      const runs = repo.workflowRuns
        .filter((run) => !status || run.status === status || run.conclusion === status)
        .filter((run) => !created || matchesDateFilter(run.createdAt, created))
        .filter((run) => !branch || run.headBranch === branch)
        .filter((run) => !event || run.event === event)
        .filter((run) => !headSha || run.headSha === headSha)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
      // GitHub: "up to 1,000 results for each search" with these parameters; total_count still
      // counts every match, so a client that compares it can tell that runs were left out.
      const searched = ["actor", "branch", "check_suite_id", "created", "event", "head_sha", "status"].some((p) => ctx.query.has(p));
      const { items, headers } = ctx.page(searched ? runs.slice(0, 1000) : runs);
      return { body: { total_count: runs.length, workflow_runs: items.map((run) => runJson(ctx, repo, run)) }, headers };
    },
  },
  {
    method: "GET",
    path: `${R}/actions/runs/:run_id(\\d+)`,
    needs: read("actions"),
    handler: (ctx) => {
      return { body: runJson(ctx, ctx.repo(), runOf(ctx)) };
    },
  },
  {
    method: "GET",
    path: `${R}/actions/runs/:run_id(\\d+)/jobs`,
    needs: read("actions"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const run = runOf(ctx);
      const filter = ctx.query.get("filter") ?? "latest";
      if (filter !== "latest" && filter !== "all") throw validationFailed([{ resource: "Job", field: "filter", code: "invalid" }]);
      // latest: the jobs of the run's latest attempt; all: every attempt's.
      const jobs = repo.jobs.filter((job) => job.runId === run.id && (filter === "all" || job.runAttempt === run.runAttempt));
      const { items, headers } = ctx.page(jobs);
      return { body: { total_count: jobs.length, jobs: items.map((job) => jobJson(ctx, repo, job)) }, headers };
    },
  },
];
