/**
 * Tokens and authentication: which tokens exist, what each may do, and the token a request
 * presents (`Authorization: token X` or `Bearer X`). Once any token exists, every request must
 * present one (a revoked token is then a bad one), as on GitHub.
 */
import { createHash } from "node:crypto";
import { badCredentials, requiresAuthentication, type HttpError } from "./errors.js";
import type { Permissions } from "./permissions.js";

/** What a token may do: its permissions (unlisted scopes: none) and the rate-limit bucket it draws on. */
export interface TokenGrant {
  /** Omitted: everything. */
  permissions?: Permissions;
  /** Tokens with the same bucket share one rate limit (default: a bucket of its own). */
  bucket?: string;
  /** Requests an hour of the bucket (default 1000, GitHub's limit for a workflow's GITHUB_TOKEN). */
  limit?: number;
  /** For people reading recorded requests: "run 7 job plan". */
  label?: string;
}

export class Tokens {
  private readonly grants = new Map<string, TokenGrant>();
  private issued = 0;
  private required = false;

  /** A token given when the server starts (`options.token`): a user token, 5,000 requests an hour unless told. */
  add(token: string, grant: TokenGrant): void {
    this.grants.set(token, grant);
    this.required = true;
  }

  /** A new token, unique to this server (`salt`: its URL). */
  issue(salt: string, grant: TokenGrant = {}): string {
    this.issued++;
    const token = `ghs_${createHash("sha256").update(`${salt}\0${this.issued}\0${Math.random()}`).digest("hex").slice(0, 36)}`;
    this.add(token, { ...grant, bucket: grant.bucket ?? `token:${token}`, limit: grant.limit ?? 1000 });
    return token;
  }

  revoke(token: string): void {
    this.grants.delete(token);
  }

  grantOf(token: string | undefined): TokenGrant | undefined {
    return token === undefined ? undefined : this.grants.get(token);
  }

  /** The token a request presents (undefined: none), or the 401 it gets. */
  authenticate(header: string | undefined): { token?: string; error?: HttpError } {
    const match = header ? /^(?:token|bearer)\s+(.+)$/i.exec(header) : null;
    if (!this.required) return { token: match?.[1] };
    if (!header) return { error: requiresAuthentication() };
    if (!match || !this.grants.has(match[1])) return { error: badCredentials() };
    return { token: match[1] };
  }
}
