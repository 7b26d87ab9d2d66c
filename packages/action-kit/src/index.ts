export { runMain, reportError } from "./run.js";
export { readInputs, bool, int, num, list, str, optionalStr, InputError } from "./inputs.js";
export { setOutputs, capText, OUTPUT_BUDGET_BYTES } from "./outputs.js";
export { annotate, type Annotation } from "./annotations.js";
export { Summary, writeSummary, mdTable, details, escapeCell } from "./summary.js";
export { workspaceRoot } from "./workspace.js";
export { readEvent } from "./event.js";
export { actionContext, adapterContext, type ActionContext } from "./context.js";
export { actionToken, githubClient, type GitHubClientOptions } from "./client.js";
/** The runner protocol with @actions/core's names: `core.getInput`, `core.setOutput`, ... */
export * as core from "./runner.js";
