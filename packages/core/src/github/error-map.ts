/**
 * Octokit's request errors as the errors users see: what a person can fix (a bad token, a missing
 * permission, a rate limit, an unreachable API, a missing repository) is a UserError with the fix
 * as its hint; the rest is a GitHubApiError with GitHub's status and the route. Tokens are redacted.
 */
import { UserError } from "../errors.js";
import { GitHubApiError, type RepoRef } from "./port.js";

export interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export function isRequestError(error: unknown): error is Error & RequestErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === "number";
}

/** What a call was doing, for messages and hints. */
export interface Operation {
  /** "create a pull request in owner/repo" */
  what: string;
  /** "POST /repos/{owner}/{repo}/pulls" */
  route: string;
  /** What the workflow needs, e.g. "`pull-requests: write`". */
  permission: string;
  repo: RepoRef;
  /** A 404 here means the repository itself is missing or invisible to the token. */
  repoLevel?: boolean;
  /** What else a 404 may mean, e.g. { meaning: "the user x does not exist", check: 'the login "x"' }. */
  notFoundAlso?: { meaning: string; check: string };
}

/** GitHub's own message, without Octokit's " - https://docs..." suffix. */
function githubMessage(error: RequestErrorLike): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === "string" ? data.message : error.message.replace(/ - https:\/\/\S+$/, "");
}

export function validationMessages(error: RequestErrorLike): { code?: string; message?: string }[] {
  const data = error.response?.data as { errors?: unknown } | undefined;
  return Array.isArray(data?.errors) ? (data.errors as { code?: string; message?: string }[]) : [];
}

function isRateLimited(error: RequestErrorLike): boolean {
  const remaining = error.response?.headers?.["x-ratelimit-remaining"];
  return (error.status === 403 || error.status === 429) && (remaining === "0" || /\brate limit\b/i.test(githubMessage(error)));
}

const NO_CONNECTION = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ERR_INVALID_URL"]);

/** True when the request never reached a server (refused, no such host, no route, a bad URL). */
function neverConnected(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NO_CONNECTION.has(code)) return true;
    if (/bad port|invalid url/i.test(String((e as Error).message))) return true;
  }
  return false;
}

export function mapError(error: unknown, op: Operation, redact: (text: string) => string): Error {
  if (!isRequestError(error)) return error instanceof Error ? error : new Error(String(error));
  error.message = redact(error.message);
  const status = error.status;
  const message = redact(githubMessage(error));
  const repoName = `${op.repo.owner}/${op.repo.repo}`;

  // No connection at all: the API was not reached (a wrong GITHUB_API_URL, no network). Octokit
  // reports that as status 500 without a response; the person running the job fixes it. (A
  // connection dropped after the request was sent stays a GitHubApiError: GitHub may have acted.)
  if (error.response === undefined && (status === 500 || status === 0) && neverConnected(error)) {
    return new UserError(`GitHub's API could not be reached to ${op.what} (${message.split("\n")[0]})`, {
      hint: "check GITHUB_API_URL (the api-url of a GitHub Enterprise Server) and the runner's network, then run the job again",
      code: "github.unreachable",
      cause: error,
    });
  }

  if (status === 401) {
    return new UserError(`GitHub rejected the token while trying to ${op.what} (401 ${message})`, {
      hint: "the token is missing, expired or revoked: pass a valid `token` input (the default `${{ github.token }}` works for the workflow's own repository)",
      code: "github.bad-credentials",
      cause: error,
    });
  }
  if (isRateLimited(error)) {
    return new UserError(`GitHub's rate limit stopped the request to ${op.what} (${status} ${message})`, {
      hint: "wait for the limit to reset and re-run the job; if it keeps happening, run the workflow less often or use a token with a higher limit",
      code: "github.rate-limited",
      cause: error,
    });
  }
  if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
    return new UserError(`GitHub Actions may not ${op.what} (403 ${message})`, {
      hint: "enable \"Allow GitHub Actions to create and approve pull requests\" in the repository's (or organisation's) Settings → Actions → General → Workflow permissions, or pass a personal access token as the `token` input",
      code: "github.actions-cannot-create-pull-requests",
      cause: error,
    });
  }
  if (status === 403) {
    return new UserError(`The token may not ${op.what} (403 ${message})`, {
      hint: `give the workflow ${op.permission} in its \`permissions:\` block (or use a token that has it)`,
      code: "github.permission-denied",
      cause: error,
    });
  }
  if (status === 404 && op.repoLevel) {
    const also = op.notFoundAlso ? ` (or ${op.notFoundAlso.meaning})` : "";
    return new UserError(`Repository ${repoName} was not found, or the token cannot see it, while trying to ${op.what}${also}`, {
      hint: `check the repository name "${repoName}"${op.notFoundAlso ? ` and ${op.notFoundAlso.check}` : ""}; for a private repository other than the workflow's own, pass a token with ${op.permission} on it (the default GITHUB_TOKEN only sees its own repository)`,
      code: "github.repository-not-found",
      cause: error,
    });
  }
  const details = validationMessages(error)
    .map((entry) => entry.message ?? entry.code)
    .filter(Boolean)
    .join("; ");
  return new GitHubApiError(`GitHub could not ${op.what}: ${status} ${message}${details ? ` (${redact(details)})` : ""}`, {
    status,
    route: op.route,
    cause: error,
  });
}
