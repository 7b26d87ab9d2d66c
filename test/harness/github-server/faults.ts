/** Faults a test injects: the next matching requests fail with a status, or lose their connection. */
import http from "node:http";

export interface Fault {
  /** Any method when omitted. */
  method?: string;
  /** Exact path (without query) or a pattern tested against it; any path when omitted. */
  path?: string | RegExp;
  /** An HTTP status, or 0 to drop the connection without answering (a network error). */
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** JSON body; a default shaped like GitHub's for that status when omitted. */
  body?: unknown;
  /** Extra or overriding headers. */
  headers?: Record<string, string>;
  /**
   * The request takes effect first, then it is answered with this fault: GitHub created the
   * issue, but the 502 (or the dropped connection) is all the client sees.
   */
  afterEffect?: boolean;
}

export interface FaultHandle {
  /** Requests this fault has failed so far. */
  readonly hits: number;
  readonly remaining: number;
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.";

export function defaultFault(status: number): { body: unknown; headers: Record<string, string> } {
  switch (status) {
    case 403:
      return {
        body: {
          message: SECONDARY_RATE_LIMIT_MESSAGE,
          documentation_url:
            "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
          status: "403",
        },
        headers: { "retry-after": "1" },
      };
    case 429:
      return {
        body: {
          message: "API rate limit exceeded for installation ID 1.",
          documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
          status: "429",
        },
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 1) },
      };
    case 422:
      return {
        body: { message: "Validation Failed", errors: [], documentation_url: "https://docs.github.com/rest", status: "422" },
        headers: {},
      };
    default:
      return { body: { message: http.STATUS_CODES[status] ?? "Error", status: String(status) }, headers: {} };
  }
}

interface Entry {
  fault: Fault;
  remaining: number;
  hits: number;
}

/** The faults injected and not yet used up, first injected first taken. */
export class Faults {
  private readonly entries: Entry[] = [];

  inject(fault: Fault): FaultHandle {
    const entry: Entry = { fault, remaining: fault.times ?? 1, hits: 0 };
    this.entries.push(entry);
    return {
      get hits() {
        return entry.hits;
      },
      get remaining() {
        return entry.remaining;
      },
    };
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** The fault this request meets, counted as used; undefined when none matches. */
  take(method: string, path: string): Fault | undefined {
    const entry = this.entries.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.fault.method || candidate.fault.method.toUpperCase() === method) &&
        (candidate.fault.path === undefined ||
          (typeof candidate.fault.path === "string" ? candidate.fault.path === path : candidate.fault.path.test(path))),
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    entry.hits += 1;
    return entry.fault;
  }
}
