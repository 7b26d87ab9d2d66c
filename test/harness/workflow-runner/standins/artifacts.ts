import { promises as fs } from "node:fs";
import * as path from "node:path";
import { CannotPlay } from "../errors.js";
import type { StandIn, StandInContext, StoredArtifact } from "../types.js";

/**
 * actions/upload-artifact v4.6.0 and actions/download-artifact v4.1.8, with the run's artifacts
 * kept by the world (so a later job of the same run downloads what an earlier one uploaded):
 *
 * - upload: `path` is one or more lines of paths or globs (`!` excludes); the artifact's root is
 *   the search path of a single pattern (a file's folder, a directory itself) or the least common
 *   ancestor of several; hidden files are left out unless `include-hidden-files`; nothing found is a
 *   warning (`if-no-files-found: warn`), an error or ignored; a second upload of one name in a run is
 *   refused (409) unless `overwrite: true`;
 * - download: `name` puts that artifact's files in `path` (default the workspace); without a name
 *   every artifact (matching `pattern`) goes into `path/<name>/`, or all into `path` with
 *   `merge-multiple`; an unknown name fails the step.
 */
function store(ctx: StandInContext): Map<string, StoredArtifact> {
  let m = ctx.world.artifacts.get(ctx.runId);
  if (!m) ctx.world.artifacts.set(ctx.runId, (m = new Map<string, StoredArtifact>()));
  return m;
}

const GLOB = /[*?[\]{}]/;

function searchPath(pattern: string): string {
  const parts = pattern.split("/");
  const at = parts.findIndex((p) => GLOB.test(p));
  return at === -1 ? pattern : parts.slice(0, at).join("/") || "/";
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const entry of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      else out.push(p);
    }
  };
  await walk(dir);
  return out;
}

export const uploadArtifact: StandIn = {
  inputs: {
    name: { default: "artifact" },
    path: { required: true },
    "if-no-files-found": { default: "warn" },
    "retention-days": {},
    "compression-level": { default: "6" },
    overwrite: { default: "false" },
    "include-hidden-files": { default: "false" },
  },
  async main(ctx) {
    const { default: picomatch } = await import("picomatch");
    const lines = ctx.inputs.path
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) throw new Error("Input required and not supplied: path");
    const includes = lines.filter((l) => !l.startsWith("!")).map((l) => path.resolve(ctx.workspace, l));
    const excludes = lines.filter((l) => l.startsWith("!")).map((l) => picomatch(path.resolve(ctx.workspace, l.slice(1))));
    const found = new Set<string>();
    const searchPaths: string[] = [];
    for (const pattern of includes) {
      const base = searchPath(pattern);
      searchPaths.push(base);
      const st = await fs.stat(base).catch(() => undefined);
      if (!st) continue;
      if (st.isFile()) {
        if (!GLOB.test(pattern) || picomatch(pattern)(base)) found.add(base);
        continue;
      }
      const match = GLOB.test(pattern) ? picomatch(pattern, { dot: true }) : () => true;
      for (const file of await filesUnder(base)) if (match(file)) found.add(file);
    }
    const hidden = ctx.inputs["include-hidden-files"].toLowerCase() !== "true";
    let files = [...found].filter((f) => !excludes.some((x) => x(f))).sort();
    let root: string;
    if (searchPaths.length > 1) {
      // The least common ancestor of the search paths.
      const split = searchPaths.map((p) => p.split(path.sep));
      const common: string[] = [];
      for (let k = 0; split.every((s) => s[k] !== undefined && s[k] === split[0][k]); k++) common.push(split[0][k]);
      root = common.join(path.sep) || path.sep;
    } else {
      const only = searchPaths[0];
      root = (await fs.stat(only).catch(() => undefined))?.isFile() ? path.dirname(only) : only;
    }
    if (hidden)
      files = files.filter(
        (f) =>
          !path
            .relative(root, f)
            .split(path.sep)
            .some((part) => part.startsWith(".")),
      );
    const name = ctx.inputs.name || "artifact";
    if (files.length === 0) {
      const how = ctx.inputs["if-no-files-found"];
      const message = `No files were found with the provided path: ${lines.join("\n")}. No artifacts will be uploaded.`;
      if (how === "error") throw new Error(message);
      if (how === "warn") ctx.warning(message);
      else ctx.info(message);
      return;
    }
    const artifacts = store(ctx);
    if (artifacts.has(name) && ctx.inputs.overwrite.toLowerCase() !== "true") {
      throw new Error(
        "Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run",
      );
    }
    const id = ctx.world.nextArtifactId();
    const dir = path.join(ctx.world.root, "artifacts", String(ctx.runId), `${id}-${name}`);
    const rels: string[] = [];
    for (const file of files) {
      const rel = path.relative(root, file);
      await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await fs.copyFile(file, path.join(dir, rel));
      rels.push(rel.split(path.sep).join("/"));
    }
    artifacts.set(name, { id, name, dir, files: rels, retentionDays: Number(ctx.inputs["retention-days"] || "90") });
    ctx.info(`Artifact ${name} has been successfully uploaded! Final size is ${rels.length} file(s).`);
    ctx.setOutput("artifact-id", String(id));
    ctx.setOutput("artifact-url", `${ctx.env.GITHUB_SERVER_URL}/${ctx.env.GITHUB_REPOSITORY}/actions/runs/${ctx.runId}/artifacts/${id}`);
  },
};

export const downloadArtifact: StandIn = {
  inputs: {
    name: {},
    path: {},
    pattern: {},
    "merge-multiple": { default: "false" },
    "github-token": {},
    repository: { default: "${{ github.repository }}" },
    "run-id": { default: "${{ github.run_id }}" },
  },
  async main(ctx) {
    if (ctx.inputs["run-id"] !== String(ctx.runId) || ctx.inputs["github-token"])
      throw new CannotPlay(`${ctx.where}: download-artifact from another run`);
    const into = path.resolve(ctx.workspace, ctx.inputs.path || ".");
    const artifacts = store(ctx);
    const copy = async (a: StoredArtifact, to: string) => {
      for (const rel of a.files) {
        await fs.mkdir(path.dirname(path.join(to, rel)), { recursive: true });
        await fs.copyFile(path.join(a.dir, rel), path.join(to, rel));
      }
    };
    const name = ctx.inputs.name;
    if (name) {
      const a = artifacts.get(name);
      if (!a) throw new Error(`Unable to download artifact(s): Artifact not found for name: ${name}`);
      await copy(a, into);
    } else {
      const { default: picomatch } = await import("picomatch");
      const match = ctx.inputs.pattern ? picomatch(ctx.inputs.pattern) : () => true;
      const merge = ctx.inputs["merge-multiple"].toLowerCase() === "true";
      for (const a of artifacts.values()) if (match(a.name)) await copy(a, merge ? into : path.join(into, a.name));
    }
    ctx.info(`Total of ${name ? 1 : artifacts.size} artifact(s) downloaded`);
    ctx.setOutput("download-path", into);
  },
};
