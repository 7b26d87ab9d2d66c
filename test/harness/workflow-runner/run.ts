import { Git } from "@specpipe/core/git/git";
import { TEST_ENV } from "../repo.js";
import { CannotPlay } from "./errors.js";
import { asString, condition, evaluateToken, type Json } from "./expressions.js";
import { runJob, type RunInfo } from "./job.js";
import { parseWorkflowFile, type JobModel } from "./parse.js";
import type { JobConclusion, JobResult, RunResult, Trigger } from "./types.js";
import type { World } from "./world.js";

/**
 * One run of a workflow, as GitHub plays it: the file is read from the repository at the run's
 * commit; the run is a workflow run on the local GitHub server (in progress, then completed, with
 * a job record per job, so that a later monitor sees it); jobs start when the jobs in their
 * `needs` are done, with their `if:` (`success()` over every job they depend on, `failure()`,
 * `always()`, `cancelled()`), their matrix expanded (`fromJSON(needs.x.outputs.y)` included) and
 * each leg on a fresh runner; `needs.<job>.result` and `.outputs` for the jobs after them.
 */
export async function runWorkflow(world: World, trigger: Trigger): Promise<RunResult> {
  const repo = world.repository(trigger.repository);
  const bare = new Git({ cwd: repo.bare, env: TEST_ENV });
  const ref = trigger.ref ?? `refs/heads/${repo.state.defaultBranch}`;
  const sha = trigger.sha ?? (await bare.run(["rev-parse", "--verify", `${ref}^{commit}`])).trim();
  const content = await bare.run(["show", `${sha}:${trigger.workflow}`]);
  const workflow = await parseWorkflowFile(trigger.workflow, content);
  const on = workflow.events[trigger.event] as { types?: string[] } | undefined;
  if (on === undefined) throw new Error(`${trigger.workflow} does not run on "${trigger.event}"`);
  const action = typeof trigger.payload?.action === "string" ? trigger.payload.action : undefined;
  if (on && on.types && action && !on.types.includes(action))
    throw new Error(`${trigger.workflow} runs on ${trigger.event} ${on.types.join("/")}, not "${action}"`);

  const inputs: Record<string, string> = {};
  const dispatch = workflow.events.workflow_dispatch?.inputs ?? {};
  if (trigger.event === "workflow_dispatch") {
    for (const [k, v] of Object.entries(dispatch)) if (v.default !== undefined) inputs[k] = String(v.default);
    Object.assign(inputs, trigger.inputs);
  }
  const [owner, name] = repo.fullName.split("/");
  const payload: Record<string, Json> = {
    ...(trigger.event === "workflow_dispatch" ? { inputs, ref } : {}),
    ...(trigger.event === "schedule" ? { schedule: workflow.events.schedule?.[0]?.cron ?? "" } : {}),
    ...trigger.payload,
    repository: {
      full_name: repo.fullName,
      name,
      owner: { login: owner },
      default_branch: repo.state.defaultBranch,
      private: repo.state.isPrivate,
    },
    sender: (trigger.payload?.sender as Json) ?? { login: trigger.actor ?? "octocat", type: "User" },
  };

  const previous = trigger.rerunOf;
  const record = previous
    ? repo.state.workflowRuns.find((r) => r.id === previous.id)!
    : repo.state.addWorkflowRun({
        name: workflow.name,
        path: trigger.workflow,
        status: "in_progress",
        conclusion: null,
        event: trigger.event,
        headBranch: ref.replace(/^refs\/heads\//, ""),
        headSha: sha,
        createdAt: world.clock.iso(),
      });
  if (previous) {
    record.runAttempt = previous.attempt + 1;
    record.status = "in_progress";
    record.conclusion = null;
    record.runStartedAt = world.clock.iso();
  }
  const run: RunInfo = {
    id: record.id,
    number: record.runNumber,
    attempt: record.runAttempt,
    repo,
    workflow,
    workflowPath: trigger.workflow,
    event: trigger.event,
    payload,
    ref,
    sha,
    actor: trigger.actor ?? "octocat",
    vars: trigger.vars ?? {},
    secrets: trigger.secrets ?? {},
    inputs,
  };

  const done = new Map<string, { result: JobConclusion; outputs: Record<string, string> }>();
  const legs: Record<string, JobResult[]> = {};
  const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
  const ancestors = (job: JobModel, seen = new Set<string>()): Set<string> => {
    for (const n of job.needs) {
      if (seen.has(n)) continue;
      seen.add(n);
      ancestors(byId.get(n)!, seen);
    }
    return seen;
  };
  let pending = [...workflow.jobs];
  try {
    while (pending.length) {
      const ready = pending.filter((j) => j.needs.every((n) => done.has(n)));
      if (ready.length === 0) throw new Error(`${trigger.workflow}: the jobs' needs form a cycle or name a missing job`);
      pending = pending.filter((j) => !ready.includes(j));
      await Promise.all(
        ready.map(async (job) => {
          const r = await runJobLegs(world, run, job, done, [...ancestors(job)]);
          legs[job.id] = r.legs;
          done.set(job.id, { result: r.result, outputs: r.outputs });
        }),
      );
    }
  } finally {
    record.status = "completed";
    record.updatedAt = world.clock.iso();
    const results = [...done.values()].map((d) => d.result);
    record.conclusion = results.includes("failure") ? "failure" : results.includes("cancelled") ? "cancelled" : "success";
  }
  const conclusion = record.conclusion as RunResult["conclusion"];
  return {
    id: run.id,
    runNumber: run.number,
    attempt: run.attempt,
    workflow: trigger.workflow,
    event: trigger.event,
    sha,
    conclusion,
    jobs: legs,
    job(id) {
      const list = legs[id];
      if (!list || list.length !== 1) throw new Error(`job ${id} has ${list?.length ?? 0} legs`);
      return list[0];
    },
    annotations: Object.values(legs).flatMap((list) =>
      list.flatMap((j) => [...j.steps, ...j.posts].flatMap((s) => s.annotations.map((a) => ({ ...a, job: j.name, step: s.name })))),
    ),
  };
}

/** Cartesian product of the matrix's vectors, with include/exclude. */
function expandMatrix(matrix: Record<string, Json>, where: string): Record<string, Json>[] {
  const { include, exclude, ...vectors } = matrix;
  let combos: Record<string, Json>[] = [{}];
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw new Error(`${where}: matrix vector '${key}' is not a list`);
    if (values.length === 0)
      throw new Error(`Error when evaluating 'strategy' for job. Matrix vector '${key}' does not contain any values`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  const matches = (c: Record<string, Json>, pattern: Json) =>
    pattern !== null &&
    typeof pattern === "object" &&
    !Array.isArray(pattern) &&
    Object.entries(pattern).every(([k, v]) => JSON.stringify(c[k]) === JSON.stringify(v));
  if (Array.isArray(exclude)) combos = combos.filter((c) => !exclude.some((x) => matches(c, x)));
  if (Array.isArray(include))
    for (const extra of include) if (extra && typeof extra === "object" && !Array.isArray(extra)) combos.push(extra);
  if (combos.length === 1 && Object.keys(combos[0]).length === 0 && Object.keys(vectors).length === 0) return [];
  return combos;
}

async function runJobLegs(
  world: World,
  run: RunInfo,
  job: JobModel,
  done: Map<string, { result: JobConclusion; outputs: Record<string, string> }>,
  ancestry: string[],
): Promise<{ result: JobConclusion; outputs: Record<string, string>; legs: JobResult[] }> {
  const needs = Object.fromEntries(job.needs.map((n) => [n, done.get(n)!]));
  const results = ancestry.map((a) => done.get(a)!.result);
  const status = {
    success: results.every((r) => r === "success"),
    failure: results.includes("failure"),
    cancelled: results.includes("cancelled"),
  };
  const contexts = {
    github: {
      event_name: run.event,
      event: run.payload,
      ref: run.ref,
      sha: run.sha,
      repository: run.repo.fullName,
      run_id: String(run.id),
    },
    needs,
    vars: run.vars,
    inputs: run.inputs,
  };
  const where = `${run.workflowPath}: job ${job.id}`;
  const skipped = (): { result: JobConclusion; outputs: Record<string, string>; legs: JobResult[] } => {
    const name = job.name ? asString(evaluateToken(job.name, { ...contexts, matrix: {} })) : job.id;
    run.repo.state.addJob(run.id, {
      name,
      status: "completed",
      conclusion: "skipped",
      startedAt: world.clock.iso(),
      completedAt: world.clock.iso(),
      runAttempt: run.attempt,
    });
    return { result: "skipped", outputs: {}, legs: [] };
  };
  if (!condition(job.if, contexts, status)) return skipped();

  let strategy: Record<string, Json> = {};
  let combos: (Record<string, Json> | null)[] = [null];
  try {
    const evaluated = job.strategy ? evaluateToken(job.strategy, contexts) : null;
    if (evaluated && typeof evaluated === "object" && !Array.isArray(evaluated)) {
      strategy = evaluated;
      if (strategy.matrix !== undefined) {
        if (!strategy.matrix || typeof strategy.matrix !== "object" || Array.isArray(strategy.matrix))
          throw new Error(`${where}: the matrix is not a mapping`);
        combos = expandMatrix(strategy.matrix, where);
        if (combos.length === 0) throw new Error(`Error when evaluating 'strategy' for job '${job.id}'. The matrix is empty`);
      }
    }
  } catch (error) {
    if (error instanceof CannotPlay) throw error;
    // GitHub fails the job before it starts.
    run.repo.state.addJob(run.id, {
      name: job.id,
      status: "completed",
      conclusion: "failure",
      startedAt: world.clock.iso(),
      completedAt: world.clock.iso(),
      runAttempt: run.attempt,
    });
    const leg: JobResult = {
      id: job.id,
      name: job.id,
      matrix: null,
      conclusion: "failure",
      outputs: {},
      steps: [],
      posts: [],
      annotations: [{ level: "error", message: (error as Error).message }],
      summary: "",
    };
    return { result: "failure", outputs: {}, legs: [leg] };
  }
  const failFast = strategy["fail-fast"] !== false;
  const maxParallel = typeof strategy["max-parallel"] === "number" ? strategy["max-parallel"] : combos.length;
  const legs: JobResult[] = new Array<JobResult>(combos.length);
  let failed = false;
  let next = 0;
  const worker = async () => {
    while (next < combos.length) {
      const index = next++;
      const matrix = combos[index];
      const strategyCtx = { "fail-fast": failFast, "job-index": index, "job-total": combos.length, "max-parallel": maxParallel };
      const base = job.name ? asString(evaluateToken(job.name, { ...contexts, matrix: matrix ?? {} })) : job.id;
      const name =
        matrix && !job.name
          ? `${base} (${Object.values(matrix)
              .map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)))
              .join(", ")})`
          : base;
      if (failed && failFast) {
        legs[index] = {
          id: job.id,
          name,
          matrix,
          conclusion: "cancelled",
          outputs: {},
          steps: [],
          posts: [],
          annotations: [],
          summary: "",
        };
        continue;
      }
      legs[index] = await runJob({ world, run, job, matrix, strategy: strategyCtx, needs, name, index });
      if (legs[index].conclusion === "failure") failed = true;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(maxParallel, combos.length)) }, worker));
  const conclusions = legs.map((l) => l.conclusion);
  const result: JobConclusion = conclusions.includes("failure") ? "failure" : conclusions.includes("cancelled") ? "cancelled" : "success";
  const outputs: Record<string, string> = {};
  for (const leg of legs) Object.assign(outputs, leg.outputs);
  return { result, outputs, legs };
}
