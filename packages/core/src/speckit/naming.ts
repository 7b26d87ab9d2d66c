import { UserError } from "../errors.js";

/**
 * Spec Kit's feature naming, as its `create-new-feature.sh` (1.0.1) does it, so that a folder we
 * name and one an agent makes by running that script are the same folder (ADR 0032):
 * `<prefix>-<short name>`, where the prefix is one above the highest `NNN-` folder in `specs/`
 * (three digits at least, timestamp folders ignored) or `YYYYMMDD-HHMMSS` with
 * `feature_numbering: timestamp`; and the short name is the first 3 meaningful words of the whole
 * description (4 when exactly 4 remain): ASCII lower-case, anything but `a-z0-9` a separator, stop
 * words dropped, words under three letters dropped unless written as an upper-case word. Spec Kit
 * 0.0.x numbered after its git branches too.
 */
const STOP_WORDS = new Set(
  (
    "i a an the to for of in on at by with from is are was were be been being have has had do does did will would " +
    "should could can may might must shall this that these those my your our their want need add get set"
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

/** Spec Kit's `clean_branch_name`: lower-case, non-alphanumerics to single hyphens, no leading or trailing hyphen. */
export function cleanName(text: string): string {
  return text
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Spec Kit's `generate_branch_name` over the whole description ("feature" when nothing is left). */
export function shortName(description: string): string {
  const words = description
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/[^a-z0-9]/g, " ")
    .split(" ")
    .filter((w) => w !== "");
  const meaningful = words.filter((w) => {
    if (STOP_WORDS.has(w)) return false;
    if (w.length >= 3) return true;
    // `grep -w` of the upper-case word: an acronym the description wrote in capitals.
    return new RegExp(`(^|[^A-Za-z0-9_])${w.toUpperCase()}([^A-Za-z0-9_]|$)`, "m").test(description);
  });
  const picked =
    meaningful.length > 0 ? meaningful.slice(0, meaningful.length === 4 ? 4 : 3) : cleanName(description).split("-").slice(0, 3);
  const name = picked.filter((w) => w !== "").join("-");
  return name === "" ? "feature" : name;
}

const NUMBERED = /^(\d{3,})-/;
const TIMESTAMPED = /^\d{8}-\d{6}-/;

/** The feature number of a name like `012-foo` (a folder or a branch), or undefined (timestamp names too). */
export function featureNumber(name: string): number | undefined {
  if (TIMESTAMPED.test(name)) return undefined;
  const m = NUMBERED.exec(name);
  if (!m) return undefined;
  const n = Number.parseInt(m[1], 10);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** One above the highest number among the names (folders under specs/, and branches for 0.0.x). */
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

/** `YYYYMMDD-HHMMSS` (UTC, as the runner's `date` prints it). */
export function timestampPrefix(now: Date): string {
  const iso = now.toISOString();
  return `${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}`;
}

/** Branch names made for a request with this short name: `NNN-<short>` or `YYYYMMDD-HHMMSS-<short>`. */
export function namedFor(short: string): RegExp {
  return new RegExp(`^(\\d{3,}|\\d{8}-\\d{6})-${short.replace(/[^a-z0-9-]/g, "")}$`);
}

/** GitHub refuses branch names over 244 bytes. */
const MAX_BRANCH_BYTES = 244;

/** Spec Kit's `fit_branch_name`: `<prefix>-<suffix>` within GitHub's 244-byte limit. */
export function fitName(prefix: string, suffix: string): string {
  const name = `${prefix}-${suffix}`;
  if (Buffer.byteLength(name) <= MAX_BRANCH_BYTES) return name;
  return `${prefix}-${suffix.slice(0, MAX_BRANCH_BYTES - prefix.length - 1).replace(/-$/, "")}`;
}

/**
 * The feature's name (its folder under `specs/`, and its branch). `requested` (the `branch-name`
 * input) wins: used as it is when it already has a prefix, else cleaned like `--short-name`.
 */
export function featureName(options: {
  description: string;
  requested?: string;
  numbering: "sequential" | "timestamp";
  /** The names numbers are taken from: folders in specs/ (1.x), and branches too (0.0.x). */
  taken: readonly string[];
  now: Date;
}): string {
  const { requested } = options;
  let name: string;
  if (requested && (NUMBERED.test(requested) || TIMESTAMPED.test(requested))) name = requested;
  else {
    const suffix = requested ? cleanName(requested) || shortName(options.description) : shortName(options.description);
    const prefix = options.numbering === "timestamp" ? timestampPrefix(options.now) : formatFeatureNumber(nextFeatureNumber(options.taken));
    name = fitName(prefix, suffix);
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
