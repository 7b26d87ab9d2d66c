import { plainText } from "../markdown/blocks.js";
import type { Spec } from "./specs.js";
import { normalizeNumber } from "./title.js";

/**
 * Which spec each existing row of the coverage table stands for, as a person reading the table
 * would say (ADR 0029). A row belongs to a spec when
 *   1. its label starts with the spec's key ("027-fully-automated-pipeline — notes", any case), is a
 *      link to the spec's file ("[Health](../specs/001-health-check.md)"), or ends with the key in
 *      parentheses as the labels specpipe writes for look-alike titles do ("Terms (glossary-terms)"); or
 *   2. its label reads as a title of a spec ("Health Check Endpoint", "Glossary"); or
 *   3. its label starts with the spec's number and no other spec has that number ("001 Health"
 *      for specs/001-health-check.md, "002" alone); or
 *   4. several specs share the number and the row's words match one of their titles or slugs best
 *      ("048 Commit Gate" among 048-commit-gate and 048-release-notes).
 * It is a one-to-one assignment: a spec gets at most one row and a row at most one spec. In a
 * shared-number group the best-scoring pairs are taken first; a row left with a tie between specs
 * is ambiguous, and those specs are held (no row is added for them, so nothing is duplicated);
 * a row left alone with the one spec left gets it. A row that could only be a spec another row
 * already has is a duplicate. Only a row that names nothing is an orphan.
 *
 * Indexed, not pairwise: keys, numbers and titles are looked up in maps, and scores are computed
 * only inside a group of specs sharing a number, so 10,000 rows against 10,000 specs stay linear.
 */
export interface MatchableRow {
  /** The first cell as written (Markdown). */
  label: string;
  /** The first cell as plain text. */
  plain: string;
  /** 1-based line in the file. */
  line: number;
}

export type RowMatch =
  | { kind: "matched"; spec: Spec; by: "key" | "title" | "number" | "words" | "elimination" }
  | { kind: "ambiguous"; candidates: Spec[] }
  | { kind: "duplicate"; spec: Spec; otherLine: number }
  | { kind: "orphan" };

export interface Assignment {
  /** One entry per row, in the rows' order. */
  rows: RowMatch[];
  /** Specs no row stands for and no ambiguous row might: they get new rows. */
  unmatched: Spec[];
  /** Specs an ambiguous row might stand for: no row is added for them. */
  held: Spec[];
}

