import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * The scenarios' time: each "night" is the same workflow run again with the clock moved on. The
 * runner, the GitHub server and every process a step starts share this clock: Node processes
 * through a preload (`clock-shim.mjs`, given in NODE_OPTIONS) that shifts `Date` by the clock's
 * offset, git through GIT_AUTHOR_DATE / GIT_COMMITTER_DATE. Time still passes while a run runs.
 */
export class VirtualClock {
  private virtualAt: number;
  private realAt = Date.now();

  constructor(start: string | number) {
    this.virtualAt = typeof start === "number" ? start : Date.parse(start);
  }

  now(): number {
    return this.virtualAt + (Date.now() - this.realAt);
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  set(at: string | number): void {
    this.virtualAt = typeof at === "number" ? at : Date.parse(at);
    this.realAt = Date.now();
  }

  advance(ms: number): void {
    this.set(this.now() + ms);
  }

  /** The environment that makes a child process see this clock. */
  env(): NodeJS.ProcessEnv {
    const now = this.now();
    const date = `${Math.floor(now / 1000)} +0000`;
    return {
      SPECPIPE_TEST_CLOCK: `${now}:${Date.now()}`,
      NODE_OPTIONS: `--import=${pathToFileURL(CLOCK_SHIM).href}`,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    };
  }
}

export const CLOCK_SHIM = path.join(path.dirname(fileURLToPath(import.meta.url)), "clock-shim.mjs");
