import type { Violation } from "../violation.js";
import { createHash } from "node:crypto";
import { CatFile } from "../commits/catfile.js";
import { readCommits, type CommitRange } from "../commits/range.js";
import { UserError } from "../errors.js";
import type { Git } from "../git/git.js";
import { checkRev } from "../git/ref.js";
import { decodeUtf8 } from "../text/document.js";
import { beaconDigest, legalTransitions, parseBeacon, type Beacon } from "./beacon.js";
import type { LoadedPlaybook } from "./load.js";
import { parseGateTrailer, type GateTrailer } from "./provenance.js";

/**
 * The playbook's rules about commits, for `playbook check` (pull requests and pushes) and the
 * pre-push hook, judged the way the action judges them:
 * - merge commits carry no work of their own and are exempt; their parents are in the range;
 * - a commit made while the playbook runs (its first parent has a beacon) names the step that was
 *   active at that parent, which must be a step of the playbook: `Playbook-Step: <step>`;
 * - only the gate changes the beacon (progress.json, progress.md's Step and Details), in CI: such a
 *   commit carries `Playbook-Gate: advance run=… evidence=…`, changes nothing else, moves the beacon
 *   exactly one legal step from its parent's, and its history entry names the same run and the
 *   evidence commit, an ancestor; in a pull request no commit may touch the beacon at all.
 * Whether the named run really happened is asked of GitHub separately (provenance.ts verifyRun).
 */
export const TRAILER_STEP = "Playbook-Step";
export const TRAILER_GATE = "Playbook-Gate";
export const TRAILER_ABORT = "Playbook-Abort";

export interface RangeCommit {
  sha: string;
  parents: string[];
  subject: string;
  trailers: { key: string; value: string }[];
  /** Changed files and their status (A, M, D…), against the first parent. */
  files: { path: string; status?: string }[];
}

/** A broken rule of one commit of the range. */
export type CommitViolation = Violation & { commit: string };

export function trailerValues(c: Pick<RangeCommit, "trailers">, key: string): string[] {
  const k = key.toLowerCase();
  return c.trailers.filter((t) => t.key.toLowerCase() === k).map((t) => t.value.trim());
}

async function resolve(git: Git, rev: string, what: string): Promise<string> {
  const sha = await git.revParse(checkRev(rev, { what: `the ${what} of the range` }));
  if (!sha) {
    throw new UserError(`the ${what} commit ${rev} is not in this clone`, {
      hint: "check out with full history (actions/checkout with fetch-depth: 0), or pass from/to commits that exist",
      code: "playbook.range-missing",
    });
  }
  return sha;
}

/** Commits reachable from `to` but not from `from` (nor `exclude`), oldest first, with their changed files' status. */
export async function readRange(git: Git, range: CommitRange): Promise<RangeCommit[]> {
  const a = range.from ? await resolve(git, range.from, "base") : undefined;
  const b = await resolve(git, range.to ?? "HEAD", "head");
  const list = await readCommits(git, { ...range, from: a, to: b, stat: "names" });
  return list.map((c) => ({
    sha: c.sha,
    parents: c.parents,
    subject: c.header,
    trailers: c.trailers,
    files: c.files.map((f) => ({ path: f.path, status: f.status })),
  }));
}

/** A file's bytes at a commit, or undefined when it does not exist there. */
export async function fileAt(git: Git, sha: string, file: string): Promise<Buffer | undefined> {
  const r = await git.raw(["cat-file", "blob", "--end-of-options", `${sha}:${file}`]);
  return r.code === 0 ? r.stdout : undefined;
}

/** The Step and Details sections' text, normalised (for comparing two versions of progress.md). */
export function generatedSections(bytes: Buffer): string {
  const text = bytes.toString("utf8").replace(/\r\n/g, "\n");
  const step = /^## Step[ \t]*\n([\s\S]*?)^## Notes[ \t]*$/m.exec(text);
  return step ? step[1].trim() : text;
}

