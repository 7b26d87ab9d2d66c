/**
 * How a step talks to the runner: the environment files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY) and the workflow commands in its output (`::error::`,
 * `::add-mask::`, `::group::`, `::stop-commands::`…), with the runner's rules: `name=value` or
 * `name<<DELIMITER` lines, a missing delimiter is an error, NODE_OPTIONS cannot be set through
 * GITHUB_ENV, at most 10 annotations of each level per step, masks applied to the log.
 */
export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file; throws the runner's error for a bad one. */
export function parseEnvFile(text: string, what: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    const eq = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq);
      if (name === "") throw new Error(`Invalid format '${line}' in ${what}: the name is empty`);
      out[name] = line.slice(eq + 1);
    } else if (heredoc > 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (delimiter === "") throw new Error(`Invalid format '${line}' in ${what}: the delimiter is empty`);
      const value: string[] = [];
      let found = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          found = true;
          break;
        }
        value.push(lines[i]);
      }
      if (!found) throw new Error(`Matching delimiter not found '${delimiter}' in ${what}`);
      out[name] = value.join("\n");
    } else {
      throw new Error(`Invalid format '${line}' in ${what}`);
    }
  }
  return out;
}

export function parsePathFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

const unescapeData = (s: string) => s.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/gi, ":").replace(/%2C/gi, ",");

/** The commands in one step's output, as the runner processes them line by line. */
export class CommandProcessor {
  readonly annotations: Annotation[] = [];
  /** Annotations the runner dropped (beyond 10 of a level in this step). */
  dropped = 0;
  readonly log: string[] = [];
  readonly outputs: Record<string, string> = {};
  readonly state: Record<string, string> = {};
  private stopToken: string | undefined;

  constructor(
    private readonly masks: Set<string>,
    private readonly where: string,
  ) {}

  line(raw: string): void {
    const line = raw.replace(/\r$/, "");
    const m = /^\s*::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (this.stopToken !== undefined) {
      if (m && m[1] === this.stopToken) this.stopToken = undefined;
      this.write(line);
      return;
    }
    if (!m) {
      this.write(line);
      return;
    }
    const [, command, props = "", data] = m;
    const properties: Record<string, string> = {};
    for (const p of props.split(",").filter(Boolean)) {
      const at = p.indexOf("=");
      if (at > 0) properties[p.slice(0, at).trim()] = unescapeProperty(p.slice(at + 1));
    }
    const message = unescapeData(data);
    switch (command) {
      case "add-mask":
        if (message.trim() !== "") this.masks.add(message.trim());
        return;
      case "error":
      case "warning":
      case "notice": {
        const level = command;
        if (this.annotations.filter((a) => a.level === level).length >= 10) {
          this.dropped++;
        } else {
          const a: Annotation = { level, message: this.mask(message) };
          if (properties.file) a.file = properties.file;
          if (properties.line) a.line = Number(properties.line);
          if (properties.title) a.title = properties.title;
          this.annotations.push(a);
        }
        this.write(`${level[0].toUpperCase()}${level.slice(1)}: ${message}`);
        return;
      }
      case "debug":
      case "group":
      case "endgroup":
      case "echo":
        this.write(command === "group" ? `▸ ${message}` : message);
        return;
      case "stop-commands":
        this.stopToken = message;
        return;
      case "set-output":
        // Deprecated, still honoured by the runner, with a warning.
        if (properties.name) this.outputs[properties.name] = message;
        this.annotations.push({ level: "warning", message: "The `set-output` command is deprecated and will be disabled soon." });
        return;
      case "save-state":
        if (properties.name) this.state[properties.name] = message;
        return;
      case "set-env":
      case "add-path":
        throw new Error(`${this.where}: the \`${command}\` command is disabled (it is refused by the runner)`);
      default:
        this.write(line);
    }
  }

  mask(text: string): string {
    let out = text;
    for (const secret of this.masks) if (secret.length > 0) out = out.split(secret).join("***");
    return out;
  }

  private write(text: string): void {
    this.log.push(this.mask(text));
  }
}
