import { GITHUB_ACTIONS_BOT } from "../defaults.js";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isUserError, UserError } from "../errors.js";
import { Git, type GitAuth } from "../git/git.js";
import { PullRequestExistsError, type GitHubApi, type RepoRef } from "../github/port.js";
import { runProcess } from "../process.js";
import { findExecutable, runAgentProcess } from "./agent-process.js";
import { agentEnvironment, buildInvocation, parseUsage, resolveAgent, type AgentConfig, type Phase } from "./agents.js";
import { readSpeckitConfig } from "./config.js";
import {
  agentFailed,
  agentMissing,
  agentTimedOut,
  cloneFailed,
  lastLines,
  notInitialised,
  productMissing,
  pushFailed,
  RunCancelled,
} from "./failures.js";
import { cleanName, describingLine, featureBranch, nextFeatureNumber, parseLsRemoteHeads, shortName } from "./naming.js";
import { checkTriggerPermission } from "./permission.js";
import { ProgressComment } from "./progress.js";
import { checkProduct, clarificationMarkers, donePhases } from "./products.js";
import { RunRecorder, type PhaseRecord, type RunRecord, type RunStatus } from "./record.js";
import { createWorkspace, newRunId, removeWorkspace, type Workspace } from "./workspace.js";

/**
 * One Spec Kit run, FR-001 to FR-010: from specification text to a pushed feature branch and a
 * pull request. The adapters (action, CLI) gather the options; everything else happens here.
 */
export interface SpeckitRunOptions {
  specText: string;
  /** "owner/name", for the record and the pull request. */
  repository: string;
  /** What `git clone` is given (https URL, or a path in tests and local use). */
  remoteUrl: string;
  token?: string;
  /** Restrict the token's header to this URL prefix (e.g. "https://github.com/"). */
  authUrlPrefix?: string;
  /** Default: the remote's default branch. */
  baseBranch?: string;
  agent: { input?: string; inputCommand?: string; env?: string };
  /** Names of the variables the agent may see. */
  agentEnv: readonly string[];
  /** Where the allowed variables are read from (default process.env). */
  parentEnv?: NodeJS.ProcessEnv;
  phases: readonly Phase[];
  phaseTimeoutMs: number;
  /** Extra attempts of a phase after a retryable failure (crash, timeout, missing product). */
  retries: number;
  branchName?: string;
  pr: { title?: string; body?: string; labels: readonly string[]; draft: boolean };
  /** Without it: no pull request, no comment, no permission check (local use). */
  github?: { api: GitHubApi; repo: RepoRef };
  /** The issue or pull request that triggered the run: progress comment, permission check. */
  trigger?: { number?: number; user?: string; checkPermission: boolean; runUrl?: string };
  /** The folder the workspace is made in. */
  workspaceRoot: string;
  artifactsDir?: string;
  retentionDays: number;
  signal?: AbortSignal;
  /** Identity for the commit when the environment has none. */
  committer?: { name: string; email: string };
  /** Progress lines for the adapter to show (core never prints). */
  log?: (line: string) => void;
  warn?: (line: string) => void;
  /** Called once the workspace exists (the action saves it for its post step). */
  onWorkspace?: (ws: Workspace) => void;
  runId?: string;
  clock?: () => Date;
}

export interface SpeckitRunResult {
  record: RunRecord;
  workspace: Workspace;
  /** Set when the run failed: a UserError to show, or an internal error (a bug). */
  error?: Error;
}

const BOT = GITHUB_ACTIONS_BOT;
const SPEC_WRITING: readonly Phase[] = ["specify", "clarify"];

class Stop {
  constructor(
    readonly status: RunStatus,
    readonly reason: string,
  ) {}
}

export function inputHash(specText: string): string {
  return createHash("sha256").update(specText.replace(/\r\n/g, "\n").trim(), "utf8").digest("hex").slice(0, 12);
}

