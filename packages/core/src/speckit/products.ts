import { isUserError, UserError } from "../errors.js";
import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import type { Phase } from "./agents.js";

/**
 * What each phase must leave behind, checked on the files (not on what the agent says):
 * - specify: `spec.md` filled from the template (no `[FEATURE NAME]` title, not the template itself,
 *   at least one `## ` section);
 * - plan: `plan.md` with a filled `# Implementation Plan:` title;
 * - tasks: `tasks.md` with at least one `T001`-style task line;
 * - clarify and analyze change or read spec.md and leave no file of their own, so they have no
 *   product beyond a spec.md that is still filled.
 */
export interface ProductCheck {
  ok: boolean;
  /** The file the phase is judged by, relative to the clone. */
  file: string;
  problem?: string;
}

const CLARIFICATION = /\[NEEDS CLARIFICATION/;

/** `[NEEDS CLARIFICATION` markers: 1-based line numbers and the marker text. */
export function clarificationMarkers(text: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const lines = text.split(/\r?\n/);
  let inComment = false;
  lines.forEach((l, i) => {
    // Spec Kit's templates explain the marker inside HTML comments; those are not markers.
    const visible = stripComments(l, inComment);
    inComment = visible.inComment;
    const m = /\[NEEDS CLARIFICATION[^\]]*\]?/.exec(visible.text);
    if (m) found.push({ line: i + 1, text: m[0] });
  });
  return found;
}

function stripComments(line: string, inComment: boolean): { text: string; inComment: boolean } {
  let out = "";
  let i = 0;
  while (i < line.length) {
    if (inComment) {
      const end = line.indexOf("-->", i);
      if (end < 0) return { text: out, inComment: true };
      i = end + 3;
      inComment = false;
    } else {
      const start = line.indexOf("<!--", i);
      if (start < 0) return { text: out + line.slice(i), inComment: false };
      out += line.slice(i, start);
      i = start + 4;
      inComment = true;
    }
  }
  return { text: out, inComment };
}

export function hasClarificationMarkers(text: string): boolean {
  return CLARIFICATION.test(text) && clarificationMarkers(text).length > 0;
}

/** Products are at most this big; anything larger is not a spec. */
export const MAX_PRODUCT_BYTES = 4 * 1024 * 1024;

/**
 * A file of the agent's work tree, read as text: inside it, never through a symlink (a spec.md
 * linked to /proc/<pid>/environ would otherwise be read and kept), a regular file, at most
 * MAX_PRODUCT_BYTES. Undefined when it is missing or is not such a file.
 */
export async function readProduct(repoDir: string, rel: string): Promise<string | undefined> {
  return (await readProductBytes(repoDir, rel))?.toString("utf8");
}

export async function readProductBytes(repoDir: string, rel: string): Promise<Buffer | undefined> {
  try {
    const { abs } = await insideWorkspace(repoDir, rel, { what: "a Spec Kit product", noSymlink: true });
    return await readRegularFile(abs, rel, MAX_PRODUCT_BYTES);
  } catch (e) {
    if (isUserError(e) || ["ENOTDIR", "EISDIR", "ENOENT"].includes((e as NodeJS.ErrnoException).code ?? "")) return undefined;
    throw e;
  }
}

const read = readProduct;

function productFile(phase: Phase): string {
  if (phase === "plan") return "plan.md";
  if (phase === "tasks") return "tasks.md";
  return "spec.md";
}

/**
 * Check a phase's product. `repoDir` is the clone, `featureDir` the feature folder relative to it,
 * `template` the content spec.md started from (Spec Kit copies the template in), when known.
 */
