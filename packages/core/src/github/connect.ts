import { UserError } from "../errors.js";
import type { CreateGitHubApiOptions } from "./octokit.js";
import { parseRepository, type GitHubApi, type RepoRef } from "./port.js";
import { describeTokenSource, type GitHubToken } from "./token.js";

/**
 * The one way specpipe reaches GitHub: the token found by `githubToken` (its rule), the
 * repository (given, else GITHUB_REPOSITORY), the REST root from GITHUB_API_URL (GHES), and the
 * adapter's hooks for masking the token and for warnings. The action kit's `githubClient` and
 * the CLI's commands both come here, so they cannot reach GitHub in different ways.
 */
export interface ConnectOptions {
  token: GitHubToken | undefined;
  /** "owner/name"; default GITHUB_REPOSITORY. */
  repository?: string;
  env: NodeJS.ProcessEnv;
  /** What needs GitHub, for the error when there is no token, e.g. "ingest from workflow runs". */
  why?: string;
  /** How to give a token, for that error. */
  tokenHint?: string;
  /** How to name the repository, for the error when there is none. */
  repositoryHint?: string;
  /** Masking (`core.setSecret`), warnings, retries: passed to `createGitHubApi`. */
  client?: Omit<CreateGitHubApiOptions, "token" | "baseUrl">;
}

export interface GitHubClient {
  api: GitHubApi;
  repo: RepoRef;
  token: GitHubToken;
}

export async function connectGitHub(options: ConnectOptions): Promise<GitHubClient> {
  const { token, env } = options;
  if (!token) {
    throw new UserError(`${options.why ?? "this step"} needs the GitHub API, and no token was found`, {
      hint: options.tokenHint ?? 'pass "token" (the default github.token works), or set GITHUB_TOKEN (or GH_TOKEN)',
      code: "github.no-token",
    });
  }
  const name = options.repository?.trim() || env.GITHUB_REPOSITORY?.trim();
  if (!name) {
    throw new UserError(`${options.why ?? "this step"} needs to know the repository, and GITHUB_REPOSITORY is not set`, {
      hint: options.repositoryHint ?? "run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name",
      code: "github.no-repository",
    });
  }
  const repo = parseRepository(name);
  const { createGitHubApi } = await import("./octokit.js");
  const client = await createGitHubApi({ ...options.client, token: token.value, baseUrl: env.GITHUB_API_URL?.trim() || undefined });
  return { api: client, repo, token };
}

/** "token from GITHUB_TOKEN": a log line that says which token is used, never the token. */
export function tokenLine(token: GitHubToken, inputName = "token"): string {
  return `GitHub token: ${describeTokenSource(token.source, inputName)}`;
}
