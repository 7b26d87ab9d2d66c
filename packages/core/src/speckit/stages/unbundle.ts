import { promises as fs } from "node:fs";
import * as path from "node:path";
import { GITHUB_ACTIONS_BOT } from "../../defaults.js";
import { UserError } from "../../errors.js";
import { readRegularFile } from "../../fs/guard.js";
import { Git, isolatedGitEnv } from "../../git/git.js";
import { identityEnv } from "../../git/identity.js";
import type { RunContext } from "../context.js";
import { cloneFailed } from "../failures.js";
import { parseLsRemoteHeads } from "../naming.js";
import { BUNDLE_FILE, PROPOSAL_REF, type Proposal, type ProposalLimits } from "../proposal.js";
import { checkChanges, refusalLine, type ChangedEntry, type Refusal } from "../proposal-rules.js";
import { commitMessage } from "./commit.js";

/** A proposal that failed validation: one line per refused path; nothing was pushed. */
export class ProposalRefused extends UserError {
  constructor(readonly refused: Refusal[]) {
    super(`the proposal was refused, nothing was published (${refused.length} refused):\n${refused.map(refusalLine).join("\n")}`, {
      hint: "a proposal may change only its feature folder under specs/ (and .specify/ and the agent's command folder when the run installed Spec Kit): no .github/, no symlinks, no executables outside .specify/scripts/, files within the size limits. Rerun the propose job",
      code: "speckit.proposal-refused",
    });
    this.name = "ProposalRefused";
  }
}

const refuse = (path: string, reason: string) => new ProposalRefused([{ path, reason }]);

/**
 * The publish job's first stage (ADR 0037): the proposal's commit, read into a throwaway bare
 * repository of our own, and validated before anything is pushed. The bundle is hostile: git
 * reads it with no config, hook or template of anyone's (isolatedGitEnv, `--template=`), checks
 * every object it takes from it (`fetch.fsckObjects`), and never checks anything out. What publish
 * trusts it learns itself: the remote's branches, the base tree (was Spec Kit there?), the diff.
 * On success the commit to push is rebuilt here, the proposal's tree on its parent with a message
 * made from the run's facts and our identity, so that no author, trailer or signature the
 * proposing job wrote reaches the branch.
 */
