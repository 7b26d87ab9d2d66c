import { promises as fs } from "node:fs";
import * as path from "node:path";
import { adrNumber, DEFAULT_ADR_DIR } from "../adr/adr.js";
import { UserError } from "../errors.js";
import type { Git } from "../git/git.js";
import { CatFile } from "../commits/catfile.js";
import type { Violation } from "../violation.js";
import { adrRecordsAmendment, amendmentWithoutChangeProblem, checkRange, messageViolations, type CheckOptions } from "../commits/check.js";
import { DEFAULT_REQUIRE_BODY, DEFAULT_TYPES, headerOf } from "../commits/header.js";
import { parseTrailers, trailerValue } from "../commits/trailers.js";
import { isObjectId } from "../git/ref.js";
import { parseBeacon, validateBeacon, type Beacon } from "../playbook/beacon.js";
import {
  beaconPathsAt,
  checkPlaybookCommits,
  generatedSections,
  readRange,
  restoresEarlierBeacon,
  revertedCommit,
} from "../playbook/commits.js";
import { loadPlaybook, type LoadedPlaybook } from "../playbook/load.js";
import { missingSpecError, resolveSpecSource, type SpecSource } from "../spec/paths.js";
import { SpecPaths, SpecReader } from "../spec/history.js";
import { stagedSpec } from "../spec/staged.js";
import { decodeUtf8 } from "../text/document.js";

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

/** A problem a hook refuses a commit or push for (always an error: notices let it through). */
export type HookProblem = Violation;

/**
 * The active playbook step: $SPECPIPE_PLAYBOOK_STEP, else progress.json's `step`/`current`/
 * `currentStep`/`active` (a string, or an object with an `id`) in the work tree. Kept for
 * repositories whose beacon is not specpipe's; the hooks read the committed beacon (hookContext).
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

interface HookContext {
  root: string;
  source: SpecSource;
  playbookPath: string;
  /** The playbook, when the work tree has one. */
  playbook?: LoadedPlaybook;
  /** The beacon as committed at HEAD (the truth the next commit is made in), or as staged when HEAD has none (specpipe init's commit). */
  beacon?: { beacon: Beacon | "invalid"; at: "HEAD" | "index" };
}

/**
 * What the hooks judge a commit against: the spec's paths (playbook.yml's spec: or the default),
 * the playbook, and the beacon *as committed at HEAD*. The work tree's progress.json is never the
 * source of the step: a hand edit there must not become a Playbook-Step trailer.
 */
async function hookContext(git: Git, cat: CatFile, options: HookOptions): Promise<HookContext> {
  const root = await git.topLevel();
  const playbookPath = options.playbookPath ?? "playbook.yml";
  const source = options.specSource ?? (await resolveSpecSource(root, { input: options.specPaths, playbook: playbookPath }));
  const ctx: HookContext = { root, source, playbookPath };
  if (!(await existsPath(path.join(root, playbookPath)))) return ctx;
  ctx.playbook = await loadPlaybook(root, playbookPath);
  const json = ctx.playbook.playbook.beacon.json;
  const head = await cat.read(`HEAD:${json}`);
  const obj = head?.type === "blob" ? head : await cat.read(`:${json}`);
  if (obj?.type !== "blob") return ctx;
  let beacon: Beacon | "invalid";
  try {
    beacon = parseBeacon(decodeUtf8(obj.content, json), json);
  } catch {
    beacon = "invalid";
  }
  ctx.beacon = { beacon, at: head?.type === "blob" ? "HEAD" : "index" };
  return ctx;
}

function stepOf(ctx: HookContext, env: NodeJS.ProcessEnv | undefined): string | undefined {
  if (ctx.beacon && ctx.beacon.beacon !== "invalid") return ctx.beacon.beacon.step;
  if (!ctx.beacon && env?.SPECPIPE_PLAYBOOK_STEP) return env.SPECPIPE_PLAYBOOK_STEP;
  return undefined;
}

