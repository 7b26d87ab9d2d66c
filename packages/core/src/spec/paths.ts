import { UserError } from "../errors.js";
import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import { decodeUtf8 } from "../text/document.js";
import { DEFAULT_SPEC_PATHS, isGlob } from "./hash.js";

/**
 * One definition of "the spec", for every command, hook and action: playbook.yml's `spec:` when
 * the playbook exists and has that key, else the paths the caller was given (an input, a flag),
 * else docs/spec.md. Each path is a repository-relative path or glob; one that leaves the
 * repository is refused here, and one that matches no file is an error where the spec is read
 * (`missingSpecError`), so a typo is never "no spec, all rules hold".
 */
export interface SpecSource {
  paths: string[];
  /** Where the paths came from. */
  origin: "playbook" | "input" | "default";
  /** The playbook file (repository-relative) when origin is "playbook". */
  playbook?: string;
  /** How the caller named its paths, for messages ('input "spec-paths"', "--spec-paths"). */
  inputName?: string;
}

export interface SpecSourceOptions {
  /** The paths the caller was given; empty or undefined: none. */
  input?: readonly string[];
  /** What they are called ('input "spec-paths"'). */
  inputName?: string;
  /** The playbook, relative to the root (default playbook.yml). */
  playbook?: string;
}

/** A spec path or glob as written: forward slashes, no leading "./"; refused when it could leave the repository. */
export function checkSpecPattern(raw: string, what: string): string {
  const p = raw
    .split("\\")
    .join("/")
    .replace(/^(\.\/)+/, "");
  const bad = (why: string) =>
    new UserError(`${what} "${raw}" ${why}`, {
      hint: "give the spec as paths or globs relative to the repository root, e.g. docs/spec.md or docs/spec/*.md",
      code: "spec.bad-path",
    });
  if (p === "" || p === ".") throw bad("is empty");
  // eslint-disable-next-line no-control-regex -- control characters are refused
  if (/[\u0000-\u001f]/.test(p)) throw bad("holds a control character");
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p)) throw bad("is an absolute path, outside the repository");
  if (p.split("/").includes("..")) throw bad("goes up with '..', outside the repository");
  return p;
}

/** Describe where the paths came from, for errors: "playbook.yml's spec:", 'input "spec-paths"'. */
export function describeSource(source: SpecSource): string {
  if (source.origin === "playbook") return `${source.playbook ?? "playbook.yml"}'s spec:`;
  if (source.origin === "input") return source.inputName ?? "the spec paths";
  return "the default spec path";
}

/** The spec's paths for a repository (see the module comment). */
export async function resolveSpecSource(root: string, options: SpecSourceOptions = {}): Promise<SpecSource> {
  const playbookFile = options.playbook ?? "playbook.yml";
  const declared = await declaredSpec(root, playbookFile);
  const input = (options.input ?? []).filter((p) => p.trim() !== "");
  let source: SpecSource;
  if (declared) source = { paths: declared.paths, origin: "playbook", playbook: declared.file };
  else if (input.length) source = { paths: [...input], origin: "input", inputName: options.inputName };
  else source = { paths: [...DEFAULT_SPEC_PATHS], origin: "default" };
  const what =
    source.origin === "playbook"
      ? `${source.playbook}'s spec: path`
      : source.origin === "input"
        ? `${options.inputName ?? "spec path"}`
        : "spec path";
  source.paths = source.paths.map((p) => checkSpecPattern(p, what));
  for (const p of source.paths) if (!isGlob(p)) await insideWorkspace(root, p, { what, noSymlink: true });
  return source;
}

/** playbook.yml's `spec:` list, or undefined when there is no playbook or it has no such key. */
async function declaredSpec(root: string, file: string): Promise<{ paths: string[]; file: string } | undefined> {
  const at = await insideWorkspace(root, file, { what: "the playbook", noSymlink: true });
  const { MAX_YAML_BYTES, parseYaml, yamlIssueError } = await import("../playbook/yaml.js");
  const bytes = await readRegularFile(at.abs, at.rel, MAX_YAML_BYTES);
  if (bytes === undefined) return undefined;
  // Only the `spec:` key is read here (the gate validates the whole file): a command that needs
  // the spec should not fail on a condition it does not evaluate.
  const { data, doc, lc } = await parseYaml(decodeUtf8(bytes, at.rel), at.rel, (issues) => yamlIssueError(at.rel, issues));
  if (!data || typeof data !== "object" || Array.isArray(data) || !Object.prototype.hasOwnProperty.call(data, "spec")) return undefined;
  const spec = (data as { spec?: unknown }).spec;
  const node = doc.get("spec", true) as { range?: [number, number, number] } | undefined;
  const pos = node?.range ? lc.linePos(node.range[0]) : undefined;
  if (!Array.isArray(spec) || spec.length === 0 || !spec.every((x) => typeof x === "string" && x.trim() !== "")) {
    throw new UserError(`${at.rel}: spec: must be a list of paths or globs`, {
      file: at.rel,
      line: pos?.line,
      column: pos?.col,
      hint: "write spec: [docs/spec.md] (one or more repository-relative paths or globs)",
      code: "spec.bad-playbook-spec",
    });
  }
  return { paths: spec as string[], file: at.rel };
}

/**
 * The error for spec paths that match nothing (`missing`: literal paths that do not exist, globs
 * that match no file), at `where` ("at abc123def456", "in the index", "" for the work tree).
 */
export function missingSpecError(source: SpecSource, missing: readonly string[], where = ""): UserError {
  const list = missing.join(", ");
  return new UserError(
    `${describeSource(source)} names ${list}, which ${missing.length === 1 ? (isGlob(missing[0]) ? "matches no file" : "does not exist") : "match no file"}${where ? ` ${where}` : ""}`,
    {
      file: source.origin === "playbook" ? source.playbook : undefined,
      hint:
        source.origin === "playbook"
          ? `correct spec: in ${source.playbook} (paths relative to the repository root), or create the file`
          : source.origin === "input"
            ? `correct ${source.inputName ?? "the spec paths"} (paths relative to the repository root), or create the file`
            : "create the living spec at docs/spec.md (specpipe init writes one), or name it in playbook.yml's spec:",
      code: "spec.missing",
    },
  );
}
