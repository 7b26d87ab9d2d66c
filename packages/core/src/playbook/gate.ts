import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import { applyPlan, planDiff, planEdit, type FileEdit, type Plan } from "../fs/plan.js";
import { Git } from "../git/git.js";
import { isNonFastForward } from "../git/git.js";
import { pushRefused } from "../git/push.js";
import { computeSpecHash } from "../spec/hash.js";
import { missingSpecError } from "../spec/paths.js";
import { decodeUtf8, detectEol } from "../text/document.js";
import {
  abortTransition,
  beaconDigest,
  nextTransition,
  parseBeacon,
  sealBeacon,
  serializeBeacon,
  validateBeacon,
  type Advance,
  type Beacon,
  type BeaconViolation,
  type Transition,
} from "./beacon.js";
import type { CommitRange } from "../commits/range.js";
import { checkPlaybookCommits, evidenceRef, fileAt, readRange, trailerValues, TRAILER_ABORT } from "./commits.js";
import { evaluateConditions, type ConditionResult, type EvalContext } from "./conditions.js";
import { DEFAULT_PLAYBOOK, loadPlaybook, parsePlaybook, type FlatStep, type LoadedPlaybook } from "./load.js";
import { checkProgressMd, updateProgressMd } from "./progress-md.js";
import { formatGateTrailer, verifyRun, type CiRun, type GateTrailer } from "./provenance.js";

/**
 * The playbook gate: status (report), check (pull requests: the beacon and the commit rules),
 * advance (evaluate the active step; when every exit condition holds, move exactly one step,
 * write both beacon files atomically, commit with trailers, push). Only `advance` writes, and
 * only the beacon.
 */
export { TRAILER_ABORT, TRAILER_GATE, TRAILER_STEP } from "./commits.js";
import { TRAILER_GATE, TRAILER_STEP } from "./commits.js";
export const TRAILER_FROM = "Playbook-From";
export const TRAILER_SPEC = "Spec-Hash";

import type { Violation } from "../violation.js";
export type { Violation };

