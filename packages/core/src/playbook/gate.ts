import * as path from "node:path";
import { UserError } from "../errors.js";
import { applyPlan, planDiff, planEdit, type FileEdit, type Plan } from "../fs/plan.js";
import { readIfExists } from "../fs/atomic.js";
import { Git } from "../git/git.js";
import { pushWithRebase } from "../git/push.js";
import { computeSpecHash } from "../spec/hash.js";
import { detectEol } from "../text/document.js";
import {
  nextTransition,
  parseBeacon,
  sealBeacon,
  serializeBeacon,
  validateBeacon,
  type Beacon,
  type BeaconViolation,
  type Transition,
} from "./beacon.js";
import type { CommitRange } from "../commits/range.js";
import { fileAt, readRange, trailerValues } from "./commits.js";
import { evaluateConditions, type ConditionResult, type EvalContext } from "./conditions.js";
import { DEFAULT_PLAYBOOK, loadPlaybook, type FlatStep, type LoadedPlaybook } from "./load.js";
import { checkProgressMd, updateProgressMd } from "./progress-md.js";

/**
 * The playbook gate: status (report), check (pull requests: the beacon and the commit rules),
 * advance (evaluate the active step; when every exit condition holds, move exactly one step,
 * write both beacon files atomically, commit with trailers, push). Only `advance` writes, and
 * only the beacon.
 */
export const TRAILER_STEP = "Playbook-Step";
export const TRAILER_GATE = "Playbook-Gate";
export const TRAILER_FROM = "Playbook-From";
export const TRAILER_SPEC = "Spec-Hash";

export interface Violation {
  code: string;
  message: string;
  hint: string;
  severity: "error" | "notice";
  file?: string;
  commit?: string;
}

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

export interface GateState {
  playbook: LoadedPlaybook;
  beacon: Beacon;
  step: FlatStep;
  jsonFile: string;
  mdFile: string;
  jsonBytes: Buffer;
  mdBytes: Buffer;
  violations: Violation[];
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
}

function fromBeacon(v: BeaconViolation): Violation {
  return { code: v.code, message: v.message, hint: v.hint, severity: v.severity, file: v.file };
}

/** Read playbook and beacon; validate the beacon against the playbook. Unknown step: throws. */
export async function readGateState(options: GateOptions): Promise<GateState> {
  const pb = await loadPlaybook(options.root, options.playbook ?? DEFAULT_PLAYBOOK);
  const jsonFile = pb.playbook.beacon.json;
  const mdFile = pb.playbook.beacon.markdown;
  const jsonBytes = await readIfExists(path.join(options.root, jsonFile));
  if (!jsonBytes) {
    throw new UserError(`${jsonFile} does not exist`, {
      file: jsonFile,
      hint: "create the beacon with `specpipe init` (`specpipe init --beacon-only` when playbook.yml exists), or restore it from git",
      code: "beacon.missing",
    });
  }
  const beacon = parseBeacon(jsonBytes.toString("utf8"), jsonFile);
  const violations = validateBeacon(pb, beacon, jsonFile).map(fromBeacon);
  const unknown = violations.find((v) => v.code === "beacon.unknown-step");
  if (unknown) throw new UserError(unknown.message, { file: jsonFile, hint: unknown.hint, code: unknown.code });
  const mdBytes = await readIfExists(path.join(options.root, mdFile));
  if (!mdBytes) {
    throw new UserError(`${mdFile} does not exist`, {
      file: mdFile,
      hint: `restore it from git; the gate keeps it in step with ${jsonFile}`,
      code: "beacon.missing-md",
    });
  }
  for (const v of checkProgressMd(mdBytes, pb, beacon, mdFile)) violations.push(fromBeacon(v));
  return { playbook: pb, beacon, step: pb.byId.get(beacon.step)!, jsonFile, mdFile, jsonBytes, mdBytes, violations };
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
}

async function evaluate(state: GateState, options: GateOptions, sha: string | undefined): Promise<Evaluation> {
  if (state.beacon.status === "done") return { conditions: [], loopConditions: [], blockedBy: [], transition: undefined };
  const ctx: EvalContext = {
    root: options.root,
    playbook: state.playbook,
    beacon: state.beacon,
    sha,
    github: options.github,
    env: options.env,
  };
  const conditions = await evaluateConditions(state.step.exit, ctx);
  const until = state.step.loop?.until ?? [];
  const loopConditions = until.length ? await evaluateConditions(until, ctx) : [];
  const loopEnds = until.length > 0 && loopConditions.every((c) => c.pass);
  const transition = nextTransition(state.playbook, state.step, state.beacon.iteration, loopEnds);
  return { conditions, loopConditions, blockedBy: conditions.filter((c) => !c.pass), transition };
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
    ...extra,
  };
}

/** status: read, validate, evaluate; write nothing. */
export async function playbookStatus(options: GateOptions): Promise<GateReport> {
  const state = await readGateState(options);
  return report("status", state, await evaluate(state, options, await headSha(options)));
}