export async function openProposal(
  ctx: RunContext,
  proposal: Proposal,
  bundle: string | undefined,
  limits: ProposalLimits,
): Promise<ChangedEntry[]> {
  const { ws, options } = ctx;
  const who = identityEnv(options.committer ?? GITHUB_ACTIONS_BOT);
  const git = new Git({ cwd: ws.dir, env: { ...isolatedGitEnv(process.env, { gitDir: ws.git }), ...who } }).withAuth(ctx.auth);
  await git.run(["init", "--quiet", "--bare", "--template="]);
  await fs.chmod(ws.git, 0o700);
  await git.run(["config", "remote.origin.url", options.remoteUrl]);
  ctx.git = git;

  const base = options.baseBranch ?? proposal.base.branch;
  if (base !== proposal.base.branch) throw refuse("(base)", `made on ${proposal.base.branch}, but this job publishes onto ${base}`);
  ctx.base = base;
  ctx.record.baseBranch = base;
  const listed = await git.raw(["ls-remote", "--heads", "origin"], { network: true });
  if (listed.code !== 0) throw cloneFailed(options.repository, undefined, ctx.redact(listed.stderr.toString("utf8")));
  const heads = parseLsRemoteHeads(listed.stdout.toString("utf8"));
  ctx.heads = heads;
  if (!heads.some((h) => h.branch === base)) throw refuse("(base)", `the base branch ${base} is not on ${options.repository}`);
  const branch = proposal.branch;
  if (branch === undefined) return [];
  if (branch === base) throw refuse("(branch)", `the feature branch is the base branch ${base}`);
  ctx.branch = branch;
  ctx.record.branch = branch;
  ctx.featureDir = proposal.featureDir;
  ctx.record.featureDir = proposal.featureDir;
  const existing = heads.find((h) => h.branch === branch);
  ctx.resumed = existing !== undefined;
  const refspecs = [`+refs/heads/${base}:refs/remotes/origin/${base}`];
  if (existing) refspecs.push(`+refs/heads/${branch}:refs/remotes/origin/${branch}`);
  ctx.checkCancel("before fetching the base");
  await git.run(["-c", "maintenance.auto=false", "-c", "gc.auto=0", "fetch", "--quiet", "--no-tags", "origin", ...refspecs], {
    network: true,
  });
  if (!proposal.commit || !bundle) return [];

  // The bundle, copied into our own folder (a regular file, within the limit) before git reads it.
  const copy = path.join(ws.dir, BUNDLE_FILE);
  const bytes = await readRegularFile(bundle, BUNDLE_FILE, limits.bundleBytes).catch((e: unknown) => {
    throw refuse(BUNDLE_FILE, (e as Error).message);
  });
  if (bytes === undefined) throw refuse(BUNDLE_FILE, "missing: the proposal names a commit, but its bundle is not in proposal-dir");
  await fs.writeFile(copy, bytes, { mode: 0o600 });
  const verified = await git.raw(["bundle", "verify", "--quiet", copy]);
  if (verified.code !== 0) {
    const why = verified.stderr.toString("utf8").trim().split("\n").slice(-2).join(" ");
    throw refuse(BUNDLE_FILE, `not a bundle of a commit on ${existing ? branch : base} (${why.slice(0, 300)})`);
  }
  const listedHeads = (await git.run(["bundle", "list-heads", copy])).trim().split("\n").filter(Boolean);
  if (listedHeads.length !== 1 || listedHeads[0] !== `${proposal.commit} ${PROPOSAL_REF}`)
    throw refuse(
      BUNDLE_FILE,
      `must hold exactly the one ref ${PROPOSAL_REF} at the proposal's commit; it holds ${listedHeads.length} ref(s)`,
    );
  await git.run([
    "-c",
    "fetch.fsckObjects=true",
    "-c",
    "transfer.fsckObjects=true",
    "fetch",
    "--quiet",
    "--no-tags",
    "--no-write-fetch-head",
    "--end-of-options",
    copy,
    `+${PROPOSAL_REF}:${PROPOSAL_REF}`,
  ]);
  const sha = proposal.commit;
  const parents = (await git.run(["rev-list", "--parents", "-n", "1", "--end-of-options", sha])).trim().split(" ").slice(1);
  if (parents.length !== 1 || parents[0] !== proposal.parent)
    throw refuse("(commit)", `must be one commit with the proposal's parent as its only parent; it has ${parents.length} parent(s)`);
  const parent = parents[0];
  const fresh = Number((await git.run(["rev-list", "--count", sha, "--not", "--remotes"])).trim());
  // A rerun of publish whose first run pushed this very commit (the rebuilt commit equals the
  // proposal's when message, identity and second agree): it is the branch's tip, not a new one.
  // The branch must still be speckit-run's (the trailer check below) before anything is skipped.
  const republished = existing !== undefined && existing.sha === sha;
  if (fresh !== 1 && !republished) throw refuse("(commit)", `the bundle holds ${fresh} new commits; a proposal is exactly one commit`);
  // A proposal may build on an existing branch only when speckit-run made it (a resumed run), never on
  // a branch of someone's that happens to be named like a feature.
  if (existing) {
    const tipMessage = await git.run(["log", "-1", "--format=%B", "--end-of-options", existing.sha]);
    if (!/^Speckit-Input: [0-9a-f]{12}$/m.test(tipMessage))
      throw refuse("(branch)", `${branch} exists and was not made by speckit-run (its last commit has no Speckit-Input trailer)`);
  }
  if (existing && parent !== existing.sha) {
    // A rerun of publish after it pushed (say the pull request could not be opened then): the
    // branch holds this proposal's tree on its parent already, and only the pull request is left.
    if (await alreadyPublished(git, existing.sha, parent, sha)) {
      ctx.log(`${branch} already holds this proposal (${existing.sha.slice(0, 12)}); nothing to push`);
      return [];
    }
    throw refuse(
      "(branch)",
      `${branch} moved on since the proposal was made (it is at ${existing.sha.slice(0, 12)}); rerun the propose job`,
    );
  }
  if (!existing) {
    if (parent !== proposal.base.sha) throw refuse("(commit)", "its parent is not the base commit the proposal names");
    const ancestor = await git.raw(["merge-base", "--is-ancestor", parent, `refs/remotes/origin/${base}`]);
    if (ancestor.code !== 0) throw refuse("(base)", `the base commit ${parent.slice(0, 12)} is not on ${base}`);
  }

  // Spec Kit installed by the run: only if the base had none (the proposal's word is not enough).
  const baseHasSpeckit = (await git.run(["ls-tree", "--name-only", parent, "--", ".specify"])).trim() !== "";
  ctx.installed = proposal.speckit?.installed === true && !baseHasSpeckit;
  if (ctx.installed)
    ctx.record.speckit = {
      generation: 1,
      installed: true,
      ...(proposal.speckit?.installer ? { installer: proposal.speckit.installer } : {}),
    };

  const entries = await changedEntries(git, parent, sha);
  if (entries.length === 0) throw refuse("(commit)", "changes nothing");
  const refused = checkChanges(entries, { featureDir: proposal.featureDir, installed: ctx.installed, agent: proposal.agent, limits });
  if (refused.length) throw new ProposalRefused(refused);

  const tree = (await git.run(["rev-parse", "--verify", "--end-of-options", `${sha}^{tree}`])).trim();
  const living = await git.raw(["cat-file", "blob", `${parent}:docs/spec.md`]);
  const message = await commitMessage(ctx, living.code === 0 ? living.stdout : undefined);
  const rebuilt = (await git.run(["commit-tree", tree, "-p", parent, "-F", "-"], { input: message })).trim();
  ctx.commit = { sha: rebuilt, message };
  ctx.record.commit = rebuilt;
  ctx.record.changes = { files: entries.length, insertions: 0, deletions: 0 };
  ctx.log(
    `validated the proposal: ${entries.length} file(s) in ${proposal.featureDir ?? "the run's folders"}; commit ${rebuilt.slice(0, 12)}`,
  );
  return entries;
}

