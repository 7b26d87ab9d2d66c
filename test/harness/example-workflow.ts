// The world the workflows-examples tests start from: acme/widgets holding one workflow of
// workflows-examples/ (with `exampleRepo`, in the example repository), `files`, and an agent as codex.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "./run-action.js";
import { EXAMPLE_REPO } from "./speckit-fixture.js";
import { filesOf, World, type Repository } from "./workflow-runner/index.js";

export interface ExampleWorkflowWorld {
  world: World;
  repo: Repository;
  /** Where the workflow is in acme/widgets: `.github/workflows/<name>`. */
  workflow: string;
}

export async function exampleWorkflowWorld(options: {
  /** The file's name in workflows-examples/, e.g. "speckit.yml". */
  workflow: string;
  /** Installed as `@openai/codex` (its `codex` bin) when given. */
  agent?: string;
  start: string;
  /** Lay the workflow in test/fixtures/speckit/example-repo's files. */
  exampleRepo?: boolean;
  files?: Record<string, string>;
}): Promise<ExampleWorkflowWorld> {
  const workflow = `.github/workflows/${options.workflow}`;
  const world = await World.create({ start: options.start });
  await world.publishSpecpipe();
  if (options.agent) world.npmPackages["@openai/codex"] = { bin: { codex: options.agent } };
  const repo = await world.addRepository({
    owner: "acme",
    name: "widgets",
    files: {
      ...(options.exampleRepo ? await filesOf(EXAMPLE_REPO) : {}),
      [workflow]: await fs.readFile(path.join(REPO_ROOT, "workflows-examples", options.workflow), "utf8"),
      ...options.files,
    },
  });
  return { world, repo, workflow };
}

/** speckit.yml's world: maintainer-mia is a maintainer (the workflow runs only for one). */
export async function speckitWorkflowWorld(agent: string): Promise<ExampleWorkflowWorld> {
  const made = await exampleWorkflowWorld({ workflow: "speckit.yml", agent, start: "2026-03-02T14:00:00Z", exampleRepo: true });
  made.repo.state.setPermission("maintainer-mia", "maintain");
  return made;
}
