import { execFileSync } from "node:child_process";
import { existsSync, promises as fs, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processesOf } from "@specpipe/core/speckit/sandbox";
import type { GitHubServer } from "../../../test/harness/github-server.js";
import { tempDir } from "../../../test/harness/repo.js";
import { runAction, type ActionResult } from "../../../test/harness/run-action.js";
import { remoteBranches, stillAliveAfter, type SpeckitFixture } from "../../../test/harness/speckit-fixture.js";
import { assertSpeckitBundle, hostileAgent, runnerEnv, speckitWorlds } from "../../../test/harness/speckit-run-world.js";
import { gitBasicAuth, jsonLines, tokenIn } from "../../../test/harness/token-search.js";

/**
 * safety-strategy unprivileged-user through `sudo -n`, the way GitHub-hosted runners get root: the
 * job's `runner` user is not root and has passwordless sudo. Here the test (root) makes such a user,
 * runs the bundled action as it, with the hostile agent (test/fixtures/speckit/hostile-agent.mjs),
 * and checks that the run succeeds, that the agent, under its own throwaway user made through sudo,
 * finds the token nowhere, and that none of its processes survives. A second user has sudo that asks
 * for a password (`sudo -n` fails): the run must fail closed, unless safety-strategy is unsafe.
 *
 * Needs root (to make the users), and sudo (setuid root), useradd, userdel, setpriv; skips otherwise.
 */
const TOKEN = "ghs_sudoTOKEN0123456789abcdefgh";
const HEADER = gitBasicAuth(TOKEN);
const SYSTEM_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