export async function runSpeckit(options: SpeckitRunOptions): Promise<SpeckitRunResult> {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? (() => {});
  const warn = options.warn ?? (() => {});
  const runId = options.runId ?? newRunId(clock());
  const ws = await createWorkspace(options.workspaceRoot, runId, options.artifactsDir);
  options.onWorkspace?.(ws);
  const phases: PhaseRecord[] = options.phases.map((phase) => ({ phase, status: "pending", attempt: 0, attempts: [] }));
  const rec = await RunRecorder.create(
    ws.artifacts,
    {
      schema: "specpipe/speckit-run@1",
      runId,
      repository: options.repository,
      requestedBranch: options.branchName,
      status: "queued",
      timeline: [],
      agent: { name: "unresolved", source: "" },
      phases,
      artifacts: [],
      retentionDays: options.retentionDays,
      warnings: [],
    },
    clock,
  );
  const record = rec.record;
  /** Made once the triggering user's permission is confirmed: nobody else gets a comment. */
  let progress: ProgressComment | undefined;
  function addWarning(message: string) {
    record.warnings.push(message);
    warn(message);
  }
  const changed = async () => {
    await rec.save();
    void progress?.update(record);
  };
  const setStatus = async (status: RunStatus, reason?: string) => {
    await rec.status(status, reason);
    log(`status: ${status}${reason ? ` (${reason})` : ""}`);
    void progress?.update(record);
  };
  /**
   * The clone's state after the last phase that succeeded: a copy of its index, taken right after
   * `git add --all` staged everything. Cheaper than writing a tree after every phase; a tree is
   * written from it only when one is needed (the commit, a checkpoint).
   */
  let goodIndex: string | undefined;
  /** Whether any phase of this run changed a file. */
  let phasesChanged = false;
  const checkCancel = (where: string) => {
    if (options.signal?.aborted) throw new RunCancelled(where);
  };

  await setStatus("queued");
  let error: Error | undefined;
  try {
    if (options.github && options.trigger?.checkPermission) {
      const permission = await checkTriggerPermission(options.github.api, options.github.repo, options.trigger.user);
      log(`${options.trigger.user} has ${permission} permission`);
    }
    if (options.github && options.trigger?.number !== undefined) {
      progress = new ProgressComment(options.github.api, options.github.repo, options.trigger.number, (m) => addWarning(m), {
        runUrl: options.trigger.runUrl,
      });
    }
    await setStatus("in_progress");
    const stop = await execute();
    if (stop) await setStatus(stop.status, stop.reason);
    else await setStatus("succeeded");
  } catch (e) {
    error = e instanceof Error ? e : new Error(String(e));
    if (e instanceof RunCancelled) {
      await setStatus("cancelled", e.message);
      error = undefined;
    } else {
      const u = isUserError(e) ? e : undefined;
      record.error = u
        ? { message: u.message, hint: u.hint, code: u.code }
        : { message: `internal error: ${(e as Error).message}`, code: "internal" };
      await setStatus("failed", record.error.message);
    }
  } finally {
    try {
      const removed = await removeWorkspace(ws);
      record.cleanup = { ok: true, at: rec.now(), by: "main", removed };
    } catch (e) {
      record.cleanup = { ok: false, at: rec.now(), by: "main", removed: [], error: (e as Error).message };
    }
    rec.event("cleanup", { ...record.cleanup });
    await rec.save();
    await progress?.update(record);
  }
  return { record, workspace: ws, error };

  // ---------------------------------------------------------------------------------------

  async function execute(): Promise<Stop | undefined> {
    const auth: GitAuth | undefined = options.token ? { token: options.token, urlPrefix: options.authUrlPrefix } : undefined;
    const identity = options.committer ?? BOT;
    const gitEnv: NodeJS.ProcessEnv = {};
    if (!process.env.GIT_AUTHOR_NAME) gitEnv.GIT_AUTHOR_NAME = identity.name;
    if (!process.env.GIT_AUTHOR_EMAIL) gitEnv.GIT_AUTHOR_EMAIL = identity.email;
    if (!process.env.GIT_COMMITTER_NAME) gitEnv.GIT_COMMITTER_NAME = identity.name;
    if (!process.env.GIT_COMMITTER_EMAIL) gitEnv.GIT_COMMITTER_EMAIL = identity.email;
    const outer = new Git({ cwd: ws.dir, env: gitEnv }).withAuth(auth);

    // Clone the base branch. The token goes in the environment of this one git process only.
    checkCancel("before the clone");
    // Only the base branch's last commit: the phases read files, not history; the push needs no more.
    const cloneArgs = ["clone", "--quiet", "--no-tags", "--single-branch", "--depth=1"];
    if (options.baseBranch) cloneArgs.push("--branch", options.baseBranch);
    cloneArgs.push("--", options.remoteUrl, ws.repo);
    // The remote's branches (for numbering), asked for while the clone runs.
    const lsRemote = outer.raw(["ls-remote", "--heads", "--", options.remoteUrl], { network: true });
    lsRemote.catch(() => {});
    const cloned = await outer.raw(cloneArgs, { network: true });
    if (cloned.code !== 0) throw cloneFailed(options.repository, options.baseBranch, redact(cloned.stderr.toString("utf8")));
    const git = outer.at(ws.repo);
    const base = options.baseBranch ?? (await headBranch(ws.repo)) ?? (await git.currentBranch()) ?? "main";
    record.baseBranch = base;
    log(`cloned ${options.repository} (${base})`);

    const hasSpecify = await fs
      .stat(path.join(ws.repo, ".specify"))
      .then((s) => s.isDirectory())
      .catch(() => false);
    if (!hasSpecify) throw notInitialised(options.repository, base);

    // FR-010: the agent from the input, SPECPIPE_AGENT or the repository's config.
    const agent: AgentConfig = resolveAgent({ ...options.agent, config: await readSpeckitConfig(ws.repo) });
    record.agent = { name: agent.name, source: agent.source };

    // Branch: resume one made by an earlier run of the same request, or number a new one.
    checkCancel("before naming the branch");
    const listed = await lsRemote;
    if (listed.code !== 0) throw cloneFailed(options.repository, undefined, redact(listed.stderr.toString("utf8")));
    const heads = parseLsRemoteHeads(listed.stdout.toString("utf8"));
    let branch: string | undefined;
    let resumed = false;
    const wanted = options.branchName ? cleanName(options.branchName) : shortName(options.specText);
    const candidates = heads
      .map((h) => h.branch)
      .filter((b) =>
        options.branchName && /^\d{3,}-/.test(options.branchName) ? b === options.branchName : new RegExp(`^\\d{3,}-${wanted}$`).test(b),
      );
    if (candidates.length > 0)
      branch = await resumableBranch(git, candidates, options.branchName ? undefined : `Speckit-Input: ${inputHash(options.specText)}`);
    if (branch) {
      resumed = true;
      await git.run(["checkout", "--quiet", "-B", branch, `refs/remotes/origin/${branch}`]);
      log(`resuming branch ${branch}`);
    } else {
      const specDirs = await fs.readdir(path.join(ws.repo, "specs")).catch(() => [] as string[]);
      const number = nextFeatureNumber([...specDirs, ...heads.map((h) => h.branch)]);
      branch = featureBranch(number, options.specText, options.branchName);
      await git.run(["checkout", "--quiet", "-b", branch]);
      log(`created branch ${branch}`);
    }
    record.branch = branch;
    const featureDir = `specs/${branch}`;
    record.featureDir = featureDir;

    // The feature folder as Spec Kit makes it: spec.md from the template, .specify/feature.json.
    const template = await fs.readFile(path.join(ws.repo, ".specify/templates/spec-template.md"), "utf8").catch(() => undefined);
    await fs.mkdir(path.join(ws.repo, featureDir), { recursive: true });
    const specFile = path.join(ws.repo, featureDir, "spec.md");
    if (!(await exists(specFile))) await fs.writeFile(specFile, template ?? "");
    await fs.writeFile(path.join(ws.repo, ".specify/feature.json"), JSON.stringify({ feature_directory: featureDir }, null, 2) + "\n");
    await changed();

    // The agent's environment and executable.
    const {
      env: agentEnv,
      refused,
      missing,
    } = agentEnvironment({
      parentEnv: options.parentEnv ?? process.env,
      allowed: options.agentEnv,
      home: ws.home,
      tmp: ws.tmp,
      feature: branch,
      token: options.token,
    });
    for (const name of refused) addWarning(`agent-env lists ${name}, which holds a repository credential; it was not given to the agent`);
    for (const name of missing) addWarning(`agent-env lists ${name}, but it is not set in this step's environment`);
    const probe = buildInvocation(agent, options.phases[0] ?? "specify", options.specText, featureDir);
    const exe = await findExecutable(probe.file, agentEnv.PATH, ws.repo);
    if (!exe) throw agentMissing(agent, probe.file);
    record.agent.version = await agentVersion(agent, exe, agentEnv);
    const environment = {
      agent: record.agent,
      executable: exe,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      runner: { os: process.env.RUNNER_OS, name: process.env.RUNNER_NAME },
      agentEnv: Object.keys(agentEnv).sort(),
      phaseTimeoutMs: options.phaseTimeoutMs,
      retries: options.retries,
    };
    await fs.writeFile(path.join(ws.artifacts, "environment.json"), JSON.stringify(environment, null, 2) + "\n");
    record.artifacts.push({ kind: "environment_info", path: "environment.json" });

    // Resume: phases whose products are already on the branch are skipped.
    const done = resumed ? await donePhases(options.phases, ws.repo, featureDir, template) : new Set<Phase>();
    const firstTodo = options.phases.find((p) => !done.has(p));
    if (resumed && firstTodo) record.resumedFrom = firstTodo;
    await stage(git);
    goodIndex = path.join(ws.repo, ".git", "specpipe-good-index");
    await fs.copyFile(path.join(ws.repo, ".git", "index"), goodIndex);
    const lastSpecWriting = [...options.phases].reverse().find((p) => SPEC_WRITING.includes(p));
    let succeededThisRun = 0;

    for (const p of phases) {
      if (done.has(p.phase)) {
        p.status = "skipped";
        p.reason = "its product is already on the branch";
        await rec.phase(p);
        void progress?.update(record);
      } else {
        let outcome: Stop | undefined;
        try {
          outcome = await runPhase(p, agent, agentEnv, git, featureDir, template);
        } catch (e) {
          // Keep what the earlier phases made on the branch, so that a rerun resumes here.
          if (succeededThisRun > 0 && isUserError(e) && !(e instanceof RunCancelled))
            await checkpoint(git, branch, agent, featureDir, base);
          throw e;
        }
        if (outcome instanceof Stop) {
          if (outcome.status === "no_changes" && phasesChanged) {
            // Earlier phases changed files; a later one writing nothing is a failure.
            throw new UserError(`the agent wrote nothing in the ${p.phase} phase`, {
              hint: "check the agent's output in the artifacts; a rerun resumes from this phase",
              code: "speckit.agent-wrote-nothing",
            });
          }
          return outcome;
        }
        succeededThisRun++;
      }
      if (p.phase === lastSpecWriting) {
        const spec = await fs.readFile(specFile, "utf8").catch(() => "");
        const markers = clarificationMarkers(spec);
        if (markers.length > 0) {
          const list = markers
            .slice(0, 5)
            .map((m) => `line ${m.line}: ${m.text}`)
            .join("; ");
          return new Stop(
            "needs_clarification",
            `${featureDir}/spec.md has ${markers.length} [NEEDS CLARIFICATION] marker(s) (${list}); answer them in the specification text, or add the clarify phase, and run again`,
          );
        }
      }
    }

    // FR-006: changes from the real diff, not from what the agent says.
    checkCancel("before the commit");
    // Everything is staged: the index against HEAD is exactly `git status`.
    const diff = phasesChanged ? await git.run(["diff", "--cached", "--raw", "--numstat", "--no-renames", "HEAD"]) : "";
    const status: { code: string; path: string }[] = [];
    const numstatLines: string[] = [];
    let insertions = 0;
    let deletions = 0;
    for (const line of diff.split("\n")) {
      const raw = /^:\d+ \d+ [0-9a-f]+ [0-9a-f]+ (\w)\d*\t(.*)$/.exec(line);
      if (raw) status.push({ code: raw[1], path: raw[2] });
      else if (line) {
        numstatLines.push(line);
        const [a, d] = line.split("\t");
        if (a && a !== "-") insertions += Number(a);
        if (d && d !== "-") deletions += Number(d);
      }
    }
    if (status.length === 0) {
      return new Stop(
        "no_changes",
        succeededThisRun === 0 ? "every phase's product was already on the branch" : "the phases changed no file",
      );
    }
    const numstat = numstatLines.join("\n") + "\n";
    record.changes = { files: status.length, insertions, deletions };
    const summaryText = [
      ...status.map((s) => `${s.code} ${s.path}`),
      "",
      `${status.length} file(s) changed, ${insertions} insertion(s)(+), ${deletions} deletion(s)(-)`,
      "",
      numstat,
    ].join("\n");
    await fs.writeFile(path.join(ws.artifacts, "diff-summary.txt"), summaryText);
    record.artifacts.push({ kind: "diff_summary", path: "diff-summary.txt" });

    const message = await commitMessage(branch, agent, featureDir);
    // The commit of exactly what the phases left (all staged after the last one).
    const finalTree = (await git.run(["write-tree"])).trim();
    const sha = (await git.run(["commit-tree", finalTree, "-p", "HEAD", "-F", "-"], { input: message })).trim();
    record.commit = sha;
    log(`committed ${sha.slice(0, 12)}: ${message.split("\n")[0]}`);
    checkCancel("before the push");
    const pushed = await git.push("origin", [`${sha}:refs/heads/${branch}`]);
    const commitStatus = {
      commit: sha,
      branch,
      base,
      pushed: pushed.code === 0,
      message,
      push: redact(pushed.stderr.toString("utf8")).trim(),
    };
    await fs.writeFile(path.join(ws.artifacts, "commit-status.json"), JSON.stringify(commitStatus, null, 2) + "\n");
    record.artifacts.push({ kind: "commit_status", path: "commit-status.json" });
    if (pushed.code !== 0)
      throw pushFailed(options.repository, branch, redact(pushed.stderr.toString("utf8") + pushed.stdout.toString("utf8")));
    log(`pushed ${branch}`);
    await changed();

    // FR-007: create the pull request, or update the open one for this branch.
    if (options.github) {
      const { api, repo } = options.github;
      const title = options.pr.title ?? `Spec ${branch}: ${describingLine(options.specText).slice(0, 120) || branch}`;
      const body = options.pr.body ?? pullBody(branch, featureDir, agent);
      let pr;
      let created = true;
      try {
        pr = await api.createPull({ ...repo, head: branch, base, title, body, draft: options.pr.draft });
      } catch (e) {
        if (!(e instanceof PullRequestExistsError)) throw e;
        const open = await api.findOpenPull({ ...repo, head: `${repo.owner}:${branch}`, base });
        if (!open) throw e;
        pr = await api.updatePull({ ...repo, number: open.number, title, body });
        created = false;
      }
      record.pr = { number: pr.number, url: pr.htmlUrl, created };
      log(`${created ? "opened" : "updated"} pull request #${pr.number}`);
      if (options.pr.labels.length > 0) await api.addLabels({ ...repo, number: pr.number, labels: [...options.pr.labels] });
      await changed();
    }
    return undefined;
  }

  /**
   * Push what the finished phases made (the tree after the last phase that succeeded, not the
   * failed phase's half-written files) as a commit on the branch, so that a rerun resumes.
   */
  async function checkpoint(git: Git, branch: string, agent: AgentConfig, featureDir: string, base: string): Promise<void> {
    try {
      if (!goodIndex) return;
      const lastGoodTree = (await new Git({ cwd: ws.repo, env: { GIT_INDEX_FILE: goodIndex } }).run(["write-tree"])).trim();
      if (lastGoodTree === (await git.run(["rev-parse", "HEAD^{tree}"])).trim()) return;
      const message = (await commitMessage(branch, agent, featureDir)).replace(/^(docs\(spec\): \S+)/, "$1 (partial)");
      const sha = (await git.run(["commit-tree", lastGoodTree, "-p", "HEAD", "-F", "-"], { input: message })).trim();
      const pushed = await git.push("origin", [`${sha}:refs/heads/${branch}`]);
      const commitStatus = {
        commit: sha,
        branch,
        base,
        pushed: pushed.code === 0,
        partial: true,
        message,
        push: redact(pushed.stderr.toString("utf8")).trim(),
      };
      await fs.writeFile(path.join(ws.artifacts, "commit-status.json"), JSON.stringify(commitStatus, null, 2) + "\n");
      record.artifacts.push({ kind: "commit_status", path: "commit-status.json" });
      record.commit = sha;
      if (pushed.code === 0) log(`pushed the finished phases to ${branch}; a rerun resumes from the failed one`);
      else addWarning(`could not push the finished phases: ${lastLines(redact(pushed.stderr.toString("utf8")))}`);
    } catch (e) {
      addWarning(`could not save the finished phases: ${(e as Error).message}`);
    }
  }

  async function runPhase(
    p: PhaseRecord,
    agent: AgentConfig,
    env: NodeJS.ProcessEnv,
    git: Git,
    featureDir: string,
    template: string | undefined,
  ): Promise<Stop | undefined> {
    const maxAttempts = options.retries + 1;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      checkCancel(`before the ${p.phase} phase`);
      const inv = buildInvocation(agent, p.phase, options.specText, featureDir);
      const stdoutLog = `phases/${p.phase}-${attempt}.stdout.log`;
      const stderrLog = `phases/${p.phase}-${attempt}.stderr.log`;
      const startedAt = rec.now();
      Object.assign(p, { status: "running", attempt, startedAt, stdoutLog, stderrLog });
      p.endedAt = undefined;
      p.reason = undefined;
      record.artifacts.push(
        { kind: "stdout_log", path: stdoutLog, phase: p.phase },
        { kind: "stderr_log", path: stderrLog, phase: p.phase },
      );
      await rec.phase(p);
      void progress?.update(record);
      log(`${p.phase}: attempt ${attempt} of ${maxAttempts}`);
      const res = await runAgentProcess({
        file: inv.file,
        args: inv.args,
        cwd: ws.repo,
        env,
        stdoutFile: path.join(ws.artifacts, stdoutLog),
        stderrFile: path.join(ws.artifacts, stderrLog),
        timeoutMs: options.phaseTimeoutMs,
        signal: options.signal,
      });
      const usage = parseUsage(res.stdout);
      if (usage.tokens !== undefined) {
        p.tokens = (p.tokens ?? 0) + usage.tokens;
        record.tokens = (record.tokens ?? 0) + usage.tokens;
      }
      if (usage.costUsd !== undefined) {
        p.costUsd = round6((p.costUsd ?? 0) + usage.costUsd);
        record.costUsd = round6((record.costUsd ?? 0) + usage.costUsd);
      }
      const endedAt = rec.now();
      Object.assign(p, { endedAt, durationMs: res.durationMs, exitCode: res.exitCode });
      const att = {
        attempt,
        startedAt,
        endedAt,
        durationMs: res.durationMs,
        exitCode: res.exitCode,
        signal: res.signal,
        timedOut: res.timedOut,
        stdoutLog,
        stderrLog,
        error: undefined as string | undefined,
      };
      p.attempts.push(att);

      let failure: UserError | undefined;
      let retryable = true;
      let changedThisAttempt = false;
      if (res.cancelled) {
        p.status = "failed";
        p.reason = att.error = "cancelled";
        await rec.phase(p);
        throw new RunCancelled(`during the ${p.phase} phase`);
      } else if (res.spawnError) {
        retryable = false;
        failure =
          res.spawnError.code === "ENOENT"
            ? agentMissing(agent, inv.file)
            : agentFailed(p.phase, `could not start: ${res.spawnError.message}`, stderrLog);
      } else if (res.timedOut) {
        failure = agentTimedOut(p.phase, Math.round((options.phaseTimeoutMs / 60000) * 100) / 100);
      } else if (res.exitCode !== 0) {
        const stderr = await fs.readFile(path.join(ws.artifacts, stderrLog), "utf8").catch(() => "");
        failure = agentFailed(p.phase, `exit code ${res.exitCode ?? res.signal}: ${lastLines(stderr)}`, stderrLog);
      } else {
        const changes = await stage(git);
        const mustWrite = p.phase === "specify" || p.phase === "plan" || p.phase === "tasks";
        if (changes.length > 0) changedThisAttempt = true;
        if (mustWrite && changes.length === 0) {
          p.status = "failed";
          p.reason = att.error = "the agent exited 0 but wrote nothing";
          await rec.phase(p);
          return new Stop(
            "no_changes",
            `the agent wrote nothing in the ${p.phase} phase (exit 0); no commit, no push, no pull request; its output is in ${stdoutLog}`,
          );
        }
        const check = await checkProduct(p.phase, ws.repo, featureDir, template);
        if (!check.ok) failure = productMissing(p.phase, check.problem!);
      }
      if (!failure) {
        await fs.copyFile(path.join(ws.repo, ".git", "index"), goodIndex!);
        if (changedThisAttempt) phasesChanged = true;
        p.status = "succeeded";
        await rec.phase(p);
        void progress?.update(record);
        return undefined;
      }
      att.error = failure.message;
      p.reason = failure.message;
      if (retryable && attempt < maxAttempts) {
        // The next attempt starts from the files as they were before this one.
        // Back to the last good index: files it has are restored, files the attempt added are removed.
        await fs.copyFile(goodIndex!, path.join(ws.repo, ".git", "index"));
        await git.run(["checkout-index", "--all", "--force"]);
        await git.run(["clean", "-d", "--force", "--quiet"]);
        p.status = "retrying";
        await rec.phase(p);
        void progress?.update(record);
        log(`${p.phase}: ${failure.message}; retrying`);
        continue;
      }
      p.status = "failed";
      await rec.phase(p);
      throw failure;
    }
    return undefined;
  }

  async function commitMessage(branch: string, agent: AgentConfig, featureDir: string): Promise<string> {
    const ran = phases.filter((p) => p.status === "succeeded").map((p) => p.phase);
    const trailers = [`Speckit-Run-Id: ${runId}`, `Speckit-Input: ${inputHash(options.specText)}`];
    const living = await fs.readFile(path.join(ws.repo, "docs/spec.md")).catch(() => undefined);
    if (living) {
      const { hashSpecContents } = await import("../spec/hash.js");
      trailers.push(`Spec-Hash: ${hashSpecContents([{ path: "docs/spec.md", content: living }]).short}`);
    }
    return `docs(spec): ${branch}\n\nSpec Kit phases ${ran.join(", ") || "(none)"} by ${agent.name} in ${featureDir}.\n\n${trailers.join("\n")}\n`;
  }

  function pullBody(branch: string, featureDir: string, agent: AgentConfig): string {
    const rows = phases.map(
      (p) => `| ${p.phase} | ${p.status} | ${p.durationMs === undefined ? "" : `${(p.durationMs / 1000).toFixed(1)} s`} |`,
    );
    const lines = [
      `Spec Kit run \`${runId}\` (agent: ${agent.name}) for \`${branch}\`.`,
      "",
      `Files: [\`${featureDir}/\`](../blob/${branch}/${featureDir}/spec.md)`,
      "",
      "| phase | status | duration |",
      "| --- | --- | --- |",
      ...rows,
      "",
    ];
    if (options.trigger?.number !== undefined) lines.push(`Requested in #${options.trigger.number}.`, "");
    lines.push("<!-- specpipe:speckit-run:pull -->");
    return lines.join("\n");
  }

  function redact(text: string): string {
    return options.token ? text.split(options.token).join("***") : text;
  }
}

