import { promises as fs } from "node:fs";
import * as path from "node:path";
import { GITHUB_ACTIONS_BOT } from "../../defaults.js";
import { Git, isolatedGitEnv } from "../../git/git.js";
import { identityEnv } from "../../git/identity.js";
import type { RunContext } from "../context.js";
import { hideCheckoutCredentials } from "../credentials.js";
import { cloneFailed } from "../failures.js";
import { cleanName, namedFor, parseLsRemoteHeads, shortName } from "../naming.js";
import { openSandbox } from "../sandbox.js";
import { inputHash } from "./commit.js";

/**
 * Stage 1, the workspace (ADR 0031): the agent's user, then the clone. The clone's git dir is
 * ours (`ws.git`, which the agent never has); its files are checked out into the agent's work
 * tree, which gets a `.git` of its own, a copy, so that agents and Spec Kit scripts that use git
 * work as in any clone. Every network use of the token happens here, before any untrusted
 * process runs, or in the push.
 */
export async function prepareWorkspace(ctx: RunContext): Promise<void> {
  const { options, ws } = ctx;
  ctx.sandbox = await openSandbox(options.safetyStrategy, ctx.runId, ws.home);
  if (ctx.sandbox.user) {
    ctx.record.agentUser = ctx.sandbox.user.name;
    options.onAgentUser?.(ctx.sandbox.user.name);
    ctx.log(`the agent runs as ${ctx.sandbox.user.name} (uid ${ctx.sandbox.user.uid})`);
    ctx.hidden = await hideCheckoutCredentials(options.checkout);
    for (const f of ctx.hidden.files)
      ctx.warn(
        `${f} holds a token (actions/checkout's persist-credentials); it is closed to other users while the agent runs. Check out with persist-credentials: false to keep it off disk`,
      );
  } else ctx.log("safety-strategy unsafe: the agent runs as this user and can read everything it can, the token included");

  const who = identityEnv(options.committer ?? GITHUB_ACTIONS_BOT);
  const outer = new Git({ cwd: ws.dir, env: { ...isolatedGitEnv(process.env), ...who } }).withAuth(ctx.auth);

  // Clone the base branch's last commit: the phases read files, not history; the push needs no more.
  ctx.checkCancel("before the clone");
  const cloneArgs = ["clone", "--quiet", "--no-tags", "--single-branch", "--depth=1", "--template=", "--no-checkout"];
  cloneArgs.push(`--separate-git-dir=${ws.git}`);
  if (options.baseBranch) cloneArgs.push("--branch", options.baseBranch);
  cloneArgs.push("--", options.remoteUrl, ws.repo);
  // The remote's branches (for numbering and resuming), asked for while the clone runs.
  const lsRemote = outer.raw(["ls-remote", "--heads", "--", options.remoteUrl], { network: true });
  lsRemote.catch(() => {});
  const cloned = await outer.raw(cloneArgs, { network: true });
  if (cloned.code !== 0) throw cloneFailed(options.repository, options.baseBranch, ctx.redact(cloned.stderr.toString("utf8")));
  // Ours alone: git made it with the umask's modes (0755), which would let the agent read it.
  await fs.chmod(ws.git, 0o700);
  await fs.rm(path.join(ws.repo, ".git"), { force: true });
  const git = new Git({ cwd: ws.repo, env: { ...isolatedGitEnv(process.env, { gitDir: ws.git, workTree: ws.repo }), ...who } }).withAuth(
    ctx.auth,
  );
  ctx.git = git;
  // Spec Kit's per-checkout pointer is never committed, whatever .gitignore the agent leaves.
  await fs.mkdir(path.join(ws.git, "info"), { recursive: true });
  await fs.writeFile(path.join(ws.git, "info", "exclude"), "/.specify/feature.json\n");
  ctx.base = options.baseBranch ?? (await headBranch(ws.git)) ?? "main";
  ctx.baseSha = (await git.run(["rev-parse", "HEAD"])).trim();
  ctx.record.baseBranch = ctx.base;
  ctx.log(`cloned ${options.repository} (${ctx.base})`);

  const listed = await lsRemote;
  if (listed.code !== 0) throw cloneFailed(options.repository, undefined, ctx.redact(listed.stderr.toString("utf8")));
  ctx.heads = parseLsRemoteHeads(listed.stdout.toString("utf8"));

  // Resume a branch an earlier run of the same request made, else work from the base branch.
  ctx.checkCancel("before naming the branch");
  const resumed = await resumableBranch(ctx, git);
  if (resumed) {
    ctx.branch = resumed;
    ctx.resumed = true;
    ctx.log(`resuming branch ${resumed}`);
  }
  await git.run(["reset", "--quiet", "--hard", resumed ? `refs/remotes/origin/${resumed}` : "HEAD"]);
  await agentClone(ctx, git);
  await ctx.sandbox.give([ws.repo, ws.home, ws.tmp]);
}

