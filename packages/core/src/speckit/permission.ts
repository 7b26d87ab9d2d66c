import { UserError } from "../errors.js";
import { hasPermission, type GitHubApi, type Permission, type RepoRef } from "../github/port.js";

/**
 * A run triggered by an issue or a comment spends the repository's agent budget and pushes a
 * branch: the person who triggered it needs write, maintain or admin on the repository. Any
 * failure to find out (API error, unknown user) refuses the run: the check fails closed.
 */
export async function checkTriggerPermission(api: GitHubApi, repo: RepoRef, login: string | undefined): Promise<Permission> {
  const full = `${repo.owner}/${repo.repo}`;
  if (!login) {
    throw new UserError(`the event names no user, so their permission on ${full} cannot be checked`, {
      hint: "trigger speckit-run from an issue or comment event (it carries `sender`), or from workflow_dispatch",
      code: "speckit.permission-unknown",
    });
  }
  let permission: Permission;
  try {
    permission = await api.getPermission({ ...repo, username: login });
  } catch (cause) {
    throw new UserError(`could not check ${login}'s permission on ${full}, so the run was refused: ${(cause as Error).message}`, {
      hint: "give the job `permissions: contents: read` (enough to read collaborator permissions) and run again",
      code: "speckit.permission-check-failed",
      cause,
    });
  }
  if (!hasPermission(permission, "write")) {
    throw new UserError(`${login} has ${permission} permission on ${full}; starting a Spec Kit run needs write, maintain or admin`, {
      hint: `ask a maintainer to trigger the run, or give ${login} write access`,
      code: "speckit.permission-denied",
    });
  }
  return permission;
}
