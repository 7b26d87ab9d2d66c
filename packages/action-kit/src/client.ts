import type { CreateGitHubApiOptions } from "@specpipe/core/github/octokit";
import { connectGitHub, tokenLine, type GitHubClient } from "@specpipe/core/github/connect";
import { githubToken, type GitHubToken } from "@specpipe/core/github/token";
import { annotate } from "./annotations.js";
import { actionContext, type ActionContext } from "./context.js";
import * as core from "./runner.js";

/**
 * The GitHub client of an action: core's token rule (the `token` input, else GITHUB_TOKEN, else
 * GH_TOKEN), the token masked before anything can print it, the REST root from GITHUB_API_URL,
 * retries and rate-limit waits as warning annotations on the step. Octokit is loaded only here,
 * when a step first needs GitHub.
 */
export interface GitHubClientOptions {
  /** The action's token input, or a token already found by `actionToken`. */
  token?: string | GitHubToken;
  /** Default `actionContext()`. */
  context?: ActionContext;
  /** "owner/name"; default the run's repository. */
  repository?: string;
  /** The annotation title of warnings, e.g. "metrics-collect". */
  title?: string;
  /** What needs GitHub, for the error when there is no token. */
  why?: string;
  /** Retries, pacing, label retries (tests). */
  client?: Omit<CreateGitHubApiOptions, "token" | "baseUrl" | "onSecret" | "onWarning">;
}

/** Core's token rule over this step's input and environment; the token is masked at once. */
export function actionToken(input: string | undefined, env: NodeJS.ProcessEnv = process.env): GitHubToken | undefined {
  const token = githubToken(input, env);
  if (token) core.setSecret(token.value);
  return token;
}

export async function githubClient(options: GitHubClientOptions = {}): Promise<GitHubClient> {
  const context = options.context ?? actionContext();
  const token = typeof options.token === "object" ? options.token : actionToken(options.token, context.env);
  if (token) core.info(tokenLine(token));
  return connectGitHub({
    token,
    env: context.env,
    repository: options.repository,
    why: options.why,
    client: {
      ...options.client,
      onSecret: (secret) => core.setSecret(secret),
      onWarning: (message) => annotate([{ level: "warning", title: options.title ?? "specpipe", message }]),
    },
  });
}
