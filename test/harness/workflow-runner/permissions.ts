import type { Access, Scope } from "../github-server.js";
import { CannotPlay } from "./errors.js";
import type { Json } from "./expressions.js";

/**
 * A job's GITHUB_TOKEN permissions as GitHub computes them: the job's `permissions:` if it has
 * one, else the workflow's, else the repository's default ("restricted": contents and packages
 * read). In a permissions map every scope that is not listed is none; `read-all` / `write-all`
 * give every scope; `{}` gives none. The token is then issued by the local GitHub server, which
 * enforces it on every API call and every git fetch or push.
 */
const SCOPES: Record<string, Scope | undefined> = {
  actions: "actions",
  checks: "checks",
  contents: "contents",
  issues: "issues",
  "pull-requests": "pullRequests",
  statuses: "statuses",
  // Scopes GitHub has and the local server has no endpoint for: accepted, nothing to enforce.
  attestations: undefined,
  deployments: undefined,
  discussions: undefined,
  "id-token": undefined,
  models: undefined,
  packages: undefined,
  pages: undefined,
  "repository-projects": undefined,
  "security-events": undefined,
};

const ALL: Scope[] = ["actions", "checks", "contents", "issues", "pullRequests", "statuses"];

export type Permissions = Partial<Record<Scope, Access>>;

export const RESTRICTED_DEFAULT: Permissions = { contents: "read" };

export function resolvePermissions(job: Json | undefined, workflow: Json | undefined, where: string): Permissions {
  const given = job ?? workflow;
  if (given === undefined || given === null) return { ...RESTRICTED_DEFAULT };
  if (given === "read-all" || given === "write-all") {
    const access: Access = given === "read-all" ? "read" : "write";
    return Object.fromEntries(ALL.map((s) => [s, access]));
  }
  if (typeof given !== "object" || Array.isArray(given)) throw new CannotPlay(`${where}: permissions ${JSON.stringify(given)}`);
  const out: Permissions = {};
  for (const [key, value] of Object.entries(given)) {
    if (!(key in SCOPES)) throw new CannotPlay(`${where}: unknown permission scope "${key}"`);
    if (value !== "read" && value !== "write" && value !== "none")
      throw new CannotPlay(`${where}: permission ${key}: ${JSON.stringify(value)}`);
    const scope = SCOPES[key];
    if (scope) out[scope] = value;
  }
  return out;
}
