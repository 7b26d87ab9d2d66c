/** Error answers, with the bodies GitHub sends for them. */

/** Thrown by handlers to answer with an error. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export function notFound(): HttpError {
  return new HttpError(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
}

/** `value`, or a 404 when the route's lookup found nothing. */
export function found<T>(value: T | undefined): T {
  if (value === undefined) throw notFound();
  return value;
}

export function validationFailed(errors: unknown[], message = "Validation Failed"): HttpError {
  return new HttpError(422, { message, errors, documentation_url: "https://docs.github.com/rest", status: "422" });
}

const DOCS = "https://docs.github.com/rest";

export function requiresAuthentication(): HttpError {
  return new HttpError(401, { message: "Requires authentication", documentation_url: DOCS, status: "401" });
}

export function badCredentials(): HttpError {
  return new HttpError(401, { message: "Bad credentials", documentation_url: DOCS, status: "401" });
}

/** A token without the permission a route needs. */
export function notAccessible(): HttpError {
  return new HttpError(403, { message: "Resource not accessible by integration", documentation_url: DOCS, status: "403" });
}

export function rateLimitExceeded(): HttpError {
  return new HttpError(403, {
    message: "API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.",
    documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
    status: "403",
  });
}

export function problemsParsingJson(): HttpError {
  return new HttpError(400, { message: "Problems parsing JSON", documentation_url: DOCS, status: "400" });
}
