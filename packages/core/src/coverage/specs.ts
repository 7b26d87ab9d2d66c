import { lstatSync, promises as fs } from "node:fs";
import * as path from "node:path";
import picomatch from "picomatch";
import { UserError } from "../errors.js";
import { insideWorkspace, readRegularFileSync } from "../fs/guard.js";
import { decodeText } from "../text/document.js";
import { cleanTitle, normalizeNumber } from "./title.js";

export { cleanTitle, titleCase } from "./title.js";

/**
 * Spec discovery under the specs folder, in the three layouts teams use:
 *   specs/027-fully-automated-pipeline.md          flat, numbered
 *   specs/027-fully-automated-pipeline/spec.md     Spec Kit feature folder (+ plan.md, tasks.md)
 *   specs/glossary.md                              unnumbered
 * A spec's key is its whole name ("027-fully-automated-pipeline"), never the number alone: two
 * specs that share a number are two specs.
 */
export interface Spec {
  key: string;
  /** The numeric prefix as written ("027"), or undefined for an unnumbered spec. */
  number?: string;
  /** The number for comparison ("27"; "007" and "7" are one number). */
  numberKey?: string;
  /** The name without the number ("fully-automated-pipeline"). */
  slug: string;
  title: string;
  /** Path of the spec file, relative to the repository root, forward slashes. */
  file: string;
  /** 1-based line of its H1, when it has one. */
  line?: number;
  layout: "flat" | "speckit" | "unnumbered";
  requirements: { done: number; total: number };
  /** Spec Kit tasks.md progress, for feature folders that have one. */
  tasks?: TaskProgress;
  hasPlan: boolean;
}

export interface TaskProgress {
  done: number;
  total: number;
  /** Per user story ("US1"), plus "" for tasks without a story label. */
  byStory: Record<string, { done: number; total: number }>;
}

/** Not specs: templates, backlogs, index pages, READMEs and Spec Kit's constitution (case-insensitive). */
export const DEFAULT_SKIP = ["TEMPLATE", "backlog", "placeholder", "INDEX", "README", "constitution"];

/**
 * The names to skip: the defaults plus the user's, since a user who adds "drafts" still does not
 * want the constitution counted as a spec. "!name" takes a default out ("!README" makes
 * specs/README.md a spec again).
 */
export function skipList(user: readonly string[] = []): string[] {
  const removed = new Set(user.filter((p) => p.startsWith("!")).map((p) => p.slice(1).toLowerCase()));
  return [...DEFAULT_SKIP.filter((d) => !removed.has(d.toLowerCase())), ...user.filter((p) => !p.startsWith("!"))];
}

/** "027-slug", or Spec Kit's timestamp numbering "20250101-120000-slug". */
const NUMBERED = /^(\d{8}-\d{6}|\d+)-(.+)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const H1_ATX = /^ {0,3}#(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const CHECKBOX = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s/;
const TASK = /^\s*[-*+]\s+\[([ xX])\]\s+T\d+\b(.*)$/;

