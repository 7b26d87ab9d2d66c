import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { stillAliveAfter } from "../../../../test/harness/speckit-fixture.js";
import { findExecutable, runAgentProcess } from "./agent-process.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe("runAgentProcess", () => {
  it("streams stdout and stderr to files, closes stdin, passes only the given environment", async () => {
    dir = tempDir();
    const r = await runAgentProcess({
      file: process.execPath,
      args: [
        "-e",
        "let n=0;process.stdin.on('data',()=>n++).on('end',()=>{console.log(JSON.stringify({n,env:Object.keys(process.env).sort()}));console.error('err');process.exit(4)})",
      ],
      cwd: dir,
      env: { ONLY: "1" },
      stdoutFile: path.join(dir, "o.log"),
      stderrFile: path.join(dir, "e.log"),
      timeoutMs: 20_000,
    });
    expect(r.exitCode).toBe(4);
    expect(JSON.parse(r.stdout)).toEqual({ n: 0, env: ["ONLY"] });
    expect(await fs.readFile(path.join(dir, "o.log"), "utf8")).toBe(r.stdout);
    expect(await fs.readFile(path.join(dir, "e.log"), "utf8")).toBe("err\n");
  });

  it("kills the whole process group on timeout, output so far kept", async () => {
    dir = tempDir();
    const pidFile = path.join(dir, "pid");
    const script = `const c=require('child_process').spawn(process.execPath,['-e','process.on("SIGTERM",()=>{});setInterval(()=>{},1000)'],{stdio:'ignore'});require('fs').writeFileSync(${JSON.stringify(pidFile)},String(c.pid));console.log('started');process.on('SIGTERM',()=>{});setInterval(()=>{},1000)`;
    const r = await runAgentProcess({
      file: process.execPath,
      args: ["-e", script],
      cwd: dir,
      env: {},
      stdoutFile: path.join(dir, "o.log"),
      stderrFile: path.join(dir, "e.log"),
      timeoutMs: 1000,
      graceMs: 300,
    });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe("SIGKILL");
    expect(r.stdout).toBe("started\n");
    expect(await stillAliveAfter(Number(await fs.readFile(pidFile, "utf8")))).toBe(false);
  });

  it("reports a missing executable as ENOENT", async () => {
    dir = tempDir();
    const r = await runAgentProcess({
      file: "no-such-agent-xyz",
      args: [],
      cwd: dir,
      env: { PATH: dir },
      stdoutFile: path.join(dir, "o"),
      stderrFile: path.join(dir, "e"),
      timeoutMs: 5000,
    });
    expect(r.spawnError?.code).toBe("ENOENT");
    expect(await findExecutable("no-such-agent-xyz", dir, dir)).toBeUndefined();
    expect(await findExecutable("node", path.dirname(process.execPath), dir)).toBe(process.execPath);
  });
});
