import semverValid from "semver/functions/valid.js";
import { DEFAULT_REQUIRE_BODY } from "../defaults.js";

/**
 * Conventional-commit headers, judged exactly as commitlint's `config-conventional` (v21) does:
 * the conventionalcommits preset's header pattern, then the error-level header rules
 * (header-max-length 100, header-trim, type-empty, type-case, type-enum, subject-empty,
 * subject-case never sentence/start/pascal/upper, subject-full-stop never "."). The types are ours:
 * config-conventional's list plus `spec` by default.
 */
export const DEFAULT_TYPES = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert", "spec"];
export { DEFAULT_REQUIRE_BODY };

/** The preset's pattern (conventional-changelog-conventionalcommits parserOpts.headerPattern). */
const HEADER_PATTERN = /^(\w*)(?:\((.*)\))?!?: (.*)$/;
const BREAKING_PATTERN = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const STARTS_WITH_LETTER = /^[\p{Ll}\p{Lu}\p{Lt}]/iu;

export type HeaderRule =
  "header-max-length" | "header-trim" | "type-empty" | "type-case" | "type-enum" | "subject-empty" | "subject-case" | "subject-full-stop";

export interface HeaderProblem {
  rule: HeaderRule;
  message: string;
}

export interface ParsedHeader {
  header: string;
  type: string | null;
  scope: string | null;
  subject: string | null;
  breaking: boolean;
  problems: HeaderProblem[];
  valid: boolean;
}

/** commitlint's ensureCase(…, "sentence-case" | …) for the first letter: true when the subject is in that case. */
function firstIsUpperLike(subject: string): boolean {
  const input = subject.replace(/`.*?`|".*?"|'.*?'/g, "").trim();
  if (input === "") return true;
  // commitlint upper-cases the first UTF-16 unit (es-toolkit's upperFirst), not the first code
  // point: a letter outside the BMP (Adlam 𞤢, Deseret 𐐨) is half a pair there, unchanged by
  // upper-casing, so it counts as sentence-case whatever its case. Judged the same way here.
  const first = input.charAt(0);
  if (/^\d/.test(first.toUpperCase())) return true;
  return first.toUpperCase() === first;
}

/** Parse and judge one header line. `types` defaults to DEFAULT_TYPES. */
export function parseHeader(header: string, types: readonly string[] = DEFAULT_TYPES): ParsedHeader {
  const m = HEADER_PATTERN.exec(header);
  const type = m ? m[1] || null : null;
  const scope = m ? m[2] || null : null;
  const subject = m ? m[3] || null : null;
  const problems: HeaderProblem[] = [];
  const add = (rule: HeaderRule, message: string) => problems.push({ rule, message });

  if (header.length > 100) add("header-max-length", `header must not be longer than 100 characters, current length is ${header.length}`);
  if (header) {
    const lead = header.length > header.trimStart().length;
    const tail = header.length > header.trimEnd().length;
    if (lead || tail)
      add("header-trim", `header must not ${lead && tail ? "be surrounded by" : lead ? "start with" : "end with"} whitespace`);
  }
  if (!type) add("type-empty", "type may not be empty (expected `type(scope): subject`)");
  else {
    if (type.toLowerCase() !== type && !/^\d/.test(type.toLowerCase())) add("type-case", "type must be lower-case");
    if (!types.includes(type)) add("type-enum", `type must be one of [${types.join(", ")}]`);
  }
  if (!subject) add("subject-empty", "subject may not be empty");
  else if (STARTS_WITH_LETTER.test(subject) && firstIsUpperLike(subject)) {
    add("subject-case", "subject must not be sentence-case, start-case, pascal-case, upper-case");
  }
  const colon = header.indexOf(":");
  if (!(colon > 0 && colon === header.length - 1)) {
    if (header.endsWith(".") && !header.endsWith("...")) add("subject-full-stop", "subject may not end with full stop");
  }
  return { header, type, scope, subject, breaking: m ? BREAKING_PATTERN.test(header) : false, problems, valid: problems.length === 0 };
}

/** The header line of a message as commitlint sees it: leading newlines dropped, "gpg:" lines skipped. */
export function headerOf(message: string): string {
  let pos = 0;
  while (pos < message.length && (message[pos] === "\n" || message[pos] === "\r")) pos++;
  while (pos < message.length) {
    const nl = message.indexOf("\n", pos);
    const end = nl === -1 ? message.length : nl;
    const line = message.slice(pos, end > pos && message[end - 1] === "\r" ? end - 1 : end);
    if (!GPG_LINE.test(line)) return line;
    pos = end + 1;
  }
  return "";
}

const GPG_LINE = /^\s*gpg:/;

/**
 * Headers commitlint ignores by default (merges, reverts, fixup!/squash!/amend!, versions…):
 * its verdict on them is "valid", so ours is too.
 */
export function isIgnoredMessage(message: string): boolean {
  // Every pattern below needs one of these; most messages have none (a cheap first test).
  if (
    !message.includes("Merge") &&
    !/^(?:[Rr]evert |[Rr]eapply |amend!|fixup!|squash!|Auto)/.test(message) &&
    !/^[^\n]*\d\.\d/.test(message)
  )
    return false;
  const first = message.split("\n")[0] ?? "";
  if (/^((Merge pull request)|(Merge (.*?) into (.*?)|(Merge branch (.*?)))(?:\r?\n)*$)/m.test(message)) return true;
  if (/^(Merge tag (.*?))(?:\r?\n)*$/m.test(message)) return true;
  if (/^(R|r)evert (.*)/.test(message) || /^(R|r)eapply (.*)/.test(message)) return true;
  if (/^(amend|fixup|squash)!/.test(message)) return true;
  if (/^(Merged (.*?)(in|into) (.*)|Merged PR (.*): (.*))/.test(message)) return true;
  if (
    /^Merge remote-tracking branch(\s*)(.*)/.test(message) ||
    /^Automatic merge(.*)/.test(message) ||
    /^Auto-merged (.*?) into (.*)/.test(message)
  )
    return true;
  const stripped = first.replace(/^chore(\([^)]+\))?:/, "").trim();
  return semverValid(stripped) !== null;
}
