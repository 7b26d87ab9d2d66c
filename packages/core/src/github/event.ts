/**
 * The parts of a webhook event payload (the file at GITHUB_EVENT_PATH) that specpipe reads. Every
 * field is optional: events differ in what they carry, and a workflow_dispatch from another
 * workflow's `inputs` is written by whoever dispatched it.
 */
export interface EventPayload {
  repository?: { default_branch?: string; full_name?: string };
  pull_request?: { number?: number; body?: string | null; base?: { sha?: string; ref?: string }; head?: { sha?: string; ref?: string } };
  issue?: { number?: number; body?: string | null; pull_request?: unknown };
  comment?: { user?: { login?: string } };
  sender?: { login?: string };
  inputs?: Record<string, string | undefined>;
  before?: string;
  after?: string;
  deleted?: boolean;
  forced?: boolean;
  commits?: { id?: string }[];
}
