import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isUserError, UserError } from "../errors.js";
import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import type { Git } from "../git/git.js";
import type { GitHubContext } from "../github/port.js";
import { runProcess } from "../process.js";
import { parseCoverage } from "../reports/coverage.js";
import { parseJUnit, type TestCase } from "../reports/junit.js";
import { parseMutationReport } from "../reports/mutation.js";
import { computeSpecHash } from "../spec/hash.js";
import { lastValue, type Beacon } from "./beacon.js";
import { decodeUtf8 } from "../text/document.js";
import { testFileCandidates } from "./test-files.js";
import { conditionKey, type LoadedPlaybook } from "./load.js";
import type { Condition, ConditionType } from "./schema.js";

/**
 * Exit conditions. Each evaluation returns what it measured (value), what it needed (threshold),
 * whether it holds, and the evidence files. A condition does not throw for a report that is
 * missing or does not parse, or a command that cannot start: it fails, and `reason` says why and
 * how to fix it. What it must not read at all is a UserError: a path that leaves the workspace, a
 * symlink, a report that is not UTF-8 (the one guard, fs/guard.ts, and text/document.ts).
 */
export interface ConditionResult {
  id: string;
  type: ConditionType;
  pass: boolean;
  value: string;
  threshold: string;
  evidence: string[];
  /** Numbers recorded in the beacon's history when the step advances, keyed "<id>.<metric>". */
  metrics: Record<string, number>;
  /** Why it fails (and the fix); absent when it holds. */
  reason?: string;
}

export interface EvalContext {
  root: string;
  playbook: LoadedPlaybook;
  beacon: Beacon;
  /** The commit being evaluated (the checks condition asks GitHub about it). */
  sha?: string;
  /** The GitHub API for the checks condition; a function is called only when a checks condition is evaluated. */
  github?: GitHubContext | (() => Promise<GitHubContext | undefined>);
  env?: NodeJS.ProcessEnv;
  /** The repository, for the spec-hash condition's amendments (amendments.ts). */
  git?: Git;
  /** Where conditions leave what the report should say besides their result. */
  notes?: string[];
}

export type { GitHubContext } from "../github/port.js";

const round2 = (x: number) => Math.round(x * 100) / 100;
const fmt = (x: number | null) => (x === null ? "n/a" : `${round2(x).toFixed(2)}%`);

const GLOB = /[*?[\]{}!]/;

/**
 * Repository-relative files matching paths or globs, sorted; plus the patterns that matched
 * nothing. Every path goes through the one guard (fs/guard.ts): a pattern that leaves the
 * workspace (`../x`, `/etc/passwd`) or a matched file that is a symlink is a UserError, never read.
 */
export async function expand(
  root: string,
  patterns: readonly string[],
  what = "a condition's path",
): Promise<{ files: string[]; unmatched: string[] }> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const raw of patterns) {
    const p = raw.split("\\").join("/").replace(/^\.\//, "");
    if (GLOB.test(p)) {
      const [{ globFiles }, picomatch] = await Promise.all([import("../fs/glob.js"), import("picomatch")]);
      await insideWorkspace(root, picomatch.default.scan(p).base || ".", { what });
      // A glob does not see symlinks at all (fs/glob.ts); a path named exactly that is a symlink is refused below.
      const found = await globFiles(root, p);
      if (found.length === 0) unmatched.push(raw);
      for (const f of found) files.add((await insideWorkspace(root, f, { what, noSymlink: true })).rel);
    } else {
      const at = await insideWorkspace(root, p, { what, noSymlink: true });
      const st = await fs.lstat(at.abs).catch(() => undefined);
      if (st?.isFile()) files.add(at.rel);
      else unmatched.push(raw);
    }
  }
  return { files: [...files].sort(), unmatched };
}