/**
 * check: the beacon is valid (digest, history, progress.md's generated sections) and, for the
 * commits in from..to: each carries `Playbook-Step: <active step>`; none but the gate's own
 * commits changed progress.json or progress.md's Step/Details; the gate's commits changed nothing
 * but the beacon.
 */
export async function playbookCheck(options: GateOptions & { from?: string; to?: string; range?: CommitRange }): Promise<GateReport> {
  const state = await readGateState(options);
  const violations = [...state.violations];
  let commits: number | undefined;
  const range: CommitRange | undefined = options.range ?? (options.from ? { from: options.from, to: options.to ?? "HEAD" } : undefined);
  if (range && options.git) {
    const git = options.git;
    const list = await readRange(git, range);
    commits = list.length;
    const active = state.beacon.step;
    for (const c of list) {
      const short = c.sha.slice(0, 12);
      const isGate = trailerValues(c, TRAILER_GATE).some((v) => v.toLowerCase() === "advance");
      if (c.parents.length > 1) continue; // merges carry no work of their own
      const touchesJson = c.files.includes(state.jsonFile);
      const touchesMd = c.files.includes(state.mdFile);
      if (isGate) {
        const other = c.files.filter((f) => f !== state.jsonFile && f !== state.mdFile);
        if (other.length) {
          violations.push({
            code: "commit.gate-commit-not-beacon-only",
            message: `commit ${short} ("${c.subject}") is marked ${TRAILER_GATE}: advance but also changes ${other.slice(0, 3).join(", ")}`,
            hint: `only the gate makes ${TRAILER_GATE} commits; remove the trailer from ${short} (git rebase -i) and keep beacon changes out of it`,
            severity: "error",
            commit: c.sha,
          });
        }
        continue;
      }
      const parent = c.parents[0];
      // Commits from before the playbook started (no beacon in their parent) are not judged by it:
      // that includes the commit that creates the beacon (specpipe init).
      const beaconBefore = parent !== undefined && (await fileAt(git, parent, state.jsonFile)) !== undefined;
      if (!beaconBefore) continue;
      const steps = trailerValues(c, TRAILER_STEP);
      if (steps.length === 0) {
        violations.push({
          code: "commit.missing-step",
          message: `commit ${short} ("${c.subject}") has no ${TRAILER_STEP} trailer`,
          hint: `add the trailer "${TRAILER_STEP}: ${active}" to its message (git rebase -i, reword)`,
          severity: "error",
          commit: c.sha,
        });
      } else if (!steps.includes(active)) {
        violations.push({
          code: "commit.wrong-step",
          message: `commit ${short} ("${c.subject}") says ${TRAILER_STEP}: ${steps.join(", ")}, but the active step is ${active}`,
          hint: `work on the active step only: change the trailer to "${TRAILER_STEP}: ${active}" (git rebase -i, reword), or wait for the gate to reach that step`,
          severity: "error",
          commit: c.sha,
        });
      }
      if (touchesJson) {
        violations.push({
          code: "commit.beacon-edited",
          message: `commit ${short} ("${c.subject}") changes ${state.jsonFile}; only the playbook gate may`,
          hint: `revert its change to ${state.jsonFile} (git checkout ${short}^ -- ${state.jsonFile}, then amend or add a commit)`,
          severity: "error",
          commit: c.sha,
          file: state.jsonFile,
        });
      }
      if (touchesMd && parent) {
        const before = await fileAt(git, parent, state.mdFile);
        const after = await fileAt(git, c.sha, state.mdFile);
        if (before !== undefined && (after === undefined || generatedSections(before) !== generatedSections(after))) {
          violations.push({
            code: "commit.progress-md-edited",
            message: `commit ${short} ("${c.subject}") ${after === undefined ? "deletes" : "changes the Step or Details section of"} ${state.mdFile}; only the playbook gate may (Notes are yours)`,
            hint: `revert that part of ${short} and put your text under "## Notes"`,
            severity: "error",
            commit: c.sha,
            file: state.mdFile,
          });
        }
      }
    }
  }
  const e: Evaluation = {
    conditions: [],
    loopConditions: [],
    blockedBy: [],
    transition: state.beacon.status === "done" ? undefined : nextTransition(state.playbook, state.step, state.beacon.iteration, false),
  };
  return { ...report("check", { ...state, violations }, e), ...(commits !== undefined ? { commits } : {}) };
}

/** The Step and Details sections' text, normalised (for comparing two versions of progress.md). */
function generatedSections(bytes: Buffer): string {
  const text = bytes.toString("utf8").replace(/\r\n/g, "\n");
  const step = /^## Step[ \t]*\n([\s\S]*?)^## Notes[ \t]*$/m.exec(text);
  return step ? step[1].trim() : text;
}

export interface AdvanceOptions extends GateOptions {
  dryRun?: boolean;
  /** Commit the beacon (default true; with dryRun nothing is written at all). */
  commit?: boolean;
  /** Push the commit (and tag) to `remote` (default true when committing). */
  push?: boolean;
  remote?: string;
  /** Branch to push to; default the current branch. */
  branch?: string;
  /** Create the tag playbook/<step> (playbook/<step>-i<n> after the first iteration). */
  tag?: boolean;
  /** Committer/author of the gate's commit; default git's configuration. */
  identity?: { name: string; email: string };
  /** Push attempts (fetch + rebase between them); default 3. */
  attempts?: number;
}

