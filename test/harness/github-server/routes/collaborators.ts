/** A collaborator's permission on a repository. */
import { notFound } from "../errors.js";
import { userJson } from "../json.js";
import { read } from "../permissions.js";
import { REPO as R, type Route } from "../router.js";
import type { Role } from "../state.js";

const LEGACY_PERMISSION: Record<Role, string> = { admin: "admin", maintain: "write", write: "write", triage: "read", read: "read" };

export const COLLABORATOR_ROUTES: Route[] = [
  {
    method: "GET",
    path: `${R}/collaborators/:username/permission`,
    needs: read("metadata"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const login = ctx.params.username;
      if (ctx.state.deletedUsers.has(login.toLowerCase())) throw notFound();
      const role = repo.collaborators.get(login.toLowerCase());
      const permission = role ? LEGACY_PERMISSION[role] : repo.isPrivate ? "none" : "read";
      return { body: { permission, role_name: role ?? permission, user: userJson(login) } };
    },
  },
];
