import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { TEST_ENV, tempDir } from "./repo.js";

/**
 * Runs a bundled action, `dist/<name>/index.js`, as a child process exactly as the runner does:
 * inputs as INPUT_<NAME> variables, outputs through the GITHUB_OUTPUT file, the job summary
 * through GITHUB_STEP_SUMMARY, the event payload through GITHUB_EVENT_PATH. Testing the bundle,
 * not the sources, catches what only breaks after ncc (ESM interop, lazy chunks, missing files).
 */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface RunActionOptions {
  inputs?: Record<string, string | number | boolean | undefined>;
  env?: NodeJS.ProcessEnv;
  /** The webhook payload; written to a file named by GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  /** GITHUB_WORKSPACE and the cwd of the process. */
  cwd: string;
  /** Entry to run instead of index.js, e.g. "post/index.js". */
  entry?: string;
  /** Send SIGTERM after this many ms (tests for cancellation). */
  killAfterMs?: number;
  timeoutMs?: number;
  /** Run as this user (the test is root): the runner's files are made its own, as on a real runner. */
  user?: { uid: number; gid: number };
}

export interface ParsedAnnotation {
  level: "error" | "warning" | "notice";
  message: string;
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

export interface ActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  summary: string;
  annotations: ParsedAnnotation[];
  stdout: string;
  stderr: string;
  /** Values registered with ::add-mask:: (secrets). */
  masks: string[];
  /** Where the state for a post step was saved (GITHUB_STATE contents). */
  state: Record<string, string>;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** Parse the GITHUB_OUTPUT / GITHUB_STATE file format (`name<<DELIM ... DELIM`, or `name=value`). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join("\n");
    } else if (line.includes("=")) {
      const at = line.indexOf("=");
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ":").replace(/%2C/g, ",");
}

export function parseAnnotations(stdout: string): ParsedAnnotation[] {
  const result: ParsedAnnotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const a: ParsedAnnotation = { level: m[1] as ParsedAnnotation["level"], message: unescapeData(m[3]) };
    for (const prop of (m[2] ?? "").split(",").filter(Boolean)) {
      const at = prop.indexOf("=");
      const key = prop.slice(0, at);
      const value = unescapeProperty(prop.slice(at + 1));
      if (key === "file") a.file = value;
      else if (key === "line") a.line = Number(value);
      else if (key === "col") a.column = Number(value);
      else if (key === "title") a.title = value;
    }
    result.push(a);
  }
  return result;
}

export async function runAction(name: string, options: RunActionOptions): Promise<ActionResult> {
  const scratch = tempDir("specpipe-runner-");
  const outputFile = path.join(scratch, "output");
  const summaryFile = path.join(scratch, "summary");
  const stateFile = path.join(scratch, "state");
  const eventFile = path.join(scratch, "event.json");
  await Promise.all([outputFile, summaryFile, stateFile].map((f) => fs.writeFile(f, "")));
  await fs.writeFile(eventFile, JSON.stringify(options.event ?? {}));
  if (options.user)
    for (const f of [scratch, outputFile, summaryFile, stateFile, eventFile]) await fs.chown(f, options.user.uid, options.user.gid);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...TEST_ENV,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? "push",
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_REPOSITORY: "acme/widgets",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "http://127.0.0.1:9",
    GITHUB_RUN_ID: "1000",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SHA: "",
    GITHUB_REF: "refs/heads/main",
    RUNNER_TEMP: scratch,
    ...options.env,
  };
  for (const [k, v] of Object.entries(options.inputs ?? {})) {
    if (v !== undefined) env[inputEnvName(k)] = String(v);
  }
  const entry = path.join(REPO_ROOT, "dist", name, options.entry ?? "index.js");
  const child = spawn(process.execPath, [entry], {
    cwd: options.cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    // libuv drops the supplementary groups before it sets the ids: the child is that user alone.
    ...(options.user ?? {}),
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => out.push(c));
  child.stderr.on("data", (c: Buffer) => err.push(c));
  const timers: NodeJS.Timeout[] = [];
  if (options.killAfterMs !== undefined) timers.push(setTimeout(() => child.kill("SIGTERM"), options.killAfterMs));
  timers.push(setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000));
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (c, s) => resolve([c, s])),
  );
  timers.forEach(clearTimeout);
  const stdout = Buffer.concat(out).toString("utf8");
  const result: ActionResult = {
    exitCode,
    signal,
    outputs: parseCommandFile(await fs.readFile(outputFile, "utf8")),
    summary: await fs.readFile(summaryFile, "utf8"),
    annotations: parseAnnotations(stdout),
    stdout,
    stderr: Buffer.concat(err).toString("utf8"),
    masks: [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => unescapeData(m[1])),
    state: parseCommandFile(await fs.readFile(stateFile, "utf8")),
  };
  await fs.rm(scratch, { recursive: true, force: true });
  return result;
}
