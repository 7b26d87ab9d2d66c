import type { Violation } from "../violation.js";
import { createHash } from "node:crypto";
import { CatFile } from "../commits/catfile.js";
import { readCommits, type CommitRange } from "../commits/range.js";
import { UserError } from "../errors.js";
import type { Git } from "../git/git.js";
import { checkRev } from "../git/ref.js";
import { decodeUtf8 } from "../text/document.js";
import { beaconDigest, legalTransitions, parseBeacon, validateBeacon, type Beacon } from "./beacon.js";
import { SpecPaths, SpecReader } from "../spec/history.js";
import { conditionKey, parsePlaybook, type LoadedPlaybook } from "./load.js";
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
  /** The whole message (a revert names the commit it reverts in it). */
  message: string;
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
    message: c.message,
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

/** The ref under which the gate keeps the report files it cites that are not committed (ADR 0040). */
export function evidenceRef(run: { id: string; attempt: number }): string {
  return `refs/specpipe/evidence/${run.id}-${run.attempt}`;
}

/** The commit a `git revert` names in its message ("This reverts commit <sha>."). */
export function revertedCommit(message: string): string | undefined {
  return /^This reverts commit ([0-9a-f]{40}|[0-9a-f]{64})\b/m.exec(message)?.[1];
}

/** The beacon paths a playbook at a revision ("" = the index) declares, joined by NUL (undefined: no playbook there, or not a valid one). */
export async function beaconPathsAt(cat: CatFile, commit: string, file: string): Promise<string | undefined> {
  const obj = await cat.read(`${commit}:${file}`);
  if (obj?.type !== "blob") return undefined;
  try {
    const pb = await parsePlaybook(decodeUtf8(obj.content, file), file);
    return `${pb.playbook.beacon.json}\0${pb.playbook.beacon.markdown}`;
  } catch {
    return undefined;
  }
}

/** What a merge holds of the beacon (progress.json's blob, progress.md's generated sections) at a commit. */
async function beaconKey(cat: CatFile, commit: string, files: BeaconFiles): Promise<string> {
  const [json, md] = await Promise.all([cat.read(`${commit}:${files.json}`), cat.read(`${commit}:${files.md}`)]);
  return `${json?.type === "blob" ? json.oid : "-"}\0${md?.type === "blob" ? generatedSections(md.content) : "-"}`;
}

/**
 * A merge carries no work of its own only when it takes the beacon from one of its parents and
 * the spec from one of its parents: an "evil merge" that writes a beacon (or a spec) neither side
 * has would otherwise move the playbook, or amend the spec, without being judged.
 */
async function mergeProblems(c: RangeCommit, cat: CatFile, files: BeaconFiles, spec: SpecReader): Promise<CommitViolation[]> {
  const short = c.sha.slice(0, 12);
  const out: CommitViolation[] = [];
  const mine = await beaconKey(cat, c.sha, files);
  const theirs = await Promise.all(c.parents.map((p) => beaconKey(cat, p, files)));
  if (!theirs.includes(mine)) {
    out.push({
      code: "commit.merge-changes-beacon",
      message: `merge ${short} ("${c.subject}") has a ${files.json} or ${files.md} Step/Details that neither of its parents has: a merge takes the beacon from one side, only the gate changes it`,
      hint: `redo the merge keeping one side's beacon (during the merge: git checkout --ours -- ${files.json} ${files.md}), or revert the merge (git revert -m 1 ${short})`,
      severity: "error",
      commit: c.sha,
      file: files.json,
    });
  }
  const after = (await spec.at(c.sha)).hash.full;
  const before = await Promise.all(c.parents.map(async (p) => (await spec.at(p)).hash.full));
  if (!before.includes(after)) {
    out.push({
      code: "commit.merge-changes-spec",
      message: `merge ${short} ("${c.subject}") holds a spec that neither of its parents has: a spec change inside a merge is not an amendment`,
      hint: "redo the merge taking the spec from one side, and make the change as an amendment of its own (specpipe amend --reason '<why>', then commit it)",
      severity: "error",
      commit: c.sha,
    });
  }
  return out;
}

