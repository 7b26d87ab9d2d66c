import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isUserError, UserError } from "../../errors.js";
import { findExecutable, runAgentProcess } from "../agent-process.js";
import { agentEnvironment, buildInvocation, parseUsage, speckitEnvironment, type Phase } from "../agents.js";
import { Stop, type RunContext } from "../context.js";
import { agentFailed, agentMissing, agentTimedOut, lastLines, productMissing, RunCancelled } from "../failures.js";
import { commandName } from "../layout.js";
import type { PhaseRecord } from "../record.js";
import { checkpoint } from "./commit.js";
import { checkPhaseProduct, clarificationStop, phasesDone } from "./products.js";

const SPEC_WRITING: readonly Phase[] = ["specify", "clarify"];
const PRODUCING: readonly Phase[] = ["specify", "plan", "tasks"];

/**
 * Stage 4, the agent: its environment and executable, then each phase as a real child process
 * under the agent's user. After every attempt every process of that user is killed (ADR 0031),
 * the work tree is staged into our own index, and the phase's product is judged on disk. A retry
 * starts from the files as they were after the last good phase.
 */
export async function prepareAgent(ctx: RunContext): Promise<void> {
  const { options, ws } = ctx;
  const agent = ctx.agent!;
  const { env, refused, missing } = agentEnvironment({
    parentEnv: options.parentEnv ?? process.env,
    allowed: options.agentEnv,
    home: ws.home,
    tmp: ws.tmp,
    token: options.token,
  });
  for (const name of refused) ctx.warn(`agent-env lists ${name}, which holds a repository credential; it was not given to the agent`);
  for (const name of missing) ctx.warn(`agent-env lists ${name}, but it is not set in this step's environment`);
  ctx.agentEnv = env;
  const phase = options.phases[0] ?? "specify";
  const probe = buildInvocation(agent, commandName(ctx.layout!, phase), phase, options.specText, ctx.featureDir!);
  const exe = await findExecutable(probe.file, env.PATH, ws.repo);
  if (!exe) throw agentMissing(agent, probe.file);
  ctx.executable = exe;
  ctx.record.agent.version = await agentVersion(ctx, exe);
  const environment = {
    agent: ctx.record.agent,
    executable: exe,
    safetyStrategy: options.safetyStrategy,
    agentUser: ctx.sandbox?.user ? { name: ctx.sandbox.user.name, uid: ctx.sandbox.user.uid } : undefined,
    speckit: ctx.record.speckit,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    runner: { os: process.env.RUNNER_OS, name: process.env.RUNNER_NAME },
    agentEnv: Object.keys(env).sort(),
    phaseTimeoutMs: options.phaseTimeoutMs,
    retries: options.retries,
  };
  await fs.writeFile(path.join(ws.artifacts, "environment.json"), JSON.stringify(environment, null, 2) + "\n");
  ctx.record.artifacts.push({ kind: "environment_info", path: "environment.json" });
}

export async function runPhases(ctx: RunContext): Promise<Stop | undefined> {
  const done = await phasesDone(ctx);
  const firstTodo = ctx.options.phases.find((p) => !done.has(p));
  if (ctx.resumed && firstTodo) ctx.record.resumedFrom = firstTodo;
  // What the run starts from (with Spec Kit's files, when this run installed it).
  if ((await stage(ctx)).length > 0) ctx.phasesChanged = true;
  ctx.goodIndex = path.join(ctx.ws.git, "specpipe-good-index");
  await fs.copyFile(path.join(ctx.ws.git, "index"), ctx.goodIndex);
  const lastSpecWriting = [...ctx.options.phases].reverse().find((p) => SPEC_WRITING.includes(p));

  for (const p of ctx.phases) {
    if (done.has(p.phase)) {
      p.status = "skipped";
      p.reason = "its product is already on the branch";
      await ctx.rec.phase(p);
      void ctx.progress?.update(ctx.record);
    } else {
      let outcome: Stop | undefined;
      try {
        outcome = await runPhase(ctx, p);
        if (outcome?.status === "no_changes" && ctx.succeededThisRun > 0) {
          // Earlier phases changed files; a later one writing nothing is a failure.
          throw new UserError(`the agent wrote nothing in the ${p.phase} phase`, {
            hint: "check the agent's output in the artifacts; a rerun resumes from this phase",
            code: "speckit.agent-wrote-nothing",
          });
        }
      } catch (e) {
        // Keep what the earlier phases made on the branch, so that a rerun resumes here.
        if (ctx.succeededThisRun > 0 && isUserError(e) && !(e instanceof RunCancelled)) await checkpoint(ctx);
        throw e;
      }
      if (outcome) return outcome;
      ctx.succeededThisRun++;
    }
    if (p.phase === lastSpecWriting) {
      const stop = await clarificationStop(ctx);
      if (stop) return stop;
    }
  }
  return undefined;
}