/** Whether `tip` is a commit of `proposed`'s tree on `parent`: what an earlier publish of it pushed. */
async function alreadyPublished(git: Git, tip: string, parent: string, proposed: string): Promise<boolean> {
  const r = await git.raw(["rev-list", "--parents", "-n", "1", "--end-of-options", tip]);
  const parents = r.stdout.toString("utf8").trim().split(" ").slice(1);
  if (r.code !== 0 || parents.length !== 1 || parents[0] !== parent) return false;
  const tree = async (c: string) => (await git.run(["rev-parse", "--verify", "--end-of-options", `${c}^{tree}`])).trim();
  return (await tree(tip)) === (await tree(proposed));
}

/** The commit's changes against its parent, from our git's diff, with the size of each new blob. */
async function changedEntries(git: Git, parent: string, sha: string): Promise<ChangedEntry[]> {
  const raw = await git.run(["diff-tree", "-r", "-z", "--no-renames", "--raw", "--end-of-options", parent, sha]);
  const fields = raw.split("\0");
  const entries: (ChangedEntry & { blob: string })[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const m = /^:(\d{6}) (\d{6}) [0-9a-f]+ ([0-9a-f]+) (\w)\d*$/.exec(fields[i]);
    if (!m) break;
    entries.push({ oldMode: m[1], newMode: m[2], blob: m[3], status: m[4], path: fields[i + 1], size: 0 });
  }
  const blobs = entries.filter((e) => e.status !== "D" && e.newMode !== "160000");
  if (blobs.length) {
    const sizes = (await git.run(["cat-file", "--batch-check=%(objectsize)"], { input: blobs.map((e) => e.blob).join("\n") + "\n" }))
      .trim()
      .split("\n");
    blobs.forEach((e, k) => (e.size = Number(sizes[k]) || 0));
  }
  return entries.map(({ blob: _blob, ...e }) => e);
}
