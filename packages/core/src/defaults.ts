/**
 * Constants and defaults that more than one action or command uses: one home, so that they
 * cannot drift apart (the bot's id was once written wrong in one of five places).
 */

/** The identity GitHub gives commits made with GITHUB_TOKEN; used when no git identity is configured. */
export const GITHUB_ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
} as const;

/** The Spec Kit (`specify-cli`) speckit-run installs when a repository has none: the one it is tested against. */
export const SPECKIT_VERSION = "1.0.1";

/** The labels speckit-run puts on its pull request (the action's `labels` input, the CLI's run). */
export const DEFAULT_PR_LABELS: readonly string[] = ["spec"];