export interface GateOptions {
  root: string;
  playbook?: string;
  /** Needed by check (commit range) and advance (commit, push). */
  git?: Git;
  github?: EvalContext["github"];
  /** The commit evaluated (checks condition) and recorded; default HEAD. */
  sha?: string;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

/** The beacon bytes in the work tree differ from HEAD's: left by an interrupted advance ("gate"), or by a person. */
export type Uncommitted = { kind: "gate" | "foreign"; head: { json: Buffer; md: Buffer | undefined } };

/** Beacon files are a page of JSON and Markdown; anything larger is not a beacon. */
const MAX_BEACON_BYTES = 16 * 1024 * 1024;

export interface GateState {
  playbook: LoadedPlaybook;
  beacon: Beacon;
  step: FlatStep;
  jsonFile: string;
  mdFile: string;
  jsonBytes: Buffer;
  mdBytes: Buffer;
  violations: Violation[];
  uncommitted?: Uncommitted;
}

export interface GateReport {
  mode: "status" | "check" | "advance";
  /** The active step after this run. */
  step: string;
  /** The step whose exit conditions were evaluated (the active step before this run). */
  evaluated: string;
  /** Where the next advance leads (null: the playbook completes, or is complete). */
  nextStep: string | null;
  done: boolean;
  advanced: boolean;
  transition?: Transition;
  conditions: ConditionResult[];
  /** Conditions of the loop that ends at this step (they decide where it goes, never block). */
  loopConditions: ConditionResult[];
  blockedBy: ConditionResult[];
  violations: Violation[];
  playbook: LoadedPlaybook;
  beacon: Beacon;
  plan?: Plan;
  diff?: string;
  commit?: string;
  pushed?: boolean;
  tag?: string;
  /** Commits checked (check mode). */
  commits?: number;
  /** What the run noticed and did on its own (an interrupted advance redone, a spec amendment re-based). */
  notes?: string[];
}

function fromBeacon(v: BeaconViolation): Violation {
  return { code: v.code, message: v.message, hint: v.hint, severity: v.severity, file: v.file };
}

async function readBeaconFile(root: string, file: string, what: string): Promise<{ rel: string; bytes: Buffer | undefined }> {
  const at = await insideWorkspace(root, file, { what, noSymlink: true });
  return { rel: at.rel, bytes: await readRegularFile(at.abs, at.rel, MAX_BEACON_BYTES) };
}

/** Read playbook and beacon; validate the beacon against the playbook. Unknown step: throws. */
export async function readGateState(options: GateOptions): Promise<GateState> {
  const pb = await loadPlaybook(options.root, options.playbook ?? DEFAULT_PLAYBOOK);
  const json = await readBeaconFile(options.root, pb.playbook.beacon.json, "the beacon (beacon.json)");
  const md = await readBeaconFile(options.root, pb.playbook.beacon.markdown, "the beacon (beacon.markdown)");
  const jsonFile = json.rel;
  const mdFile = md.rel;
  const jsonBytes = json.bytes;
  if (!jsonBytes) {
    throw new UserError(`${jsonFile} does not exist`, {
      file: jsonFile,
      hint: "create the beacon with `specpipe init` (`specpipe init --beacon-only` when playbook.yml exists), or restore it from git",
      code: "beacon.missing",
    });
  }
  const beacon = parseBeacon(decodeUtf8(jsonBytes, jsonFile), jsonFile);
  const violations = validateBeacon(pb, beacon, jsonFile).map(fromBeacon);
  const unknown = violations.find((v) => v.code === "beacon.unknown-step");
  if (unknown) throw new UserError(unknown.message, { file: jsonFile, hint: unknown.hint, code: unknown.code });
  if (options.git && violations.some((v) => v.code === "beacon.playbook-changed")) {
    violations.push(...(await underItsPlaybook(options.git, pb, beacon, jsonFile)));
  }
  const mdBytes = md.bytes;
  if (!mdBytes) {
    throw new UserError(`${mdFile} does not exist`, {
      file: mdFile,
      hint: `restore it from git; the gate keeps it in step with ${jsonFile}`,
      code: "beacon.missing-md",
    });
  }
  decodeUtf8(mdBytes, mdFile);
  for (const v of checkProgressMd(mdBytes, pb, beacon, mdFile)) violations.push(fromBeacon(v));
  if (pb.specDeclared) {
    // One definition of the spec: a path in spec: that matches nothing is an error, not "no spec".
    const spec = await computeSpecHash({ root: options.root, paths: pb.playbook.spec });
    if (spec.missing.length) throw missingSpecError({ paths: pb.playbook.spec, origin: "playbook", playbook: pb.file }, spec.missing);
  }
  const state: GateState = { playbook: pb, beacon, step: pb.byId.get(beacon.step)!, jsonFile, mdFile, jsonBytes, mdBytes, violations };
  const uncommitted = options.git ? await uncommittedBeacon(options.git, state) : undefined;
  if (uncommitted) {
    state.uncommitted = uncommitted;
    violations.push({
      code: "beacon.uncommitted",
      message:
        uncommitted.kind === "gate"
          ? `${jsonFile} holds an advance that was written but not committed (an interrupted run)`
          : `${jsonFile} has changes that are not committed, and not the gate's`,
      hint:
        uncommitted.kind === "gate"
          ? "the next advance redoes it; or restore the committed beacon: git checkout HEAD -- " + `${jsonFile} ${mdFile}`
          : `restore the committed beacon: git checkout HEAD -- ${jsonFile} ${mdFile}; only the gate changes it`,
      severity: uncommitted.kind === "gate" ? "notice" : "error",
      file: jsonFile,
    });
  }
  return state;
}

/**
 * The playbook changed since the beacon was last written, so today's steps do not judge its
 * history: the playbook committed with the beacon does. It must be the one the beacon names (a
 * beacon sealed by hand next to an edited playbook names none of git's), and the beacon must be
 * valid under it.
 */
async function underItsPlaybook(git: Git, pb: LoadedPlaybook, beacon: Beacon, jsonFile: string): Promise<Violation[]> {
  const last = (await git.raw(["log", "-1", "--format=%H", "--", jsonFile])).stdout.toString().trim();
  if (!last) return []; // not committed yet (specpipe init's own commit is the first)
  const text = await fileAt(git, last, pb.file);
  let then: LoadedPlaybook | undefined;
  try {
    then = text ? await parsePlaybook(decodeUtf8(text, pb.file), pb.file) : undefined;
  } catch {
    then = undefined;
  }
  if (!then || then.hash !== beacon.playbook) {
    return [
      {
        code: "beacon.playbook-unknown",
        message: `${jsonFile} names a playbook (${beacon.playbook.slice(0, 19)}…) that is not the ${pb.file} committed with it at ${last.slice(0, 12)}: the beacon was not written by the gate`,
        hint: `restore ${jsonFile} from git (git revert the commit that changed it); only the playbook gate changes it`,
        severity: "error",
        file: jsonFile,
      },
    ];
  }
  return validateBeacon(then, beacon, jsonFile)
    .filter((v) => v.severity === "error")
    .map(fromBeacon);
}

/**
 * A beacon in the work tree that differs from HEAD's: an advance that a killed run wrote but did
 * not commit (HEAD's history plus one entry evaluated at HEAD, digest intact), or someone's edit.
 */
async function uncommittedBeacon(git: Git, state: GateState): Promise<Uncommitted | undefined> {
  const headJson = await fileAt(git, "HEAD", state.jsonFile);
  if (!headJson || headJson.equals(state.jsonBytes)) return undefined;
  const headMd = await fileAt(git, "HEAD", state.mdFile);
  const head = { json: headJson, md: headMd };
  let committed: Beacon;
  try {
    committed = parseBeacon(decodeUtf8(headJson, state.jsonFile), state.jsonFile);
  } catch {
    return { kind: "foreign", head };
  }
  const now = state.beacon;
  const headSha = await git.revParse("HEAD");
  const last = now.history[now.history.length - 1];
  const gate =
    beaconDigest(now) === now.digest &&
    now.history.length === committed.history.length + 1 &&
    committed.history.every((h, i) => JSON.stringify(h) === JSON.stringify(now.history[i])) &&
    last?.commit === headSha;
  return { kind: gate ? "gate" : "foreign", head };
}

async function headSha(options: GateOptions): Promise<string | undefined> {
  if (options.sha) return options.sha;
  if (!options.git) return undefined;
  return options.git.revParse("HEAD");
}

interface Evaluation {
  conditions: ConditionResult[];
  loopConditions: ConditionResult[];
  blockedBy: ConditionResult[];
  transition: Transition | undefined;
  /** A Playbook-Abort request for the active step, when its step allows an abort. */
  abort?: AbortRequest;
  notes: string[];
}

export interface AbortRequest {
  commit: string;
  reason: string;
}

/**
 * The latest commit since the beacon last changed that asks to abort the active step
 * (`Playbook-Abort: <reason>`, made in that step), when the step declares `abort:`.
 */
async function findAbort(git: Git | undefined, state: GateState): Promise<AbortRequest | undefined> {
  if (!git || !state.step.abort || state.beacon.status !== "active") return undefined;
  const last = (await git.raw(["log", "-1", "--format=%H", "--", state.jsonFile])).stdout.toString().trim();
  if (!last) return undefined;
  const list = await readRange(git, { from: last, to: "HEAD" });
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i];
    const reason = trailerValues(c, TRAILER_ABORT)[0];
    if (reason && c.parents.length === 1 && trailerValues(c, TRAILER_STEP).includes(state.step.id)) return { commit: c.sha, reason };
  }
  return undefined;
}

