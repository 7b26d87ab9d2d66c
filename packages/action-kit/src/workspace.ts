import * as path from "node:path";

/** The repository root the action works on: GITHUB_WORKSPACE on a runner, else the cwd. */
export function workspaceRoot(input?: string): string {
  const base = process.env.GITHUB_WORKSPACE || process.cwd();
  return input ? path.resolve(base, input) : base;
}
