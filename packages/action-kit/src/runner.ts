import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";

/**
 * The GitHub Actions runner protocol, spoken directly: inputs from INPUT_* variables, outputs and
 * state through the GITHUB_OUTPUT / GITHUB_STATE files, workflow commands (annotations, masks,
 * groups) on stdout. This is what @actions/core does; we do it ourselves because importing
 * @actions/core pulls in @actions/http-client and undici (~700 KB of bundle) for its OIDC helper,
 * which costs ~50 ms of start-up in every action, against a budget of 2x `node -e 0` (ADR
 * "The action kit speaks the runner protocol"). runner.test.ts holds this module to the exact
 * bytes @actions/core writes.
 *
 * The API mirrors @actions/core's names, so an action reads the same either way.
 */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return "";
  if (typeof input === "string" || input instanceof String) return input as string;
  return JSON.stringify(input);
}

function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: unknown): string {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  let cmd = `::${command}`;
  const props = Object.entries(properties).filter(([, v]) => v !== undefined && v !== null && v !== "");
  if (props.length) cmd += " " + props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  cmd += `::${escapeData(message)}`;
  process.stdout.write(cmd + EOL);
}

function fileCommand(envName: string, key: string, value: unknown): boolean {
  const file = process.env[envName];
  if (!file) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const v = toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (v.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  appendFileSync(file, `${key}<<${delimiter}${EOL}${v}${EOL}${delimiter}${EOL}`, { encoding: "utf8" });
  return true;
}

export function getInput(name: string, options: { required?: boolean; trimWhitespace?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options.trimWhitespace === false ? value : value.trim();
}

export function setOutput(name: string, value: unknown): void {
  if (fileCommand("GITHUB_OUTPUT", name, value)) return;
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}

export function saveState(name: string, value: unknown): void {
  if (fileCommand("GITHUB_STATE", name, value)) return;
  issueCommand("save-state", { name }, toCommandValue(value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || "";
}

export function setSecret(secret: string): void {
  issueCommand("add-mask", {}, secret);
}

function annotation(kind: "error" | "warning" | "notice", message: string | Error, p: AnnotationProperties = {}): void {
  issueCommand(
    kind,
    { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn },
    message instanceof Error ? message.toString() : message,
  );
}

export const error = (m: string | Error, p?: AnnotationProperties) => annotation("error", m, p);
export const warning = (m: string | Error, p?: AnnotationProperties) => annotation("warning", m, p);
export const notice = (m: string | Error, p?: AnnotationProperties) => annotation("notice", m, p);

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand("debug", {}, message);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === "1";
}

export function startGroup(name: string): void {
  issueCommand("group", {}, name);
}

export function endGroup(): void {
  process.stdout.write("::endgroup::" + EOL);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}