/** Reports are text files of a few MiB at most; anything larger is not a report. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

/** A report's text: a regular file inside the workspace (no symlink), valid UTF-8; else a UserError naming it. */
async function readReport(root: string, file: string, what: string): Promise<string> {
  const at = await insideWorkspace(root, file, { what, noSymlink: true });
  const bytes = await readRegularFile(at.abs, at.rel, MAX_REPORT_BYTES);
  if (!bytes)
    throw new UserError(`${at.rel} disappeared while the gate read it`, {
      file: at.rel,
      hint: "run the gate again",
      code: "playbook.report-missing",
    });
  return decodeUtf8(bytes, at.rel);
}

const pathOf = (c: Condition, ctx: EvalContext) => `the ${conditionKey(c)} condition's path (${ctx.playbook.file})`;

function failed(c: Condition, threshold: string, value: string, reason: string, evidence: string[] = []): ConditionResult {
  return { id: conditionKey(c), type: c.type, pass: false, value, threshold, evidence, metrics: {}, reason };
}

function fromError(c: Condition, threshold: string, e: unknown, evidence: string[]): ConditionResult {
  if (isUserError(e)) return failed(c, threshold, "unreadable", e.format(), evidence);
  throw e;
}

function wildcard(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
    "s",
  );
}

async function evalTests(c: Extract<Condition, { type: "tests" }>, ctx: EvalContext): Promise<ConditionResult> {
  const threshold = `all pass, ≥ ${c.min} run${c.required.length ? `, ${c.required.length} required` : ""}`;
  const globs = Array.isArray(c.reports) ? c.reports : [c.reports];
  const { files } = await expand(ctx.root, globs, pathOf(c, ctx));
  if (files.length === 0)
    return failed(
      c,
      threshold,
      "no report",
      `no JUnit report matches ${globs.join(", ")}. Fix: run the tests with a JUnit reporter before the gate, writing to that path`,
    );
  let total = 0,
    passed = 0,
    failedN = 0,
    skipped = 0;
  const cases: TestCase[] = [];
  // Reading is outside the try: a report that is a symlink or not UTF-8 is refused, not "failed".
  const texts = [];
  for (const f of files) texts.push(await readReport(ctx.root, f, pathOf(c, ctx)));
  try {
    for (const [i, f] of files.entries()) {
      const s = parseJUnit(texts[i], f);
      total += s.total;
      passed += s.passed;
      failedN += s.failed;
      skipped += s.skipped;
      if (c.required.length) for (const k of s.cases) cases.push(k);
    }
  } catch (e) {
    return fromError(c, threshold, e, files);
  }
  const id = conditionKey(c);
  const metrics = { [`${id}.passed`]: passed, [`${id}.total`]: total };
  const value = `${passed} passed, ${failedN} failed, ${skipped} skipped`;
  const reasons: string[] = [];
  if (failedN > 0) reasons.push(`${failedN} test${failedN > 1 ? "s" : ""} failed. Fix: make them pass`);
  if (passed < c.min)
    reasons.push(`${passed} passed, fewer than the ${c.min} required. Fix: add tests or check that the report covers all suites`);
  if (c.required.length) {
    const picomatch = (await import("picomatch")).default;
    for (const r of c.required) {
      const nameRe = r.name !== undefined ? wildcard(r.name) : undefined;
      const fileMatch = r.file !== undefined ? picomatch(r.file, { dot: true }) : undefined;
      const matching = cases.filter(
        (k) =>
          (!nameRe || nameRe.test(k.name) || nameRe.test(`${k.classname} > ${k.name}`)) &&
          (!fileMatch || testFileCandidates(k).some((f) => fileMatch(f))),
      );
      const label = [r.name && `name "${r.name}"`, r.file && `file "${r.file}"`].filter(Boolean).join(" and ");
      if (matching.length === 0) reasons.push(`no test with ${label} ran. Fix: add it, or check the pattern against the report`);
      else if (!matching.every((k) => k.status === "passed")) {
        const bad = matching.filter((k) => k.status !== "passed");
        reasons.push(
          `${bad.length} of the tests with ${label} did not pass (${bad
            .slice(0, 3)
            .map((k) => `${k.name}: ${k.status}`)
            .join("; ")}). Fix: make them pass`,
        );
      }
    }
  }
  const r: ConditionResult = { id, type: c.type, pass: reasons.length === 0, value, threshold, evidence: files, metrics };
  if (reasons.length) r.reason = reasons.join("; ");
  return r;
}