/**
 * prepare-commit-msg: add or refresh the trailers. Runs for every commit git makes, also the ones
 * a rebase, cherry-pick or revert replays (they get no commit-msg hook): their Spec-Hash and
 * Playbook-Step are set to the spec and step at their new parent. Merges keep git's message (they
 * are exempt), and a gate commit being replayed keeps its own trailers. Returns the trailers written.
 */
export async function prepareCommitMsg(
  git: Git,
  file: string,
  source: string | undefined,
  options: HookOptions = {},
): Promise<{ key: string; value: string }[]> {
  if (source === "merge") return [];
  const message = await fs.readFile(file, "utf8");
  if (trailerValue(parseTrailers(message), "Playbook-Gate") !== undefined) return [];
  const cat = new CatFile(git);
  try {
    const ctx = await hookContext(git, cat, options);
    const spec = await stagedSpec(git, ctx.source.paths);
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
      if (ctx.playbook || (await spec.playbookStaged(ctx.playbookPath))) {
        const step = stepOf(ctx, options.env);
        if (step) {
          // A message git replays (rebase, cherry-pick) or reuses (--amend, -c/-C) was written for
          // another parent: its step is refreshed. One a person writes keeps theirs, and commit-msg
          // judges it.
          const refresh = source === "commit" || (await replaying(git));
          const mode = refresh ? "replace" : "doNothing";
          await git.run(["interpret-trailers", "--in-place", "--if-exists", mode, "--trailer", `Playbook-Step: ${step}`, file]);
          written.push({ key: "Playbook-Step", value: step });
        }
      }
      return written;
    } finally {
      spec.close();
    }
  } finally {
    cat.close();
  }
}

/** A rebase or cherry-pick is replaying commits (git's own state files say so). */
async function replaying(git: Git): Promise<boolean> {
  const out = await git.run(["rev-parse", "--git-path", "rebase-merge", "--git-path", "rebase-apply", "--git-path", "CHERRY_PICK_HEAD"]);
  for (const p of out.split("\n").filter(Boolean)) if (await existsPath(path.resolve(git.cwd, p))) return true;
  return false;
}

/** The commits being merged (MERGE_HEAD lists one per line; an octopus merge has several), or [] when no merge is in progress. */
async function mergeHeads(git: Git): Promise<string[]> {
  if ((await git.raw(["rev-parse", "-q", "--verify", "MERGE_HEAD"])).code !== 0) return [];
  const file = path.resolve(git.cwd, (await git.run(["rev-parse", "--git-path", "MERGE_HEAD"])).trim());
  return (await fs.readFile(file, "utf8"))
    .split("\n")
    .filter((l) => isObjectId(l.trim()))
    .map((l) => l.trim());
}

/**
 * A merge (git merge, git pull) carries no work of its own, as in the range check, when it takes
 * the beacon and the spec from one of its parents (a conflict resolved by hand included). One
 * that makes its own change to either is refused: that change would go unjudged.
 */
async function mergeProblems(git: Git, cat: CatFile, parents: string[], options: HookOptions): Promise<HookProblem[]> {
  const ctx = await hookContext(git, cat, options);
  const spec = await stagedSpec(git, ctx.source.paths);
  const out: HookProblem[] = [];
  try {
    const head = await git.revParse("HEAD");
    const sides = head ? [head, ...parents] : parents;
    const reader = new SpecReader(spec.cat, new SpecPaths(ctx.source.paths));
    const specs = await Promise.all(sides.map(async (p) => (await reader.at(p)).hash.full));
    if (!specs.includes(spec.staged.hash.full)) {
      out.push({
        severity: "error",
        code: "merge-spec-change",
        message: `the merge's spec (${spec.staged.files.length ? spec.staged.hash.short : "none"}) is neither side's: a spec change inside a merge is not an amendment`,
        hint: `take the spec from one side (git checkout --ours -- ${ctx.source.paths.join(" ")} or --theirs, then git add), finish the merge, and amend the spec in a commit of its own (specpipe amend)`,
        file: (spec.staged.files[0] ?? spec.head.files[0])?.path,
      });
    }
    if (ctx.playbook) {
      const json = ctx.playbook.playbook.beacon.json;
      const md = ctx.playbook.playbook.beacon.markdown;
      const key = async (rev: string) => {
        const [j, m] = await Promise.all([cat.read(`${rev}:${json}`), cat.read(`${rev}:${md}`)]);
        return `${j?.type === "blob" ? j.oid : "-"}\0${m?.type === "blob" ? generatedSections(m.content) : "-"}`;
      };
      const mine = await key("");
      const theirs = await Promise.all(sides.map(key));
      if (!theirs.includes(mine)) {
        out.push({
          severity: "error",
          code: "merge-beacon",
          message: `the merge's ${json} (or ${md}'s Step and Details) is neither side's; only the playbook gate changes the beacon, in CI`,
          hint: `take the beacon from one side: git checkout --ours -- ${json} ${md} (or --theirs), git add them, and finish the merge`,
          file: json,
        });
      }
    }
  } finally {
    spec.close();
  }
  return out;
}

