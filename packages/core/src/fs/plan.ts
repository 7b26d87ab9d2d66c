import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { readIfExists, writeTemp } from "./atomic.js";

/**
 * Every change specpipe makes to a user's files is first computed as a plan: a list of file
 * edits with the bytes before and after. A dry run shows the plan's unified diff; a real run
 * applies exactly that plan. Computing first also means a bad input fails before anything is
 * written, so nothing is ever half-written.
 */
export interface FileEdit {
  /** Absolute path. */
  path: string;
  /** Path shown to people (relative to the repository root, forward slashes). */
  displayPath: string;
  /** Content when the plan was made; null when the file does not exist yet. */
  before: Buffer | null;
  after: Buffer;
  /** Why, one short line each (shown in summaries). */
  reasons: string[];
}

export interface Plan {
  edits: FileEdit[];
}

export function planEdit(root: string, file: string, before: Buffer | null, after: Buffer, reasons: string[]): FileEdit | undefined {
  if (before !== null && before.equals(after)) return undefined;
  return {
    path: path.resolve(root, file),
    displayPath: path.relative(root, path.resolve(root, file)).split(path.sep).join("/"),
    before,
    after,
    reasons,
  };
}

/** The unified diff of one edit, `a/` and `b/` prefixed as git shows it. */
export async function unifiedDiff(edit: FileEdit): Promise<string> {
  const { createTwoFilesPatch } = await import("diff");
  const oldName = edit.before === null ? "/dev/null" : `a/${edit.displayPath}`;
  const newName = `b/${edit.displayPath}`;
  const patch = createTwoFilesPatch(oldName, newName, edit.before?.toString("utf8") ?? "", edit.after.toString("utf8"), "", "", {
    context: 3,
  });
  // jsdiff writes an "Index:" banner and "===" line first; git-style diffs start at "---".
  const start = patch.indexOf("--- ");
  return (start >= 0 ? patch.slice(start) : patch).replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}

export async function planDiff(plan: Plan): Promise<string> {
  const parts = await Promise.all(plan.edits.map(unifiedDiff));
  return parts.join("");
}

/**
 * Apply a plan: all temporary files are written first, then renamed one after another, so a
 * failure while writing leaves every target untouched. Before renaming, each target is checked
 * to still hold the bytes the plan was made from; if someone changed it meanwhile we stop.
 */
export async function applyPlan(plan: Plan): Promise<void> {
  const temps: { tmp: string; target: string }[] = [];
  try {
    for (const edit of plan.edits) {
      const now = (await readIfExists(edit.path)) ?? null;
      const same = now === null ? edit.before === null : edit.before !== null && now.equals(edit.before);
      if (!same) {
        throw new UserError(`${edit.displayPath} changed while specpipe was working on it`, {
          file: edit.displayPath,
          hint: "run again; nothing was written",
          code: "plan.concurrent-change",
        });
      }
      temps.push({ tmp: await writeTemp(edit.path, edit.after), target: edit.path });
    }
  } catch (e) {
    await Promise.all(temps.map((t) => fs.rm(t.tmp, { force: true })));
    throw e;
  }
  for (const t of temps) await fs.rename(t.tmp, t.target);
}

export function totalBytes(plan: Plan): number {
  return plan.edits.reduce((n, e) => n + e.after.length, 0);
}
