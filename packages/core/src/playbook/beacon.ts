import type { Violation } from "../violation.js";
import { createHash } from "node:crypto";
// zod/mini, not "zod": every playbook-gate run loads this module at start-up, and the full zod
// costs several times more to evaluate (start-up budget, ADR 0023). Same checks, same messages:
// the English locale is set in parseBeacon because zod/mini does not set one.
import { z } from "zod/mini";
import en from "zod/v4/locales/en.js";
import { UserError } from "../errors.js";
import { lineColumnAt } from "../text/document.js";
import { stepLabel, type FlatStep, type LoadedPlaybook } from "./load.js";

/**
 * The beacon: progress.json (for machines) and progress.md (for people).
 *
 * progress.json holds the playbook hash, the active step, its status, the spec hash, the loop
 * iteration and the history of advances with the evidence values. A `digest` over everything
 * else catches a hand edit even where git history is not available (shallow CI checkouts); the
 * commit rule in check mode (only `Playbook-Gate: advance` commits may touch the beacon) catches
 * the rest. The gate writes the file; nobody else does.
 */
export const BEACON_VERSION = 1;

const AdvanceSchema = z.strictObject({
  from: z.string(),
  /** null when the playbook was completed (the step stays the last one, status "done"). */
  to: z.nullable(z.string()),
  at: z.string(),
  commit: z.string(),
  /** The iteration after this advance. */
  iteration: z.int().check(z.minimum(1)),
  /** Hash of the playbook the advance was made under (the history is checked against it). */
  playbook: z.string(),
  /** Evidence values, e.g. { "coverage.lines": 84.2, "tests.passed": 120 }. */
  values: z.record(z.string(), z.number()),
  /** The CI run that made the advance (absent in beacons written before ADR 0035). */
  run: z.optional(
    z.strictObject({
      id: z.string().check(z.regex(/^\d{1,20}$/)),
      attempt: z.int().check(z.minimum(1)),
      workflow: z.optional(z.string()),
    }),
  ),
  /** The report files the exit conditions read, with their SHA-256 (committed or attached to the run). */
  evidence: z.optional(z.array(z.strictObject({ condition: z.string(), file: z.string(), sha256: z.string() }))),
  /** Why the step was aborted (an abort: back to an earlier step with a recorded reason). */
  reason: z.optional(z.string()),
});

const BeaconSchema = z.strictObject({
  version: z.literal(BEACON_VERSION),
  playbook: z.string(),
  step: z.string(),
  status: z.enum(["active", "done"]),
  specHash: z.nullable(z.string()),
  iteration: z.int().check(z.minimum(1)),
  history: z.array(AdvanceSchema),
  digest: z.string(),
});

export type Advance = z.output<typeof AdvanceSchema>;
export type Beacon = z.output<typeof BeaconSchema>;
export type BeaconBody = Omit<Beacon, "digest">;

/** The digest of a beacon's content: SHA-256 of its canonical JSON without the digest field. */
export function beaconDigest(body: BeaconBody): string {
  const canonical = JSON.stringify({
    version: body.version,
    playbook: body.playbook,
    step: body.step,
    status: body.status,
    specHash: body.specHash,
    iteration: body.iteration,
    history: body.history.map(orderedEntry),
  });
  return "sha256:" + createHash("sha256").update(canonical).digest("hex");
}

/** A history entry with its keys in the one order we write (optional keys only when present, so older digests hold). */
function orderedEntry(h: Advance): Advance {
  const out: Advance = {
    from: h.from,
    to: h.to,
    at: h.at,
    commit: h.commit,
    iteration: h.iteration,
    playbook: h.playbook,
    values: sortKeys(h.values),
  };
  if (h.run) out.run = { id: h.run.id, attempt: h.run.attempt, ...(h.run.workflow !== undefined ? { workflow: h.run.workflow } : {}) };
  if (h.evidence) out.evidence = h.evidence.map((e) => ({ condition: e.condition, file: e.file, sha256: e.sha256 }));
  if (h.reason !== undefined) out.reason = h.reason;
  return out;
}

function sortKeys(values: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(values).sort()) out[k] = values[k]!;
  return out;
}

export function sealBeacon(body: BeaconBody): Beacon {
  return { ...body, digest: beaconDigest(body) };
}

