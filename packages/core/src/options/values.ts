// zod/mini, not "zod": every action reads its inputs at start-up, and evaluating the full zod
// costs several times what zod/mini does (start-up budget: <= 2x `node -e 0`, ADR 0023). Option
// shapes use zod/mini too (`z.pipe(a, b)` for `a.pipe(b)`), or the full zod is loaded anyway.
import { z } from "zod/mini";
import en from "zod/v4/locales/en.js";
import { UserError } from "../errors.js";

/**
 * Option values as text, the way both adapters get them: the runner gives every action input as
 * a string (empty when unset), and the CLI's flags are strings too (a boolean flag is "true", a
 * repeated one its values one per line). One shape of these parsers (keys: the action.yml input
 * names) is then read by the action (`readInputs`) and by the CLI command alike, with the same
 * defaults and the same limits. Booleans take the YAML 1.2 core-schema spellings GitHub documents.
 */
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

/** A number in [min, max]; `whole` numbers only for int. The words name the kind: "a whole number from 0 to 10". */
function numeric(defaultValue: number | undefined, min: number, max: number, whole: boolean) {
  const kind = whole ? "a whole number" : "a number";
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      if (v.trim() === "") return defaultValue;
      const n = Number(v);
      if (!(whole ? Number.isInteger(n) : Number.isFinite(n)) || n < min || n > max) {
        ctx.issues.push({ code: "custom", message: `must be ${kind} from ${min} to ${max}, got "${v}"`, input: v });
        return z.NEVER;
      }
      return n;
    }),
  );
}

export function int(defaultValue: number | undefined, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return numeric(defaultValue, min, max, true);
}

export function num(defaultValue: number | undefined, min = -Infinity, max = Infinity) {
  return numeric(defaultValue, min, max, false);
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

/** One of a few words: `must be none, backlog or workflow-runs, got "queue"`. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, defaultValue: T[number]) {
  const words = values.length > 1 ? `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}` : values[0];
  return z.pipe(
    z.string(),
    z.transform((v: string, ctx): T[number] => {
      const t = v.trim();
      if (t === "") return defaultValue;
      if ((values as readonly string[]).includes(t)) return t;
      ctx.issues.push({ code: "custom", message: `must be ${words}, got "${v}"`, input: v });
      return z.NEVER;
    }),
  );
}

/** How an adapter names an option in an error: `input "mode"` (action) or `--mode` (CLI). */
export interface OptionNaming {
  name(option: string): string;
  hint(option: string): string;
}

export class OptionError extends UserError {}

/** Parse `raw` (every key of the shape; missing ones count as unset) or throw one error naming the option. */
export function parseOptionTexts<S extends z.core.$ZodShape>(
  shape: S,
  raw: Record<string, string | undefined>,
  naming: OptionNaming,
  ErrorClass: typeof OptionError = OptionError,
): z.output<z.ZodMiniObject<S>> {
  // The full zod sets English messages (when none is set) as its first schema is built; zod/mini
  // does not. Options without a custom message (e.g. a z.enum) must keep saying `Invalid option:
  // expected one of ...`. Done here, not at module level, so bundles that never read options (a
  // post step) still tree-shake zod away. Only English: `z.locales` would bundle every language.
  if (!z.config().localeError) z.config(en());
  const texts: Record<string, string> = {};
  for (const key of Object.keys(shape)) texts[key] = raw[key] ?? "";
  const result = z.object(shape).safeParse(texts);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? "?");
    throw new ErrorClass(`${naming.name(name)} ${issue.message}`, { hint: naming.hint(name), code: "input.invalid" });
  }
  return result.data;
}
