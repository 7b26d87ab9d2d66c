import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "../../errors.js";
import { findExecutable, runAgentProcess } from "../agent-process.js";
import { agentEnvironment, resolveAgent, type AgentName } from "../agents.js";
import { readSpeckitConfig } from "../config.js";
import type { RunContext } from "../context.js";
import { lastLines, RunCancelled } from "../failures.js";
import { detectLayout, type SpeckitLayout } from "../layout.js";

/**
 * Stage 2, Spec Kit (ADR 0032): the layout `specify init` left in the repository (command names,
 * numbering), or, when there is no `.specify/`, Spec Kit installed the way its docs say, by its
 * own CLI: `specify` from PATH, else `uvx --from specify-cli==<version>`, else
 * `pipx run --spec specify-cli==<version>`. The installer runs as the agent does (its user, its
 * environment without the agent's keys), in the work tree, so its files are committed with the
 * products.
 */
export async function prepareSpeckit(ctx: RunContext): Promise<void> {
  const { options, ws } = ctx;
  // FR-010: the agent from the input, SPECPIPE_AGENT or the repository's config.
  const agent = resolveAgent({ ...options.agent, config: await readSpeckitConfig(ws.repo) });
  ctx.agent = agent;
  ctx.record.agent = { name: agent.name, source: agent.source };

  let layout = await detectLayout(ws.repo, agent.name, options.phases);
  let installer: string | undefined;
  if (!layout) {
    installer = await installSpeckit(ctx, agent.name);
    layout = await detectLayout(ws.repo, agent.name, options.phases);
    if (!layout) {
      throw new UserError(`${installer} ran but left no .specify/ folder`, {
        hint: `read its output in the artifacts (install.stdout.log, install.stderr.log); or run the install yourself and commit .specify/: ${installCommands(agent.name, options.speckitVersion)}`,
        code: "speckit.install-failed",
      });
    }
    ctx.installed = true;
  }
  ctx.layout = layout;
  ctx.record.speckit = {
    generation: layout.generation,
    integration: layout.integration,
    version: layout.version,
    installed: ctx.installed,
    ...(installer ? { installer } : {}),
  };
  ctx.log(describe(layout, ctx.installed));
}

function describe(layout: SpeckitLayout, installed: boolean): string {
  const what =
    layout.generation === 1
      ? `Spec Kit ${layout.version ?? "1.x"} (${layout.integration ?? "no integration"})`
      : "Spec Kit 0.0.x (dotted commands)";
  return `${installed ? "installed" : "found"} ${what}; phases are invoked as ${layout.prefix}speckit${layout.separator}<phase>`;
}

/** A specify-cli version as pip takes it after `==` (1.0.1, 1.1.0rc1): nothing else reaches the installer. */
export function parseSpeckitVersion(raw: string | undefined, fallback: string): string {
  const v = (raw ?? "").trim();
  if (v === "") return fallback;
  if (/^\d+(\.\d+){0,3}([a-z]+\d*)?(\.(post|dev)\d+)?$/i.test(v)) return v;
  throw new UserError(`speckit-version "${raw}" is not a version`, {
    hint: `give a specify-cli release such as ${fallback}`,
    code: "speckit.bad-speckit-version",
  });
}

/** The integration `specify init` installs for an agent (agent: command has none). */
function integrationOf(agent: AgentName): string | undefined {
  return agent === "command" ? undefined : agent;
}

/** `specify init`'s arguments, with the flags of Spec Kit 1.x (`--ai` is gone). */
export function initArgs(integration: string): string[] {
  // --force: the clone is not empty, and init asks before writing into a non-empty folder.
  return ["init", "--here", "--force", "--integration", integration, "--script", "sh", "--ignore-agent-tools"];
}

/** The exact commands a person runs to install Spec Kit, for the errors. */
export function installCommands(agent: AgentName, version: string): string {
  const args = initArgs(integrationOf(agent) ?? "<agent>").join(" ");
  return `\`uvx --from specify-cli==${version} specify ${args}\` or \`pipx run --spec specify-cli==${version} specify ${args}\``;
}

/** The first installer that is there: specify, uvx, pipx (on the agent's PATH). */
async function findInstaller(
  envPath: string | undefined,
  cwd: string,
  version: string,
): Promise<{ file: string; args: string[]; name: string } | undefined> {
  const specify = await findExecutable("specify", envPath, cwd);
  if (specify) return { file: specify, args: [], name: "specify" };
  const uvx = await findExecutable("uvx", envPath, cwd);
  if (uvx) return { file: uvx, args: ["--from", `specify-cli==${version}`, "specify"], name: `uvx --from specify-cli==${version} specify` };
  const pipx = await findExecutable("pipx", envPath, cwd);
  if (pipx)
    return {
      file: pipx,
      args: ["run", "--spec", `specify-cli==${version}`, "specify"],
      name: `pipx run --spec specify-cli==${version} specify`,
    };
  return undefined;
}

async function installSpeckit(ctx: RunContext, agent: AgentName): Promise<string> {
  const { options, ws } = ctx;
  const integration = integrationOf(agent);
  const notInstalled = (why: string) =>
    new UserError(`${options.repository} (branch ${ctx.base}) has no .specify/ folder: Spec Kit is not installed there, and ${why}`, {
      hint: `install Spec Kit before this step (uv or pipx; GitHub-hosted runners have pipx), or run ${installCommands(agent, options.speckitVersion)} in the repository, commit .specify/ and the agent's folder, and run again`,
      code: "speckit.not-initialised",
    });
  if (!integration) throw notInstalled("agent: command names no Spec Kit integration to install");
  // The installer gets what the agent gets, without the agent's keys: it needs none.
  const { env } = agentEnvironment({ parentEnv: options.parentEnv ?? process.env, allowed: [], home: ws.home, tmp: ws.tmp });
  const installer = await findInstaller(env.PATH, ws.repo, options.speckitVersion);
  if (!installer) throw notInstalled("none of specify, uvx or pipx is on PATH to install it");
  ctx.checkCancel("before installing Spec Kit");
  ctx.log(`installing Spec Kit: ${installer.name} ${initArgs(integration).join(" ")}`);
  const sandbox = ctx.sandbox!;
  const cmd = sandbox.wrap(installer.file, [...installer.args, ...initArgs(integration)], env.PATH);
  const res = await runAgentProcess({
    file: cmd.file,
    args: cmd.args,
    cwd: ws.repo,
    env,
    stdoutFile: path.join(ws.artifacts, "install.stdout.log"),
    stderrFile: path.join(ws.artifacts, "install.stderr.log"),
    timeoutMs: options.phaseTimeoutMs,
    signal: options.signal,
  });
  await sandbox.killAll();
  await sandbox.take([ws.repo]);
  await sandbox.give([ws.repo]);
  ctx.record.artifacts.push({ kind: "install_log", path: "install.stdout.log" }, { kind: "install_log", path: "install.stderr.log" });
  if (res.cancelled) throw new RunCancelled("while installing Spec Kit");
  if (res.exitCode !== 0) {
    const stderr = await fs.readFile(path.join(ws.artifacts, "install.stderr.log"), "utf8").catch(() => "");
    throw new UserError(
      `installing Spec Kit failed (${installer.name} ${initArgs(integration).join(" ")}): ${res.timedOut ? "timed out" : `exit code ${res.exitCode ?? res.signal}`}: ${lastLines(stderr)}`,
      {
        hint: `read install.stderr.log in the artifacts; or run ${installCommands(agent, options.speckitVersion)} in the repository yourself, commit what it adds, and run again`,
        code: "speckit.install-failed",
      },
    );
  }
  return installer.name;
}
