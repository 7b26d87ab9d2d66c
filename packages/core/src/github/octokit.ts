/**
 * The real `GitHubApi`: Octokit (through `@actions/github`'s `getOctokit`, which honours the
 * runner's proxy settings) with the retry and throttling plugins.
 *
 * `@actions/github` and the plugins are loaded with a dynamic `import()` inside
 * `createGitHubApi`, so a bundle that never talks to GitHub never loads Octokit at start-up.
 * Only types are imported statically (erased at build time).
 *
 * This module is the client and its pacing; the port's methods are in `adapter.ts`, the mapping
 * of GitHub's JSON in `from-json.ts` and of its errors in `error-map.ts`.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { UserError } from "../errors.js";
import { OctokitGitHubApi } from "./adapter.js";
import type { GitHubApi } from "./port.js";

export interface CreateGitHubApiOptions {
  token: string;
  /** REST API root (default: `GITHUB_API_URL`, else https://api.github.com). */
  baseUrl?: string;
  /** Default "specpipe". */
  userAgent?: string;
  /** Retries of a request that failed with a 5xx or a network error (default 3). */
  retries?: number;
  /** Retries of a request stopped by a primary or secondary rate limit (default 2). */
  rateLimitRetries?: number;
  /** A rate limit asking to wait longer than this fails at once instead (seconds, default 120). */
  maxRateLimitWaitSeconds?: number;
  /**
   * Milliseconds per unit of back-off (default 1000): a 5xx is retried after 1, 4, 9 units, a rate
   * limit after its `retry-after` seconds in units. Tests pass 1 to make retries instant.
   */
  minRetryDelayMs?: number;
  /**
   * Minimum gap between two writes. Default: GitHub's advice as the throttling plugin applies it
   * (1 s between writes, 3 s between writes that notify people). Tests pass 0.
   */
  writeIntervalMs?: number;
  /** Retries of `addLabels` on "could not resolve to a node" (default 4 attempts, 1000 ms × attempt apart). */
  labelRetry?: { attempts?: number; delayMs?: number };
  /** Called once with the token before any request, e.g. with `core.setSecret`. */
  onSecret?: (secret: string) => void;
  /** Retries, rate-limit waits and Octokit warnings (the token is never in them). */
  onWarning?: (message: string) => void;
}

/** Builds the real GitHub client. Throws a UserError when no token is given. */
export async function createGitHubApi(options: CreateGitHubApiOptions): Promise<GitHubApi> {
  const token = options.token?.trim() ?? "";
  if (token === "") {
    throw new UserError("No GitHub token was given", {
      hint: "pass `token: ${{ github.token }}` (the default) or a personal access token stored as a secret",
      code: "github.no-token",
    });
  }
  options.onSecret?.(token);
  const redact = (text: string) => text.split(token).join("***");
  const warn = (message: string) => options.onWarning?.(redact(message));

  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import("@actions/github"),
    import("@octokit/plugin-retry"),
    import("@octokit/plugin-throttling"),
  ]);

  const unit = options.minRetryDelayMs ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
        warn(`GitHub ${kind} hit by ${what}; retrying after ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
      }
      warn(`GitHub ${kind} hit by ${what}; giving up (retry-after ${retryAfter} s, ${retryCount} retries done)`);
      return false;
    };
  const pacing =
    options.writeIntervalMs === undefined
      ? {}
      : { write: pacingGroup(options.writeIntervalMs), notifications: pacingGroup(options.writeIntervalMs) };

  const logLine = (message: unknown, ...rest: unknown[]) =>
    warn([message, ...rest].map((part) => (part instanceof Error ? part.message : String(part))).join(" "));
  const octokit = getOctokit(
    token,
    {
      baseUrl: (options.baseUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
      userAgent: options.userAgent ?? "specpipe",
      log: { debug: () => {}, info: () => {}, warn: logLine, error: logLine },
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: unit,
        // 403 and 429 are the throttling plugin's; the rest are not worth repeating.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
        retryAfterBaseValue: unit,
        ...(pacing as object),
      },
    },
    retry,
    throttling,
  );

  return new OctokitGitHubApi(octokit, redact, {
    attempts: options.labelRetry?.attempts ?? 4,
    delayMs: options.labelRetry?.delayMs ?? 1000,
  });
}

/**
 * A stand-in for a Bottleneck group that only keeps `intervalMs` between the jobs it runs: the
 * throttling plugin calls `group.key(id).schedule(options, fn)` and nothing else.
 */
function pacingGroup(intervalMs: number) {
  let last = 0;
  let chain: Promise<void> = Promise.resolve();
  const limiter = {
    schedule(...args: unknown[]): Promise<unknown> {
      const [fn, ...rest] = (typeof args[0] === "function" ? args : args.slice(1)) as [(...a: unknown[]) => unknown, ...unknown[]];
      const turn = chain.then(async () => {
        const wait = last + intervalMs - Date.now();
        if (wait > 0) await sleep(wait);
        last = Date.now();
      });
      chain = turn;
      return turn.then(() => fn(...rest));
    },
  };
  return { key: () => limiter };
}
