import { UserError } from "../errors.js";

/**
 * Spec Kit's feature naming: `NNN-short-name`, where NNN is one above the highest number already
 * used (by a folder under `specs/` or by any branch, remote ones included), three digits at
 * least, and the short name is 2–4 meaningful words of the description, lower-case, hyphenated.
 * The word filter follows Spec Kit's `create-new-feature` rules (stop words dropped, words under
 * three letters dropped unless written as an upper-case acronym).
 */
const STOP_WORDS = new Set(
  (
    "i a an the to for of in on at by with from is are was were be been being have has had do does did will would " +
    "should could can may might must shall this that these those my your our their want need add get set and or " +
    "as it its into so we us let lets please"
  ).split(" "),
);

/** The line of a description that names the feature: a Markdown title, else the first sentence. */
export function describingLine(description: string): string {
  const lines = description.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const title = /^#{1,6}\s+(.*)$/.exec(line);
    let text = title ? title[1] : line;
    // "Feature Specification: X" and "Spec: X" titles: the name is after the colon.
    const colon = /^(?:feature\s+specification|specification|spec|feature)\s*:\s*(.+)$/i.exec(text);
    if (colon) text = colon[1]!;
    const sentence = /^(.*?[^.!?])[.!?](\s|$)/.exec(text);
    return (sentence ? sentence[1] : text).trim();
  }
  return "";
}

/** Lower-case, non-alphanumerics to single hyphens, no leading or trailing hyphen. */
export function cleanName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** 2–4 meaningful words of the description (fewer only when it has fewer), hyphenated. */
export function shortName(description: string): string {
  const line = describingLine(description);
  const words = line
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "");
  const meaningful: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase();
    if (STOP_WORDS.has(lower)) continue;
    const acronym = w.length >= 2 && w === w.toUpperCase() && /[A-Z]/.test(w);
    if (lower.length >= 3 || acronym) meaningful.push(lower);
  }
  let picked: string[];
  if (meaningful.length > 0) picked = meaningful.slice(0, meaningful.length === 4 ? 4 : 3);
  else picked = words.map((w) => w.toLowerCase()).slice(0, 3);
  const name = cleanName(picked.join("-"));
  return name === "" ? "feature" : name.slice(0, 60).replace(/-+$/, "");
}

const NUMBERED = /^(\d{3,})-/;

/** The feature number of a name like `012-foo` (a folder or a branch), or undefined. */
export function featureNumber(name: string): number | undefined {
  const m = NUMBERED.exec(name);
  return m ? Number.parseInt(m[1], 10) : undefined;
}

/** One above the highest number among the names (folders under specs/ and branch names). */
export function nextFeatureNumber(names: Iterable<string>): number {
  let highest = 0;
  for (const n of names) {
    const k = featureNumber(n);
    if (k !== undefined && k > highest) highest = k;
  }
  return highest + 1;
}

export function formatFeatureNumber(n: number): string {
  return String(n).padStart(3, "0");
}

/** GitHub refuses branch names over 244 bytes. */
const MAX_BRANCH_BYTES = 244;

/**
 * The branch for a feature. `requested` (the `branch-name` input) wins: used as it is when it
 * already starts with a number, else cleaned and numbered.
 */
export function featureBranch(number: number, description: string, requested?: string): string {
  let name: string;
  if (requested && NUMBERED.test(requested)) name = requested;
  else {
    const suffix = requested ? cleanName(requested) || shortName(description) : shortName(description);
    name = `${formatFeatureNumber(number)}-${suffix}`;
  }
  validateBranchName(name);
  return name;
}

/** The rules of `git check-ref-format --branch` that a user can break, checked without git. */
export function validateBranchName(name: string): void {
  const bad =
    name === "" ||
    Buffer.byteLength(name) > MAX_BRANCH_BYTES ||
    // eslint-disable-next-line no-control-regex -- control characters are what git refuses here
    /[\x00-\x20\x7f~^:?*[\\]/.test(name) ||
    name.includes("..") ||
    name.includes("@{") ||
    name.includes("//") ||
    name.startsWith("-") ||
    name.startsWith("/") ||
    name.endsWith("/") ||
    name.endsWith(".") ||
    name.endsWith(".lock") ||
    name.split("/").some((part) => part.startsWith("."));
  if (bad) {
    throw new UserError(`"${name}" is not a valid branch name`, {
      hint: "set branch-name to letters, digits and hyphens, e.g. 004-user-login (at most 244 bytes)",
      code: "speckit.bad-branch-name",
    });
  }
}

/** Branch names out of `git ls-remote --heads` output. */
export function parseLsRemoteHeads(output: string): { sha: string; branch: string }[] {
  const result: { sha: string; branch: string }[] = [];
  for (const line of output.split("\n")) {
    const m = /^([0-9a-f]{40,64})\trefs\/heads\/(.+)$/.exec(line.trim());
    if (m) result.push({ sha: m[1], branch: m[2] });
  }
  return result;
}