/** commit-msg: the problems of the message about to be committed (empty = accept). */
export async function commitMsg(git: Git, file: string, options: HookOptions = {}): Promise<HookProblem[]> {
  const merging = await mergeHeads(git);
  if (merging.length) {
    const cat = new CatFile(git);
    try {
      return await mergeProblems(git, cat, merging, options);
    } finally {
      cat.close();
    }
  }
  const raw = await fs.readFile(file, "utf8");
  const message = await git.run(["stripspace", "--strip-comments"], { input: raw });
  if (message.trim() === "") return [];
  const cat = new CatFile(git);
  try {
    const ctx = await hookContext(git, cat, options);
    const spec = await stagedSpec(git, ctx.source.paths);
    try {
      const playbookPath = ctx.playbookPath;
      const changed = spec.staged.hash.full !== spec.head.hash.full;
      const trailers = parseTrailers(message);
      const problems: HookProblem[] = messageViolations(
        { header: headerOf(message), message, trailers },
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
      if (ctx.source.origin !== "default") {
        const missing = spec.missing(ctx.source.paths);
        if (missing.length) {
          const e = missingSpecError(ctx.source, missing, "in the index");
          problems.push({ code: "spec-missing", message: e.message, hint: e.hint, severity: "error", file: e.file });
        }
      }
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
            severity: "error",
            code: "amendment-adr",
            message: `the staged spec differs from HEAD (${b ?? "none"} → ${a ?? "none"}) and no staged ADR records the reason and both hashes`,
            hint: `run "specpipe amend --reason '<why>'" (it writes the ADR and stages it with the spec), then commit again`,
            file: (spec.staged.files[0] ?? spec.head.files[0])?.path,
          });
        }
      }
      problems.push(...(await amendmentWithoutChange(git, spec, options)));
      if (ctx.playbook) problems.push(...(await beaconProblems(git, cat, ctx, trailers, message)));
      return problems;
    } finally {
      spec.close();
    }
  } finally {
    cat.close();
  }
}

/** A staged ADR that records an amendment to a spec the commit does not hold ("specpipe amend" staged only the ADR). */
async function amendmentWithoutChange(
  git: Git,
  spec: Awaited<ReturnType<typeof stagedSpec>>,
  options: HookOptions,
): Promise<HookProblem[]> {
  const adrDir = (options.adrDir ?? DEFAULT_ADR_DIR).replace(/\/+$/, "");
  const added = (await git.run(["diff", "--cached", "--name-only", "-z", "--diff-filter=A", "--no-renames", "--", adrDir]))
    .split("\0")
    .filter((p) => p && adrNumber(path.posix.basename(p)) !== undefined);
  const out: HookProblem[] = [];
  for (const p of added) {
    const obj = await spec.cat.read(`:${p}`);
    const problem = obj ? amendmentWithoutChangeProblem(p, obj.content.toString("utf8"), spec.staged) : undefined;
    if (problem) out.push(problem);
  }
  return out;
}

