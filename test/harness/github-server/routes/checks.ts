/** The checks and commit statuses of a ref. */
import { validationFailed } from "../errors.js";
import { repoJson } from "../json.js";
import { read } from "../permissions.js";
import { REPO as R, type Route } from "../router.js";
import type { CheckRunRecord, StatusRecord } from "../state.js";

export const CHECK_ROUTES: Route[] = [
  {
    method: "GET",
    path: `${R}/commits/:ref/check-runs`,
    needs: read("checks"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const name = ctx.query.get("check_name");
      const status = ctx.query.get("status");
      const filter = ctx.query.get("filter") ?? "latest";
      if (filter !== "latest" && filter !== "all") throw validationFailed([{ resource: "CheckRun", field: "filter", code: "invalid" }]);
      let runs = (repo.checkRuns.get(ctx.params.ref) ?? [])
        .filter((run) => !name || run.name === name)
        .filter((run) => !status || run.status === status);
      if (filter === "latest") {
        // The most recent check run of each name (a re-run replaces the earlier attempt).
        const latest = new Map<string, CheckRunRecord>();
        for (const run of runs) {
          latest.delete(run.name);
          latest.set(run.name, run);
        }
        runs = [...latest.values()];
      }
      const { items, headers } = ctx.page(runs);
      return {
        body: {
          total_count: runs.length,
          check_runs: items.map((run) => ({
            id: run.id,
            node_id: `CR_${run.id}`,
            name: run.name,
            status: run.status,
            conclusion: run.conclusion,
            completed_at: run.completedAt,
            head_sha: ctx.params.ref,
            html_url: `${ctx.htmlUrl}/${repo.fullName}/runs/${run.id}`,
            app: { slug: "github-actions" },
          })),
        },
        headers,
      };
    },
  },
  {
    method: "GET",
    path: `${R}/commits/:ref/status`,
    needs: read("statuses"),
    handler: (ctx) => {
      const repo = ctx.repo();
      // The latest status of each context, as GitHub combines them.
      const latest = new Map<string, StatusRecord>();
      for (const status of repo.statuses.get(ctx.params.ref) ?? []) latest.set(status.context, status);
      const statuses = [...latest.values()];
      // failure beats pending beats success; no statuses at all is "pending".
      const combined = statuses.some((status) => status.state === "failure" || status.state === "error")
        ? "failure"
        : statuses.length === 0 || statuses.some((status) => status.state === "pending")
          ? "pending"
          : "success";
      const { items, headers } = ctx.page(statuses);
      return {
        body: {
          state: combined,
          sha: ctx.params.ref,
          total_count: statuses.length,
          statuses: items.map((status) => ({
            id: status.id,
            context: status.context,
            state: status.state,
            description: status.description,
            target_url: status.targetUrl,
            created_at: status.createdAt,
            updated_at: status.createdAt,
          })),
          repository: repoJson(ctx, repo),
        },
        headers,
      };
    },
  },
];
