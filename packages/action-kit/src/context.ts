import type { EventPayload } from "@specpipe/core/github/event";
import { runnerContext, type RunnerContext } from "@specpipe/core/github/runner-context";
import { readEvent } from "./event.js";
import { setSecret } from "./runner.js";

/**
 * The runner's context for one step: what `runnerContext` reads from the variables (repository,
 * run URL, actor, sha, refs), the event payload and the workspace root. The event is read when
 * first asked for, so a step that never looks at it does not pay for (or fail on) a large file;
 * a file that is not a JSON object is then one UserError naming it (`readEvent`).
 */
export interface ActionContext extends RunnerContext {
  /** The webhook payload from GITHUB_EVENT_PATH ({} outside Actions). */
  readonly event: EventPayload;
  /** GITHUB_WORKSPACE, else the current directory: the repository root the action works on. */
  workspace: string;
  /** The environment it was read from (passed on to core calls that read more of it). */
  env: NodeJS.ProcessEnv;
}

export function actionContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const runner = runnerContext(env);
  let event: EventPayload | undefined;
  // Object.defineProperties keeps the runner context's lazy `repository` getter a getter.
  return Object.defineProperties(
    {},
    {
      ...Object.getOwnPropertyDescriptors(runner),
      event: {
        enumerable: true,
        get: () => (event ??= readEvent(env)),
      },
      workspace: { enumerable: true, value: env.GITHUB_WORKSPACE?.trim() || process.cwd() },
      env: { enumerable: false, value: env },
    },
  ) as ActionContext;
}

/**
 * What every core adapter call takes from the runner (the `…AdapterContext` of core's options
 * modules): the workspace, the environment, the run, its event (read when asked) and the masking
 * of the token core finds. One object, so that no action wires these differently.
 */
export function adapterContext(context: ActionContext) {
  return {
    workspace: context.workspace,
    env: context.env,
    runner: context,
    event: () => context.event,
    onSecret: setSecret,
  };
}