function noDrop(ctx: EvalContext, key: string, now: number | null, label: string, reasons: string[]): void {
  const before = lastValue(ctx.beacon, key);
  if (before === undefined || now === null) return;
  if (round2(now) < before)
    reasons.push(
      `${label} dropped from ${before.toFixed(2)}% at the last advance to ${fmt(now)}. Fix: add tests for the code that lost coverage`,
    );
}

async function evalCoverage(c: Extract<Condition, { type: "coverage" }>, ctx: EvalContext): Promise<ConditionResult> {
  const id = conditionKey(c);
  const th: string[] = [];
  if (c.lines !== undefined) th.push(`lines ≥ ${c.lines}%`);
  if (c.branches !== undefined) th.push(`branches ≥ ${c.branches}%`);
  if (c["no-drop"]) {
    const l = lastValue(ctx.beacon, `${id}.lines`);
    const b = lastValue(ctx.beacon, `${id}.branches`);
    th.push(
      `no drop${l !== undefined || b !== undefined ? ` (was ${[l !== undefined && `lines ${l}%`, b !== undefined && `branches ${b}%`].filter(Boolean).join(", ")})` : ""}`,
    );
  }
  const threshold = th.join(", ");
  const { files } = await expand(ctx.root, [c.report], pathOf(c, ctx));
  if (files.length === 0)
    return failed(c, threshold, "no report", `no coverage report matches ${c.report}. Fix: run the tests with coverage before the gate`);
  if (files.length > 1)
    return failed(
      c,
      threshold,
      "several reports",
      `${c.report} matches ${files.length} files (${files.slice(0, 3).join(", ")}…). Fix: point report at one merged report`,
      files,
    );
  const text = await readReport(ctx.root, files[0], pathOf(c, ctx));
  let s;
  try {
    s = parseCoverage(text, files[0], c.format);
  } catch (e) {
    return fromError(c, threshold, e, files);
  }
  const reasons: string[] = [];
  const metrics: Record<string, number> = {};
  if (s.lines.pct !== null) metrics[`${id}.lines`] = round2(s.lines.pct);
  if (s.branches.pct !== null) metrics[`${id}.branches`] = round2(s.branches.pct);
  if (c.lines !== undefined) {
    if (s.lines.pct === null) reasons.push("the report has no lines. Fix: check that the coverage run included the sources");
    else if (round2(s.lines.pct) < c.lines) reasons.push(`line coverage ${fmt(s.lines.pct)} is below ${c.lines}%. Fix: add tests`);
  }
  if (c.branches !== undefined && s.branches.pct !== null && round2(s.branches.pct) < c.branches) {
    reasons.push(`branch coverage ${fmt(s.branches.pct)} is below ${c.branches}%. Fix: add tests for the untaken branches`);
  }
  if (c["no-drop"]) {
    noDrop(ctx, `${id}.lines`, s.lines.pct, "line coverage", reasons);
    noDrop(ctx, `${id}.branches`, s.branches.pct, "branch coverage", reasons);
  }
  const value = `lines ${fmt(s.lines.pct)} (${s.lines.covered}/${s.lines.total}), branches ${fmt(s.branches.pct)} (${s.branches.covered}/${s.branches.total})`;
  const r: ConditionResult = { id, type: c.type, pass: reasons.length === 0, value, threshold, evidence: files, metrics };
  if (reasons.length) r.reason = reasons.join("; ");
  return r;
}