/** progress.json's exact text: two-space JSON, LF (or the existing file's EOL), final newline. */
export function serializeBeacon(beacon: Beacon, eol: "\n" | "\r\n" = "\n"): string {
  const ordered: Beacon = {
    version: beacon.version,
    playbook: beacon.playbook,
    step: beacon.step,
    status: beacon.status,
    specHash: beacon.specHash,
    iteration: beacon.iteration,
    history: beacon.history.map(orderedEntry),
    digest: beacon.digest,
  };
  const text = JSON.stringify(ordered, null, 2) + "\n";
  return eol === "\n" ? text : text.replace(/\n/g, "\r\n");
}

/** Parse progress.json. Corrupt JSON or a wrong shape: a UserError at the place, never a rewrite. */
export function parseBeacon(text: string, file: string): Beacon {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (cause) {
    const m = /position (\d+)/.exec(String((cause as Error).message));
    const at = m ? lineColumnAt(body, Number(m[1])) : undefined;
    throw new UserError(`${file} is not valid JSON (${String((cause as Error).message).split("\n")[0]})`, {
      file,
      line: at?.line,
      column: at?.column,
      hint: `restore it from git (git checkout <last good commit> -- ${file}); only the playbook gate writes it`,
      code: "beacon.corrupt",
      cause,
    });
  }
  if (!z.config().localeError) z.config(en()); // what the full zod does on its first schema
  const r = BeaconSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const at = issue.path.map(String).join(".") || "(top level)";
    throw new UserError(`${file} is not a playbook beacon: ${at}: ${issue.message}`, {
      file,
      hint: `restore it from git (git checkout <last good commit> -- ${file}); only the playbook gate writes it`,
      code: "beacon.invalid",
    });
  }
  return r.data;
}

/** The beacon a new playbook starts with: its first step, active, iteration 1, no history. */
export function initialBeacon(pb: LoadedPlaybook, specHash: string | null): Beacon {
  return sealBeacon({
    version: BEACON_VERSION,
    playbook: pb.hash,
    step: pb.steps[0].id,
    status: "active",
    specHash,
    iteration: 1,
    history: [],
  });
}

// ---- transitions -------------------------------------------------------------------------------

export interface Transition {
  from: string;
  /** null: the playbook is complete. */
  to: string | null;
  iteration: number;
  /** true when a loop returned to its start. */
  looped: boolean;
  /** true when the step was aborted back to an earlier one (its `abort:`). */
  aborted?: boolean;
}

/**
 * Where advancing from `step` leads. At the end of a loop, `loopEnds` says whether the loop's
 * `until` conditions hold (or its `max` was reached); otherwise the loop returns to its start.
 */
export function nextTransition(pb: LoadedPlaybook, step: FlatStep, iteration: number, loopEnds: boolean): Transition {
  const loop = step.loop;
  if (loop && !loopEnds && !(loop.max !== undefined && iteration >= loop.max)) {
    return { from: step.id, to: loop.to, iteration: iteration + 1, looped: true };
  }
  const next = pb.steps[step.order + 1];
  return { from: step.id, to: next ? next.id : null, iteration: loop ? 1 : iteration, looped: false };
}

/**
 * Aborting a step (its `abort: { to }`, e.g. B4 back to B1: "refinement failed, the plan has to
 * change"): back to the earlier step, as a new iteration, whatever the exit conditions say.
 */
export function abortTransition(step: FlatStep, iteration: number): Transition | undefined {
  if (!step.abort) return undefined;
  return { from: step.id, to: step.abort.to, iteration: iteration + 1, looped: true, aborted: true };
}

/** All transitions that may follow `step` (for validating a history). */
export function legalTransitions(pb: LoadedPlaybook, step: FlatStep, iteration: number): Transition[] {
  const out = [nextTransition(pb, step, iteration, true)];
  if (step.loop) out.push(nextTransition(pb, step, iteration, false));
  const abort = abortTransition(step, iteration);
  if (abort) out.push(abort);
  return out;
}

// ---- validation ----------------------------------------------------------------------------------

/** A broken rule of the beacon: always about one of its files. */
export type BeaconViolation = Violation & { file: string };

/**
 * Is this beacon a state the gate could have written for this playbook? Checks: the digest, the
 * step exists, the status, and (when the playbook is the one the beacon was written for) that the
 * history is a chain of legal one-step transitions from the first step to the active one, so a
 * skipped step or an edited iteration is caught.
 */
