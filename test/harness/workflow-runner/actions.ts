import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { CannotPlay } from "./errors.js";
import { standInFor } from "./standins/index.js";
import type { StandIn } from "./types.js";
import type { World } from "./world.js";

/**
 * What a `uses:` names, as the runner finds it: a local action in the workspace (`./actions/x`),
 * a stand-in for a third-party action, or an action in a repository of the world
 * (`OWNER/specpipe/actions/metrics-collect@v1`), downloaded at that ref. Only JavaScript actions
 * (`runs.using: node20 | node24`) are run; a composite or Docker action cannot be played.
 */
export interface ActionInput {
  default?: string;
  required?: boolean;
}

export type ResolvedAction =
  | { kind: "stand-in"; standIn: StandIn; name: string }
  | {
      kind: "node";
      name: string;
      dir: string;
      inputs: Record<string, ActionInput>;
      using: string;
      main: string;
      pre?: string;
      preIf?: string;
      post?: string;
      postIf?: string;
    };

export async function resolveAction(world: World, uses: string, workspace: string, where: string): Promise<ResolvedAction> {
  if (uses.startsWith("docker://")) throw new CannotPlay(`${where}: a Docker action (${uses})`);
  if (uses.startsWith("./")) return readActionYml(path.resolve(workspace, uses), uses, where);
  const standIn = standInFor(uses);
  if (standIn && "unplayed" in standIn) throw new CannotPlay(`${where}: ${standIn.unplayed}`);
  if (standIn) return { kind: "stand-in", standIn: standIn.standIn, name: uses };
  const m = /^([^/@]+)\/([^/@]+)((?:\/[^@]+)?)@(.+)$/.exec(uses);
  if (!m) throw new CannotPlay(`${where}: uses: ${uses}`);
  const [, owner, repo, sub, ref] = m;
  if (!world.repositories.has(`${owner}/${repo}`.toLowerCase()))
    throw new CannotPlay(`${where}: ${uses} (no stand-in, and no repository ${owner}/${repo} in the test's world)`);
  const dir = await world.downloadAction(`${owner}/${repo}`, ref);
  return readActionYml(path.join(dir, sub), uses, where);
}

async function readActionYml(dir: string, name: string, where: string): Promise<ResolvedAction> {
  const file = ["action.yml", "action.yaml"].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (!file)
    throw new Error(
      `${where}: Can't find 'action.yml' or 'action.yaml' under '${dir}'. Did you forget to run actions/checkout before running your local action?`,
    );
  const yml = parseYaml(await fs.readFile(file, "utf8")) as {
    inputs?: Record<string, { default?: unknown; required?: boolean }>;
    runs?: { using?: string; main?: string; pre?: string; "pre-if"?: string; post?: string; "post-if"?: string };
  };
  const using = yml.runs?.using ?? "";
  if (!/^node\d+$/.test(using)) throw new CannotPlay(`${where}: ${name} runs with "${using}" (only JavaScript actions are played)`);
  const inputs: Record<string, ActionInput> = {};
  for (const [key, value] of Object.entries(yml.inputs ?? {}))
    inputs[key] = {
      default: value?.default === undefined || value.default === null ? undefined : scalar(value.default),
      required: value?.required,
    };
  return {
    kind: "node",
    name,
    dir,
    inputs,
    using,
    main: path.resolve(dir, yml.runs!.main!),
    pre: yml.runs?.pre ? path.resolve(dir, yml.runs.pre) : undefined,
    preIf: yml.runs?.["pre-if"],
    post: yml.runs?.post ? path.resolve(dir, yml.runs.post) : undefined,
    postIf: yml.runs?.["post-if"],
  };
}

/** INPUT_<NAME> as the runner names it: upper case, spaces to underscores. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

function scalar(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
}
