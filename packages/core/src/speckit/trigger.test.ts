import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { UserError } from "../errors.js";
import { MAX_SPEC_BYTES, resolveSpecText, triggerFromEvent } from "./trigger.js";

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
    await expect(resolveSpecText({ specFile: "nope.md", root: dir, trigger })).rejects.toThrow(/spec-file nope.md does not exist/);
    await expect(resolveSpecText({ root: dir, trigger: { checkPermission: false } })).rejects.toMatchObject({ code: "speckit.no-spec" });
  });

  it("reads spec-file only inside the workspace: no way out, no symlink, no device, UTF-8", async () => {
    dir = tempDir();
    const root = path.join(dir, "ws");
    await fs.mkdir(root);
    await fs.writeFile(path.join(dir, "outside.md"), "secret\n");
    await fs.symlink("/etc/passwd", path.join(root, "passwd.md"));
    await fs.symlink(path.join(dir, "outside.md"), path.join(root, "inside-link.md"));
    await fs.writeFile(path.join(root, "latin1.md"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const trigger = { checkPermission: false };
    const refused = async (specFile: string) => {
      const e = await resolveSpecText({ specFile, root, trigger }).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e, specFile).toBeInstanceOf(UserError);
      return e as UserError;
    };
    expect((await refused("../../../../etc/passwd")).code).toBe("path.outside-workspace");
    expect((await refused("/etc/passwd")).code).toBe("path.outside-workspace");
    expect((await refused("../outside.md")).message).toMatch(/spec-file "..\/outside.md" is outside the workspace/);
    expect((await refused("passwd.md")).code).toBe("path.symlink");
    expect((await refused("inside-link.md")).code).toBe("path.symlink");
    expect((await refused("/dev/zero")).code).toBe("path.outside-workspace");
    expect((await refused("latin1.md")).message).toMatch(/latin1.md is not valid UTF-8 \(byte 3, line 1\)/);
    await fs.writeFile(path.join(root, "huge.md"), Buffer.alloc(MAX_SPEC_BYTES + 1, 0x61));
    expect((await refused("huge.md")).code).toBe("path.too-large");
  });
});
