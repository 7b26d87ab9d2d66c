#!/usr/bin/env node
// EXAMPLE AGENT — NOT A REAL MODEL.
//
// A stand-in for a coding agent (Codex, Claude Code, Gemini, Copilot) for demos and tests of
// speckit-run. It runs Spec Kit phases mechanically: it fills the repository's own templates in
// `.specify/templates/` with text derived from the request, so a run produces the files a real
// agent would (spec.md, plan.md, tasks.md) without calling any model. Its output is obviously
// placeholder prose, marked "(example agent)".
//
// It understands the command lines speckit-run gives real agents:
//   example-agent exec --json --full-auto '$speckit-specify <text>'        (like codex)
//   example-agent -p '/speckit-plan' --output-format json ...              (like claude/gemini/copilot)
//   example-agent [--phase <phase>] [--feature-dir <dir>] '<prompt>'       (agent: command)
// and `--version`. It finds the feature folder as Spec Kit's scripts do: SPECIFY_FEATURE_DIRECTORY
// (which speckit-run sets), else `.specify/feature.json`; in a Spec Kit 1.x repository
// (`.specify/integration.json`) its specify phase records the folder in `.specify/feature.json`,
// as Spec Kit's own specify command does.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const VERSION = "example-agent 1.0.0 (not a real model)";
const PHASES = ["specify", "clarify", "plan", "tasks", "analyze"];

/** argv → { phase, prompt, text, json: "lines" | "object" | undefined, featureDir? } */
export function parseArgs(argv) {
  let prompt;
  let phase;
  let featureDir;
  let json;
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "exec" && i === 0) continue;
    if (a === "--json") json = "lines";
    else if (a === "--output-format") json = argv[++i] === "json" ? "object" : json;
    else if (a === "-p" || a === "--prompt") prompt = argv[++i];
    else if (a === "--phase") phase = argv[++i];
    else if (a === "--feature-dir") featureDir = argv[++i];
    else if (a === "--permission-mode") i++;
    else if (a === "--full-auto" || a === "--yolo") continue;
    else if (a === "--") {
      rest.push(...argv.slice(i + 1));
      break;
    } else rest.push(a);
  }
  if (prompt === undefined) prompt = rest[rest.length - 1] ?? "";
  const m = /^[/$]speckit[-.]([a-z]+)(?:\s([\s\S]*))?$/.exec(prompt);
  if (m && PHASES.includes(m[1])) {
    phase ??= m[1];
    return { phase, prompt, text: m[2] ?? "", json, featureDir };
  }
  return { phase, prompt, text: prompt, json, featureDir };
}

function title(text) {
  const line =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== "") ?? "Feature";
  return line
    .replace(/^#+\s*/, "")
    .replace(/^(feature\s+specification|spec|feature)\s*:\s*/i, "")
    .slice(0, 80);
}

const KEEP = new Set(["[ ]", "[x]", "[X]", "[P]", "[P?]", "[ID]", "[Story]", "[US1]", "[US2]", "[US3]"]);

