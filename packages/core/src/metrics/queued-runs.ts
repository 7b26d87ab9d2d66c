/** Workflow runs waiting to start: pending work the report's `stuck` flag counts. */
import type { GitHubApi, RepoRef } from "../github/port.js";

/** Run statuses that mean work has not started: GitHub filters runs by one status at a time. */
export const WAITING_RUN_STATUSES = ["queued", "waiting", "pending", "requested"] as const;

/**
 * Workflow runs that have not started (queued, waiting for approval, pending, requested): pending
 * work for `stuck`. The asking workflow's own runs (a monitor queued behind itself) are not counted.
 */
export async function countQueuedRuns(api: GitHubApi, ref: RepoRef, excludeWorkflowPath?: string): Promise<number> {
  let n = 0;
  for (const status of WAITING_RUN_STATUSES)
    n += (await api.listWorkflowRuns({ ...ref, status, limit: 100 })).filter(
      (r) => !excludeWorkflowPath || r.path !== excludeWorkflowPath,
    ).length;
  return n;
}
