import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { resolveSpecText, triggerFromEvent } from "./trigger.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe("trigger and spec text", () => {
  it("reads the issue, the user and whether to check permission", () => {
    expect(triggerFromEvent("issues", { issue: { number: 4, body: "Do X" }, sender: { login: "mia" } })).toEqual({
      number: 4,
      user: "mia",
      checkPermission: true,
      issueBody: "Do X",
    });
    expect(
      triggerFromEvent("issue_comment", {
        issue: { number: 9, body: "PR text", pull_request: {} },
        comment: { user: { login: "rui" } },
        sender: { login: "bot" },
      }),
    ).toEqual({
      number: 9,
      user: "rui",
      checkPermission: true,
      issueBody: undefined,
    });
    expect(triggerFromEvent("pull_request", { pull_request: { number: 3 }, sender: { login: "x" } })).toEqual({
      number: 3,
      user: "x",
      checkPermission: false,
    });
    expect(triggerFromEvent("workflow_dispatch", {})).toEqual({ user: undefined, checkPermission: false });
  });

  it("takes spec, then spec-file, then the issue body", async () => {
    dir = tempDir();
    await fs.writeFile(path.join(dir, "req.md"), "\uFEFFFrom a file\n");
    const trigger = { checkPermission: false, issueBody: "From the issue" };
    expect(await resolveSpecText({ spec: "Inline", specFile: "req.md", root: dir, trigger })).toBe("Inline");
    expect(await resolveSpecText({ spec: "", specFile: "req.md", root: dir, trigger })).toBe("From a file\n");
    expect(await resolveSpecText({ spec: " ", root: dir, trigger })).toBe("From the issue");
    await expect(resolveSpecText({ specFile: "nope.md", root: dir, trigger })).rejects.toThrow(/spec-file nope.md cannot be read: ENOENT/);
    await expect(resolveSpecText({ root: dir, trigger: { checkPermission: false } })).rejects.toMatchObject({ code: "speckit.no-spec" });
  });
});
