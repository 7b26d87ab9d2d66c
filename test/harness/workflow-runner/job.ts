import { randomUUID } from "node:crypto";
import { appendFileSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { inputVariable, resolveAction, type ResolvedAction } from "./actions.js";
import { CommandProcessor, parseEnvFile, parsePathFile, type Annotation } from "./commands.js";
import { CannotPlay } from "./errors.js";
import { asString, condition, evaluateToken, interpolate, type Contexts, type Json, type Status } from "./expressions.js";
import type { JobModel, StepModel, WorkflowModel } from "./parse.js";
import { resolvePermissions } from "./permissions.js";
import { runStepProcess } from "./process.js";
import type { JobConclusion, JobResult, StandIn, StandInContext, StepResult } from "./types.js";
import type { Repository, World } from "./world.js";

/**
 * One job on a fresh runner, as GitHub runs it:
 * - its own workspace, RUNNER_TEMP and HOME (nothing is left from another job or night);
 * - a GITHUB_TOKEN with the job's permissions, issued by the local GitHub server for the job and
 *   revoked when it ends;
 * - steps in order, each with its `if:` (status functions on the job's status so far), `env:` at
 *   workflow, job and step level, `with:` as INPUT_* (with the action.yml defaults),
 *   `continue-on-error`, its outputs and env/path/state files, masks and annotations;
 * - the pre steps of its actions before the first step, their post steps in reverse order after
 *   the last one (post-if, default `always()`), with the STATE_* their main step saved;
 * - job outputs evaluated at the end (an output holding a secret is dropped, as GitHub does).
 */
export interface RunInfo {
  id: number;
  number: number;
  attempt: number;
  repo: Repository;
  workflow: WorkflowModel;
  workflowPath: string;
  event: string;
  payload: Record<string, Json>;
  ref: string;
  sha: string;
  actor: string;
  vars: Record<string, string>;
  secrets: Record<string, string>;
  inputs: Record<string, string>;
}

export interface JobSetup {
  world: World;
  run: RunInfo;
  job: JobModel;
  matrix: Record<string, Json> | null;
  strategy: Record<string, Json>;
  needs: Record<string, { result: JobConclusion; outputs: Record<string, string> }>;
  name: string;
  /** Which leg of the matrix (0 without one). */
  index: number;
}

interface StepState {
  outputs: Record<string, string>;
  outcome: string;
  conclusion: string;
}

interface PendingPost {
  where: string;
  name: string;
  postIf: string;
  run: (state: Record<string, string>) => Promise<StepResult>;
  state: Record<string, string>;
}

const IMAGE_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

function toStrings(value: Json): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === "object" && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) out[k] = asString(v);
  return out;
}