async function evalMutation(c: Extract<Condition, { type: "mutation" }>, ctx: EvalContext): Promise<ConditionResult> {
  const id = conditionKey(c);
  const prev = lastValue(ctx.beacon, `${id}.score`);
  const threshold = [
    c.score !== undefined && `score ≥ ${c.score}%`,
    c["no-drop"] && `no drop${prev !== undefined ? ` (was ${prev}%)` : ""}`,
  ]
    .filter(Boolean)
    .join(", ");
  const { files } = await expand(ctx.root, [c.report], pathOf(c, ctx));
  if (files.length !== 1) {
    return failed(
      c,
      threshold,
      "no report",
      files.length
        ? `${c.report} matches ${files.length} files. Fix: point report at one file`
        : `no mutation report matches ${c.report}. Fix: run Stryker with the json reporter before the gate`,
      files,
    );
  }
  const text = await readReport(ctx.root, files[0], pathOf(c, ctx));
  let s;
  try {
    s = parseMutationReport(text, files[0]);
  } catch (e) {
    return fromError(c, threshold, e, files);
  }
  const reasons: string[] = [];
  const metrics: Record<string, number> = {};
  if (s.score !== null) metrics[`${id}.score`] = round2(s.score);
  if (c.score !== undefined) {
    if (s.score === null) reasons.push("the report has no valid mutant. Fix: check Stryker's mutate patterns");
    else if (round2(s.score) < c.score)
      reasons.push(
        `mutation score ${fmt(s.score)} is below ${c.score}%. Fix: strengthen the tests that let ${s.counts.Survived} mutants survive`,
      );
  }
  if (c["no-drop"]) noDrop(ctx, `${id}.score`, s.score, "the mutation score", reasons);
  const value = `${fmt(s.score)} (${s.detected} of ${s.valid} detected, ${s.counts.Survived} survived, ${s.counts.NoCoverage} no coverage)`;
  const r: ConditionResult = { id, type: c.type, pass: reasons.length === 0, value, threshold, evidence: files, metrics };
  if (reasons.length) r.reason = reasons.join("; ");
  return r;
}

async function evalFiles(c: Extract<Condition, { type: "files" }>, ctx: EvalContext): Promise<ConditionResult> {
  const threshold = `${c.paths.length} path${c.paths.length > 1 ? "s exist" : " exists"}${c["non-empty"] ? ", not empty" : ""}`;
  const { files, unmatched } = await expand(ctx.root, c.paths, pathOf(c, ctx));
  const empty: string[] = [];
  if (c["non-empty"]) {
    for (const f of files) {
      const at = await insideWorkspace(ctx.root, f, { what: pathOf(c, ctx), noSymlink: true });
      const content = (await readRegularFile(at.abs, at.rel, MAX_REPORT_BYTES)) ?? Buffer.alloc(0);
      if (!/\S/.test(content.toString("utf8").replace(/^\uFEFF/, ""))) empty.push(f);
    }
  }
  const reasons: string[] = [];
  if (unmatched.length) reasons.push(`missing: ${unmatched.join(", ")}. Fix: create ${unmatched.length > 1 ? "them" : "it"}`);
  if (empty.length) reasons.push(`empty: ${empty.join(", ")}. Fix: write the content`);
  const r: ConditionResult = {
    id: conditionKey(c),
    type: c.type,
    pass: reasons.length === 0,
    value: `${c.paths.length - unmatched.length} of ${c.paths.length} present (${files.length} file${files.length === 1 ? "" : "s"})${empty.length ? `, ${empty.length} empty` : ""}`,
    threshold,
    evidence: files,
    metrics: {},
  };
  if (reasons.length) r.reason = reasons.join("; ");
  return r;
}