export function validateBeacon(pb: LoadedPlaybook, beacon: Beacon, file: string): BeaconViolation[] {
  const v: BeaconViolation[] = [];
  const fix = `restore ${file} from git; only the playbook gate changes it (by advancing)`;
  if (beaconDigest(beacon) !== beacon.digest) {
    v.push({
      code: "beacon.hand-edited",
      message: `${file} was edited by hand: its digest does not match its content`,
      hint: fix,
      file,
      severity: "error",
    });
  }
  const step = pb.byId.get(beacon.step);
  if (!step) {
    v.push({
      code: "beacon.unknown-step",
      message: `${file} names step "${beacon.step}", which ${pb.file} does not have`,
      hint: `add step ${beacon.step} back to ${pb.file}, or restore ${file} from git`,
      file,
      severity: "error",
    });
    return v;
  }
  if (beacon.status === "done" && step.order !== pb.steps.length - 1) {
    v.push({
      code: "beacon.bad-status",
      message: `${file} says the playbook is done, but ${beacon.step} is not its last step`,
      hint: fix,
      file,
      severity: "error",
    });
  }
  if (beacon.playbook !== pb.hash) {
    v.push({
      code: "beacon.playbook-changed",
      message: `${pb.file} changed since the beacon was last written; its history is not re-checked against the new playbook`,
      hint: "nothing to do: the next advance records the new playbook",
      file,
      severity: "notice",
    });
    return v;
  }
  // The history is checked from where the current playbook took over: the first step, or the step
  // that was active when the playbook last changed (advances made under an older playbook are
  // history, not re-judged by today's steps).
  let start = beacon.history.length;
  while (start > 0 && beacon.history[start - 1].playbook === pb.hash) start--;
  let at = pb.steps[0];
  let iteration = 1;
  let done = false;
  if (start > 0 && start === beacon.history.length) {
    // Every advance records the playbook it wrote into the beacon: the last entry must name it.
    v.push({
      code: "beacon.bad-history",
      message: `${file}: the last history entry was not made under the playbook the beacon names`,
      hint: fix,
      file,
      severity: "error",
    });
    return v;
  }
  if (start > 0) {
    const takeover = pb.byId.get(beacon.history[start].from);
    if (!takeover) {
      v.push({
        code: "beacon.bad-history",
        message: `${file}: history entry ${start + 1} starts from step ${beacon.history[start].from}, which ${pb.file} does not have`,
        hint: fix,
        file,
        severity: "error",
      });
      return v;
    }
    at = takeover;
    iteration = beacon.history[start - 1].iteration;
  }
  for (let i = start; i < beacon.history.length; i++) {
    const h = beacon.history[i];
    const legal = done ? [] : legalTransitions(pb, at, iteration);
    const ok = h.from === at.id && legal.some((t) => t.to === h.to && t.iteration === h.iteration);
    if (!ok) {
      v.push({
        code: "beacon.bad-history",
        message: `${file}: history entry ${i + 1} (${h.from} → ${h.to ?? "done"}) does not follow from ${done ? "the completed playbook" : `${at.id} (iteration ${iteration})`}: a step was skipped or the history was edited`,
        hint: fix,
        file,
        severity: "error",
      });
      return v;
    }
    iteration = h.iteration;
    if (h.to === null) done = true;
    else at = pb.byId.get(h.to)!;
  }
  if (at.id !== beacon.step || iteration !== beacon.iteration || (beacon.status === "done") !== done) {
    v.push({
      code: "beacon.bad-history",
      message: `${file}: the active step ${beacon.step} (iteration ${beacon.iteration}, ${beacon.status}) is not where its history leads (${at.id}, iteration ${iteration}${done ? ", done" : ""})`,
      hint: fix,
      file,
      severity: "error",
    });
  }
  return v;
}

/** The latest recorded value of an evidence key (for `no-drop`), or undefined. */
export function lastValue(beacon: Beacon, key: string): number | undefined {
  for (let i = beacon.history.length - 1; i >= 0; i--) {
    const v = beacon.history[i].values[key];
    if (v !== undefined) return v;
  }
  return undefined;
}

export function stepTitle(step: FlatStep): string {
  return `${stepLabel(step)}: ${step.name} (${step.id})`;
}