export async function runJob(setup: JobSetup): Promise<JobResult> {
  const { world, run, job } = setup;
  const repoName = run.repo.fullName.split("/")[1];
  const runner = path.join(world.root, "runners", `${run.id}-${run.attempt}-${job.id}-${setup.index}`);
  const workspace = path.join(runner, "work", repoName, repoName);
  const temp = path.join(runner, "work", "_temp");
  const home = path.join(runner, "home");
  const npmPrefix = path.join(runner, "npm-global");
  for (const dir of [workspace, temp, home, path.join(runner, "toolcache"), npmPrefix]) await fs.mkdir(dir, { recursive: true });
  const eventPath = path.join(temp, "_github_workflow", "event.json");
  await fs.mkdir(path.dirname(eventPath), { recursive: true });
  await fs.writeFile(eventPath, JSON.stringify(run.payload, null, 2));
  const npmRegistry = path.join(runner, "npm-registry.json");
  await fs.writeFile(npmRegistry, JSON.stringify({ packages: world.npmPackages, ci: { node_modules: world.npmCiModules } }));

  const where = `${run.workflowPath}: job ${setup.name}`;
  const permissions = resolvePermissions(
    job.permissions ? evaluateToken(job.permissions, {}) : undefined,
    run.workflow.permissions ? evaluateToken(run.workflow.permissions, {}) : undefined,
    where,
  );
  const token = world.github.issueToken({
    permissions,
    bucket: `GITHUB_TOKEN ${run.repo.fullName}`,
    limit: 1000,
    label: `run ${run.id} job ${setup.name}`,
  });
  const record = run.repo.state.addJob(run.id, {
    name: setup.name,
    status: "in_progress",
    startedAt: world.clock.iso(),
    completedAt: null,
    runAttempt: run.attempt,
  });

  const [owner] = run.repo.fullName.split("/");
  const refName = run.ref.replace(/^refs\/(heads|tags)\//, "");
  const refType = run.ref.startsWith("refs/tags/") ? "tag" : "branch";
  const pull = run.payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined;
  const headRef = run.event.startsWith("pull_request") ? (pull?.head?.ref ?? "") : "";
  const baseRef = run.event.startsWith("pull_request") ? (pull?.base?.ref ?? "") : "";
  const workflowRef = `${run.repo.fullName}/${run.workflowPath}@${run.ref}`;
  const runnerName = `GitHub Actions ${setup.index + 1}`;
  const toolCache = path.join(runner, "toolcache");
  const github: Record<string, Json> = {
    token,
    job: job.id,
    ref: run.ref,
    ref_name: refName,
    ref_type: refType,
    sha: run.sha,
    repository: run.repo.fullName,
    repository_owner: owner,
    repositoryUrl: `git://${new URL(world.serverUrl).host}/${run.repo.fullName}.git`,
    run_id: String(run.id),
    run_number: String(run.number),
    run_attempt: String(run.attempt),
    retention_days: "90",
    event_name: run.event,
    event: run.payload,
    event_path: eventPath,
    server_url: world.serverUrl,
    api_url: world.github.url,
    graphql_url: `${world.github.url}/graphql`,
    workspace,
    actor: run.actor,
    triggering_actor: run.actor,
    workflow: run.workflow.name,
    workflow_ref: workflowRef,
    workflow_sha: run.sha,
    head_ref: headRef,
    base_ref: baseRef,
    action: "",
  };
  const runnerCtx: Record<string, Json> = {
    os: "Linux",
    arch: "X64",
    name: runnerName,
    temp,
    tool_cache: toolCache,
    environment: "github-hosted",
  };
  const secrets = { ...run.secrets, GITHUB_TOKEN: token };
  const masks = new Set<string>([token, ...Object.values(run.secrets).filter((s) => s.length > 0)]);
  const steps: Record<string, StepState> = {};
  let status: "success" | "failure" = "success";
  const jobStatus = (): Status => ({ success: status === "success", failure: status === "failure", cancelled: false });
  const contexts = (env: Record<string, string>): Contexts => ({
    github,
    env,
    vars: run.vars,
    secrets,
    inputs: run.inputs,
    matrix: setup.matrix ?? {},
    strategy: setup.strategy,
    needs: Object.fromEntries(Object.entries(setup.needs).map(([k, v]) => [k, { result: v.result, outputs: v.outputs }])),
    runner: runnerCtx,
    job: { status },
    steps: Object.fromEntries(Object.entries(steps)) as unknown as Json,
  });
  const workflowEnv = toStrings(evaluateToken(run.workflow.env, { github, vars: run.vars, secrets, inputs: run.inputs, env: {} }));
  const jobEnv = toStrings(evaluateToken(job.env, contexts(workflowEnv)));
  const addedEnv: Record<string, string> = {};
  const addedPath: string[] = [];
  const result: JobResult = {
    id: job.id,
    name: setup.name,
    matrix: setup.matrix,
    conclusion: "success",
    outputs: {},
    steps: [],
    posts: [],
    annotations: [],
    summary: "",
    token,
    permissions,
    workspace,
  };
  const posts: PendingPost[] = [];
  let stepCounter = 0;

  /** The environment of a process of this job: the runner's variables, then env at each level. */
  const processEnv = (stepEnv: Record<string, string>, files: StepFiles, actionId: string): NodeJS.ProcessEnv => ({
    ...world.clock.env(),
    PATH: [...addedPath, world.toolsBin, path.join(npmPrefix, "bin"), ...IMAGE_PATH].join(":"),
    HOME: home,
    LANG: "C.UTF-8",
    CI: "true",
    GITHUB_ACTIONS: "true",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    NPM_CONFIG_PREFIX: npmPrefix,
    SPECPIPE_TEST_NPM_REGISTRY: npmRegistry,
    ImageOS: "ubuntu24",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: runnerName,
    RUNNER_ENVIRONMENT: "github-hosted",
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: toolCache,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: run.repo.fullName,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_NUMBER: String(run.number),
    GITHUB_RUN_ATTEMPT: String(run.attempt),
    GITHUB_RETENTION_DAYS: "90",
    GITHUB_JOB: job.id,
    GITHUB_WORKFLOW: run.workflow.name,
    GITHUB_WORKFLOW_REF: workflowRef,
    GITHUB_WORKFLOW_SHA: run.sha,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: run.sha,
    GITHUB_REF: run.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: refType,
    GITHUB_HEAD_REF: headRef,
    GITHUB_BASE_REF: baseRef,
    GITHUB_SERVER_URL: world.serverUrl,
    GITHUB_API_URL: world.github.url,
    GITHUB_GRAPHQL_URL: `${world.github.url}/graphql`,
    GITHUB_ACTOR: run.actor,
    GITHUB_TRIGGERING_ACTOR: run.actor,
    GITHUB_ACTION: actionId,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    ...workflowEnv,
    ...jobEnv,
    ...addedEnv,
    ...stepEnv,
  });

  interface StepFiles {
    output: string;
    env: string;
    path: string;
    state: string;
    summary: string;
  }
  const newFiles = async (): Promise<StepFiles> => {
    const dir = path.join(temp, "_runner_file_commands");
    await fs.mkdir(dir, { recursive: true });
    const id = randomUUID();
    const files = {
      output: path.join(dir, `set_output_${id}`),
      env: path.join(dir, `set_env_${id}`),
      path: path.join(dir, `add_path_${id}`),
      state: path.join(dir, `save_state_${id}`),
      summary: path.join(dir, `step_summary_${id}`),
    };
    for (const f of Object.values(files)) await fs.writeFile(f, "");
    return files;
  };

  /** Reads a step's files after it ran: outputs, env, path, state, summary. */
  const collect = async (files: StepFiles, commands: CommandProcessor, step: StepResult, state: Record<string, string>) => {
    try {
      Object.assign(step.outputs, commands.outputs, parseEnvFile(await fs.readFile(files.output, "utf8"), "GITHUB_OUTPUT"));
      for (const [k, v] of Object.entries(parseEnvFile(await fs.readFile(files.env, "utf8"), "GITHUB_ENV"))) {
        if (k.toUpperCase() === "NODE_OPTIONS") {
          commands.annotations.push({ level: "error", message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command." });
          continue;
        }
        addedEnv[k] = v;
      }
      addedPath.unshift(...parsePathFile(await fs.readFile(files.path, "utf8")).reverse());
      Object.assign(state, commands.state, parseEnvFile(await fs.readFile(files.state, "utf8"), "GITHUB_STATE"));
    } catch (error) {
      step.outcome = "failure";
      step.error = (error as Error).message;
      commands.annotations.push({ level: "error", message: (error as Error).message });
    }
    const summary = await fs.readFile(files.summary, "utf8");
    if (Buffer.byteLength(summary) > 1024 * 1024) {
      commands.annotations.push({
        level: "error",
        message: `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${Math.ceil(Buffer.byteLength(summary) / 1024)}k.`,
      });
    } else if (summary) result.summary += summary.endsWith("\n") ? summary : `${summary}\n`;
  };

  const finish = (step: StepResult, commands: CommandProcessor) => {
    step.log = commands.log;
    step.annotations = commands.annotations;
    result.annotations.push(...commands.annotations);
  };

  /** Runs a node action's entry (main, pre or post) as a child process. */
  const runNode = async (
    action: Extract<ResolvedAction, { kind: "node" }>,
    entry: string,
    inputs: Record<string, string>,
    stepEnv: Record<string, string>,
    step: StepResult,
    state: Record<string, string>,
    timeoutMs: number | undefined,
    stepId: string,
  ) => {
    const files = await newFiles();
    const commands = new CommandProcessor(masks, step.name);
    const env: NodeJS.ProcessEnv = { ...processEnv(stepEnv, files, stepId) };
    for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
    for (const [k, v] of Object.entries(state)) env[`STATE_${k}`] = v;
    const node = action.using === "node24" ? process.execPath : (world.imageNode ?? process.execPath);
    const r = await runStepProcess(node, [entry], { cwd: workspace, env, commands, timeoutMs });
    step.outcome = r.code === 0 ? "success" : "failure";
    if (r.timedOut) commands.annotations.push({ level: "error", message: `The action has timed out.` });
    const newState: Record<string, string> = {};
    await collect(files, commands, step, newState);
    Object.assign(state, newState);
    finish(step, commands);
  };

  /** Runs a stand-in's main or post in this process, with the step's files and commands. */
  const runStandIn = async (
    standIn: StandIn,
    which: "main" | "post",
    inputs: Record<string, string>,
    stepEnv: Record<string, string>,
    step: StepResult,
    state: Record<string, string>,
    stepWhere: string,
    stepId: string,
  ) => {
    const files = await newFiles();
    const commands = new CommandProcessor(masks, step.name);
    const env = processEnv(stepEnv, files, stepId);
    const ctx: StandInContext = {
      inputs,
      env,
      workspace,
      runnerTemp: temp,
      contexts: contexts({ ...workflowEnv, ...jobEnv, ...addedEnv, ...stepEnv }),
      world,
      runId: run.id,
      where: stepWhere,
      info: (line) => commands.line(line.replace(/^::/, ": :")),
      warning: (message) => commands.line(`::warning::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}`),
      setOutput: (name, value) => appendFileSync(files.output, `${name}<<__EOF__\n${value}\n__EOF__\n`),
      exportVariable: (name, value) => appendFileSync(files.env, `${name}<<__EOF__\n${value}\n__EOF__\n`),
      addPath: (dir) => appendFileSync(files.path, `${dir}\n`),
      saveState: (name, value) => appendFileSync(files.state, `${name}<<__EOF__\n${value}\n__EOF__\n`),
      state: (name) => state[name] ?? "",
      addMask: (value) => masks.add(value),
      exec: async (file, args, options = {}) => {
        commands.line(`[command]${file} ${args.join(" ")}`);
        const r = await runStepProcess(file, args, { cwd: options.cwd ?? workspace, env: { ...env, ...options.env }, commands });
        if (r.code !== 0 && !options.allowFailure) throw new Error(`The process '${file}' failed with exit code ${r.code}`);
        return r.code ?? 1;
      },
    };
    try {
      await (which === "main" ? standIn.main(ctx) : standIn.post!(ctx));
      step.outcome = "success";
    } catch (error) {
      if (error instanceof CannotPlay) throw error;
      step.outcome = "failure";
      commands.line(
        `::error::${String((error as Error).message)
          .replace(/%/g, "%25")
          .replace(/\r/g, "%0D")
          .replace(/\n/g, "%0A")}`,
      );
    }
    const newState: Record<string, string> = {};
    await collect(files, commands, step, newState);
    Object.assign(state, newState);
    finish(step, commands);
  };

  const newStep = (id: string, name: string): StepResult => ({
    id,
    name,
    outcome: "skipped",
    conclusion: "skipped",
    outputs: {},
    log: [],
    annotations: [],
  });

  /** The inputs an action gets: `with:` values, else the action.yml defaults, evaluated here. */
  const actionInputs = (
    declared: Record<string, { default?: string; required?: boolean }>,
    given: Record<string, string>,
    ctxs: Contexts,
    stepWhere: string,
  ): { inputs: Record<string, string>; warnings: string[] } => {
    const inputs: Record<string, string> = {};
    const warnings: string[] = [];
    for (const [key, input] of Object.entries(declared)) {
      if (key in given) inputs[key] = given[key];
      else if (input.default !== undefined) inputs[key] = interpolate(input.default, ctxs);
    }
    const unexpected = Object.keys(given).filter((k) => !(k in declared));
    if (unexpected.length) {
      warnings.push(`Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`);
      for (const k of unexpected) inputs[k] = given[k];
    }
    void stepWhere;
    return { inputs, warnings };
  };

  try {
    // Pre steps: the `pre:` of every node action of the job, before its first step.
    const resolved = new Map<number, ResolvedAction>();
    for (const [index, step] of job.steps.entries()) {
      if (!step.uses) continue;
      const action = await resolveAction(world, step.uses, workspace, step.where).catch((error: unknown) => {
        // A local action is read after the checkout that brings it.
        if (step.uses!.startsWith("./") && !(error instanceof CannotPlay)) return undefined;
        throw error;
      });
      if (action) resolved.set(index, action);
    }
    for (const [index, action] of resolved) {
      if (action.kind !== "node" || !action.pre) continue;
      const ctxs = contexts({ ...workflowEnv, ...jobEnv, ...addedEnv });
      if (!condition(action.preIf ?? "always()", ctxs, jobStatus())) continue;
      const step = newStep(`pre-${job.steps[index].id}`, `Pre ${action.name}`);
      const given = toStrings(evaluateToken(job.steps[index].with, ctxs));
      const { inputs } = actionInputs(action.inputs, given, ctxs, job.steps[index].where);
      await runNode(action, action.pre, inputs, {}, step, {}, undefined, job.steps[index].id);
      step.conclusion = step.outcome === "failure" ? "failure" : "success";
      if (step.outcome === "failure") status = "failure";
      result.steps.push(step);
    }

    for (const [index, model] of job.steps.entries()) {
      stepCounter++;
      const envSoFar = { ...workflowEnv, ...jobEnv, ...addedEnv };
      const ctxs = contexts(envSoFar);
      const name = model.name
        ? asString(evaluateToken(model.name, ctxs))
        : model.uses
          ? `Run ${model.uses}`
          : `Run ${asString(evaluateToken(model.run, ctxs)).split("\n")[0]}`;
      const step = newStep(model.id, name);
      result.steps.push(step);
      if (!condition(model.if, ctxs, jobStatus())) {
        steps[model.id] = { outputs: {}, outcome: "skipped", conclusion: "skipped" };
        continue;
      }
      const stepEnv = toStrings(evaluateToken(model.env, ctxs));
      const withCtxs = contexts({ ...envSoFar, ...stepEnv });
      const continueOnError =
        typeof model.continueOnError === "boolean"
          ? model.continueOnError
          : model.continueOnError
            ? evaluateToken(model.continueOnError, withCtxs) === true || evaluateToken(model.continueOnError, withCtxs) === "true"
            : false;
      const timeout = model.timeoutMinutes ? Number(evaluateToken(model.timeoutMinutes, withCtxs)) * 60_000 : undefined;
      const state: Record<string, string> = {};
      if (model.run) {
        await runScript(model, asString(evaluateToken(model.run, withCtxs)), stepEnv, withCtxs, step, timeout);
      } else {
        let action = resolved.get(index);
        action ??= await resolveAction(world, model.uses!, workspace, model.where);
        const given = toStrings(evaluateToken(model.with, withCtxs));
        const declared = action.kind === "node" ? action.inputs : action.standIn.inputs;
        const { inputs, warnings } = actionInputs(declared, given, withCtxs, model.where);
        // The action's post step, run after the job's steps with the state its main step saved.
        const queuePost = (postIf: string | undefined, run: (post: StepResult, saved: Record<string, string>) => Promise<unknown>) =>
          posts.push({
            where: model.where,
            name: `Post ${name}`,
            postIf: postIf ?? "always()",
            state,
            run: async (saved) => {
              const post = newStep(`post-${model.id}`, `Post ${name}`);
              await run(post, saved);
              return post;
            },
          });
        if (action.kind === "node") {
          await runNode(action, action.main, inputs, stepEnv, step, state, timeout, model.id);
          if (action.post) {
            const a = action;
            queuePost(a.postIf, (post, s) => runNode(a, a.post!, inputs, stepEnv, post, s, undefined, model.id));
          }
        } else {
          const missing = Object.entries(declared).find(([k, v]) => v.required && !inputs[k]);
          if (missing) {
            step.outcome = "failure";
            step.annotations.push({ level: "error", message: `Input required and not supplied: ${missing[0]}` });
            result.annotations.push(...step.annotations);
          } else {
            await runStandIn(action.standIn, "main", inputs, stepEnv, step, state, model.where, model.id);
            if (action.standIn.post) {
              const s0 = action.standIn;
              queuePost(s0.postIf, (post, s) => runStandIn(s0, "post", inputs, stepEnv, post, s, model.where, model.id));
            }
          }
        }
        for (const w of warnings) {
          const a: Annotation = { level: "warning", message: w };
          step.annotations.push(a);
          result.annotations.push(a);
        }
      }
      step.conclusion = step.outcome === "failure" && !continueOnError ? "failure" : "success";
      if (step.outcome === "skipped") step.outcome = "success";
      steps[model.id] = { outputs: step.outputs, outcome: step.outcome, conclusion: step.conclusion };
      if (step.conclusion === "failure") status = "failure";
    }

    // Post steps, in reverse order, each with its post-if on the job's status now.
    for (const post of posts.reverse()) {
      const ctxs = contexts({ ...workflowEnv, ...jobEnv, ...addedEnv });
      if (!condition(post.postIf, ctxs, jobStatus())) continue;
      const step = await post.run(post.state);
      step.conclusion = step.outcome === "failure" ? "failure" : "success";
      if (step.outcome === "failure") status = "failure";
      result.posts.push(step);
    }

    const outputs = toStrings(evaluateToken(job.outputs, contexts({ ...workflowEnv, ...jobEnv, ...addedEnv })));
    for (const [k, v] of Object.entries(outputs)) {
      if ([...masks].some((m) => m.length > 0 && v.includes(m))) {
        result.annotations.push({ level: "warning", message: `Skip output '${k}' since it may contain secret.` });
        continue;
      }
      result.outputs[k] = v;
    }
    result.conclusion = status;
  } finally {
    record.status = "completed";
    record.conclusion = result.conclusion === "success" ? "success" : "failure";
    record.completedAt = world.clock.iso();
    world.github.revokeToken(token);
    void stepCounter;
  }
  return result;

  async function runScript(
    model: StepModel,
    script: string,
    stepEnv: Record<string, string>,
    ctxs: Contexts,
    step: StepResult,
    timeoutMs: number | undefined,
  ): Promise<void> {
    const shell = model.shell ?? "bash";
    const file = path.join(temp, `${randomUUID()}.sh`);
    await fs.writeFile(file, script);
    let argv: string[];
    if (shell === "bash") argv = ["bash", "--noprofile", "--norc", "-eo", "pipefail", file];
    else if (shell === "sh") argv = ["sh", "-e", file];
    else throw new CannotPlay(`${model.where}: shell ${shell}`);
    const cwd = model.workingDirectory ? path.resolve(workspace, asString(evaluateToken(model.workingDirectory, ctxs))) : workspace;
    const files = await newFiles();
    const commands = new CommandProcessor(masks, step.name);
    const r = await runStepProcess(argv[0], argv.slice(1), { cwd, env: processEnv(stepEnv, files, model.id), commands, timeoutMs });
    step.outcome = r.code === 0 ? "success" : "failure";
    if (r.code !== 0)
      commands.annotations.push({
        level: "error",
        message: r.timedOut ? "The action has timed out." : `Process completed with exit code ${r.code}.`,
      });
    await collect(files, commands, step, {});
    finish(step, commands);
  }
}