async function evaluate(state: GateState, options: GateOptions, sha: string | undefined): Promise<Evaluation> {
  if (state.beacon.status === "done") return { conditions: [], loopConditions: [], blockedBy: [], transition: undefined, notes: [] };
  const notes: string[] = [];
  const ctx: EvalContext = {
    root: options.root,
    playbook: state.playbook,
    beacon: state.beacon,
    sha,
    github: options.github,
    env: options.env,
    git: options.git,
    notes,
  };
  const conditions = await evaluateConditions(state.step.exit, ctx);
  const until = state.step.loop?.until ?? [];
  const loopConditions = until.length ? await evaluateConditions(until, ctx) : [];
  const abort = await findAbort(options.git, state);
  if (abort) {
    notes.push(`${abort.commit.slice(0, 12)} asks to abort ${state.step.id}: ${abort.reason}`);
    // An abort goes back whatever the exit conditions say: they are reported, they do not block.
    return { conditions, loopConditions, blockedBy: [], transition: abortTransition(state.step, state.beacon.iteration), abort, notes };
  }
  const loopEnds = until.length > 0 && loopConditions.every((c) => c.pass);
  const transition = nextTransition(state.playbook, state.step, state.beacon.iteration, loopEnds);
  return { conditions, loopConditions, blockedBy: conditions.filter((c) => !c.pass), transition, notes };
}

