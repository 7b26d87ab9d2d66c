import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Phase } from "../agents.js";
import { Stop, type RunContext } from "../context.js";
import { featureName, validateBranchName } from "../naming.js";
import {
  checkedOutBranch,
  checkProduct,
  clarificationMarkers,
  donePhases,
  locateFeature,
  readProduct,
  specTemplate,
  type ProductCheck,
} from "../products.js";

/**
 * Stage 3 and the checks after each phase: where the feature's products are (ADR 0032). Before the
 * phases, the feature is named the way Spec Kit names it (or found on the branch a rerun resumes);
 * after the specify phase, it is wherever Spec Kit put it; after every phase, its product is judged
 * on disk.
 */
export async function nameFeature(ctx: RunContext): Promise<void> {
  const { ws, options } = ctx;
  const layout = ctx.layout!;
  if (ctx.resumed) {
    ctx.featureDir = await featureOfBranch(ctx);
  } else {
    const specDirs = await fs
      .readdir(path.join(ws.repo, "specs"), { withFileTypes: true })
      .then((es) => es.filter((e) => e.isDirectory()).map((e) => e.name))
      .catch(() => [] as string[]);
    const remote = ctx.heads.map((h) => h.branch);
    // Spec Kit 1.x numbers after specs/ only; 0.0.x after its branches too.
    const taken = layout.generation === 0 ? [...specDirs, ...remote] : [...specDirs];
    let name = featureName({
      description: options.specText,
      requested: options.branchName,
      numbering: layout.numbering,
      taken,
      now: ctx.now(),
    });
    // A branch of another request already has this very name: the next number (Spec Kit keeps
    // folders and branches independent; one branch must not be two features).
    while (remote.includes(name) && layout.numbering === "sequential" && !options.branchName) {
      taken.push(name);
      name = featureName({ description: options.specText, numbering: "sequential", taken, now: ctx.now() });
    }
    ctx.branch = name;
    ctx.featureDir = `specs/${name}`;
    ctx.log(`feature ${name}`);
  }
  ctx.record.branch = ctx.branch;
  ctx.record.featureDir = ctx.featureDir;
  await ctx.changed();
}

/**
 * The feature folder on a resumed branch: the one folder under specs/ the branch changed against
 * the base (both trees are in the shallow clone), else specs/<branch>.
 */
async function featureOfBranch(ctx: RunContext): Promise<string> {
  const out = await ctx.git!.run(["diff-tree", "-r", "--name-only", "--no-renames", ctx.baseSha!, "HEAD", "--", "specs/"]);
  const dirs = new Set(
    out
      .split("\n")
      .map((f) => /^(specs\/[^/]+)\//.exec(f)?.[1])
      .filter((d): d is string => d !== undefined),
  );
  return dirs.size === 1 ? [...dirs][0] : `specs/${ctx.branch}`;
}

/** The phases whose products the resumed branch already holds. */
export async function phasesDone(ctx: RunContext): Promise<Set<Phase>> {
  if (!ctx.resumed) return new Set();
  return donePhases(ctx.options.phases, ctx.ws.repo, ctx.featureDir!, await specTemplate(ctx.ws.repo));
}

/**
 * After a phase exited 0: find the products where Spec Kit put them (the specify phase decides
 * the folder), then judge the phase's product.
 */
export async function checkPhaseProduct(ctx: RunContext, phase: Phase): Promise<ProductCheck> {
  const { ws } = ctx;
  if (phase === "specify") {
    const head = await checkedOutBranch(ws.repo);
    const agentBranch = head && head !== ctx.base && head !== ctx.branch ? head : undefined;
    const found = await locateFeature(ws.repo, ctx.featureDir!, agentBranch);
    if (found.dir !== ctx.featureDir) ctx.log(`Spec Kit put the feature in ${found.dir} (from ${found.from}), not ${ctx.featureDir}`);
    ctx.featureDir = found.dir;
    // Spec Kit 0.0.x: its script made the branch, and its later scripts find the feature by it.
    if (found.branch) {
      validateBranchName(found.branch);
      ctx.branch = found.branch;
    }
    ctx.record.featureDir = ctx.featureDir;
    ctx.record.branch = ctx.branch;
  }
  return checkProduct(phase, ws.repo, ctx.featureDir!, await specTemplate(ws.repo));
}

/**
 * After the last phase that writes the spec: markers left in it end the run (needs_clarification).
 * The drafted spec is kept in the artifacts, since nothing is pushed.
 */
export async function clarificationStop(ctx: RunContext): Promise<Stop | undefined> {
  const rel = `${ctx.featureDir}/spec.md`;
  const spec = (await readProduct(ctx.ws.repo, rel)) ?? "";
  const markers = clarificationMarkers(spec);
  if (markers.length === 0) return undefined;
  await fs.writeFile(path.join(ctx.ws.artifacts, "spec-draft.md"), spec);
  ctx.record.artifacts.push({ kind: "spec_draft", path: "spec-draft.md" });
  const list = markers
    .slice(0, 5)
    .map((m) => `line ${m.line}: ${m.text}`)
    .join("; ");
  return new Stop(
    "needs_clarification",
    `${rel} has ${markers.length} [NEEDS CLARIFICATION] marker(s) (${list}); the draft is in the artifacts (spec-draft.md); answer them in the specification text, or add the clarify phase, and run again`,
  );
}
