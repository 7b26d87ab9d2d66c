import { promises as fs } from "node:fs";
import * as path from "node:path";
import { adrNumber, DEFAULT_ADR_DIR } from "../adr/adr.js";
import { UserError } from "../errors.js";
import type { Git } from "../git/git.js";
import {
  adrRecordsAmendment,
  checkRange,
  messageViolations,
  type CheckOptions,
  type CheckReport,
  type Violation,
} from "../commits/check.js";
import { DEFAULT_REQUIRE_BODY, DEFAULT_TYPES, headerOf } from "../commits/header.js";
import { parseTrailers } from "../commits/trailers.js";
import { stagedSpec } from "../spec/staged.js";

/**
 * Git hooks that apply the spec-hash-check rules before anything leaves the machine:
 * - prepare-commit-msg adds `Spec-Hash: <hash of the staged spec>` and `Playbook-Step: <active step>`;
 * - commit-msg rejects a message that breaks a rule, saying which and how to fix it;
 * - pre-push checks the range being pushed, exactly as the action will.
 *
 * Each hook is a small sh script that first runs the hook that was there before (kept as
 * `<name>.specpipe-previous`) and then `<runner> hooks run <name> "$@"`, where the runner is the
 * specpipe command resolved at install time (see specs/002-spec-hash-check.md, "Hooks").
 */
export const HOOK_NAMES = ["prepare-commit-msg", "commit-msg", "pre-push"] as const;
export type HookName = (typeof HOOK_NAMES)[number];
export const MARKER = "# specpipe-hook v1";
export const PREVIOUS_SUFFIX = ".specpipe-previous";

export async function hooksDir(git: Git): Promise<string> {
  const dir = (await git.run(["rev-parse", "--git-path", "hooks"])).trim();
  return path.resolve(git.cwd, dir);
}

function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The runner as an sh word list: `node '/abs/dist/cli/index.js'`, or as given. */
export function runnerFor(cliEntry: string | undefined, override?: string): string {
  if (override) return override;
  if (cliEntry) return `node ${shQuote(cliEntry)}`;
  return "npx --no-install specpipe";
}

export function hookScript(name: HookName, runner: string): string {
  const previous = `"$(dirname "$0")/${name}${PREVIOUS_SUFFIX}"`;
  const lines = [
    "#!/bin/sh",
    MARKER,
    `# Installed by "specpipe hooks install"; "specpipe hooks uninstall" removes it and restores the hook it replaced.`,
  ];
  if (name === "pre-push") {
    lines.push(
      "input=$(cat)",
      `previous=${previous}`,
      `if [ -x "$previous" ]; then printf '%s\\n' "$input" | "$previous" "$@" || exit $?; fi`,
      `printf '%s\\n' "$input" | ${runner} hooks run ${name} "$@"`,
    );
  } else {
    lines.push(
      `previous=${previous}`,
      `if [ -x "$previous" ]; then "$previous" "$@" || exit $?; fi`,
      `exec ${runner} hooks run ${name} "$@"`,
    );
  }
  return lines.join("\n") + "\n";
}