/** Every playbook rule about the commits of a range (see the module comment). */
export async function checkPlaybookCommits(list: readonly RangeCommit[], options: CommitRulesOptions): Promise<CommitViolation[]> {
  const { git, playbook: pb } = options;
  const files: BeaconFiles = { json: pb.playbook.beacon.json, md: pb.playbook.beacon.markdown };
  const cat = new CatFile(git);
  const beacons = new BeaconHistory(cat, files);
  const spec = new SpecReader(cat, new SpecPaths(pb.playbook.spec));
  const out: CommitViolation[] = [];
  try {
    for (const c of list) {
      const short = c.sha.slice(0, 12);
      const parent = c.parents[0];
      const touchesJson = c.files.some((f) => f.path === files.json);
      const touchesMd = c.files.some((f) => f.path === files.md);
      if (parent && !touchesJson) beacons.inherit(c.sha, parent);
      if (c.files.some((f) => f.path === pb.file)) {
        // The beacon's place is part of what the gate guards: a commit that moves it (and writes a
        // beacon there) would start a new beacon with no history to judge it by.
        const mine = await beaconPathsAt(cat, c.sha, pb.file);
        const theirs = await Promise.all(c.parents.map((p) => beaconPathsAt(cat, p, pb.file)));
        if (mine !== undefined && theirs.some((t) => t !== undefined) && !theirs.includes(mine)) {
          const [json, md] = (theirs.find((t) => t !== undefined) ?? "").split("\0");
          out.push({
            code: "commit.beacon-moved",
            message: `commit ${short} ("${c.subject}") changes the beacon's paths in ${pb.file}; the beacon stays where the playbook started it (${json}, ${md})`,
            hint: `keep beacon: { json: ${json}, markdown: ${md} } in ${pb.file} (git revert ${short}, or edit ${pb.file} back and commit)`,
            severity: "error",
            commit: c.sha,
            file: pb.file,
          });
        }
      }
      if (c.parents.length > 1) {
        // A merge carries no work of its own when it takes the beacon and the spec from its parents
        // (they are in the range and judged); one that makes its own change is refused.
        if (parent && (await beacons.at(parent))) out.push(...(await mergeProblems(c, cat, files, spec)));
        continue;
      }
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
      if (!gate && (touchesJson || mdGenerated) && (await isRevertOfBeaconChange(c, { cat, files, beacons, git, pb }))) {
        // `git revert` of a commit that changed the beacon (a forged advance) puts back the beacon
        // it replaced: accepted, as long as that only goes back along the history.
      } else if (touchesJson || mdGenerated || gate) {
        out.push(...(await gateCommitProblems(c, { before, pb, files, beacons, cat, git, gate, mdGenerated, options })));
        continue;
      }
      if (before.beacon === "invalid") continue; // the beacon itself is reported by check
      const active = activeStepOf(before.beacon);
      const steps = trailerValues(c, TRAILER_STEP);
      if (steps.length > 1) {
        out.push({
          code: "commit.several-steps",
          message: `commit ${short} ("${c.subject}") has ${steps.length} ${TRAILER_STEP} trailers (${steps.join(", ")}); a commit is made in one step`,
          hint: `keep one trailer, "${TRAILER_STEP}: ${active}" (git rebase -i, reword)`,
          severity: "error",
          commit: c.sha,
        });
      } else if (steps.length === 0) {
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

/**
 * A `git revert` of a commit that changed the beacon: its beacon files are exactly the ones the
 * reverted commit replaced, and that beacon's history is a prefix of its parent's (it goes back,
 * never forward: reverting the revert of a forged advance is not a way to reinstate it).
 */
async function isRevertOfBeaconChange(
  c: RangeCommit,
  g: { cat: CatFile; files: BeaconFiles; beacons: BeaconHistory; git: Git; pb: LoadedPlaybook },
): Promise<boolean> {
  const reverted = revertedCommit(c.message);
  if (!reverted || !c.parents[0]) return false;
  const target = (await g.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${reverted}^`])).stdout.toString().trim();
  if (!target) return false;
  const ancestor = await g.git.raw(["merge-base", "--is-ancestor", "--end-of-options", reverted, c.parents[0]]);
  if (ancestor.code !== 0) return false;
  if ((await beaconKey(g.cat, c.sha, g.files)) !== (await beaconKey(g.cat, target, g.files))) return false;
  const now = (await g.beacons.at(c.sha))?.beacon;
  const was = (await g.beacons.at(c.parents[0]))?.beacon;
  return now !== undefined && now !== "invalid" && restoresEarlierBeacon(g.pb, now, was, g.files.json);
}

/**
 * A beacon a revert puts back is one the gate could have written (digest and history valid) and
 * an earlier state of the beacon it replaces (its history a prefix of that one's): reverting goes
 * back, never forward, so reverting the revert of a forged advance does not reinstate it.
 */
export function restoresEarlierBeacon(pb: LoadedPlaybook, now: Beacon, was: Beacon | "invalid" | undefined, file: string): boolean {
  if (beaconDigest(now) !== now.digest) return false;
  if (validateBeacon(pb, now, file).some((v) => v.severity === "error")) return false;
  if (!was || was === "invalid") return true;
  return now.history.length <= was.history.length && now.history.every((h, i) => JSON.stringify(h) === JSON.stringify(was.history[i]));
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
  // A revert is what check accepts as undoing a beacon change (isRevertOfBeaconChange).
  const restore = `revert it (git revert --no-edit ${short}); only the playbook gate changes the beacon, in CI`;
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
  // One run, one advance: a run already cited by an earlier advance of this history is a replay.
  const cited = before.history.findIndex((h) => h.run?.id === gate.run!.id);
  if (cited >= 0) {
    out.push(
      v(
        "commit.gate-run-reused",
        `cites run ${gate.run.id}, which advance ${cited + 1} of the beacon's history (${before.history[cited].from} → ${before.history[cited].to ?? "done"}) already cited: a run advances once`,
        restore,
        files.json,
      ),
    );
  }
  // The gate evaluates the commit it advances from and commits on top of it.
  if (gate.evidence !== c.parents[0]) {
    out.push(
      v(
        "commit.gate-evidence-not-parent",
        `cites evidence commit ${gate.evidence.slice(0, 12)}, which is not its parent (${(c.parents[0] ?? "none").slice(0, 12)}): the gate commits on the commit it evaluated`,
        restore,
        files.json,
      ),
    );
  }
  out.push(...(await evidenceProblems(c, g, entry, gate, v, restore)));
  if (!out.length) g.options.gateCommits?.push({ sha: c.sha, trailer: gate });
  return out;
}

/** Conditions whose verdict comes from files (the reports, the paths, the spec): each must cite its evidence. */
const EVIDENCE_TYPES = new Set(["tests", "coverage", "mutation", "files", "spec-hash"]);

/**
 * The evidence an advance cites: one file or more for each exit condition that reads files, each
 * committed at the evidence commit or attached by the gate under evidenceRef(run), with the
 * SHA-256 the entry records.
 */
async function evidenceProblems(
  c: RangeCommit,
  g: GateContext,
  entry: Beacon["history"][number],
  gate: GateTrailer,
  v: (code: string, message: string, hint: string, file?: string) => CommitViolation,
  restore: string,
): Promise<CommitViolation[]> {
  const out: CommitViolation[] = [];
  const evidence = entry.evidence ?? [];
  const step = g.pb.byId.get(entry.from);
  if (gate.kind === "advance" && step) {
    const missing = step.exit.filter((x) => EVIDENCE_TYPES.has(x.type) && !evidence.some((e) => e.condition === conditionKey(x)));
    if (missing.length) {
      out.push(
        v(
          "commit.gate-evidence-missing",
          `advances ${entry.from} but cites no evidence for ${missing.map((x) => conditionKey(x)).join(", ")}`,
          restore,
          g.files.json,
        ),
      );
    }
  }
  const ref = evidenceRef(gate.run!);
  let fetched: boolean | undefined;
  for (const e of evidence) {
    let obj = await g.cat.read(`${gate.evidence}:${e.file}`);
    let where = `at ${gate.evidence!.slice(0, 12)}`;
    if (obj?.type !== "blob") {
      where = `attached to run ${gate.run!.id} (${ref})`;
      obj = await g.cat.read(`${ref}:${e.file}`);
      if (obj?.type !== "blob" && fetched === undefined) {
        // A clone has the branches, not the gate's evidence refs: ask the remote once.
        fetched = (await g.git.raw(["fetch", "--quiet", "--no-tags", "origin", `+${ref}:${ref}`], { network: true })).code === 0;
      }
      if (obj?.type !== "blob" && fetched) {
        // Read past cat-file's cache, which remembers the ref as missing.
        const blob = await fileAt(g.git, ref, e.file);
        if (blob) obj = { type: "blob", oid: "", content: blob };
      }
    }
    if (obj?.type !== "blob") {
      out.push(
        v(
          "commit.gate-evidence-missing",
          `cites ${e.file} for ${e.condition}, which is neither committed at ${gate.evidence!.slice(0, 12)} nor attached to run ${gate.run!.id} (${ref})`,
          restore,
          e.file,
        ),
      );
      continue;
    }
    const digest = createHash("sha256").update(obj.content).digest("hex");
    if (`sha256:${digest}` !== e.sha256) {
      out.push(
        v(
          "commit.gate-evidence-mismatch",
          `cites ${e.file} with ${e.sha256.slice(0, 19)}…, but ${e.file} ${where} is another file`,
          restore,
          e.file,
        ),
      );
    }
  }
  return out;
}
