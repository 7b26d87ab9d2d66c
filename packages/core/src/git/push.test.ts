import { afterEach, describe, expect, it } from "vitest";
import { createRepo, type TestRepo } from "../../../../test/harness/repo.js";
import { isUserError, type UserError } from "../errors.js";
import { pushWithRebase } from "./push.js";

const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});

describe("pushWithRebase against a remote it cannot reach", () => {
  it("a missing path and a closed port are one line that names the remote and the fix, not a permissions hint", async () => {
    const repo = await createRepo({ files: { "a.txt": "a\n" } });
    repos.push(repo);
    for (const url of [`${repo.root}/no-such-remote.git`, "http://127.0.0.1:9/acme/widgets.git"]) {
      await repo.git.run(["remote", "set-url", "origin", url]);
      const e = await pushWithRebase(repo.git, { branch: "main", texts: { subject: "pushing the docs" } }).catch((x: unknown) => x);
      expect(isUserError(e), String(e)).toBe(true);
      const u = e as UserError;
      expect(u.code).toBe("git.remote-unreachable");
      expect(u.format()).not.toContain("\n");
      expect(u.message).toMatch(/^git could not reach the remote \(git push origin\): fatal: /);
      expect(u.hint).toContain("check the remote's URL (git remote -v), the network");
      expect(u.hint).not.toContain("contents: write");
    }
  });
});
