import { promises as fs } from "node:fs";
import * as path from "node:path";
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

async function read(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

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
  const text = await read(path.join(repoDir, rel));
  const fail = (problem: string): ProductCheck => ({ ok: false, file: rel, problem });
  if (text === undefined) return fail(`${rel} was not written`);
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
