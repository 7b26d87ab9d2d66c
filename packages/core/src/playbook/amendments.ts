import { checkRange, type Violation } from "../commits/check.js";
import type { Git } from "../git/git.js";

/**
 * Amendments at any step. The spec-hash condition holds when the spec is the one the beacon
 * recorded at the last advance, or when every change to it since then is an accepted amendment:
 * a commit that changes the spec, is marked as an amendment (type `spec` or a `Spec-Amendment`
 * trailer) and adds the ADR that records the reason and both hashes, judged by the range check
 * exactly as spec-hash-check judges it. The condition is then re-based on the amended spec, and
 * the next advance records the new hash (ADR 0036). Before this, an amendment outside a step
 * without a spec-hash condition blocked the gate until the spec was reverted.
 */
export interface Rebase {
  /** Every spec change since the last advance is an accepted amendment, and the work tree has no other. */
  accepted: boolean;
  /** The accepted amendments, oldest first. */
  amendments: { commit: string; before: string | null; after: string | null; adr: string | null; reason: string | null }[];
  /** Why not (with the fix), when not accepted. */
  reason?: string;
}

/** The rules that make a spec change an accepted amendment (a merge's own spec change never is one). */
const AMENDMENT_RULES = new Set(["amendment-marker", "amendment-adr", "amendment-unstaged", "merge-spec-change"]);

/**
 * Judge the spec's changes between the commit that last wrote the beacon and HEAD. `current` is the
 * work tree's spec hash: a spec change that is not committed is never an accepted amendment.
 */
export async function rebaseOnAmendments(
  git: Git,
  options: { beaconFile: string; specPaths: readonly string[]; adrDir?: string; current: string },
): Promise<Rebase> {
  const since = (await git.raw(["log", "-1", "--format=%H", "--", options.beaconFile])).stdout.toString().trim();
  if (!since) {
    return {
      accepted: false,
      amendments: [],
      reason: `the commit that last wrote ${options.beaconFile} is not in this clone, so the amendments since cannot be judged. Fix: check out with fetch-depth: 0`,
    };
  }
  const report = await checkRange(
    git,
    { from: since, to: "HEAD" },
    // Every author is judged: a bot's name on a spec change does not make it an amendment.
    { specPaths: [...options.specPaths], adrDir: options.adrDir, checkAdrs: false, botAuthors: [] },
  );
  const amendments = report.history.map((h) => ({ commit: h.commit, before: h.before, after: h.after, adr: h.adr, reason: h.amendment }));
  const bad: Violation[] = report.violations.filter((v) => AMENDMENT_RULES.has(v.code));
  if (bad.length) {
    const first = bad[0];
    return {
      accepted: false,
      amendments,
      reason: `commit ${first.commit?.slice(0, 12)} ("${first.subject}") changes the spec without being an accepted amendment: ${first.message}. Fix: ${first.hint}`,
    };
  }
  if (report.specHash.full !== options.current) {
    return {
      accepted: false,
      amendments,
      reason: `the spec in the work tree (${options.current.slice(0, 12)}) is not the committed one (${report.specHash.short}): an amendment is pending. Fix: commit it as an amendment (specpipe amend --reason "…" stages the spec and its ADR), or revert it`,
    };
  }
  if (!amendments.length) {
    return {
      accepted: false,
      amendments,
      reason: `no commit since the last advance changed the spec, yet it differs from the beacon's. Fix: restore ${options.beaconFile} from git`,
    };
  }
  return { accepted: true, amendments };
}
