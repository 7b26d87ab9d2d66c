#!/usr/bin/env node
// Regenerate the inputs and outputs tables in actions/<name>/README.md from actions/<name>/action.yml,
// between <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->.
//   node scripts/gen-docs.mjs           write
//   node scripts/gen-docs.mjs --check   exit 1, naming each stale README (CI: check-dist runs this)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

const cell = (s) =>
  String(s ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ")
    .trim();
const code = (s) => (s === undefined || s === "" ? "" : "`" + String(s).replace(/`/g, "\\`") + "`");

export function renderInputs(action) {
  const rows = Object.entries(action.inputs ?? {}).map(
    ([name, i]) => `| \`${name}\` | ${cell(i.description)} | ${i.required ? "yes" : "no"} | ${cell(code(i.default))} |`,
  );
  return ["| input | description | required | default |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

export function renderOutputs(action) {
  const rows = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return ["| output | description |", "| --- | --- |", ...rows].join("\n");
}

function splice(text, marker, body, file) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a === -1 || b === -1 || b < a)
    throw new Error(`${file}: missing ${start} ... ${end}; add both markers where the ${marker} table belongs`);
  return text.slice(0, a + start.length) + "\n" + body + "\n" + text.slice(b);
}

const stale = [];
const problems = [];
for (const name of readdirSync(path.join(root, "actions")).sort()) {
  const yml = path.join(root, "actions", name, "action.yml");
  const readme = path.join(root, "actions", name, "README.md");
  if (!existsSync(yml)) continue;
  const rel = path.relative(root, readme);
  if (!existsSync(readme)) {
    problems.push(`${rel}: missing (each action has a README with the inputs and outputs tables)`);
    continue;
  }
  const action = parse(readFileSync(yml, "utf8"));
  const before = readFileSync(readme, "utf8");
  let after;
  try {
    after = splice(splice(before, "inputs", renderInputs(action), rel), "outputs", renderOutputs(action), rel);
  } catch (e) {
    problems.push(e.message);
    continue;
  }
  if (after !== before) {
    if (check) stale.push(rel);
    else writeFileSync(readme, after);
  }
}
for (const p of problems) console.error(`gen-docs: ${p}`);
if (check && stale.length) console.error(`gen-docs: stale: ${stale.join(", ")} (run node scripts/gen-docs.mjs)`);
process.exit(problems.length || (check && stale.length) ? 1 : 0);