export async function checkProduct(phase: Phase, repoDir: string, featureDir: string, template?: string): Promise<ProductCheck> {
  const rel = `${featureDir}/${productFile(phase)}`;
  const text = await read(repoDir, rel);
  const fail = (problem: string): ProductCheck => ({ ok: false, file: rel, problem });
  if (text === undefined) return fail(`${rel} was not written (or is not a regular file)`);
  if (text.trim() === "") return fail(`${rel} is empty`);
  if (phase === "plan") {
    const title = /^# Implementation Plan:\s*(.+)$/m.exec(text);
    if (!title) return fail(`${rel} has no "# Implementation Plan:" title`);
    if (/^\[FEATURE( NAME)?\]$/.test(title[1].trim())) return fail(`${rel} still has the template's title`);
    return { ok: true, file: rel };
  }
  if (phase === "tasks") {
    if (!/^\s*-\s*\[[ xX]\]\s*T\d{3,}\b/m.test(text)) return fail(`${rel} has no T001-style task ("- [ ] T001 ...")`);
    if (/^# Tasks:\s*\[FEATURE NAME\]/m.test(text)) return fail(`${rel} still has the template's title`);
    return { ok: true, file: rel };
  }
  // specify, clarify, analyze: spec.md must be a filled spec.
  if (template !== undefined && text.replace(/\r\n/g, "\n").trim() === template.replace(/\r\n/g, "\n").trim()) {
    return fail(`${rel} is still the unfilled template`);
  }
  if (/^# Feature Specification:\s*\[FEATURE NAME\]/m.test(text)) return fail(`${rel} still has the template's title`);
  if (!/^## /m.test(text)) return fail(`${rel} has no sections ("## ...")`);
  return { ok: true, file: rel };
}

/**
 * Resume: the phases already done on the branch, i.e. every phase before the first one whose
 * product is missing. Phases without a product of their own (clarify, analyze) count as done
 * only when a later phase's product exists.
 */
export async function donePhases(phases: readonly Phase[], repoDir: string, featureDir: string, template?: string): Promise<Set<Phase>> {
  const ownProduct = (p: Phase) => p === "specify" || p === "plan" || p === "tasks";
  const has = new Map<Phase, boolean>();
  for (const p of phases) has.set(p, ownProduct(p) ? (await checkProduct(p, repoDir, featureDir, template)).ok : false);
  const done = new Set<Phase>();
  // The last phase with a product present: everything up to it is done.
  let last = -1;
  for (let i = 0; i < phases.length; i++) {
    if (has.get(phases[i])) last = i;
    else if (ownProduct(phases[i])) break;
  }
  for (let i = 0; i <= last; i++) done.add(phases[i]);
  return done;
}

/** The spec template Spec Kit copies into a new feature: an override when the project has one. */
export async function specTemplate(repoDir: string): Promise<string | undefined> {
  return (
    (await readProduct(repoDir, ".specify/templates/overrides/spec-template.md")) ??
    (await readProduct(repoDir, ".specify/templates/spec-template.md"))
  );
}

/**
 * Where Spec Kit put the feature, after the specify phase (ADR 0032), first match wins:
 * 1. `.specify/feature.json` (`feature_directory`), which Spec Kit 1.x writes (its specify command,
 *    and its scripts when given SPECIFY_FEATURE_DIRECTORY);
 * 2. `specs/<branch>` for the branch a Spec Kit 0.0.x create-new-feature.sh checked out in the
 *    agent's clone (`agentHead`, read from its `.git/HEAD`);
 * 3. the folder that was asked for (SPECIFY_FEATURE_DIRECTORY).
 * The folder must be inside the work tree, below it, and not `.specify/` itself.
 */
export async function locateFeature(
  repoDir: string,
  expected: string,
  agentHead: string | undefined,
): Promise<{ dir: string; from: "feature.json" | "branch" | "expected"; branch?: string }> {
  const json = await readProduct(repoDir, ".specify/feature.json");
  if (json !== undefined) {
    let value: unknown;
    try {
      value = (JSON.parse(json) as { feature_directory?: unknown }).feature_directory;
    } catch {
      value = undefined;
    }
    if (typeof value !== "string" || value.trim() === "") {
      throw new UserError(".specify/feature.json has no feature_directory", {
        file: ".specify/feature.json",
        hint: 'the agent\'s specify phase must leave .specify/feature.json as Spec Kit writes it: {"feature_directory": "specs/NNN-name"}',
        code: "speckit.bad-feature-json",
      });
    }
    return { dir: await featureFolder(repoDir, value, ".specify/feature.json"), from: "feature.json" };
  }
  if (agentHead && (await readProduct(repoDir, `specs/${agentHead}/spec.md`)) !== undefined) {
    return { dir: `specs/${agentHead}`, from: "branch", branch: agentHead };
  }
  return { dir: expected, from: "expected" };
}

async function featureFolder(repoDir: string, value: string, source: string): Promise<string> {
  const { rel } = await insideWorkspace(repoDir, value.trim(), {
    what: `the feature folder in ${source}`,
    hint: "the feature folder must be inside the repository, e.g. specs/003-user-auth",
  });
  if (rel === "." || rel === ".specify" || rel.startsWith(".specify/") || rel === ".git" || rel.startsWith(".git/")) {
    throw new UserError(`the feature folder in ${source} is "${value}", which is not a feature folder`, {
      file: source,
      hint: "Spec Kit's features live in their own folder, e.g. specs/003-user-auth",
      code: "speckit.bad-feature-json",
    });
  }
  return rel;
}

/** The branch a clone's `.git/HEAD` names (the agent's own clone), or undefined. */
export async function checkedOutBranch(repoDir: string): Promise<string | undefined> {
  const head = await readProduct(repoDir, ".git/HEAD");
  return head ? /^ref: refs\/heads\/(\S+)\s*$/m.exec(head)?.[1] : undefined;
}