function report(mode: GateReport["mode"], state: GateState, e: Evaluation, extra: Partial<GateReport> = {}): GateReport {
  return {
    mode,
    step: state.beacon.step,
    evaluated: state.beacon.step,
    nextStep: e.transition ? e.transition.to : null,
    done: state.beacon.status === "done",
    advanced: false,
    ...(e.transition ? { transition: e.transition } : {}),
    conditions: e.conditions,
    loopConditions: e.loopConditions,
    blockedBy: e.blockedBy,
    violations: state.violations,
    playbook: state.playbook,
    beacon: state.beacon,
    ...(e.notes.length ? { notes: e.notes } : {}),
    ...extra,
  };
}

/** status: read, validate, evaluate; write nothing. */
export async function playbookStatus(options: GateOptions): Promise<GateReport> {
  const state = await readGateState(options);
  return report("status", state, await evaluate(state, options, await headSha(options)));
}

export interface CheckOptions extends GateOptions {
  from?: string;
  to?: string;
  range?: CommitRange;
  /** The range is a pull request's: no commit may touch the beacon. */
  pullRequest?: boolean;
  /** The branch the gate advances on (run verification: the run must have run there). */
  branch?: string;
}

/** How many gate commits of a range are verified against the GitHub API (newest first; each is one request). */
export const MAX_RUNS_VERIFIED = 10;

/**
 * check: the beacon is valid (digest, history, progress.md's generated sections) and the commits
 * of the range follow the playbook's rules (commits.ts): each names the step active at its
 * parent; only verified gate commits change the beacon, and none in a pull request. With the
 * GitHub API, the runs the gate commits name are asked for (provenance.ts verifyRun).
 */
export async function playbookCheck(options: CheckOptions): Promise<GateReport> {
  const state = await readGateState(options);
  const violations = [...state.violations];
  let commits: number | undefined;
  const range: CommitRange | undefined = options.range ?? (options.from ? { from: options.from, to: options.to ?? "HEAD" } : undefined);
  const notes: string[] = [];
  if (range && options.git) {
    const git = options.git;
    const list = await readRange(git, range);
    commits = list.length;
    const gateCommits: { sha: string; trailer: GateTrailer }[] = [];
    for (const v of await checkPlaybookCommits(list, { git, playbook: state.playbook, pullRequest: options.pullRequest, gateCommits }))
      violations.push(v);
    // The gate's own pushes start no workflow, so its commits are rarely inside a pushed range: the
    // commit that wrote the beacon in force is judged (and its run verified) on every check.
    const last = await lastBeaconCommit(git, state.jsonFile, range.to ?? "HEAD");
    if (last && last.parents.length === 1 && !list.some((c) => c.sha === last.sha)) {
      const own = await readRange(git, { from: last.parents[0], to: last.sha });
      const found: { sha: string; trailer: GateTrailer }[] = [];
      for (const v of await checkPlaybookCommits(own, { git, playbook: state.playbook, gateCommits: found })) violations.push(v);
      gateCommits.unshift(...found);
    }
    if (gateCommits.length) violations.push(...(await verifyGateRuns(gateCommits, options, notes)));
  }
  const e: Evaluation = {
    conditions: [],
    loopConditions: [],
    blockedBy: [],
    transition: state.beacon.status === "done" ? undefined : nextTransition(state.playbook, state.step, state.beacon.iteration, false),
    notes,
  };
  return { ...report("check", { ...state, violations }, e), ...(commits !== undefined ? { commits } : {}) };
}

