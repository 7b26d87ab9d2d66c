/** How a local GitHub server is started, and what it records of each request. */
import type http from "node:http";
import type { Permissions } from "./permissions.js";
import type { Route } from "./router.js";

export interface GitHubServerOptions {
  /** When set, every request must carry it (`token X` or `Bearer X`). */
  token?: string;
  /** The permissions of `token` (or of unauthenticated requests): unlisted scopes are none. Omitted: everything. */
  permissions?: Permissions;
  /** Requests an hour for `token` (default 5000, GitHub's limit for a user token). */
  rateLimit?: number;
  /** The server's clock, ms since the epoch (default Date.now): rate-limit windows follow it. */
  now?: () => number;
  /** The repository setting "Allow GitHub Actions to create and approve pull requests" (default true). */
  allowActionsToCreatePullRequests?: boolean;
  /** Author of everything created through the API (default "github-actions[bot]"). */
  login?: string;
  /** Prefix of `html_url`s (default "https://github.com"). */
  htmlUrl?: string;
  /** Extra routes, tried before the built-in ones. */
  routes?: Route[];
}

export interface RecordedRequest {
  method: string;
  /** Path without the query, as sent (percent-encoding kept). */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  headers: http.IncomingHttpHeaders;
  /** Status of the answer (0 until answered, and for a dropped connection). */
  status: number;
  /** When it arrived (ms since the epoch). */
  at: number;
  /** The token it presented, if any. */
  token?: string;
}
