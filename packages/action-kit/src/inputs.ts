import * as core from "./runner.js";
import { z } from "zod";
import { UserError } from "@specpipe/core/errors";

/**
 * Inputs: every action declares one zod object whose keys are its action.yml input names.
 * The runner gives every input as a string (empty when unset), so the helpers below parse the
 * YAML 1.2 core-schema spellings GitHub documents ("true"/"false") and say which input was bad.
 */
export class InputError extends UserError {}

const TRUE = new Set(["true", "True", "TRUE"]);
const FALSE = new Set(["false", "False", "FALSE"]);

export function bool(defaultValue: boolean) {
  return z.string().transform((v, ctx) => {
    if (v === "") return defaultValue;
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    ctx.addIssue({ code: "custom", message: `must be true or false, got "${v}"` });
    return z.NEVER;
  });
}

export function int(defaultValue: number | undefined, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return z.string().transform((v, ctx) => {
    if (v.trim() === "") return defaultValue;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });
}

export function num(defaultValue: number | undefined, min = -Infinity, max = Infinity) {
  return z.string().transform((v, ctx) => {
    if (v.trim() === "") return defaultValue;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `must be a number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });
}

/** A list: one item per line, or comma-separated; blanks dropped. */
export function list(defaultValue: string[] = []) {
  return z.string().transform((v) => {
    const items = v
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    return items.length ? items : defaultValue;
  });
}

export function str(defaultValue: string) {
  return z.string().transform((v) => (v.trim() === "" ? defaultValue : v.trim()));
}

export function optionalStr() {
  return z.string().transform((v) => (v.trim() === "" ? undefined : v.trim()));
}

/**
 * Read and validate all inputs named by the schema's keys. Errors name the input and the fix,
 * e.g. `input "mark-tested" must be true or false, got "yes"`.
 */
export function readInputs<S extends z.ZodRawShape>(shape: S, options: { secrets?: (keyof S)[] } = {}): z.output<z.ZodObject<S>> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(shape)) {
    raw[name] = core.getInput(name);
    if (options.secrets?.includes(name) && raw[name]) core.setSecret(raw[name]);
  }
  const result = z.object(shape).safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? "?");
    throw new InputError(`input "${name}" ${issue.message}`, {
      hint: `correct "${name}" under "with:" in the workflow step`,
      code: "input.invalid",
    });
  }
  return result.data;
}
