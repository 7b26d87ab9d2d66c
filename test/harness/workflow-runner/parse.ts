import { convertWorkflowTemplate, isMapping, isSequence, isString, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import type { EventsConfig, Job, Step } from "@actions/workflow-parser/model/workflow-template";
import type { MappingToken } from "@actions/workflow-parser/templates/tokens/mapping-token";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import { CannotPlay } from "./errors.js";

/**
 * A workflow file as GitHub reads it: GitHub's own parser and converter (@actions/workflow-parser)
 * give the jobs, their needs, their `if:` (with the implicit `success() &&`), env, strategy and
 * outputs, and the steps with theirs. The converter leaves out a few keys the runner needs
 * (`permissions`, a step's `with`, `shell`, `working-directory`, `timeout-minutes`); those are read
 * from the parsed tokens of the same file, so every value stays a template token, evaluated later
 * with the contexts of its place.
 */
export interface WorkflowModel {
  file: string;
  name: string;
  events: EventsConfig;
  env?: TemplateToken;
  permissions?: TemplateToken;
  jobs: JobModel[];
}

export interface JobModel {
  id: string;
  name?: TemplateToken;
  needs: string[];
  /** The job's condition, e.g. "success() && (github.event_name == 'push')". */
  if: string;
  env?: TemplateToken;
  strategy?: TemplateToken;
  outputs?: MappingToken;
  permissions?: TemplateToken;
  timeoutMinutes?: TemplateToken;
  steps: StepModel[];
}

export interface StepModel {
  /** The step's id, or the one GitHub makes up (`__actions_checkout`, `__run_2`). */
  id: string;
  name?: TemplateToken;
  if: string;
  env?: TemplateToken;
  run?: TemplateToken;
  uses?: string;
  with?: MappingToken;
  continueOnError?: TemplateToken | boolean;
  shell?: string;
  workingDirectory?: TemplateToken;
  timeoutMinutes?: TemplateToken;
  /** For messages: "job run, step 3 (Claim the item)". */
  where: string;
}

const JOB_KEYS_NOT_PLAYED = ["container", "services", "environment", "uses", "defaults"];
const STEP_KEYS = new Set([
  "id",
  "name",
  "if",
  "env",
  "run",
  "uses",
  "with",
  "continue-on-error",
  "shell",
  "working-directory",
  "timeout-minutes",
]);

function find(map: MappingToken | undefined, key: string): TemplateToken | undefined {
  if (!map) return undefined;
  for (const pair of map) if (isString(pair.key) && pair.key.value === key) return pair.value;
  return undefined;
}

function mapping(token: TemplateToken | undefined): MappingToken | undefined {
  return token && isMapping(token) ? token : undefined;
}

export async function parseWorkflowFile(file: string, content: string): Promise<WorkflowModel> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length || !parsed.value) throw new Error(`${file} does not parse: ${errors.join("; ")}`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const converted = (template.errors ?? []).map((e) => e.Message);
  if (converted.length) throw new Error(`${file} does not convert: ${converted.join("; ")}`);
  const raw = mapping(parsed.value)!;
  const rawJobs = mapping(find(raw, "jobs"));
  const nameToken = find(raw, "name");

  const jobs: JobModel[] = template.jobs.map((j) => {
    if (j.type !== "job") throw new CannotPlay(`${file}: job ${j.id.value} calls a reusable workflow`);
    const job: Job = j;
    const id = job.id.value;
    const rawJob = mapping(find(rawJobs, id));
    for (const key of JOB_KEYS_NOT_PLAYED) if (find(rawJob, key) !== undefined) throw new CannotPlay(`${file}: job ${id} uses "${key}:"`);
    const rawSteps = find(rawJob, "steps");
    const stepTokens = rawSteps && isSequence(rawSteps) ? [...rawSteps] : [];
    return {
      id,
      name: find(rawJob, "name"),
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if.expression,
      env: job.env,
      strategy: job.strategy,
      outputs: job.outputs,
      permissions: find(rawJob, "permissions"),
      timeoutMinutes: find(rawJob, "timeout-minutes"),
      steps: job.steps.map((step: Step, index) => {
        const rawStep = mapping(stepTokens[index]);
        for (const pair of rawStep ?? []) {
          const key = isString(pair.key) ? pair.key.value : "";
          if (!STEP_KEYS.has(key)) throw new CannotPlay(`${file}: job ${id}, step ${index + 1} uses "${key}:"`);
        }
        const s = step as Step & { run?: TemplateToken; uses?: { value: string }; env?: TemplateToken; if?: { expression: string } };
        if (!("run" in s) && !("uses" in s)) throw new CannotPlay(`${file}: job ${id}, step ${index + 1} is neither run: nor uses:`);
        const shell = find(rawStep, "shell");
        const label = s.name && isString(s.name) ? s.name.value : s.uses ? s.uses.value : "run";
        return {
          id: s.id,
          name: s.name,
          if: s.if?.expression ?? "success()",
          env: s.env,
          run: s.run,
          uses: s.uses?.value,
          with: mapping(find(rawStep, "with")),
          continueOnError: s["continue-on-error"],
          shell: shell && isString(shell) ? shell.value : undefined,
          workingDirectory: find(rawStep, "working-directory"),
          timeoutMinutes: find(rawStep, "timeout-minutes"),
          where: `${file}: job ${id}, step ${index + 1} (${label})`,
        };
      }),
    };
  });
  return {
    file,
    name: nameToken && isString(nameToken) ? nameToken.value : file,
    events: template.events,
    env: template.env,
    permissions: find(raw, "permissions"),
    jobs,
  };
}