/** The commit that last wrote the beacon, as seen from `to`. */
async function lastBeaconCommit(git: Git, jsonFile: string, to: string): Promise<{ sha: string; parents: string[] } | undefined> {
  const r = await git.raw(["log", "-1", "--format=%H %P", "--end-of-options", to, "--", jsonFile]);
  const [sha, ...parents] = r.stdout.toString().trim().split(" ").filter(Boolean);
  return r.code === 0 && sha ? { sha, parents } : undefined;
}

async function verifyGateRuns(
  gateCommits: { sha: string; trailer: GateTrailer }[],
  options: CheckOptions,
  notes: string[],
): Promise<Violation[]> {
  const gh = typeof options.github === "function" ? await options.github() : options.github;
  if (!gh) {
    notes.push(
      `${gateCommits.length} gate commit(s) are well-formed, but the runs they name were not asked of GitHub (no token), so a made-up run id would pass here. Fix: set GITHUB_TOKEN (actions: read) to verify them; the playbook-gate action verifies them with its token`,
    );
    return [];
  }
  const out: Violation[] = [];
  const newest = gateCommits.slice(-MAX_RUNS_VERIFIED);
  for (const g of newest) {
    const problem = await verifyRun(gh.api, gh.repo, g.trailer, { branch: options.branch });
    if (problem)
      out.push({
        code: problem.code,
        message: `commit ${g.sha.slice(0, 12)} ${problem.message}`,
        hint: problem.hint,
        severity: "error",
        commit: g.sha,
      });
  }
  notes.push(
    `verified ${newest.length} gate commit(s) against GitHub's record of their runs${gateCommits.length > newest.length ? ` (the newest ${newest.length} of ${gateCommits.length})` : ""}`,
  );
  return out;
}

export interface AdvanceOptions extends GateOptions {
  dryRun?: boolean;
  /** Commit the beacon (default true; with dryRun nothing is written at all). */
  commit?: boolean;
  /**
   * The CI run making the advance (provenance.ts ciRunFromEnv). Committing needs it: only CI
   * advances; without it advance refuses to commit (a preview, dryRun, is always possible).
   */
  ci?: CiRun;
  /** Push the commit (and tag) to `remote` (default true when committing). */
  push?: boolean;
  remote?: string;
  /** Branch to push to; default the current branch. */
  branch?: string;
  /** Create the tag playbook/<step> (playbook/<step>-i<n> after the first iteration). */
  tag?: boolean;
  /** Committer/author of the gate's commit; default git's configuration. */
  identity?: { name: string; email: string };
}

export function advanceMessage(
  state: GateState,
  t: Transition,
  results: ConditionResult[],
  specShort: string,
  provenance?: { ci: CiRun; evidence: string },
  abort?: AbortRequest,
): string {
  const to = t.to ?? "done";
  const verb = t.aborted ? "abort" : "advance";
  const subject = `chore(playbook): ${verb} ${t.from} → ${to}${t.looped ? ` (iteration ${t.iteration})` : ""}`;
  const lines = [subject, ""];
  if (abort) lines.push(`${state.step.name} (${t.from}) is aborted, back to ${to}: ${abort.reason}`, "", `Asked for by ${abort.commit}.`);
  else
    lines.push(
      `${state.step.name} (${t.from}) is complete: ${results.length ? "every exit condition holds." : "it has no exit conditions."}`,
    );
  if (results.length && !abort) {
    lines.push("");
    for (const r of results) lines.push(`- ${r.id}: ${r.value} (needs ${r.threshold})`);
  }
  lines.push(
    "",
    `${TRAILER_STEP}: ${to === "done" ? t.from : to}`,
    `${TRAILER_FROM}: ${t.from}`,
    `${TRAILER_GATE}: ${provenance ? formatGateTrailer(t.aborted ? "abort" : "advance", provenance.ci, provenance.evidence) : verb}`,
    `${TRAILER_SPEC}: ${specShort}`,
  );
  return lines.join("\n") + "\n";
}

