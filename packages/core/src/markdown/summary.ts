/**
 * A job summary's Markdown, built in core so that the CLI can print what an action's summary
 * shows. The runner refuses a step summary over 1 MiB, so the builder keeps a budget and replaces
 * whatever would overflow it by a note; the summary never breaks the step. Writing it to
 * GITHUB_STEP_SUMMARY is the action kit's part.
 */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

export function escapeCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n") + "\n";
}

export function details(summaryText: string, body: string): string {
  return `<details><summary>${summaryText}</summary>\n\n${body}\n</details>\n`;
}

export class MarkdownSummary {
  private parts: string[] = [];
  private size = 0;
  private truncated = false;

  constructor(private readonly limit = SUMMARY_LIMIT_BYTES) {}

  heading(text: string, level = 2): this {
    return this.add(`${"#".repeat(level)} ${text}\n\n`);
  }

  paragraph(text: string): this {
    return this.add(`${text}\n\n`);
  }

  table(header: readonly string[], rows: readonly (readonly string[])[]): this {
    return this.add(mdTable(header, rows) + "\n");
  }

  details(summaryText: string, body: string): this {
    return this.add(details(summaryText, body) + "\n");
  }

  code(text: string, lang = ""): this {
    const fence = text.includes("```") ? "````" : "```";
    return this.add(`${fence}${lang}\n${text}${text.endsWith("\n") ? "" : "\n"}${fence}\n\n`);
  }

  raw(text: string): this {
    return this.add(text);
  }

  private add(text: string): this {
    if (this.truncated) return this;
    const bytes = Buffer.byteLength(text);
    if (this.size + bytes > this.limit) {
      this.truncated = true;
      this.parts.push("\n_The rest was cut: a job summary may hold at most 1 MiB. The step outputs and logs have the full data._\n");
      return this;
    }
    this.size += bytes;
    this.parts.push(text);
    return this;
  }

  /** True when nothing was added. */
  get empty(): boolean {
    return this.parts.length === 0;
  }

  toString(): string {
    return this.parts.join("");
  }
}