/** Scan a spec's text once: first H1, requirement checkboxes, all outside code fences. */
export function readSpecText(text: string): { h1?: string; h1Line?: number; requirements: { done: number; total: number } } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let h1: string | undefined;
  let h1Line: number | undefined;
  let lineNo = 0;
  let done = 0;
  let total = 0;
  let fence: string | undefined;
  let prev = "";
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf("\n", start);
    if (nl === -1) nl = text.length;
    let line = text.slice(start, nl);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    start = nl + 1;
    lineNo++;
    const f = FENCE.exec(line);
    if (fence !== undefined) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && /^ {0,3}[`~]+[ \t]*$/.test(line)) fence = undefined;
      prev = "";
      continue;
    }
    if (f) {
      fence = f[1]!;
      prev = "";
      continue;
    }
    if (h1 === undefined) {
      const m = H1_ATX.exec(line);
      if (m) {
        h1 = (m[1] ?? "").trim();
        h1Line = lineNo;
      } else if (/^ {0,3}=+[ \t]*$/.test(line) && prev.trim() !== "") {
        h1 = prev.trim();
        h1Line = lineNo - 1;
      }
    }
    const c = CHECKBOX.exec(line);
    if (c) {
      total++;
      if (c[1] !== " ") done++;
    }
    prev = line;
  }
  return { h1, h1Line, requirements: { done, total } };
}

/** Spec Kit tasks.md: `- [ ] T012 [P] [US1] Description`; done is `[x]` or `[X]`. */
export function readTasks(text: string): TaskProgress {
  const progress: TaskProgress = { done: 0, total: 0, byStory: {} };
  for (const raw of text.split("\n")) {
    const m = TASK.exec(raw.replace(/\r$/, ""));
    if (!m) continue;
    const story = /\[(US\d+)\]/.exec(m[2])?.[1] ?? "";
    const isDone = m[1] !== " ";
    progress.total++;
    if (isDone) progress.done++;
    const s = (progress.byStory[story] ??= { done: 0, total: 0 });
    s.total++;
    if (isDone) s.done++;
  }
  return progress;
}

export interface DiscoverOptions {
  /** The repository root: specsDir is relative to it, file paths are shown relative to it. */
  root: string;
  /** The boundary no path may leave (default: root). */
  workspace?: string;
  specsDir: string;
  /** Names to skip besides the defaults (see skipList). */
  skip?: string[];
}

export interface DiscoverWarning {
  code: "duplicate-spec" | "symlink-skipped";
  message: string;
  file: string;
}

export interface Discovery {
  specs: Spec[];
  warnings: DiscoverWarning[];
}

/** Synchronous on purpose: for thousands of small files one read each without promise round
 * trips is ~5x faster than fs.promises (open/fstat/read/close); see bench/. O_NOFOLLOW: a spec
 * that is a symlink is refused, never read (its title would be printed). */
function readText(file: string, display: string): string | undefined {
  const bytes = readRegularFileSync(file, display);
  return bytes === undefined ? undefined : decodeText(bytes, display).text;
}

function symlinkRefused(display: string, name: string): UserError {
  return new UserError(`${display} is a symlink; specpipe does not follow symlinks for the files it reads`, {
    file: display,
    hint: `replace ${display} with the file or folder itself, or add "${name}" to the skip input`,
    code: "path.symlink",
  });
}

export async function discoverSpecs(options: DiscoverOptions): Promise<Discovery> {
  const guarded = await insideWorkspace(options.workspace ?? options.root, options.specsDir, { what: "specs-dir" }, options.root);
  const dir = guarded.abs;
  // Display paths by concatenation: path.relative per file was a tenth of a 10,000-spec run.
  const relDir = path.relative(options.root, dir).split(path.sep).join("/");
  const rel = (name: string) => (relDir ? relDir + "/" : "") + name;
  let entries: import("node:fs").Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new UserError(`the specs folder ${relDir || options.specsDir} does not exist`, {
        file: relDir || options.specsDir,
        hint: `create it with your specs, or point the specs-dir input at the folder that holds them`,
        code: "coverage.no-specs-dir",
      });
    }
    throw e;
  }
  const skip = picomatch(skipList(options.skip), { nocase: true, dot: true });
  const warnings: DiscoverWarning[] = [];
  // One entry per key: a flat NNN-slug.md and a folder NNN-slug/ are one spec.
  const byKey = new Map<string, { flat?: string; folder?: string }>();
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const isMd = entry.name.toLowerCase().endsWith(".md");
    const name = isMd ? entry.name.slice(0, -3) : entry.name;
    if (skip(name) || (isMd && skip(entry.name))) continue;
    if (entry.isSymbolicLink()) {
      // A spec we would read (NNN-slug.md, an NNN-slug/ folder, slug.md) through a link: refused,
      // since its title would be printed. Any other link is not followed and not read: said, skipped.
      if (isMd || NUMBERED.test(name)) throw symlinkRefused(rel(entry.name), name);
      if (!name.includes(".")) {
        warnings.push({
          code: "symlink-skipped",
          message: `${rel(entry.name)} is a symlink; specpipe does not follow it, so it was not read as a spec folder (replace the link with the folder if it is one, or add "${name}" to the skip input)`,
          file: rel(entry.name),
        });
      }
      continue;
    }
    let slot = byKey.get(name);
    if (entry.isFile() && isMd) {
      if (!slot) byKey.set(name, (slot = {}));
      slot.flat = entry.name;
    } else if (entry.isDirectory()) {
      if (!slot) byKey.set(name, (slot = {}));
      slot.folder = entry.name;
    }
  }
  const specs: Spec[] = [];
  for (const [name, slot] of byKey) {
    let text: string | undefined;
    let file: string | undefined;
    let folder: string | undefined;
    if (slot.folder !== undefined) {
      const specFile = rel(slot.folder + "/spec.md");
      // A folder without spec.md is not a spec (Spec Kit creates the folder first).
      text = readText(path.join(dir, slot.folder, "spec.md"), specFile);
      if (text !== undefined) {
        file = specFile;
        folder = path.join(dir, slot.folder);
        if (slot.flat !== undefined) {
          warnings.push({
            code: "duplicate-spec",
            message: `${rel(slot.flat)} and ${specFile} are the same spec "${name}"; the folder's spec.md is used, ${rel(slot.flat)} is ignored (remove one of them)`,
            file: rel(slot.flat),
          });
        }
      }
    }
    if (text === undefined && slot.flat !== undefined) {
      file = rel(slot.flat);
      text = readText(path.join(dir, slot.flat), file);
    }
    if (text === undefined || file === undefined) continue;
    const m = NUMBERED.exec(name);
    const number = m ? m[1] : undefined;
    const slug = m ? m[2] : name;
    const scanned = readSpecText(text);
    const spec: Spec = {
      key: name,
      number,
      numberKey: number !== undefined ? normalizeNumber(number) : undefined,
      slug,
      title: cleanTitle(scanned.h1, slug, number),
      file,
      line: scanned.h1Line,
      layout: folder ? "speckit" : m ? "flat" : "unnumbered",
      requirements: scanned.requirements,
      hasPlan: false,
    };
    if (folder) {
      const tasksFile = rel(slot.folder + "/tasks.md");
      // tasks.md is progress, not the spec: a link there is skipped with a word, the spec stays.
      const tasksLink = lstatSync(path.join(folder, "tasks.md"), { throwIfNoEntry: false })?.isSymbolicLink();
      const tasks = tasksLink ? undefined : readText(path.join(folder, "tasks.md"), tasksFile);
      if (tasksLink) {
        warnings.push({
          code: "symlink-skipped",
          message: `${tasksFile} is a symlink; specpipe does not follow it, so the tasks of ${name} were not read (replace the link with the file)`,
          file: tasksFile,
        });
      }
      if (tasks !== undefined) spec.tasks = readTasks(tasks);
      spec.hasPlan = lstatSync(path.join(folder, "plan.md"), { throwIfNoEntry: false }) !== undefined;
    }
    specs.push(spec);
  }
  return { specs: sortSpecs(specs), warnings };
}

/** A number's sort value: digits only (a Spec Kit timestamp "20250101-120000" sorts as 20250101120000). */
function digits(n: string): string {
  return n.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
}

/** Numbered specs by number (numerically), then name; unnumbered specs after them by name. */
export function compareSpecs(a: { number?: string; key: string }, b: { number?: string; key: string }): number {
  if (a.number !== undefined && b.number !== undefined) {
    const x = digits(a.number);
    const y = digits(b.number);
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  } else if (a.number !== undefined) return -1;
  else if (b.number !== undefined) return 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function sortSpecs<T extends { number?: string; key: string }>(specs: T[]): T[] {
  return specs.sort(compareSpecs);
}