export function advanceMessage(state: GateState, t: Transition, results: ConditionResult[], specShort: string): string {
  const to = t.to ?? "done";
  const subject = `chore(playbook): advance ${t.from} → ${to}${t.looped ? ` (iteration ${t.iteration})` : ""}`;
  const lines = [
    subject,
    "",
    `${state.step.name} (${t.from}) is complete: ${results.length ? "every exit condition holds." : "it has no exit conditions."}`,
  ];
  if (results.length) {
    lines.push("");
    for (const r of results) lines.push(`- ${r.id}: ${r.value} (needs ${r.threshold})`);
  }
  lines.push(
    "",
    `${TRAILER_STEP}: ${to === "done" ? t.from : to}`,
    `${TRAILER_FROM}: ${t.from}`,
    `${TRAILER_GATE}: advance`,
    `${TRAILER_SPEC}: ${specShort}`,
  );
  return lines.join("\n") + "\n";
}

export function tagName(t: Transition): string {
  const step = t.to ?? t.from;
  return t.iteration > 1 && t.to !== null
    ? `playbook/${step}-i${t.iteration}`
    : t.to === null
      ? `playbook/${step}-done`
      : `playbook/${step}`;
}

/**
 * advance: evaluate the active step; when all exit conditions hold, plan the next beacon (one
 * step, never more), write progress.json and progress.md atomically, commit, push (fetch and
 * rebase on rejection), tag. A beacon with violations is never advanced nor overwritten.
 */
export async function playbookAdvance(options: AdvanceOptions): Promise<GateReport> {
  const state = await readGateState(options);
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
  if (state.beacon.status === "done" || !e.transition || e.blockedBy.length) return report("advance", state, e);
  const t = e.transition;
  const spec = await computeSpecHash({ root: options.root, paths: state.playbook.playbook.spec });
  const values: Record<string, number> = {};
  for (const r of e.conditions) Object.assign(values, r.metrics);
  const now = (options.now ?? (() => new Date()))();
  const next = sealBeacon({
    version: state.beacon.version,
    playbook: state.playbook.hash,
    step: t.to ?? t.from,
    status: t.to === null ? "done" : "active",
    specHash: spec.full,
    iteration: t.iteration,
    history: [
      ...state.beacon.history,
      { from: t.from, to: t.to, at: now.toISOString(), commit: sha ?? "", iteration: t.iteration, playbook: state.playbook.hash, values },
    ],
  });
  const jsonText = serializeBeacon(next, detectEol(state.jsonBytes.toString("utf8")));
  const edits: FileEdit[] = [];
  const jsonEdit = planEdit(options.root, state.jsonFile, state.jsonBytes, Buffer.from(jsonText, "utf8"), [
    `advance ${t.from} → ${t.to ?? "done"}`,
  ]);
  const mdEdit = planEdit(options.root, state.mdFile, state.mdBytes, updateProgressMd(state.mdBytes, state.playbook, next, state.mdFile), [
    `Step and Details for ${next.step}`,
  ]);
  if (jsonEdit) edits.push(jsonEdit);
  if (mdEdit) edits.push(mdEdit);
  const plan: Plan = { edits };
  const base = report("advance", { ...state }, e, { plan, transition: t, nextStep: t.to });
  if (options.dryRun) return { ...base, diff: await planDiff(plan) };
  await applyPlan(plan);
  const after: GateReport = { ...base, advanced: true, step: next.step, done: next.status === "done", beacon: next };
  const nextStep =
    next.status === "done" ? null : nextTransition(state.playbook, state.playbook.byId.get(next.step)!, next.iteration, false).to;
  after.nextStep = nextStep;
  if (options.commit === false || !options.git) return after;
  const git = options.git;
  const message = advanceMessage(state, t, e.conditions, spec.short);
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
  if (options.push !== false) {
    await pushWithRetry(git, options);
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

async function pushWithRetry(git: Git, options: AdvanceOptions): Promise<void> {
  const remote = options.remote ?? "origin";
  const branch = options.branch ?? (await git.currentBranch());
  if (!branch) {
    throw new UserError("HEAD is detached, so the gate does not know which branch to push the advance to", {
      hint: "check out the branch (actions/checkout does on push events) or pass the branch input",
      code: "playbook.detached-head",
    });
  }
  await pushWithRebase(git, {
    remote,
    branch,
    tries: options.attempts ?? 3,
    texts: {
      subject: `pushing the advance to ${remote}/${branch}`,
      failedHint:
        "give the workflow `permissions: contents: write` and let the gate push to the branch (branch protection may need an exception for it); the run can be repeated",
      failedCode: "playbook.push-failed",
      conflictMessage: `the beacon changed on ${remote}/${branch} while the gate was advancing (another advance?); nothing was pushed`,
      conflictHint: "run the gate again on the new head",
      conflictCode: "playbook.push-conflict",
    },
  });
}
