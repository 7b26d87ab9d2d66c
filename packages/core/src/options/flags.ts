/**
 * How a CLI command gives an action's inputs as flags: each input is the flag `--<input>` (plus
 * older spellings), a boolean input a bare flag, a list input a repeatable one. The command
 * parses its argv with `flagOptions` (no defaults: the shape has them), turns the values into
 * the texts the runner would pass (`flagTexts`), and parses those with the action's own shape,
 * so a flag and its input cannot differ in default, limit or meaning.
 */
export interface FlagSpec {
  aliases?: readonly string[];
  boolean?: true;
  multiple?: true;
}

export type FlagSpecs<K extends string> = Partial<Record<K, FlagSpec>>;

export interface ParseArgsOption {
  type: "string" | "boolean";
  multiple?: boolean;
}

function entries<K extends string>(specs: FlagSpecs<K>): [K, FlagSpec, string[]][] {
  return (Object.entries(specs) as [K, FlagSpec][]).map(([input, spec]) => [input, spec, [input, ...(spec.aliases ?? [])]]);
}

/** The `parseArgs` options: every flag and alias as text (or a boolean), no defaults. */
export function flagOptions<K extends string>(specs: FlagSpecs<K>): Record<string, ParseArgsOption> {
  const options: Record<string, ParseArgsOption> = {};
  for (const [, spec, names] of entries(specs))
    for (const name of names) options[name] = { type: spec.boolean ? "boolean" : "string", ...(spec.multiple ? { multiple: true } : {}) };
  return options;
}

/**
 * Flag values as the texts the shape parses (booleans as true/false, repeated flags one per
 * line; the last of several spellings wins), and which flag gave each input, so that an error
 * names the flag that was typed.
 */
export function flagTexts<K extends string>(
  specs: FlagSpecs<K>,
  values: Record<string, unknown>,
): { texts: Record<string, string>; flags: Partial<Record<K, string>> } {
  const texts: Record<string, string> = {};
  const flags: Partial<Record<K, string>> = {};
  for (const [input, spec, names] of entries(specs)) {
    const given = names.filter((n) => values[n] !== undefined);
    if (given.length === 0) continue;
    const flag = given[given.length - 1];
    const value = values[flag];
    texts[input] = spec.boolean ? String(value === true) : Array.isArray(value) ? value.join("\n") : String(value);
    flags[input] = flag;
  }
  return { texts, flags };
}

/** An adapter's naming for the CLI: `<command>: --<flag typed>` and the help hint. */
export function flagNaming<K extends string>(command: string, flags: Partial<Record<K, string>>) {
  return {
    name: (n: string) => `${command}: --${flags[n as K] ?? n}`,
    hint: () => `run "specpipe ${command} --help" for the options`,
  };
}
