import { GITHUB_ACTIONS_BOT } from "../defaults.js";
import type { Git } from "./git.js";

/**
 * The environment that gives a commit an identity when the runner has none. A fresh runner has
 * no `user.name`/`user.email`, and `git commit` then fails ("Author identity unknown"). We ask git
 * itself whether it has an explicit identity for each role (environment or configuration, never
 * guessed from the host name: `user.useConfigOnly`), and where it has none we name
 * github-actions[bot], the identity GitHub gives commits made with GITHUB_TOKEN. An identity the
 * user configured always wins.
 */
export async function identityFallbackEnv(git: Git): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {};
  for (const role of ["AUTHOR", "COMMITTER"] as const) {
    const r = await git.raw(["-c", "user.useConfigOnly=true", "var", `GIT_${role}_IDENT`]);
    if (r.code === 0) continue;
    env[`GIT_${role}_NAME`] = GITHUB_ACTIONS_BOT.name;
    env[`GIT_${role}_EMAIL`] = GITHUB_ACTIONS_BOT.email;
  }
  return env;
}

/**
 * Who git records as author and committer of speckit-run's commits: the workflow's GIT_AUTHOR_* /
 * GIT_COMMITTER_* when it set them, else `identity` (github-actions[bot] by default).
 */
export function identityEnv(identity: { name: string; email: string }, parent: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    GIT_AUTHOR_NAME: parent.GIT_AUTHOR_NAME ?? identity.name,
    GIT_AUTHOR_EMAIL: parent.GIT_AUTHOR_EMAIL ?? identity.email,
    GIT_COMMITTER_NAME: parent.GIT_COMMITTER_NAME ?? identity.name,
    GIT_COMMITTER_EMAIL: parent.GIT_COMMITTER_EMAIL ?? identity.email,
  };
}
