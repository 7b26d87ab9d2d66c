import { readFileSync } from "node:fs";
import { UserError } from "@specpipe/core/errors";
import type { EventPayload } from "@specpipe/core/github/event";

/**
 * The event that started the job, from GITHUB_EVENT_PATH. No variable (a local run) is no event;
 * a file that is not a JSON object is the caller's mistake, said once with the file's name,
 * rather than an empty event that quietly checks nothing.
 */
export function readEvent(env: NodeJS.ProcessEnv = process.env): EventPayload {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new UserError(`the event file (GITHUB_EVENT_PATH) cannot be read: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`, {
      file,
      hint: "GITHUB_EVENT_PATH must name the runner's event file; unset it for a run outside Actions",
      code: "action.bad-event",
      cause,
    });
  }
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new UserError(`the event file (GITHUB_EVENT_PATH) is not JSON: ${(cause as Error).message}`, {
      file,
      hint: "GITHUB_EVENT_PATH must name the runner's event file (a JSON object); unset it for a run outside Actions",
      code: "action.bad-event",
      cause,
    });
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new UserError("the event file (GITHUB_EVENT_PATH) does not hold a JSON object", {
      file,
      hint: "GITHUB_EVENT_PATH must name the runner's event file (a JSON object); unset it for a run outside Actions",
      code: "action.bad-event",
    });
  }
  return value;
}
