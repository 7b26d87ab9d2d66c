import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors.js";
import { readIfExists } from "../fs/atomic.js";
import { planEdit, type FileEdit, type Plan } from "../fs/plan.js";
import { hashSpecContents } from "../spec/hash.js";
import { initialBeacon, serializeBeacon } from "./beacon.js";
import { parsePlaybook } from "./load.js";
import { renderProgressMd } from "./progress-md.js";

/**
 * `specpipe init`: a playbook from a template (templates/playbook/<name>/), the living spec, the
 * first ADR, and the beacon for the playbook's first step. Never overwrites: when any target file
 * exists, nothing is written and the error lists them all.
 */
export const TEMPLATES = ["refinement", "phases"] as const;
export type TemplateName = (typeof TEMPLATES)[number];

/** Finds templates/playbook/ next to the sources or next to the bundle (dist/cli/index.js). */
export function templatesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, "templates", "playbook");
    if (existsSync(path.join(candidate, "refinement", "playbook.yml"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error("internal: templates/playbook/ not found next to specpipe's files");
}

async function walk(dir: string, base = dir, acc: string[] = []): Promise<string[]> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(p, base, acc);
    else acc.push(path.relative(base, p).split(path.sep).join("/"));
  }
  return acc.sort();
}

export interface InitResult {
  plan: Plan;
  files: string[];
  template: TemplateName;
  firstStep: string;
}

export async function planInit(options: { root: string; template?: string; templates?: string }): Promise<InitResult> {
  const template = (options.template ?? "refinement") as TemplateName;
  if (!TEMPLATES.includes(template)) {
    throw new UserError(`there is no playbook template "${options.template}"`, {
      hint: `use --template ${TEMPLATES.join(" or --template ")}`,
      code: "init.unknown-template",
    });
  }
  const src = path.join(options.templates ?? templatesDir(), template);
  const files = new Map<string, Buffer>();
  for (const rel of await walk(src)) files.set(rel, await fs.readFile(path.join(src, rel)));
  const pb = await parsePlaybook(files.get("playbook.yml")!.toString("utf8"), "playbook.yml");
  const specFiles = pb.playbook.spec.filter((p) => files.has(p)).map((p) => ({ path: p, content: files.get(p)! }));
  const beacon = initialBeacon(pb, hashSpecContents(specFiles).full);
  files.set(pb.playbook.beacon.json, Buffer.from(serializeBeacon(beacon), "utf8"));
  files.set(pb.playbook.beacon.markdown, Buffer.from(renderProgressMd(pb, beacon), "utf8"));
  const existing: string[] = [];
  const edits: FileEdit[] = [];
  for (const [rel, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = await readIfExists(path.join(options.root, rel));
    if (before !== undefined) existing.push(rel);
    else edits.push(planEdit(options.root, rel, null, content, [`from the ${template} template`])!);
  }
  if (existing.length) {
    throw new UserError(
      `init does not overwrite files, and ${existing.length === 1 ? "this one exists" : "these exist"}: ${existing.join(", ")}`,
      {
        file: existing[0],
        hint: "move or rename them (or run init in another folder), then run init again; nothing was written",
        code: "init.exists",
      },
    );
  }
  return { plan: { edits }, files: edits.map((e) => e.displayPath), template, firstStep: beacon.step };
}

/**
 * The beacon alone, for a repository that already has its own playbook.yml (and spec): progress.json
 * and progress.md at the playbook's first step, sealed with the current playbook and spec hashes.
 * Like init, it never overwrites: an existing beacon is an error that names it.
 */
export async function planBeaconInit(options: { root: string; playbook?: string }): Promise<InitResult> {
  const { loadPlaybook } = await import("./load.js");
  const { computeSpecHash } = await import("../spec/hash.js");
  const pb = await loadPlaybook(options.root, options.playbook);
  const spec = await computeSpecHash({ root: options.root, paths: pb.playbook.spec });
  const beacon = initialBeacon(pb, spec.full);
  const files: [string, Buffer][] = [
    [pb.playbook.beacon.json, Buffer.from(serializeBeacon(beacon), "utf8")],
    [pb.playbook.beacon.markdown, Buffer.from(renderProgressMd(pb, beacon), "utf8")],
  ];
  const existing: string[] = [];
  const edits: FileEdit[] = [];
  for (const [rel, content] of files) {
    if ((await readIfExists(path.join(options.root, rel))) !== undefined) existing.push(rel);
    else edits.push(planEdit(options.root, rel, null, content, ["the beacon at the playbook's first step"])!);
  }
  if (existing.length) {
    throw new UserError(`the beacon already exists: ${existing.join(", ")}`, {
      file: existing[0],
      hint: "the gate alone moves an existing beacon; to start over, delete both beacon files and run init --beacon-only again",
      code: "init.beacon-exists",
    });
  }
  return { plan: { edits }, files: edits.map((e) => e.displayPath), template: "refinement", firstStep: beacon.step };
}
