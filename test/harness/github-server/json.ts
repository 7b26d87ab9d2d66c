/** The JSON GitHub answers for each resource: the fields Octokit users read, shaped as GitHub sends them. */
import type { RouteContext } from "./router.js";
import { fakeSha, type CommentRecord, type IssueRecord, type JobRecord, type RepoState, type WorkflowRunRecord } from "./state.js";

export function userJson(login: string) {
  const bot = login.endsWith("[bot]");
  return { login, id: Number.parseInt(fakeSha(login).slice(0, 7), 16), type: bot ? "Bot" : "User", site_admin: false };
}

export function repoJson(ctx: RouteContext, repo: RepoState) {
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: repo.fullName,
    owner: { ...userJson(repo.owner), type: "Organization" },
    private: repo.isPrivate,
    visibility: repo.isPrivate ? "private" : "public",
    html_url: `${ctx.htmlUrl}/${repo.fullName}`,
    url: `${ctx.url}/repos/${repo.fullName}`,
    default_branch: repo.defaultBranch,
  };
}

export function labelJson(repo: RepoState, name: string) {
  const label = repo.label(name);
  return {
    id: label?.id ?? 0,
    node_id: `LA_${label?.id ?? 0}`,
    name: label?.name ?? name,
    color: label?.color ?? "ededed",
    description: label?.description ?? null,
    default: false,
  };
}

export function issueJson(ctx: RouteContext, repo: RepoState, item: IssueRecord) {
  const api = `${ctx.url}/repos/${repo.fullName}`;
  return {
    id: item.id,
    node_id: `I_${item.id}`,
    url: `${api}/issues/${item.number}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/${item.pull ? "pull" : "issues"}/${item.number}`,
    number: item.number,
    state: item.state,
    state_reason: item.stateReason,
    title: item.title,
    body: item.body,
    user: userJson(item.author),
    labels: item.labels.map((name) => labelJson(repo, name)),
    comments: repo.commentsOf(item.number).length,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    closed_at: item.closedAt,
    ...(item.pull
      ? { pull_request: { url: `${api}/pulls/${item.number}`, html_url: `${ctx.htmlUrl}/${repo.fullName}/pull/${item.number}` } }
      : {}),
  };
}

export function pullJson(ctx: RouteContext, repo: RepoState, item: IssueRecord) {
  const pull = item.pull!;
  const api = `${ctx.url}/repos/${repo.fullName}`;
  return {
    id: item.id,
    node_id: `PR_${item.id}`,
    url: `${api}/pulls/${item.number}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/pull/${item.number}`,
    issue_url: `${api}/issues/${item.number}`,
    number: item.number,
    state: item.state,
    locked: false,
    title: item.title,
    body: item.body,
    user: userJson(item.author),
    labels: item.labels.map((name) => labelJson(repo, name)),
    draft: pull.draft,
    merged: pull.merged,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    closed_at: item.closedAt,
    merged_at: pull.merged ? item.closedAt : null,
    head: {
      label: `${pull.headOwner}:${pull.head}`,
      ref: pull.head,
      sha: pull.headSha,
      user: userJson(pull.headOwner),
      repo: repoJson(ctx, repo),
    },
    base: {
      label: `${repo.owner}:${pull.base}`,
      ref: pull.base,
      sha: fakeSha(repo.fullName, pull.base),
      user: userJson(repo.owner),
      repo: repoJson(ctx, repo),
    },
  };
}

export function commentJson(ctx: RouteContext, repo: RepoState, comment: CommentRecord) {
  const item = repo.issue(comment.issueNumber);
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${ctx.url}/repos/${repo.fullName}/issues/comments/${comment.id}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/${item?.pull ? "pull" : "issues"}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${ctx.url}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
  };
}

export function runJson(ctx: RouteContext, repo: RepoState, run: WorkflowRunRecord) {
  return {
    id: run.id,
    name: run.name,
    node_id: `WFR_${run.id}`,
    workflow_id: run.workflowId,
    path: run.path,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    url: `${ctx.url}/repos/${repo.fullName}/actions/runs/${run.id}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/actions/runs/${run.id}`,
    jobs_url: `${ctx.url}/repos/${repo.fullName}/actions/runs/${run.id}/jobs`,
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.runStartedAt,
    repository: repoJson(ctx, repo),
  };
}

export function jobJson(ctx: RouteContext, repo: RepoState, job: JobRecord) {
  const run = repo.workflowRuns.find((candidate) => candidate.id === job.runId);
  return {
    id: job.id,
    run_id: job.runId,
    run_attempt: job.runAttempt,
    node_id: `CR_${job.id}`,
    head_sha: run?.headSha ?? "",
    head_branch: run?.headBranch ?? null,
    workflow_name: run?.name ?? null,
    url: `${ctx.url}/repos/${repo.fullName}/actions/jobs/${job.id}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/actions/runs/${job.runId}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    name: job.name,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    steps: [],
    labels: ["ubuntu-latest"],
  };
}