async function readMaybe(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

async function existsPath(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

export interface InstallResult {
  dir: string;
  installed: string[];
  chained: string[];
  updated: string[];
}

export async function installHooks(git: Git, options: { runner: string }): Promise<InstallResult> {
  const dir = await hooksDir(git);
  await fs.mkdir(dir, { recursive: true });
  const result: InstallResult = { dir, installed: [], chained: [], updated: [] };
  for (const name of HOOK_NAMES) {
    const file = path.join(dir, name);
    const current = await readMaybe(file);
    if (current?.includes(MARKER)) result.updated.push(name);
    else if (current !== undefined || (await existsPath(file))) {
      if (await existsPath(file + PREVIOUS_SUFFIX)) {
        throw new UserError(`${name}${PREVIOUS_SUFFIX} already exists in ${dir}`, {
          file: path.join(dir, name + PREVIOUS_SUFFIX),
          hint: "move it away (it is an earlier hook specpipe chained to), then install again",
          code: "hooks.previous-exists",
        });
      }
      await fs.rename(file, file + PREVIOUS_SUFFIX);
      result.chained.push(name);
    }
    await fs.writeFile(file + ".specpipe-tmp", hookScript(name, options.runner), { mode: 0o755 });
    await fs.rename(file + ".specpipe-tmp", file);
    await fs.chmod(file, 0o755);
    result.installed.push(name);
  }
  return result;
}

export interface UninstallResult {
  dir: string;
  removed: string[];
  restored: string[];
  /** Hooks that are not ours any more (someone replaced them): left alone. */
  foreign: string[];
}

export async function uninstallHooks(git: Git): Promise<UninstallResult> {
  const dir = await hooksDir(git);
  const result: UninstallResult = { dir, removed: [], restored: [], foreign: [] };
  for (const name of HOOK_NAMES) {
    const file = path.join(dir, name);
    const current = await readMaybe(file);
    if (current === undefined) {
      if (await existsPath(file + PREVIOUS_SUFFIX)) {
        await fs.rename(file + PREVIOUS_SUFFIX, file);
        result.restored.push(name);
      }
      continue;
    }
    if (!current.includes(MARKER)) {
      result.foreign.push(name);
      continue;
    }
    await fs.rm(file);
    result.removed.push(name);
    if (await existsPath(file + PREVIOUS_SUFFIX)) {
      await fs.rename(file + PREVIOUS_SUFFIX, file);
      result.restored.push(name);
    }
  }
  return result;
}

// ---- the hooks' work -------------------------------------------------------------------------

export interface HookOptions extends CheckOptions {
  /** The environment, for SPECPIPE_PLAYBOOK_STEP. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The active playbook step: $SPECPIPE_PLAYBOOK_STEP, else progress.json's `step`/`current`/
 * `currentStep`/`active` (a string, or an object with an `id`).
 */
export async function activeStep(root: string, env: NodeJS.ProcessEnv = {}): Promise<string | undefined> {
  if (env.SPECPIPE_PLAYBOOK_STEP) return env.SPECPIPE_PLAYBOOK_STEP;
  const text = await readMaybe(path.join(root, "progress.json"));
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    for (const key of ["step", "current", "currentStep", "current_step", "active", "activeStep"]) {
      const v = data[key];
      if (typeof v === "string" && v) return v;
      if (v && typeof v === "object" && typeof (v as { id?: unknown }).id === "string") return (v as { id: string }).id;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** prepare-commit-msg: add or refresh the trailers. Returns the trailers written. */
export async function prepareCommitMsg(
  git: Git,
  file: string,
  source: string | undefined,
  options: HookOptions = {},
): Promise<{ key: string; value: string }[]> {
  if (source === "merge" || source === "squash") return [];
  const spec = await stagedSpec(git, options.specPaths);
  try {
    const written: { key: string; value: string }[] = [];
    if (spec.staged.files.length) {
      await git.run([
        "interpret-trailers",
        "--in-place",
        "--if-exists",
        "replace",
        "--trailer",
        `Spec-Hash: ${spec.staged.hash.short}`,
        file,
      ]);
      written.push({ key: "Spec-Hash", value: spec.staged.hash.short });
    }
    const playbook = options.playbookPath ?? "playbook.yml";
    if (await spec.playbookStaged(playbook)) {
      const step = await activeStep(await git.topLevel(), options.env);
      if (step) {
        await git.run(["interpret-trailers", "--in-place", "--if-exists", "doNothing", "--trailer", `Playbook-Step: ${step}`, file]);
        written.push({ key: "Playbook-Step", value: step });
      }
    }
    return written;
  } finally {
    spec.close();
  }
}

/** commit-msg: the problems of the message about to be committed (empty = accept). */
export async function commitMsg(git: Git, file: string, options: HookOptions = {}): Promise<Omit<Violation, "commit" | "subject">[]> {
  const raw = await fs.readFile(file, "utf8");
  const message = await git.run(["stripspace", "--strip-comments"], { input: raw });
  if (message.trim() === "") return [];
  const spec = await stagedSpec(git, options.specPaths);
  try {
    const playbookPath = options.playbookPath ?? "playbook.yml";
    const changed = spec.staged.hash.full !== spec.head.hash.full;
    const problems = messageViolations(
      { header: headerOf(message), message, trailers: parseTrailers(message) },
      {
        before: spec.head,
        after: spec.staged,
        changed,
        hasPlaybook: await spec.playbookStaged(playbookPath),
        types: options.types?.length ? options.types : DEFAULT_TYPES,
        requireBody: options.requireBody ?? DEFAULT_REQUIRE_BODY,
        playbookPath,
      },
    );
    if (changed) {
      const adrDir = (options.adrDir ?? DEFAULT_ADR_DIR).replace(/\/+$/, "");
      const added = (await git.run(["diff", "--cached", "--name-only", "-z", "--diff-filter=A", "--no-renames", "--", adrDir]))
        .split("\0")
        .filter((p) => p && adrNumber(path.posix.basename(p)) !== undefined);
      const b = spec.head.files.length ? spec.head.hash.short : null;
      const a = spec.staged.files.length ? spec.staged.hash.short : null;
      let ok = false;
      for (const p of added) {
        const obj = await spec.cat.read(`:${p}`);
        if (obj && adrRecordsAmendment(obj.content.toString("utf8"), b, a)) ok = true;
      }
      if (!ok) {
        problems.push({
          rule: "amendment-adr",
          message: `the staged spec differs from HEAD (${b ?? "none"} → ${a ?? "none"}) and no staged ADR records the reason and both hashes`,
          fix: `run "specpipe amend --reason '<why>'" (it writes and stages the ADR), then commit again`,
          file: (spec.staged.files[0] ?? spec.head.files[0])?.path,
        });
      }
    }
    return problems;
  } finally {
    spec.close();
  }
}

/** pre-push: check each pushed range (stdin lines `<local ref> <local sha> <remote ref> <remote sha>`). */
export async function prePush(git: Git, remote: string, stdin: string, options: HookOptions = {}): Promise<CheckReport[]> {
  const reports: CheckReport[] = [];
  for (const line of stdin.split("\n")) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const [, localSha, , remoteSha] = parts as [string, string, string, string];
    if (/^0+$/.test(localSha)) continue;
    let range: { from?: string; to: string; exclude?: string[] };
    if (/^0+$/.test(remoteSha) || !(await git.revParse(remoteSha))) range = { to: localSha, exclude: [`--remotes=${remote}`] };
    else {
      const mb = (await git.raw(["merge-base", remoteSha, localSha])).stdout.toString().trim();
      range = { from: mb || remoteSha, to: localSha };
    }
    reports.push(await checkRange(git, range, options));
  }
  return reports;
}