/**
 * The agent's `.git`: a copy of ours as it is now, on the feature branch when one is resumed, and
 * listing the remote's feature branches as a clone does (by name, at the base commit: we fetched
 * none of them), so that a Spec Kit 0.0.x create-new-feature.sh numbers after them as it would.
 * We never run git on it again once the agent had it.
 */
async function agentClone(ctx: RunContext, git: Git): Promise<void> {
  const copy = path.join(ctx.ws.repo, ".git");
  await fs.cp(ctx.ws.git, copy, { recursive: true });
  const tip = (await git.run(["rev-parse", "HEAD"])).trim();
  const lines = [`update refs/heads/${ctx.base} ${ctx.baseSha}`];
  for (const h of ctx.heads)
    if (h.branch !== ctx.base && /^\d{3,}-/.test(h.branch)) lines.push(`update refs/remotes/origin/${h.branch} ${ctx.baseSha}`);
  if (ctx.branch) lines.push(`update refs/heads/${ctx.branch} ${tip}`);
  await git.at(ctx.ws.repo).run(["--git-dir", copy, "update-ref", "--stdin"], { input: lines.join("\n") + "\n" });
  await git.run(["--git-dir", copy, "symbolic-ref", "HEAD", `refs/heads/${ctx.branch ?? ctx.base}`]);
}

/**
 * The remote branch a rerun of this request resumes: one named for the request (`NNN-<short
 * name>`, or `branch-name`) whose last commit carries the request's `Speckit-Input` (any such
 * branch when `branch-name` is given). Two git processes however many candidates there are: one
 * fetch of their last commits (depth 1: the messages are all we read, and the branch is based on
 * the shallow clone's own tip or needs nothing older to be pushed onto), one for-each-ref printing
 * every message.
 */
async function resumableBranch(ctx: RunContext, git: Git): Promise<string | undefined> {
  const requested = ctx.options.branchName;
  const exact = requested && /^(\d{3,}|\d{8}-\d{6})-/.test(requested);
  const pattern = namedFor(requested ? cleanName(requested) : shortName(ctx.options.specText));
  const candidates = ctx.heads.map((h) => h.branch).filter((b) => (exact ? b === requested : pattern.test(b)));
  if (candidates.length === 0) return undefined;
  // No automatic maintenance after this fetch: the clone is removed at the end of the run.
  await git.run(
    [
      "-c",
      "maintenance.auto=false",
      "-c",
      "gc.auto=0",
      "fetch",
      "--quiet",
      "--depth=1",
      "--no-tags",
      "origin",
      ...candidates.map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`),
    ],
    { network: true },
  );
  if (requested) return candidates[0];
  const marker = `Speckit-Input: ${inputHash(ctx.options.specText)}`;
  // NUL after the name and after the message: it cannot occur in either.
  const out = await git.run([
    "for-each-ref",
    "--format=%(refname:lstrip=3)%00%(contents)%00",
    ...candidates.map((b) => `refs/remotes/origin/${b}`),
  ]);
  const fields = out.split("\u0000");
  const messages = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) messages.set(fields[i].replace(/^\n/, ""), fields[i + 1]);
  return candidates.find((b) => messages.get(b)?.includes(marker));
}

/** The branch a fresh clone is on, from its HEAD file (no git process needed). */
async function headBranch(gitDir: string): Promise<string | undefined> {
  const head = await fs.readFile(path.join(gitDir, "HEAD"), "utf8").catch(() => "");
  return /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim();
}
