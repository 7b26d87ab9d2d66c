/**
 * A workflow runner for tests: `workflows-examples/*.yml` executed as GitHub executes them, against
 * the local GitHub server and git over HTTP, night after night (ADR 0033).
 */
export { describeRun } from "./describe-run.js";
export { CannotPlay } from "./errors.js";
export { runWorkflow } from "./run.js";
export type { JobResult, RunResult, StepResult, Trigger } from "./types.js";
export { filesOf, World, type Repository } from "./world.js";