const MARKUP = /[[\]`*_\\]/;
/** A character of a spec key: a key "starts" a label only when none of these follows it. */
const NAME_CHAR = /[A-Za-z0-9_-]/;

/** Text compared when matching by title: plain, lower-case, letters and digits only. */
export function normalizeTitle(s: string): string {
  // Keys, slugs and most titles hold no Markdown: plainText's six passes are for those that do.
  return (MARKUP.test(s) ? plainText(s) : s)
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Words that say nothing about which spec a label means. */
const STOP = new Set(["spec", "specs", "specification", "feature", "the", "a", "an", "and", "of", "for", "to", "in", "on", "with", "by", "or"]);

function contentWords(text: string, number: string | undefined): string[] {
  const out = new Set<string>();
  for (const w of normalizeTitle(text).split(" ")) {
    if (w === "" || STOP.has(w)) continue;
    if (number !== undefined && /^\d+$/.test(w) && normalizeNumber(w) === number) continue;
    out.add(w);
  }
  return [...out];
}

/**
 * How well a row's words match a spec's words: matched / (row words + spec words - matched), a
 * Jaccard index where an abbreviation ("orch" for "orchestration") counts three quarters.
 */
export function wordScore(rowWords: readonly string[], specWords: readonly string[]): number {
  if (!rowWords.length || !specWords.length) return 0;
  const set = new Set(specWords);
  let matched = 0;
  for (const w of rowWords) {
    if (set.has(w)) matched += 1;
    else if (w.length >= 3 && specWords.some((s) => s.length >= 3 && (s.startsWith(w) || w.startsWith(s)))) matched += 0.75;
  }
  return matched / (rowWords.length + specWords.length - matched);
}

/**
 * The leading spec number of a label: "001 Health", "**027**: …", "Spec 054: …", "SPEC-001",
 * "S051" (an "S" before two digits or more: "S3 Storage" is no spec 3); not a range ("001–005 …").
 */
export function leadingNumber(plain: string): { number: string; rest: string } | undefined {
  const m = /^\s*(?:(?:feature\s+)?spec(?:ification)?[\s_-]*|s[_-]?(?=\d{2}))?#?(\d{8}-\d{6}|\d+)(?!\d)/i.exec(plain);
  if (!m) return undefined;
  const rest = plain.slice(m[0].length);
  if (/^\s*(?:[–—-]|to)\s*#?\d/.test(rest)) return undefined;
  return { number: normalizeNumber(m[1]), rest };
}

interface SpecWords {
  title: string[];
  slug: string[];
}

export function assignRows(rows: readonly MatchableRow[], specs: readonly Spec[]): Assignment {
  const result: RowMatch[] = rows.map(() => ({ kind: "orphan" }));
  const owner = new Map<Spec, number>();
  const held = new Set<Spec>();
  const claim = (r: number, spec: Spec, by: Extract<RowMatch, { kind: "matched" }>["by"]) => {
    result[r] = { kind: "matched", spec, by };
    owner.set(spec, r);
  };
  const duplicate = (r: number, spec: Spec) => {
    result[r] = { kind: "duplicate", spec, otherLine: rows[owner.get(spec)!].line };
  };
  const ambiguous = (r: number, candidates: Spec[]) => {
    result[r] = { kind: "ambiguous", candidates };
    for (const s of candidates) held.add(s);
  };

  const byKey = new Map<string, Spec>();
  const byKeyLower = new Map<string, Spec>();
  const oddKeys: Spec[] = [];
  const byNumber = new Map<string, Spec[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const spec of specs) {
    byKey.set(spec.key, spec);
    const lower = spec.key.toLowerCase();
    if (!byKeyLower.has(lower)) byKeyLower.set(lower, spec);
    if (!/^[A-Za-z0-9_-]+$/.test(spec.key)) oddKeys.push(spec);
    if (spec.numberKey !== undefined) push(byNumber, spec.numberKey, spec);
  }
  // Titles are looked up only for rows that name no key: built on the first such row.
  let titles: Map<string, Spec[]> | undefined;
  const byTitle = (text: string): Spec[] | undefined => {
    if (!titles) {
      titles = new Map();
      for (const spec of specs) {
        for (const t of [spec.title, spec.slug, spec.key]) {
          const n = normalizeTitle(t);
          if (n) push(titles, n, spec);
        }
      }
    }
    return titles.get(normalizeTitle(text));
  };
  const wordsOf = new Map<Spec, SpecWords>();
  const specWords = (spec: Spec): SpecWords => {
    let w = wordsOf.get(spec);
    if (!w) wordsOf.set(spec, (w = { title: contentWords(spec.title, spec.numberKey), slug: contentWords(spec.slug, spec.numberKey) }));
    return w;
  };
  const score = (rowWords: string[], spec: Spec) => {
    const w = specWords(spec);
    return Math.max(wordScore(rowWords, w.title), wordScore(rowWords, w.slug));
  };

  // 1. By key: the label is the key, ends with "(key)" as our disambiguated labels do, or opens
  // with a link to the spec's file; then, for a label that is no spec's title, it starts with a
  // key ("001-health-check — notes", "Glossary of terms" for specs/glossary.md). A key further in
  // ("see 048-release-notes-gate", "Agent API" for specs/api.md) names nothing: the rule is
  // "starts with", or a one-word key inside a title would claim that row every run.
  const keyOf = (name: string): Spec | undefined => byKey.get(name) ?? byKeyLower.get(name.toLowerCase());
  const exactKey = (row: MatchableRow): Spec | undefined => {
    const plain = row.plain.trim();
    const whole = keyOf(plain);
    if (whole) return whole;
    const tail = /\(([^()\s]+)\)\s*$/.exec(plain);
    if (tail && keyOf(tail[1])) return keyOf(tail[1]);
    const link = /^\s*!?\[[^\]]*\]\(\s*<?([^)\s>]+)/.exec(row.label);
    if (link) {
      const target = link[1].replace(/[?#].*$/, "").replace(/\/+$/, "");
      const parts = target.split("/");
      let name = parts[parts.length - 1];
      if (/^spec\.md$/i.test(name) && parts.length > 1) name = parts[parts.length - 2];
      return keyOf(name.replace(/\.md$/i, ""));
    }
    return undefined;
  };
  const keyPrefix = (row: MatchableRow): Spec | undefined => {
    const plain = row.plain.trim();
    const token = /^[A-Za-z0-9_-]+/.exec(plain)?.[0];
    const spec = token !== undefined ? keyOf(token) : undefined;
    if (spec) return spec;
    const lower = plain.toLowerCase();
    return oddKeys.find((s) => lower.startsWith(s.key.toLowerCase()) && !NAME_CHAR.test(plain[s.key.length] ?? ""));
  };
  const rest: number[] = [];
  const claimOrDuplicate = (r: number, spec: Spec) => (owner.has(spec) ? duplicate(r, spec) : claim(r, spec, "key"));
  const afterExact: number[] = [];
  rows.forEach((row, r) => {
    const spec = exactKey(row);
    if (spec) claimOrDuplicate(r, spec);
    else afterExact.push(r);
  });
  for (const r of afterExact) {
    // A label that reads as a spec's title is that spec's (rule 2), even when its first word is
    // another spec's key ("Health Check" is health-check's, not health's).
    const spec = byTitle(rows[r].plain) ? undefined : keyPrefix(rows[r]);
    if (spec) claimOrDuplicate(r, spec);
    else rest.push(r);
  }

  // 2. By title: a label that reads as a spec's title, slug or key (numbered or not).
  const numbered = new Map<string, number[]>();
  const torn: [number, Spec[]][] = [];
  const rowWords = new Map<number, string[]>();
  for (const r of rest) {
    const lead = leadingNumber(rows[r].plain);
    if (lead && byNumber.has(lead.number)) {
      const candidates = byTitle(rows[r].plain);
      const free = candidates?.filter((s) => !owner.has(s) && !held.has(s));
      if (free?.length === 1) {
        claim(r, free[0], "title");
        continue;
      }
      push(numbered, lead.number, r);
      rowWords.set(r, contentWords(lead.rest, lead.number));
      continue;
    }
    const candidates = byTitle(rows[r].plain) ?? [];
    const free = candidates.filter((s) => !owner.has(s) && !held.has(s));
    if (free.length === 1) claim(r, free[0], "title");
    // Several specs read so: decided after the numbers, which may take some of them.
    else if (free.length > 1) torn.push([r, candidates]);
    else if (candidates.some((s) => owner.has(s))) duplicate(r, candidates.find((s) => owner.has(s))!);
  }

  // 3 and 4. By number, one group of rows per number.
  for (const [number, group] of numbered) {
    const all = byNumber.get(number)!;
    if (all.length === 1) {
      const spec = all[0];
      if (owner.has(spec)) {
        for (const r of group) duplicate(r, spec);
        continue;
      }
      // Several rows for one spec: the one whose words match best (the first on a tie) has it.
      let best = group[0];
      let bestScore = -1;
      for (const r of group) {
        const s = score(rowWords.get(r)!, spec);
        if (s > bestScore) [best, bestScore] = [r, s];
      }
      claim(best, spec, "number");
      for (const r of group) if (r !== best) duplicate(r, spec);
      continue;
    }
    assignGroup(group, all);
  }

  for (const [r, candidates] of torn) {
    const free = candidates.filter((s) => !owner.has(s) && !held.has(s));
    if (free.length === 1) claim(r, free[0], "title");
    else if (free.length > 1) ambiguous(r, free);
    else if (candidates.some((s) => owner.has(s))) duplicate(r, candidates.find((s) => owner.has(s))!);
    else ambiguous(r, candidates);
  }

  function assignGroup(group: number[], all: Spec[]) {
    const freeRows = new Set<number>();
    const freeSpecs = new Set(all.filter((s) => !owner.has(s) && !held.has(s)));
    const scores = new Map<number, Map<Spec, number>>();
    for (const r of group) {
      const m = new Map<Spec, number>();
      for (const s of all) m.set(s, score(rowWords.get(r)!, s));
      scores.set(r, m);
      // A row whose words match a spec that already has its row, better than any free spec: a duplicate.
      let bestOwned: Spec | undefined;
      let bestOwnedScore = 0;
      let bestFree = 0;
      for (const [s, v] of m) {
        if (freeSpecs.has(s)) bestFree = Math.max(bestFree, v);
        else if (owner.has(s) && v > bestOwnedScore) [bestOwned, bestOwnedScore] = [s, v];
      }
      if (bestOwned && bestOwnedScore > bestFree) duplicate(r, bestOwned);
      else freeRows.add(r);
    }
    const EPS = 1e-9;
    for (;;) {
      let best = 0;
      for (const r of freeRows) for (const s of freeSpecs) best = Math.max(best, scores.get(r)!.get(s)!);
      if (best <= 0) break;
      // Each free row's specs at the best score.
      const tied = new Map<number, Spec[]>();
      for (const r of freeRows) {
        const at = [...freeSpecs].filter((s) => Math.abs(scores.get(r)!.get(s)! - best) < EPS);
        if (at.length) tied.set(r, at);
      }
      let accepted = 0;
      const taken = new Set<Spec>();
      for (const [r, at] of tied) {
        // A row torn between several specs waits; of the rows that want one spec, the first has it.
        if (at.length !== 1 || taken.has(at[0])) continue;
        claim(r, at[0], "words");
        taken.add(at[0]);
        freeRows.delete(r);
        freeSpecs.delete(at[0]);
        accepted++;
      }
      if (accepted) continue;
      for (const [r, at] of tied) {
        ambiguous(r, at);
        freeRows.delete(r);
        for (const s of at) freeSpecs.delete(s);
      }
    }
    const leftRows = [...freeRows];
    const leftSpecs = [...freeSpecs];
    if (leftRows.length === 1 && leftSpecs.length === 1) {
      claim(leftRows[0], leftSpecs[0], "elimination");
      return;
    }
    for (const r of leftRows) {
      if (leftSpecs.length) ambiguous(r, leftSpecs);
      else {
        const owned = all.filter((s) => owner.has(s));
        if (owned.length) duplicate(r, owned.reduce((a, b) => (scores.get(r)!.get(b)! > scores.get(r)!.get(a)! ? b : a)));
        else ambiguous(r, all);
      }
    }
  }

  return { rows: result, unmatched: specs.filter((s) => !owner.has(s) && !held.has(s)), held: specs.filter((s) => held.has(s)) };
}

/**
 * The labels of new rows: "NNN Title", or "Title" for an unnumbered spec. When that label would
 * not lead back to its spec alone on the next run (another spec with the same number has the same
 * words, or another spec the same title), the key is added in parentheses, which does.
 */
export function newRowLabels(missing: readonly Spec[], all: readonly Spec[]): Map<Spec, string> {
  const byNumber = new Map<string, Spec[]>();
  for (const s of all) if (s.numberKey !== undefined) (byNumber.get(s.numberKey) ?? byNumber.set(s.numberKey, []).get(s.numberKey)!).push(s);
  let byTitle: Map<string, number> | undefined;
  const sameTitle = (spec: Spec) => {
    if (!byTitle) {
      byTitle = new Map();
      for (const s of all) {
        const t = normalizeTitle(s.title);
        byTitle.set(t, (byTitle.get(t) ?? 0) + 1);
      }
    }
    return byTitle.get(normalizeTitle(spec.title))! > 1;
  };
  const fit = (words: string[], s: Spec) =>
    Math.max(wordScore(words, contentWords(s.title, s.numberKey)), wordScore(words, contentWords(s.slug, s.numberKey)));
  const labels = new Map<Spec, string>();
  for (const spec of missing) {
    const base = spec.number !== undefined ? `${spec.number} ${spec.title}` : spec.title;
    let unique: boolean;
    const group = spec.numberKey !== undefined ? byNumber.get(spec.numberKey)! : undefined;
    if (group && group.length > 1) {
      const words = contentWords(spec.title, spec.numberKey);
      const own = fit(words, spec);
      unique = own > 0 && group.every((s) => s === spec || fit(words, s) < own);
    } else if (group) unique = true;
    else unique = !sameTitle(spec);
    labels.set(spec, unique ? base : `${base} (${spec.key})`);
  }
  return labels;
}