export function tagName(t: Transition): string {
  const step = t.to ?? t.from;
  if (t.aborted) return `playbook/${step}-i${t.iteration}`;
  return t.iteration > 1 && t.to !== null
    ? `playbook/${step}-i${t.iteration}`
    : t.to === null
      ? `playbook/${step}-done`
      : `playbook/${step}`;
}

/** The report files the conditions read, with their SHA-256: the evidence an advance cites. */
async function evidenceOf(root: string, results: readonly ConditionResult[]): Promise<NonNullable<Advance["evidence"]>> {
  const out: NonNullable<Advance["evidence"]> = [];
  for (const r of results) {
    for (const file of r.evidence.slice(0, 50)) {
      const at = await insideWorkspace(root, file, { what: "evidence file" });
      const bytes = await readRegularFile(at.abs, at.rel).catch(() => undefined);
      if (bytes) out.push({ condition: r.id, file: at.rel, sha256: `sha256:${createHash("sha256").update(bytes).digest("hex")}` });
    }
  }
  return out;
}

/**
 * advance: evaluate the active step; when all exit conditions hold (or an abort is asked for and
 * the step allows it), plan the next beacon (one step, never more), write progress.json and
 * progress.md atomically, commit with the run's provenance, push (fetch and rebase on rejection),
 * tag. A beacon with violations is never advanced nor overwritten; one that an interrupted run
 * wrote but did not commit is put back and the advance redone.
 */
