/** Routes: what a handler sees of a request, and how a route's path pattern matches. */
import type { GitHubServerOptions } from "./options.js";
import type { Need } from "./permissions.js";
import type { GitHubState, IssueRecord, RepoState } from "./state.js";
import { validationFailed } from "./errors.js";

/** The path every repository route starts with. */
export const REPO = "/repos/:owner/:repo";

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A parsed request body: an object (or, for a few label routes, an array) whose fields are unchecked. */
export type JsonBody = Record<string, unknown>;

export interface RouteContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request's JSON body; each route checks the type of every field it reads, as GitHub does. */
  body: JsonBody;
  state: GitHubState;
  options: GitHubServerOptions;
  /** Base URL of this server. */
  url: string;
  htmlUrl: string;
  /** The repository named by `:owner/:repo`, or a 404. */
  repo(): RepoState;
  /** The issue or pull request named by `:number` (with "pull": a pull request only), or a 404. */
  item(kind?: "pull"): IssueRecord;
  /** Integer path parameter. */
  int(name: string): number;
  /** One page of `items` per `per_page`/`page`, with GitHub's `Link` header. */
  page<T>(items: T[]): { items: T[]; headers: Record<string, string> };
}

export interface Route {
  method: string;
  /** e.g. "/repos/:owner/:repo/issues/:number(\\d+)"; a parameter matches one path segment. */
  path: string;
  /** What the token needs; an array means any one of them is enough. */
  needs?: Need | Need[] | ((ctx: RouteContext) => Need | Need[] | undefined);
  handler(ctx: RouteContext): Reply | Promise<Reply>;
}

export interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split("/")
    .map((segment) =>
      segment.replace(/^:(\w+)(?:\((.+)\))?$/, (_match, name: string, pattern?: string) => {
        names.push(name);
        return `(${pattern ?? "[^/]+"})`;
      }),
    )
    .join("/");
  return { ...route, regex: new RegExp(`^${source}$`), names };
}

/** The first route that answers `method path`, with its decoded parameters. */
export function matchRoute(
  routes: CompiledRoute[],
  method: string,
  path: string,
): { route: CompiledRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.regex.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1]);
    });
    return { route, params };
  }
  return undefined;
}

/** A PATCH's `title` and `body`, as issues and pull requests take them. */
/** One page of `list` as the route's answer, each entry as `json` writes it, with GitHub's `Link` header. */
export function pagedList<T>(ctx: RouteContext, list: T[], json: (entry: T) => unknown): Reply {
  const { items, headers } = ctx.page(list);
  return { body: items.map(json), headers };
}

/** The list filter of `?state=` (open, closed or all; GitHub's default: open). */
export function stateFilter(query: URLSearchParams): (item: { state: string }) => boolean {
  const state = query.get("state") ?? "open";
  return (item) => state === "all" || item.state === state;
}

export function patchText(item: IssueRecord, body: JsonBody): void {
  if (typeof body.title === "string") item.title = body.title;
  if (typeof body.body === "string" || body.body === null) item.body = body.body;
}

export function requireString(body: JsonBody, field: string, resource: string): string {
  const value = body?.[field];
  if (typeof value !== "string" || value === "") throw validationFailed([{ resource, field, code: "missing_field" }]);
  return value;
}