async function runPhase(ctx: RunContext, p: PhaseRecord): Promise<Stop | undefined> {
  const { options, ws } = ctx;
  const sandbox = ctx.sandbox!;
  const agent = ctx.agent!;
  const maxAttempts = options.retries + 1;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    ctx.checkCancel(`before the ${p.phase} phase`);
    const inv = buildInvocation(agent, commandName(ctx.layout!, p.phase), p.phase, options.specText, ctx.featureDir!);
    const env = speckitEnvironment(ctx.agentEnv!, { branch: ctx.branch!, dir: ctx.featureDir! });
    const exe = await findExecutable(inv.file, env.PATH, ws.repo);
    const stdoutLog = `phases/${p.phase}-${attempt}.stdout.log`;
    const stderrLog = `phases/${p.phase}-${attempt}.stderr.log`;
    const startedAt = ctx.rec.now();
    Object.assign(p, { status: "running", attempt, startedAt, stdoutLog, stderrLog });
    p.endedAt = undefined;
    p.reason = undefined;
    ctx.record.artifacts.push(
      { kind: "stdout_log", path: stdoutLog, phase: p.phase },
      { kind: "stderr_log", path: stderrLog, phase: p.phase },
    );
    await ctx.rec.phase(p);
    void ctx.progress?.update(ctx.record);
    ctx.log(`${p.phase}: attempt ${attempt} of ${maxAttempts}`);
    if (!exe) throw agentMissing(agent, inv.file);
    // The last phase's take gave the tree to us (a sudo runner's git must read it); the agent
    // needs it back to write this phase's files. As root take keeps nothing, so only sudo shows it.
    await sandbox.give([ws.repo]);
    const cmd = sandbox.wrap(exe, inv.args, env.PATH);
    let res;
    try {
      res = await runAgentProcess({
        file: cmd.file,
        args: cmd.args,
        cwd: ws.repo,
        env,
        stdoutFile: path.join(ws.artifacts, stdoutLog),
        stderrFile: path.join(ws.artifacts, stderrLog),
        timeoutMs: options.phaseTimeoutMs,
        signal: options.signal,
      });
    } finally {
      // Whatever it left running (setsid daemons included) ends with the phase.
      const killed = await sandbox.killAll();
      if (killed > 0) ctx.log(`${p.phase}: stopped ${killed} process(es) the agent left running`);
    }
    await sandbox.take([ws.repo]);
    const usage = parseUsage(res.stdout);
    if (usage.tokens !== undefined) {
      p.tokens = (p.tokens ?? 0) + usage.tokens;
      ctx.record.tokens = (ctx.record.tokens ?? 0) + usage.tokens;
    }
    if (usage.costUsd !== undefined) {
      p.costUsd = round6((p.costUsd ?? 0) + usage.costUsd);
      ctx.record.costUsd = round6((ctx.record.costUsd ?? 0) + usage.costUsd);
    }
    const endedAt = ctx.rec.now();
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
    let changed = false;
    if (res.cancelled) {
      p.status = "failed";
      p.reason = att.error = "cancelled";
      await ctx.rec.phase(p);
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
      failure = agentFailed(p.phase, `exit code ${res.exitCode ?? res.signal}: ${lastLines(ctx.redact(stderr))}`, stderrLog);
    } else {
      const changes = await stage(ctx);
      changed = changes.length > 0;
      if (PRODUCING.includes(p.phase) && !changed) {
        p.status = "failed";
        p.reason = att.error = "the agent exited 0 but wrote nothing";
        await ctx.rec.phase(p);
        return new Stop(
          "no_changes",
          `the agent wrote nothing in the ${p.phase} phase (exit 0); no commit, no push, no pull request; its output is in ${stdoutLog}`,
        );
      }
      const check = await checkPhaseProduct(ctx, p.phase);
      if (!check.ok) failure = productMissing(p.phase, check.problem!);
    }
    if (!failure) {
      await fs.copyFile(path.join(ws.git, "index"), ctx.goodIndex!);
      if (changed) ctx.phasesChanged = true;
      p.status = "succeeded";
      await ctx.rec.phase(p);
      void ctx.progress?.update(ctx.record);
      return undefined;
    }
    att.error = failure.message;
    p.reason = failure.message;
    if (retryable && attempt < maxAttempts) {
      await restore(ctx);
      p.status = "retrying";
      await ctx.rec.phase(p);
      void ctx.progress?.update(ctx.record);
      ctx.log(`${p.phase}: ${failure.message}; retrying`);
      continue;
    }
    p.status = "failed";
    await ctx.rec.phase(p);
    throw failure;
  }
  return undefined;
}

