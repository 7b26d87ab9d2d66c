import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import { UserError } from "../errors.js";
import type { EventPayload } from "../github/event.js";
import { decodeUtf8 } from "../text/document.js";
import { noSpecText } from "./failures.js";

/**
 * What the triggering event says about a run: which issue or pull request gets the progress
 * comment, who triggered it (their permission is checked for issue and comment events), and the
 * issue body as the specification text when none is given.
 */
export interface Trigger {
  number?: number;
  user?: string;
  checkPermission: boolean;
  issueBody?: string;
}

const PERMISSION_EVENTS = new Set(["issues", "issue_comment", "pull_request_review_comment", "pull_request_review", "discussion_comment"]);

export function triggerFromEvent(eventName: string, payload: unknown): Trigger {
  const p = (payload && typeof payload === "object" ? payload : {}) as EventPayload;
  const user = p.comment?.user?.login ?? p.sender?.login;
  const checkPermission = PERMISSION_EVENTS.has(eventName);
  if (p.issue?.number !== undefined) {
    return { number: p.issue.number, user, checkPermission, issueBody: p.issue.pull_request ? undefined : (p.issue.body ?? undefined) };
  }
  if (p.pull_request?.number !== undefined) return { number: p.pull_request.number, user, checkPermission };
  return { user, checkPermission };
}

/** A spec is text for an agent's prompt, not a data file. */
export const MAX_SPEC_BYTES = 1024 * 1024;

/**
 * The spec text: the `spec` input, else `spec-file` (inside the workspace `root`, a regular file,
 * no symlink, UTF-8, at most 1 MiB), else the issue's body.
 */
export async function resolveSpecText(input: { spec?: string; specFile?: string; root: string; trigger: Trigger }): Promise<string> {
  let text: string | undefined;
  if (input.spec && input.spec.trim() !== "") text = input.spec;
  else if (input.specFile) {
    const { abs, rel } = await insideWorkspace(input.root, input.specFile, { what: "spec-file", noSymlink: true });
    let bytes: Buffer | undefined;
    try {
      bytes = await readRegularFile(abs, rel, MAX_SPEC_BYTES);
    } catch (cause) {
      if (cause instanceof UserError) throw cause;
      throw new UserError(
        `spec-file ${input.specFile} cannot be read: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`,
        {
          file: rel,
          hint: "give spec-file relative to the workspace, and check out the repository before this step",
          code: "speckit.bad-spec-file",
          cause,
        },
      );
    }
    if (bytes === undefined) {
      throw new UserError(`spec-file ${input.specFile} does not exist`, {
        file: rel,
        hint: "give spec-file relative to the workspace, and check out the repository before this step",
        code: "speckit.bad-spec-file",
      });
    }
    text = decodeUtf8(bytes, rel);
  } else text = input.trigger.issueBody;
  if (text === undefined || text.trim() === "") throw noSpecText();
  return text.replace(/^\uFEFF/, "");
}