function which(name: string): string | undefined {
  for (const dir of [...(process.env.PATH ?? "").split(path.delimiter), ...SYSTEM_PATH]) {
    if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

function whyNot(): string {
  if (process.platform !== "linux") return `this is ${process.platform}, not Linux`;
  if (process.getuid?.() !== 0) return "the test is not root, and making users needs root";
  const lacking = ["sudo", "useradd", "userdel", "setpriv"].filter((t) => !which(t));
  if (lacking.length > 0) return `${lacking.join(", ")} not found`;
  const sudo = statSync(which("sudo")!);
  if (sudo.uid !== 0 || (sudo.mode & 0o4000) === 0) return "sudo is not setuid root";
  if (!existsSync("/etc/sudoers.d")) return "there is no /etc/sudoers.d";
  // sudo reads sudoers.d only when /etc/sudoers includes it (Debian's and Ubuntu's do).
  let sudoers: string;
  try {
    sudoers = readFileSync("/etc/sudoers", "utf8");
  } catch {
    return "/etc/sudoers cannot be read";
  }
  if (!/^[@#]includedir\s+\/etc\/sudoers\.d\s*$/m.test(sudoers)) return "/etc/sudoers does not include /etc/sudoers.d";
  return "";
}
const reason = whyNot();
const skip = reason !== "";
const why = skip ? ` (skipped: ${reason})` : "";

interface TestUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
  sudoers: string;
}
const users: TestUser[] = [];

/** A user like GitHub's `runner`: its own home, and sudo as `rule` says. */
function makeUser(name: string, rule: string): TestUser {
  const home = tempDir(`specpipe-${name}-`);
  execFileSync(which("useradd")!, ["--no-create-home", "--home-dir", home, "--shell", "/bin/sh", "--user-group", name]);
  const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
  const sudoers = path.join("/etc/sudoers.d", `specpipe-test-${name}`);
  const user = { name, uid, gid, home, sudoers };
  users.push(user);
  execFileSync("chown", [`${uid}:${gid}`, home]);
  execFileSync("chmod", ["0700", home]);
  // sudo ignores files in sudoers.d whose names hold a dot; written 0440 as visudo would.
  execFileSync("install", ["-m", "0440", "/dev/null", sudoers]);
  execFileSync("sh", ["-c", 'printf "%s\\n" "$1" > "$2"', "sh", `${name} ${rule}`, sudoers]);
  const visudo = which("visudo");
  if (visudo) execFileSync(visudo, ["-c", "-q", "-f", sudoers]);
  return user;
}

/** Exit code of `sudo -n true` run as `u` (0: passwordless). */
function sudoProbe(u: TestUser): number {
  try {
    execFileSync(which("sudo")!, ["-n", "true"], { uid: u.uid, gid: u.gid, stdio: "ignore", env: { PATH: process.env.PATH } });
    return 0;
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

const tag = process.pid.toString(36).slice(-4);
let runner: TestUser;
let asker: TestUser;

beforeAll(() => {
  if (skip) return;
  assertSpeckitBundle();
  runner = makeUser(`sprun${tag}`, "ALL=(ALL) NOPASSWD:ALL");
  asker = makeUser(`spask${tag}`, "ALL=(ALL) ALL");
  // The two situations are what they claim to be, so the tests below test them.
  expect(sudoProbe(runner)).toBe(0);
  expect(sudoProbe(asker)).not.toBe(0);
});

afterAll(async () => {
  for (const u of users.splice(0)) {
    await fs.rm(u.sudoers, { force: true });
    for (const pid of await processesOf(u.uid)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone already
      }
    }
    execFileSync(which("userdel")!, [u.name]);
    await fs.rm(u.home, { recursive: true, force: true });
  }
});

const worlds = speckitWorlds(TOKEN);

/** A fixture whose checkout and RUNNER_TEMP are `u`'s, as the runner's are on GitHub. */
async function setup(u: TestUser, agent: "hostile" | "scripted") {
  const world = await worlds.setup({ agent });
  const leak = path.join(world.fx.repo.root, "leak");
  await fs.mkdir(leak);
  await fs.chmod(leak, 0o777);
  execFileSync("chown", ["-R", `${u.uid}:${u.gid}`, world.fx.repo.root, world.fx.scratch]);
  return { ...world, leak };
}

function run(
  u: TestUser,
  f: SpeckitFixture,
  server: GitHubServer,
  leak: string,
  inputs: Record<string, string> = {},
): Promise<ActionResult> {
  const agent = hostileAgent(f, leak, TOKEN);
  return runAction("speckit-run", {
    cwd: f.repo.dir,
    user: { uid: u.uid, gid: u.gid },
    inputs: { ...agent.inputs, ...inputs },
    eventName: "workflow_dispatch",
    env: { ...runnerEnv(f, server, TOKEN), HOME: u.home, USER: u.name, ...agent.env },
    timeoutMs: 240_000,
  });
}

describe(`speckit-run as a non-root user with sudo, as on GitHub-hosted runners${why}`, () => {
  it.skipIf(skip)(
    "with passwordless sudo: the agent gets a user of its own and finds the token nowhere",
    async () => {
      const { fx, gh, repo, leak } = await setup(runner, "hostile");
      // actions/checkout's default: the checkout's .git/config keeps the token for later steps.
      const config = path.join(fx.repo.dir, ".git", "config");
      await fs.appendFile(config, `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${HEADER}\n`);
      expect(statSync(config).mode & 0o777).toBe(0o644);
      const r = await run(runner, fx, gh, leak);
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({ status: "succeeded", "pr-number": "1" });
      expect(repo.pulls()).toHaveLength(1);
      expect(await remoteBranches(fx.repo)).toContain(r.outputs.branch);

      // The agent ran in every phase, under a uid that is neither root nor the job's user.
      const reads = await jsonLines(path.join(leak, "reads.jsonl"));
      expect(reads.length).toBe(3);
      const agentUids = new Set(reads.map((x) => x.uid as number));
      expect(agentUids.size).toBe(1);
      const [agentUid] = [...agentUids];
      expect(agentUid).not.toBe(0);
      expect(agentUid).not.toBe(runner.uid);
      for (const x of reads) expect(x.environs).toBeGreaterThan(0);

      // The token is nowhere it could reach: not in any environ it read, nor in the artifacts.
      expect(await tokenIn(leak, TOKEN)).toEqual([]);
      expect(await tokenIn(r.outputs["artifacts-dir"], TOKEN)).toEqual([]);
      // It tried the workspace's git dir (where actions/checkout keeps a token) and got nothing.
      const ours = (await jsonLines(path.join(leak, "attempts.jsonl"))).filter((a) => String(a.what).startsWith("our git dir:"));
      expect(ours.length).toBeGreaterThan(0);
      for (const a of ours) expect(a.outcome, String(a.what)).not.toBe("ok");
      const probes = (await jsonLines(path.join(leak, "attempts.jsonl"))).filter((a) => String(a.what).startsWith("probe "));
      expect(probes.length).toBe(3);
      for (const p of probes) expect(p.outcome).toBe("EACCES");
      expect(statSync(config).mode & 0o777).toBe(0o644);
      expect(statSync(config).uid).toBe(runner.uid);

      // Every setsid daemon it left ticked, and is dead; no process of its uid lives; its user is gone.
      const daemons = (await fs.readdir(leak)).filter((f) => /^daemon-\d+\.pid$/.test(f)).map((f) => Number(/\d+/.exec(f)![0]));
      expect(daemons.length).toBe(3);
      for (const pid of daemons) {
        expect(existsSync(path.join(leak, `daemon-${pid}.ticks`))).toBe(true);
        expect(await stillAliveAfter(pid, 200), `daemon ${pid} outlived the run`).toBe(false);
      }
      expect(await processesOf(agentUid)).toEqual([]);
      const record = JSON.parse(await fs.readFile(path.join(r.outputs["artifacts-dir"], "run.json"), "utf8"));
      expect(record.agentUser).toMatch(/^specpipe-/);
      expect(await fs.readFile("/etc/passwd", "utf8")).not.toContain(`${record.agentUser}:`);
      // What the agent wrote came back to the job's user, so its own git could commit and push it.
      expect(statSync(path.join(r.outputs["artifacts-dir"], "run.json")).uid).toBe(runner.uid);
    },
    300_000,
  );

  it.skipIf(skip)(
    "with sudo that asks for a password: fails closed with the fix, unless safety-strategy is unsafe",
    async () => {
      const { fx, gh, repo, leak } = await setup(asker, "scripted");
      const before = await remoteBranches(fx.repo);
      const r = await run(asker, fx, gh, leak);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(
        /safety-strategy unprivileged-user cannot run the agent under a user of its own: this job is not root and has no passwordless sudo/,
      );
      expect(r.stdout).toMatch(/passwordless sudo .*or set safety-strategy: unsafe/);
      // Nothing ran and nothing was pushed or opened.
      expect(await fs.readdir(fx.agentDir)).toEqual([]);
      expect(await remoteBranches(fx.repo)).toEqual(before);
      expect(repo.pulls()).toHaveLength(0);
      // Only the mask command names the token (the runner hides it from the log from then on).
      expect((r.stdout + r.stderr).replace(/^::add-mask::.*$/gm, "")).not.toContain(TOKEN);

      const unsafe = await run(asker, fx, gh, leak, { "safety-strategy": "unsafe" });
      expect(unsafe.exitCode, unsafe.stdout + unsafe.stderr).toBe(0);
      expect(unsafe.stdout).toMatch(/safety-strategy unsafe: the agent runs as this user/);
      expect(unsafe.outputs.status).toBe("succeeded");
      expect(repo.pulls()).toHaveLength(1);
    },
    300_000,
  );
});
