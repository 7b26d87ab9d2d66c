/** GitHub's REST JSON as the port's plain data (`port.ts`): only the fields the port has. */
import type { Comment, Issue, PullRequest, WorkflowRun } from "./port.js";

export type RawLabel = string | { name?: string | null };

export interface RawPull {
  number: number;
  html_url: string;
  state: string;
  merged?: boolean | null;
  merged_at?: string | null;
  head: { ref: string; label: string; sha: string };
  base: { ref: string };
  title: string;
  body?: string | null;
  draft?: boolean | null;
  labels?: RawLabel[];
}

export interface RawIssue {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  labels?: RawLabel[];
  pull_request?: unknown;
  user?: { login: string } | null;
  created_at: string;
  updated_at: string;
}

export interface RawComment {
  id: number;
  html_url: string;
  body?: string | null;
  user?: { login: string } | null;
  created_at: string;
  updated_at: string;
}

export function labelName(label: RawLabel): string {
  return typeof label === "string" ? label : (label.name ?? "");
}

export function toPull(data: RawPull): PullRequest {
  return {
    number: data.number,
    htmlUrl: data.html_url,
    state: data.state === "closed" ? "closed" : "open",
    merged: Boolean(data.merged ?? data.merged_at),
    head: data.head.ref,
    headLabel: data.head.label,
    headSha: data.head.sha,
    base: data.base.ref,
    title: data.title,
    body: data.body ?? "",
    draft: data.draft ?? false,
    labels: (data.labels ?? []).map(labelName),
  };
}

export function toIssue(data: RawIssue): Issue {
  return {
    number: data.number,
    htmlUrl: data.html_url,
    title: data.title,
    body: data.body ?? "",
    state: data.state === "closed" ? "closed" : "open",
    labels: (data.labels ?? []).map(labelName),
    isPullRequest: data.pull_request != null,
    author: data.user?.login ?? null,
    createdAt: data.created_at,
    updatedAt: data.updated_at,
  };
}

export function toComment(data: RawComment): Comment {
  return {
    id: data.id,
    htmlUrl: data.html_url,
    body: data.body ?? "",
    author: data.user?.login ?? null,
    createdAt: data.created_at,
    updatedAt: data.updated_at,
  };
}

export interface RunData {
  id: number;
  name?: string | null;
  path?: string;
  workflow_id: number;
  status?: string | null;
  conclusion?: string | null;
  event: string;
  head_branch?: string | null;
  head_sha: string;
  run_attempt?: number;
  html_url: string;
  created_at: string;
  updated_at: string;
  run_started_at?: string | null;
}

export function toWorkflowRun(run: RunData): WorkflowRun {
  return {
    id: run.id,
    name: run.name ?? null,
    path: run.path ?? "",
    workflowId: run.workflow_id,
    status: run.status ?? null,
    conclusion: run.conclusion ?? null,
    event: run.event,
    headBranch: run.head_branch ?? null,
    headSha: run.head_sha,
    runAttempt: run.run_attempt ?? 1,
    htmlUrl: run.html_url,
    createdAt: run.created_at,
    updatedAt: run.updated_at,
    runStartedAt: run.run_started_at ?? null,
  };
}