async function evalSpecHash(c: Extract<Condition, { type: "spec-hash" }>, ctx: EvalContext): Promise<ConditionResult> {
  const h = await computeSpecHash({ root: ctx.root, paths: ctx.playbook.playbook.spec });
  const recorded = ctx.beacon.specHash;
  const threshold = recorded ? recorded.slice(0, 12) : "(none recorded)";
  const r: ConditionResult = {
    id: conditionKey(c),
    type: c.type,
    pass: recorded === h.full,
    value: h.short,
    threshold,
    evidence: h.files,
    metrics: {},
  };
  if (h.missing.length) {
    r.pass = false;
    r.value = "missing";
    r.reason = `the spec path${h.missing.length > 1 ? "s" : ""} ${h.missing.join(", ")} in ${ctx.playbook.file}'s spec: match${h.missing.length > 1 ? "" : "es"} no file. Fix: correct spec: or create the file`;
    return r;
  }
  if (r.pass) return r;
  if (ctx.git) {
    // Amendments at any step: accepted amendments since the last advance re-base the condition.
    const { rebaseOnAmendments } = await import("./amendments.js");
    const rebase = await rebaseOnAmendments(ctx.git, {
      beaconFile: ctx.playbook.playbook.beacon.json,
      specPaths: ctx.playbook.playbook.spec,
      current: h.full,
    });
    if (rebase.accepted) {
      const last = rebase.amendments[rebase.amendments.length - 1];
      r.pass = true;
      r.threshold = `${threshold}, amended to ${h.short}`;
      ctx.notes?.push(
        `the spec was amended since the last advance (${rebase.amendments.map((a) => `${a.commit.slice(0, 12)}${a.adr ? ` with ${a.adr}` : ""}`).join(", ")}); spec-hash is judged against ${last.after ?? h.short}`,
      );
      return r;
    }
    r.reason = rebase.reason;
    return r;
  }
  r.reason = `the spec (${h.files.join(", ") || "no files"}) changed since the last advance (beacon ${threshold}, now ${h.short}): an amendment is pending. Fix: commit it as an amendment with its ADR (specpipe amend), or revert the spec change`;
  return r;
}

async function evalCommand(c: Extract<Condition, { type: "command" }>, ctx: EvalContext): Promise<ConditionResult> {
  const threshold = `exit 0 within ${c.timeout} s`;
  const cwd = path.resolve(ctx.root, c.cwd ?? ".");
  try {
    const r = await runProcess(c.run[0], c.run.slice(1), { cwd, env: ctx.env ?? process.env, timeoutMs: c.timeout * 1000 });
    const pass = r.code === 0 && !r.timedOut;
    const value = r.timedOut ? "timed out" : r.code === null ? `killed (${r.signal})` : `exit ${r.code}`;
    const res: ConditionResult = { id: conditionKey(c), type: c.type, pass, value, threshold, evidence: [], metrics: {} };
    if (!pass) {
      const tail = (r.stderr.toString("utf8") || r.stdout.toString("utf8")).trim().split("\n").slice(-5).join(" | ").slice(0, 500);
      res.reason = `\`${c.run.join(" ")}\` ${r.timedOut ? `ran longer than ${c.timeout} s` : `ended with ${value}`}${tail ? `: ${tail}` : ""}. Fix: make the command pass`;
    }
    return res;
  } catch (e) {
    return failed(
      c,
      threshold,
      "did not start",
      `\`${c.run[0]}\` could not be started (${(e as Error).message}). Fix: install it or correct run:`,
    );
  }
}