export interface BeaconFiles {
  json: string;
  md: string;
}

/** The beacon as committed at a commit (undefined: none there; "invalid": there but not a beacon). */
export class BeaconHistory {
  private readonly byBlob = new Map<string, Beacon | "invalid">();
  private readonly byCommit = new Map<string, { oid: string; beacon: Beacon | "invalid" } | null>();

  constructor(
    readonly cat: CatFile,
    readonly files: BeaconFiles,
  ) {}

  async at(commit: string): Promise<{ oid: string; beacon: Beacon | "invalid" } | undefined> {
    const known = this.byCommit.get(commit);
    if (known !== undefined) return known ?? undefined;
    const obj = await this.cat.read(`${commit}:${this.files.json}`);
    if (obj?.type !== "blob") {
      this.byCommit.set(commit, null);
      return undefined;
    }
    let beacon = this.byBlob.get(obj.oid);
    if (beacon === undefined) {
      try {
        beacon = parseBeacon(decodeUtf8(obj.content, this.files.json), this.files.json);
      } catch {
        beacon = "invalid";
      }
      this.byBlob.set(obj.oid, beacon);
    }
    const entry = { oid: obj.oid, beacon };
    this.byCommit.set(commit, entry);
    return entry;
  }

  /** Remember that a commit has its parent's beacon (it did not touch it). */
  inherit(commit: string, parent: string): void {
    const p = this.byCommit.get(parent);
    if (p !== undefined) this.byCommit.set(commit, p);
  }
}

/** The step that was active at a beacon: its step (a completed playbook stays on its last step). */
export function activeStepOf(beacon: Beacon): string {
  return beacon.step;
}

export interface CommitRulesOptions {
  git: Git;
  playbook: LoadedPlaybook;
  /** Pull request: no commit may touch the beacon. */
  pullRequest?: boolean;
  /** Gate commits found, for run verification (filled in). */
  gateCommits?: { sha: string; trailer: GateTrailer }[];
}

/** Every playbook rule about the commits of a range (see the module comment). */
export async function checkPlaybookCommits(list: readonly RangeCommit[], options: CommitRulesOptions): Promise<CommitViolation[]> {
  const { git, playbook: pb } = options;
  const files: BeaconFiles = { json: pb.playbook.beacon.json, md: pb.playbook.beacon.markdown };
  const cat = new CatFile(git);
  const beacons = new BeaconHistory(cat, files);
  const out: CommitViolation[] = [];
  try {
    for (const c of list) {
      const short = c.sha.slice(0, 12);
      const parent = c.parents[0];
      const touchesJson = c.files.some((f) => f.path === files.json);
      const touchesMd = c.files.some((f) => f.path === files.md);
      if (parent && !touchesJson) beacons.inherit(c.sha, parent);
      if (c.parents.length > 1) continue; // merges carry no work of their own; their parents are judged
      const before = parent ? await beacons.at(parent) : undefined;
      // Commits from before the playbook started (no beacon in their parent) are not judged by it:
      // that includes the commit that creates the beacon (specpipe init).
      if (!before) continue;
      let mdGenerated = false;
      if (touchesMd) {
        const a = await cat.read(`${parent}:${files.md}`);
        const b = await cat.read(`${c.sha}:${files.md}`);
        mdGenerated = a?.type === "blob" && (b?.type !== "blob" || generatedSections(a.content) !== generatedSections(b.content));
      }
      const gateValue = trailerValues(c, TRAILER_GATE)[0];
      const gate = gateValue !== undefined ? parseGateTrailer(gateValue) : undefined;
      if (touchesJson || mdGenerated || gate) {
        out.push(...(await gateCommitProblems(c, { before, pb, files, beacons, cat, git, gate, mdGenerated, options })));
        continue;
      }
      if (before.beacon === "invalid") continue; // the beacon itself is reported by check
      const active = activeStepOf(before.beacon);
      const steps = trailerValues(c, TRAILER_STEP);
      if (steps.length === 0) {
        out.push({
          code: "commit.missing-step",
          message: `commit ${short} ("${c.subject}") has no ${TRAILER_STEP} trailer`,
          hint: `add the trailer "${TRAILER_STEP}: ${active}" to its message (git rebase -i, reword; specpipe hooks install adds it)`,
          severity: "error",
          commit: c.sha,
        });
      } else if (!steps.includes(active)) {
        const unknown = steps.filter((s) => !pb.byId.has(s));
        out.push(
          unknown.length
            ? {
                code: "commit.unknown-step",
                message: `commit ${short} ("${c.subject}") says ${TRAILER_STEP}: ${unknown.join(", ")}, which ${pb.file} has no step for (the active step was ${active})`,
                hint: `change the trailer to "${TRAILER_STEP}: ${active}" (git rebase -i, reword)`,
                severity: "error",
                commit: c.sha,
              }
            : {
                code: "commit.wrong-step",
                message: `commit ${short} ("${c.subject}") says ${TRAILER_STEP}: ${steps.join(", ")}, but the active step at its parent was ${active}`,
                hint: `work on the active step only: change the trailer to "${TRAILER_STEP}: ${active}" (git rebase -i, reword; with the hooks installed a rebase does it), or wait for the gate to reach that step`,
                severity: "error",
                commit: c.sha,
              },
        );
      }
    }
  } finally {
    cat.close();
  }
  return out;
}

