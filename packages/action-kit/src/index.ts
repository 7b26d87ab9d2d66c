export { runMain, reportError } from "./run.js";
export { readInputs, bool, int, num, list, str, optionalStr, InputError } from "./inputs.js";
export { setOutputs, capText, OUTPUT_BUDGET_BYTES } from "./outputs.js";
export { annotate, type Annotation } from "./annotations.js";
export { Summary, mdTable, details, escapeCell } from "./summary.js";
export { workspaceRoot } from "./workspace.js";
export { readEvent } from "./event.js";
/** The runner protocol with @actions/core's names: `core.getInput`, `core.setOutput`, ... */
export * as core from "./runner.js";