/**
 * The first of `candidates` (remote branches named like this request's) whose last commit was
 * made by a run of the same request (its message has `marker`), or the first one when there is
 * no marker (the branch was named explicitly). Two git processes however many candidates there
 * are: one fetch of their last commits (depth 1: the messages are all we read, and the branch is
 * based on the shallow clone's own tip or needs nothing older to be pushed onto), and one
 * for-each-ref printing every message. Fetching and reading them one by one cost ~30 ms per
 * candidate, paid on every run of a repository where many features share a short name.
 */
async function resumableBranch(git: Git, candidates: readonly string[], marker: string | undefined): Promise<string | undefined> {
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
  if (marker === undefined) return candidates[0];
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

/** Stage everything; returns the paths whose staged content changed (`git add --verbose`). */
async function stage(git: Git): Promise<string[]> {
  const out = await git.run(["add", "--all", "--verbose"]);
  return out.split("\n").filter((l) => l !== "");
}

/** The branch a fresh clone is on, from .git/HEAD (no git process needed). */
async function headBranch(repoDir: string): Promise<string | undefined> {
  const head = await fs.readFile(path.join(repoDir, ".git", "HEAD"), "utf8").catch(() => "");
  return /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim();
}

async function exists(file: string): Promise<boolean> {
  return fs
    .access(file)
    .then(() => true)
    .catch(() => false);
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

async function agentVersion(agent: AgentConfig, exe: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (agent.name === "command") return undefined;
  try {
    const r = await runProcess(exe, ["--version"], { env, timeoutMs: 10_000 });
    const first = (r.stdout.toString("utf8") + r.stderr.toString("utf8")).trim().split("\n")[0];
    return r.code === 0 && first ? first.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}
