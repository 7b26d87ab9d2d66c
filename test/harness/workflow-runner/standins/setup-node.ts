import { existsSync } from "node:fs";
import * as path from "node:path";
import { CannotPlay } from "../errors.js";
import type { StandIn } from "../types.js";

/**
 * actions/setup-node v4.2.0 on an offline runner: the Node versions in its tool cache are the Node
 * 24 the tests run on and the image's own Node (the machine's `node`); `node-version` picks one by
 * major version and puts it first on PATH. `cache: npm` needs a lockfile, as the action does
 * ("Dependencies lock file is not found"), and never hits a cache here.
 */
export const setupNode: StandIn = {
  inputs: {
    "always-auth": { default: "false" },
    "node-version": {},
    "node-version-file": {},
    architecture: {},
    "check-latest": { default: "false" },
    "registry-url": {},
    scope: {},
    token: { default: "${{ github.server_url == 'https://github.com' && github.token || '' }}" },
    cache: {},
    "cache-dependency-path": {},
  },
  async main(ctx) {
    const wanted = ctx.inputs["node-version"];
    if (ctx.inputs["node-version-file"] || ctx.inputs["registry-url"])
      throw new CannotPlay(`${ctx.where}: setup-node with a version file or registry`);
    const major = /^v?(\d+)(?:\.x|\.\*)?$/.exec(wanted.trim())?.[1];
    const ours = process.version.slice(1).split(".")[0];
    let dir: string;
    if (major === ours) dir = path.dirname(process.execPath);
    else throw new CannotPlay(`${ctx.where}: setup-node ${wanted} (the offline runner has Node ${ours})`);
    ctx.info(`Found in cache @ ${dir}`);
    ctx.addPath(dir);
    ctx.setOutput("node-version", process.version);
    const cache = ctx.inputs.cache;
    if (cache) {
      if (cache !== "npm") throw new CannotPlay(`${ctx.where}: setup-node cache ${cache}`);
      const lockfiles = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock"];
      const where = ctx.inputs["cache-dependency-path"] ? path.resolve(ctx.workspace, ctx.inputs["cache-dependency-path"]) : ctx.workspace;
      const found = ctx.inputs["cache-dependency-path"] ? existsSync(where) : lockfiles.some((f) => existsSync(path.join(where, f)));
      if (!found) {
        throw new Error(`Dependencies lock file is not found in ${where}. Supported file patterns: ${lockfiles.join(",")}`);
      }
      ctx.info("npm cache is not found");
      ctx.setOutput("cache-hit", "false");
    }
  },
};
