/**
 * A local GitHub REST server for tests: real HTTP on 127.0.0.1, state in memory, JSON shaped like
 * GitHub's own responses (the fields Octokit users read), so the real Octokit client can be pointed
 * at it (`baseUrl: server.url`).
 *
 *   const gh = await startGitHubServer({ token: "t0k3n" });
 *   const repo = gh.state.addRepo({ owner: "octo", name: "demo" });
 *   repo.addIssue({ title: "seeded", labels: ["bug"] });
 *   gh.inject({ method: "POST", path: /\/pulls$/, status: 502, times: 2 });
 *   ... run the code under test with baseUrl gh.url ...
 *   expect(gh.requests.filter((r) => r.method === "POST")).toHaveLength(3);
 *   await gh.close();
 *
 * Behaviour worth knowing (each as GitHub does it):
 * - Issues and pull requests share one number sequence; pull requests are listed by the issues
 *   endpoints too, with a `pull_request` key.
 * - `POST /pulls` answers 422 "A pull request already exists for owner:branch." when an open pull
 *   request has the same head and the same base.
 * - `GET /collaborators/:user/permission`: a seeded collaborator gets its role (`role_name`) and the
 *   legacy `permission` (maintain → write, triage → read). Any other login is treated as an
 *   existing user who is not a collaborator: `read` on a public repository, `none` on a private
 *   one. Logins passed to `state.deleteUser(login)` do not exist: 404.
 * - Lists paginate with `per_page` (default 30, max 100) and `page`, and send a `Link` header.
 * - With `options.token` (or once a token was issued with `issueToken`), every request needs
 *   `Authorization: token X` or `Bearer X` (401 otherwise).
 * - Permissions, as GitHub gives a workflow's GITHUB_TOKEN: with `options.permissions` (or the
 *   permissions of an issued token), a scope listed there has that access level and a scope not
 *   listed has none (403 "Resource not accessible by integration"); `metadata: read` is always
 *   granted. A token without a permissions map may do everything.
 * - Rate limits: every answered request counts against its token's bucket, and the
 *   `x-ratelimit-*` headers count down (`limit`, `remaining`, `used`, `reset`); an empty bucket
 *   answers 403 "API rate limit exceeded" until the hour is over (on the server's clock,
 *   `options.now`). Tokens issued with the same `bucket` share it, as the GITHUB_TOKENs of one
 *   repository share GitHub's 1,000 requests an hour.
 * - `GET /commits/:ref/check-runs` and `GET /actions/runs/:id/jobs` answer `filter=latest` (the
 *   default: the latest check run of each name, the jobs of the latest attempt) and `filter=all`.
 * - `GET /actions/runs` with any of GitHub's search filters (actor, branch, check_suite_id,
 *   created, event, head_sha, status) returns at most the first 1,000 runs, while `total_count`
 *   says how many matched.
 *
 * The pieces live in `github-server/`: `state.ts` (repositories and what they hold), `routes/` (one
 * file a resource: add an endpoint there, or call `server.route(...)` from a test), `json.ts` (the
 * shapes of GitHub's answers), `auth.ts`, `permissions.ts`, `rate-limit.ts`, `faults.ts`,
 * `pagination.ts`. This file is the HTTP server that puts them together.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Tokens, type TokenGrant } from "./github-server/auth.js";
import { HttpError, notAccessible, notFound, problemsParsingJson, rateLimitExceeded } from "./github-server/errors.js";
import { defaultFault, Faults, type Fault, type FaultHandle } from "./github-server/faults.js";
import type { GitHubServerOptions, RecordedRequest } from "./github-server/options.js";
import { paginate } from "./github-server/pagination.js";
import { granted } from "./github-server/permissions.js";
import { RateLimits, rateHeaders, type RateLimitBucket } from "./github-server/rate-limit.js";
import { compile, matchRoute, type CompiledRoute, type JsonBody, type Route, type RouteContext } from "./github-server/router.js";
import { ROUTES } from "./github-server/routes/index.js";
import { GitHubState } from "./github-server/state.js";

export type { TokenGrant } from "./github-server/auth.js";
export { HttpError, notFound, validationFailed } from "./github-server/errors.js";
export { SECONDARY_RATE_LIMIT_MESSAGE, type Fault, type FaultHandle } from "./github-server/faults.js";
export type { GitHubServerOptions, RecordedRequest } from "./github-server/options.js";
export type { Access, Need, Scope } from "./github-server/permissions.js";
export type { RateLimitBucket } from "./github-server/rate-limit.js";
export type { JsonBody, Reply, Route, RouteContext } from "./github-server/router.js";
export { matchesDateFilter } from "./github-server/routes/actions.js";
export { ROUTES } from "./github-server/routes/index.js";
export {
  GitHubState,
  RepoState,
  type CheckRunRecord,
  type CommentRecord,
  type IssueRecord,
  type JobRecord,
  type LabelRecord,
  type PullFields,
  type Role,
  type StatusRecord,
  type WorkflowRunRecord,
} from "./github-server/state.js";

export interface GitHubServer {
  /** e.g. "http://127.0.0.1:43123" (no trailing slash): pass it as Octokit's baseUrl. */
  readonly url: string;
  readonly state: GitHubState;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  readonly options: GitHubServerOptions;
  /** The next `times` requests matching `fault` fail that way. */
  inject(fault: Fault): FaultHandle;
  clearFaults(): void;
  /** Adds a route, tried before the built-in ones. */
  route(route: Route): void;
  /** Recorded requests with this method whose path equals `path` or matches it. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[];
  /** A new token with these permissions (e.g. a job's GITHUB_TOKEN); authentication is required from then on. */
  issueToken(grant?: TokenGrant): string;
  /** The token stops working (401), as a job's GITHUB_TOKEN does when the job ends. */
  revokeToken(token: string): void;
  /** What the token may do, or undefined for an unknown token. */
  grantOf(token: string): TokenGrant | undefined;
  /** The recorded requests made with this token. */
  requestsWith(token: string): RecordedRequest[];
  /** The rate-limit bucket a token draws on. */
  bucketOf(token: string): RateLimitBucket | undefined;
  /** A bucket by its name (also after its tokens were revoked). */
  bucket(name: string): RateLimitBucket | undefined;
  /** Stops the server (idempotent). */
  close(): Promise<void>;
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const state = new GitHubState(options.login);
  const requests: RecordedRequest[] = [];
  const routes: CompiledRoute[] = [...(options.routes ?? []), ...ROUTES].map(compile);
  const faults = new Faults();
  const htmlUrl = (options.htmlUrl ?? "https://github.com").replace(/\/$/, "");
  const tokens = new Tokens();
  const limits = new RateLimits(options.now ?? Date.now);
  if (options.token !== undefined)
    tokens.add(options.token, { permissions: options.permissions, bucket: `token:${options.token}`, limit: options.rateLimit ?? 5000 });
  let url = "";

  function send(
    res: http.ServerResponse,
    record: RecordedRequest,
    status: number,
    body: unknown,
    headers: Record<string, string>,
    rateLimit: Record<string, string> = {},
  ): void {
    record.status = status;
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "x-github-api-version-selected": "2022-11-28",
      "x-github-request-id": `0000:${requests.length}`,
      ...rateLimit,
      ...headers,
      "content-length": String(Buffer.byteLength(text)),
    });
    res.end(text);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const parsed = new URL(req.url ?? "/", url);
    const method = (req.method ?? "GET").toUpperCase();
    // Octokit may send the path with a trailing slash-free base; GitHub ignores a trailing slash.
    const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/$/, "") : parsed.pathname;
    let body: unknown;
    let badJson = false;
    if (raw !== "") {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        badJson = true;
      }
    }
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(parsed.searchParams),
      body,
      headers: req.headers,
      status: 0,
      at: Date.now(),
    };
    requests.push(record);
    const auth = tokens.authenticate(req.headers.authorization);
    record.token = auth.token;
    const grant = tokens.grantOf(auth.token);
    let rateLimit: Record<string, string> = {};

    const fault = faults.take(method, path);
    const answerWithFault = (f: Fault): void => {
      if (f.status === 0) {
        req.socket.destroy();
        return;
      }
      const defaults = defaultFault(f.status);
      send(res, record, f.status, f.body ?? defaults.body, { ...defaults.headers, ...f.headers }, rateLimit);
    };
    if (fault && !fault.afterEffect) {
      rateLimit = rateHeaders(limits.bucketFor(auth.token, grant));
      answerWithFault(fault);
      return;
    }
    try {
      if (auth.error) throw auth.error;
      // Every authenticated request counts, as on GitHub; an empty bucket is refused until it resets.
      const bucket = limits.bucketFor(auth.token, grant);
      if (bucket.used >= bucket.limit) {
        rateLimit = rateHeaders(bucket);
        throw rateLimitExceeded();
      }
      bucket.used++;
      rateLimit = rateHeaders(bucket);
      const permissions = auth.token === undefined ? options.permissions : grant?.permissions;
      if (badJson) throw problemsParsingJson();

      const found = matchRoute(routes, method, path);
      if (!found) throw notFound();
      const { route, params } = found;
      const ctx: RouteContext = {
        method,
        path,
        params,
        query: parsed.searchParams,
        body: body !== null && typeof body === "object" ? (body as JsonBody) : {},
        state,
        options,
        url,
        htmlUrl,
        repo() {
          const repo = state.repo(params.owner ?? "", params.repo ?? "");
          if (!repo) throw notFound();
          return repo;
        },
        item(kind) {
          const repo = this.repo();
          const number = Number.parseInt(params.number ?? "", 10);
          const item = kind === "pull" ? repo.pull(number) : repo.issue(number);
          if (!item) throw notFound();
          return item;
        },
        int(name) {
          return Number.parseInt(params[name] ?? "", 10);
        },
        page(items) {
          return paginate(parsed, url, items);
        },
      };
      const needs = typeof route.needs === "function" ? route.needs(ctx) : route.needs;
      if (!granted(needs, permissions)) throw notAccessible();
      const reply = await route.handler(ctx);
      if (fault) answerWithFault(fault);
      else send(res, record, reply.status ?? 200, reply.body, reply.headers ?? {}, rateLimit);
    } catch (error) {
      if (error instanceof HttpError) {
        send(res, record, error.status, error.body, error.headers, rateLimit);
        return;
      }
      send(res, record, 500, { message: `test server bug: ${error instanceof Error ? error.stack : String(error)}` }, {}, rateLimit);
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    state,
    requests,
    options,
    inject(fault: Fault): FaultHandle {
      return faults.inject(fault);
    },
    clearFaults() {
      faults.clear();
    },
    route(route: Route) {
      routes.unshift(compile(route));
    },
    requestsTo(method, path) {
      return requests.filter(
        (request) =>
          request.method === method.toUpperCase() && (typeof path === "string" ? request.path === path : path.test(request.path)),
      );
    },
    issueToken(grant?: TokenGrant) {
      return tokens.issue(url, grant);
    },
    revokeToken(token) {
      tokens.revoke(token);
    },
    grantOf(token) {
      return tokens.grantOf(token);
    },
    requestsWith(token) {
      return requests.filter((request) => request.token === token);
    },
    bucketOf(token): RateLimitBucket | undefined {
      const grant = tokens.grantOf(token);
      return grant ? limits.bucket(grant.bucket!) : undefined;
    },
    bucket(name) {
      return limits.bucket(name);
    },
    close() {
      // Safe to call twice.
      if (!server.listening) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
