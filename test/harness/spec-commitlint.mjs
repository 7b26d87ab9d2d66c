// commitlint as the reference for spec-hash-check's header rules (a dev dependency only):
// a config = config-conventional with our default types (its list plus "spec"), and a
// formatter that prints the per-commit results as JSON. Both are written to a temp folder with
// absolute imports, so commitlint can run with --cwd on any generated repository.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const COMMITLINT_BIN = path.join(REPO_ROOT, "node_modules/.bin/commitlint");
export const COMMITLINT_CLI = path.join(REPO_ROOT, "node_modules/@commitlint/cli/cli.js");

export function commitlintSetup() {
  const require = createRequire(path.join(REPO_ROOT, "package.json"));
  const conventional = pathToFileURL(path.join(REPO_ROOT, "node_modules/@commitlint/config-conventional/lib/index.js")).href;
  const preset = pathToFileURL(require.resolve("conventional-changelog-conventionalcommits")).href;
  const dir = mkdtempSync(path.join(tmpdir(), "specpipe-commitlint-"));
  const config = path.join(dir, "commitlint.config.mjs");
  writeFileSync(
    config,
    // The preset is loaded here (commitlint does not call a preset given as an absolute path).
    `import conv from ${JSON.stringify(conventional)};\n` +
      `import createPreset from ${JSON.stringify(preset)};\n` +
      `const preset = await createPreset();\n` +
      `export default { ...conv, parserPreset: { parserOpts: preset.parserOpts }, rules: { ...conv.rules, "type-enum": [2, "always", [...conv.rules["type-enum"][2], "spec"]] } };\n`,
  );
  const formatter = path.join(dir, "json-formatter.mjs");
  writeFileSync(formatter, `export default function format(report) { return JSON.stringify(report.results.map((r) => ({ input: r.input, valid: r.valid, errors: r.errors.map((e) => e.name) }))); }\n`);
  return { dir, config, formatter };
}
