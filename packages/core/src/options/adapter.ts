import type { EventPayload } from "../github/event.js";
import type { RunnerContext } from "../github/runner-context.js";

/**
 * What an adapter gives core's one call for its action (the `run…` functions of the options
 * modules): the action's runner context (action-kit's `adapterContext`), or a terminal's (the
 * CLI: the current folder, `runnerContext(env)` with the event name "cli", no event).
 */
export interface AdapterContext {
  /** The boundary no path may leave: the workspace (the CLI: its folder or --root). */
  workspace: string;
  env: NodeJS.ProcessEnv;
  /** The run: event name, sha, run URL, server. */
  runner: RunnerContext;
  /** The event payload, read only when asked for. */
  event: () => EventPayload;
  /** Called with the token the token rule found: mask it (`core.setSecret`). */
  onSecret?: (token: string) => void;
}