const FEATURE_JSON = ".specify/feature.json";

/**
 * Stage everything the agent left into our index; returns the paths whose staged content changed.
 * Spec Kit's per-checkout `.specify/feature.json` is never committed: our git dir's info/exclude
 * ignores it (whatever .gitignore the agent leaves), and where a repository once committed it,
 * its change is unstaged again.
 */
export async function stage(ctx: RunContext): Promise<string[]> {
  const git = ctx.git!;
  const added = (await git.run(["add", "--all", "--verbose"])).split("\n").filter((l) => l !== "");
  const kept = added.filter((l) => !l.includes(`'${FEATURE_JSON}'`));
  if (kept.length !== added.length) await git.run(["reset", "--quiet", "HEAD", "--", FEATURE_JSON]);
  return kept;
}

/** Back to the last good index: files it has are restored, files the attempt added are removed. */
async function restore(ctx: RunContext): Promise<void> {
  const git = ctx.git!;
  await fs.copyFile(ctx.goodIndex!, path.join(ctx.ws.git, "index"));
  await git.run(["checkout-index", "--all", "--force"]);
  await git.run(["clean", "-d", "--force", "--quiet"]);
  await ctx.sandbox!.give([ctx.ws.repo]);
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** `<agent> --version`, run as the agent is (it is the agent's program). */
async function agentVersion(ctx: RunContext, exe: string): Promise<string | undefined> {
  if (ctx.agent!.name === "command") return undefined;
  const sandbox = ctx.sandbox!;
  const out = path.join(ctx.ws.artifacts, "phases", "version.stdout.log");
  const err = path.join(ctx.ws.artifacts, "phases", "version.stderr.log");
  try {
    const cmd = sandbox.wrap(exe, ["--version"], ctx.agentEnv!.PATH);
    const r = await runAgentProcess({
      file: cmd.file,
      args: cmd.args,
      cwd: ctx.ws.repo,
      env: ctx.agentEnv!,
      stdoutFile: out,
      stderrFile: err,
      timeoutMs: 10_000,
    });
    const text = r.stdout + (await fs.readFile(err, "utf8").catch(() => ""));
    const first = text.trim().split("\n")[0];
    return r.exitCode === 0 && first ? first.slice(0, 200) : undefined;
  } catch {
    return undefined;
  } finally {
    await sandbox.killAll();
    await fs.rm(out, { force: true });
    await fs.rm(err, { force: true });
  }
}