/** The beacon's rules for one commit: the committed beacon is only the gate's, and Playbook-Step names the active step. */
async function beaconProblems(
  git: Git,
  cat: CatFile,
  ctx: HookContext,
  trailers: readonly { key: string; value: string }[],
  message: string,
): Promise<HookProblem[]> {
  const pb = ctx.playbook!;
  const json = pb.playbook.beacon.json;
  const md = pb.playbook.beacon.markdown;
  const out: HookProblem[] = [];
  if (trailerValue(trailers, "Playbook-Gate") !== undefined) {
    out.push({
      severity: "error",
      code: "playbook-gate-trailer",
      message: "the message carries a Playbook-Gate trailer; only the playbook gate makes such commits, in CI",
      hint: "remove the Playbook-Gate trailer",
    });
  }
  const restore = `git restore --staged --worktree --source=HEAD -- ${json} ${md}`;
  const [headPb, stagedPb] = await Promise.all([beaconPathsAt(cat, "HEAD", pb.file), beaconPathsAt(cat, "", pb.file)]);
  if (headPb && stagedPb && headPb !== stagedPb) {
    out.push({
      severity: "error",
      code: "beacon-moved",
      message: `${pb.file} moves the beacon (${headPb.replace("\0", ", ")} → ${stagedPb.replace("\0", ", ")}); the beacon stays where the playbook started it`,
      hint: `keep the beacon: paths of ${pb.file} as they are at HEAD (git restore --staged --worktree --source=HEAD -- ${pb.file})`,
      file: pb.file,
    });
  }
  if (ctx.beacon?.at === "HEAD" && (await revertsBeaconChange(git, cat, message, pb))) {
    // git revert of a commit that changed the beacon: it puts back the beacon that commit replaced.
  } else if (ctx.beacon?.at === "HEAD") {
    const [headJson, stagedJson, headMd, stagedMd] = await Promise.all([
      cat.read(`HEAD:${json}`),
      cat.read(`:${json}`),
      cat.read(`HEAD:${md}`),
      cat.read(`:${md}`),
    ]);
    if (headJson?.oid !== stagedJson?.oid) {
      out.push({
        severity: "error",
        code: "beacon-edited",
        message: `${json} is changed in this commit; only the playbook gate changes it, in CI, when the active step's exit conditions hold`,
        hint: `undo the change: ${restore}`,
        file: json,
      });
    } else if (
      headMd?.type === "blob" &&
      (stagedMd?.type !== "blob" || generatedSections(headMd.content) !== generatedSections(stagedMd.content))
    ) {
      out.push({
        severity: "error",
        code: "progress-md-edited",
        message: `${md}'s Step or Details section is changed in this commit; only the playbook gate writes them (Notes are yours)`,
        hint: `undo that part (git restore --staged --worktree --source=HEAD -- ${md}) and write your text under "## Notes"`,
        file: md,
      });
    }
  } else if (ctx.beacon?.at === "index") {
    const b = ctx.beacon.beacon;
    const bad =
      b === "invalid"
        ? ["it is not a playbook beacon"]
        : validateBeacon(pb, b, json)
            .filter((v) => v.severity === "error")
            .map((v) => v.message);
    if (b !== "invalid" && b.history.length) bad.push("a new beacon starts at the first step with no history");
    if (bad.length) {
      out.push({
        severity: "error",
        code: "beacon-invalid",
        message: `the staged ${json} is not the beacon specpipe init writes: ${bad[0]}`,
        hint: `write it with specpipe init --beacon-only (after git rm --cached ${json} ${md})`,
        file: json,
      });
    }
  }
  const active = ctx.beacon && ctx.beacon.beacon !== "invalid" ? ctx.beacon.beacon.step : undefined;
  const allNamed = trailers.filter((t) => t.key.toLowerCase() === "playbook-step").map((t) => t.value.trim());
  const named = trailerValue(trailers, "Playbook-Step");
  if (allNamed.length > 1) {
    out.push({
      severity: "error",
      code: "playbook-step-several",
      message: `the message has ${allNamed.length} Playbook-Step trailers (${allNamed.join(", ")}); a commit is made in one step`,
      hint: `keep one: "Playbook-Step: ${active ?? allNamed[0]}"`,
      file: pb.file,
    });
  } else if (active && named !== undefined && named !== active) {
    out.push({
      severity: "error",
      code: pb.byId.has(named) ? "playbook-step-wrong" : "playbook-step-unknown",
      message: pb.byId.has(named)
        ? `Playbook-Step: ${named}, but the active step is ${active} (${json} at HEAD)`
        : `Playbook-Step: ${named} names no step of ${pb.file} (the active step is ${active})`,
      hint: `change the trailer to "Playbook-Step: ${active}" (the prepare-commit-msg hook writes it when the trailer is left out)`,
      file: pb.file,
    });
  }
  return out;
}

