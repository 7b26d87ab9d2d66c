/** What a token may do, scope by scope, as GitHub grants a workflow's GITHUB_TOKEN. */

export type Scope = "metadata" | "contents" | "pullRequests" | "issues" | "checks" | "statuses" | "actions";
export type Access = "none" | "read" | "write";
export type Permissions = Partial<Record<Scope, Access>>;

export interface Need {
  scope: Scope;
  access: "read" | "write";
}

export const read = (scope: Scope): Need => ({ scope, access: "read" });
export const write = (scope: Scope): Need => ({ scope, access: "write" });

const ACCESS_LEVEL: Record<Access, number> = { none: 0, read: 1, write: 2 };

/** Whether `permissions` meet one of `needs`; no permissions map (or no needs) grants everything. */
export function granted(needs: Need | Need[] | undefined, permissions: Permissions | undefined): boolean {
  if (!needs || !permissions) return true;
  const anyOf = Array.isArray(needs) ? needs : [needs];
  return anyOf.some((need) => {
    // As on GitHub: a scope the permissions do not list is "none"; metadata is always readable.
    const access = permissions[need.scope] ?? (need.scope === "metadata" ? "read" : "none");
    return ACCESS_LEVEL[access] >= ACCESS_LEVEL[need.access];
  });
}
