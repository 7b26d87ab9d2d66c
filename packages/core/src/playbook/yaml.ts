import type { Document, LineCounter } from "yaml";
import { UserError } from "../errors.js";

/**
 * YAML from a user's repository, parsed defensively. playbook.yml may be written by anyone who can
 * open a pull request, so:
 * - aliases are capped (`maxAliasCount`): a "billion laughs" document of nested aliases would
 *   otherwise expand to gigabytes in toJS();
 * - every problem the parser reports, and the alias cap itself, is a UserError at file:line:column,
 *   never a stack trace.
 * The text must already be decoded strictly (decodeUtf8), so invalid UTF-8 is refused before this.
 */
export const MAX_ALIAS_COUNT = 100;
/** playbook.yml is a page of text; a file larger than this is not one. */
export const MAX_YAML_BYTES = 1024 * 1024;

export interface ParsedYaml {
  doc: Document;
  lc: LineCounter;
  data: unknown;
}

export interface YamlIssue {
  message: string;
  hint: string;
  line?: number;
  column?: number;
  code: string;
}

/** Parse `text`; `onIssues` receives the parser's problems (it must throw). */
export async function parseYaml(text: string, file: string, onIssues: (issues: YamlIssue[]) => never): Promise<ParsedYaml> {
  const { parseDocument, LineCounter } = await import("yaml");
  const lc = new LineCounter();
  const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    lineCounter: lc,
    prettyErrors: false,
    uniqueKeys: true,
  });
  if (doc.errors.length) {
    onIssues(
      doc.errors.map((e) => {
        const p = lc.linePos(e.pos[0]);
        const dup = e.code === "DUPLICATE_KEY";
        return {
          message: dup ? `duplicate key: ${e.message.split("\n")[0]}` : `not valid YAML: ${e.message.split("\n")[0]}`,
          hint: dup
            ? "each key may appear once in a mapping; remove or rename the repeated key"
            : "correct the YAML syntax at this position (indentation, quotes, a missing colon)",
          line: p.line,
          column: p.col,
          code: dup ? "playbook.duplicate-key" : "playbook.yaml-syntax",
        };
      }),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    // yaml throws a ReferenceError for the alias cap (and for an alias to nothing).
    const message = (cause as Error).message.split("\n")[0];
    const excessive = /alias count/i.test(message);
    throw new UserError(
      excessive
        ? `${file} expands its aliases more than ${MAX_ALIAS_COUNT} times (a YAML alias bomb?)`
        : `${file} is not valid YAML: ${message}`,
      {
        file,
        hint: excessive
          ? "write the values out instead of nesting aliases (*name) of aliases"
          : "correct the anchor (&name) or alias (*name) it names",
        code: excessive ? "playbook.yaml-aliases" : "playbook.yaml-syntax",
        cause,
      },
    );
  }
  return { doc, lc, data };
}

/** One problem as a UserError (for callers that do not collect issues). */
export function yamlIssueError(file: string, issues: YamlIssue[]): never {
  const first = issues[0];
  throw new UserError(first.message, { file, line: first.line, column: first.column, hint: first.hint, code: first.code });
}