export async function playbookAdvance(options: AdvanceOptions): Promise<GateReport> {
  const committing = !options.dryRun && options.commit !== false && options.git !== undefined;
  if (committing && !options.ci) {
    throw new UserError("the beacon advances only in CI, and this run was not told it is one", {
      hint: "preview with `specpipe playbook advance` (it writes nothing); the playbook-gate action advances on the default branch",
      code: "playbook.not-ci",
    });
  }
  let state = await readGateState(options);
  const notes: string[] = [];
  if (state.uncommitted?.kind === "gate" && !options.dryRun) {
    // A run was killed after writing the beacon and before committing it: put the committed
    // beacon back and evaluate again from there (never advance twice from one commit).
    const back: FileEdit[] = [];
    const j = planEdit(options.root, state.jsonFile, state.jsonBytes, state.uncommitted.head.json, ["restore the committed beacon"]);
    if (j) back.push(j);
    if (state.uncommitted.head.md) {
      const m = planEdit(options.root, state.mdFile, state.mdBytes, state.uncommitted.head.md, ["restore the committed beacon"]);
      if (m) back.push(m);
    }
    await applyPlan({ edits: back });
    notes.push(
      `${state.jsonFile} held an advance an earlier run wrote but did not commit; restored the committed beacon and evaluated again`,
    );
    state = await readGateState(options);
  }
  const errors = state.violations.filter((v) => v.severity === "error");
  if (errors.length) {
    const first = errors[0];
    throw new UserError(
      `the beacon is not valid, so the gate does not advance: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}`,
      {
        file: first.file,
        hint: first.hint,
        code: first.code,
      },
    );
  }
  const sha = await headSha(options);
  const e = await evaluate(state, options, sha);
  e.notes.unshift(...notes);
  if (state.beacon.status === "done" || !e.transition || e.blockedBy.length) return report("advance", state, e);
  const t = e.transition;
  const spec = await computeSpecHash({ root: options.root, paths: state.playbook.playbook.spec });
  const values: Record<string, number> = {};
  for (const r of e.conditions) Object.assign(values, r.metrics);
  const now = (options.now ?? (() => new Date()))();
  const entry: Advance = {
    from: t.from,
    to: t.to,
    at: now.toISOString(),
    commit: sha ?? "",
    iteration: t.iteration,
    playbook: state.playbook.hash,
    values: e.abort ? {} : values,
  };
  if (options.ci) {
    entry.run = { id: options.ci.id, attempt: options.ci.attempt, ...(options.ci.workflow ? { workflow: options.ci.workflow } : {}) };
    entry.evidence = e.abort ? [] : await evidenceOf(options.root, e.conditions);
  }
  if (e.abort) entry.reason = e.abort.reason;
  const next = sealBeacon({
    version: state.beacon.version,
    playbook: state.playbook.hash,
    step: t.to ?? t.from,
    status: t.to === null ? "done" : "active",
    specHash: spec.full,
    iteration: t.iteration,
    history: [...state.beacon.history, entry],
  });
  const jsonText = serializeBeacon(next, detectEol(state.jsonBytes.toString("utf8")));
  const edits: FileEdit[] = [];
  const jsonEdit = planEdit(options.root, state.jsonFile, state.jsonBytes, Buffer.from(jsonText, "utf8"), [
    `${t.aborted ? "abort" : "advance"} ${t.from} → ${t.to ?? "done"}`,
  ]);
  const mdEdit = planEdit(options.root, state.mdFile, state.mdBytes, updateProgressMd(state.mdBytes, state.playbook, next, state.mdFile), [
    `Step and Details for ${next.step}`,
  ]);
  if (jsonEdit) edits.push(jsonEdit);
  if (mdEdit) edits.push(mdEdit);
  const plan: Plan = { edits };
  const base = report("advance", { ...state }, e, { plan, transition: t, nextStep: t.to });
  if (options.dryRun) return { ...base, diff: await planDiff(plan) };
  if (committing && !sha) {
    throw new UserError("the gate cannot tell which commit it evaluated (no HEAD, no GITHUB_SHA)", {
      hint: "run the gate in a checkout of the branch (actions/checkout)",
      code: "playbook.no-head",
    });
  }
  if (committing && sha !== (await options.git!.revParse("HEAD"))) {
    // The gate's commit sits on the commit it evaluated (its evidence), or check refuses it.
    throw new UserError(
      `the gate evaluated ${sha!.slice(0, 12)} (GITHUB_SHA), but HEAD is another commit, so its advance cannot sit on it`,
      {
        hint: "run playbook-gate right after actions/checkout, before any step that commits (coverage-update commits after the gate)",
        code: "playbook.head-moved",
      },
    );
  }
  await applyPlan(plan);
  const after: GateReport = { ...base, advanced: true, step: next.step, done: next.status === "done", beacon: next };
  const nextStep =
    next.status === "done" ? null : nextTransition(state.playbook, state.playbook.byId.get(next.step)!, next.iteration, false).to;
  after.nextStep = nextStep;
  if (!committing || !options.git) return after;
  const git = options.git;
  const message = advanceMessage(state, t, e.conditions, spec.short, { ci: options.ci!, evidence: sha! }, e.abort);
  await git.run(["add", "--", state.jsonFile, state.mdFile]);
  // The identity goes through the environment, which wins over any configuration.
  const id = options.identity;
  const committer = id
    ? new Git({
        cwd: git.cwd,
        env: { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email },
      })
    : git;
  const idArgs = id ? ["-c", `user.name=${id.name}`, "-c", `user.email=${id.email}`] : [];
  await committer.run(["commit", "--quiet", "--no-verify", "--file=-", "--", state.jsonFile, state.mdFile], { input: message });
  const attached = await attachEvidence(committer, options.root, sha!, options.ci!, entry.evidence ?? []);
  if (options.push !== false) {
    if (!(await pushAdvance(git, options, attached))) {
      // Someone pushed meanwhile: this advance was evaluated on a commit that is no longer the
      // tip, and a gate commit sits on the commit it evaluated. The run for the new tip advances.
      await git.run(["reset", "--quiet", "--keep", "HEAD~1"]);
      e.notes.push(
        `the branch moved on while the gate evaluated ${sha!.slice(0, 12)}; nothing was pushed: the run for the new head evaluates it and advances`,
      );
      return { ...report("advance", state, e), plan };
    }
    after.pushed = true;
  }
  // After the push: a rebase may have changed the commit.
  after.commit = await git.head();
  if (options.tag) {
    const tag = tagName(t);
    await committer.run([...idArgs, "tag", "--annotate", "--message", message.split("\n")[0], tag, "HEAD"]);
    after.tag = tag;
    if (options.push !== false) {
      const r = await git.push(options.remote ?? "origin", [`refs/tags/${tag}:refs/tags/${tag}`]);
      if (r.code !== 0) {
        throw new UserError(
          `the advance was pushed, but pushing the tag ${tag} failed: ${(r.stderr.toString() || r.stdout.toString()).trim().split("\n").slice(-1)[0]}`,
          {
            hint: "delete the remote tag if an earlier run left it, or turn tagging off",
            code: "playbook.tag-failed",
          },
        );
      }
    }
  }
  return after;
}

