/**
 * Rate limits: every answered request counts against its token's bucket for an hour of the
 * server's clock; tokens that name the same bucket share it, as the GITHUB_TOKENs of one
 * repository share GitHub's 1,000 requests an hour.
 */
import type { TokenGrant } from "./auth.js";

export interface RateLimitBucket {
  limit: number;
  used: number;
  /** When the window ends, ms since the epoch (server clock). */
  resetAt: number;
}

export class RateLimits {
  private readonly buckets = new Map<string, RateLimitBucket>();

  constructor(private readonly now: () => number) {}

  /** The bucket a token draws on, a fresh one once the last window ended. */
  bucketFor(token: string | undefined, grant: TokenGrant | undefined): RateLimitBucket {
    const key = grant?.bucket ?? `token:${token ?? ""}`;
    let bucket = this.buckets.get(key);
    const at = this.now();
    if (!bucket || at >= bucket.resetAt) {
      bucket = { limit: grant?.limit ?? 5000, used: 0, resetAt: at + 3_600_000 };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** A bucket by its name, as it stands (undefined before its first request). */
  bucket(name: string): RateLimitBucket | undefined {
    return this.buckets.get(name);
  }
}

/** GitHub's `x-ratelimit-*` headers for a bucket. */
export function rateHeaders(bucket: RateLimitBucket): Record<string, string> {
  return {
    "x-ratelimit-limit": String(bucket.limit),
    "x-ratelimit-remaining": String(Math.max(bucket.limit - bucket.used, 0)),
    "x-ratelimit-used": String(bucket.used),
    "x-ratelimit-reset": String(Math.floor(bucket.resetAt / 1000)),
    "x-ratelimit-resource": "core",
  };
}
