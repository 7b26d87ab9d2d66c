/**
 * Which token specpipe uses for GitHub, in one rule for every action and command:
 *
 * 1. the token given explicitly (an action's `token` input; the CLI has no flag, so none),
 * 2. else GITHUB_TOKEN (what a workflow exports to a `run:` step, and our documented variable),
 * 3. else GH_TOKEN (the GitHub CLI's variable, so a terminal where `gh` works works too).
 *
 * Blank values count as unset. The result says where the token came from, so a 401 or a 403 can
 * name the token that was refused.
 */
export type TokenSource = "input" | "GITHUB_TOKEN" | "GH_TOKEN";

export interface GitHubToken {
  value: string;
  source: TokenSource;
}

export const TOKEN_VARIABLES = ["GITHUB_TOKEN", "GH_TOKEN"] as const;

export function githubToken(input: string | undefined, env: NodeJS.ProcessEnv): GitHubToken | undefined {
  if (input !== undefined && input.trim() !== "") return { value: input.trim(), source: "input" };
  for (const name of TOKEN_VARIABLES) {
    const value = env[name]?.trim();
    if (value) return { value, source: name };
  }
  return undefined;
}

/** "the token input", "GITHUB_TOKEN": for messages. */
export function describeTokenSource(source: TokenSource, inputName = "token"): string {
  return source === "input" ? `the "${inputName}" input` : source;
}
