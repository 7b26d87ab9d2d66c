import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import { parseJUnit } from "../reports/junit.js";
import { isGlob } from "../spec/hash.js";
import type { Spec } from "./specs.js";
import type { TestCount } from "./status.js";
import { normalizeNumber } from "./title.js";

/**
 * mark-tested: which specs passing tests name (ADR 0030). A test names a spec when its name or
 * classname contains
 *   - the spec's key as a run of words: `test_001_health_check_ok`, `specs/001-health-check.test.ts`
 *     name 001-health-check (words are compared without case; `-`, `_`, `.`, `/`, spaces all
 *     separate words); or
 *   - a spec id: `spec-042`, `spec_042`, `Spec042`, `SPEC 42`, naming the one spec numbered 042.
 * Never a bare number: `test_get_returns_200` names no spec 200.
 *
 * Linear: the specs are indexed once by their first word, and each test name is split into words
 * once; each word is one map lookup. 20,000 specs against two million test names is a few seconds.
 */
export interface SpecNameIndex {
  /** Specs by the first word of their key. */
  byFirstWord: Map<string, { spec: Spec; words: string[] }[]>;
  /** Specs by number, for `spec-NNN` ids. */
  byNumber: Map<string, Spec[]>;
}

const WORD_SPLIT = /[^a-z0-9]+/;

function words(text: string): string[] {
  return text.toLowerCase().split(WORD_SPLIT);
}

export function indexSpecNames(specs: readonly Spec[]): SpecNameIndex {
  const byFirstWord = new Map<string, { spec: Spec; words: string[] }[]>();
  const byNumber = new Map<string, Spec[]>();
  for (const spec of specs) {
    const w = words(spec.key).filter(Boolean);
    if (!w.length) continue;
    const list = byFirstWord.get(w[0]);
    if (list) list.push({ spec, words: w });
    else byFirstWord.set(w[0], [{ spec, words: w }]);
    if (spec.numberKey !== undefined && /^\d+$/.test(spec.numberKey)) {
      const n = byNumber.get(spec.numberKey);
      if (n) n.push(spec);
      else byNumber.set(spec.numberKey, [spec]);
    }
  }
  return { byFirstWord, byNumber };
}

/** Add to `out` the keys of the specs `name` names. */
export function specsNamedBy(name: string, index: SpecNameIndex, out: Set<string>): void {
  if (name === "") return;
  const w = words(name);
  for (let i = 0; i < w.length; i++) {
    const word = w[i];
    if (word === "") continue;
    const candidates = index.byFirstWord.get(word);
    if (candidates) {
      for (const c of candidates) {
        let k = 1;
        while (k < c.words.length && w[i + k] === c.words[k]) k++;
        if (k === c.words.length) out.add(c.spec.key);
      }
    }
    // spec-042, spec_042, "spec 42" (the number is the next word) or spec042 (one word).
    let id: string | undefined;
    if (word === "spec" && i + 1 < w.length && /^\d+$/.test(w[i + 1])) id = w[i + 1];
    else if (word.startsWith("spec") && /^spec\d+$/.test(word)) id = word.slice(4);
    if (id !== undefined) {
      const specs = index.byNumber.get(normalizeNumber(id));
      // Two specs share the number: "spec-048" does not say which.
      if (specs?.length === 1) out.add(specs[0].key);
    }
  }
}

export interface TestResults extends TestCount {
  files: string[];
  failed: number;
  /** Keys of the specs passing tests name (only when asked for: mark-tested). */
  tested?: Set<string>;
}

const toRel = (root: string, abs: string) => path.relative(root, abs).split(path.sep).join("/");

/** The largest report a string can hold (V8 strings stop at 2^29 - 24 characters). */
const MAX_REPORT_BYTES = 512 * 1024 * 1024 - 64;

/**
 * Read the JUnit reports `globs` name (relative to root; never outside the workspace, never through
 * a symlink), count their tests and, given the specs, find the specs their passing tests name.
 * One report at a time: its test cases are dropped before the next is read.
 */
export async function readTestResults(options: { root: string; workspace?: string; globs: readonly string[]; specs?: readonly Spec[] }): Promise<TestResults | undefined> {
  const { root, globs } = options;
  if (!globs.length) return undefined;
  const workspace = options.workspace ?? root;
  const found = new Set<string>();
  const patterns: string[] = [];
  for (const g of globs) {
    if (!isGlob(g)) {
      // A path: the guard decides (it may leave working-directory, never the workspace).
      const guarded = await insideWorkspace(workspace, g, { what: "test-results", noSymlink: true }, root);
      if (await fs.lstat(guarded.abs).then((st) => st.isFile(), () => false)) found.add(toRel(root, guarded.abs));
      continue;
    }
    if (path.isAbsolute(g) || g.split(/[\\/]/).includes("..")) {
      throw new UserError(`test-results "${g}" is a glob that reaches out of the repository`, {
        hint: `write globs relative to the repository root, without ".." and without a leading "/", e.g. reports/*.xml`,
        code: "path.outside-workspace",
      });
    }
    // The folder part before the first wildcard must not lead out through a symlink either.
    const fixed = g.slice(0, g.search(/[*?[\]{}()!]/));
    const dir = fixed.slice(0, fixed.lastIndexOf("/") + 1);
    if (dir) await insideWorkspace(workspace, dir, { what: "test-results" }, root);
    patterns.push(g);
  }
  if (patterns.length) {
    const { glob } = await import("tinyglobby");
    for (const f of await glob(patterns, { cwd: root, onlyFiles: true, dot: true, followSymbolicLinks: false })) found.add(f);
  }
  const files = [...found].sort();
  if (!files.length) return undefined;
  const index = options.specs ? indexSpecNames(options.specs) : undefined;
  const result: TestResults = { total: 0, passed: 0, failed: 0, skipped: 0, files, tested: index ? new Set() : undefined };
  for (const file of files) {
    // Every file again through the guard: a glob's match may be a symlink, or lie under one.
    const guarded = await insideWorkspace(workspace, file, { what: "test-results", noSymlink: true }, root);
    const bytes = await readRegularFile(guarded.abs, file, MAX_REPORT_BYTES);
    if (bytes === undefined) continue;
    const summary = parseJUnit(bytes.toString("utf8"), file);
    result.total += summary.total;
    result.passed! += summary.passed;
    result.failed += summary.failed;
    result.skipped! += summary.skipped;
    if (!index) continue;
    // Consecutive cases share a classname (a suite): it is split once.
    let lastClass: string | undefined;
    let lastClassSpecs = new Set<string>();
    for (const c of summary.cases) {
      if (c.status !== "passed") continue;
      if (c.classname !== lastClass) {
        lastClass = c.classname;
        lastClassSpecs = new Set();
        specsNamedBy(c.classname, index, lastClassSpecs);
      }
      for (const k of lastClassSpecs) result.tested!.add(k);
      specsNamedBy(c.name, index, result.tested!);
    }
  }
  return result;
}
