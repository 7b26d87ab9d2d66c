import * as core from "./runner.js";

/** Set outputs; objects and arrays are written as JSON, booleans and numbers as text. */
export function setOutputs(outputs: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    core.setOutput(name, typeof value === "string" ? value : JSON.stringify(value));
  }
}
