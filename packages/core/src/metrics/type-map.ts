/** `type-map`: job names to task types, "pattern=type" per line. */
import { UserError } from "../errors.js";
import { splitKeyValue } from "./key-value.js";

/** Maps a job name to a task type: "pattern=type" rules (glob on the job name), first match wins. */
export interface TypeRule {
  pattern: string;
  type: string;
}

export function parseTypeMap(lines: readonly string[]): TypeRule[] {
  return lines.map((l) => {
    const kv = splitKeyValue(l, "last");
    if (!kv || kv[1] === "") {
      throw new UserError(`task type mapping "${l}" is not "job-name-pattern=type"`, {
        hint: 'write one "pattern=type" per line, e.g. "test*=test"',
        code: "metrics.bad-type-map",
      });
    }
    return { pattern: kv[0], type: kv[1] };
  });
}

export async function typeMapper(rules: readonly TypeRule[]): Promise<(jobName: string) => string> {
  if (rules.length === 0) return (name) => name;
  const { default: picomatch } = await import("picomatch");
  const compiled = rules.map((r) => ({ test: picomatch(r.pattern, { nocase: true, bash: true }), type: r.type }));
  return (name) => compiled.find((c) => c.test(name))?.type ?? name;
}