async function evalChecks(c: Extract<Condition, { type: "checks" }>, ctx: EvalContext): Promise<ConditionResult> {
  const threshold = "all successful";
  let gh: GitHubContext | undefined;
  try {
    gh = typeof ctx.github === "function" ? await ctx.github() : ctx.github;
  } catch (e) {
    return fromError(c, threshold, e, []);
  }
  if (!gh || !ctx.sha) {
    return failed(
      c,
      threshold,
      "not asked",
      "the checks condition needs the GitHub API and the commit. Fix: pass a token (and run in a GitHub workflow, or set GITHUB_REPOSITORY)",
    );
  }
  const {
    api,
    repo: { owner, repo },
  } = gh;
  // The job running the gate is itself an unfinished check run of this commit: its name is the
  // job id (GITHUB_JOB) unless the job has a name:, which `ignore` then has to list.
  const own = (ctx.env ?? process.env).GITHUB_JOB;
  const ignore = [...c.ignore, ...(own ? [own] : [])].map(wildcard);
  const ignored = (name: string) => ignore.some((re) => re.test(name));
  try {
    const [runs, combined] = await Promise.all([
      api.listCheckRuns({ owner, repo, ref: ctx.sha }),
      api.getCombinedStatus({ owner, repo, ref: ctx.sha }),
    ]);
    const OK = new Set(["success", "neutral", "skipped"]);
    const considered = runs.filter((r) => !ignored(r.name));
    const statuses = combined.statuses.filter((s) => !ignored(s.context));
    const badRuns = considered.filter((r) => r.status !== "completed" || !OK.has(r.conclusion ?? ""));
    const badStatuses = statuses.filter((s) => s.state !== "success");
    const problems: string[] = [];
    // Every page was read; should GitHub still count more contexts than came back, the statuses
    // seen are not all there are, and the gate does not pass on part of them.
    if (combined.totalCount > combined.statuses.length)
      problems.push(`only ${combined.statuses.length} of ${combined.totalCount} commit statuses could be read`);
    // GitHub's combined state covers every context; unless some were ignored it decides.
    const anyIgnored = statuses.length !== combined.statuses.length;
    if (!anyIgnored && combined.totalCount > 0 && combined.state !== "success" && badStatuses.length === 0)
      problems.push(`the combined status is ${combined.state}`);
    const total = considered.length + statuses.length;
    const okCount = total - badRuns.length - badStatuses.length;
    const res: ConditionResult = {
      id: conditionKey(c),
      type: c.type,
      pass: badRuns.length + badStatuses.length + problems.length === 0,
      value: `${okCount} of ${total} successful${!anyIgnored && combined.totalCount > 0 && combined.state !== "success" ? `, combined status ${combined.state}` : ""}`,
      threshold,
      evidence: [],
      metrics: {},
    };
    if (!res.pass) {
      const list = [
        ...problems,
        ...badRuns.map((r) => `${r.name}: ${r.status === "completed" ? r.conclusion : r.status}`),
        ...badStatuses.map((s) => `${s.context}: ${s.state}`),
      ];
      res.reason = `not successful: ${list.slice(0, 10).join("; ")}${list.length > 10 ? ` and ${list.length - 10} more` : ""}. Fix: make them pass (or list the gate's own job under ignore:)`;
    }
    return res;
  } catch (e) {
    return fromError(c, threshold, e, []);
  }
}

export async function evaluateCondition(c: Condition, ctx: EvalContext): Promise<ConditionResult> {
  // One evaluator per condition type; the mapped type makes a new type without one a compile error.
  const evaluate = EVALUATORS[c.type] as (c: Condition, ctx: EvalContext) => Promise<ConditionResult>;
  return evaluate(c, ctx);
}

const EVALUATORS: { [T in Condition["type"]]: (c: Extract<Condition, { type: T }>, ctx: EvalContext) => Promise<ConditionResult> } = {
  tests: evalTests,
  coverage: evalCoverage,
  mutation: evalMutation,
  files: evalFiles,
  "spec-hash": evalSpecHash,
  command: evalCommand,
  checks: evalChecks,
};

/** In order (commands may depend on files the previous ones wrote). */
export async function evaluateConditions(list: readonly Condition[], ctx: EvalContext): Promise<ConditionResult[]> {
  const out: ConditionResult[] = [];
  for (const c of list) out.push(await evaluateCondition(c, ctx));
  return out;
}
