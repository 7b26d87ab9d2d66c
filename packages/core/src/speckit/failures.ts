import { UserError } from "../errors.js";
import { INSTALL_HINTS, type AgentConfig, type Phase } from "./agents.js";

/**
 * Every way a run can end badly that a person can fix, as a named error (stable `code`) with
 * its remedy. The action shows message + remedy; run.json keeps the code.
 */
export class RunCancelled extends Error {
  constructor(where: string) {
    super(`the run was cancelled ${where}`);
    this.name = "RunCancelled";
  }
}

export function agentMissing(agent: AgentConfig, file: string): UserError {
  const hint =
    agent.name === "command"
      ? `install "${file}" before this step or correct agent-command (it is looked up on PATH, or relative to the repository root)`
      : INSTALL_HINTS[agent.name];
  return new UserError(`the agent executable "${file}" (agent ${agent.name}, chosen by ${agent.source}) was not found`, {
    hint,
    code: "speckit.agent-missing",
  });
}

const DENIED =
  /403|permission to .* denied|denied to|authentication failed|could not read username|invalid username or password|access denied|not authorized|write access to repository not granted/i;
const NOT_FOUND = /repository .*not found|not found|does not exist|does not appear to be a git repository|no such file or directory/i;

export function cloneFailed(repository: string, base: string | undefined, stderr: string): UserError {
  if (base && /remote branch .* not found|couldn't find remote ref/i.test(stderr)) {
    return new UserError(`${repository} has no branch "${base}"`, {
      hint: "set base-branch to an existing branch, or leave it empty for the repository's default branch",
      code: "speckit.no-base-branch",
    });
  }
  const denied = DENIED.test(stderr) || NOT_FOUND.test(stderr);
  return new UserError(`git clone of ${repository} failed: ${gitProblem(stderr)}`, {
    hint: denied
      ? "the token cannot read the repository: give the job `permissions: contents: read` (or `contents: write` to push), or pass a token with access to it as `token`"
      : "check that the repository exists and the runner can reach it; the clone's stderr is above",
    code: denied ? "speckit.clone-denied" : "speckit.clone-failed",
  });
}

export function pushFailed(repository: string, branch: string, stderr: string): UserError {
  const denied = DENIED.test(stderr) || /pre-receive hook declined|protected branch/i.test(stderr);
  return new UserError(`git push of ${branch} to ${repository} failed: ${gitProblem(stderr)}`, {
    hint: denied
      ? "the token may not push: give the job `permissions: contents: write` (and allow pushes to branches named like the feature branch)"
      : "the remote refused the push; its stderr is above",
    code: denied ? "speckit.push-denied" : "speckit.push-failed",
  });
}

export function agentFailed(phase: Phase, detail: string, stderrLog: string): UserError {
  return new UserError(`the agent failed in the ${phase} phase: ${detail}`, {
    hint: `read its output in the artifacts (${stderrLog}); raise retries for transient failures`,
    code: "speckit.agent-crashed",
  });
}

export function agentTimedOut(phase: Phase, minutes: number): UserError {
  return new UserError(
    `the agent ran longer than ${minutes} minute(s) in the ${phase} phase and was stopped (its whole process group was killed)`,
    {
      hint: "raise phase-timeout-minutes, or check that the agent needs no interactive input (stdin is closed)",
      code: "speckit.agent-timeout",
    },
  );
}

export function productMissing(phase: Phase, problem: string): UserError {
  return new UserError(`the ${phase} phase did not produce its result: ${problem}`, {
    hint: `check that the agent runs the ${phase} command Spec Kit installed (its stdout and stderr are in the artifacts); a rerun retries from this phase`,
    code: "speckit.product-missing",
  });
}

export function noSpecText(): UserError {
  return new UserError("no specification text was given", {
    hint: "set `spec` or `spec-file`, or trigger the workflow from an issue whose body is the specification",
    code: "speckit.no-spec",
  });
}

export function lastLines(text: string, n = 3): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return lines.slice(-n).join(" / ") || "(no output)";
}

/** The lines of git's output that say what went wrong (the remote's own words first). */
export function gitProblem(text: string, n = 4): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && l !== "Done" && !/^To /.test(l));
  const telling = lines.filter((l) => /^(remote|fatal|error):|denied|rejected|declined|403|not found/i.test(l));
  return (telling.length ? telling : lines).slice(0, n).join(" / ") || "(no output)";
}