/**
 * The report files an advance cites that are not committed at the evaluated commit (an artifact
 * of the run, usually) are attached to the run: a commit of just those files under
 * evidenceRef(run), pushed with the advance, so check can compare them (ADR 0040).
 */
async function attachEvidence(
  git: Git,
  root: string,
  sha: string,
  run: CiRun,
  evidence: NonNullable<Advance["evidence"]>,
): Promise<string | undefined> {
  const loose: { file: string; bytes: Buffer }[] = [];
  for (const e of evidence) {
    const committed = await fileAt(git, sha, e.file);
    if (committed && `sha256:${createHash("sha256").update(committed).digest("hex")}` === e.sha256) continue;
    const at = await insideWorkspace(root, e.file, { what: "evidence file", noSymlink: true });
    const bytes = await readRegularFile(at.abs, at.rel);
    if (bytes && !loose.some((l) => l.file === e.file)) loose.push({ file: at.rel, bytes });
  }
  if (!loose.length) return undefined;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "specpipe-evidence-"));
  try {
    const indexed = git.withEnv({ GIT_INDEX_FILE: path.join(dir, "index") });
    for (const l of loose) {
      const oid = (await git.run(["hash-object", "-w", "--stdin"], { input: l.bytes })).trim();
      await indexed.run(["update-index", "--add", "--cacheinfo", `100644,${oid},${l.file}`]);
    }
    const tree = (await indexed.run(["write-tree"])).trim();
    const commit = (await git.run(["commit-tree", tree, "-m", `evidence of run ${run.id}/${run.attempt} on ${sha}`])).trim();
    const ref = evidenceRef(run);
    await git.run(["update-ref", ref, commit]);
    return ref;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Push the evidence ref and the advance; false when the branch moved on (nothing of the advance is pushed). */
async function pushAdvance(git: Git, options: AdvanceOptions, attached: string | undefined): Promise<boolean> {
  const remote = options.remote ?? "origin";
  const branch = options.branch ?? (await git.currentBranch());
  if (!branch) {
    throw new UserError("HEAD is detached, so the gate does not know which branch to push the advance to", {
      hint: "check out the branch (actions/checkout does on push events) or pass the branch input",
      code: "playbook.detached-head",
    });
  }
  const subject = `pushing the advance to ${remote}/${branch}`;
  const texts = {
    failedHint:
      "give the workflow `permissions: contents: write` and let the gate push to the branch (branch protection may need an exception for it); the run can be repeated",
    failedCode: "playbook.push-failed",
  };
  if (attached) {
    const r = await git.push(remote, [`+${attached}:${attached}`]);
    if (r.code !== 0) throw pushRefused(r, remote, `pushing the advance's evidence (${attached}) to ${remote}`, texts);
  }
  const r = await git.push(remote, [`HEAD:refs/heads/${branch}`]);
  if (r.code === 0) return true;
  if (isNonFastForward(r)) return false;
  throw pushRefused(r, remote, subject, texts);
}
