import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import { parseJUnit } from "../reports/junit.js";
import { isGlob } from "../spec/hash.js";
import type { Spec } from "./specs.js";
import type { TestCount } from "./status.js";

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
  /** Specs by the first word of their key (lower case), with the key's words... */
  byFirstWord: Map<string, { spec: Spec; words: string[] }[]>;
  /** ... and, when that word is a number ("001"), by its value: a number in a test name is looked up without cutting it out. */
  byFirstNumber: Map<number, { spec: Spec; words: string[] }[]>;
  /** firstLength[n] is 1 when some key's first word has n characters (n < 64; longer words are always looked up). Most words of a test name have no such length and are not looked up. */
  firstLength: Uint8Array;
  /** Specs by the value of their number, for `spec-NNN` ids. */
  byNumber: Map<number, Spec[]>;
}

/** Numbers up to 15 digits are exact as doubles. */
const MAX_DIGITS = 15;

/** A character code folded to lower case (ASCII letters only; the rest as it is). */
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexSpecNames(specs: readonly Spec[]): SpecNameIndex {
  const index: SpecNameIndex = { byFirstWord: new Map(), byFirstNumber: new Map(), firstLength: new Uint8Array(64), byNumber: new Map() };
  for (const spec of specs) {
    const w = spec.key
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (!w.length) continue;
    const entry = { spec, words: w };
    if (/^\d+$/.test(w[0]) && w[0].length <= MAX_DIGITS) add(index.byFirstNumber, Number(w[0]), entry);
    else add(index.byFirstWord, w[0], entry);
    index.firstLength[Math.min(63, w[0].length)] = 1;
    if (spec.numberKey !== undefined && /^\d+$/.test(spec.numberKey) && spec.numberKey.length <= MAX_DIGITS) add(index.byNumber, Number(spec.numberKey), spec);
  }
  return index;
}

/** Does the (lower-case) word `w` stand in `s` at `at`, as a whole word, in any case? */
function wordAt(s: string, at: number, w: string): boolean {
  if (at + w.length > s.length) return false;
  for (let k = 0; k < w.length; k++) if (fold(s.charCodeAt(at + k)) !== w.charCodeAt(k)) return false;
  return at + w.length === s.length || !isAlnum(s.charCodeAt(at + w.length));
}

/** The start of the next word at or after `i` (s.length when there is none). */
function nextWord(s: string, i: number): number {
  while (i < s.length && !isAlnum(s.charCodeAt(i))) i++;
  return i;
}

/** Keys whose first word was found at [.., j): the rest of their words must follow. */
function matchRest(s: string, j: number, candidates: readonly { spec: Spec; words: string[] }[], len: number, out: Set<string>): void {
  for (const c of candidates) {
    if (c.words[0].length !== len) continue; // "1" and "001" have one value, not one spelling
    let at = j;
    let k = 1;
    for (; k < c.words.length; k++) {
      at = nextWord(s, at);
      if (!wordAt(s, at, c.words[k])) break;
      at += c.words[k].length;
    }
    if (k === c.words.length) out.add(c.spec.key);
  }
}

/**
 * Add to `out` the keys of the specs `name` names. One pass over the name's characters, without a
 * lower-case copy of it (that copy alone was half the time on two million names) and without
 * cutting numbers out of it: a number is looked up by its value, another word only when a key's
 * first word has its length, and a key's further words are compared in place.
 */
