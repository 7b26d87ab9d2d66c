// commitlint as the reference for spec-hash-check's header rules (a dev dependency only):
// a config = config-conventional with our default types (its list plus "spec"), and a
// formatter that prints the per-commit results as JSON. Both are written to a temp folder with
// absolute imports, so commitlint can run with --cwd on any generated repository.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const COMMITLINT_BIN = path.join(REPO_ROOT, "node_modules/.bin/commitlint");
export const COMMITLINT_CLI = path.join(REPO_ROOT, "node_modules/@commitlint/cli/cli.js");

export function commitlintSetup() {
  const conventional = pathToFileURL(path.join(REPO_ROOT, "node_modules/@commitlint/config-conventional/lib/index.js")).href;
  // The preset is ESM-only since version 9 (no "require" condition), so it is found by its folder.
  const presetDir = path.join(REPO_ROOT, "node_modules/conventional-changelog-conventionalcommits");
  const presetPkg = JSON.parse(readFileSync(path.join(presetDir, "package.json"), "utf8"));
  const presetEntry = presetPkg.exports?.import ?? presetPkg.exports?.["."]?.import ?? presetPkg.main;
  const preset = pathToFileURL(path.join(presetDir, presetEntry)).href;
  const dir = mkdtempSync(path.join(tmpdir(), "specpipe-commitlint-"));
  const config = path.join(dir, "commitlint.config.mjs");
  writeFileSync(
    config,
    // The preset is loaded here (commitlint does not call a preset given as an absolute path).
    // Preset 10 (commitlint 21) names its options `parser`; earlier ones named them `parserOpts`.
    `import conv from ${JSON.stringify(conventional)};\n` +
      `import createPreset from ${JSON.stringify(preset)};\n` +
      `const preset = await createPreset();\n` +
      `export default { ...conv, parserPreset: { parserOpts: preset.parser ?? preset.parserOpts }, rules: { ...conv.rules, "type-enum": [2, "always", [...conv.rules["type-enum"][2], "spec"]] } };\n`,
  );
  const formatter = path.join(dir, "json-formatter.mjs");
  writeFileSync(
    formatter,
    `export default function format(report) { return JSON.stringify(report.results.map((r) => ({ input: r.input, valid: r.valid, errors: r.errors.map((e) => e.name) }))); }\n`,
  );
  return { dir, config, formatter };
}