interface GateContext {
  before: { oid: string; beacon: Beacon | "invalid" };
  pb: LoadedPlaybook;
  files: BeaconFiles;
  beacons: BeaconHistory;
  cat: CatFile;
  git: Git;
  gate: GateTrailer | undefined;
  mdGenerated: boolean;
  options: CommitRulesOptions;
}

async function gateCommitProblems(c: RangeCommit, g: GateContext): Promise<CommitViolation[]> {
  const short = c.sha.slice(0, 12);
  const { files, gate } = g;
  const v = (code: string, message: string, hint: string, file?: string): CommitViolation => ({
    code,
    message: `commit ${short} ("${c.subject}") ${message}`,
    hint,
    severity: "error",
    commit: c.sha,
    ...(file ? { file } : {}),
  });
  const restore = `revert its change to the beacon (git checkout ${short}^ -- ${files.json} ${files.md}, then commit); only the playbook gate changes the beacon, in CI`;
  if (g.options.pullRequest) {
    return [
      v(
        "commit.beacon-in-pull-request",
        `changes the beacon (${[files.json, files.md].filter((f) => c.files.some((x) => x.path === f)).join(", ")}); a pull request may not: the gate advances it on the default branch, in CI`,
        `drop the change from the pull request (git checkout origin/HEAD -- ${files.json} ${files.md}, then commit)`,
        files.json,
      ),
    ];
  }
  if (!gate) {
    return [
      g.mdGenerated && !c.files.some((f) => f.path === files.json)
        ? v(
            "commit.progress-md-edited",
            `changes the Step or Details section of ${files.md}; only the playbook gate may (Notes are yours)`,
            `revert that part of ${short} and put your text under "## Notes"`,
            files.md,
          )
        : v("commit.beacon-edited", `changes ${files.json}; only the playbook gate may, in CI`, restore, files.json),
    ];
  }
  const out: CommitViolation[] = [];
  const other = c.files.filter((f) => f.path !== files.json && f.path !== files.md).map((f) => f.path);
  if (other.length) {
    out.push(
      v(
        "commit.gate-commit-not-beacon-only",
        `is marked ${TRAILER_GATE}: ${gate.kind} but also changes ${other.slice(0, 3).join(", ")}${other.length > 3 ? ` and ${other.length - 3} more` : ""}`,
        `only the gate makes ${TRAILER_GATE} commits, and they change the beacon alone: remove the trailer from ${short} (git rebase -i) and keep beacon changes out of it`,
      ),
    );
  }
  if (!gate.run || !gate.evidence) {
    out.push(
      v(
        "commit.gate-unverifiable",
        `is marked ${TRAILER_GATE}: ${gate.kind} but names no CI run and evidence commit (run=…, evidence=…): a local advance`,
        `${restore}; \`specpipe playbook advance\` only previews outside CI`,
        files.json,
      ),
    );
    return out;
  }
  const afterEntry = await g.beacons.at(c.sha);
  const before = g.before.beacon;
  const after = afterEntry?.beacon;
  if (!after || after === "invalid" || before === "invalid") {
    out.push(v("commit.gate-bad-beacon", `leaves ${files.json} ${after ? "unreadable" : "deleted"}`, restore, files.json));
    return out;
  }
  if (beaconDigest(after) !== after.digest) {
    out.push(v("commit.gate-bad-beacon", `leaves ${files.json} with a digest that does not match its content`, restore, files.json));
    return out;
  }
  const entry = after.history[after.history.length - 1];
  const sameHistory =
    after.history.length === before.history.length + 1 &&
    before.history.every((h, i) => JSON.stringify(h) === JSON.stringify(after.history[i]));
  if (!sameHistory || !entry) {
    out.push(
      v(
        "commit.gate-bad-transition",
        `does not add exactly one entry to the beacon's history (it had ${before.history.length}, now ${after.history.length}, or earlier entries changed)`,
        restore,
        files.json,
      ),
    );
    return out;
  }
  const from = g.pb.byId.get(before.step);
  const legal = from && before.status === "active" ? legalTransitions(g.pb, from, before.iteration) : [];
  if (
    entry.from !== before.step ||
    !legal.some((t) => t.to === entry.to && t.iteration === entry.iteration) ||
    (entry.to ?? entry.from) !== after.step
  ) {
    out.push(
      v(
        "commit.gate-bad-transition",
        `moves the beacon ${entry.from} → ${entry.to ?? "done"}, which is not one step from ${before.step} (iteration ${before.iteration})`,
        restore,
        files.json,
      ),
    );
  }
  if (!entry.run || entry.run.id !== gate.run.id || entry.run.attempt !== gate.run.attempt || entry.commit !== gate.evidence) {
    out.push(
      v(
        "commit.gate-trailer-mismatch",
        `names run ${gate.run.id}/${gate.run.attempt} and evidence ${gate.evidence.slice(0, 12)}, but the beacon's entry records ${entry.run ? `run ${entry.run.id}/${entry.run.attempt}` : "no run"} and ${entry.commit ? entry.commit.slice(0, 12) : "no commit"}`,
        restore,
        files.json,
      ),
    );
  }
  const ancestor = await g.git.raw(["merge-base", "--is-ancestor", "--end-of-options", gate.evidence, c.sha]);
  if (ancestor.code !== 0) {
    out.push(
      v(
        "commit.gate-evidence-missing",
        `cites evidence commit ${gate.evidence.slice(0, 12)}, which is not in its history`,
        "the gate evaluates the commit it advances from; this commit was not made that way: revert it",
        files.json,
      ),
    );
  } else {
    // Reports that are committed at the evidence commit must be the ones the entry names.
    for (const e of entry.evidence ?? []) {
      const obj = await g.cat.read(`${gate.evidence}:${e.file}`);
      if (obj?.type !== "blob") continue; // attached to the run, not committed
      const digest = createHash("sha256").update(obj.content).digest("hex");
      if (`sha256:${digest}` !== e.sha256) {
        out.push(
          v(
            "commit.gate-evidence-mismatch",
            `cites ${e.file} with ${e.sha256.slice(0, 19)}…, but ${e.file} at ${gate.evidence.slice(0, 12)} is another file`,
            restore,
            e.file,
          ),
        );
      }
    }
  }
  if (!out.length) g.options.gateCommits?.push({ sha: c.sha, trailer: gate });
  return out;
}