export function specsNamedBy(name: string, index: SpecNameIndex, out: Set<string>): void {
  const s = name;
  const n = s.length;
  let i = nextWord(s, 0);
  while (i < n) {
    let j = i;
    let digits = true;
    let upper = false;
    let value = 0;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
      else if (c >= 97 && c <= 122) digits = false;
      else if (c >= 65 && c <= 90) {
        digits = false;
        upper = true;
      } else break;
    }
    const len = j - i;
    if (index.firstLength[len < 63 ? len : 63] === 1) {
      if (digits && len <= MAX_DIGITS) {
        const candidates = index.byFirstNumber.get(value);
        if (candidates) matchRest(s, j, candidates, len, out);
      } else {
        const word = s.slice(i, j);
        const candidates = index.byFirstWord.get(upper ? word.toLowerCase() : word);
        if (candidates) matchRest(s, j, candidates, len, out);
      }
    }
    // spec-042, spec_042, "spec 42" (the number is the next word), or spec042 (one word).
    if (len >= 4 && !digits && isSpecAt(s, i)) {
      let id = -1;
      if (len === 4) {
        const k = nextWord(s, j);
        let e = k;
        let v = 0;
        while (e < n && isDigit(s.charCodeAt(e))) v = v * 10 + (s.charCodeAt(e++) - 48);
        if (e > k && e - k <= MAX_DIGITS && (e === n || !isAlnum(s.charCodeAt(e)))) id = v;
      } else {
        let e = i + 4;
        let v = 0;
        while (e < j && isDigit(s.charCodeAt(e))) v = v * 10 + (s.charCodeAt(e++) - 48);
        if (e === j && j - i - 4 <= MAX_DIGITS) id = v;
      }
      if (id !== -1) {
        const specs = index.byNumber.get(id);
        // Two specs share the number: "spec-048" does not say which.
        if (specs?.length === 1) out.add(specs[0].key);
      }
    }
    i = nextWord(s, j);
  }
}

/** "spec" at `i`, in any case. */
function isSpecAt(s: string, i: number): boolean {
  return fold(s.charCodeAt(i)) === 115 && fold(s.charCodeAt(i + 1)) === 112 && fold(s.charCodeAt(i + 2)) === 101 && fold(s.charCodeAt(i + 3)) === 99;
}

/**
 * The files the globs match under root, found by walking the folders (never through a symlink)
 * and matching each path with picomatch. A match that is a symlink is an error naming it: a glob
 * library that follows no symlinks leaves them out silently, and a report the user expects to be
 * read that is not read is a wrong test count with no word said.
 */
async function globReports(root: string, patterns: readonly string[]): Promise<string[]> {
  const { default: picomatch } = await import("picomatch");
  const positive = patterns.filter((p) => !p.startsWith("!"));
  const negative = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const isMatch = picomatch(positive, { dot: true, ignore: negative });
  // Walk from each pattern's fixed folder ("reports/" of "reports/**/*.xml"), each folder once.
  const bases = [...new Set(positive.map((p) => picomatch.scan(p).base.replace(/\/+$/, "")))].sort();
  const walked = bases.filter((b, k) => !bases.slice(0, k).some((a) => a === "" || b.startsWith(a + "/")));
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return;
      throw e;
    }
    for (const entry of entries) {
      const p = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        if (isMatch(p)) {
          throw new UserError(`test-results: ${p} is a symlink; specpipe does not follow symlinks for the files it reads`, {
            file: p,
            hint: `replace ${p} with the report itself, or write the test-results glob so that it does not match it`,
            code: "path.symlink",
          });
        }
      } else if (entry.isDirectory()) {
        if (entry.name !== ".git") await walk(p);
      } else if (entry.isFile() && isMatch(p)) out.push(p);
    }
  };
  for (const base of walked) {
    // The fixed folder itself may be a symlink inside the workspace (the guard allowed it): walk
    // from its real name only when it is a folder of its own.
    const st = await fs.lstat(path.join(root, base || ".")).catch(() => undefined);
    if (st?.isDirectory()) await walk(base);
    else if (st?.isSymbolicLink() && base) {
      throw new UserError(`test-results: ${base} is a symlink; specpipe does not follow symlinks for the files it reads`, {
        file: base,
        hint: `give the reports' real folder in the test-results glob instead of ${base}`,
        code: "path.symlink",
      });
    }
  }
  return out;
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
  if (patterns.length) for (const f of await globReports(root, patterns)) found.add(f);
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
    let lastClassSpecs: string[] = [];
    for (const c of summary.cases) {
      if (c.status !== "passed") continue;
      if (c.classname !== lastClass) {
        lastClass = c.classname;
        const named = new Set<string>();
        specsNamedBy(c.classname, index, named);
        lastClassSpecs = [...named];
      }
      for (let k = 0; k < lastClassSpecs.length; k++) result.tested!.add(lastClassSpecs[k]);
      specsNamedBy(c.name, index, result.tested!);
    }
  }
  return result;
}
