import * as core from "./runner.js";
// zod/mini, not "zod": every action reads its inputs at start-up, and evaluating the full zod
// costs several times what zod/mini does (start-up budget: <= 2x `node -e 0`, ADR 0023). Action
// shapes use zod/mini too (`z.pipe(a, b)` for `a.pipe(b)`), or the full zod is loaded anyway.
import { z } from "zod/mini";
import en from "zod/v4/locales/en.js";
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
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      if (v === "") return defaultValue;
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
      // zod/mini has no ctx.addIssue: push the issue (what addIssue does for a custom issue).
      ctx.issues.push({ code: "custom", message: `must be true or false, got "${v}"`, input: v });
      return z.NEVER;
    }),
  );
}

export function int(defaultValue: number | undefined, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      if (v.trim() === "") return defaultValue;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.issues.push({ code: "custom", message: `must be a whole number from ${min} to ${max}, got "${v}"`, input: v });
        return z.NEVER;
      }
      return n;
    }),
  );
}

export function num(defaultValue: number | undefined, min = -Infinity, max = Infinity) {
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      if (v.trim() === "") return defaultValue;
      const n = Number(v);
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.issues.push({ code: "custom", message: `must be a number from ${min} to ${max}, got "${v}"`, input: v });
        return z.NEVER;
      }
      return n;
    }),
  );
}

/** A list: one item per line, or comma-separated; blanks dropped. */
export function list(defaultValue: string[] = []) {
  return z.pipe(
    z.string(),
    z.transform((v: string) => {
      const items = v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
      return items.length ? items : defaultValue;
    }),
  );
}

export function str(defaultValue: string) {
  return z.pipe(
    z.string(),
    z.transform((v: string) => (v.trim() === "" ? defaultValue : v.trim())),
  );
}

export function optionalStr() {
  return z.pipe(
    z.string(),
    z.transform((v: string) => (v.trim() === "" ? undefined : v.trim())),
  );
}

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
  // The full zod sets English messages (when none is set) as its first schema is built; zod/mini
  // does not. Inputs without a custom message (e.g. a z.enum) must keep saying `Invalid option:
  // expected one of ...`. Done here, not at module level, so bundles that never read inputs (a
  // post step) still tree-shake zod away. Only English: `z.locales` would bundle every language.
  if (!z.config().localeError) z.config(en());
  const result = z.object(shape).safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? "?");
    throw new InputError(`input "${name}" ${issue.message}`, {
      hint: `correct "${name}" under "with:" in the workflow step`,
      code: "input.invalid",
    });
  }
  return result.data;
}
