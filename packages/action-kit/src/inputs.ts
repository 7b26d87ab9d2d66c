import * as core from "./runner.js";
import type { z } from "zod/mini";
import { OptionError, parseOptionTexts } from "@specpipe/core/options/values";

/**
 * Inputs: every action declares one zod object whose keys are its action.yml input names, built
 * from core's option parsers (`@specpipe/core/options/values`, re-exported here), so that a CLI
 * command reading the same shape cannot parse an option differently.
 */
export { bool, int, list, num, optionalStr, str } from "@specpipe/core/options/values";

export class InputError extends OptionError {}

/**
 * Read and validate all inputs named by the schema's keys. Errors name the input and the fix,
 * e.g. `input "mark-tested" must be true or false, got "yes"`.
 */
export function readInputs<S extends z.core.$ZodShape>(shape: S, options: { secrets?: (keyof S)[] } = {}): z.output<z.ZodMiniObject<S>> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(shape)) {
    raw[name] = core.getInput(name);
    if (options.secrets?.includes(name) && raw[name]) core.setSecret(raw[name]);
  }
  return parseOptionTexts(
    shape,
    raw,
    { name: (n) => `input "${n}"`, hint: (n) => `correct "${n}" under "with:" in the workflow step` },
    InputError,
  );
}