/** Fill a Spec Kit template: known tokens, then every other `[placeholder]` with example prose. */
export function fill(template, values) {
  let t = template
    .replace(/<!--[\s\S]*?-->\n?\n?/g, "")
    .replaceAll("[FEATURE NAME]", values.name)
    .replaceAll("[FEATURE]", values.name)
    .replaceAll("[###-feature-name]", values.branch)
    .replaceAll("[###-feature]", values.branch)
    .replaceAll("[Brief Title]", values.name)
    .replaceAll("[Title]", values.name)
    .replaceAll("[DATE]", values.date)
    .replaceAll("[link]", "spec.md")
    .replaceAll("$ARGUMENTS", values.input);
  // The templates' own examples of unclear requirements are not questions about this feature.
  t = t
    .split("\n")
    .filter((l) => !/\[NEEDS CLARIFICATION/.test(l) && !/Example of marking unclear requirements/.test(l))
    .join("\n");
  return t.replace(/\[([^\]\n]{2,200})\](?!\()/g, (whole, inner) => {
    if (KEEP.has(whole) || /^US\d+$/.test(inner) || /^T\d+$/.test(inner)) return whole;
    return `${inner.replace(/^e\.g\.,?\s*/i, "")} (example agent)`;
  });
}

const FALLBACK = {
  spec: '# Feature Specification: [FEATURE NAME]\n\n**Feature Branch**: `[###-feature-name]`\n**Created**: [DATE]\n**Status**: Draft\n**Input**: User description: "$ARGUMENTS"\n\n## User Scenarios & Testing\n\n### User Story 1 - [Brief Title] (Priority: P1)\n\n[Describe this user journey in plain language]\n\n## Requirements\n\n- **FR-001**: System MUST [specific capability]\n\n## Success Criteria\n\n- **SC-001**: [Measurable outcome]\n',
  plan: "# Implementation Plan: [FEATURE]\n\n**Branch**: `[###-feature-name]` | **Date**: [DATE] | **Spec**: [link]\n\n## Summary\n\n[Primary requirement and technical approach]\n\n## Technical Context\n\n**Language/Version**: [language]\n",
  tasks:
    "# Tasks: [FEATURE NAME]\n\n## Phase 1: Setup\n\n- [ ] T001 Create project structure per implementation plan\n- [ ] T002 [P] Configure linting and formatting tools\n\n## Phase 2: User Story 1 (P1)\n\n- [ ] T003 [US1] Implement [the first story]\n",
};

function template(root, name) {
  const p = path.join(root, ".specify", "templates", `${name}-template.md`);
  return existsSync(p) ? readFileSync(p, "utf8") : FALLBACK[name];
}

/**
 * Run one phase in `cwd`. Returns { exitCode, stdout, stderr } instead of printing, so tests and
 * the scripted agent can wrap it. `options.leaveMarkers` keeps clarification questions in spec.md.
 */
export function runAgent(argv, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const now = options.now ?? new Date();
  if (argv.includes("--version")) return { exitCode: 0, stdout: VERSION + "\n", stderr: "" };
  const args = parseArgs(argv);
  if (!args.phase)
    return { exitCode: 2, stdout: "", stderr: "example-agent: no Spec Kit phase in the prompt (expected /speckit-<phase> ...)\n" };
  let featureDir = args.featureDir ?? env.SPECIFY_FEATURE_DIRECTORY;
  if (!featureDir) {
    try {
      featureDir = JSON.parse(readFileSync(path.join(cwd, ".specify", "feature.json"), "utf8")).feature_directory;
    } catch {
      return {
        exitCode: 2,
        stdout: "",
        stderr: "example-agent: no feature folder: set SPECIFY_FEATURE_DIRECTORY (speckit-run does) or run Spec Kit's specify first\n",
      };
    }
  }
  if (args.phase === "specify" && existsSync(path.join(cwd, ".specify", "integration.json"))) {
    writeFileSync(path.join(cwd, ".specify", "feature.json"), JSON.stringify({ feature_directory: featureDir }, null, 2) + "\n");
  }
  const dir = path.join(cwd, featureDir);
  mkdirSync(dir, { recursive: true });
  const branch = path.basename(featureDir);
  const specFile = path.join(dir, "spec.md");
  const spec = existsSync(specFile) ? readFileSync(specFile, "utf8") : "";
  const specTitle = /^# Feature Specification:\s*(.+)$/m.exec(spec)?.[1]?.trim();
  const name = args.phase === "specify" ? title(args.text) : specTitle && !specTitle.startsWith("[") ? specTitle : branch;
  const values = { name, branch, date: now.toISOString().slice(0, 10), input: args.text.replace(/\r?\n/g, " ").trim() };
  const written = [];
  let report = "";
  switch (args.phase) {
    case "specify": {
      let text = fill(template(cwd, "spec"), values);
      if (options.leaveMarkers) {
        text += "\n## Open Questions\n\n- **FR-900**: System MUST keep data for [NEEDS CLARIFICATION: retention period not specified]\n";
      }
      writeFileSync(specFile, text);
      written.push("spec.md");
      break;
    }
    case "clarify": {
      const questions = [...spec.matchAll(/\[NEEDS CLARIFICATION:?\s*([^\]]*)\]/g)].map((m) => m[1].trim());
      if (questions.length === 0) {
        report = "No clarification needed.\n";
        break;
      }
      const answered = spec.replace(/\[NEEDS CLARIFICATION:?\s*([^\]]*)\]/g, "30 days (example answer)");
      const session = `\n## Clarifications\n\n### Session ${values.date}\n\n${questions.map((q) => `- Q: ${q} → A: 30 days (example answer)`).join("\n")}\n`;
      writeFileSync(specFile, answered + session);
      written.push("spec.md");
      break;
    }
    case "plan":
      writeFileSync(path.join(dir, "plan.md"), fill(template(cwd, "plan"), values));
      writeFileSync(
        path.join(dir, "research.md"),
        `# Research: ${name}\n\n- Decision: follow the existing structure (example agent)\n- Rationale: none; this file was written by the example agent\n`,
      );
      written.push("plan.md", "research.md");
      break;
    case "tasks":
      writeFileSync(path.join(dir, "tasks.md"), fill(template(cwd, "tasks"), values));
      written.push("tasks.md");
      break;
    case "analyze": {
      const files = ["spec.md", "plan.md", "tasks.md"].filter((f) => existsSync(path.join(dir, f)));
      report = `Specification analysis (example agent): ${files.join(", ") || "no files"} present; no issues found.\n`;
      break;
    }
  }
  const summary = `${args.phase}: ${written.length ? `wrote ${written.map((f) => `${featureDir}/${f}`).join(", ")}` : "wrote nothing"} (example agent, not a real model)`;
  const usage = { input_tokens: 100 + args.text.length, output_tokens: 50 };
  let stdout;
  if (args.json === "lines") {
    stdout =
      [
        JSON.stringify({ type: "thread.started", thread_id: "example" }),
        JSON.stringify({ type: "item.completed", item: { type: "agent_message", text: summary } }),
        JSON.stringify({ type: "turn.completed", usage: { ...usage, cached_input_tokens: 0 } }),
      ].join("\n") + "\n";
  } else if (args.json === "object") {
    stdout =
      JSON.stringify({
        type: "result",
        subtype: "success",
        is_error: false,
        result: summary + "\n" + report,
        total_cost_usd: 0.0015,
        usage,
      }) + "\n";
  } else stdout = summary + "\n" + report;
  return { exitCode: 0, stdout, stderr: "" };
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const r = runAgent(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.exitCode;
}
