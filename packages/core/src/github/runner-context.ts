import { parseRepository } from "./port.js";
import type { RepoRef } from "./port.js";

/**
 * What a GitHub Actions runner tells a step about its run, read from the variables it sets
 * (https://docs.github.com/actions/reference/variables-reference). Pure: the action kit adds
 * the event payload and the workspace; the CLI, run in a workflow's `run:` step, reads the same
 * variables through this, so a record's default task id and run URL are the same either way.
 * Every field is absent outside Actions.
 */
export interface RunnerContext {
  eventName?: string;
  /** GITHUB_REPOSITORY as owner and name (a malformed value is a UserError when read). */
  readonly repository: RepoRef | undefined;
  serverUrl: string;
  /** GITHUB_API_URL (the REST root on GHES); undefined means api.github.com. */
  apiUrl?: string;
  runId?: string;
  runAttempt: number;
  /** This run's page: <server>/<owner>/<repo>/actions/runs/<id>, with /attempts/<n> for a re-run. */
  runUrl?: string;
  job?: string;
  actor?: string;
  sha?: string;
  /** GITHUB_REF, e.g. refs/heads/main or refs/pull/7/merge. */
  ref?: string;
  /** GITHUB_REF_NAME, e.g. main or 7/merge. */
  refName?: string;
  /** GITHUB_HEAD_REF: the pull request's head branch (pull_request events only). */
  headRef?: string;
  /** GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/file.yml@ref. */
  workflowRef?: string;
}

const set = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const serverUrl = (set(env.GITHUB_SERVER_URL) ?? "https://github.com").replace(/\/+$/, "");
  const name = set(env.GITHUB_REPOSITORY);
  const runId = set(env.GITHUB_RUN_ID);
  const attempt = Number(set(env.GITHUB_RUN_ATTEMPT) ?? "1");
  const runAttempt = Number.isInteger(attempt) && attempt >= 1 ? attempt : 1;
  let repository: RepoRef | undefined | null = null;
  return {
    eventName: set(env.GITHUB_EVENT_NAME),
    // Parsed when first read: a step that never needs the repository does not fail on it.
    get repository() {
      if (repository === null) repository = name === undefined ? undefined : parseRepository(name);
      return repository;
    },
    serverUrl,
    apiUrl: set(env.GITHUB_API_URL),
    runId,
    runAttempt,
    runUrl:
      runId && name
        ? `${serverUrl}/${name}/actions/runs/${encodeURIComponent(runId)}${runAttempt > 1 ? `/attempts/${runAttempt}` : ""}`
        : undefined,
    job: set(env.GITHUB_JOB),
    actor: set(env.GITHUB_ACTOR),
    sha: set(env.GITHUB_SHA),
    ref: set(env.GITHUB_REF),
    refName: set(env.GITHUB_REF_NAME),
    headRef: set(env.GITHUB_HEAD_REF),
    workflowRef: set(env.GITHUB_WORKFLOW_REF),
  };
}