/**
 * The message is a `git revert` of a commit X that changed the beacon, and the staged beacon is
 * exactly X's parent's, whose history is a prefix of HEAD's: it goes back, never forward (the
 * range check's rule, commits.ts isRevertOfBeaconChange).
 */
async function revertsBeaconChange(git: Git, cat: CatFile, message: string, pb: LoadedPlaybook): Promise<boolean> {
  const json = pb.playbook.beacon.json;
  const md = pb.playbook.beacon.markdown;
  const reverted = revertedCommit(message);
  if (!reverted) return false;
  if ((await git.raw(["merge-base", "--is-ancestor", "--end-of-options", reverted, "HEAD"])).code !== 0) return false;
  const key = async (rev: string) => {
    const [j, m] = await Promise.all([cat.read(`${rev}:${json}`), cat.read(`${rev}:${md}`)]);
    return { key: `${j?.type === "blob" ? j.oid : "-"}\0${m?.type === "blob" ? generatedSections(m.content) : "-"}`, json: j };
  };
  const [staged, target, head] = await Promise.all([key(""), key(`${reverted}^`), key("HEAD")]);
  if (staged.key !== target.key || staged.json?.type !== "blob") return false;
  let now: Beacon;
  try {
    now = parseBeacon(decodeUtf8(staged.json.content, json), json);
  } catch {
    return false;
  }
  let was: Beacon | "invalid" | undefined;
  try {
    was = head.json?.type === "blob" ? parseBeacon(decodeUtf8(head.json.content, json), json) : undefined;
  } catch {
    was = "invalid";
  }
  return restoresEarlierBeacon(pb, now, was, json);
}

/** pre-push: check each pushed range (stdin lines `<local ref> <local sha> <remote ref> <remote sha>`), as the actions will. */
export async function prePush(git: Git, remote: string, stdin: string, options: HookOptions = {}): Promise<HookProblem[]> {
  const problems: HookProblem[] = [];
  const root = await git.topLevel();
  const playbookPath = options.playbookPath ?? "playbook.yml";
  const source = options.specSource ?? (await resolveSpecSource(root, { input: options.specPaths, playbook: playbookPath }));
  const playbook = (await existsPath(path.join(root, playbookPath))) ? await loadPlaybook(root, playbookPath) : undefined;
  for (const line of stdin.split("\n")) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const [, localSha, , remoteSha] = parts as [string, string, string, string];
    if (/^0+$/.test(localSha) || !isObjectId(localSha)) continue;
    let range: { from?: string; to: string; exclude?: string[] };
    if (/^0+$/.test(remoteSha) || !isObjectId(remoteSha) || !(await git.revParse(remoteSha)))
      range = { to: localSha, exclude: [`--remotes=${remote}`] };
    else {
      const mb = (await git.raw(["merge-base", "--end-of-options", remoteSha, localSha])).stdout.toString().trim();
      range = { from: mb || remoteSha, to: localSha };
    }
    const report = await checkRange(git, range, { ...options, specSource: source.origin === "default" ? undefined : source });
    problems.push(...report.violations);
    if (playbook) {
      const list = await readRange(git, range);
      for (const v of await checkPlaybookCommits(list, { git, playbook })) {
        // spec-hash-check's own rule (merge-spec-change) already names a merge's spec change.
        if (v.severity !== "error" || v.code === "commit.merge-changes-spec") continue;
        const c = list.find((x) => x.sha === v.commit);
        problems.push({ ...v, subject: c?.subject });
      }
    }
  }
  return problems;
}
